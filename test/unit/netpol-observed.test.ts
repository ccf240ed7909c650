/**
 * Observed traffic as the expectation (pure part): which removals the traffic seen turns into blocks,
 * and the PromQL each mesh is asked, with the window the only user text in it.
 */
import {
  connectivityOfBundle,
  diffConnectivity,
  formatRate,
  judgeObservedTraffic,
  policyOf,
  type ObservedConnection,
} from '../../src/netpol/index.js';
import { observedTrafficQueries } from '../../src/prometheus/observed-traffic.js';
import { bundleOf } from '../support/manifests.js';

const deployment = (namespace: string, name: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}, {containerPort: 9090}]}]}
---
`;
const TOPOLOGY = ['frontend', 'checkout', 'cart'].map((name) => deployment('shop', name)).join('');
/** checkout accepts only frontend, on 8080 and 9090. */
const CHECKOUT_INGRESS = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: checkout-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: checkout}}
  ingress:
  - from:
    - podSelector: {matchLabels: {app: frontend}}
    ports:
    - {port: 8080}
    - {port: 9090}
---
`;

/** Before: no policy. After: checkout-in. cart -> checkout is removed; frontend -> checkout narrowed. */
function policyAdded() {
  const baseline = bundleOf(TOPOLOGY);
  const current = bundleOf(TOPOLOGY + CHECKOUT_INGRESS);
  const policies = (b: typeof baseline) => b.ofKind('NetworkPolicy').map(policyOf);
  return diffConnectivity(
    connectivityOfBundle(baseline, { cutPolicies: policies(current) }),
    connectivityOfBundle(current, { cutPolicies: policies(baseline) }),
  );
}

const seen = (from: string, to: string, rate: number, fromNamespace = 'shop'): ObservedConnection => ({
  fromNamespace,
  from,
  toNamespace: 'shop',
  to,
  rate,
  unit: 'req/s',
});

describe('judgeObservedTraffic', () => {
  test('a removed connection that carried traffic blocks; a narrowed one keeps its warning', () => {
    const before = policyAdded();
    expect(before.verdict).toBe('warn');
    const judged = judgeObservedTraffic(before, {
      window: '6h',
      connections: [seen('cart', 'checkout', 0.5), seen('frontend', 'checkout', 1240)],
    });
    expect(judged.verdict).toBe('block');
    expect(judged.changes.filter((c) => c.observed).map((c) => c.observed)).toEqual([
      // Every port was allowed before, so no port is named.
      'cart → checkout carried 0.5 req/s in the last 6h and is denied after this release',
    ]);
  });

  test('workloads match by namespace and name; zero traffic is no traffic', () => {
    const judged = judgeObservedTraffic(policyAdded(), {
      window: '1h',
      connections: [seen('cart', 'checkout', 3, 'payments'), seen('cart', 'checkout', 0)],
    });
    expect(judged.verdict).toBe('warn');
    expect(judged.changes.some((c) => c.observed)).toBe(false);
    expect(judged.notes).toBeUndefined();
  });

  test('traffic that could not be read is a note, and the verdict stays', () => {
    const judged = judgeObservedTraffic(policyAdded(), { unchecked: 'no istio_requests_total series' });
    expect(judged.verdict).toBe('warn');
    expect(judged.notes).toEqual(['observed traffic not checked: no istio_requests_total series']);
  });

  test('rates read as people write them', () => {
    expect([1240, 1240.4, 0.5, 2 / 3, 12345.6].map(formatRate)).toEqual([
      '1,240',
      '1,240',
      '0.5',
      '0.67',
      '12,346',
    ]);
  });
});

describe('observedTrafficQueries', () => {
  test('Istio: requests and TCP connections per workload pair, the larger reporter view', () => {
    const pair =
      'source_workload, source_workload_namespace, destination_workload, destination_workload_namespace';
    expect(observedTrafficQueries('istio', '1h').map((q) => q.promql)).toEqual([
      `max by (${pair}) (sum by (${pair}, reporter) (rate(istio_requests_total[1h])))`,
      `max by (${pair}) (sum by (${pair}, reporter) (rate(istio_tcp_connections_opened_total[1h])))`,
    ]);
  });

  test('Linkerd: outbound requests by deployment; Hubble: flows by workload', () => {
    expect(observedTrafficQueries('linkerd', '30m')[0]!.promql).toBe(
      'sum by (deployment, namespace, dst_deployment, dst_namespace) (rate(request_total{direction="outbound"}[30m]))',
    );
    expect(observedTrafficQueries('hubble', '2h')[0]!.promql).toBe(
      'sum by (source_workload, source_namespace, destination_workload, destination_namespace) (rate(hubble_flows_processed_total[2h]))',
    );
  });

  test('a window that is not a duration never reaches PromQL', () => {
    expect(() => observedTrafficQueries('istio', '1h])) or vector(1')).toThrow(
      'not a Prometheus duration: "1h])) or vector(1"',
    );
  });
});
