/**
 * The log tail of a crashed container's previous instance (`kubectl logs --previous`): why it
 * exited, in its own words. Bounded three ways so it never holds the verdict up: lines and bytes
 * per log (tailLines, limitBytes), a cap on the containers read, and one time budget for all of
 * them, cut short by the run's deadline. Nothing here throws: a log that cannot be read says why
 * ("forbidden (needs get on pods/log in namespace shop)").
 */
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import pLimit from 'p-limit';
import { classifyFailure, formatMs, withAnswerChecks, withSignal } from './request.js';

export interface LogTarget {
  namespace: string;
  pod: string;
  container: string;
}

export type LogOutcome =
  | { target: LogTarget; text: string }
  /** Why there is no log: "forbidden (needs get on pods/log in namespace shop)", "no previous instance". */
  | { target: LogTarget; missing: string; forbidden?: boolean };

export interface LogReadOptions {
  /** The run's deadline: reads in flight stop when it fires. */
  signal?: AbortSignal;
  /** Time for all the reads together (default LOG_BUDGET_MS). */
  budgetMs?: number;
  /** Lines from the end of each log (default LOG_TAIL_LINES). */
  tailLines?: number;
  /** Bytes of each log at most (default LOG_LIMIT_BYTES). */
  limitBytes?: number;
  /** Containers read at most (default MAX_LOGS_READ); the rest are left out, in order. */
  maxTargets?: number;
}

/** A crash says why in its last lines; 100 lines hold a Go panic's first goroutine or a Java trace. */
export const LOG_TAIL_LINES = 100;
/** 16 KiB per log: a hundred long lines; the hook's memory stays flat whatever the pods print. */
export const LOG_LIMIT_BYTES = 16 * 1024;
/** All log reads together; the API server streams a log tail from the kubelet in milliseconds. */
export const LOG_BUDGET_MS = 5_000;
export const MAX_LOGS_READ = 10;

export const logKey = (t: LogTarget) => `${t.namespace}/${t.pod}/${t.container}`;

export async function readPreviousLogs(
  kc: KubeConfig,
  targets: LogTarget[],
  options: LogReadOptions = {},
): Promise<LogOutcome[]> {
  const budgetMs = options.budgetMs ?? LOG_BUDGET_MS;
  const limitBytes = options.limitBytes ?? LOG_LIMIT_BYTES;
  const chosen = targets.slice(0, options.maxTargets ?? MAX_LOGS_READ);
  if (chosen.length === 0) return [];
  let core: CoreV1Api;
  try {
    core = kc.makeApiClient(CoreV1Api);
  } catch (error) {
    const missing = `not read: no usable kubeconfig (${(error as Error).message})`;
    return chosen.map((target) => ({ target, missing }));
  }
  const budget = AbortSignal.timeout(budgetMs);
  const signal = options.signal ? AbortSignal.any([options.signal, budget]) : budget;
  // A server that ignores limitBytes still cannot make the hook read more than a little over it.
  const callOptions = withAnswerChecks({ maxBytes: limitBytes + 4096 }, withSignal(signal));
  const limit = pLimit(4);
  return Promise.all(
    chosen.map((target) =>
      limit(async (): Promise<LogOutcome> => {
        if (signal.aborted) return { target, missing: notInTime(budget, budgetMs) };
        try {
          const text = await core.readNamespacedPodLog(
            {
              namespace: target.namespace,
              name: target.pod,
              container: target.container,
              previous: true,
              tailLines: options.tailLines ?? LOG_TAIL_LINES,
              limitBytes,
            },
            callOptions,
          );
          return { target, text: typeof text === 'string' ? text : String(text ?? '') };
        } catch (error) {
          const failure = classifyFailure(error);
          if (failure.kind === 'forbidden')
            return {
              target,
              missing: `forbidden (needs get on pods/log in namespace ${target.namespace})`,
              forbidden: true,
            };
          if (failure.kind === 'timeout') return { target, missing: notInTime(budget, budgetMs) };
          if (failure.code === 400 && /previous terminated container/.test(failure.detail))
            return { target, missing: 'no previous instance (the API server kept no log of it)' };
          return { target, missing: failure.detail };
        }
      }),
    ),
  );
}

function notInTime(budget: AbortSignal, budgetMs: number): string {
  return budget.aborted
    ? `not read within the ${formatMs(budgetMs)} log budget`
    : "not read: the run's deadline passed";
}
