/**
 * One root cause per failing container, chosen from three sources as an SRE reads them: the
 * kubelet's status and events (what broke, when), the previous instance's log (why), and the
 * metrics (how often, how close to a limit). Pure: the decision table below, documented row by row
 * in docs/hints.md; the first row that holds decides.
 *
 * | # | when                                                              | cause            |
 * |---|-------------------------------------------------------------------|------------------|
 * | 1 | the image cannot be pulled                                        | image-pull       |
 * | 2 | the kubelet cannot create the container (Secret/ConfigMap missing) | config-missing   |
 * | 3 | last exit OOMKilled, or memory above the saturation share          | memory-limit     |
 * | 4 | the log says Java OutOfMemoryError                                 | memory-limit     |
 * | 5 | the log names a missing environment variable or config file        | config-missing   |
 * | 6 | the log says a dependency refused the connection                   | dependency-down  |
 * | 7 | no crash in the log, and FailedPostStartHook or probe failures     | probe-or-hook    |
 * | 8 | the log holds a crash (panic, uncaught exception, traceback, ...)  | application-crash|
 * | 9 | none of these                                                      | unknown          |
 */
import type { LogOutcome } from '../cluster/logs.js';
import type { WorkloadMetrics } from '../prometheus/workload-metrics.js';
import type { LogClass } from './logs/classify.js';

export type CauseClass =
  | 'image-pull'
  | 'config-missing'
  | 'memory-limit'
  | 'dependency-down'
  | 'probe-or-hook'
  | 'application-crash'
  | 'unknown';

/** What the hook read beyond the pod list, for the live hints to fuse. */
export interface Diagnosis {
  /** Previous-instance logs, keyed namespace/pod/container (logKey). */
  logs: Map<string, LogOutcome>;
  /** Why no log was read at all, when none was ("no Kubernetes credentials"). */
  logsMissing?: string;
  metrics?: WorkloadMetrics;
  /** Why there are no metrics at all ("no Prometheus configured", "not read within 5 s"). */
  metricsMissing?: string;
  /** Working set above this share of the limit over the last hour: OOMKilled is likely. */
  memorySaturation: number;
}

/** Restarts in the last hour from which the restart rate is a spike, not a one-off. */
export const RESTART_SPIKE = 3;

export interface CauseInput {
  problem: 'pod-crashloop' | 'pod-oomkilled' | 'image-pull' | 'pod-config-error';
  /** The classified log of the previous instance. */
  log?: LogClass;
  /** The log was read (possibly empty, possibly unclassified). */
  logRead: boolean;
  restartsLastHour?: number;
  memoryShareMax?: number;
  memorySaturation: number;
  /** The kubelet reported FailedPostStartHook or liveness/startup probe failures. */
  hookOrProbeFailing: boolean;
}

export interface Cause {
  cause: CauseClass;
  /** "application crash at main.ReadRoutines (parse.go:76)" */
  headline: string;
  /** The row of the decision table that decided (1-9). */
  row: number;
}

const CRASH_KINDS = new Set([
  'go-panic',
  'java-exception',
  'node-uncaught',
  'python-traceback',
  'address-in-use',
  'permission-denied',
  'exec-format',
]);

export function chooseCause(input: CauseInput): Cause {
  const { log } = input;
  if (input.problem === 'image-pull')
    return { cause: 'image-pull', headline: 'the image cannot be pulled', row: 1 };
  if (input.problem === 'pod-config-error')
    return { cause: 'config-missing', headline: 'the container cannot be created: config missing', row: 2 };
  const saturated = input.memoryShareMax !== undefined && input.memoryShareMax >= input.memorySaturation;
  if (input.problem === 'pod-oomkilled' || saturated) {
    const why =
      input.problem === 'pod-oomkilled'
        ? 'OOMKilled'
        : `memory at ${percent(input.memoryShareMax!)} of the limit`;
    return { cause: 'memory-limit', headline: `memory limit too low (${why})`, row: 3 };
  }
  if (log?.kind === 'java-oom')
    return { cause: 'memory-limit', headline: `Java heap too small: ${log.summary}`, row: 4 };
  if (log?.kind === 'missing-config')
    return { cause: 'config-missing', headline: `config missing: ${log.summary}`, row: 5 };
  if (log?.kind === 'connection-refused')
    return {
      cause: 'dependency-down',
      headline: `dependency down: ${log.dependency ? `${log.dependency} refused the connection` : log.summary}`,
      row: 6,
    };
  const crashed = log !== undefined && CRASH_KINDS.has(log.kind);
  if (!crashed && input.hookOrProbeFailing)
    return {
      cause: 'probe-or-hook',
      headline: 'probe or hook misconfigured: the kubelet kills the container',
      row: 7,
    };
  if (crashed) {
    const where = log.frame ? ` at ${log.frame}` : '';
    return { cause: 'application-crash', headline: `application crash${where}: ${log.summary}`, row: 8 };
  }
  return { cause: 'unknown', headline: 'cause not determined from the sources read', row: 9 };
}

/** "92 %" */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
