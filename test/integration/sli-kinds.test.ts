/**
 * The latency and boolGauge SLI kinds end to end: `node dist/cli.js` against a real Prometheus
 * holding 8 days of generated history (step 60 s), the evaluation pinned to the last sample T.
 * Every expected number is derived by hand below from the sample layout.
 *
 * Classic histogram (service="checkout"): `_bucket` and `_count` series written in closed form,
 * v(t) = 1000 + r·(t - start), with r per second: le="0.1" 6, le="0.30" 9.97 (the boundary spelled
 * as some clients do; the threshold 300ms must find it), le="1" 9.99, le="+Inf" and _count 10.
 * In Prometheus 2.x a range [W] at T holds the samples T-W ... T, so rate(v[W]) = (v(T) - v(T-W))/W
 * = r for every window. Errors: 10 - 9.97 = 0.03/s of 10/s, an error ratio of 0.003 everywhere;
 * objective 99.5 % (budget 0.005): burn rate 0.6 in every window, budget remaining 1 - 0.6 = 0.4.
 *
 * service="pay" (attribution by route): /cart and /pay 5/s each, of which 4.9/s and 4/s within
 * le="0.3": 1.1 slow of 10 per second, ratio 0.11, burn 22; the slow ones are 1/1.1 /pay, 0.1/1.1 /cart.
 *
 * Bool gauge: probe_success{instance="a"} is 1 at every sample; {instance="b"} is 1 until T-3600
 * and 0 at the 60 samples T-3540 ... T. A window W (≥ 1 min) holds W/60 + 1 samples per series:
 *   W < 1h:  b is 0 at all of them: errors (W/60 + 1) of 2·(W/60 + 1), ratio 1/2;
 *   W ≥ 1h:  60 zeros of 2·(W/60 + 1) samples: ratio 60 / (2·(W/60 + 1)).
 * Objective 99 % (budget 0.01): 1h: 60/122 / 0.01; 6h: 60/722 / 0.01; 7d: 60/20162 / 0.01, and the
 * budget remaining is 1 - (60/20162)/0.01.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DAY,
  FIXED_END,
  HOUR,
  type GaugeSeries,
  type RunningPrometheus,
  startPrometheus,
} from '../support/prometheus.js';

const T = FIXED_END;
const START = T - 8 * DAY;

/** A histogram series growing at `rate` per second from 1000 at START. */
function histogramSeries(name: string, labels: Record<string, string>, rate: number): GaugeSeries {
  return { name, labels, valueAt: (t) => 1000 + rate * (t - START) };
}

const BUCKET_RATES: Record<string, number> = { '0.1': 6, '0.30': 9.97, '1': 9.99, '+Inf': 10 };
const gauges: GaugeSeries[] = [
  ...Object.entries(BUCKET_RATES).map(([le, rate]) =>
    histogramSeries('http_request_duration_seconds_bucket', { service: 'checkout', le }, rate),
  ),
  histogramSeries('http_request_duration_seconds_count', { service: 'checkout' }, 10),
  // A histogram without a 0.3 boundary: the nearest are 0.25 and 0.5.
  ...['0.25', '0.5', '+Inf'].map((le) =>
    histogramSeries('http_request_duration_seconds_bucket', { service: 'search', le }, 1),
  ),
  // service="pay", two routes of 5/s each; within 0.3 s: /cart 4.9/s, /pay 4/s.
  ...Object.entries({ '/cart': 4.9, '/pay': 4 }).flatMap(([route, fast]) => [
    histogramSeries('http_request_duration_seconds_bucket', { service: 'pay', route, le: '0.3' }, fast),
    histogramSeries('http_request_duration_seconds_bucket', { service: 'pay', route, le: '+Inf' }, 5),
    histogramSeries('http_request_duration_seconds_count', { service: 'pay', route }, 5),
  ]),
  { name: 'probe_success', labels: { job: 'blackbox', instance: 'a' }, valueAt: () => 1 },
  {
    name: 'probe_success',
    labels: { job: 'blackbox', instance: 'b' },
    valueAt: (t) => (t > T - HOUR ? 0 : 1),
  },
];

let prometheus: RunningPrometheus;
let dir: string;

beforeAll(async () => {
  prometheus = await startPrometheus({ series: [], gauges, start: START, end: T, step: 60 });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-sli-kinds-'));
}, 120_000);

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

interface Run {
  code: number | null;
  stderr: string;
  slos: SloReport[];
  hints: { id: string; slo?: string; evidence: string[] }[];
  file: string;
}

function runGate(configBody: string): Run {
  const file = join(dir, `gate-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, configBody);
  const result = spawnSync(
    process.execPath,
    [
      'dist/cli.js',
      'budget',
      '--config',
      file,
      '--prometheus-url',
      prometheus.url,
      '--at',
      String(T),
      '--format',
      'json',
    ],
    { encoding: 'utf8' },
  );
  let report: Pick<Run, 'slos' | 'hints'> = { slos: [], hints: [] };
  try {
    report = JSON.parse(result.stdout) as Pick<Run, 'slos' | 'hints'>;
  } catch {
    // left empty: the test's assertions say what was expected
  }
  return { code: result.status, stderr: result.stderr, slos: report.slos, hints: report.hints, file };
}

function expectClose(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9);
}

const latencySlo = (service: string) => `slos:
  - name: ${service}-latency
    objective: 99.5
    window: 7d
    sli:
      latency:
        histogram: http_request_duration_seconds
        selector: '{service="${service}"}'
        threshold: 300ms
`;

describe('latency SLI on a classic histogram', () => {
  it('finds the boundary spelled "0.30" and measures _count - _bucket: burn 0.6 everywhere, 40 % left', () => {
    const run = runGate(latencySlo('checkout'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [slo] = run.slos;
    expect(slo!.status).toBe('pass');
    expect(Object.keys(slo!.burnRates)).toContain('7d');
    for (const burn of Object.values(slo!.burnRates)) expectClose(burn, 0.6);
    expectClose(slo!.errorBudgetRemaining, 0.4);
    expect(slo!.queries.find((q) => q.window === '1h')!.promql).toBe(
      '(sum(rate(http_request_duration_seconds_count{service="checkout"}[1h])) - sum(rate(http_request_duration_seconds_bucket{service="checkout", le="0.30"}[1h]))) / (sum(rate(http_request_duration_seconds_count{service="checkout"}[1h])))',
    );
  });

  it('refuses a threshold that is no bucket boundary, at its line, naming the nearest boundaries (exit 2)', () => {
    const run = runGate(latencySlo('search'));
    expect(run.code).toBe(2);
    // threshold: is on line 9 of the config, its value at column 20.
    expect(run.stderr).toContain(
      `${run.file}:9:20: SLO "search-latency": threshold 300ms is not a bucket boundary of http_request_duration_seconds_bucket{service="search"} (no le equals 0.3); the nearest are le="0.25" and le="0.5"`,
    );
    expect(run.stderr).toContain('fix: set threshold to a bucket boundary (0.25s or 0.5s)');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('latency SLI with attribution', () => {
  it('breaks the slow requests down by route: /pay 1 of the 1.1 slow per second, /cart 0.1', () => {
    const run = runGate(`${latencySlo('pay')}    attribution: [route]\n`);
    const [slo] = run.slos;
    // (0.1 + 1) slow of 10 per second: ratio 0.11, burn 0.11 / 0.005 = 22 in every window.
    for (const burn of Object.values(slo!.burnRates)) expectClose(burn, 22);
    expect(run.code).toBe(1);
    const hint = run.hints.find((h) => h.id === 'error-attribution')!;
    // The worst firing alert's long window is 1h; 1/1.1 = 90.91 %, 0.1/1.1 = 9.09 %.
    expect(hint.slo).toBe('pay-latency');
    expect(hint.evidence).toEqual([
      'route=/pay: 90.91% of errors over 1h',
      'route=/cart: 9.09% of errors over 1h',
    ]);
  });
});

describe('boolGauge SLI', () => {
  it('counts the 0 samples as errors and every sample as an event: the ratios derived in the header', () => {
    const run = runGate(`slos:
  - name: probe
    objective: 99
    window: 7d
    sli:
      boolGauge:
        query: probe_success{job="blackbox"}
`);
    const [slo] = run.slos;
    expectClose(slo!.burnRates['5m'], 0.5 / 0.01);
    expectClose(slo!.burnRates['30m'], 0.5 / 0.01);
    expectClose(slo!.burnRates['1h'], 60 / 122 / 0.01);
    expectClose(slo!.burnRates['6h'], 60 / 722 / 0.01);
    expectClose(slo!.burnRates['7d'], 60 / 20162 / 0.01);
    expectClose(slo!.errorBudgetRemaining, 1 - 60 / 20162 / 0.01);
    // Every sample is an event: 2·(5 + 1) = 12 in 5m and 2·(30 + 1) = 62 in 30m, below the default
    // minEvents of 100, so the fast alerts are not judged; the 1d/2h alert (above 1.4x) warns.
    expect(slo!.reasons).toContain('1h/5m alert not judged: 12 events over 5m, fewer than minEvents 100');
    expect(slo!.reasons).toContain('6h/30m alert not judged: 62 events over 30m, fewer than minEvents 100');
    expect(slo!.status).toBe('warn');
    expect(run.code).toBe(0);
  });
});
