/**
 * workload-selector-mismatch and the service-* rules on hand-written manifests. Every expected line
 * and column is counted by hand: line 1 is the first line after the opening backtick. A finding on a
 * mapping or list value sits at its key (the loader's convention), on a scalar at the value.
 */
import { rule as selectsNoPods } from '../../src/manifests/rules/service-selects-no-pods.js';
import { rule as targetPortUnresolved } from '../../src/manifests/rules/service-target-port-unresolved.js';
import { rule as workloadSelectorMismatch } from '../../src/manifests/rules/workload-selector-mismatch.js';
import { runRule } from '../support/manifests.js';

const doc = (text: string) => text.replace(/^\n/, '');
const at = (findings: { line: number; column: number }[]) => findings.map((f) => `${f.line}:${f.column}`);

describe('workload-selector-mismatch', () => {
  const yaml = doc(`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
      tier: frontend
  template:
    metadata:
      labels:
        app: web
        tier: front
    spec:
      containers: [{ name: web, image: nginx }]
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: { app: agent }
    matchExpressions:
      - { key: track, operator: In, values: [stable] }
  template:
    metadata:
      labels: { app: agent, track: canary }
    spec:
      containers: [{ name: agent, image: agent }]
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: empty
spec:
  selector: {}
  template:
    metadata:
      labels: { app: empty }
    spec:
      containers: [{ name: c, image: busybox }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: database } }
    spec: { containers: [{ name: db, image: postgres }] }
---
apiVersion: v1
kind: ReplicationController
metadata:
  name: legacy
spec:
  selector:
    app: legacy
  template:
    metadata:
      labels: { app: old }
    spec: { containers: [{ name: c, image: busybox }] }
`);

  test('each workload whose selector misses its template, at the failing part; StatefulSets left to sts-selector-mismatch', () => {
    const findings = runRule(workloadSelectorMismatch, yaml);
    expect(at(findings)).toEqual(['9:13', '26:9', '38:3', '62:10']);
    expect(findings.map((f) => f.resource)).toEqual([
      'Deployment/default/web',
      'DaemonSet/default/agent',
      'ReplicaSet/default/empty',
      'ReplicationController/default/legacy',
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'Deployment web: spec.selector (app=web,tier=frontend) does not match its pod template labels (app=web,tier=front): ' +
        'selector tier=frontend but the template has tier=front; the API server rejects it',
      'DaemonSet agent: spec.selector (app=agent,track in (stable)) does not match its pod template labels ' +
        '(app=agent,track=canary): selector expression "track in (stable)" does not hold for the template labels; the API server rejects it',
      'ReplicaSet empty has an empty spec.selector; the API server rejects it (it would select every pod of the namespace)',
      'ReplicationController legacy: spec.selector (app=legacy) does not match its pod template labels (app=old); the API server rejects it',
    ]);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['error']));
  });

  test('matching selectors (extra template labels are fine, so is an RC without selector) give nothing', () => {
    const good = doc(`
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector:
    matchLabels: { app: web }
    matchExpressions:
      - { key: track, operator: NotIn, values: [canary] }
      - { key: tier, operator: Exists }
  template:
    metadata: { labels: { app: web, tier: front, version: "2" } }
    spec: { containers: [{ name: web, image: nginx }] }
---
apiVersion: v1
kind: ReplicationController
metadata: { name: legacy }
spec:
  template:
    metadata: { labels: { app: old } }
    spec: { containers: [{ name: c, image: busybox }] }
`);
    expect(runRule(workloadSelectorMismatch, good)).toEqual([]);
  });
});

describe('service-selects-no-pods', () => {
  const yaml = doc(`
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
    tier: frontend
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: manual
spec:
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: external
spec:
  type: ExternalName
  externalName: db.example.com
  selector: { app: nothing }
---
apiVersion: v1
kind: Service
metadata:
  name: reports
spec:
  selector: { app: reports }
  ports: [{ port: 80 }]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata:
      labels: { app: web, tier: front }
    spec: { containers: [{ name: web, image: nginx }] }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: reports
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: { labels: { app: reports } }
        spec: { restartPolicy: Never, containers: [{ name: r, image: busybox }] }
`);

  test('a selector no pod template carries is an error at the first label the closest template lacks', () => {
    const findings = runRule(selectsNoPods, yaml);
    expect(at(findings)).toEqual(['8:11']);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      resource: 'Service/default/web',
      message:
        'Service web selects app=web,tier=frontend, which no pod template of namespace "default" carries: it has no endpoints',
      hint: "Closest: Deployment web (manifests.yaml:37) has tier=front; make spec.selector and that pod template's labels agree.",
    });
  });

  test('selector-less and ExternalName Services are skipped; CronJob pods count', () => {
    expect(runRule(selectsNoPods, yaml.replace('tier: frontend', 'tier: front'))).toEqual([]);
  });

  test('a namespace without workloads in the bundle: a warning, an error with --strict-references', () => {
    const alone = doc(`
apiVersion: v1
kind: Service
metadata: { name: api, namespace: shop }
spec: { selector: { app: api }, ports: [{ port: 80 }] }
`);
    const findings = runRule(selectsNoPods, alone);
    expect(at(findings)).toEqual(['4:9']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.hint).toContain(
      'The bundle has no workload in namespace "shop"; the pods may be deployed from outside the bundle.',
    );
    const strict = runRule(selectsNoPods, alone, { strictReferences: true });
    expect(strict.map((f) => [f.line, f.column, f.severity])).toEqual([[4, 9, 'error']]);
  });

  test('pods of custom workloads: a matching template counts, an operator resource makes it a warning', () => {
    const rollout = doc(`
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: nginx }] }
`);
    expect(runRule(selectsNoPods, rollout)).toEqual([]);

    const operator = doc(`
apiVersion: v1
kind: Service
metadata: { name: pg }
spec: { selector: { cnpg.io/cluster: pg }, ports: [{ port: 5432 }] }
---
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata: { name: pg }
spec: { instances: 3 }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: nginx }] }
`);
    const findings = runRule(selectsNoPods, operator);
    expect(findings.map((f) => [f.line, f.column, f.severity])).toEqual([[4, 9, 'warning']]);
    expect(findings[0]!.hint).toContain('The pods may be created by an operator from Cluster/pg');
  });
});

describe('service-target-port-unresolved', () => {
  const yaml = doc(`
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports:
    - name: http
      port: 80
      targetPort: http
    - name: metrics
      port: 9090
      targetPort: metrics
    - name: admin
      port: 8081
    - name: quoted
      port: 8443
      targetPort: "8443"
    - name: dns
      port: 53
      protocol: UDP
      targetPort: dns
    - name: legacy
      port: 81
      targetPort: 8080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: nginx
          ports:
            - { name: http, containerPort: 8080 }
            - { name: dns, containerPort: 5353, protocol: TCP }
            - { name: prom, containerPort: 9100 }
`);

  test('unknown names, undeclared numbers, quoted numbers and protocol mismatches, at targetPort (or port)', () => {
    const findings = runRule(targetPortUnresolved, yaml);
    expect(at(findings)).toEqual(['13:19', '15:13', '18:19', '22:19']);
    expect(findings.map((f) => f.message)).toEqual([
      'spec.ports[1] (metrics) targetPort "metrics"/TCP is not a named container port of the selected pods ' +
        '(Deployment web; declared: 8080 (http), 5353 (dns), 9100 (prom)): the Service has no endpoints for it',
      'spec.ports[2] (admin) port (targetPort defaults to it) 8081/TCP is not declared by any container of the ' +
        'selected pods (Deployment web; declared: 8080 (http), 5353 (dns), 9100 (prom))',
      'spec.ports[3] (quoted) targetPort "8443" is a quoted number, which the API server reads as a port name and rejects (a name needs a letter)',
      'spec.ports[4] (dns) targetPort "dns"/UDP is not a named container port of the selected pods ' +
        '(Deployment web; declared: 8080 (http), 5353 (dns), 9100 (prom)): the Service has no endpoints for it',
    ]);
    expect(findings[2]!.hint).toBe('Write targetPort: 8443 without quotes.');
    expect(findings[3]!.hint).toBe(
      'The port "dns" is declared with protocol TCP; make the protocols of the Service port and the containerPort agree.',
    );
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['error']));
  });

  test('a name one of several selected workloads declares, sidecar ports, and numbers of port-less pods resolve', () => {
    const good = doc(`
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports:
    - { name: http, port: 80, targetPort: http }
    - { name: mesh, port: 15001, targetPort: proxy }
    - { name: raw, port: 3000 }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web-v1 }
spec:
  selector: { matchLabels: { app: web, version: v1 } }
  template:
    metadata: { labels: { app: web, version: v1 } }
    spec:
      initContainers:
        - { name: proxy, image: envoy, restartPolicy: Always, ports: [{ name: proxy, containerPort: 15001 }] }
      containers:
        - { name: web, image: web:1, ports: [{ name: http, containerPort: 8080 }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web-v2 }
spec:
  selector: { matchLabels: { app: web, version: v2 } }
  template:
    metadata: { labels: { app: web, version: v2 } }
    spec:
      containers:
        - { name: web, image: web:2 }
`);
    expect(runRule(targetPortUnresolved, good)).toEqual([]);
  });

  test('a Service without pods is left to service-selects-no-pods', () => {
    const orphan = doc(`
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: nothing }, ports: [{ port: 80, targetPort: http }] }
`);
    expect(runRule(targetPortUnresolved, orphan)).toEqual([]);
  });
});

describe("each rule's documented example", () => {
  test.each(
    [workloadSelectorMismatch, selectsNoPods, targetPortUnresolved].map(
      (rule) => [rule.meta.id, rule] as const,
    ),
  )('%s: bad is reported, good is not', (_, rule) => {
    expect(runRule(rule, rule.meta.example.bad).length).toBeGreaterThan(0);
    expect(runRule(rule, rule.meta.example.good)).toEqual([]);
  });
});
