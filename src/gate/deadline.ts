/**
 * The run's deadline: one timer for the whole run, so a Prometheus that accepts connections and never
 * answers cannot hold the gate past the time its caller allows (the hook Job's activeDeadlineSeconds).
 */
import { formatDuration } from '../slo/duration.js';

/** The CLI's and the Action's default: long enough for hundreds of SLOs against a healthy Prometheus. */
export const DEFAULT_MAX_DURATION_SECONDS = 300;
/** The hook's default: below hooks/job.yaml's activeDeadlineSeconds (300), with time left to write results. */
export const HOOK_MAX_DURATION_SECONDS = 240;

export interface RunDeadline {
  /** Aborts when the deadline passes. */
  signal: AbortSignal;
  /** Why an SLO the deadline cut off has no measurement. */
  reason: string;
}

export function startDeadline(seconds: number): RunDeadline {
  const controller = new AbortController();
  // unref: a run that finishes early exits without waiting for the timer.
  setTimeout(() => controller.abort(), seconds * 1000).unref();
  return {
    signal: controller.signal,
    reason: `not measured: the run's ${formatDuration(seconds)} deadline passed`,
  };
}
