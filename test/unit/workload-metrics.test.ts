/**
 * The workload metric queries select on the label names the config gives (hints.metrics), so
 * kube-state-metrics and cAdvisor relabelled to other names are still read. The values against a
 * real Prometheus are tested in test/integration/diagnosis.test.ts.
 */
import { DEFAULT_METRICS_LABELS } from '../../src/config/defaults.js';
import { workloadMetricQueries } from '../../src/prometheus/workload-metrics.js';

describe('workloadMetricQueries', () => {
  it('selects the namespace and the pods by name, dots in names matched literally', () => {
    const [restarts] = workloadMetricQueries(
      { namespace: 'shop', pods: ['web-1', 'db.primary-0'] },
      DEFAULT_METRICS_LABELS,
    );
    expect(restarts!.promql).toBe(
      'sum by (namespace, pod, container) (increase(kube_pod_container_status_restarts_total{namespace="shop", pod=~"web-1|db[.]primary-0"}[1h]))',
    );
  });

  it('uses the configured label names in selectors, groupings and joins', () => {
    const queries = workloadMetricQueries(
      { namespace: 'shop', pods: ['web-1'] },
      { namespaceLabel: 'kubernetes_namespace', podLabel: 'pod_name', containerLabel: 'container_name' },
    );
    for (const query of queries) {
      expect(query.promql).not.toMatch(/\bnamespace=|\bpod=~|\bcontainer!=/);
      expect(query.promql).toContain('kubernetes_namespace="shop", pod_name=~"web-1"');
      expect(query.promql).toContain('kubernetes_namespace, pod_name, container_name');
    }
  });
});
