/**
 * Three metrics of a workload's containers from the Prometheus the SLOs are read from: restarts in
 * the last hour (kube-state-metrics), memory working set against the limit over the last hour
 * (cAdvisor / kube-state-metrics), and the share of CPU periods throttled (cAdvisor). They tell how
 * often a container crashes and how close it runs to a limit, before and after any OOM kill.
 *
 * Nothing here throws: a query that fails or finds no series leaves a line in `missing`
 * ("memory: no container_memory_working_set_bytes series for shop (cAdvisor not scraped?)").
 */
import type { MetricsLabels } from '../config/types.js';
import type { PrometheusClient, Sample } from './client.js';

export interface PodSelection {
  namespace: string;
  pods: string[];
}

export interface ContainerMetrics {
  namespace: string;
  pod: string;
  container: string;
  /** Restarts in the last hour. */
  restartsLastHour?: number;
  /** Lowest working set / memory limit over the last hour: the share it stayed above. */
  memoryShareMin?: number;
  /** Highest working set / memory limit over the last hour. */
  memoryShareMax?: number;
  /** Throttled CFS periods / all CFS periods over the last hour. */
  throttledShare?: number;
}

export interface WorkloadMetrics {
  containers: ContainerMetrics[];
  /** Signals that could not be read, one line each. */
  missing: string[];
}

/** Pods named in one query's regex at most: a selector stays far below Prometheus's URL and regex limits. */
export const MAX_PODS_PER_QUERY = 50;

export const containerMetricsKey = (m: { namespace: string; pod: string; container: string }) =>
  `${m.namespace}/${m.pod}/${m.container}`;

/** Pod names are DNS labels and subdomains: a dot is the only regex metacharacter they hold. */
function podRegex(pods: string[]): string {
  return pods.map((p) => p.replace(/\./g, '[.]')).join('|');
}

interface MetricQuery {
  field: 'restartsLastHour' | 'memoryShareMin' | 'memoryShareMax' | 'throttledShare';
  /** For `missing`: "restarts", "memory". */
  signal: string;
  /** The series whose absence explains an empty answer, and who exports it. */
  source: string;
  promql: string;
}

export function workloadMetricQueries(selection: PodSelection, labels: MetricsLabels): MetricQuery[] {
  const { namespaceLabel: ns, podLabel: pod, containerLabel: container } = labels;
  const by = `${ns}, ${pod}, ${container}`;
  const scope = `${ns}=${JSON.stringify(selection.namespace)}, ${pod}=~"${podRegex(selection.pods)}"`;
  // cAdvisor reports the pod's sandbox as container "POD" (or "") too: not a container of the spec.
  const containers = `${container}!="", ${container}!="POD"`;
  const memoryShare =
    `sum by (${by}) (container_memory_working_set_bytes{${scope}, ${containers}})` +
    ` / on (${by}) sum by (${by}) (kube_pod_container_resource_limits{${scope}, resource="memory"})`;
  return [
    {
      field: 'restartsLastHour',
      signal: 'restarts',
      source: 'kube_pod_container_status_restarts_total (kube-state-metrics)',
      promql: `sum by (${by}) (increase(kube_pod_container_status_restarts_total{${scope}}[1h]))`,
    },
    {
      field: 'memoryShareMin',
      signal: 'memory',
      source:
        'container_memory_working_set_bytes (cAdvisor) or kube_pod_container_resource_limits (kube-state-metrics)',
      promql: `min_over_time((${memoryShare})[1h:1m])`,
    },
    {
      field: 'memoryShareMax',
      signal: 'memory',
      source:
        'container_memory_working_set_bytes (cAdvisor) or kube_pod_container_resource_limits (kube-state-metrics)',
      promql: `max_over_time((${memoryShare})[1h:1m])`,
    },
    {
      field: 'throttledShare',
      signal: 'CPU throttling',
      source: 'container_cpu_cfs_throttled_periods_total (cAdvisor)',
      promql:
        `sum by (${by}) (increase(container_cpu_cfs_throttled_periods_total{${scope}, ${containers}}[1h]))` +
        ` / on (${by}) sum by (${by}) (increase(container_cpu_cfs_periods_total{${scope}, ${containers}}[1h]))`,
    },
  ];
}

/** The three metrics of the selected pods at `at`; each query's failure is a line in `missing`. */
export async function readWorkloadMetrics(
  client: PrometheusClient,
  selections: PodSelection[],
  at: Date,
  labels: MetricsLabels,
): Promise<WorkloadMetrics> {
  const byKey = new Map<string, ContainerMetrics>();
  const missing = new Set<string>();
  const queries = selections
    .filter((s) => s.pods.length > 0)
    .flatMap((s) =>
      workloadMetricQueries({ ...s, pods: s.pods.slice(0, MAX_PODS_PER_QUERY) }, labels).map((q) => ({
        ...q,
        namespace: s.namespace,
      })),
    );
  await Promise.all(
    queries.map(async (query) => {
      let samples: Sample[];
      try {
        samples = (await client.query(query.promql, at)).samples;
      } catch (error) {
        missing.add(`${query.signal}: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      if (samples.length === 0) {
        missing.add(`${query.signal}: no ${query.source} series for namespace ${query.namespace}`);
        return;
      }
      for (const sample of samples) {
        if (!Number.isFinite(sample.value)) continue;
        const identity = {
          namespace: sample.labels[labels.namespaceLabel] ?? query.namespace,
          pod: sample.labels[labels.podLabel] ?? '',
          container: sample.labels[labels.containerLabel] ?? '',
        };
        const key = containerMetricsKey(identity);
        const entry: ContainerMetrics = byKey.get(key) ?? identity;
        entry[query.field] = sample.value;
        byKey.set(key, entry);
      }
    }),
  );
  const containers = [...byKey.values()].sort((a, b) =>
    containerMetricsKey(a).localeCompare(containerMetricsKey(b)),
  );
  return { containers, missing: [...missing].sort() };
}
