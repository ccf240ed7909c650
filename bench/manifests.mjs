// Benchmark of `slo-gate validate` (issue 3), written to docs/benchmarks.md.
//
// Generates realistic bundles of 10,000 and 50,000 resources across 200 namespaces (Deployments,
// Services, Ingresses, NetworkPolicies, StatefulSets with headless Services, PDBs) as one YAML
// stream each, then, in the same run, times and measures:
// - the floor: a process that reads the same bytes and runs yaml's parseAllDocuments, nothing else;
// - `slo-gate validate` with every rule on (whole process: start-up, schema, rules, JSON report).
// Peak RSS is each process's own maxRSS (bench/measure-process.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAMESPACES = 200;
const ROUNDS = 3;

/** One "app" in a namespace: Deployment, Service, Ingress, NetworkPolicy, PDB = 5 resources. */
function app(ns, name) {
  const labels = `app.kubernetes.io/name: ${name}\n        app.kubernetes.io/part-of: shop`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
  labels:
    app.kubernetes.io/name: ${name}
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        ${labels}
    spec:
      containers:
        - name: app
          image: registry.example.com/${name}:1.4.2
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet: { path: /healthz, port: http }
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { memory: 256Mi }
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                topologyKey: kubernetes.io/hostname
                labelSelector:
                  matchLabels:
                    app.kubernetes.io/name: ${name}
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: 80
      targetPort: http
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: ${ns}
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
spec:
  ingressClassName: nginx
  tls:
    - hosts: [${name}.${ns}.example.com]
      secretName: ${name}-tls
  rules:
    - host: ${name}.${ns}.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${name}
                port:
                  name: http
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  podSelector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  policyTypes: [Ingress]
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ingress-nginx
      ports:
        - port: http
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
`;
}

/** A StatefulSet with its headless Service and PDB = 3 resources. */
function database(ns, name) {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  clusterIP: None
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: sql
      port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  serviceName: ${name}
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
    spec:
      containers:
        - name: db
          image: postgres:17
          ports:
            - name: sql
              containerPort: 5432
          readinessProbe:
            tcpSocket: { port: sql }
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: DoNotSchedule
          labelSelector:
            matchLabels:
              app.kubernetes.io/name: ${name}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 10Gi
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  minAvailable: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
`;
}

/** `total` resources spread over 200 namespaces: apps (5 each) and databases (3 each). */
export function generateBundle(total) {
  const perNamespace = total / NAMESPACES;
  const docs = [];
  for (let n = 0; n < NAMESPACES; n++) {
    const ns = `team-${n}`;
    let count = 0;
    for (let i = 0; count + 5 <= perNamespace - 3 || (count + 5 <= perNamespace && i % 4 !== 3); i++) {
      if (i % 4 === 3 && count + 3 <= perNamespace) {
        docs.push(database(ns, `db-${i}`));
        count += 3;
      } else {
        docs.push(app(ns, `svc-${i}`));
        count += 5;
      }
    }
    while (count < perNamespace) {
      docs.push(
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: filler-${count}\n  namespace: ${ns}\ndata:\n  key: value\n`,
      );
      count += 1;
    }
  }
  return docs.join('---\n');
}

function measure(args) {
  const result = spawnSync(process.execPath, ['bench/measure-process.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const line = result.stderr.split('\n').find((l) => l.startsWith('measure-process '));
  if (!line) throw new Error(`no measurement from ${args.join(' ')}: ${result.stderr.slice(-2000)}`);
  const [, wallMs, maxRssKiB, exitCode] = line.split(' ').map(Number);
  return { wallMs, rssMiB: maxRssKiB / 1024, exitCode, stdout: result.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function runManifestBenchmark() {
  const dir = mkdtempSync(join(tmpdir(), 'slo-gate-bench-manifests-'));
  const rows = [];
  try {
    for (const total of [10_000, 50_000]) {
      const file = join(dir, `bundle-${total}.yaml`);
      writeFileSync(file, generateBundle(total));
      const bytes = statSync(file).size;
      const floor = [];
      const gate = [];
      let findings = 0;
      let resources = 0;
      for (let round = 0; round < ROUNDS; round++) {
        floor.push(measure(['--floor', file]));
        const run = measure(['dist/cli.js', 'validate', file, '--format', 'json']);
        const report = JSON.parse(run.stdout);
        findings = report.findings.length;
        gate.push(run);
      }
      resources = readFileSync(file, 'utf8').split(/^---$/m).length;
      const floorMs = median(floor.map((r) => r.wallMs));
      const gateMs = median(gate.map((r) => r.wallMs));
      rows.push({
        total,
        resources,
        mb: bytes / 2 ** 20,
        floorMs,
        floorRss: Math.max(...floor.map((r) => r.rssMiB)),
        gateMs,
        gateRss: Math.max(...gate.map((r) => r.rssMiB)),
        findings,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.versions.node}`;
  const table = rows
    .map(
      (r) =>
        `| ${r.resources.toLocaleString('en')} (${r.mb.toFixed(1)} MB) | ${r.floorMs.toFixed(0)} ms, ${r.floorRss.toFixed(0)} MiB | ${r.gateMs.toFixed(0)} ms, ${r.gateRss.toFixed(0)} MiB | **${(r.gateMs / r.floorMs).toFixed(2)}x** | ${Math.round(r.resources / (r.gateMs / 1000)).toLocaleString('en')} | ${r.findings} |`,
    )
    .join('\n');
  return `## Manifest validation (\`validate\` throughput and memory)

Measured ${date} on ${machine}. \`npm run bench\` rewrites this section.

Generated bundles, one YAML stream each, across 200 namespaces: Deployments, Services, Ingresses,
NetworkPolicies, PodDisruptionBudgets, StatefulSets with headless Services (bench/manifests.mjs).
Median of ${ROUNDS} runs; whole processes; peak RSS is the process's maxRSS. The floor reads the same
bytes and runs \`yaml\`'s \`parseAllDocuments\`, nothing else. slo-gate runs \`validate --format json\`
with every rule on (schema, cross-resource rules, report).

| resources | floor: parseAllDocuments | slo-gate validate | ratio (target ≤ 2x) | resources/s (target ≥ 5,000) | findings |
|---|---:|---:|---:|---:|---:|
${table}

Peak RSS target at 50,000 resources: under 1 GB.
`;
}
