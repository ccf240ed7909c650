/**
 * The Argo CD PreSync hook run as the Job runs it: `node dist/hook.js` (build first: npm run build)
 * configured by environment variables only, with KUBECONFIG naming a kubeconfig file that points at
 * the stand-in API server (test/support/kube-api.ts), a real Prometheus holding 31 days of history,
 * and stand-in HTTP servers for the Pushgateway and the Argo CD API that record every request.
 *
 * History (step 60 s, 10 req/s per service), so every number is known by hand:
 *   shop      0.2 errors/s constant        → error ratio 0.02   → burn 20x everywhere > 14.4x,
 *                                            budget left 1 − 20 = −19                        → block
 *   shop-ok   0.002 errors/s constant      → error ratio 0.0002 → burn 0.2x, budget left 0.8 → pass
 *   shop-new  0 errors/s until T − 40 min, then 0.5/s (ratio 0.05, burn 50x): over 1h that is
 *             40/60 × 50 ≈ 33x > 14.4x, and over 5m 50x                                     → block
 * The live cluster: Deployment shop/web whose current ReplicaSet web-7d9f8c6b5 was created at
 * T − 44 min, and one of its pods in CrashLoopBackOff (exit code 1).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  forbidden,
  type KubeApi,
  type KubeObject,
  startKubeApi,
  writeKubeconfig,
} from '../support/kube-api.js';
import { startArgoCd, type ArgoCdStandIn, type KubeObject as ArgoObject } from '../support/argocd.js';
import { startDnsServer } from '../support/dns-server.js';
import {
  DAY,
  FIXED_END,
  MINUTE,
  type RunningPrometheus,
  startPrometheus,
  steady,
  stepChange,
} from '../support/prometheus.js';

const ROOT = resolve('.');
const HOOK = join(ROOT, 'dist/hook.js');
const T = FIXED_END;
const at = (secondsBeforeT: number) =>
  new Date((T - secondsBeforeT) * 1000).toISOString().replace('.000Z', 'Z');
const ARGOCD_TOKEN = 'argocd-tok-3f9a17c2e5b4d6081-never-printed';
const KUBE_TOKEN = 'kube-tok-8e2d4c6a0b1f3957-never-printed';
const JOB_UID = '5b0f3c4e-8a1d-4f6b-9c2e-7d3a1b0e9f44';
const APP_UID = '7c9e1b3d-5f7a-4b9c-8d0e-2f4a6c8e0b1d';
/** The gate's own PreSync Job, as the repo-server renders it among the Application's manifests. */
const GATE_JOB = {
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'slo-gate', namespace: 'shop', annotations: { 'argocd.argoproj.io/hook': 'PreSync' } },
};

let prometheus: RunningPrometheus;
let dir: string;

beforeAll(async () => {
  prometheus = await startPrometheus({
    series: [
      { name: 'http_requests', labels: { service: 'shop', code: '200' }, ratePerSecond: steady(9.8) },
      { name: 'http_requests', labels: { service: 'shop', code: '500' }, ratePerSecond: steady(0.2) },
      { name: 'http_requests', labels: { service: 'shop-ok', code: '200' }, ratePerSecond: steady(9.998) },
      { name: 'http_requests', labels: { service: 'shop-ok', code: '500' }, ratePerSecond: steady(0.002) },
      {
        name: 'http_requests',
        labels: { service: 'shop-new', code: '200' },
        ratePerSecond: stepChange(T - 40 * MINUTE, 10, 9.5),
      },
      {
        name: 'http_requests',
        labels: { service: 'shop-new', code: '500' },
        ratePerSecond: stepChange(T - 40 * MINUTE, 0, 0.5),
      },
    ],
    start: T - 31 * DAY,
    end: T,
    step: 60,
  });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-hook-'));
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------
// Config, manifests, live objects

const configFor = (service: string) => {
  const file = join(dir, `slo-gate-${service}.yaml`);
  writeFileSync(
    file,
    `prometheus:
  url: ${prometheus.url}
slos:
  - name: ${service}
    objective: 99.9
    window: 30d
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="${service}",code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="${service}"}[{{.window}}]))
`,
  );
  return file;
};

const DEPLOYMENT = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          { name: 'web', image: 'registry.example.com/shop/web:1.4.2', ports: [{ containerPort: 8080 }] },
        ],
      },
    },
  },
};
const SERVICE = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'shop' },
  spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
};

/** The mounted manifests folder (SLO_GATE_MANIFESTS): the release's Deployment and Service. */
function manifestsFolder(): string {
  const folder = join(dir, 'manifests');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'web.yaml'),
    [DEPLOYMENT, SERVICE].map((o) => JSON.stringify(o, null, 2)).join('\n---\n'),
  );
  return folder;
}

const DEPLOYMENT_UID = '0a7c9e1b-3d5f-4a8b-b2c4-6e8f0a1c3e5d';
const RS_UID = '9d1e3f5a-7b9c-4d2e-8f0a-1b3c5d7e9f2a';

function liveObjects(): KubeObject[] {
  return [
    {
      ...DEPLOYMENT,
      metadata: {
        ...DEPLOYMENT.metadata,
        uid: DEPLOYMENT_UID,
        generation: 3,
        creationTimestamp: at(30 * DAY),
      },
      status: {
        observedGeneration: 3,
        replicas: 2,
        updatedReplicas: 2,
        readyReplicas: 1,
        availableReplicas: 1,
        unavailableReplicas: 1,
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: 'web-7d9f8c6b5',
        namespace: 'shop',
        uid: RS_UID,
        creationTimestamp: at(44 * MINUTE),
        labels: { app: 'web', 'pod-template-hash': '7d9f8c6b5' },
        annotations: { 'deployment.kubernetes.io/revision': '3' },
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            name: 'web',
            uid: DEPLOYMENT_UID,
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web', 'pod-template-hash': '7d9f8c6b5' } } },
      status: { replicas: 2, readyReplicas: 1, availableReplicas: 1 },
    },
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'web-7d9f8c6b5-x2k9q',
        namespace: 'shop',
        creationTimestamp: at(44 * MINUTE),
        labels: { app: 'web', 'pod-template-hash': '7d9f8c6b5' },
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d9f8c6b5', uid: RS_UID, controller: true },
        ],
      },
      spec: { containers: [{ name: 'web', image: 'registry.example.com/shop/web:1.4.2' }] },
      status: {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: at(43 * MINUTE) }],
        containerStatuses: [
          {
            name: 'web',
            image: 'registry.example.com/shop/web:1.4.2',
            imageID: 'registry.example.com/shop/web@sha256:4c1a2b3d',
            ready: false,
            started: false,
            restartCount: 12,
            state: {
              waiting: {
                reason: 'CrashLoopBackOff',
                message: 'back-off 5m0s restarting failed container=web pod=web-7d9f8c6b5-x2k9q_shop(c3a1)',
              },
            },
            lastState: {
              terminated: {
                exitCode: 1,
                reason: 'Error',
                startedAt: at(6 * MINUTE),
                finishedAt: at(6 * MINUTE - 2),
              },
            },
          },
        ],
      },
    },
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name: 'slo-gate',
        namespace: 'shop',
        uid: JOB_UID,
        annotations: { 'argocd.argoproj.io/hook': 'PreSync' },
      },
      spec: {
        template: { spec: { containers: [{ name: 'slo-gate', image: 'slo-gate' }], restartPolicy: 'Never' } },
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Stand-in HTTP servers

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

interface Recorder {
  server: Server;
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

async function recorder(answer: (req: Recorded, res: ServerResponse) => void): Promise<Recorder> {
  const requests: Recorded[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(recorded);
    answer(recorded, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A Pushgateway that answers `status` (200 as the real one does for a PUT, or a failure). */
const pushgateway = (status = 200) =>
  recorder((_req, res) => {
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(status === 200 ? '' : 'storage failure\n');
  });

/** A URL whose port refuses connections. */
async function closedUrl(): Promise<string> {
  const r = await recorder(() => {});
  await r.close();
  return r.url;
}

// ---------------------------------------------------------------------------------------------------
// Running the hook

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The termination message file's content. */
  termination: string;
  /** From spawning the hook to its exit. */
  elapsedMs: number;
}

function runHook(env: Record<string, string>): Promise<Run> {
  const terminationLog = join(dir, `termination-${Math.random().toString(36).slice(2)}`);
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [HOOK], {
      cwd: dir,
      // Only what a Job's container has: no KUBERNETES_SERVICE_HOST, HOME without ~/.kube.
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        SLO_GATE_AT: String(T),
        SLO_GATE_FORMAT: 'json',
        SLO_GATE_TERMINATION_LOG: terminationLog,
        POD_NAMESPACE: 'shop',
        POD_NAME: 'slo-gate-hx7wq',
        JOB_NAME: 'slo-gate',
        JOB_UID,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      let termination: string;
      try {
        termination = readFileSync(terminationLog, 'utf8');
      } catch {
        termination = '(not written)';
      }
      done({ code, stdout, stderr, termination, elapsedMs: Date.now() - started });
    });
  });
}

const reportOf = (run: Run) => JSON.parse(run.stdout) as import('../../src/model/index.js').Report;
const hintIds = (run: Run) => reportOf(run).hints.map((h) => h.id);
const notesOf = (run: Run) =>
  reportOf(run).hints.find((h) => h.id === 'live-signals-incomplete')?.evidence ?? [];

let api: KubeApi | undefined;
let gateway: Recorder | undefined;
let argocd: ArgoCdStandIn | undefined;

afterEach(async () => {
  await api?.stop();
  await gateway?.close();
  await argocd?.close();
  api = gateway = argocd = undefined;
});

async function cluster(overrides: Parameters<typeof startKubeApi>[0] = {}): Promise<{ KUBECONFIG: string }> {
  api = await startKubeApi({ objects: liveObjects(), token: KUBE_TOKEN, ...overrides });
  return {
    KUBECONFIG: writeKubeconfig(
      join(dir, `kubeconfig-${Math.random().toString(36).slice(2)}`),
      api.url,
      KUBE_TOKEN,
    ),
  };
}

const SHOP_BLOCK_LINE =
  'slo-gate blocked, the sync is stopped: shop error budget exhausted: -1900% remaining (error ratio 2% over 30d against 0.1% allowed)';

// ---------------------------------------------------------------------------------------------------

describe('slo-gate hook (dist/hook.js) in a PreSync Job', () => {
  it('blocks: exit 1, the reason in the termination message, an Event on the Job, the Deployment annotated, metrics pushed', async () => {
    const env = await cluster();
    gateway = await pushgateway();
    const run = await runHook({
      ...env,
      SLO_GATE_CONFIG: configFor('shop'),
      SLO_GATE_MANIFESTS: manifestsFolder(),
      SLO_GATE_ANNOTATE: 'deployments',
      ARGOCD_APP_NAME: 'shop',
      PUSHGATEWAY_URL: gateway.url,
    });
    expect(run.code).toBe(1);
    const report = reportOf(run);
    expect(report.verdict).toBe('block');

    // The termination message: one line that starts with the verdict and its reason.
    expect(run.termination.startsWith(`${SHOP_BLOCK_LINE} | hint: `)).toBe(true);
    expect(run.termination).not.toContain('\n');

    // Root causes from the live cluster, and the release correlation: the burn has lasted the whole
    // 6 h looked at, longer than the ReplicaSet created 44 min ago.
    const crashloop = report.hints.find((h) => h.id === 'pod-crashloop')!;
    expect(crashloop.title).toContain('CrashLoopBackOff');
    expect(crashloop.evidence.join('\n')).toContain('web-7d9f8c6b5-x2k9q');
    const correlation = report.hints.find((h) => h.id === 'release-correlation')!;
    expect(correlation).toMatchObject({
      slo: 'shop',
      title:
        'the burn predates the last rollout: it was already burning before revision web-7d9f8c6b5 of Deployment shop/web rolled out',
    });

    // The Event: on the hook's Job, Warning, reason SloGateBlocked, the termination line as message.
    const events = api!.list('Event', 'shop');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      involvedObject: {
        apiVersion: 'batch/v1',
        kind: 'Job',
        namespace: 'shop',
        name: 'slo-gate',
        uid: JOB_UID,
      },
      type: 'Warning',
      reason: 'SloGateBlocked',
      source: { component: 'slo-gate' },
    });
    expect((events[0]!.message as string).startsWith(SHOP_BLOCK_LINE)).toBe(true);

    // The Deployment's own metadata (not its pod template) carries the verdict, by merge patch.
    const patch = api!.calls.find((c) => c.method === 'PATCH')!;
    expect(patch.path).toBe('/apis/apps/v1/namespaces/shop/deployments/web');
    expect(patch.headers['content-type']).toBe('application/merge-patch+json');
    expect(patch.body).toEqual({ metadata: { annotations: { 'slo-gate.dev/verdict': 'block' } } });
    expect(api!.get('Deployment', 'shop', 'web')!.metadata!.annotations).toEqual({
      'slo-gate.dev/verdict': 'block',
    });

    // The Pushgateway: one PUT to the group job/app/namespace, in the text exposition format.
    expect(gateway.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'PUT /metrics/job/slo-gate/app/shop/namespace/shop',
    ]);
    const push = gateway.requests[0]!;
    expect(push.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const samples = new Map(
      push.body
        .split('\n')
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => [line.slice(0, line.lastIndexOf(' ')), Number(line.slice(line.lastIndexOf(' ') + 1))]),
    );
    expect(samples.get('slo_gate_decision')).toBe(2);
    expect(samples.get('slo_gate_error_budget_remaining_ratio{slo="shop"}')).toBeCloseTo(-19, 9);
    for (const window of ['5m', '1h', '6h', '1d', '3d', '30d'])
      expect(samples.get(`slo_gate_burn_rate{slo="shop",window="${window}"}`)).toBeCloseTo(20, 9);
    expect(samples.get('slo_gate_last_run_timestamp_seconds')).toBe(T);
    expect(push.body).toContain('# TYPE slo_gate_decision gauge');
    // The Job's log stays free of Node's warnings (prom-client's own push used url.parse: DEP0169).
    expect(run.stderr).not.toContain('DeprecationWarning');

    // The kube token went only to the API server, in the Authorization header.
    expect(api!.calls.every((c) => c.headers.authorization === `Bearer ${KUBE_TOKEN}`)).toBe(true);
    expect(run.stdout + run.stderr + run.termination).not.toContain(KUBE_TOKEN);
  });

  it('ties a burn that began minutes after the rollout to that rollout', async () => {
    const env = await cluster();
    const run = await runHook({
      ...env,
      SLO_GATE_CONFIG: configFor('shop-new'),
      SLO_GATE_MANIFESTS: manifestsFolder(),
    });
    expect(run.code).toBe(1);
    const correlation = reportOf(run).hints.find((h) => h.id === 'release-correlation')!;
    // Errors start 4 min after the ReplicaSet (T − 40 vs T − 44 min); the 5m burn rate crosses 14.4x
    // once more than 14.4/50 ≈ 29 % of its window holds errors, one to two 60 s steps later.
    const match =
      /^burn began (\d+) min after revision web-7d9f8c6b5 of Deployment shop\/web rolled out$/.exec(
        correlation.title,
      );
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThanOrEqual(4);
    expect(Number(match![1])).toBeLessThanOrEqual(7);
  });

  it('passes: exit 0, a Normal Event, and the termination message says so', async () => {
    const env = await cluster();
    const run = await runHook({
      ...env,
      SLO_GATE_CONFIG: configFor('shop-ok'),
      SLO_GATE_MANIFESTS: manifestsFolder(),
    });
    expect(run.code).toBe(0);
    expect(reportOf(run).verdict).toBe('pass');
    expect(run.termination.startsWith('slo-gate passed: every SLO and manifest check passed')).toBe(true);
    expect(api!.list('Event', 'shop')).toEqual([
      expect.objectContaining({ type: 'Normal', reason: 'SloGatePassed' }),
    ]);
  });

  it('resolves cluster names over UDP and TCP: UDP dropped by the DNS server gives dns-lookup-failed', async () => {
    // The Service of the release exists in the cluster: its name is asked too.
    const env = await cluster({ objects: [...liveObjects(), SERVICE as KubeObject] });
    const dns = await startDnsServer({
      records: {
        'kubernetes.default.svc.cluster.local': ['10.96.0.1'],
        'web.shop.svc.cluster.local': ['10.96.14.22'],
      },
      dropUdp: true,
    });
    try {
      const run = await runHook({
        ...env,
        SLO_GATE_CONFIG: configFor('shop-ok'),
        SLO_GATE_MANIFESTS: manifestsFolder(),
        SLO_GATE_DNS_SERVER: `127.0.0.1:${dns.port}`,
      });
      // A hint, not a verdict: the pass stays a pass.
      expect(run.code).toBe(0);
      expect(dns.asked.sort()).toEqual([
        'tcp A kubernetes.default.svc.cluster.local',
        'tcp A web.shop.svc.cluster.local',
        'tcp AAAA kubernetes.default.svc.cluster.local',
        'tcp AAAA web.shop.svc.cluster.local',
        'udp A kubernetes.default.svc.cluster.local',
        'udp A web.shop.svc.cluster.local',
        'udp AAAA kubernetes.default.svc.cluster.local',
        'udp AAAA web.shop.svc.cluster.local',
      ]);
      const hint = reportOf(run).hints.find((h) => h.id === 'dns-lookup-failed');
      expect(hint?.evidence).toContain(
        'web.shop.svc.cluster.local: UDP timeout (ETIMEOUT), TCP ok (A: 10.96.14.22)',
      );
      expect(run.stderr).toMatch(
        new RegExp(
          `dns: 2 names \\(A and AAAA\\) over UDP and TCP through 127\\.0\\.0\\.1:${dns.port} \\(cluster domain cluster\\.local\\) in \\d+ ms, 2 failed`,
        ),
      );
    } finally {
      await dns.stop();
    }
  });

  it('a Pushgateway answering 500 only warns: the verdict and exit code stay', async () => {
    for (const [service, code, verdict] of [
      ['shop', 1, 'block'],
      ['shop-ok', 0, 'pass'],
    ] as const) {
      const env = await cluster();
      gateway = await pushgateway(500);
      const run = await runHook({
        ...env,
        SLO_GATE_CONFIG: configFor(service),
        SLO_GATE_MANIFESTS: manifestsFolder(),
        PUSHGATEWAY_URL: gateway.url,
      });
      expect({ service, code: run.code, verdict: reportOf(run).verdict }).toEqual({ service, code, verdict });
      expect(gateway.requests).toHaveLength(1);
      expect(run.stderr).toContain(
        `slo-gate: warning: could not push the gate metrics to the Pushgateway at ${gateway.url} (push failed with status 500, storage failure); the verdict stands`,
      );
      // No Application name: this group is shared by every application of the namespace.
      expect(run.stderr).toContain(
        'slo-gate: warning: PUSHGATEWAY_URL is set but ARGOCD_APP_NAME is not: every application in this namespace pushes to the same group',
      );
      await api!.stop();
      await gateway.close();
      api = gateway = undefined;
    }
  });

  it('reads the manifests and the live state from the Argo CD API', async () => {
    const liveSts = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: {
        name: 'db',
        namespace: 'shop',
        uid: '2f4a6c8e-0b1d-4e3f-a5b7-c9d1e3f5a7b9',
        creationTimestamp: at(90 * DAY),
      },
      spec: {
        serviceName: 'db',
        replicas: 1,
        selector: { matchLabels: { app: 'db' } },
        template: {
          metadata: { labels: { app: 'db' } },
          spec: {
            containers: [
              {
                name: 'db',
                image: 'postgres:17',
                volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql' }],
              },
            ],
          },
        },
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
          },
        ],
      },
      status: {
        replicas: 1,
        readyReplicas: 1,
        currentRevision: 'db-5c6d7e8f9',
        updateRevision: 'db-5c6d7e8f9',
      },
    };
    // The release renames the StatefulSet's governing Service: the API server refuses that change.
    const targetSts = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db', namespace: 'shop' },
      spec: { ...liveSts.spec, serviceName: 'db-headless' },
    };
    const headless = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'db-headless', namespace: 'shop' },
      spec: { clusterIP: 'None', selector: { app: 'db' }, ports: [{ port: 5432 }] },
    };
    const revision = '4f1c2e9a7b3d5c8e0f6a1b2c3d4e5f6a7b8c9d0e';
    argocd = await startArgoCd(
      {
        name: 'shop',
        uid: APP_UID,
        revisions: { [revision]: [DEPLOYMENT, SERVICE, headless, targetSts, GATE_JOB] },
        comparedRevision: revision,
        operationRevision: revision,
        live: [liveObjects()[0] as ArgoObject, liveSts],
      },
      ARGOCD_TOKEN,
    );
    const tokenFile = join(dir, 'argocd-token');
    writeFileSync(tokenFile, `${ARGOCD_TOKEN}\n`);
    // The hook's ServiceAccount may not list StatefulSets: the live one comes from Argo CD.
    const env = await cluster({
      overrides: {
        'GET /apis/apps/v1/namespaces/shop/statefulsets': forbidden({
          verb: 'list',
          resource: 'statefulsets',
          group: 'apps',
          namespace: 'shop',
        }),
      },
    });
    // Argo CD's documents go to the validator as they are: the hook needs no temp folder (a pod with
    // readOnlyRootFilesystem has none), so one that does not exist changes nothing.
    const scratch = join(dir, 'no-temp-folder');
    const run = await runHook({
      ...env,
      SLO_GATE_CONFIG: configFor('shop-ok'),
      ARGOCD_APP_NAME: 'shop',
      ARGOCD_SERVER: argocd.url,
      ARGOCD_TOKEN_FILE: tokenFile,
      TMPDIR: scratch,
    });
    expect(existsSync(scratch)).toBe(false);

    // The Application (its sync's revision), the manifests of that revision, then the live objects.
    expect(argocd.requests).toEqual([
      'GET /api/v1/applications/shop',
      `GET /api/v1/applications/shop/manifests?revision=${revision}`,
      'GET /api/v1/applications/shop/managed-resources',
    ]);
    expect(run.stderr).toContain(
      `slo-gate: checking the manifests of revision ${revision} of Application shop (status.operationState.operation.sync)`,
    );
    const report = reportOf(run);
    const immutable = report.findings.find((f) => f.ruleId === 'sts-immutable-field-change')!;
    // The StatefulSet is the 4th target Argo CD listed (Deployment, Service, db-headless, db): without
    // text, a finding's line is the document's number.
    expect(immutable).toMatchObject({
      severity: 'error',
      file: 'argocd:shop',
      line: 4,
      column: 1,
      resource: 'StatefulSet/shop/db',
    });
    expect(immutable.message).toContain('serviceName');
    expect(report.verdict).toBe('block');
    expect(run.code).toBe(1);
    // The rest of the targets were validated as one bundle: the Deployment's pods and the Service match.
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual([
      'sts-immutable-field-change',
    ]);
    expect(run.termination).toContain('sts-immutable-field-change StatefulSet/shop/db:');
    expect(run.stdout + run.stderr + run.termination).not.toContain(ARGOCD_TOKEN);
  });

  it("checks the sync's revision, not the newer one Argo CD's cache holds; the Event carries the Application's uid", async () => {
    // A rollback to an older revision whose Service selects pods that no longer exist, while the
    // controller's cache (managed-resources) already holds the newer, correct revision.
    const older = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
    const newer = '9f8e7d6c5b4a39281706f5e4d3c2b1a098f7e6d5';
    const oldService = { ...SERVICE, spec: { ...SERVICE.spec, selector: { app: 'web-v1' } } };
    argocd = await startArgoCd(
      {
        name: 'shop',
        uid: APP_UID,
        revisions: { [older]: [DEPLOYMENT, oldService, GATE_JOB], [newer]: [DEPLOYMENT, SERVICE, GATE_JOB] },
        comparedRevision: newer,
        operationRevision: older,
        live: [liveObjects()[0] as ArgoObject],
      },
      ARGOCD_TOKEN,
    );
    const env = await cluster();
    const run = await runHook({
      ...env,
      SLO_GATE_CONFIG: configFor('shop-ok'),
      ARGOCD_APP_NAME: 'shop',
      ARGOCD_SERVER: argocd.url,
      ARGOCD_TOKEN: ARGOCD_TOKEN,
      SLO_GATE_EVENT_TARGET: 'application',
    });
    expect(argocd.requests).toContain(`GET /api/v1/applications/shop/manifests?revision=${older}`);
    expect(argocd.requests.some((r) => r.includes(newer))).toBe(false);
    const report = reportOf(run);
    // The older revision's Service is what was checked: it selects no pod of the release.
    expect(
      report.findings.filter((f) => f.file === 'argocd:shop').map((f) => [f.ruleId, f.resource]),
    ).toEqual([['service-selects-no-pods', 'Service/shop/web']]);
    // Argo CD's Events tab lists an Event under the Application only with the Application's uid.
    expect(api!.list('Event', 'argocd')).toEqual([
      expect.objectContaining({
        involvedObject: expect.objectContaining({
          kind: 'Application',
          namespace: 'argocd',
          name: 'shop',
          uid: APP_UID,
        }),
      }),
    ]);
  });

  it('a null item in a list answer: a note, and the pass stays a pass', async () => {
    const env = await cluster({
      overrides: {
        'GET /api/v1/namespaces/shop/pods': {
          status: 200,
          body: { kind: 'PodList', apiVersion: 'v1', metadata: {}, items: [null] },
        },
      },
    });
    const run = await runHook({
      ...env,
      SLO_GATE_CONFIG: configFor('shop-ok'),
      SLO_GATE_MANIFESTS: manifestsFolder(),
    });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/TypeError|\n\s+at /);
    expect(notesOf(run)).toContain(
      "the API server's answer for pods in shop was not a list of objects: live pod signals not checked",
    );
    expect(run.termination.startsWith('slo-gate passed')).toBe(true);
  });

  it('no Kubernetes credentials: nothing is claimed about the cluster it did not read', async () => {
    const folder = join(dir, 'manifests-ingress');
    mkdirSync(folder, { recursive: true });
    const ingress = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'web', namespace: 'shop' },
      spec: {
        ingressClassName: 'nginx',
        tls: [{ hosts: ['shop.example.com'], secretName: 'web-tls' }],
        rules: [
          {
            host: 'shop.example.com',
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: { service: { name: 'web', port: { number: 80 } } },
                },
              ],
            },
          },
        ],
      },
    };
    writeFileSync(
      join(folder, 'web.yaml'),
      [DEPLOYMENT, SERVICE, ingress].map((o) => JSON.stringify(o, null, 2)).join('\n---\n'),
    );
    const run = await runHook({ SLO_GATE_CONFIG: configFor('shop-ok'), SLO_GATE_MANIFESTS: folder });
    expect(run.code).toBe(0);
    expect(notesOf(run)).toContain(
      'no Kubernetes credentials (no KUBECONFIG, ~/.kube/config or in-cluster service account): live signals skipped',
    );
    expect(run.stdout).not.toContain('neither the bundle nor the cluster');
    expect(run.stdout).not.toContain('no IngressClass');
    expect(hintIds(run)).not.toContain('missing-dependency');
  });

  it('Argo CD API down: a note, and the gate goes on with the mounted manifests', async () => {
    const env = await cluster();
    const argoUrl = await closedUrl();
    const run = await runHook({
      ...env,
      SLO_GATE_CONFIG: configFor('shop'),
      SLO_GATE_MANIFESTS: manifestsFolder(),
      ARGOCD_APP_NAME: 'shop',
      ARGOCD_SERVER: argoUrl,
      ARGOCD_TOKEN: ARGOCD_TOKEN,
    });
    expect(run.code).toBe(1);
    const note = `Argo CD at ${argoUrl} did not answer (connection refused); checked the mounted manifests instead`;
    expect(run.stderr).toContain(`slo-gate: note: ${note}`);
    expect(notesOf(run)).toContain(note);
    // The mounted Deployment was the release: its crash-looping pod is still explained.
    expect(hintIds(run)).toContain('pod-crashloop');
    expect(run.termination.startsWith(SHOP_BLOCK_LINE)).toBe(true);
  });

  it('API server down: a note, no Event, and the verdict from Prometheus and the manifests', async () => {
    const env = await cluster();
    const server = api!.url;
    await api!.stop();
    api = undefined;
    const run = await runHook({
      ...env,
      SLO_GATE_CONFIG: configFor('shop-ok'),
      SLO_GATE_MANIFESTS: manifestsFolder(),
    });
    expect(run.code).toBe(0);
    expect(reportOf(run).verdict).toBe('pass');
    expect(
      notesOf(run).some((n) => n.startsWith(`live cluster signals skipped: ${server} is unreachable`)),
    ).toBe(true);
    expect(run.stderr).toContain(
      `slo-gate: warning: could not record the Event on Job shop/slo-gate: ${server} is unreachable`,
    );
    expect(run.termination.startsWith('slo-gate passed')).toBe(true);

    // The same outage with a burning SLO still blocks: Prometheus decides.
    const blocked = await runHook({
      ...env,
      SLO_GATE_CONFIG: configFor('shop'),
      SLO_GATE_MANIFESTS: manifestsFolder(),
    });
    expect(blocked.code).toBe(1);
    expect(blocked.termination.startsWith(SHOP_BLOCK_LINE)).toBe(true);
  });

  it('tokens an Argo CD or API server echoes back in an error reach no note, log, message or Event', async () => {
    const env = await cluster({
      overrides: {
        'GET /api/v1/namespaces/shop/pods': {
          status: 500,
          body: {
            kind: 'Status',
            apiVersion: 'v1',
            metadata: {},
            status: 'Failure',
            message: `internal error for request with Authorization: Bearer ${KUBE_TOKEN}`,
            reason: 'InternalError',
            code: 500,
          },
        },
      },
    });
    // An Argo CD that repeats the Authorization header it was sent in its grpc-gateway error.
    const echo = await recorder((req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' });
      const said = `permission denied for ${String(req.headers.authorization)}`;
      res.end(JSON.stringify({ error: said, code: 7, message: said }));
    });
    try {
      const run = await runHook({
        ...env,
        SLO_GATE_CONFIG: configFor('shop'),
        SLO_GATE_MANIFESTS: manifestsFolder(),
        ARGOCD_APP_NAME: 'shop',
        ARGOCD_SERVER: echo.url,
        ARGOCD_TOKEN: ARGOCD_TOKEN,
      });
      expect(run.code).toBe(1);
      expect(echo.requests.length).toBeGreaterThan(0);
      expect(notesOf(run).some((n) => n.includes('HTTP 403'))).toBe(true);
      const events = JSON.stringify(api!.list('Event', 'shop'));
      for (const secret of [ARGOCD_TOKEN, KUBE_TOKEN]) {
        for (const [where, text] of Object.entries({
          stdout: run.stdout,
          stderr: run.stderr,
          termination: run.termination,
          events,
        })) {
          expect([where, text.includes(secret)]).toEqual([where, false]);
        }
      }
    } finally {
      await echo.close();
    }
  });

  it('RBAC 403 on pods: a note naming the missing permission, and no pod hint', async () => {
    const env = await cluster({
      overrides: {
        'GET /api/v1/namespaces/shop/pods': forbidden({ verb: 'list', resource: 'pods', namespace: 'shop' }),
      },
    });
    const run = await runHook({
      ...env,
      SLO_GATE_CONFIG: configFor('shop'),
      SLO_GATE_MANIFESTS: manifestsFolder(),
    });
    expect(run.code).toBe(1);
    const note = 'skipped pods in shop: forbidden (needs list on pods in namespace shop)';
    expect(notesOf(run)).toContain(note);
    expect(run.stderr).toContain(`slo-gate: note: ${note}`);
    expect(hintIds(run)).not.toContain('pod-crashloop');
    // The Event was still written: only reading pods was denied.
    expect(api!.list('Event', 'shop')).toHaveLength(1);
  });

  it("a slow API server: the live read ends at the run's deadline, a note names what was not read, the verdict is written", async () => {
    // Each list of the pods answers after a minute: beyond the run's 3 s and the read's own 10 s.
    const env = await cluster({
      overrides: { 'GET /api/v1/namespaces/shop/pods': { delayMs: 60_000 } },
    });
    const run = await runHook({
      ...env,
      SLO_GATE_CONFIG: configFor('shop'),
      SLO_GATE_MANIFESTS: manifestsFolder(),
      SLO_GATE_MAX_DURATION: '3s',
    });
    expect(run.code).toBe(1);
    expect(reportOf(run).verdict).toBe('block');
    expect(run.termination.startsWith('slo-gate blocked, the sync is stopped: ')).toBe(true);
    // Cut off mid-read, or (on a machine so busy that the gate used the 3 s) not started at all.
    const deadlineNotes = notesOf(run).filter((n) => n.includes("the run's 3s deadline"));
    expect(deadlineNotes).toHaveLength(1);
    expect(deadlineNotes[0]).toMatch(
      new RegExp(
        `^skipped pods in shop: ${api!.url} did not answer in the [\\d.]+ m?s left before the run's 3s deadline$` +
          `|^live cluster signals skipped: the run's 3s deadline passed before they were read$`,
      ),
    );
    // The pods were not read: nothing is said about the crash-looping one.
    expect(hintIds(run)).not.toContain('pod-crashloop');
    // The read's own 10 s alone would have ended the run after 10 s; the deadline ended it at 3 s,
    // plus starting Node and writing the results.
    expect(run.elapsedMs).toBeLessThan(10_000);
  });

  it("`slo-gate hook` takes check's options plus the hook's; the Event and notice go on the Application", async () => {
    const application = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'shop', namespace: 'argocd', uid: '7c9e1b3d-5f7a-4b9c-8d0e-2f4a6c8e0b1d' },
      spec: { project: 'default', destination: { namespace: 'shop' } },
    };
    const env = await cluster({ objects: [...liveObjects(), application] });
    gateway = await pushgateway();
    const terminationLog = join(dir, 'cli-termination');
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(
        process.execPath,
        [
          join(ROOT, 'dist/cli.js'),
          'hook',
          '--config',
          configFor('shop'),
          '--manifests',
          manifestsFolder(),
          '--namespace',
          'shop',
          '--at',
          String(T),
          '--format',
          'json',
          '--argocd-app',
          'shop',
          '--termination-log',
          terminationLog,
          '--pushgateway',
          gateway!.url,
          '--event-target',
          'application',
          '--annotate',
          'application',
        ],
        {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', HOME: dir, ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => done({ code, stdout, stderr }));
    });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).verdict).toBe('block');
    expect(readFileSync(terminationLog, 'utf8').startsWith(SHOP_BLOCK_LINE)).toBe(true);
    expect(gateway.requests.map((r) => r.url)).toEqual(['/metrics/job/slo-gate/app/shop/namespace/shop']);
    expect(api!.list('Event', 'argocd')).toEqual([
      expect.objectContaining({
        // Without ARGOCD_SERVER the uid is read from the cluster (get on the Application).
        involvedObject: expect.objectContaining({
          kind: 'Application',
          namespace: 'argocd',
          name: 'shop',
          uid: '7c9e1b3d-5f7a-4b9c-8d0e-2f4a6c8e0b1d',
        }),
        reason: 'SloGateBlocked',
      }),
    ]);
    expect(api!.list('Event', 'shop')).toEqual([]);
    const annotations = api!.get('Application', 'argocd', 'shop')!.metadata!.annotations as Record<
      string,
      string
    >;
    expect(annotations['notice.argocd.argoproj.io/severity']).toBe('critical');
    expect(annotations['notice.argocd.argoproj.io/content']).toMatch(
      /^slo-gate blocked the sync: shop error budget exhausted/,
    );
  });

  it('a broken config: exit 2, and the termination message says why', async () => {
    const env = await cluster();
    const config = join(dir, 'broken.yaml');
    writeFileSync(
      config,
      'slos:\n  - name: shop\n    objective: 199\n    sli:\n      raw: { errorRatioQuery: up }\n',
    );
    const run = await runHook({ ...env, SLO_GATE_CONFIG: config });
    expect(run.code).toBe(2);
    expect(run.termination.startsWith(`slo-gate could not run: ${config}:3:`)).toBe(true);
    expect(run.stderr).toContain(`slo-gate: ${config}:3:`);
  });
});
