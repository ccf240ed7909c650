/**
 * Recording rules as a source, end to end: `node dist/cli.js budget` against a real Prometheus
 * holding 31 days (step 60 s, last sample T) of raw counters and of the series Sloth's and Pyrra's
 * recording rules would have recorded from them. Every expected number is derived by hand below.
 *
 * Raw counters, job="checkout": total 10/s with errors 0.01/s (0.1 %) until t0 = T - 10d, then
 * 2/s with errors 0.02/s (1 %). Raw 30d ratio at T (rate over [T-30d, T)): errors 20d·0.01 + 10d·0.02
 * = 0.4 d/s, total 20d·10 + 10d·2 = 220 d/s: 0.4 / 220; objective 99 % (budget 0.01): burn 0.4/220/0.01.
 *
 * Sloth's `slo:sli_error:ratio_rate<W>` at t is the ratio of the counters' increases over [t-W, t):
 * (E(t) - E(t-W)) / (N(t) - N(t-W)) with E, N the cumulative errors and total. Its period rule is
 * the mean of the 5m ratios over the period. Prometheus 2.x holds the samples T-30d ... T in [30d]:
 * 43201 of them; 28801 at t ≤ t0 (0.1 %), 14396 at t ≥ t0 + 5m (1 %), and at t0 + 60·i (i = 1..4)
 * a 5m window of i new and 5 - i old minutes: (0.02·i + 0.01·(5-i)) / (2·i + 10·(5-i)).
 *
 * Pyrra (resource api-errors, window 4w) has only recorded series here, no raw counters: its
 * `api_requests:burnrate<W>{slo="api-errors"}` are 0.02 for Pyrra's windows 5m … 1d and 4d, and its
 * `api_requests:increase4w{slo="api-errors",code}` are 24,192,000 total (10/s over 28 d) of which
 * 483,840 have code 500: ratio 0.02, objective 95 % (budget 0.05): burn 0.4, 60 % left. A window
 * Pyrra does not record (3d) falls back to raw queries, which find no counters.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DAY,
  FIXED_END,
  MINUTE,
  type CounterSeries,
  type GaugeSeries,
  type RunningPrometheus,
  startPrometheus,
} from '../support/prometheus.js';

const T = FIXED_END;
const START = T - 31 * DAY;
const T0 = T - 10 * DAY;

const errorRate = (t: number) => (t < T0 ? 0.01 : 0.02);
const totalRate = (t: number) => (t < T0 ? 10 : 2);
/** Events counted from START to t, the rate read at the start of each step as the counters are written. */
const cumulative = (before: number, after: number) => (t: number) =>
  t <= T0 ? before * (t - START) : before * (T0 - START) + after * (t - T0);
const E = cumulative(0.01, 0.02);
const N = cumulative(10, 2);

const SLOTH_WINDOWS: Record<string, number> = {
  '5m': 5 * MINUTE,
  '30m': 30 * MINUTE,
  '1h': 60 * MINUTE,
  '2h': 120 * MINUTE,
  '6h': 360 * MINUTE,
  '1d': DAY,
  '3d': 3 * DAY,
};
const PYRRA_WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '4d'];

const series: CounterSeries[] = [
  { name: 'http_requests', labels: { job: 'checkout', code: '500' }, ratePerSecond: errorRate },
  {
    name: 'http_requests',
    labels: { job: 'checkout', code: '200' },
    ratePerSecond: (t) => totalRate(t) - errorRate(t),
  },
];

const gauges: GaugeSeries[] = [
  ...Object.entries(SLOTH_WINDOWS).map(([window, seconds]) => ({
    name: `slo:sli_error:ratio_rate${window}`,
    labels: {
      sloth_id: 'checkout-availability',
      sloth_service: 'checkout',
      sloth_slo: 'availability',
      sloth_window: window,
    },
    valueAt: (t: number) => (E(t) - E(t - seconds)) / (N(t) - N(t - seconds)),
  })),
  ...PYRRA_WINDOWS.map((window) => ({
    name: `api_requests:burnrate${window}`,
    labels: { slo: 'api-errors', job: 'api' },
    valueAt: () => 0.02,
  })),
  {
    name: 'api_requests:increase4w',
    labels: { slo: 'api-errors', job: 'api', code: '200' },
    valueAt: () => 24_192_000 - 483_840,
  },
  {
    name: 'api_requests:increase4w',
    labels: { slo: 'api-errors', job: 'api', code: '500' },
    valueAt: () => 483_840,
  },
];

let prometheus: RunningPrometheus;
let dir: string;

beforeAll(async () => {
  prometheus = await startPrometheus({ series, gauges, start: START, end: T, step: 60 });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-recorded-'));
}, 180_000);

afterAll(async () => {
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface SloReport {
  name: string;
  status: string;
  errorBudgetRemaining: number | null;
  burnRates: Record<string, number | null>;
  reasons: string[];
  queries: { window: string; promql: string }[];
}

function runGate(configBody: string, files: Record<string, string> = {}) {
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  const file = join(dir, `gate-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, configBody);
  const args = ['dist/cli.js', 'budget', '--config', file, '--prometheus-url', prometheus.url];
  const result = spawnSync(process.execPath, [...args, '--at', String(T), '--format', 'json'], {
    encoding: 'utf8',
  });
  let slos: SloReport[] = [];
  try {
    slos = (JSON.parse(result.stdout) as { slos: SloReport[] }).slos;
  } catch {
    // left empty: the assertions say what was expected
  }
  return { code: result.status, stderr: result.stderr, slos };
}

function expectClose(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9);
}

const checkoutSlo = (name: string, source: string) => `slos:
  - name: ${name}
    objective: 99
    window: 30d
    source: ${source}
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{job="checkout",code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{job="checkout"}[{{.window}}]))
`;

/** The mean of the 43201 recorded 5m ratios over [T-30d, T], counted as in the header. */
const slothPeriodRatio =
  (28801 * 0.001 +
    [1, 2, 3, 4].reduce((sum, i) => sum + (0.02 * i + 0.01 * (5 - i)) / (2 * i + 10 * (5 - i)), 0) +
    14396 * 0.01) /
  43201;
const rawPeriodRatio = 0.4 / 220;

describe('source: sloth', () => {
  it("reads Sloth's recorded ratios: the period is the mean of the 5m ratios, not the raw ratio", () => {
    const run = runGate(checkoutSlo('checkout-availability', 'sloth'));
    expect(run.stderr).toBe('');
    const [slo] = run.slos;
    expectClose(slo!.burnRates['30d'], slothPeriodRatio / 0.01);
    expectClose(slo!.errorBudgetRemaining, 1 - slothPeriodRatio / 0.01);
    // Every window up to 3d lies after t0: 1 % errors, burn 1.
    for (const window of Object.keys(SLOTH_WINDOWS)) expectClose(slo!.burnRates[window], 1);
    const query = (window: string) => slo!.queries.find((q) => q.window === window)!.promql;
    expect(query('1h')).toBe('slo:sli_error:ratio_rate1h{sloth_id="checkout-availability"}');
    expect(query('30d')).toBe(
      'avg_over_time(slo:sli_error:ratio_rate5m{sloth_id="checkout-availability"}[30d])',
    );
    expect(slo!.reasons.join('\n')).not.toContain('raw queries');
  });

  it('falls back to raw queries with a warning when the recorded series are absent', () => {
    const run = runGate(checkoutSlo('checkout-unrecorded', 'sloth'));
    const [slo] = run.slos;
    expectClose(slo!.burnRates['30d'], rawPeriodRatio / 0.01);
    expectClose(slo!.errorBudgetRemaining, 1 - rawPeriodRatio / 0.01);
    expect(slo!.reasons).toContain(
      `warning: Sloth's slo:sli_error:ratio_rate<window>{sloth_id="checkout-unrecorded"} absent for 5m, 30m, 1h, 2h, 6h, 1d, 3d, 30d: measured with raw queries`,
    );
    expect(slo!.queries.find((q) => q.window === '30d')!.promql).toContain('rate(http_requests_total');
  });

  it('source: raw measures the raw counters without looking for recorded series', () => {
    const run = runGate(checkoutSlo('checkout-availability', 'raw'));
    const [slo] = run.slos;
    expectClose(slo!.burnRates['30d'], rawPeriodRatio / 0.01);
    expect(slo!.reasons.join('\n')).not.toContain('raw queries');
  });
});

describe('an imported Pyrra resource (recording rules detected)', () => {
  it("reads Pyrra's burnrate and increase rules; the window Pyrra does not record falls back to raw", () => {
    const pyrra = `apiVersion: pyrra.dev/v1alpha1
kind: ServiceLevelObjective
metadata:
  name: api-errors
spec:
  target: "95"
  window: 4w
  indicator:
    ratio:
      errors:
        metric: api_requests_total{job="api",code=~"5.."}
      total:
        metric: api_requests_total{job="api"}
`;
    const run = runGate('include: [api.pyrra.yaml]\n', { 'api.pyrra.yaml': pyrra });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [slo] = run.slos;
    expect(slo!.status).toBe('pass');
    expectClose(slo!.burnRates['4w'], 0.4);
    expectClose(slo!.errorBudgetRemaining, 0.6);
    for (const window of ['5m', '30m', '1h', '2h', '6h', '1d']) expectClose(slo!.burnRates[window], 0.4);
    expect(slo!.burnRates['3d']).toBeNull();
    const query = (window: string) => slo!.queries.find((q) => q.window === window)!.promql;
    expect(query('1h')).toBe('api_requests:burnrate1h{slo="api-errors"}');
    expect(query('4w')).toBe(
      '(sum(api_requests:increase4w{job="api",code=~"5..",slo="api-errors"})) / (sum(api_requests:increase4w{job="api",slo="api-errors"}))',
    );
    expect(slo!.reasons).toContain(
      `warning: Pyrra's <metric>:burnrate<window> / :increase<period>{slo="api-errors"} absent for 3d: measured with raw queries`,
    );
  });
});
