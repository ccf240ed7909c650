/**
 * What the hook reads beyond the pod list for the root-cause fusion: the previous instance's log of
 * each crashed container of the release, and three metrics of the release's pods from the SLOs'
 * Prometheus. Both run at once, each within its own budget and never past the run's deadline, so
 * they add at most DIAGNOSIS_BUDGET_MS to the hook and never hold the verdict up; what did not come
 * in time is named in the hints ("logs: not read within the 5 s log budget").
 */
import type { KubeConfig } from '@kubernetes/client-node';
import { LOG_BUDGET_MS, type LogOutcome, logKey, readPreviousLogs } from '../cluster/logs.js';
import type { LiveState } from '../cluster/types.js';
import { DEFAULT_MEMORY_SATURATION, DEFAULT_METRICS_LABELS } from '../config/defaults.js';
import type { HintsConfig } from '../config/types.js';
import type { Diagnosis } from '../hints/cause.js';
import type { LiveScope } from '../hints/live/index.js';
import { diagnosisTargets } from '../hints/live/pods.js';
import type { PrometheusClient } from '../prometheus/client.js';
import { readWorkloadMetrics, type WorkloadMetrics } from '../prometheus/workload-metrics.js';
import { formatDuration } from '../slo/duration.js';
import type { RunDeadline } from './deadline.js';

/** The metrics queries' budget; together with the logs' (read at the same time) the hook's extra time. */
export const METRICS_BUDGET_MS = 5_000;
export const DIAGNOSIS_BUDGET_MS = Math.max(LOG_BUDGET_MS, METRICS_BUDGET_MS);

export interface DiagnosisSources {
  kubeConfig?: KubeConfig;
  state: LiveState;
  scope: LiveScope;
  client?: PrometheusClient;
  at: Date;
  hints?: HintsConfig;
  deadline: RunDeadline;
  /** Budgets, for tests (default LOG_BUDGET_MS and METRICS_BUDGET_MS). */
  logBudgetMs?: number;
  metricsBudgetMs?: number;
}

export async function readDiagnosis(
  sources: DiagnosisSources,
): Promise<{ diagnosis: Diagnosis; notes: string[] }> {
  const targets = diagnosisTargets(sources.state, sources.scope);
  const labels = sources.hints?.metrics ?? DEFAULT_METRICS_LABELS;
  const notes: string[] = [];
  const metricsBudgetMs = sources.metricsBudgetMs ?? METRICS_BUDGET_MS;

  const logsRead: Promise<LogOutcome[]> = sources.kubeConfig
    ? readPreviousLogs(sources.kubeConfig, targets.logs, {
        signal: sources.deadline.signal,
        budgetMs: sources.logBudgetMs,
      })
    : Promise.resolve([]);
  const metricsRead: Promise<WorkloadMetrics | 'late' | undefined> =
    sources.client && targets.pods.length > 0
      ? withinBudget(
          readWorkloadMetrics(sources.client, targets.pods, sources.at, labels),
          metricsBudgetMs,
          sources.deadline.signal,
        )
      : Promise.resolve(undefined);
  const [outcomes, metrics] = await Promise.all([logsRead, metricsRead]);

  const forbidden = new Set(
    outcomes.filter((o) => 'forbidden' in o && o.forbidden).map((o) => o.target.namespace),
  );
  for (const namespace of [...forbidden].sort())
    notes.push(
      `skipped the logs of crashed containers in ${namespace}: forbidden (needs get on pods/log in namespace ${namespace})`,
    );
  const diagnosis: Diagnosis = {
    logs: new Map(outcomes.map((o) => [logKey(o.target), o])),
    memorySaturation: sources.hints?.memorySaturation ?? DEFAULT_MEMORY_SATURATION,
  };
  if (!sources.kubeConfig) diagnosis.logsMissing = 'not read: no Kubernetes credentials';
  if (metrics === 'late')
    diagnosis.metricsMissing = `not read within the ${formatDuration(metricsBudgetMs / 1000)} metrics budget`;
  else if (metrics) diagnosis.metrics = metrics;
  else if (!sources.client) diagnosis.metricsMissing = 'not read: no Prometheus configured';
  return { diagnosis, notes };
}

/** The promise's value, or 'late' once the budget or the run's deadline is spent, whichever is first. */
async function withinBudget<T>(
  promise: Promise<T>,
  budgetMs: number,
  deadline: AbortSignal,
): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), budgetMs);
    timer.unref();
    onAbort = () => resolve('late');
    if (deadline.aborted) resolve('late');
    else deadline.addEventListener('abort', onAbort, { once: true });
  });
  try {
    // A query still in flight when the budget runs out is left to the client's own deadline.
    return await Promise.race([promise.catch(() => 'late' as const), late]);
  } finally {
    clearTimeout(timer);
    if (onAbort) deadline.removeEventListener('abort', onAbort);
  }
}
