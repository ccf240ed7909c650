/**
 * The run's deadline: one timer for the whole run, so a Prometheus that accepts connections and never
 * answers cannot hold the gate past the time its caller allows (the hook Job's activeDeadlineSeconds).
 * The hook's results (Event, annotations, Pushgateway) get a short allowance after it: a hanging API
 * server or Pushgateway cannot push the hook past its Job's deadline either.
 */
import { formatDuration } from '../slo/duration.js';

/** The CLI's and the Action's default: long enough for hundreds of SLOs against a healthy Prometheus. */
export const DEFAULT_MAX_DURATION_SECONDS = 300;
/** The hook's default: below hooks/job.yaml's activeDeadlineSeconds (300), with time left to write results. */
export const HOOK_MAX_DURATION_SECONDS = 240;
/**
 * How long after the run's deadline the hook may still write its results to the network. With the
 * hook's default, 240 s + 20 s stays below the Job's 300 s (the live read ends by the deadline).
 */
export const RESULTS_ALLOWANCE_SECONDS = 20;

export interface RunDeadline {
  /** Aborts when the deadline passes. */
  signal: AbortSignal;
  /** Why an SLO the deadline cut off has no measurement. */
  reason: string;
  /** The deadline in notes: "the run's 4m deadline". */
  label: string;
  /** When it passes, in epoch milliseconds. */
  endsAt: number;
}

export function startDeadline(seconds: number): RunDeadline {
  const controller = new AbortController();
  // unref: a run that finishes early exits without waiting for the timer.
  setTimeout(() => controller.abort(), seconds * 1000).unref();
  const label = `the run's ${formatDuration(seconds)} deadline`;
  return {
    signal: controller.signal,
    reason: `not measured: ${label} passed`,
    label,
    endsAt: Date.now() + seconds * 1000,
  };
}

/** Aborts RESULTS_ALLOWANCE_SECONDS after the deadline: the end of every write of the results. */
export function resultsSignal(deadline: Pick<RunDeadline, 'endsAt'>, now = Date.now()): AbortSignal {
  return AbortSignal.timeout(Math.max(0, deadline.endsAt + RESULTS_ALLOWANCE_SECONDS * 1000 - now));
}
