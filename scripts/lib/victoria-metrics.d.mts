// Types for victoria-metrics.mjs (plain JavaScript, like prometheus.mjs). Keep in step with its JSDoc.
import type { CounterSeries, GaugeSeries, Log } from './prometheus.mjs';

/** `sudo apt-get update && sudo apt-get install -y --no-install-recommends victoria-metrics` */
export const VICTORIA_METRICS_INSTALL_COMMAND: string;

/** The victoria-metrics binary on PATH (or in /usr/bin), or undefined. */
export function findVictoriaMetrics(): Promise<string | undefined>;

export interface RunningVictoriaMetrics {
  /** e.g. http://127.0.0.1:41234, no trailing slash */
  url: string;
  port: number;
  /** Unix seconds of the last loaded sample. */
  lastSampleTime: number;
  /** SIGTERM, wait for exit, remove the temp dir. */
  stop(): Promise<void>;
}

export function startVictoriaMetrics(options: {
  binary: string;
  series: CounterSeries[];
  gauges?: GaugeSeries[];
  start: number;
  end: number;
  step: number;
  log?: Log;
}): Promise<RunningVictoriaMetrics>;

/** The binary; as root, installs Debian's `victoria-metrics` when missing. Undefined when still missing. */
export function ensureVictoriaMetrics(options?: { log?: Log }): Promise<string | undefined>;
