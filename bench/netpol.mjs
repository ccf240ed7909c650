// Benchmark of `slo-gate netpol diff` (issue 14), written to docs/benchmarks.md.
//
// Generates 1,000 workloads (Deployments in 20 namespaces of 50) under 500 NetworkPolicies (25 per
// namespace: ingress from three neighbours on 8080 and from edge namespaces on 9090, egress to the
// namespace and to DNS), and a release of it that narrows every tenth policy and adds a default deny
// to one namespace. In the same run, times and measures:
// - the floor: a process that reads both YAML files and runs yaml's parseAllDocuments, nothing else;
// - `slo-gate netpol diff --baseline OLD -m NEW -f json` (whole process: start-up, both models, diff);
// - in one process, the phases apart: reading both bundles, then the two models and the diff (the
//   issue's budget: 2 s, 1 GB), with src/ bundled by esbuild for the purpose.
// Peak RSS is each process's own maxRSS (bench/measure-process.mjs); CPU time is user + system.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAMESPACES = 20;
const APPS = 50;
const POLICIES_PER_NAMESPACE = 25;
const ROUNDS = 3;

function deployment(ns, name) {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${ns}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}, tier: backend}}
    spec:
      containers:
        - name: app
          image: registry.example.com/${name}:1.0.0
          ports: [{name: http, containerPort: 8080}, {name: admin, containerPort: 9090}]
---
`;
}

function policy(ns, i, narrowed) {
  const peers = [1, 2, 3]
    .slice(0, narrowed ? 2 : 3)
    .map((d) => `        - podSelector: {matchLabels: {app: app-${(i + d) % APPS}}}`);
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: app-${i}, namespace: ${ns}}
spec:
  podSelector: {matchLabels: {app: app-${i}}}
  policyTypes: [Ingress, Egress]
  ingress:
    - from:
${peers.join('\n')}
      ports: [{port: 8080}]
    - from: [{namespaceSelector: {matchLabels: {tier: edge}}}]
      ports: [{port: admin}]
  egress:
    - to: [{podSelector: {}}]
    - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}}]
      ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
---
`;
}

function bundle(release) {
  let text = '';
  for (let n = 0; n < NAMESPACES; n++) {
    const ns = `team-${n}`;
    text += `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${ns}, labels: {tier: ${n % 5 === 0 ? 'edge' : 'core'}}}\n---\n`;
    for (let i = 0; i < APPS; i++) text += deployment(ns, `app-${i}`);
    for (let i = 0; i < POLICIES_PER_NAMESPACE; i++) text += policy(ns, i, release && i % 10 === 0);
    if (release && n === 7)
      text += `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: default-deny, namespace: ${ns}}\nspec: {podSelector: {}, policyTypes: [Ingress, Egress]}\n---\n`;
  }
  return text;
}

/** The phases of one diff in a fresh process: reading both bundles, then both models and the diff. */
const PHASES = `
import { createBundle } from './src/manifests/bundle.ts';
import { pathSources, readSources } from './src/manifests/sources.ts';
import { connectivityOfBundle, diffConnectivity, policyOf } from './src/netpol/index.ts';
const [oldDir, newDir] = process.argv.slice(2);
const clock = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
const since = (start) => {
  const cpu = process.cpuUsage(start.cpu);
  return { wall: performance.now() - start.wall, cpu: (cpu.user + cpu.system) / 1000 };
};
const read = async (dir) => createBundle((await readSources(pathSources([dir]), { defaultNamespace: 'default' })).resources, 'default');
const t0 = clock();
const [before, after] = [await read(oldDir), await read(newDir)];
const parse = since(t0);
const t1 = clock();
const policies = (b) => b.ofKind('NetworkPolicy').map(policyOf);
const diff = diffConnectivity(
  connectivityOfBundle(before, { cutPolicies: policies(after) }),
  connectivityOfBundle(after, { cutPolicies: policies(before) }),
);
const model = since(t1);
console.log(JSON.stringify({ parse, model, changes: diff.changes.length, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
`;

function measure(args) {
  const result = spawnSync(process.execPath, [join(root, 'bench/measure-process.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const line = result.stderr.split('\n').find((l) => l.startsWith('measure-process '));
  if (!line) throw new Error(`no measurement: ${result.stderr}`);
  const [, wall, rss, code] = line.split(' ');
  return { wall: Number(wall), rssMiB: Number(rss) / 1024, code: Number(code), stdout: result.stdout };
}

const dir = mkdtempSync(join(tmpdir(), 'slo-gate-netpol-bench-'));
try {
  mkdirSync(join(dir, 'old'));
  mkdirSync(join(dir, 'new'));
  writeFileSync(join(dir, 'old/bundle.yaml'), bundle(false));
  writeFileSync(join(dir, 'new/bundle.yaml'), bundle(true));
  writeFileSync(join(root, '.netpol-bench-phases.mjs'), PHASES);
  try {
    await build({
      entryPoints: [join(root, '.netpol-bench-phases.mjs')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      outfile: join(dir, 'phases.mjs'),
      logLevel: 'warning',
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
  } finally {
    rmSync(join(root, '.netpol-bench-phases.mjs'), { force: true });
  }
  const floors = [];
  const runs = [];
  const phases = [];
  for (let round = 0; round < ROUNDS; round++) {
    const phase = spawnSync(process.execPath, [join(dir, 'phases.mjs'), join(dir, 'old'), join(dir, 'new')], {
      encoding: 'utf8',
    });
    if (phase.status !== 0) throw new Error(phase.stderr);
    phases.push(JSON.parse(phase.stdout));
    floors.push(measure(['--floor', join(dir, 'new/bundle.yaml')]));
    runs.push(
      measure([
        join(root, 'dist/cli.js'),
        'netpol',
        'diff',
        '--baseline',
        join(dir, 'old'),
        '-m',
        join(dir, 'new'),
        '-f',
        'json',
      ]),
    );
  }
  const diff = JSON.parse(runs[0].stdout);
  const best = (list, key) => Math.min(...list.map((r) => r[key]));
  const worst = (list, key) => Math.max(...list.map((r) => r[key]));
  console.log(
    `machine: ${cpus().length} x ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`,
  );
  console.log(`date: ${new Date().toISOString()}`);
  console.log(
    `workloads: ${NAMESPACES * APPS}, policies: ${NAMESPACES * POLICIES_PER_NAMESPACE} (+1 in the release), changes found: ${diff.changes.length}, verdict ${diff.verdict}`,
  );
  console.log(
    `floor (parse one bundle's YAML twice counts as 2x this): best ${best(floors, 'wall').toFixed(0)} ms, peak ${worst(floors, 'rssMiB').toFixed(0)} MiB`,
  );
  console.log(
    `netpol diff (process: start, read and parse both bundles, both models, diff, JSON): best ${best(runs, 'wall').toFixed(0)} ms, worst ${worst(runs, 'wall').toFixed(0)} ms, peak ${worst(runs, 'rssMiB').toFixed(0)} MiB, exit ${runs[0].code}`,
  );
  const bestOf = (key, field) => Math.min(...phases.map((p) => p[key][field]));
  console.log(
    `in-process: read and parse both bundles best ${bestOf('parse', 'wall').toFixed(0)} ms wall / ${bestOf('parse', 'cpu').toFixed(0)} ms CPU; both models + diff best ${bestOf('model', 'wall').toFixed(0)} ms wall / ${bestOf('model', 'cpu').toFixed(0)} ms CPU, worst ${Math.max(...phases.map((p) => p.model.wall)).toFixed(0)} ms wall; peak ${Math.max(...phases.map((p) => p.maxRssMiB)).toFixed(0)} MiB`,
  );
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
