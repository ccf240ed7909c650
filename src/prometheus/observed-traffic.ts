/**
 * The connections a service mesh saw over a window, per source and destination workload, from the
 * Prometheus the SLOs are read from: Istio's request and TCP connection counters, Linkerd's
 * request_total, Cilium Hubble's hubble_flows_processed_total.
 *
 * Nothing here throws: a failed query or an absent series is an `unchecked` answer saying why.
 */
import type { ObservedMetrics } from '../config/types.js';
import type { ObservedConnection, ObservedTraffic } from '../netpol/observed.js';
import { parseDuration } from '../slo/duration.js';
import type { PrometheusClient } from './client.js';

interface Labels {
  fromNamespace: string;
  from: string;
  toNamespace: string;
  to: string;
}

export interface TrafficQuery {
  metric: string;
  unit: string;
  labels: Labels;
  promql: string;
}

const ISTIO_LABELS: Labels = {
  from: 'source_workload',
  fromNamespace: 'source_workload_namespace',
  to: 'destination_workload',
  toNamespace: 'destination_workload_namespace',
};
const LINKERD_LABELS: Labels = {
  from: 'deployment',
  fromNamespace: 'namespace',
  to: 'dst_deployment',
  toNamespace: 'dst_namespace',
};
// Hubble's flow metric with labelsContext=source_namespace,source_workload,destination_namespace,destination_workload.
const HUBBLE_LABELS: Labels = {
  from: 'source_workload',
  fromNamespace: 'source_namespace',
  to: 'destination_workload',
  toNamespace: 'destination_namespace',
};

const byPair = (labels: Labels) =>
  `${labels.from}, ${labels.fromNamespace}, ${labels.to}, ${labels.toNamespace}`;

/** A duration Prometheus accepts, or undefined: user text enters PromQL only after this check. */
function checkedWindow(window: string): string | undefined {
  return /^[0-9]+(ms|s|m|h|d|w|y)$/.test(window) && parseDuration(window) !== undefined ? window : undefined;
}

export function observedTrafficQueries(metrics: ObservedMetrics, window: string): TrafficQuery[] {
  const checked = checkedWindow(window);
  if (!checked) throw new Error(`not a Prometheus duration: ${JSON.stringify(window)}`);
  switch (metrics) {
    case 'istio': {
      // Both proxies of a call report it (reporter="source" and "destination"): the larger view, not the sum.
      const istio = (metric: string) =>
        `max by (${byPair(ISTIO_LABELS)}) (sum by (${byPair(ISTIO_LABELS)}, reporter) (rate(${metric}[${checked}])))`;
      return [
        {
          metric: 'istio_requests_total',
          unit: 'req/s',
          labels: ISTIO_LABELS,
          promql: istio('istio_requests_total'),
        },
        {
          metric: 'istio_tcp_connections_opened_total',
          unit: 'conn/s',
          labels: ISTIO_LABELS,
          promql: istio('istio_tcp_connections_opened_total'),
        },
      ];
    }
    case 'linkerd':
      return [
        {
          metric: 'request_total',
          unit: 'req/s',
          labels: LINKERD_LABELS,
          promql: `sum by (${byPair(LINKERD_LABELS)}) (rate(request_total{direction="outbound"}[${checked}]))`,
        },
      ];
    case 'hubble':
      return [
        {
          metric: 'hubble_flows_processed_total',
          unit: 'flows/s',
          labels: HUBBLE_LABELS,
          promql: `sum by (${byPair(HUBBLE_LABELS)}) (rate(hubble_flows_processed_total[${checked}]))`,
        },
      ];
  }
}

/** The connections seen over `window` before `at`, or why they could not be read. */
export async function readObservedTraffic(
  client: PrometheusClient,
  metrics: ObservedMetrics,
  window: string,
  at: Date,
): Promise<ObservedTraffic> {
  let queries: TrafficQuery[];
  try {
    queries = observedTrafficQueries(metrics, window);
  } catch (error) {
    return { unchecked: (error as Error).message };
  }
  const connections: ObservedConnection[] = [];
  for (const query of queries) {
    try {
      const answer = await client.query(query.promql, at);
      for (const sample of answer.samples) {
        const from = sample.labels[query.labels.from];
        const to = sample.labels[query.labels.to];
        const fromNamespace = sample.labels[query.labels.fromNamespace];
        const toNamespace = sample.labels[query.labels.toNamespace];
        if (!from || !to || !fromNamespace || !toNamespace || !Number.isFinite(sample.value)) continue;
        connections.push({ from, to, fromNamespace, toNamespace, rate: sample.value, unit: query.unit });
      }
    } catch (error) {
      return { unchecked: `${query.metric}: ${(error as Error).message}` };
    }
  }
  if (connections.length === 0) {
    const names = queries.map((q) => q.metric).join(' or ');
    return {
      unchecked: `no ${names} series with source and destination workloads in the last ${window} (are ${metrics}'s metrics scraped?)`,
    };
  }
  return { window, connections };
}
