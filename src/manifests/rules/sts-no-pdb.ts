import type { Rule } from '../types.js';
import { budgetsCovering, statefulSets, wellFormedSelector, yamlMap } from './sts-util.js';

export const rule: Rule = {
  meta: {
    id: 'sts-no-pdb',
    severity: 'warning',
    kinds: ['StatefulSet', 'PodDisruptionBudget'],
    description: 'A StatefulSet with more than one replica has no PodDisruptionBudget selecting its pods.',
    rationale:
      'Without a budget, a node drain (cluster upgrade, autoscaler scale-down) may evict several members at once; ' +
      'a quorum system (etcd, ZooKeeper, Cassandra, Kafka) then loses quorum and stops serving.',
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: zk }
spec:
  serviceName: zk-hs
  replicas: 3
  selector: { matchLabels: { app: zk } }
  template:
    metadata: { labels: { app: zk } }
    spec: { containers: [{ name: zk, image: zookeeper:3.9 }] }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: zk }
spec:
  serviceName: zk-hs
  replicas: 3
  selector: { matchLabels: { app: zk } }
  template:
    metadata: { labels: { app: zk } }
    spec: { containers: [{ name: zk, image: zookeeper:3.9 }] }
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: zk }
spec:
  maxUnavailable: 1
  selector: { matchLabels: { app: zk } }
`,
    },
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      if (sts.replicas === undefined || sts.replicas <= 1) continue;
      const namespace = sts.resource.namespace;
      if (budgetsCovering(bundle, namespace, sts.podLabels).length > 0) continue;
      const matchLabels = wellFormedSelector(sts.spec.selector)?.matchLabels ?? {};
      const labels = Object.keys(matchLabels).length > 0 ? matchLabels : sts.podLabels;
      report({
        resource: sts.resource,
        path: ['spec', 'replicas'],
        message:
          `${sts.replicas} replicas and no PodDisruptionBudget in namespace "${namespace}" selects the pods; a node ` +
          'drain may evict several at once',
        hint:
          `Add a PodDisruptionBudget (policy/v1) in namespace "${namespace}" with selector.matchLabels ` +
          `${yamlMap(labels)} and maxUnavailable: 1 (or minAvailable: the quorum size).`,
      });
    }
  },
};
