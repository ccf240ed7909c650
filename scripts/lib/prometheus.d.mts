// Types for prometheus.mjs (plain JavaScript so that `npm test` and `npm run demo` run it uncompiled).
// Keep in step with the JSDoc there.

export type Log = (line: string) => void;

export interface PrometheusBinaries {
  prometheus: string;
  promtool: string;
}

/** `sudo apt-get update && sudo apt-get install -y --no-install-recommends prometheus` */
export const INSTALL_COMMAND: string;

/** prometheus/promtool missing and not installable from here; the message contains `command`. */
export class PrometheusMissingError extends Error {
  readonly command: string;
  constructor(message: string);
}

/** Paths of prometheus and promtool; installs Debian's package as root, else throws PrometheusMissingError. */
export function ensurePrometheus(options?: { log?: Log }): Promise<PrometheusBinaries>;

export interface CounterSeries {
  /** Metric family name without `_total`, e.g. 'http_requests'. */
  name: string;
  labels?: Record<string, string>;
  /** Increase per second over the step interval that starts at t (unix seconds). Must be >= 0. */
  ratePerSecond: (t: number) => number;
  /** Counter value at the first sample; default 1000. */
  initial?: number;
}

/** A series written as is, `valueAt(t)` at every sample time: a gauge, or a histogram series in closed form. */
export interface GaugeSeries {
  /** The full sample name, e.g. 'probe_success' or 'http_request_duration_seconds_bucket'. */
  name: string;
  labels?: Record<string, string>;
  /** The sample at t; undefined writes no sample there (a scrape gap). */
  valueAt: (t: number) => number | undefined;
}

/** Sample times start + k*step (unix seconds) up to the last grid point at or before end. */
export interface SampleGrid {
  start: number;
  end: number;
  step: number;
}

/** start + floor((end - start) / step) * step */
export function lastSampleTimeOf(grid: SampleGrid): number;

/**
 * OpenMetrics text in chunks. value(t_0) = initial; value(t_{k+1}) = value(t_k) + ratePerSecond(t_k) * step.
 */
export function openMetricsChunks(
  series: CounterSeries[],
  grid: SampleGrid,
  gauges?: GaugeSeries[],
): Generator<string, void, void>;
export function renderOpenMetrics(series: CounterSeries[], grid: SampleGrid): string;
export function writeOpenMetrics(
  file: string,
  series: CounterSeries[],
  grid: SampleGrid,
  gauges?: GaugeSeries[],
): Promise<{ lastSampleTime: number }>;

export interface RunningPrometheus {
  /** e.g. http://127.0.0.1:41234, no trailing slash */
  url: string;
  port: number;
  dataDir: string;
  /** Unix seconds of the last backfilled sample: pin `time=` to it. */
  lastSampleTime: number;
  /** SIGTERM, wait for exit (SIGKILL after 5 s), remove the temp dir. Idempotent. */
  stop(): Promise<void>;
}

export interface StartPrometheusOptions extends Partial<SampleGrid> {
  /** May be empty: then no backfill, and start/end/step are optional. */
  series: CounterSeries[];
  /** Series written as is (gauges, histogram series in closed form); default none. */
  gauges?: GaugeSeries[];
  /** Written as given under `scrape_configs:` (default none): live scrapes, e.g. native histograms. */
  scrapeConfigs?: object[];
  /** More command-line flags, e.g. `--enable-feature=native-histograms`. */
  extraFlags?: string[];
  log?: Log;
}

export function startPrometheus(options: StartPrometheusOptions): Promise<RunningPrometheus>;
