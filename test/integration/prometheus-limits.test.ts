/**
 * Every Prometheus fault ends in a verdict in bounded time, and no answer is trusted blindly: the run's
 * deadline, the client's breaker, the response size cap and the checks on the numbers answered.
 * Prometheus is real where it answers; the faults are real HTTP servers on 127.0.0.1 in its place.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DAY, FIXED_END, type RunningPrometheus, startPrometheus, steady } from '../support/prometheus.js';
import { close, listen, urlOf } from '../support/http.js';
import { startKubeApi, writeKubeconfig } from '../support/kube-api.js';

const T = FIXED_END;
let prometheus: RunningPrometheus;
let dir: string;

beforeAll(async () => {
  prometheus = await startPrometheus({
    series: [{ name: 'http_requests', labels: { service: 'shop', code: '200' }, ratePerSecond: steady(10) }],
    start: T - 2 * DAY,
    end: T,
    step: 60,
  });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-limits-'));
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit. */
  elapsedMs: number;
  /** The hook's termination message; '(not written)' when absent. */
  termination: string;
  terminationLog: string;
  /** When the termination message was last written, in ms after the spawn; undefined when absent. */
  terminationWrittenMs?: number;
}

function writeConfig(body: string): string {
  const file = join(dir, `gate-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, body);
  return file;
}

/** Runs an entry point without blocking the event loop, so in-process servers can answer it. */
function spawnEntry(
  args: string[],
  env: Record<string, string> = {},
  terminationLog = join(dir, `termination-${Math.random().toString(36).slice(2)}`),
): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? '', HOME: dir, SLO_GATE_TERMINATION_LOG: terminationLog, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      let termination = '(not written)';
      let terminationWrittenMs: number | undefined;
      try {
        termination = readFileSync(terminationLog, 'utf8');
        terminationWrittenMs = statSync(terminationLog).mtimeMs - started;
      } catch {
        // not written
      }
      resolve({
        code,
        stdout,
        stderr,
        elapsedMs: Date.now() - started,
        termination,
        terminationLog,
        terminationWrittenMs,
      });
    });
  });
}

function check(configBody: string, url: string, extra: string[] = []): Promise<Run> {
  return spawnEntry([
    'dist/cli.js',
    'check',
    '--config',
    writeConfig(configBody),
    '--prometheus-url',
    url,
    '--at',
    String(T),
    '--format',
    'json',
    ...extra,
  ]);
}

const reportOf = (run: Run) =>
  JSON.parse(run.stdout) as {
    verdict: string;
    slos: { name: string; status: string; reasons: string[] }[];
    hints: { id: string; evidence?: string[] }[];
  };

/** `count` SLOs on the same service, at default Prometheus settings (timeout 10s, 2 retries but none of a timeout, 8 at once). */
function manySlos(count: number): string {
  const slos = Array.from(
    { length: count },
    (_, i) => `
  - name: shop-${i}
    objective: 99.9
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="shop",code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="shop"}[{{.window}}]))`,
  );
  return `slos:${slos.join('')}\n`;
}

/** A server that accepts every request and never answers. */
async function silentServer(): Promise<{ server: Server; requests: () => number }> {
  let requests = 0;
  const server = await listen((req) => {
    // Queries only: the one backend detection (buildinfo) before them is not one.
    if (req.url?.endsWith('/api/v1/query')) requests += 1;
  });
  return { server, requests: () => requests };
}

describe('a Prometheus that accepts connections and never answers', () => {
  it('10 SLOs at default settings: the breaker stops the queries and the gate blocks within 60 s', async () => {
    const silent = await silentServer();
    const run = await check(manySlos(10), urlOf(silent.server));
    await close(silent.server);
    expect(run.code).toBe(1);
    const report = reportOf(run);
    expect(report.verdict).toBe('block');
    expect(report.slos).toHaveLength(10);
    for (const slo of report.slos) expect(slo.status).toBe('error');
    // The first 8 requests (the concurrency) were waited for, none retried. A queued query may leave
    // after the first or second timeout, before the third opens the breaker (the timers' order under
    // load); the breaker refused every other.
    expect(silent.requests()).toBeGreaterThanOrEqual(8);
    expect(silent.requests()).toBeLessThanOrEqual(10);
    // One reason per SLO: its query that timed out (not sent again), or the breaker's.
    for (const slo of report.slos) expect(slo.reasons).toHaveLength(1);
    for (const slo of report.slos) {
      expect(slo.reasons[0]).toMatch(
        /(did not answer within 10s; not retried: the same query would take as long|did not answer 3 requests in a row \(the last: did not answer within 10s\): the remaining queries were not sent); onPrometheusError: block$/,
      );
    }
    const reasons = report.slos.map((s) => s.reasons[0]).join('\n');
    expect(reasons).toMatch(
      /did not answer 3 requests in a row \(the last: did not answer within 10s\): the remaining queries were not sent; onPrometheusError: block/,
    );
    expect(run.elapsedMs).toBeLessThan(60_000);
  }, 70_000);

  it('--max-duration: queries in flight are aborted and each SLO not measured says the deadline passed', async () => {
    const silent = await silentServer();
    // A 60 s timeout would hold the run for minutes; the 2 s deadline ends it.
    const run = await check(
      `prometheus:\n  url: http://unused\n  timeout: 60s\n${manySlos(3)}`,
      urlOf(silent.server),
      ['--max-duration', '2s'],
    );
    await close(silent.server);
    expect(run.code).toBe(1);
    const report = reportOf(run);
    expect(report.slos.map((s) => s.reasons)).toEqual(
      Array.from({ length: 3 }, () => [
        "not measured: the run's 2s deadline passed; onPrometheusError: block",
      ]),
    );
    expect(run.elapsedMs).toBeLessThan(15_000);
  }, 30_000);

  it('the hook at default settings writes its termination message well within the Job deadline', async () => {
    const silent = await silentServer();
    const run = await spawnEntry(['dist/hook.js'], {
      SLO_GATE_CONFIG: writeConfig(manySlos(5)),
      PROMETHEUS_URL: urlOf(silent.server),
      SLO_GATE_AT: String(T),
      SLO_GATE_FORMAT: 'json',
    });
    await close(silent.server);
    expect(run.code).toBe(1);
    expect(run.termination).toMatch(/^slo-gate blocked/);
    expect(run.termination).toContain('did not answer 3 requests in a row');
    // hooks/job.yaml's activeDeadlineSeconds is 300; the breaker ends the run after one timeout.
    expect(run.elapsedMs).toBeLessThan(60_000);
  }, 70_000);

  it('the hook with SLO_GATE_MAX_DURATION: the deadline ends the run and the termination message is written', async () => {
    const silent = await silentServer();
    const run = await spawnEntry(['dist/hook.js'], {
      SLO_GATE_CONFIG: writeConfig(`prometheus:\n  url: http://unused\n  timeout: 60s\n${manySlos(2)}`),
      PROMETHEUS_URL: urlOf(silent.server),
      SLO_GATE_AT: String(T),
      SLO_GATE_FORMAT: 'json',
      SLO_GATE_MAX_DURATION: '2s',
    });
    await close(silent.server);
    expect(run.code).toBe(1);
    expect(run.termination).toMatch(/^slo-gate blocked/);
    expect(run.termination).toContain("not measured: the run's 2s deadline passed");
    expect(run.elapsedMs).toBeLessThan(15_000);
  }, 30_000);
});

describe('the hook when Prometheus, the API server and the Pushgateway all hang', () => {
  it('10 SLOs at default settings: the termination message is written first, within SLO_GATE_MAX_DURATION, and the hook ends within the results allowance', async () => {
    const maxDurationSeconds = 3;
    // The allowance the results get after the deadline (20 s).
    const resultsAllowanceSeconds = 20;
    const terminationLog = join(dir, 'termination-all-hang');
    const silentPrometheus = await silentServer();
    // Every request to the API server waits two minutes: reads and writes alike.
    const api = await startKubeApi({ overrides: { '*': { delayMs: 120_000 } } });
    const pushes: { terminationWritten: boolean }[] = [];
    const pushgateway = await listen(() => {
      // Never answers; notes whether the reason was already on disk when the push arrived.
      pushes.push({ terminationWritten: existsSync(terminationLog) });
    });
    try {
      const run = await spawnEntry(
        ['dist/hook.js'],
        {
          // As hooks/job.yaml sets them (ARGOCD_SERVER and the Application name empty).
          POD_NAMESPACE: 'shop',
          POD_NAME: 'slo-gate-hx7wq',
          JOB_NAME: 'slo-gate',
          JOB_UID: '5b0f3c4e-8a1d-4f6b-9c2e-7d3a1b0e9f44',
          SLO_GATE_CONFIG: writeConfig(manySlos(10)),
          ARGOCD_APP_NAME: '',
          ARGOCD_APP_NAMESPACE: 'argocd',
          ARGOCD_SERVER: '',
          ARGOCD_TOKEN_FILE: join(dir, 'no-argocd-token'),
          PUSHGATEWAY_URL: urlOf(pushgateway),
          SLO_GATE_EVENT_TARGET: 'job',
          TMPDIR: dir,
          NODE_OPTIONS: '--max-old-space-size=192',
          KUBECONFIG: writeKubeconfig(join(dir, 'kubeconfig-all-hang'), api.url),
          PROMETHEUS_URL: urlOf(silentPrometheus.server),
          SLO_GATE_AT: String(T),
          SLO_GATE_FORMAT: 'json',
          SLO_GATE_MAX_DURATION: `${maxDurationSeconds}s`,
        },
        terminationLog,
      );
      expect(run.code).toBe(1);
      expect(reportOf(run).verdict).toBe('block');
      expect(run.termination).toMatch(/^slo-gate blocked, the sync is stopped: /);
      expect(run.termination).toContain("not measured: the run's 3s deadline passed");
      // Written before any network write was sent: the push found it on disk.
      expect(pushes).toEqual([{ terminationWritten: true }]);
      expect(api.calls.some((c) => c.method === 'POST' && c.path === '/api/v1/namespaces/shop/events')).toBe(
        true,
      );
      // Within the deadline (the live read ends by it; a little for starting Node), and the whole
      // run within the allowance the results get after the deadline.
      expect(run.terminationWrittenMs).toBeLessThan((maxDurationSeconds + 3) * 1000);
      expect(run.elapsedMs).toBeLessThan((maxDurationSeconds + resultsAllowanceSeconds) * 1000);
      // The API server was never asked for a list after the deadline: the note says so.
      expect(reportOf(run).hints.find((h) => h.id === 'live-signals-incomplete')?.evidence).toContain(
        "live cluster signals skipped: the run's 3s deadline passed before they were read",
      );
      // Each hanging write is one warning line; the verdict stands.
      expect(run.stderr).toContain(
        `slo-gate: warning: could not record the Event on Job shop/slo-gate: ${api.url} did not answer within 5 s; the verdict stands`,
      );
      expect(run.stderr).toContain(
        `slo-gate: warning: could not push the gate metrics to the Pushgateway at ${urlOf(pushgateway)} (timed out); the verdict stands`,
      );
    } finally {
      await close(silentPrometheus.server);
      await close(pushgateway);
      await api.stop();
    }
  }, 60_000);
});

describe('answers that cannot be an error ratio', () => {
  // Adding 0 × a count over the window keeps the number while using {{.window}}, as the config requires.
  const overWindow = (value: string) =>
    `${value} + 0 * sum(count_over_time(http_requests_total[{{.window}}]))`;
  const raw = (query: string) => `
slos:
  - name: odd
    objective: 99
    sli:
      raw:
        errorRatioQuery: ${overWindow(query)}
`;

  it.each([
    ['+Inf', 'vector(1) / vector(0)'],
    ['-Inf', 'vector(-1) / vector(0)'],
    ['-0.25', 'vector(-0.25)'],
    ['1.5', 'vector(1.5)'],
  ])('a ratio of %s is an invalid answer, weighed as onPrometheusError', async (shown, query) => {
    const run = await check(raw(query), prometheus.url);
    expect(run.code).toBe(1);
    const [slo] = reportOf(run).slos;
    expect(slo!.status).toBe('error');
    expect(slo!.reasons[0]).toContain(`invalid answer from Prometheus: errorRatioQuery over`);
    expect(slo!.reasons[0]).toContain(`answered ${shown} ("${query} + 0 * sum(count_over_time(`);
    expect(slo!.reasons[0]).toMatch(/; onPrometheusError: block$/);
  });

  it('errors above the total are an invalid answer naming both values', async () => {
    const run = await check(
      `
slos:
  - name: odd
    objective: 99
    policy:
      onPrometheusError: warn
    sli:
      events:
        errorQuery: ${overWindow('vector(20)')}
        totalQuery: ${overWindow('vector(10)')}
`,
      prometheus.url,
    );
    expect(run.code).toBe(0);
    const report = reportOf(run);
    expect(report.verdict).toBe('warn');
    expect(report.slos[0]!.status).toBe('error');
    expect(report.slos[0]!.reasons[0]).toContain("answered 20, more than totalQuery's 10");
    expect(report.slos[0]!.reasons[0]).toMatch(/; onPrometheusError: warn$/);
  });
});

describe('the response size cap', () => {
  it('a 100 MB body is refused with a message naming the query, and memory stays bounded', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const server = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      // 100 MiB, written as the client reads it; stops when the client hangs up.
      const pump = () => {
        while (sent < 100) {
          sent += 1;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (sent = 100));
      pump();
    });
    const config = writeConfig(manySlos(2));
    // The child writes its peak resident set size (KiB) on exit.
    const rssFile = join(dir, 'max-rss');
    const preload = join(dir, 'max-rss.mjs');
    writeFileSync(
      preload,
      `import { writeFileSync } from 'node:fs';\n` +
        `process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
    );
    const run = await spawnEntry([
      '--max-old-space-size=192',
      '--import',
      preload,
      'dist/cli.js',
      'check',
      '--config',
      config,
      '--prometheus-url',
      urlOf(server),
      '--at',
      String(T),
      '--format',
      'json',
    ]);
    await close(server);
    expect(run.code).toBe(1);
    const reason = reportOf(run).slos[0]!.reasons[0]!;
    expect(reason).toMatch(/answered more than 2 MiB to \/api\/v1\/query "sum\(rate\(http_requests_total/);
    expect(reason).toContain('refused to keep the gate');
    // 16 queries of 100 MiB each would be 1.6 GiB; capped, at most 8 (the concurrency) × 2 MiB are
    // held at once, well under the hook pod's 256 MiB limit.
    const maxRssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
    expect(maxRssMiB).toBeLessThan(256);
  }, 60_000);
});
