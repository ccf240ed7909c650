/**
 * Turns an SLO's query templates into the PromQL sent for each window, and Prometheus's answers
 * into window measurements for the pure evaluation in src/slo.
 */
import type { SloDefinition } from '../model/index.js';
import type { QueryAnswer } from '../prometheus/client.js';
import { substituteWindow, totalQueryUnit } from '../promql/index.js';
import type { WindowMeasurement } from '../slo/evaluate.js';

export interface WindowQueries {
  window: string;
  seconds: number;
  /** events SLI: error and total queries; raw SLI: the ratio query only. */
  error?: string;
  total?: string;
  ratio?: string;
}

export function queriesFor(slo: SloDefinition, window: { window: string; seconds: number }): WindowQueries {
  if (slo.sli.kind === 'raw') {
    return { ...window, ratio: substituteWindow(slo.sli.errorRatioQuery, window.window) };
  }
  return {
    ...window,
    error: substituteWindow(slo.sli.errorQuery, window.window),
    total: substituteWindow(slo.sli.totalQuery, window.window),
  };
}

/** The PromQL a user can paste into Prometheus to see this window's error ratio. */
export function displayedQuery(queries: WindowQueries): string {
  return queries.ratio ?? `(${queries.error}) / (${queries.total})`;
}

/**
 * One number from an instant query. An SLI query should return one series; several are summed
 * (and the caller warns), none is `undefined`.
 */
export function sumOfSamples(answer: QueryAnswer): number | undefined {
  if (answer.samples.length === 0) return undefined;
  return answer.samples.reduce((sum, sample) => sum + sample.value, 0);
}

export function measureEvents(
  queries: WindowQueries,
  totalQuery: string,
  errors: QueryAnswer,
  total: QueryAnswer,
): WindowMeasurement {
  const totalValue = sumOfSamples(total);
  // A healthy service often has no error series at all: no answer means no errors.
  const errorValue = sumOfSamples(errors) ?? 0;
  const hasTraffic = totalValue !== undefined && Number.isFinite(totalValue) && totalValue > 0;
  const errorRatio = hasTraffic && Number.isFinite(errorValue) ? errorValue / totalValue : null;
  let events: number | null = null;
  if (totalValue !== undefined && Number.isFinite(totalValue)) {
    const unit = totalQueryUnit(totalQuery);
    if (unit === 'per-second') events = totalValue * queries.seconds;
    else if (unit === 'count') events = totalValue;
  }
  return { window: queries.window, seconds: queries.seconds, errorRatio, events };
}

export function measureRatio(queries: WindowQueries, ratio: QueryAnswer): WindowMeasurement {
  const value = sumOfSamples(ratio);
  // NaN is what 0/0 gives in PromQL: a window without traffic.
  const errorRatio = value !== undefined && Number.isFinite(value) ? value : null;
  return { window: queries.window, seconds: queries.seconds, errorRatio, events: null };
}
