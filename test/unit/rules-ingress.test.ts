/**
 * The ingress-* rules on hand-written manifests (every expected line and column counted by hand:
 * line 1 is the first line after the opening backtick) and on real manifests from the corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBundle } from '../../src/manifests/bundle.js';
import { DEFAULT_RULE_OPTIONS, runRules } from '../../src/manifests/engine.js';
import { loadText } from '../../src/manifests/load.js';
import { rule as backendPortMissing } from '../../src/manifests/rules/ingress-backend-port-missing.js';
import { rule as backendServiceMissing } from '../../src/manifests/rules/ingress-backend-service-missing.js';
import { rule as classMismatch } from '../../src/manifests/rules/ingress-class-mismatch.js';
import { rule as duplicateHostPath } from '../../src/manifests/rules/ingress-duplicate-host-path.js';
import { rule as hostInvalid } from '../../src/manifests/rules/ingress-host-invalid.js';
import { rule as pathInvalid } from '../../src/manifests/rules/ingress-path-invalid.js';
import { rule as pathRegexPrefix } from '../../src/manifests/rules/ingress-path-regex-prefix.js';
import { rule as snippetAnnotation } from '../../src/manifests/rules/ingress-snippet-annotation.js';
import { rule as tlsHostUncovered } from '../../src/manifests/rules/ingress-tls-host-uncovered.js';
import { rule as tlsSecretMissing } from '../../src/manifests/rules/ingress-tls-secret-missing.js';
import { rule as selectsNoPods } from '../../src/manifests/rules/service-selects-no-pods.js';
import { rule as targetPortUnresolved } from '../../src/manifests/rules/service-target-port-unresolved.js';
import { rule as workloadSelectorMismatch } from '../../src/manifests/rules/workload-selector-mismatch.js';
import type { Rule } from '../../src/manifests/types.js';
import { runRule } from '../support/manifests.js';

/** Drops the newline after the opening backtick, so line 1 is the first written line. */
const doc = (text: string) => text.replace(/^\n/, '');

/** line:column of each finding, the shape most assertions compare. */
const at = (findings: { line: number; column: number }[]) => findings.map((f) => `${f.line}:${f.column}`);

const INGRESS_RULES: Rule[] = [
  backendServiceMissing,
  backendPortMissing,
  pathInvalid,
  pathRegexPrefix,
  hostInvalid,
  duplicateHostPath,
  classMismatch,
  tlsSecretMissing,
  tlsHostUncovered,
  snippetAnnotation,
];

describe('ingress-backend-service-missing', () => {
  const bad = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: shop
spec:
  defaultBackend:
    service:
      name: fallback
      port:
        number: 80
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: webb
                port:
                  number: 80
          - path: /files
            pathType: Prefix
            backend:
              resource: { apiGroup: k8s.example.com, kind: StorageBucket, name: files }
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web
  ports:
    - port: 80
`);

  test('reports each backend whose Service the namespace lacks, at the name, with a did-you-mean', () => {
    const findings = runRule(backendServiceMissing, bad);
    expect(at(findings)).toEqual(['9:13', '20:23']);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(findings[0]).toMatchObject({
      ruleId: 'ingress-backend-service-missing',
      resource: 'Ingress/shop/web',
      message: 'spec.defaultBackend routes to Service "fallback", which is not defined in namespace "shop"',
      hint:
        'Add a Service named "fallback" in namespace "shop", or fix spec.defaultBackend.service.name ' +
        'to the name of an existing Service of that namespace.',
    });
    expect(findings[1]!.message).toBe(
      'spec.rules[0].http.paths[0] routes to Service "webb", which is not defined in namespace "shop"',
    );
    expect(findings[1]!.hint).toBe(
      'Did you mean Service "web"? Fix spec.rules[0].http.paths[0].backend.service.name, or add a Service named ' +
        '"webb" in namespace "shop".',
    );
  });

  test('a Service of the same name in another namespace does not count', () => {
    const yaml = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  defaultBackend: { service: { name: web, port: { number: 80 } } }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: staging }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Service
metadata: { name: other, namespace: shop }
spec: { selector: { app: other }, ports: [{ port: 80 }] }
`);
    const findings = runRule(backendServiceMissing, yaml);
    expect(at(findings)).toEqual(['5:38']);
    expect(findings[0]!.severity).toBe('error');
  });

  test('no Service at all in the namespace: a warning that the Services may live outside the bundle', () => {
    const yaml = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: edge }
spec:
  defaultBackend: { service: { name: api, port: { number: 80 } } }
`);
    const findings = runRule(backendServiceMissing, yaml);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 5, column: 38, severity: 'warning' });
    expect(findings[0]!.hint).toContain('The bundle defines no Service in namespace "edge"');
    expect(findings[0]!.hint).toContain('--strict-references');
    // --strict-references: the rule's own severity
    expect(runRule(backendServiceMissing, yaml, { strictReferences: true })[0]!.severity).toBe('error');
  });

  test('correct references, across documents and with resource backends, give nothing', () => {
    const good = bad.replace('name: fallback', 'name: web').replace('name: webb', 'name: web');
    expect(runRule(backendServiceMissing, good)).toEqual([]);
  });
});

describe('ingress-backend-port-missing', () => {
  const yaml = doc(`
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: 8080
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  defaultBackend:
    service:
      name: web
      port:
        number: 8080
  rules:
    - http:
        paths:
          - path: /a
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  name: https
          - path: /b
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  name: http
          - path: /c
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
`);

  test('a number that is not a Service port, a name that is not a port name', () => {
    const findings = runRule(backendPortMissing, yaml);
    expect(at(findings)).toEqual(['22:17', '32:25']);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      resource: 'Ingress/default/web',
      message:
        'spec.defaultBackend uses port 8080, but Service "web" (manifests.yaml:1) exposes no port 8080 (its ports: 80 (http))',
      hint:
        '8080 is the targetPort of Service port 80; an Ingress backend names the Service port: write port: { number: 80 } ' +
        'or port: { name: http }.',
    });
    expect(findings[1]!.message).toBe(
      'spec.rules[0].http.paths[0] uses port name "https", but Service "web" (manifests.yaml:1) has no port of that name (its ports: 80 (http))',
    );
  });

  test('matching ports, ExternalName Services without ports, and missing Services give nothing here', () => {
    const good = yaml.replace('number: 8080', 'number: 80').replace('name: https', 'name: http');
    expect(runRule(backendPortMissing, good)).toEqual([]);
    const external = doc(`
apiVersion: v1
kind: Service
metadata: { name: payments }
spec: { type: ExternalName, externalName: payments.example.com }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  defaultBackend: { service: { name: payments, port: { number: 443 } } }
  rules:
    - http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: absent, port: { number: 1 } } } }
`);
    expect(runRule(backendPortMissing, external)).toEqual([]);
  });
});

describe('ingress-path-invalid', () => {
  const yaml = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - http:
        paths:
          - path: /ok
            pathType: Prefix
            backend: { service: { name: web, port: { number: 80 } } }
          - path: /no-type
            backend: { service: { name: web, port: { number: 80 } } }
          - path: api/v1
            pathType: Exact
            backend: { service: { name: web, port: { number: 80 } } }
          - path: /a//b/..
            pathType: Prefix
            backend: { service: { name: web, port: { number: 80 } } }
          - path: /x%2Fy
            pathType: prefix
            backend: { service: { name: web, port: { number: 80 } } }
          - path: /files/%2f/./
            pathType: Prefix
            backend: { service: { name: web, port: { number: 80 } } }
          - path: relative
            pathType: ImplementationSpecific
            backend: { service: { name: web, port: { number: 80 } } }
          - pathType: ImplementationSpecific
            backend: { service: { name: web, port: { number: 80 } } }
          - path: /*
            pathType: ImplementationSpecific
            backend: { service: { name: web, port: { number: 80 } } }
`);

  test('reports each path the API server rejects, at the path or pathType', () => {
    const findings = runRule(pathInvalid, yaml);
    expect(at(findings)).toEqual(['12:13', '14:19', '17:19', '21:23', '23:19', '26:19']);
    expect(findings.map((f) => f.message)).toEqual([
      'spec.rules[0].http.paths[1] (path "/no-type") has no pathType; networking.k8s.io/v1 requires one',
      `spec.rules[0].http.paths[2] path "api/v1" (pathType Exact) must be an absolute path (start with '/'); the API server rejects the Ingress`,
      `spec.rules[0].http.paths[3] path "/a//b/.." (pathType Prefix) must not contain '//', cannot end with '/..'; the API server rejects the Ingress`,
      'spec.rules[0].http.paths[4] has pathType "prefix"; the API server accepts only Exact, Prefix, ImplementationSpecific',
      `spec.rules[0].http.paths[5] path "/files/%2f/./" (pathType Prefix) must not contain '/./', must not contain '%2f'; the API server rejects the Ingress`,
      `spec.rules[0].http.paths[6] path "relative" (pathType ImplementationSpecific) must be an absolute path (start with '/'); the API server rejects the Ingress`,
    ]);
    expect(findings[3]!.hint).toBe('Write pathType: Prefix (the value is case-sensitive).');
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['error']));
  });

  test('valid paths of every type give nothing', () => {
    const good = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules:
    - http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
          - { path: /api/v1/, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
          - { path: /a.b/..c/x..y, pathType: Exact, backend: { service: { name: web, port: { number: 80 } } } }
          - { path: "/v1(/|$)(.*)", pathType: ImplementationSpecific, backend: { service: { name: web, port: { number: 80 } } } }
          - { pathType: ImplementationSpecific, backend: { service: { name: web, port: { number: 80 } } } }
`);
    expect(runRule(pathInvalid, good)).toEqual([]);
  });
});

describe('ingress-path-regex-prefix', () => {
  const yaml = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /$2
spec:
  rules:
    - http:
        paths:
          - path: /api(/|$)(.*)
            pathType: Prefix
            backend: { service: { name: api, port: { number: 80 } } }
          - path: /static/*
            pathType: Exact
            backend: { service: { name: api, port: { number: 80 } } }
          - path: /v1(/|$)(.*)
            pathType: ImplementationSpecific
            backend: { service: { name: api, port: { number: 80 } } }
          - path: /robots.txt
            pathType: Exact
            backend: { service: { name: api, port: { number: 80 } } }
          - path: /a-b_c~d/e.f
            pathType: Prefix
            backend: { service: { name: api, port: { number: 80 } } }
`);

  test('regex syntax in Exact and Prefix paths is a warning at the path; ImplementationSpecific is free', () => {
    const findings = runRule(pathRegexPrefix, yaml);
    expect(at(findings)).toEqual(['11:19', '14:19']);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      message:
        `spec.rules[0].http.paths[0] path "/api(/|$)(.*)" has pathType Prefix but contains regular-expression syntax ` +
        `('(' '|' '$' ')' '*'); ingress-nginx's strict path validation rejects it and other controllers match it literally`,
      hint:
        'If it is meant as a regular expression (the rewrite-target annotation uses its groups), set ' +
        'spec.rules[0].http.paths[0].pathType to ImplementationSpecific and annotate the Ingress with ' +
        'nginx.ingress.kubernetes.io/use-regex: "true"; otherwise write the plain prefix "/api" with pathType Prefix.',
    });
    expect(findings[1]!.hint).toContain('the plain prefix "/static"');
  });
});

describe('ingress-host-invalid', () => {
  const yaml = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  tls:
    - hosts:
        - shop.example.com
        - Shop.Example.com
        - "*.example.com"
        - 10.0.0.1
      secretName: shop-tls
  rules:
    - host: 10.0.0.1
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
    - host: shop.example.com:8443
    - host: api.*.example.com
    - host: "*.example.com"
    - host: shop.example.com
`);

  test('IP, port and misplaced wildcard in rules, upper case in TLS hosts', () => {
    const findings = runRule(hostInvalid, yaml);
    expect(at(findings)).toEqual(['14:13', '18:13', '19:13', '9:11']);
    expect(findings.map((f) => f.message)).toEqual([
      'spec.rules[0].host "10.0.0.1" is an IP address; Ingress hosts must be DNS names',
      'spec.rules[1].host "shop.example.com:8443" contains a port; a host has no port',
      `spec.rules[2].host "api.*.example.com" has a '*' that is not the whole first label (only '*.example.com' is allowed)`,
      'spec.tls[0].hosts[1] "Shop.Example.com" contains upper-case letters; use "shop.example.com"',
    ]);
    expect(findings[0]!.hint).toContain('Remove spec.rules[0].host to match requests for any host');
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['error']));
  });

  test('DNS names, wildcards and rules without host give nothing (an IP is fine as a TLS host)', () => {
    const good = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  tls: [{ hosts: ["*.example.com", 10.0.0.1], secretName: t }]
  rules:
    - host: "*.example.com"
    - host: a-1.b2.example.com
    - http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`);
    expect(runRule(hostInvalid, good)).toEqual([]);
  });
});

describe('ingress-duplicate-host-path', () => {
  /** Two Ingresses in two namespaces; the options change the second one without moving any line. */
  const twoIngresses = ({
    secondClass = 'nginx',
    canary = '"false"',
    rootType = 'Prefix',
    healthType = 'Exact',
  } = {}) =>
    doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: shop
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: web, port: { number: 80 } } }
    - http:
        paths:
          - path: /health
            pathType: Exact
            backend: { service: { name: web, port: { number: 80 } } }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web-v2
  namespace: shop-v2
  annotations: { nginx.ingress.kubernetes.io/canary: ${canary} }
spec:
  ingressClassName: ${secondClass}
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: ${rootType}
            backend: { service: { name: web, port: { number: 80 } } }
          - path: /v2
            pathType: Prefix
            backend: { service: { name: web, port: { number: 80 } } }
    - http:
        paths:
          - path: /health
            pathType: ${healthType}
            backend: { service: { name: web, port: { number: 80 } } }
`);

  test('the later Ingress is reported at its path, naming the first one, across namespaces', () => {
    const findings = runRule(duplicateHostPath, twoIngresses());
    expect(at(findings)).toEqual(['33:19', '41:19']);
    expect(findings.map((f) => f.resource)).toEqual(['Ingress/shop-v2/web-v2', 'Ingress/shop-v2/web-v2']);
    expect(findings[0]!.message).toBe(
      'spec.rules[0].http.paths[0]: host "shop.example.com" path "/" (Prefix) is already routed by Ingress ' +
        'shop/web at manifests.yaml:12 (spec.rules[0].http.paths[0]) in ingress class "nginx"',
    );
    expect(findings[1]!.message).toBe(
      'spec.rules[1].http.paths[0]: no host (every host) path "/health" (Exact) is already routed by Ingress ' +
        'shop/web at manifests.yaml:17 (spec.rules[1].http.paths[0]) in ingress class "nginx"',
    );
    expect(findings[0]!.severity).toBe('error');
  });

  test('different classes, a canary, or a different pathType do not collide', () => {
    expect(runRule(duplicateHostPath, twoIngresses({ secondClass: 'traefik' }))).toEqual([]);
    expect(runRule(duplicateHostPath, twoIngresses({ canary: '"true"' }))).toEqual([]);
    expect(runRule(duplicateHostPath, twoIngresses({ rootType: 'Exact', healthType: 'Prefix' }))).toEqual([]);
  });

  test('two canaries collide; a class-less Ingress takes the bundle default class', () => {
    const twoCanaries = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: a
  annotations: { nginx.ingress.kubernetes.io/canary: "true" }
spec:
  rules: [{ host: a.example.com, http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: a, port: { number: 80 } } } }] } }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: b
  annotations: { nginx.ingress.kubernetes.io/canary: "true" }
spec:
  rules: [{ host: a.example.com, http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: b, port: { number: 80 } } } }] } }]
`);
    expect(at(runRule(duplicateHostPath, twoCanaries))).toEqual(['15:58']);

    const defaultClass = doc(`
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: nginx
  annotations: { ingressclass.kubernetes.io/is-default-class: "true" }
spec: { controller: k8s.io/ingress-nginx }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: a }
spec:
  rules: [{ host: a.example.com, http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: a, port: { number: 80 } } } }] } }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: b }
spec:
  ingressClassName: nginx
  rules: [{ host: a.example.com, http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: b, port: { number: 80 } } } }] } }]
`);
    expect(at(runRule(duplicateHostPath, defaultClass))).toEqual(['19:58']);
    // Without the default IngressClass in the bundle the class-less one may be served elsewhere: no finding.
    expect(runRule(duplicateHostPath, defaultClass.split('---\n').slice(1).join('---\n'))).toEqual([]);
  });
});

describe('ingress-class-mismatch', () => {
  const yaml = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    kubernetes.io/ingress.class: nginx-internal
spec:
  ingressClassName: nginx
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`);

  test('annotation and ingressClassName disagree: reported at the annotation', () => {
    const findings = runRule(classMismatch, yaml);
    expect(at(findings)).toEqual(['6:34']);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      message:
        'annotation kubernetes.io/ingress.class: "nginx-internal" differs from spec.ingressClassName "nginx"; the API server rejects the Ingress',
    });
  });

  test('agreeing, or only one of the two set, gives nothing', () => {
    expect(runRule(classMismatch, yaml.replace('nginx-internal', 'nginx'))).toEqual([]);
    expect(runRule(classMismatch, yaml.replace('  ingressClassName: nginx\n', ''))).toEqual([]);
    expect(
      runRule(
        classMismatch,
        yaml.replace('  annotations:\n    kubernetes.io/ingress.class: nginx-internal\n', ''),
      ),
    ).toEqual([]);
  });
});

describe('ingress-tls-secret-missing', () => {
  const yaml = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: shop
spec:
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
    - hosts: [api.example.com]
      secretName: api-tls
    - hosts: [www.example.com]
      secretName: www-tls
    - hosts: [cdn.example.com]
      secretName: cdn-tls
    - hosts: [static.example.com]
  defaultBackend: { service: { name: web, port: { number: 80 } } }
---
apiVersion: v1
kind: Secret
metadata:
  name: api-tls
  namespace: shop
type: Opaque
data:
  password: c2VjcmV0
---
apiVersion: v1
kind: Secret
metadata:
  name: www-tls
  namespace: shop
type: kubernetes.io/tls
data:
  tls.crt: ""
  tls.key: ""
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: cdn
  namespace: shop
spec:
  secretName: cdn-tls
  issuerRef: { name: letsencrypt, kind: ClusterIssuer }
`);

  test('a missing Secret and a Secret of the wrong type are warnings at secretName', () => {
    const findings = runRule(tlsSecretMissing, yaml);
    expect(at(findings)).toEqual(['9:19', '11:19']);
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(findings[0]!.message).toBe(
      'spec.tls[0].secretName "shop-tls" is not a Secret of namespace "shop" in the bundle',
    );
    expect(findings[0]!.hint).toContain('usually created by cert-manager or applied outside the bundle');
    expect(findings[1]!.message).toBe(
      'spec.tls[1].secretName "api-tls" is a Secret of type Opaque (manifests.yaml:19), not kubernetes.io/tls',
    );
  });

  test('an Ingress annotated for cert-manager gives nothing', () => {
    const annotated = yaml.replace(
      '  namespace: shop\nspec:\n  tls:',
      '  namespace: shop\n  annotations: { cert-manager.io/cluster-issuer: letsencrypt }\nspec:\n  tls:',
    );
    expect(runRule(tlsSecretMissing, annotated)).toEqual([]);
  });
});

describe('ingress-tls-host-uncovered', () => {
  const yaml = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  tls:
    - hosts:
        - shop.example.com
        - wwww.example.com
        - "*.apps.example.com"
      secretName: web-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
    - host: www.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
    - host: one.apps.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
    - host: deep.one.apps.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`);

  test('a TLS host without rule, and rule hosts no TLS host covers (a wildcard covers one label)', () => {
    const findings = runRule(tlsHostUncovered, yaml);
    expect(at(findings)).toEqual(['9:11', '17:13', '25:13']);
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(findings[0]!.message).toBe(
      'spec.tls[0].hosts[1] "wwww.example.com" has no rule: no spec.rules[].host of this Ingress serves it',
    );
    expect(findings[0]!.hint).toBe(
      'Did you mean "www.example.com"? Make spec.tls[0].hosts[1] and the rule host the same name.',
    );
    expect(findings[2]!.message).toBe(
      'spec.rules[3].host "deep.one.apps.example.com" is not covered by any spec.tls[].hosts entry ' +
        `("shop.example.com", "wwww.example.com", "*.apps.example.com"); HTTPS requests to it get the controller's default certificate`,
    );
  });

  test('no TLS, a TLS entry without hosts, or a rule without host give nothing', () => {
    expect(runRule(tlsHostUncovered, yaml.replace(/ {2}tls:[^]*secretName: web-tls\n/, ''))).toEqual([]);
    const noHosts = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  tls: [{ secretName: default-tls }]
  rules:
    - host: shop.example.com
      http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }
`);
    expect(runRule(tlsHostUncovered, noHosts)).toEqual([]);
    const catchAll = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  tls: [{ hosts: [shop.example.com], secretName: shop-tls }]
  rules:
    - http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }
`);
    expect(runRule(tlsHostUncovered, catchAll)).toEqual([]);
  });
});

describe('ingress-snippet-annotation', () => {
  const yaml = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    nginx.ingress.kubernetes.io/configuration-snippet: |
      more_set_headers "X-Frame-Options: DENY";
    nginx.ingress.kubernetes.io/server-snippet: |
      location /lua { content_by_lua_block { ngx.say("hi") } }
    nginx.ingress.kubernetes.io/auth-url: "http://auth.example.com/verify; alias /etc/passwd;"
    nginx.ingress.kubernetes.io/rewrite-target: /$2
    nginx.org/server-snippets: |
      add_header X-Test 1;
    kubernetes.io/description: "root of all; evil"
spec:
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`);

  test('snippets and injection-looking values of nginx annotations, at the annotation value', () => {
    const findings = runRule(snippetAnnotation, yaml);
    // Columns: the value starts after "<4 spaces><key>: ".
    expect(at(findings)).toEqual(['6:56', '8:49', '10:43', '12:32']);
    expect(findings.map((f) => f.message)).toEqual([
      'annotation nginx.ingress.kubernetes.io/configuration-snippet injects raw nginx configuration; ingress-nginx refuses ' +
        'snippets unless the cluster enables allow-snippet-annotations and a Critical annotations-risk-level',
      'annotation nginx.ingress.kubernetes.io/server-snippet injects raw nginx configuration including a `*_by_lua` directive ' +
        '(Lua code); ingress-nginx refuses snippets unless the cluster enables allow-snippet-annotations and a Critical annotations-risk-level',
      'annotation nginx.ingress.kubernetes.io/auth-url contains an nginx `alias` directive, which ingress-nginx treats as configuration injection',
      'annotation nginx.org/server-snippets injects raw nginx configuration',
    ]);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['warning']));
  });

  test('ordinary nginx annotations give nothing', () => {
    const good = doc(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /$2
    nginx.ingress.kubernetes.io/app-root: /app
    nginx.ingress.kubernetes.io/server-alias: www.example.com
    nginx.ingress.kubernetes.io/proxy-body-size: 100M
    nginx.ingress.kubernetes.io/use-regex: "true"
spec:
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`);
    expect(runRule(snippetAnnotation, good)).toEqual([]);
  });
});

describe("each rule's documented example", () => {
  test.each(INGRESS_RULES.map((rule) => [rule.meta.id, rule] as const))(
    '%s: bad is reported, good is not',
    (_, rule) => {
      expect(runRule(rule, rule.meta.example.bad).length).toBeGreaterThan(0);
      expect(runRule(rule, rule.meta.example.good)).toEqual([]);
    },
  );
});

describe('real manifests (test/fixtures/ingress, from the corpus)', () => {
  const ALL_RULES: Rule[] = [...INGRESS_RULES, workloadSelectorMismatch, selectsNoPods, targetPortUnresolved];
  const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'ingress');

  /** Every file of a fixture folder as one bundle, as `slo-gate validate <folder>` sees it. */
  function validateFolder(folder: string) {
    const dir = join(FIXTURES, folder);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    const resources = files.flatMap(
      (f) =>
        loadText(readFileSync(join(dir, f), 'utf8'), `${folder}/${f}`, { defaultNamespace: 'default' })
          .resources,
    );
    return runRules(createBundle(resources, 'default'), {
      rules: ALL_RULES,
      ruleOptions: DEFAULT_RULE_OPTIONS,
      overrides: {},
    });
  }

  test('tensorflow: Service, Deployment, PVC and Ingress resolve across files; only the regex path is reported', () => {
    const findings = validateFolder('tensorflow');
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.severity])).toEqual([
      ['ingress-path-regex-prefix', 'tensorflow/AI_model-serving-tensorflow_ingress.yaml', 11, 19, 'warning'],
    ]);
  });

  test('online-boutique (manifests + frontend Ingress): no finding', () => {
    expect(validateFolder('online-boutique')).toEqual([]);
  });

  test('sock-shop: no finding', () => {
    expect(validateFolder('sock-shop')).toEqual([]);
  });
});
