// Typed entry point for tests: the real-Prometheus harness (scripts/lib/prometheus.mjs) plus rate shapes
// and a minimal query helper, so scenario tests read as "10 req/s, 1 % errors, for 30 days".
export {
  INSTALL_COMMAND,
  PrometheusMissingError,
  ensurePrometheus,
  lastSampleTimeOf,
  openMetricsChunks,
  renderOpenMetrics,
  startPrometheus,
  writeOpenMetrics,
} from '../../scripts/lib/prometheus.mjs';
export type {
  CounterSeries,
  GaugeSeries,
  Log,
  PrometheusBinaries,
  RunningPrometheus,
  SampleGrid,
  StartPrometheusOptions,
} from '../../scripts/lib/prometheus.mjs';

/** Per-second rate as a function of unix time (seconds): the `ratePerSecond` of a CounterSeries. */
export type RateFn = (t: number) => number;

export const MINUTE = 60;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The same rate at every step. */
export function steady(rate: number): RateFn {
  return () => rate;
}

/**
 * `before` for steps starting before `at`, `after` from `at` on. With `at` on the sample grid, the first
 * sample that includes the new rate is the one at `at + step`.
 */
export function stepChange(at: number, before: number, after: number): RateFn {
  return (t) => (t < at ? before : after);
}

/** A fixed, step-aligned end for deterministic histories (2023-11-14T22:13:00Z, a multiple of 60 s). */
export const FIXED_END = 1_699_999_980;

export interface VectorSample {
  metric: Record<string, string>;
  value: number;
}

/**
 * Instant query via POST /api/v1/query with `time` pinned (unix seconds). Returns the vector samples;
 * a scalar result comes back as one sample with no labels. Throws on anything but a success.
 */
export async function instantQuery(url: string, query: string, time: number): Promise<VectorSample[]> {
  const response = await fetch(`${url}/api/v1/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query, time: String(time) }),
  });
  const body = (await response.json()) as {
    status: string;
    error?: string;
    data?: { resultType: string; result: unknown };
  };
  if (body.status !== 'success' || !body.data) {
    throw new Error(`query ${query} failed (HTTP ${response.status}): ${body.error ?? 'no data'}`);
  }
  if (body.data.resultType === 'scalar') {
    const [, value] = body.data.result as [number, string];
    return [{ metric: {}, value: Number(value) }];
  }
  if (body.data.resultType !== 'vector')
    throw new Error(`query ${query}: unexpected ${body.data.resultType}`);
  return (body.data.result as { metric: Record<string, string>; value: [number, string] }[]).map(
    (sample) => ({
      metric: sample.metric,
      value: Number(sample.value[1]),
    }),
  );
}

/** The single value of a one-sample result; throws when the result is empty or has several samples. */
export async function queryValue(url: string, query: string, time: number): Promise<number> {
  const samples = await instantQuery(url, query, time);
  const [only] = samples;
  if (samples.length !== 1 || !only)
    throw new Error(`query ${query}: expected one sample, got ${samples.length}`);
  return only.value;
}
