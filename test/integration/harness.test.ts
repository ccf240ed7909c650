// Proves the test harness against the real Prometheus: backfilled counters come back with the rates and
// error ratios derived by hand from the documented sample layout (scripts/lib/prometheus.mjs):
//   samples at t_k = start + k*60 s; value(t_0) = 1000; value(t_{k+1}) = value(t_k) + rate(t_k) * 60.
// Prometheus 2.x range selectors include both ends, so rate(x[W]) at T (W a multiple of 60 s, history at
// least W long) sees samples T-W .. T, needs no extrapolation, and equals (value(T) - value(T-W)) / W.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import {
  DAY,
  FIXED_END,
  HOUR,
  MINUTE,
  type RunningPrometheus,
  queryValue,
  instantQuery,
  startPrometheus,
  steady,
  stepChange,
} from '../support/prometheus.js';

const STEP = MINUTE;
const END = FIXED_END;
const START = END - 30 * DAY;
const ERRORS_START = END - 2 * HOUR; // the "step" service starts failing here

const errorRatio = (service: string, window: string): string =>
  `sum(rate(http_requests_total{service="${service}",code=~"5.."}[${window}])) / ` +
  `sum(rate(http_requests_total{service="${service}"}[${window}]))`;

describe('real Prometheus with 30 days of backfilled history', () => {
  let prometheus: RunningPrometheus;

  beforeAll(async () => {
    const began = performance.now();
    prometheus = await startPrometheus({
      start: START,
      end: END,
      step: STEP,
      series: [
        // steady: 10 req/s, 1 % errors, for 30 days
        { name: 'http_requests', labels: { service: 'steady', code: '200' }, ratePerSecond: steady(9.9) },
        { name: 'http_requests', labels: { service: 'steady', code: '500' }, ratePerSecond: steady(0.1) },
        // step: 10 req/s; no errors until END-2h, then 5 % (0.5 req/s of the 10)
        {
          name: 'http_requests',
          labels: { service: 'step', code: '200' },
          ratePerSecond: stepChange(ERRORS_START, 10, 9.5),
        },
        {
          name: 'http_requests',
          labels: { service: 'step', code: '500' },
          ratePerSecond: stepChange(ERRORS_START, 0, 0.5),
        },
      ],
    });
    console.error(
      `harness: 4 series x 30 days at 60 s: write + backfill + start took ${Math.round(performance.now() - began)} ms`,
    );
  }, 60_000);

  afterAll(async () => {
    await prometheus?.stop();
  });

  it('reports the last sample time on the grid', () => {
    expect(prometheus.lastSampleTime).toBe(END);
    expect(prometheus.url).toBe(`http://127.0.0.1:${prometheus.port}`);
  });

  it.each(['5m', '1h', '30d'])('gives the steady 1 %% error ratio over %s', async (window) => {
    const ratio = await queryValue(prometheus.url, errorRatio('steady', window), prometheus.lastSampleTime);
    expect(Math.abs(ratio - 0.01)).toBeLessThan(1e-9);
  });

  it('gives the analytic request rate of 10 req/s over 1h', async () => {
    const rate = await queryValue(
      prometheus.url,
      'sum(rate(http_requests_total{service="steady"}[1h]))',
      prometheus.lastSampleTime,
    );
    expect(Math.abs(rate - 10)).toBeLessThan(1e-9);
  });

  it('keeps the whole 30 days: increase over 30d is 10 req/s * 30 * 86400 s', async () => {
    // Without retention.time=90d, Prometheus would drop blocks older than 15 days at start-up.
    const increase = await queryValue(
      prometheus.url,
      'sum(increase(http_requests_total{service="steady"}[30d]))',
      prometheus.lastSampleTime,
    );
    expect(Math.abs(increase - 10 * 30 * DAY)).toBeLessThan(1e-6);
  });

  it('writes the documented layout: the new rate first shows in the sample after the change', async () => {
    const errorsAt = (t: number) =>
      queryValue(prometheus.url, 'http_requests_total{service="step",code="500"}', t);
    // value(t) = 1000 + 60 * sum of rate(t_j) for t_j < t; the rate is 0 before ERRORS_START, 0.5 from it.
    expect(await errorsAt(ERRORS_START)).toBe(1000);
    expect(await errorsAt(ERRORS_START + STEP)).toBe(1000 + 0.5 * 60);
    expect(await errorsAt(END)).toBe(1000 + 0.5 * 2 * HOUR);
  });

  it('gives exactly the new 5 % ratio over 1h after the step change', async () => {
    // Window [END-1h, END] lies entirely after ERRORS_START: 0.5 / (9.5 + 0.5).
    const ratio = await queryValue(prometheus.url, errorRatio('step', '1h'), prometheus.lastSampleTime);
    expect(Math.abs(ratio - 0.05)).toBeLessThan(1e-9);
  });

  it('gives the hand-derived ratio over 6h, which includes 4h without errors', async () => {
    // rate(x[6h]) at END sees samples END-6h .. END (361 samples spanning the full 21600 s window, so the
    // extrapolation factor is 1; were it not, it would scale numerator and denominator alike).
    //   errors: value_500(END) - value_500(END-6h) = sum over the 360 intervals starting at
    //           END-6h .. END-60s of rate(t_j) * 60; only the 120 starting at or after ERRORS_START = END-2h
    //           have rate 0.5, so the increase is 120 * 0.5 * 60 = 3600.
    //   total:  both series together add 10 req/s * 60 s in each of the 360 intervals = 216000.
    //   ratio = 3600 / 216000 = 1/60 (= 5 % x 2h/6h).
    const ratio = await queryValue(prometheus.url, errorRatio('step', '6h'), prometheus.lastSampleTime);
    expect(Math.abs(ratio - 1 / 60)).toBeLessThan(1e-9);
  });
});

describe('real Prometheus without history', () => {
  it('starts empty, answers queries with no series, and stop() shuts it down and removes its data', async () => {
    const began = performance.now();
    const prometheus = await startPrometheus({ series: [] });
    console.error(`harness: empty Prometheus started in ${Math.round(performance.now() - began)} ms`);
    try {
      const samples = await instantQuery(
        prometheus.url,
        'count({__name__=~".+"})',
        prometheus.lastSampleTime,
      );
      expect(samples).toEqual([]);
      expect(existsSync(prometheus.dataDir)).toBe(true);
    } finally {
      await prometheus.stop();
    }
    expect(existsSync(prometheus.dataDir)).toBe(false);
    await expect(fetch(`${prometheus.url}/-/ready`)).rejects.toThrow();
  }, 30_000);
});
