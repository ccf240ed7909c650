/**
 * Bounded cost, end to end: 50 services, `node dist/cli.js budget` against a real Prometheus behind
 * a stand-in proxy that is slow only for raw 30d queries — it holds any query with a `[30d]` range
 * over raw counters for 6 s and passes every other query straight through. That is what a
 * production Prometheus does with 30 days of a large service's samples, at a size this test can
 * hold; the recorded series' 30d query (avg_over_time of Sloth's 5m ratio) is not held.
 *
 * Data (two days, step 300 s, last sample T; rates are constant, so every window's ratio is the
 * rates' ratio): http_requests_total{service="s<i>"} at 10/s with code="500" at 0.005/s, a ratio of
 * 0.0005 (objective 99.9 %: burn 0.5, half the budget left). Services s0 … s39 also have Sloth's
 * recorded ratios (slo:sli_error:ratio_rate<W> = 0.0005). s40 … s48 have none, and s49 fails: 2/s of
 * its 10/s are errors (ratio 0.2, burn 200: the 1h/5m alert at 14.4x fires).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyOf, close, forwardTo, listen, urlOf } from '../support/http.js';
import {
  DAY,
  FIXED_END,
  type CounterSeries,
  type GaugeSeries,
  type RunningPrometheus,
  startPrometheus,
} from '../support/prometheus.js';

const T = FIXED_END;
const SERVICES = Array.from({ length: 50 }, (_, i) => `s${i}`);
const RECORDED = SERVICES.slice(0, 40);
const FAILING = 's49';
const SLOTH_WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'];
const HELD_MS = 6000;

const series: CounterSeries[] = SERVICES.flatMap((service) => {
  const errors = service === FAILING ? 2 : 0.005;
  return [
    { name: 'http_requests', labels: { service, code: '500' }, ratePerSecond: () => errors },
    { name: 'http_requests', labels: { service, code: '200' }, ratePerSecond: () => 10 - errors },
  ];
});
const gauges: GaugeSeries[] = RECORDED.flatMap((service) =>
  SLOTH_WINDOWS.map((window) => ({
    name: `slo:sli_error:ratio_rate${window}`,
    labels: { sloth_id: `${service}-availability`, sloth_window: window },
    valueAt: () => 0.0005,
  })),
);

let prometheus: RunningPrometheus;
let proxy: Server;
let dir: string;
const held: string[] = [];

/** Forwards to Prometheus; a raw 30d query is held first (never one over recorded series). */
async function forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await bodyOf(req);
  const query = new URLSearchParams(body).get('query') ?? '';
  if (query.includes('[30d]') && query.includes('http_requests_total')) {
    held.push(query);
    await new Promise((resolve) => setTimeout(resolve, HELD_MS).unref());
    if (res.destroyed || req.socket.destroyed) return;
  }
  await forwardTo(prometheus.url, req, res, body);
}

beforeAll(async () => {
  prometheus = await startPrometheus({ series, gauges, start: T - 2 * DAY, end: T, step: 300 });
  proxy = await listen((req, res) => {
    forward(req, res).catch(() => res.destroy());
  });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-bounded-'));
}, 180_000);

afterAll(async () => {
  await close(proxy);
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface SloReport {
  name: string;
  status: string;
  errorBudgetRemaining: number | null;
  reasons: string[];
  slowQueries?: { window: string; promql: string; seconds: number; timedOut?: boolean }[];
}

function runGate(config: string, maxDuration: string) {
  const file = join(dir, `gate-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, config);
  const args = ['dist/cli.js', 'budget', '--config', file, '--at', String(T), '--format', 'json'];
  const started = performance.now();
  return new Promise<{ code: number | null; slos: SloReport[]; verdict: string; elapsedMs: number }>(
    (resolve) => {
      const child = spawn(process.execPath, [...args, '--max-duration', maxDuration]);
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.on('close', (code) => {
        let report = { slos: [] as SloReport[], verdict: '' };
        try {
          report = JSON.parse(stdout) as typeof report;
        } catch {
          // left empty: the assertions say what was expected
        }
        resolve({ code, ...report, elapsedMs: performance.now() - started });
      });
    },
  );
}

// Concurrency above the 10 raw 30d requests: each times out on its own, rather than three in a row
// opening the breaker for the rest (which the reasons would then say instead).
const sloConfig = (prometheusExtra: string) => `prometheus:
  url: ${urlOf(proxy)}
  timeout: 10s
  concurrency: 32
${prometheusExtra}policy:
  onPrometheusError: warn
slos:
${SERVICES.map(
  (service) => `  - name: ${service}-availability
    objective: 99.9
    source: sloth
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="${service}",code="500"}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="${service}"}[{{.window}}]))
`,
).join('')}`;

describe('50 services where the raw 30d queries would time out', () => {
  it('finishes within --max-duration with a reason per SLO; only the failing service blocks', async () => {
    held.length = 0;
    const run = await runGate(sloConfig('  periodTimeout: 2s\n'), '30s');
    expect(run.elapsedMs).toBeLessThan(30_000);
    expect(run.slos).toHaveLength(50);
    const byName = new Map(run.slos.map((slo) => [slo.name.replace('-availability', ''), slo]));

    // Read from recording rules: judged as usual, half the budget left.
    for (const service of RECORDED) {
      const slo = byName.get(service)!;
      expect(slo.status).toBe('pass');
      expect(Math.abs(slo.errorBudgetRemaining! - 0.5)).toBeLessThan(1e-9);
    }
    // No recorded series: the raw 30d query timed out after periodTimeout, once (not retried).
    for (const service of SERVICES.slice(40, 49)) {
      const slo = byName.get(service)!;
      expect(slo.status).toBe('error');
      expect(slo.errorBudgetRemaining).toBeNull();
      expect(slo.reasons[0]).toMatch(
        /^30d budget not judged: the monitoring failed, not the service: Prometheus at \S+ did not answer within 2s; not retried: the same query would take as long; onPrometheusError: warn$/,
      );
      expect(slo.slowQueries).toContainEqual(expect.objectContaining({ window: '30d', timedOut: true }));
    }
    // The failing service blocks for what it does, even though its 30d budget could not be read.
    const failing = byName.get(FAILING)!;
    expect(failing.status).toBe('block');
    expect(failing.reasons[0]).toMatch(/^burn rate 200x over 1h and 200x over 5m exceeds 14.4x/);
    expect(failing.reasons).toContain(
      failing.reasons.find((r) => r.startsWith('30d budget not judged: the monitoring failed')),
    );
    expect(run.verdict).toBe('block');
    expect(run.code).toBe(1);
    // One raw 30d request (errors and total together) for each of the 10 services without recording
    // rules, sent once: not retried, nor asked again in halves.
    expect(held).toHaveLength(10);
  }, 60_000);

  it('a raw 30d query estimated past maxPeriodSamples is not sent, and the SLO says why', async () => {
    held.length = 0;
    // The error selector matches 1 series, the total 2; [1h] holds the 13 samples T-3600 … T of each
    // (one per 300 s, both ends): 39 an hour, 39 × 720 = 28,080 over 30d.
    const run = await runGate(sloConfig('  maxPeriodSamples: 10000\n'), '30s');
    const slo = run.slos.find((s) => s.name === 's40-availability')!;
    expect(slo.status).toBe('error');
    expect(slo.reasons[0]).toBe(
      '30d budget not judged: the monitoring failed, not the service: the 30d query was not sent: it would read about ' +
        '28,080 samples (39 in the last hour × 720 hours), more than prometheus.maxPeriodSamples 10,000 — read the SLO ' +
        'from recording rules (source: sloth or pyrra, see docs/slo-sources.md) or raise maxPeriodSamples; onPrometheusError: warn',
    );
    expect(held).toEqual([]);
  }, 60_000);
});
