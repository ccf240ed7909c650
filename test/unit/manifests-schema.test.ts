import { spawnSync } from 'node:child_process';
import { loadText } from '../../src/manifests/load.js';
import { formatPath, validateSchema } from '../../src/manifests/schema.js';

/** Schema findings of every resource in `yaml` (file "manifests.yaml"), as compact tuples. */
function schemaFindings(yaml: string) {
  const { resources, findings } = loadText(yaml, 'manifests.yaml', { defaultNamespace: 'default' });
  expect(findings).toEqual([]); // the YAML itself is fine in every case here
  return resources.flatMap(validateSchema);
}

const at = (finding: { line: number; column: number }) => [finding.line, finding.column];

describe('validateSchema: correct manifests give no finding', () => {
  it('accepts workloads, services, ingresses, policies and config written the usual ways', () => {
    const yaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  creationTimestamp: null
  labels: { app.kubernetes.io/name: web }
  annotations: { deployment.kubernetes.io/revision: "3" }
spec:
  replicas: 3
  strategy: { type: RollingUpdate, rollingUpdate: { maxSurge: 25%, maxUnavailable: 1 } }
  selector: { matchLabels: { app.kubernetes.io/name: web } }
  template:
    metadata: { labels: { app.kubernetes.io/name: web } }
    spec:
      restartPolicy: null
      containers:
        - name: web
          image: registry.example.com/web:1.0
          ports: [{ name: http, containerPort: 8080, protocol: TCP }]
          env: [{ name: MODE, value: "1" }, { name: POD, valueFrom: { fieldRef: { fieldPath: metadata.name } } }]
          resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { cpu: 1, memory: 1.5Gi } }
          readinessProbe: { httpGet: { path: /healthz, port: http } }
status: {}
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app.kubernetes.io/name: web }
  ports: [{ name: http, port: 80, targetPort: http }, { name: alt, port: 81, targetPort: 8081 }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  ingressClassName: nginx
  rules:
    - host: web.example.com
      http:
        paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { name: http } } } }]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: web }
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
  egress: [{ ports: [{ port: 53, protocol: UDP }, { port: 53, protocol: TCP }] }]
---
apiVersion: v1
kind: Secret
metadata: { name: token }
type: Opaque
data: { token: aHVudGVyMg== }
stringData: { password: "plain text is fine here" }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data: { any-key: value, other.key: "1" }
---
apiVersion: batch/v1
kind: Job
metadata: { generateName: migrate- }
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: migrate, image: migrate:1 }]
`;
    expect(schemaFindings(yaml)).toEqual([]);
  });

  it('accepts CRD schemas with descriptions, x-kubernetes-* markers and free-form defaults', () => {
    const yaml = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          description: A widget.
          x-kubernetes-preserve-unknown-fields: true
          properties:
            spec:
              type: object
              default: { size: 1, anything: { goes: here } }
              x-kubernetes-validations: [{ rule: "self.size > 0" }]
`;
    expect(schemaFindings(yaml)).toEqual([]);
  });
});

describe('validateSchema: unknown fields', () => {
  const yaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replica: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: web:1
          ports:
            - containerport: 8080
`;
  const findings = schemaFindings(yaml);

  it('reports a misspelt field at its key with the field it probably meant', () => {
    const replica = findings.find((f) => f.message.startsWith('unknown field spec.replica:'))!;
    expect(replica).toMatchObject({
      ruleId: 'schema-invalid',
      severity: 'error',
      file: 'manifests.yaml',
      resource: 'Deployment/default/web',
      line: 6,
      column: 12, // the value 3 of "  replica: 3"
    });
    expect(replica.message).toBe('unknown field spec.replica: spec of a Deployment has no field "replica"');
    expect(replica.hint).toMatch(/^did you mean "replicas"\?/);
  });

  it('reports a field misspelt deep in a list, and the required field it left missing', () => {
    const port = findings.filter((f) => f.message.includes('ports[0]'));
    expect(port.map((f) => [f.message, at(f)])).toEqual([
      ['spec.template.spec.containers[0].ports[0].containerPort is required, and missing', [15, 15]],
      [
        'unknown field spec.template.spec.containers[0].ports[0].containerport: spec.template.spec.containers[0].ports[0] of a Deployment has no field "containerport"',
        [15, 30],
      ],
    ]);
    expect(port[1]!.hint).toMatch(/^did you mean "containerPort"\?/);
  });

  it('finds nothing else', () => {
    expect(findings).toHaveLength(3);
  });
});

describe('validateSchema: shapes learned from clean resources', () => {
  // LimitRange is used by no other test: its first run goes through the recording proxy.
  const limitRange = (extra: string) => `apiVersion: v1
kind: LimitRange
metadata: { name: limits }
spec:
  limits:
    - type: Container
      default: { cpu: 500m }${extra}
`;

  it('reports the same unknown fields before and after the kind has been learned', () => {
    const typo = limitRange('\n      defaultRequests: { cpu: 100m }');
    const before = schemaFindings(typo); // proxy run; it has an error, so nothing is learned
    expect(schemaFindings(limitRange(''))).toEqual([]); // clean: its shapes are learned
    const after = schemaFindings(typo); // checked against the learned shapes
    expect(after).toEqual(before);
    expect(after.map((f) => [f.message, f.hint, ...at(f)])).toEqual([
      [
        'unknown field spec.limits[0].defaultRequests: spec.limits[0] of a LimitRange has no field "defaultRequests"',
        expect.stringMatching(/^did you mean "defaultRequest"\?/),
        8,
        7, // a mapping value: the key that names it
      ],
    ]);
  });

  it('still accepts any keys of maps and free-form values after learning', () => {
    const other = limitRange('\n      max: { memory: 1Gi, example.com/gpu: "2" }');
    expect(schemaFindings(other)).toEqual([]);
  });
});

describe('validateSchema: wrong values', () => {
  const yaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations:
    prometheus.io/port: 9090
spec:
  replicas: "3"
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: web:1
          ports: [{ containerPort: 8080, protocol: tcp }]
          env:
            - name: DEBUG
              value: yes
          resources:
            limits: { memory: 1Gb }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  type: Nodeport
  ports: [{ port: 80, targetPort: 80.5 }]
---
apiVersion: v1
kind: Secret
metadata: { name: creds }
data:
  password: hunter2!
`;
  const findings = schemaFindings(yaml);
  const byPath = (start: string) => findings.find((f) => f.message.startsWith(start))!;

  it('an integer beyond 2^53 is named as such, never printed rounded', () => {
    // 2^53 + 1 = 9007199254740993 becomes 9007199254740992 as a JavaScript number.
    const big = schemaFindings(`apiVersion: v1
kind: ConfigMap
metadata:
  name: build
  annotations:
    example.com/build: 9007199254740993
`);
    expect(big.map((f) => f.message)).toEqual([
      'metadata.annotations["example.com/build"] is an integer beyond 2^53 (9007199254740991), too large to show exactly (a number); it must be a string',
    ]);
    expect(big[0]!.hint).toBe(
      'quote it, digits exactly as written: example.com/build: "..." (unquoted, YAML reads it as a number)',
    );
    expect(JSON.stringify(big)).not.toContain('9007199254740992');
  });

  it('says what a value is and what it must be, at the value', () => {
    expect(at(byPath('metadata.annotations["prometheus.io/port"]'))).toEqual([6, 25]);
    expect(byPath('metadata.annotations').message).toBe(
      'metadata.annotations["prometheus.io/port"] is 9090 (a number); it must be a string',
    );
    expect(byPath('metadata.annotations').hint).toBe(
      'quote it: prometheus.io/port: "9090" (unquoted, YAML reads it as a number)',
    );

    expect(at(byPath('spec.replicas'))).toEqual([8, 13]);
    expect(byPath('spec.replicas').message).toBe(
      'spec.replicas is "3" (a string); it must be a whole number',
    );
    expect(byPath('spec.replicas').hint).toBe('write it without quotes: replicas: 3');

    const env = byPath('spec.template.spec.containers[0].env[0].value');
    expect(at(env)).toEqual([19, 22]);
    expect(env.message).toBe(
      'spec.template.spec.containers[0].env[0].value is true (a boolean); it must be a string',
    );
    expect(env.hint).toBe(
      'quote the value: unquoted true, false, yes, no, on and off are booleans to kubectl',
    );
  });

  it('names the allowed values of an enum, and the case-sensitive fix', () => {
    const protocol = byPath('spec.template.spec.containers[0].ports[0].protocol');
    expect(at(protocol)).toEqual([16, 52]);
    expect(protocol.message).toBe(
      'spec.template.spec.containers[0].ports[0].protocol is "tcp" (a string); it must be one of SCTP, TCP, UDP',
    );
    expect(protocol.hint).toBe('write TCP (values are case-sensitive)');
    expect(byPath('spec.type').hint).toBe('write NodePort (values are case-sensitive)');
    expect(at(byPath('spec.type'))).toEqual([27, 9]);
  });

  it('explains quantities, int-or-string ports and base64 Secret data', () => {
    const memory = byPath('spec.template.spec.containers[0].resources.limits.memory');
    expect(at(memory)).toEqual([21, 31]);
    expect(memory.message).toMatch(/is "1Gb" \(a string\), which is not a Kubernetes quantity$/);
    const targetPort = byPath('spec.ports[0].targetPort');
    expect(at(targetPort)).toEqual([28, 35]);
    expect(targetPort.message).toMatch(/it must be a whole number or a string/);
    const password = byPath('data.password');
    expect(at(password)).toEqual([34, 13]);
    expect(password.hint).toMatch(/put the plain text under stringData/);
  });

  it('gives one finding per wrong value', () => {
    expect(findings).toHaveLength(8);
  });

  it('reads null as "not set", as Kubernetes does', () => {
    const yaml = `apiVersion: v1
kind: Service
metadata: { name: web, labels: null }
spec:
  type: null
  ports: [{ port: 80, protocol: null }]
`;
    expect(schemaFindings(yaml)).toEqual([]);
  });

  it('requires metadata.name unless generateName is given', () => {
    const findings = schemaFindings('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: { a: b }\n');
    expect(findings.map((f) => [f.message, ...at(f)])).toEqual([['ConfigMap has no metadata.name', 3, 1]]);
  });
});

describe('validateSchema: apiVersion and kind', () => {
  const one = (yaml: string) => {
    const findings = schemaFindings(yaml);
    expect(findings).toHaveLength(1);
    return findings[0]!;
  };

  it.each([
    [
      'extensions/v1beta1',
      'Ingress',
      '1.22',
      /^use apiVersion: networking.k8s.io\/v1 \(the spec changed too/,
    ],
    ['apps/v1beta1', 'Deployment', '1.16', /^use apiVersion: apps\/v1 /],
    ['policy/v1beta1', 'PodDisruptionBudget', '1.25', /^use apiVersion: policy\/v1 /],
    ['batch/v1beta1', 'CronJob', '1.25', /^use apiVersion: batch\/v1$/],
    ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.26', /^use apiVersion: autoscaling\/v2$/],
  ])('reports removed %s %s with the apiVersion to use', (apiVersion, kind, release, hint) => {
    const finding = one(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: old }\n`);
    expect(finding).toMatchObject({ ruleId: 'schema-invalid', severity: 'error', line: 1, column: 13 });
    expect(finding.message).toBe(
      `${kind} ${apiVersion} was removed in Kubernetes ${release}: the API server rejects it`,
    );
    expect(finding.hint).toMatch(hint);
  });

  it('says where a kind is served when the apiVersion is wrong', () => {
    const finding = one('apiVersion: v1\nkind: Deployment\nmetadata: { name: web }\n');
    expect(finding.message).toBe('v1 has no kind Deployment: Deployment is served as apps/v1');
    expect(finding.hint).toBe('set apiVersion: apps/v1');
    expect(at(finding)).toEqual([1, 13]);
  });

  it('suggests the kind a typo meant', () => {
    const finding = one('apiVersion: apps/v1\nkind: Statefulset\nmetadata: { name: db }\n');
    expect(finding.message).toBe('apps/v1 has no kind Statefulset');
    expect(finding.hint).toBe('did you mean kind: StatefulSet?');
    expect(at(finding)).toEqual([2, 7]);
  });

  it('reports a version that does not exist', () => {
    const finding = one('apiVersion: apps/v2\nkind: Deployment\nmetadata: { name: web }\n');
    expect(finding.message).toBe('apiVersion apps/v2 does not exist');
    expect(finding.hint).toBe('set apiVersion: apps/v1 (where Deployment is served)');
  });

  it('skips custom resources with an info, never an error', () => {
    const finding = one(
      'apiVersion: example.com/v1\nkind: Widget\nmetadata: { name: w }\nspec: { anything: 1 }\n',
    );
    expect(finding).toMatchObject({ ruleId: 'resource-skipped', severity: 'info', line: 2, column: 7 });
    expect(finding.message).toBe('no schema for example.com/v1 Widget (a custom resource): not validated');
  });

  it('skips pre-release versions of built-in groups with an info', () => {
    const finding = one(
      'apiVersion: networking.k8s.io/v1beta1\nkind: IPAddress\nmetadata: { name: 10.0.0.1 }\n',
    );
    expect(finding).toMatchObject({ ruleId: 'resource-skipped', severity: 'info' });
    expect(finding.message).toBe(
      'no schema for networking.k8s.io/v1beta1 IPAddress (a pre-release API): not validated',
    );
    expect(finding.hint).toBe('IPAddress is also served as networking.k8s.io/v1, which is validated');
  });
});

describe('validateSchema: List items', () => {
  it('places errors of an item on the item’s own lines', () => {
    const yaml = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: { name: a }
  - apiVersion: v1
    kind: Service
    metadata: { name: b }
    spec:
      ports:
        - prot: 80
`;
    const findings = schemaFindings(yaml);
    expect(findings.map((f) => [f.resource, f.message, ...at(f)])).toEqual([
      ['Service/default/b', 'spec.ports[0].port is required, and missing', 12, 11],
      [
        'Service/default/b',
        'unknown field spec.ports[0].prot: spec.ports[0] of a Service has no field "prot"',
        12,
        17,
      ],
    ]);
  });
});

describe('formatPath', () => {
  it('writes list indexes in brackets and quotes keys that are not plain names', () => {
    expect(formatPath(['spec', 'containers', 0, 'ports', 1, 'name'])).toBe(
      'spec.containers[0].ports[1].name',
    );
    expect(formatPath(['metadata', 'labels', 'app.kubernetes.io/name'])).toBe(
      'metadata.labels["app.kubernetes.io/name"]',
    );
  });
});

describe('the generated validator table', () => {
  it('matches the installed kubernetes-models', () => {
    const check = spawnSync(process.execPath, ['src/manifests/schema/generate-kinds.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
