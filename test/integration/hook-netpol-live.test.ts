/**
 * network.baseline: live — the hook (runHook in-process, as dist/hook.js runs it) diffs the
 * NetworkPolicies of the release against what the cluster runs today, read from the stand-in API
 * server (NetworkPolicyList, DeploymentList as a real API server answers them). No SLOs: the
 * NetworkPolicy diff alone decides. With network.observed, the traffic of the cut connections is
 * read from a real Prometheus holding Istio-shaped series, at the hook's evaluation time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { readLiveState } from '../../src/cluster/read.js';
import { runHook, type HookSettings } from '../../src/gate/hook.js';
import { validateSchema } from '../../src/manifests/schema.js';
import { FIXED_END, HOUR, type RunningPrometheus, startPrometheus } from '../support/prometheus.js';
import {
  forbidden,
  type KubeApi,
  type KubeApiOptions,
  type KubeObject,
  kubeConfigFor,
  startKubeApi,
} from '../support/kube-api.js';

const WORKLOADS = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: frontend, namespace: shop }
spec:
  selector: { matchLabels: { app: frontend } }
  template:
    metadata: { labels: { app: frontend } }
    spec:
      containers: [{ name: app, image: registry.example.com/shop/frontend:1.0.0 }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout, namespace: shop }
spec:
  selector: { matchLabels: { app: checkout } }
  template:
    metadata: { labels: { app: checkout } }
    spec:
      containers:
        - name: app
          image: registry.example.com/shop/checkout:1.0.0
          ports: [{ name: http, containerPort: 8080 }]
`;

const DEFAULT_DENY = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: default-deny-ingress, namespace: shop }
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

const ALLOW_FRONTEND = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: allow-frontend-to-checkout, namespace: shop }
spec:
  podSelector: { matchLabels: { app: checkout } }
  policyTypes: [Ingress]
  ingress:
    - from: [{ podSelector: { matchLabels: { app: frontend } } }]
      ports: [{ port: 8080 }]
`;

const CONFIG = `network:
  baseline: live
  required:
    - { from: frontend, to: checkout, port: 8080 }
`;

const objectsOf = (...texts: string[]): KubeObject[] =>
  texts.flatMap((text) => parseAllDocuments(text).map((d) => d.toJS() as KubeObject));

let dir: string;
let api: KubeApi | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-netpol-live-'));
});
afterEach(async () => {
  await api?.stop();
  api = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The hook with the release's manifests (the given YAML texts) against a cluster holding `live`. */
async function hookAgainst(
  release: string[],
  live: KubeObject[],
  overrides: KubeApiOptions['overrides'] = {},
  { config = CONFIG, at }: { config?: string; at?: string } = {},
) {
  api = await startKubeApi({ objects: live, overrides });
  const run = mkdtempSync(join(dir, 'run-'));
  writeFileSync(join(run, 'slo-gate.yaml'), config);
  writeFileSync(join(run, 'release.yaml'), release.join('\n---\n'));
  const logged: string[] = [];
  const settings: HookSettings = {
    config: join(run, 'slo-gate.yaml'),
    manifests: [join(run, 'release.yaml')],
    namespace: 'shop',
    format: 'json',
    failOn: 'block',
    argocd: { appNamespace: 'argocd' },
    terminationLog: join(run, 'termination-log'),
    eventTarget: 'none',
    annotate: { deployments: false, application: false },
    pod: {},
    job: {},
    dns: { server: 'off' },
    ...(at ? { at } : {}),
  };
  const result = await runHook(settings, {
    log: (m) => logged.push(m),
    loadKubeConfig: () => kubeConfigFor(api!.url),
    loadSchemaCheck: () => Promise.resolve(validateSchema),
  });
  return { report: result.report, notes: result.notes, logged, release: join(run, 'release.yaml') };
}

describe('slo-gate hook with network.baseline: live', () => {
  it('the release adds a default deny: the required frontend -> checkout:8080 that works today is cut, and the sync is blocked', async () => {
    const { report, release } = await hookAgainst([WORKLOADS, DEFAULT_DENY], objectsOf(WORKLOADS));
    expect(report.verdict).toBe('block');
    expect(report.netpol?.baseline).toBe('live cluster');
    expect(report.netpol?.verdict).toBe('block');
    const cut = report.netpol!.changes.find(
      (c) => c.from === 'shop/frontend[Deployment]' && c.to === 'shop/checkout[Deployment]',
    )!;
    // No policy in the cluster today: every port is open; the deny leaves none.
    expect(cut).toMatchObject({ kind: 'removed', before: 'All Connections', after: 'No Connections' });
    expect(cut.required).toEqual([{ from: 'frontend', to: 'checkout', port: 8080, line: 4 }]);
    // The cause is the release's policy, where its document starts in the release's file: WORKLOADS
    // is 24 lines (a leading empty line, 22 of YAML, the trailing newline), then "---" (25), the
    // policy's leading empty line (26), its apiVersion (27).
    expect(cut.causes).toEqual([
      {
        policy: 'shop/default-deny-ingress',
        file: release,
        line: 27,
        column: 1,
        reason: 'now isolates shop/checkout[Deployment] for ingress',
      },
    ]);
  });

  it('the release deletes the live allow policy: the cause is the live policy, with no file line', async () => {
    const { report, logged } = await hookAgainst(
      [WORKLOADS, DEFAULT_DENY],
      objectsOf(WORKLOADS, DEFAULT_DENY, ALLOW_FRONTEND),
    );
    expect(report.verdict).toBe('block');
    const cut = report.netpol!.changes.find(
      (c) => c.from === 'shop/frontend[Deployment]' && c.to === 'shop/checkout[Deployment]',
    )!;
    expect(cut).toMatchObject({ kind: 'removed', before: 'TCP 8080', after: 'No Connections' });
    const cause = cut.causes.find((c) => c.policy === 'shop/allow-frontend-to-checkout')!;
    expect(cause.inBaseline).toBe(true);
    expect(cause.file).toBeUndefined();
    expect(cause.line).toBeUndefined();
    // The diff the hook logs names the live policy as such, not a file and line it does not have.
    expect(logged.join('\n')).toContain('shop/allow-frontend-to-checkout (live baseline): ');
  });

  it('the live NetworkPolicies cannot be read: a note naming the permission, and no diff claimed', async () => {
    const { report, notes } = await hookAgainst([WORKLOADS, DEFAULT_DENY], objectsOf(WORKLOADS), {
      '/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies': forbidden({
        verb: 'list',
        resource: 'networkpolicies',
        group: 'networking.k8s.io',
        namespace: 'shop',
      }),
    });
    expect(report.netpol).toBeUndefined();
    expect(notes).toContain(
      'NetworkPolicy diff not checked: forbidden (needs list on networkpolicies.networking.k8s.io in namespace shop)',
    );
    const incomplete = report.hints.find((h) => h.id === 'live-signals-incomplete');
    expect(incomplete?.evidence).toContain(
      'NetworkPolicy diff not checked: forbidden (needs list on networkpolicies.networking.k8s.io in namespace shop)',
    );
  });

  it('the reader lists NetworkPolicies only when asked: without network.baseline: live, no new permission is needed', async () => {
    api = await startKubeApi({ objects: objectsOf(WORKLOADS, DEFAULT_DENY) });
    const path = '/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies';
    const plain = await readLiveState(kubeConfigFor(api.url), { namespaces: ['shop'] });
    expect(api.calls.filter((c) => c.path === path)).toEqual([]);
    expect(plain.networkPolicies).toEqual([]);
    const asked = await readLiveState(kubeConfigFor(api.url), {
      namespaces: ['shop'],
      networkPolicies: true,
    });
    expect(api.calls.filter((c) => c.path === path)).toHaveLength(1);
    expect(asked.networkPolicies.map((p) => p.metadata?.name)).toEqual(['default-deny-ingress']);
  });
});

describe('slo-gate hook with network.baseline: live and network.observed', () => {
  let prometheus: RunningPrometheus;
  const T = FIXED_END;
  const istio = (reporter: string) => ({
    source_workload: 'frontend',
    source_workload_namespace: 'shop',
    destination_workload: 'checkout',
    destination_workload_namespace: 'shop',
    reporter,
  });
  beforeAll(async () => {
    // Both proxies report 35 req/s from frontend to checkout: the larger view is 35, not a sum of 70.
    prometheus = await startPrometheus({
      start: T - 2 * HOUR,
      end: T,
      step: 60,
      series: ['source', 'destination'].map((reporter) => ({
        name: 'istio_requests',
        labels: istio(reporter),
        ratePerSecond: () => 35,
      })),
    });
  });
  afterAll(async () => {
    await prometheus?.stop();
  });

  const observedConfig = () => `prometheus: { url: ${prometheus.url} }
network:
  baseline: live
  observed: { metrics: istio, window: 1h }
`;

  it('a live connection the release cuts that carried traffic blocks with the number, read at the hook time', async () => {
    const { report } = await hookAgainst(
      [WORKLOADS, DEFAULT_DENY],
      objectsOf(WORKLOADS),
      {},
      {
        config: observedConfig(),
        at: String(T),
      },
    );
    expect(report.netpol?.baseline).toBe('live cluster');
    const cut = report.netpol!.changes.find(
      (c) => c.from === 'shop/frontend[Deployment]' && c.to === 'shop/checkout[Deployment]',
    )!;
    // Nothing in network.required: without the traffic, a cut only warns.
    expect(cut.required ?? []).toEqual([]);
    expect(cut.observed).toBe(
      'frontend → checkout carried 35 req/s in the last hour and is denied after this release',
    );
    expect(report.netpol?.verdict).toBe('block');
    expect(report.verdict).toBe('block');
  });

  it('no traffic seen at the hook time: a note, and the cut keeps its warning', async () => {
    // Two hours after the last sample: the last hour holds no series of the pair.
    const { report } = await hookAgainst(
      [WORKLOADS, DEFAULT_DENY],
      objectsOf(WORKLOADS),
      {},
      {
        config: observedConfig(),
        at: String(T + 2 * HOUR),
      },
    );
    expect(report.netpol?.verdict).toBe('warn');
    expect(report.netpol?.notes?.join('\n')).toMatch(/^observed traffic not checked: /);
  });
});
