/**
 * Root causes from three sources, the hook run in-process (runHook, as dist/hook.js runs it) against
 * the stand-in API server (pods, Warning events, previous-instance logs) and a real Prometheus holding
 * two hours of generated kube-state-metrics and cAdvisor history up to T. One Deployment per cause
 * class of the decision table (src/hints/cause.ts, docs/hints.md):
 *
 *   api      CrashLoopBackOff exit 2, the Go panic of test/fixtures/logs/go-panic.txt, restarts at
 *            1 per 5 min → increase over [1h] = 12                      → application crash at the frame
 *   billing  OOMKilled exit 137, limit 512Mi, Java heap log             → memory limit too low
 *   reports  CrashLoopBackOff exit 1 (no OOM kill), Java OutOfMemoryError in the log → Java heap too small
 *   search   CrashLoopBackOff exit 1, empty log, working set up to 0.95 × 512Mi → memory limit too low
 *   worker   CrashLoopBackOff exit 1, Python KeyError on os.environ      → config missing: LOG_LEVEL
 *   orders   CrashLoopBackOff exit 1, "connection refused" to 10.96.12.7:5432 → dependency down
 *   probe    CrashLoopBackOff exit 137 (SIGKILL), empty log, Liveness probe failures → probe or hook
 *   hooked   CrashLoopBackOff, empty log, FailedPostStartHook              → probe or hook
 *   web      ImagePullBackOff                                             → image pull
 *   secrets  CreateContainerConfigError (Secret missing)                  → config missing
 *   audit    CrashLoopBackOff, pods/log forbidden                          → cause unknown, "forbidden" named
 *   flaky    Running again after 6 restarts, exit 1; restarts at 1 per 10 min → 6 in the last hour, the Node.js
 *            error of test/fixtures/logs/node-module-not-found.txt → restart spike, application crash
 *   cart     Running; working set 0.92 × 512Mi for the whole hour         → "OOMKilled is likely" (92 % ≥ 90 %)
 *            throttled 3 of 10 CFS periods per second                     → CPU throttled in 30 % of periods
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDiagnosis } from '../../src/gate/diagnosis.js';
import { startDeadline } from '../../src/gate/deadline.js';
import { runHook, type HookRun, type HookSettings } from '../../src/gate/hook.js';
import type { Hint } from '../../src/model/index.js';
import {
  forbidden,
  type KubeApi,
  type KubeObject,
  kubeConfigFor,
  startKubeApi,
} from '../support/kube-api.js';
import {
  crashLoopStatus,
  deploymentPod,
  event,
  runningStatus,
  waitingStatus,
  liveState,
} from '../support/live-objects.js';
import { FIXED_END, HOUR, type RunningPrometheus, startPrometheus } from '../support/prometheus.js';

const T = FIXED_END;
const MI = 1024 * 1024;
const LIMIT = 512 * MI;
const fixture = (name: string) => readFileSync(join('test/fixtures/logs', name), 'utf8');

const IMAGE = 'registry.example.com/shop/app:2.0.0';
const limits = { memory: '512Mi', cpu: '500m' };
const containers = [{ name: 'app', image: IMAGE, limits }];

function crashing(deployment: string, exitCode: number, reason: string): KubeObject {
  const name = `${deployment}-7d9f8c6b5-x2k4q`;
  return asObject(
    deploymentPod(deployment, '7d9f8c6b5', 'x2k4q', {
      containers,
      containerStatuses: [
        crashLoopStatus('app', IMAGE, { exitCode, reason, finishedMinutesAgo: 2 }, 14, name),
      ],
    }),
  );
}

function asObject(pod: unknown, kind = 'Pod'): KubeObject {
  return { ...(pod as KubeObject), kind, apiVersion: 'v1' };
}

const podName = (deployment: string) => `${deployment}-7d9f8c6b5-x2k4q`;

const OBJECTS: KubeObject[] = [
  crashing('api', 2, 'Error'),
  crashing('billing', 137, 'OOMKilled'),
  crashing('worker', 1, 'Error'),
  crashing('reports', 1, 'Error'),
  crashing('search', 1, 'Error'),
  crashing('orders', 1, 'Error'),
  crashing('probe', 137, 'Error'),
  crashing('hooked', 137, 'Error'),
  crashing('audit', 1, 'Error'),
  asObject(
    deploymentPod('web', '7d9f8c6b5', 'x2k4q', {
      containers,
      containerStatuses: [
        waitingStatus(
          'app',
          IMAGE,
          'ImagePullBackOff',
          `Back-off pulling image "${IMAGE}": ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image "${IMAGE}": not found`,
        ),
      ],
    }),
  ),
  asObject(
    deploymentPod('secrets', '7d9f8c6b5', 'x2k4q', {
      containers,
      containerStatuses: [
        waitingStatus('app', IMAGE, 'CreateContainerConfigError', 'secret "shop-db" not found'),
      ],
    }),
  ),
  asObject(
    deploymentPod('flaky', '7d9f8c6b5', 'x2k4q', {
      containers,
      containerStatuses: [
        runningStatus('app', IMAGE, true, 6, {
          terminated: {
            exitCode: 1,
            reason: 'Error',
            startedAt: '2023-11-14T22:00:00Z',
            finishedAt: '2023-11-14T22:03:00Z',
          },
        }),
      ],
    }),
  ),
  asObject(
    deploymentPod('cart', '7d9f8c6b5', 'x2k4q', {
      containers,
      containerStatuses: [runningStatus('app', IMAGE)],
    }),
  ),
  asObject(
    event({
      name: podName('probe'),
      reason: 'Unhealthy',
      message:
        'Liveness probe failed: Get "http://10.244.1.37:8080/healthz": dial tcp 10.244.1.37:8080: connect: connection refused',
      count: 42,
    }),
    'Event',
  ),
  asObject(
    event({
      name: podName('hooked'),
      reason: 'FailedPostStartHook',
      message:
        'Exec lifecycle hook ([/bin/sh -c /app/warmup.sh]) for Container "app" in Pod "hooked-7d9f8c6b5-x2k4q_shop(7f8061d3-3603-49d6-8e03-77cb4b1bbed4)" failed - error: command \'/bin/sh -c /app/warmup.sh\' exited with 126: , message: "/bin/sh: /app/warmup.sh: Permission denied\\n"',
      count: 14,
    }),
    'Event',
  ),
];

const LOGS = {
  [`shop/${podName('api')}/app`]: { current: 'starting\n', previous: fixture('go-panic.txt') },
  [`shop/${podName('billing')}/app`]: { previous: fixture('java-oom.txt') },
  [`shop/${podName('worker')}/app`]: { previous: fixture('python-keyerror.txt') },
  [`shop/${podName('reports')}/app`]: { previous: fixture('java-oom.txt') },
  [`shop/${podName('search')}/app`]: { previous: '' },
  [`shop/${podName('orders')}/app`]: {
    previous:
      'level=info msg="starting orders" version=2.0.0\n' +
      'level=fatal msg="cannot open database" url=postgres://orders:Xk9-pw-2k@10.96.12.7:5432/orders err="dial tcp 10.96.12.7:5432: connect: connection refused"\n',
  },
  [`shop/${podName('probe')}/app`]: { previous: '' },
  [`shop/${podName('flaky')}/app`]: {
    current: 'listening on :8080\n',
    previous: fixture('node-module-not-found.txt'),
  },
  [`shop/${podName('hooked')}/app`]: { previous: '' },
  [`shop/${podName('audit')}/app`]: { previous: fixture('node-module-not-found.txt') },
};

const series = (pod: string) => ({ namespace: 'shop', pod: podName(pod), container: 'app' });

let prometheus: RunningPrometheus;
let api: KubeApi;
let dir: string;
let run: HookRun;
const logged: string[] = [];

const hintAbout = (deployment: string, id?: string): Hint => {
  const found = run.report.hints.find(
    (h) => (id === undefined || h.id === id) && h.title.includes(podName(deployment)),
  );
  if (!found)
    throw new Error(`no hint about ${deployment}: ${run.report.hints.map((h) => h.title).join('\n')}`);
  return found;
};

function settings(config: string): HookSettings {
  return {
    config,
    at: new Date(T * 1000).toISOString(),
    namespace: 'shop',
    format: 'json',
    failOn: 'block',
    argocd: { appNamespace: 'argocd' },
    terminationLog: join(dir, 'termination-log'),
    eventTarget: 'none',
    annotate: { deployments: false, application: false },
    pod: {},
    job: {},
  };
}

beforeAll(async () => {
  prometheus = await startPrometheus({
    start: T - 2 * HOUR,
    end: T,
    step: 60,
    series: [
      { name: 'http_requests', labels: { service: 'shop', code: '200' }, ratePerSecond: () => 10 },
      { name: 'kube_pod_container_status_restarts', labels: series('api'), ratePerSecond: () => 1 / 300 },
      { name: 'kube_pod_container_status_restarts', labels: series('flaky'), ratePerSecond: () => 1 / 600 },
      { name: 'kube_pod_container_status_restarts', labels: series('cart'), ratePerSecond: () => 0 },
      { name: 'container_cpu_cfs_throttled_periods', labels: series('cart'), ratePerSecond: () => 3 },
      { name: 'container_cpu_cfs_periods', labels: series('cart'), ratePerSecond: () => 10 },
    ],
    gauges: [
      { name: 'container_memory_working_set_bytes', labels: series('cart'), valueAt: () => 0.92 * LIMIT },
      { name: 'container_memory_working_set_bytes', labels: series('api'), valueAt: () => 0.3 * LIMIT },
      // search: 0.8 of the limit, rising to 0.95 in the last 10 minutes (its max over the hour).
      {
        name: 'container_memory_working_set_bytes',
        labels: series('search'),
        valueAt: (t: number) => (t > T - 600 ? 0.95 : 0.8) * LIMIT,
      },
      ...['cart', 'api', 'search'].map((pod) => ({
        name: 'kube_pod_container_resource_limits',
        labels: { ...series(pod), resource: 'memory', unit: 'byte' },
        valueAt: () => LIMIT,
      })),
    ],
  });
  api = await startKubeApi({
    objects: OBJECTS,
    logs: LOGS,
    overrides: {
      [`GET /api/v1/namespaces/shop/pods/${podName('audit')}/log`]: forbidden({
        verb: 'get',
        resource: 'pods',
        subresource: 'log',
        namespace: 'shop',
        name: podName('audit'),
      }),
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-diagnosis-'));
  const config = join(dir, 'slo-gate.yaml');
  writeFileSync(
    config,
    `prometheus:
  url: ${prometheus.url}
slos:
  - name: shop
    objective: 99
    window: 30d
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="shop",code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="shop"}[{{.window}}]))
hints:
  memorySaturation: 0.9
`,
  );
  run = await runHook(settings(config), {
    log: (m) => logged.push(m),
    loadKubeConfig: () => kubeConfigFor(api.url),
    loadSchemaCheck: () => Promise.reject(new Error('no manifests in this test')),
  });
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('one root cause per failing workload, from events, logs and metrics', () => {
  it('a Go panic and a restart spike: application crash at the first frame, the panic quoted', () => {
    const hint = hintAbout('api', 'pod-crashloop');
    expect(hint.title).toBe(
      `${podName('api')}: CrashLoopBackOff, last exit 2 (Error): application crash at ` +
        'main.ReadRoutines (/Users/me/go/src/github.com/bcicen/grmon/parse.go:76): ' +
        'Go panic: runtime error: invalid memory address or nil pointer dereference',
    );
    expect(hint.evidence).toContain(
      `log of ${podName('api')} (previous instance): "panic: runtime error: invalid memory address or nil pointer dereference"`,
    );
    // 1 restart per 300 s over an hour: 12; the working set 0.3 × the limit.
    expect(hint.evidence).toContain(
      'metrics: 12 restarts in the last hour (a restart spike); memory working set up to 30 % of the limit over the last hour',
    );
    expect(hint.evidence.at(-1)).toMatch(
      /^fix: container app of Deployment shop\/api crashes in its own code at main\.ReadRoutines/,
    );
  });

  it('OOMKilled: the memory limit is too low, the Java OutOfMemoryError quoted', () => {
    const hint = hintAbout('billing', 'pod-oomkilled');
    expect(hint.title).toMatch(/: memory limit too low \(OOMKilled\)$/);
    expect(hint.evidence).toContain(
      `log of ${podName('billing')} (previous instance): "java.lang.OutOfMemoryError: Java heap space"`,
    );
  });

  it('a Java OutOfMemoryError without an OOM kill: the heap is too small', () => {
    const hint = hintAbout('reports', 'pod-crashloop');
    expect(hint.title).toMatch(/: Java heap too small: Java OutOfMemoryError: Java heap space$/);
    expect(hint.evidence.at(-1)).toMatch(
      /^fix: the JVM of container app of Deployment shop\/reports runs out of heap/,
    );
  });

  it('a crash loop at 95 % of the memory limit: the limit is too low, from the metrics alone', () => {
    const hint = hintAbout('search', 'pod-crashloop');
    expect(hint.title).toMatch(/: memory limit too low \(memory at 95 % of the limit\)$/);
    expect(hint.evidence).toContain('metrics: memory working set up to 95 % of the limit over the last hour');
    expect(hint.evidence.at(-1)).toMatch(
      /^fix: container app of Deployment shop\/search runs close to its memory limit/,
    );
  });

  it('a Python KeyError on os.environ: config missing, naming the variable', () => {
    const hint = hintAbout('worker', 'pod-crashloop');
    expect(hint.title).toMatch(/: config missing: environment variable LOG_LEVEL is not set$/);
    expect(hint.evidence).toContain(
      `log of ${podName('worker')} (previous instance): "KeyError: 'LOG_LEVEL'"`,
    );
  });

  it('connection refused: the dependency is named, the password in the quoted line redacted', () => {
    const hint = hintAbout('orders', 'pod-crashloop');
    expect(hint.title).toMatch(/: dependency down: 10\.96\.12\.7:5432 refused the connection$/);
    const quoted = hint.evidence.find((e) => e.startsWith(`log of ${podName('orders')}`))!;
    expect(quoted).toContain('postgres://***@10.96.12.7:5432/orders');
    expect(JSON.stringify(run.report)).not.toContain('Xk9-pw-2k');
  });

  it('no log and liveness failures: probe or hook misconfigured', () => {
    const hint = hintAbout('probe', 'pod-crashloop');
    expect(hint.title).toMatch(/: probe or hook misconfigured: the kubelet kills the container$/);
    expect(hint.evidence).toContain(
      `log of ${podName('probe')} (previous instance): empty (the process wrote nothing before it exited)`,
    );
  });

  it('no log and FailedPostStartHook: probe or hook misconfigured, the kubelet quoted', () => {
    const hint = hintAbout('hooked', 'pod-crashloop');
    expect(hint.title).toMatch(/: probe or hook misconfigured: the kubelet kills the container$/);
    expect(hint.evidence.some((e) => e.startsWith('events: FailedPostStartHook "Exec lifecycle hook'))).toBe(
      true,
    );
  });

  it('image pull errors and a missing Secret keep their own hints, with the cause named', () => {
    expect(hintAbout('web', 'image-pull').evidence).toContain('cause: the image cannot be pulled');
    expect(hintAbout('secrets', 'pod-config-error').evidence).toContain(
      'cause: the container cannot be created: config missing',
    );
  });

  it('names what was missing: the log of a container the Role may not read', () => {
    const hint = hintAbout('audit', 'pod-crashloop');
    expect(hint.evidence).toContain(
      `logs of ${podName('audit')} (previous instance): forbidden (needs get on pods/log in namespace shop)`,
    );
    expect(hint.evidence).toContain('cause: cause not determined from the sources read');
    expect(run.notes).toContain(
      'skipped the logs of crashed containers in shop: forbidden (needs get on pods/log in namespace shop)',
    );
  });
});

describe('a restart spike on a container that runs again', () => {
  it('gets a hint of its own, the cause from its previous log', () => {
    const hint = hintAbout('flaky', 'restart-spike');
    expect(hint.title).toBe(
      `${podName('flaky')}: running again, but restarted 6 times in the last hour: application crash: ` +
        "Node.js uncaught Error: Cannot find module '/usr/src/app/node.js'",
    );
    expect(hint.evidence).toContain(
      `log of ${podName('flaky')} (previous instance): "Error: Cannot find module '/usr/src/app/node.js'"`,
    );
    expect(hint.evidence).toContain('metrics: 6 restarts in the last hour (a restart spike)');
  });

  it('a container that never restarted in the last hour gets none', () => {
    expect(run.report.hints.filter((h) => h.id === 'restart-spike')).toHaveLength(1);
  });
});

describe('metrics before any OOM kill', () => {
  it('working set at 92 % of the limit for the last hour: OOMKilled is likely', () => {
    const hint = run.report.hints.find((h) => h.id === 'memory-saturation')!;
    expect(hint.title).toBe(
      'Deployment shop/cart: container app above 92 % of its memory limit for the last hour: OOMKilled is likely: raise the limit or lower the heap',
    );
    expect(hint.evidence).toContain(
      `${podName('cart')}: working set 92 % of the 512Mi limit over the last hour`,
    );
  });

  it('3 of 10 CFS periods throttled: CPU throttling at 30 %', () => {
    const hint = run.report.hints.find((h) => h.id === 'cpu-throttling')!;
    expect(hint.title).toBe(
      'Deployment shop/cart: container app CPU-throttled in 30 % of periods over the last hour',
    );
  });
});

describe('the time budget', () => {
  it('a log that does not come before the run deadline does not hold the diagnosis up', async () => {
    api.setOverride(`GET /api/v1/namespaces/shop/pods/${podName('api')}/log`, { delayMs: 20_000 });
    try {
      const pod = OBJECTS[0]! as never;
      const started = Date.now();
      const { diagnosis } = await readDiagnosis({
        kubeConfig: kubeConfigFor(api.url),
        state: liveState({ pods: [pod] }),
        scope: { workloads: [] },
        at: new Date(T * 1000),
        deadline: startDeadline(0.5),
      });
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(diagnosis.logs.get(`shop/${podName('api')}/app`)).toMatchObject({
        missing: "not read: the run's deadline passed",
      });
      expect(diagnosis.metricsMissing).toBe('not read: no Prometheus configured');
    } finally {
      api.setOverride(`GET /api/v1/namespaces/shop/pods/${podName('api')}/log`, undefined);
    }
  });
});
