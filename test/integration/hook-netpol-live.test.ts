/**
 * network.baseline: live — the hook (runHook in-process, as dist/hook.js runs it) diffs the
 * NetworkPolicies of the release against what the cluster runs today, read from the stand-in API
 * server (NetworkPolicyList, DeploymentList as a real API server answers them). No SLOs: the
 * NetworkPolicy diff alone decides.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { readLiveState } from '../../src/cluster/read.js';
import { runHook, type HookSettings } from '../../src/gate/hook.js';
import { validateSchema } from '../../src/manifests/schema.js';
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
) {
  api = await startKubeApi({ objects: live, overrides });
  const run = mkdtempSync(join(dir, 'run-'));
  writeFileSync(join(run, 'slo-gate.yaml'), CONFIG);
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
