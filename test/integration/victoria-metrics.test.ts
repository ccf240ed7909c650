/**
 * The gate end to end on VictoriaMetrics and on Prometheus holding the same generated history (31 days,
 * one sample a minute, the evaluation pinned to the last sample T): a series that appeared 40 minutes
 * ago, a counter reset, a scrape gap and a target that stopped reporting. Same expectations on both,
 * derived by hand below; where the two servers differ by design it is stated.
 *
 * Tolerance: burn rates and budgets within 1e-6 relative (float sums over 43,200 samples). Event counts
 * of a stopped target differ: Prometheus extrapolates the increase half a step (30 s) past the last
 * sample, VictoriaMetrics counts only what the samples hold.
 *
 * On VictoriaMetrics the gate reads each rate() as increase() over the range divided by the range:
 * its rate() divides by the time the series has samples, so the new series would read about 10x on
 * every window (checked below with a direct query).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DAY,
  FIXED_END,
  HOUR,
  MINUTE,
  type GaugeSeries,
  queryValue,
  type RunningPrometheus,
  startPrometheus,
} from '../support/prometheus.js';
import {
  type RunningVictoriaMetrics,
  startVictoriaMetrics,
  victoriaMetricsBinary,
} from '../support/victoria-metrics.js';

const T = FIXED_END;
const STEP = 60;
const START = T - 31 * DAY;
/** The new error series' first sample (value 0). */
const NEW_SINCE = T - 40 * MINUTE;
/** Both counters of `reset` restart: the sample at RESET_AT holds one step of events counted from 0. */
const RESET_AT = T - 3 * HOUR;
/** No samples strictly between these two times (a 20-minute scrape gap); the counters keep counting. */
const GAP = { after: T - 2 * HOUR, before: T - 100 * MINUTE };

const WINDOWS: Record<string, number> = {
  '5m': 300,
  '30m': 1800,
  '1h': HOUR,
  '2h': 2 * HOUR,
  '6h': 6 * HOUR,
  '1d': DAY,
  '3d': 3 * DAY,
  '30d': 30 * DAY,
};

/** A counter growing at `rate` per second from 1000 at START; the grid is the one sample layout. */
const growing =
  (rate: number) =>
  (t: number): number =>
    1000 + (t - START) * rate;

const series = (service: string, code: string, valueAt: (t: number) => number | undefined): GaugeSeries => ({
  name: 'http_requests_total',
  labels: { service, code },
  valueAt,
});

const history: GaugeSeries[] = [
  // newseries: 10 req/s; from NEW_SINCE on, 0.1/s of them fail on a 500 series that did not exist before.
  series('newseries', '200', (t) => 1000 + (t - START) * 10 - Math.max(0, t - NEW_SINCE) * 0.1),
  series('newseries', '500', (t) => (t < NEW_SINCE ? undefined : (t - NEW_SINCE) * 0.1)),
  // reset: 10 req/s, 0.05 % errors; both counters restart at RESET_AT.
  ...(
    [
      ['200', 9.995],
      ['500', 0.005],
    ] as const
  ).map(([code, rate]) =>
    series('reset', code, (t) => (t < RESET_AT ? growing(rate)(t) : (t - RESET_AT + STEP) * rate)),
  ),
  // gap: 10 req/s, 0.05 % errors; no samples in the gap.
  ...(
    [
      ['200', 9.995],
      ['500', 0.005],
    ] as const
  ).map(([code, rate]) =>
    series('gap', code, (t) => (t > GAP.after && t < GAP.before ? undefined : growing(rate)(t))),
  ),
  // healthy: 10 req/s, 0.02 % errors; evaluated 30 minutes after its last sample (a stopped target).
  series('healthy', '200', growing(9.998)),
  series('healthy', '500', growing(0.002)),
];

function slo(name: string, form: 'rate' | 'increase' = 'rate'): string {
  const of = (selector: string) => `sum(${form}(http_requests_total{${selector}}[{{.window}}]))`;
  return `
  - name: ${name}
    objective: 99.9
    window: 30d
    sli:
      events:
        errorQuery: ${of(`service="${name}",code=~"5.."`)}
        totalQuery: ${of(`service="${name}"`)}
`;
}

interface SloReport {
  name: string;
  status: string;
  errorBudgetRemaining: number | null;
  burnRates: Record<string, number | null>;
  reasons: string[];
  queries: { window: string; promql: string }[];
}

let dir: string;
let prometheus: RunningPrometheus;
let victoria: RunningVictoriaMetrics | undefined;
const binary = await victoriaMetricsBinary();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-vm-'));
  const grid = { start: START, end: T, step: STEP };
  [prometheus, victoria] = await Promise.all([
    startPrometheus({ series: [], gauges: history, ...grid }),
    binary ? startVictoriaMetrics({ binary, series: [], gauges: history, ...grid }) : undefined,
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([prometheus?.stop(), victoria?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function gate(url: string, body: string, at = T): { code: number | null; slos: SloReport[]; stderr: string } {
  const file = join(dir, `gate-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, `slos:${body}`);
  const result = spawnSync(
    process.execPath,
    [
      'dist/cli.js',
      'check',
      '--config',
      file,
      '--prometheus-url',
      url,
      '--at',
      String(at),
      '--format',
      'json',
    ],
    { encoding: 'utf8' },
  );
  let slos: SloReport[] = [];
  try {
    slos = (JSON.parse(result.stdout) as { slos: SloReport[] }).slos;
  } catch {
    // left empty: the assertions say what was expected
  }
  return { code: result.status, slos, stderr: result.stderr };
}

function expectClose(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-6 + 1e-12);
}

/*
 * newseries over a window of W seconds: 0.1 errors/s over min(W, 2400 s), 10 req/s over W, so the
 * burn is 0.1 · min(W, 2400) / (10 · W) / 0.001: 10 over 5m and 30m, 6.667 over 1h (2400/3600 · 10),
 * 3.333 over 2h, 1.111 over 6h, 0.2778 over 1d, 0.09259 over 3d, 0.009259 over 30d. No alert fires
 * (1h/5m needs 14.4, 6h/30m 6, 1d/2h 3, 3d/6h 1 on both windows); the budget keeps 1 − 0.009259.
 */
const NEW_SERIES_BURN = Object.fromEntries(
  Object.entries(WINDOWS).map(([w, seconds]) => [
    w,
    (0.1 * Math.min(seconds, 2400)) / (10 * seconds) / 0.001,
  ]),
);

const servers = () => [
  { name: 'Prometheus', url: prometheus.url },
  ...(victoria ? [{ name: 'VictoriaMetrics', url: victoria.url }] : []),
];

const describeVm = binary ? describe : describe.skip;

describeVm('on VictoriaMetrics and Prometheus alike', () => {
  it('a series that appeared 40 minutes ago: burn over its own minutes only, budget nearly whole', () => {
    for (const server of servers()) {
      const run = gate(server.url, slo('newseries'));
      const [result] = run.slos;
      expect({ server: server.name, status: result?.status }).toEqual({
        server: server.name,
        status: 'pass',
      });
      for (const [w, burn] of Object.entries(NEW_SERIES_BURN)) expectClose(result!.burnRates[w], burn);
      expectClose(result!.errorBudgetRemaining, 1 - (0.1 * 2400) / (10 * 30 * DAY) / 0.001);
    }
  });

  it("a counter reset: the restarted counters' events still count, burn 0.5 on every window", () => {
    // 0.005 / 10 = 0.0005 errors per request against a 0.001 budget; half of it left.
    for (const server of servers()) {
      const [result] = gate(server.url, slo('reset')).slos;
      expect({ server: server.name, status: result?.status }).toEqual({
        server: server.name,
        status: 'pass',
      });
      for (const w of Object.keys(WINDOWS)) expectClose(result!.burnRates[w], 0.5);
      expectClose(result!.errorBudgetRemaining, 0.5);
    }
  });

  it('a 20-minute scrape gap: the samples on both sides still bound every window, burn 0.5', () => {
    for (const server of servers()) {
      const [result] = gate(server.url, slo('gap')).slos;
      expect({ server: server.name, status: result?.status }).toEqual({
        server: server.name,
        status: 'pass',
      });
      for (const w of Object.keys(WINDOWS)) expectClose(result!.burnRates[w], 0.5);
      expectClose(result!.errorBudgetRemaining, 0.5);
    }
  });

  it('a target that stopped reporting 30 minutes ago: no data over 5m and 30m, onNoData warns', () => {
    /*
     * At T + 30 min, 5m and 30m hold no sample after T: no data. 1h holds T − 30 min … T: 1800 s of
     * 10 req/s = 18,000 events on VictoriaMetrics, 18,300 on Prometheus (30 s extrapolated); 6h
     * likewise 198,000 / 198,300. The ratio stays 0.0002 (burn 0.2) wherever there is data.
     */
    const events = { Prometheus: ['18,300', '198,300'], VictoriaMetrics: ['18,000', '198,000'] };
    for (const server of servers()) {
      const run = gate(server.url, slo('healthy'), T + 30 * MINUTE);
      expect(run.code).toBe(0);
      const [result] = run.slos;
      expect(result!.status).toBe('warn');
      expect(result!.burnRates['5m']).toBeNull();
      expect(result!.burnRates['30m']).toBeNull();
      expectClose(result!.burnRates['1h'], 0.2);
      const [hour, sixHours] = events[server.name as keyof typeof events];
      expect(result!.reasons).toEqual([
        `1h/5m alert: no data over 5m while 1h has ${hour} events: the series stopped reporting (onNoData: warn)`,
        `6h/30m alert: no data over 30m while 6h has ${sixHours} events: the series stopped reporting (onNoData: warn)`,
      ]);
    }
  });

  it('asks VictoriaMetrics in the increase() form, and its rate() would have been wrong', async () => {
    const [result] = gate(victoria!.url, slo('newseries')).slos;
    const monthly = result!.queries.find((q) => q.window === '30d')!.promql;
    // 30 days = 2,592,000 s.
    expect(monthly).toBe(
      '(sum((increase(http_requests_total{service="newseries",code=~"5.."}[30d]) / 2592000))) / ' +
        '(sum((increase(http_requests_total{service="newseries"}[30d]) / 2592000)))',
    );
    // VictoriaMetrics's own rate() over 30 days counts the new series at 0.1/s as if it had run all
    // month: errors 0.1/s against a total of the 200 series' 30-day average (10 − 0.1 · 2400 / 2,592,000)
    // plus the new series' 0.1, about a 9.9x burn where the right one is 0.009x.
    const raw = await queryValue(
      victoria!.url,
      'sum(rate(http_requests_total{service="newseries",code=~"5.."}[30d])) / sum(rate(http_requests_total{service="newseries"}[30d]))',
      T,
    );
    expectClose(raw, 0.1 / (10 - (0.1 * 2400) / (30 * DAY) + 0.1));
  });
});

describeVm('MetricsQL', () => {
  // increase_pure() is MetricsQL only: like increase(), counted from 0 for a series that starts inside
  // the window, so the new series gives the burn rates derived above.
  const metricsql = slo('newseries').replaceAll('sum(rate(', 'sum(increase_pure(');

  it('runs on VictoriaMetrics as written', () => {
    const [result] = gate(victoria!.url, metricsql).slos;
    expect(result!.status).toBe('pass');
    for (const [w, burn] of Object.entries(NEW_SERIES_BURN)) expectClose(result!.burnRates[w], burn);
  });

  it('on Prometheus is refused before any query, naming the function and the backend', () => {
    const run = gate(prometheus.url, metricsql);
    expect(run.code).toBe(1);
    const [result] = run.slos;
    expect(result!.status).toBe('error');
    expect(result!.reasons).toHaveLength(1);
    // The version is whatever the installed Prometheus reports (Debian's: 2.42.0+ds).
    expect(result!.reasons[0]).toMatch(
      /^errorQuery is not PromQL: unknown function increase_pure \(MetricsQL\?\) — Prometheus \S+ runs PromQL only; write the query in PromQL, or point prometheus\.url at VictoriaMetrics; onPrometheusError: block$/,
    );
  });
});

describe('on Prometheus, rate() and increase() forms of the same SLI', () => {
  it('give the same verdict, and burn rates and budgets within 1e-9', () => {
    for (const name of ['newseries', 'reset', 'gap', 'healthy']) {
      const raw = gate(prometheus.url, slo(name, 'rate'));
      const increase = gate(prometheus.url, slo(name, 'increase'));
      const [a] = raw.slos;
      const [b] = increase.slos;
      expect({ name, code: increase.code, status: b?.status }).toEqual({
        name,
        code: raw.code,
        status: a?.status,
      });
      for (const w of Object.keys(WINDOWS)) {
        const [x, y] = [a!.burnRates[w]!, b!.burnRates[w]!];
        expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x)));
      }
      expect(Math.abs(a!.errorBudgetRemaining! - b!.errorBudgetRemaining!)).toBeLessThanOrEqual(1e-9);
    }
  });
});
