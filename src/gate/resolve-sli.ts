/**
 * The one SLI kind that needs Prometheus before it can be measured: a classic-histogram latency
 * SLI, whose `le` matcher must spell the threshold's bucket boundary exactly as Prometheus stores it
 * ("0.3", "0.30" from some clients, "1.0" for "1" since Prometheus 3). One series lookup per such
 * SLO, over its period (the index only); every other kind passes through.
 */
import { chooseBucket, latencyEvents } from '../config/sli.js';
import { unreachable, UsageError } from '../errors.js';
import type { LatencySli, MeasurableSli, SloDefinition } from '../model/index.js';
import type { PrometheusClient } from '../prometheus/client.js';

export async function measurableSli(
  slo: SloDefinition,
  client: PrometheusClient,
  at: Date,
): Promise<MeasurableSli> {
  const sli = slo.sli;
  switch (sli.kind) {
    case 'events':
    case 'ratio':
      return sli;
    case 'latency':
      return resolveLatency(slo.name, sli, client, at, slo.windowSeconds);
    default:
      return unreachable(sli);
  }
}

async function resolveLatency(
  name: string,
  sli: LatencySli,
  client: PrometheusClient,
  at: Date,
  periodSeconds: number,
): Promise<MeasurableSli> {
  const buckets = `${sli.histogram}_bucket${sli.matchers === '' ? '' : `{${sli.matchers}}`}`;
  const answer = await client.series(buckets, new Date(at.getTime() - periodSeconds * 1000), at);
  const leValues = [
    ...new Set(answer.series.flatMap((labels) => (labels.le === undefined ? [] : [labels.le]))),
  ];
  const choice = chooseBucket(sli.thresholdSeconds, leValues);
  if (choice.found) return latencyEvents(sli, choice.leMatcher);
  const nearest = [choice.below, choice.above].filter((le): le is string => le !== undefined);
  const boundaries = nearest.map((le) => `le="${le}"`).join(' and ');
  throw new UsageError(
    `SLO "${name}": threshold ${sli.threshold} is not a bucket boundary of ${buckets} (no le equals ${sli.thresholdSeconds}); the nearest are ${boundaries}`,
    {
      ...sli.thresholdSource,
      fix: `set threshold to a bucket boundary (${nearest.map((le) => `${le}s`).join(' or ')}), or add a ${sli.thresholdSeconds} bucket to the histogram`,
    },
  );
}
