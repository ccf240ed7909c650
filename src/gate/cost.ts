/**
 * The cost of a raw SLO-period query, estimated before it is sent: the samples its range selectors
 * hold over the last hour, scaled to the period. A query past the limit is not sent: on a large
 * service it would time out (or hit Prometheus's own --query.max-samples) after loading them all.
 */
import type { WindowQueries } from '../config/sli.js';
import { unreachable } from '../errors.js';
import { PrometheusError, type PrometheusClient } from '../prometheus/client.js';
import { rangeSelectors } from '../promql/index.js';
import { readableCount } from '../slo/format.js';

const HOUR = 3600;

function queriesOf(queries: WindowQueries): string[] {
  switch (queries.kind) {
    case 'events':
      return [queries.errorQuery, queries.totalQuery];
    case 'ratio':
      return [queries.errorRatioQuery];
    default:
      return unreachable(queries);
  }
}

/**
 * The one query the estimate sends: the samples of each distinct range selector over the last
 * hour, summed (a selector without series counts 0); undefined when the query reads no range.
 */
export function costQuery(queries: WindowQueries): string | undefined {
  const selectors = [...new Set(queriesOf(queries).flatMap(rangeSelectors))];
  if (selectors.length === 0) return undefined;
  return selectors.map((selector) => `(sum(count_over_time(${selector}[1h])) or vector(0))`).join(' + ');
}

/**
 * Why the period query is too costly to send, or undefined when it is not (or the estimate could
 * not be made: the period query then tells for itself).
 */
export async function periodCostProblem(
  queries: WindowQueries,
  client: PrometheusClient,
  at: Date,
  maxSamples: number,
): Promise<string | undefined> {
  const estimate = costQuery(queries);
  if (estimate === undefined) return undefined;
  let perHour: number;
  try {
    perHour = (await client.query(estimate, at)).samples[0]?.value ?? 0;
  } catch (error) {
    if (error instanceof PrometheusError) return undefined;
    throw error;
  }
  const samples = Math.round((perHour * queries.seconds) / HOUR);
  if (!(samples > maxSamples)) return undefined;
  return (
    `the ${queries.window} query was not sent: it would read about ${readableCount(samples)} samples ` +
    `(${readableCount(perHour)} in the last hour × ${readableCount(queries.seconds / HOUR)} hours), ` +
    `more than prometheus.maxPeriodSamples ${readableCount(maxSamples)} — read the SLO from recording ` +
    'rules (source: sloth or pyrra, see docs/slo-sources.md) or raise maxPeriodSamples'
  );
}
