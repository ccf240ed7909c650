/**
 * The latency SLI on a native histogram (`native: true`) end to end: a real Prometheus started with
 * `--enable-feature=native-histograms` scrapes, every second, a local target serving one native
 * histogram in the protobuf exposition format (backfill from OpenMetrics cannot carry native
 * histograms), and `node dist/cli.js budget` evaluates at the time T of the last scraped sample.
 *
 * The target: scrape n answers 90·n observations of 0.1 s and 10·n of 1 s, schema 0, where bucket i
 * holds (2^(i-1), 2^i]: 0.1 s is in bucket -3 (0.0625, 0.125], 1 s in bucket 0 (0.5, 1].
 * rate() over any window subtracts the first sample in it from the last, bucket by bucket, and scales
 * the difference by one extrapolation factor k: bucket -3 gets k·90·d and bucket 0 k·10·d (d scrapes
 * apart), so histogram_count = k·100·d. 0.5 = 2^-1 is the upper boundary of bucket -1, so
 * histogram_fraction(0, 0.5, ·) counts all of bucket -3 and none of bucket 0, no interpolation:
 * 90/100 = 0.9, whatever k and d. Errors = count · (1 - 0.9), an error ratio of 0.1 in every window
 * that holds two samples or more (all of them: every sample is seconds old at T).
 * Objective 99 % (budget 0.01): burn rate 0.1/0.01 = 10 in every window, budget remaining
 * 1 - 0.1/0.01 = -9: the budget is exhausted, status block, exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { type NativeHistogramTarget, startNativeHistogramTarget } from '../support/native-histogram.js';
import { queryValue, type RunningPrometheus, startPrometheus } from '../support/prometheus.js';

const HISTOGRAM = 'checkout_request_duration_seconds';
const MIN_SAMPLES = 3;
const SAMPLES_TIMEOUT_MS = 60_000;

let target: NativeHistogramTarget;
let prometheus: RunningPrometheus;
let dir: string;
/** Unix seconds of the last scraped sample: every query of the gate is pinned to it. */
let lastSampleTime: number;

/** Timestamps (unix seconds) of the histogram's samples in the last minute. */
async function sampleTimes(url: string): Promise<number[]> {
  const response = await fetch(`${url}/api/v1/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query: `${HISTOGRAM}[1m]`, time: String(Date.now() / 1000) }),
  });
  const body = (await response.json()) as {
    status: string;
    error?: string;
    data?: { result: { histograms?: [number, unknown][] }[] };
  };
  if (body.status !== 'success') throw new Error(`${HISTOGRAM}[1m]: ${body.error ?? 'failed'}`);
  return (body.data?.result[0]?.histograms ?? []).map(([time]) => time);
}

interface HistogramValue {
  count: string;
  sum: string;
  /** [boundary rule, lower, upper, count]; rule 0: (lower, upper] */
  buckets: [number, string, string, string][];
}

/** The histogram's sample at `time`, as the query API returns a native histogram. */
async function histogramAt(url: string, time: number): Promise<HistogramValue> {
  const response = await fetch(`${url}/api/v1/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query: HISTOGRAM, time: String(time) }),
  });
  const body = (await response.json()) as { data?: { result: { histogram?: [number, HistogramValue] }[] } };
  const histogram = body.data?.result[0]?.histogram?.[1];
  if (!histogram) throw new Error(`${HISTOGRAM} at ${time}: no native histogram in ${JSON.stringify(body)}`);
  return histogram;
}

/** Polls `count_over_time` until Prometheus holds MIN_SAMPLES samples; bounded by SAMPLES_TIMEOUT_MS. */
async function waitForSamples(url: string): Promise<void> {
  const deadline = Date.now() + SAMPLES_TIMEOUT_MS;
  const query = `count_over_time(${HISTOGRAM}[1m])`;
  for (;;) {
    const count = await queryValue(url, query, Date.now() / 1000).catch(() => 0);
    if (count >= MIN_SAMPLES) return;
    if (Date.now() > deadline) {
      throw new Error(
        `${query} = ${count} after ${SAMPLES_TIMEOUT_MS / 1000} s (${target.scrapes()} scrapes served)`,
      );
    }
    await delay(200);
  }
}

beforeAll(async () => {
  target = await startNativeHistogramTarget(HISTOGRAM, [
    { value: 0.1, count: 90 },
    { value: 1, count: 10 },
  ]);
  prometheus = await startPrometheus({
    series: [],
    extraFlags: ['--enable-feature=native-histograms'],
    scrapeConfigs: [
      {
        job_name: 'native-target',
        scrape_interval: '1s',
        scrape_timeout: '1s',
        static_configs: [{ targets: [target.address] }],
      },
    ],
  });
  await waitForSamples(prometheus.url);
  const times = await sampleTimes(prometheus.url);
  lastSampleTime = times.at(-1)!;
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-native-'));
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  await target?.close();
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

function runBudget(configBody: string): { code: number | null; stderr: string; slos: SloReport[] } {
  const file = join(dir, 'slo-gate.yaml');
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
      String(lastSampleTime),
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
  return { code: result.status, stderr: result.stderr, slos };
}

function expectClose(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9);
}

// A few seconds of scrapes hold a few hundred events per window: minEvents 1 keeps every window judged
// whatever the scrape timing.
const CONFIG = `slos:
  - name: checkout-latency
    objective: 99
    window: 7d
    sli:
      latency:
        histogram: ${HISTOGRAM}
        threshold: 500ms
        native: true
policy:
  minEvents: 1
`;

describe('latency SLI on a native histogram, scraped by a real Prometheus', () => {
  it('Prometheus holds the scraped samples as a native histogram with the two buckets served', async () => {
    expect(
      await queryValue(prometheus.url, `count_over_time(${HISTOGRAM}[1m])`, lastSampleTime),
    ).toBeGreaterThanOrEqual(MIN_SAMPLES);
    const histogram = await histogramAt(prometheus.url, lastSampleTime);
    // Scrape n: count 100·n, sum 90·n·0.1 + 10·n·1 = 19·n; bucket boundaries as Prometheus writes them.
    const n = Number(histogram.count) / 100;
    expect(Number.isInteger(n) && n >= MIN_SAMPLES).toBe(true);
    expect(Number(histogram.sum)).toBeCloseTo(19 * n, 9);
    expect(histogram.buckets).toEqual([
      [0, '0.0625', '0.125', String(90 * n)],
      [0, '0.5', '1', String(10 * n)],
    ]);
  });

  it('measures 10 % slower than 500ms: burn 10x in every window, -900 % budget left, blocks', () => {
    const run = runBudget(CONFIG);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const [slo] = run.slos;
    expect(slo!.name).toBe('checkout-latency');
    expect(slo!.status).toBe('block');
    expect(Object.keys(slo!.burnRates)).toContain('7d');
    for (const burn of Object.values(slo!.burnRates)) expectClose(burn, 10);
    expectClose(slo!.errorBudgetRemaining, -9);
    expect(slo!.reasons.some((reason) => reason.includes('error budget exhausted'))).toBe(true);
  });

  it('reports the native-histogram queries it ran', () => {
    const [slo] = runBudget(CONFIG).slos;
    const rate = (window: string) => `sum(rate(${HISTOGRAM}[${window}]))`;
    expect(slo!.queries.length).toBeGreaterThan(0);
    for (const { window, promql } of slo!.queries) {
      expect(promql).toBe(
        `(histogram_count(${rate(window)}) * (1 - histogram_fraction(0, 0.5, ${rate(window)}))) / (histogram_count(${rate(window)}))`,
      );
    }
    expect(slo!.queries.map((q) => q.window)).toContain('7d');
  });
});
