/**
 * Prometheus's answers to one window's SLI queries turned into a window measurement for the pure
 * evaluation in src/slo. The queries themselves come compiled from config/sli.ts.
 */
import type { WindowQueries } from '../config/sli.js';
import { unreachable } from '../errors.js';
import { PrometheusError, type QueryAnswer } from '../prometheus/client.js';
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
  checkEventCount(totalValue, queries.totalQuery, 'totalQuery', queries.window);
  checkEventCount(errorValue, queries.errorQuery, 'errorQuery', queries.window);
  if (totalValue !== undefined && exceeds(errorValue, totalValue)) {
    throw invalidAnswer(
      `errorQuery over ${queries.window} answered ${formatSample(errorValue)}, more than totalQuery's ` +
        `${formatSample(totalValue)} ("${queries.errorQuery}" / "${queries.totalQuery}") — ` +
        'the errors must be a subset of the total: select the same series in both',
    );
  }
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
  if (value !== undefined && (value === Infinity || value === -Infinity || value < 0 || exceeds(value, 1))) {
    throw invalidAnswer(
      `errorRatioQuery over ${queries.window} answered ${formatSample(value)} ("${queries.errorRatioQuery}") — ` +
        'an error ratio lies between 0 and 1: divide the errors by the total',
    );
  }
  // NaN is what 0/0 gives in PromQL: a window without traffic.
  const errorRatio = value !== undefined && Number.isFinite(value) ? value : null;
  return { window: queries.window, seconds: queries.seconds, errorRatio, events: null };
}

/**
 * Answers no count or rate of events can have: ±Inf (a division by zero inside the query) or a negative
 * number (a gauge, or a subtraction). NaN is left alone: it is what 0/0 gives, a window without traffic.
 */
function checkEventCount(value: number | undefined, query: string, role: string, window: string): void {
  if (value === undefined || Number.isNaN(value)) return;
  if (Number.isFinite(value) && value >= 0) return;
  throw invalidAnswer(
    `${role} over ${window} answered ${formatSample(value)} ("${query}") — a count or rate of events ` +
      'is finite and never negative: check the query',
  );
}

/** Beyond a rounding difference: two rate() sums over the same series can differ in the last digits. */
function exceeds(value: number, limit: number): boolean {
  return value > limit * (1 + 1e-9) + Number.EPSILON;
}

/** Prometheus's spelling of a sample value. */
function formatSample(value: number): string {
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

/** An answer the gate cannot trust, weighed like Prometheus failing (onPrometheusError). */
function invalidAnswer(detail: string): PrometheusError {
  return new PrometheusError('invalid_response', `invalid answer from Prometheus: ${detail}`, {
    attempts: 1,
  });
}
