/**
 * network.observed against a real Prometheus loaded with Istio-shaped series: a connection the release
 * removes that carried traffic over the last hour blocks with the number; a mesh whose series are
 * absent, or a config without Prometheus, leaves a note instead of a silent pass.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { UsageError } from '../../src/errors.js';
import { diffNetpol, observedTrafficOf } from '../../src/gate/netpol.js';
import type { GateConfig } from '../../src/config/types.js';
import { createPrometheusClient } from '../../src/prometheus/client.js';
import { netpolReportOf, renderDiffText } from '../../src/report/netpol.js';
import { FIXED_END, HOUR, type RunningPrometheus, startPrometheus } from '../support/prometheus.js';

const T = FIXED_END;
const AT = new Date(T * 1000);
let prometheus: RunningPrometheus;
let dir: string;

const istio = (from: string, to: string, reporter: string) => ({
  source_workload: from,
  source_workload_namespace: 'shop',
  destination_workload: to,
  destination_workload_namespace: 'shop',
  reporter,
});

const deployment = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: shop }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec: { containers: [{ name: app, image: ${name}:1, ports: [{ containerPort: 8080 }] }] }
`;
const WORKLOADS = ['frontend', 'cart', 'checkout'].map(deployment).join('---\n');
// Before: checkout takes TCP 8080 from anyone. After: checkout takes nothing.
const BEFORE_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: checkout-ingress, namespace: shop }
spec:
  podSelector: { matchLabels: { app: checkout } }
  policyTypes: [Ingress]
  ingress:
    - ports: [{ port: 8080 }]
`;
const AFTER_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: checkout-ingress, namespace: shop }
spec:
  podSelector: { matchLabels: { app: checkout } }
  policyTypes: [Ingress]
`;

function folder(name: string, policy: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  writeFileSync(join(path, 'all.yaml'), `${WORKLOADS}---\n${policy}`);
  return path;
}

// Asked only when the config names a Prometheus.
const clientOf = (config: GateConfig) => () =>
  createPrometheusClient(config.prometheus!, { backoffBaseMs: 1 });

async function configWith(text: string) {
  const file = join(dir, `slo-gate-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return loadConfig(file);
}

beforeAll(async () => {
  prometheus = await startPrometheus({
    start: T - 2 * HOUR,
    end: T,
    step: 60,
    series: [
      // Both proxies report the same 1,240 req/s: the larger view is 1,240, not the 2,480 of a sum.
      { name: 'istio_requests', labels: istio('frontend', 'checkout', 'source'), ratePerSecond: () => 1240 },
      {
        name: 'istio_requests',
        labels: istio('frontend', 'checkout', 'destination'),
        ratePerSecond: () => 1240,
      },
      // Traffic on a connection the release keeps: no block.
      {
        name: 'istio_tcp_connections_opened',
        labels: istio('frontend', 'cart', 'source'),
        ratePerSecond: () => 2,
      },
    ],
  });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-observed-'));
  folder('before', BEFORE_POLICY);
  folder('after', AFTER_POLICY);
});

afterAll(async () => {
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const diffWith = (observed: Awaited<ReturnType<typeof observedTrafficOf>>) =>
  diffNetpol({
    paths: [join(dir, 'after')],
    baseline: join(dir, 'before'),
    defaultNamespace: 'shop',
    observed,
  });

test('a removed connection that carried traffic in the last hour blocks with the number', async () => {
  const config = await configWith(
    `prometheus: { url: ${prometheus.url} }\nnetwork:\n  observed: { metrics: istio, window: 1h }\n`,
  );
  expect(config.network?.observed).toEqual({ metrics: 'istio', window: '1h' });
  const { diff, baselineLabel } = await diffWith(await observedTrafficOf(config, clientOf(config), AT));

  expect(diff.verdict).toBe('block');
  const removed = diff.changes.filter((c) => c.kind === 'removed');
  // Everyone (the outside too) loses TCP 8080 to checkout; only frontend's was seen carrying traffic.
  expect(removed.map((c) => `${c.from.id} -> ${c.to.id}: ${c.observed ?? 'no traffic seen'}`)).toEqual([
    '0.0.0.0-255.255.255.255 -> shop/checkout[Deployment]: no traffic seen',
    'shop/cart[Deployment] -> shop/checkout[Deployment]: no traffic seen',
    'shop/frontend[Deployment] -> shop/checkout[Deployment]: frontend → checkout:8080 carried 1,240 req/s in the last hour and is denied after this release',
  ]);
  const text = renderDiffText(netpolReportOf(diff, baselineLabel));
  expect(text).toContain(
    'BLOCK: frontend → checkout:8080 carried 1,240 req/s in the last hour and is denied after this release',
  );
});

test('without the mesh series: a note, and the removals keep their warning', async () => {
  const config = await configWith(
    `prometheus: { url: ${prometheus.url} }\nnetwork:\n  observed: { metrics: linkerd }\n`,
  );
  const { diff } = await diffWith(await observedTrafficOf(config, clientOf(config), AT));
  expect(diff.verdict).toBe('warn');
  expect(diff.changes.some((c) => c.observed)).toBe(false);
  expect(diff.notes).toEqual([
    "observed traffic not checked: no request_total series with source and destination workloads in the last 1h (are linkerd's metrics scraped?)",
  ]);
});

test('without Prometheus in the config: a note naming the config', async () => {
  const config = await configWith('network:\n  observed: { metrics: hubble, window: 6h }\n');
  const { diff } = await diffWith(await observedTrafficOf(config, clientOf(config), AT));
  expect(diff.verdict).toBe('warn');
  expect(diff.notes).toEqual([
    `observed traffic not checked: ${config.file} names no Prometheus (prometheus.url)`,
  ]);
});

test.each([
  [
    'a window that is not a duration',
    'network:\n  observed:\n    metrics: istio\n    window: 1 hour\n',
    4,
    'network.observed.window',
  ],
  [
    'a mesh slo-gate does not read',
    'network:\n  observed:\n    metrics: consul\n',
    3,
    'network.observed.metrics',
  ],
])('%s is a config error naming the line and the key', async (_, text, line, key) => {
  const error = await configWith(text).then(
    () => undefined,
    (thrown: Error) => thrown,
  );
  expect(error).toBeInstanceOf(UsageError);
  expect(error!.message).toContain(`:${line}:`);
  expect(error!.message).toContain(key);
  expect(error!.message).toContain('fix:');
});

test('check (node dist/cli.js) with network.observed: the JSON report carries the block and the number', () => {
  writeFileSync(
    join(dir, 'check.yaml'),
    `prometheus: { url: ${prometheus.url} }\nmanifests:\n  paths: [after]\nnetwork:\n  baseline: before\n  observed: { metrics: istio }\n`,
  );
  const result = spawnSync(
    process.execPath,
    [join(process.cwd(), 'dist/cli.js'), 'check', '-c', 'check.yaml', '-f', 'json', '--at', String(T)],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(result.status).toBe(1);
  const report = JSON.parse(result.stdout) as {
    verdict: string;
    netpol: { verdict: string; changes: { from: string; observed?: string }[]; notes?: string[] };
  };
  expect(report.verdict).toBe('block');
  expect(report.netpol.verdict).toBe('block');
  expect(report.netpol.notes).toBeUndefined();
  expect(report.netpol.changes.filter((c) => c.observed)).toEqual([
    expect.objectContaining({
      from: 'shop/frontend[Deployment]',
      observed:
        'frontend → checkout:8080 carried 1,240 req/s in the last hour and is denied after this release',
    }),
  ]);
});

test('netpol diff (node dist/cli.js) with network.observed: the same block and number as check, read at --at', () => {
  // The config names no manifests and no baseline: the command line gives both, the config the
  // Prometheus (overridden by --prometheus-url) and the mesh.
  writeFileSync(
    join(dir, 'diff.yaml'),
    'prometheus: { url: http://prometheus.invalid:9090 }\nnetwork:\n  observed: { metrics: istio }\n',
  );
  const diff = (at: number) =>
    spawnSync(
      process.execPath,
      [
        join(process.cwd(), 'dist/cli.js'),
        'netpol',
        'diff',
        '-c',
        'diff.yaml',
        '-m',
        'after',
        '--baseline',
        'before',
        '--prometheus-url',
        prometheus.url,
        '--at',
        String(at),
        '-f',
        'json',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
  const seen = diff(T);
  expect(seen.status).toBe(1);
  const report = JSON.parse(seen.stdout) as {
    verdict: string;
    changes: { from: string; observed?: string }[];
    notes?: string[];
  };
  expect(report.verdict).toBe('block');
  expect(report.notes).toBeUndefined();
  expect(report.changes.filter((c) => c.observed)).toEqual([
    expect.objectContaining({
      from: 'shop/frontend[Deployment]',
      observed:
        'frontend → checkout:8080 carried 1,240 req/s in the last hour and is denied after this release',
    }),
  ]);
  // Two hours after the last sample nothing was seen: the removals warn, and a note says why.
  const unseen = diff(T + 2 * HOUR);
  expect(unseen.status).toBe(0);
  const later = JSON.parse(unseen.stdout) as { verdict: string; notes?: string[] };
  expect(later.verdict).toBe('warn');
  expect(later.notes?.[0]).toMatch(/^observed traffic not checked: /);
});
