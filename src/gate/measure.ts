/**
 * Prometheus's answers to one window's SLI queries turned into a window measurement for the pure
 * evaluation in src/slo. The queries themselves come compiled from config/sli.ts.
 */
import type { WindowQueries } from '../config/sli.js';
import { unreachable } from '../errors.js';
import type { QueryAnswer } from '../prometheus/client.js';
import type { WindowMeasurement } from '../slo/evaluate.js';

export type EventsQueries = Extract<WindowQueries, { kind: 'events' }>;
export type RatioQueries = Extract<WindowQueries, { kind: 'ratio' }>;

/** The PromQL a user can paste into Prometheus to see this window's error ratio. */
export function displayedQuery(queries: WindowQueries): string {
  switch (queries.kind) {
    case 'events':
      return `(${queries.errorQuery}) / (${queries.totalQuery})`;
    case 'ratio':
      return queries.errorRatioQuery;
    default:
      return unreachable(queries);
  }
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
  queries: EventsQueries,
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
    events = eventCount(totalValue, queries);
  }
  return { window: queries.window, seconds: queries.seconds, errorRatio, events };
}

/** The events a window's total stands for; null when the total's unit is unknown. */
function eventCount(total: number, queries: EventsQueries): number | null {
  switch (queries.totalUnit) {
    case 'per-second':
      return total * queries.seconds;
    case 'count':
      return total;
    case 'unknown':
      return null;
    default:
      return unreachable(queries.totalUnit);
  }
}

export function measureRatio(queries: RatioQueries, ratio: QueryAnswer): WindowMeasurement {
  const value = sumOfSamples(ratio);
  // NaN is what 0/0 gives in PromQL: a window without traffic.
  const errorRatio = value !== undefined && Number.isFinite(value) ? value : null;
  return { window: queries.window, seconds: queries.seconds, errorRatio, events: null };
}
