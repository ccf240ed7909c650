import { isRecord } from '../../k8s/labels.js';
import type { Rule } from '../types.js';
import { containersOf, statefulSets, wellFormedSelector, yamlMap, type StatefulSetView } from './sts-util.js';

const nonEmptyList = (value: unknown) => Array.isArray(value) && value.length > 0;

/** podAntiAffinity with at least one term, or at least one topologySpreadConstraint. */
function spreads(sts: StatefulSetView): boolean {
  const podSpec = sts.podSpec;
  if (!podSpec) return true; // no template: nothing to judge
  if (nonEmptyList(podSpec.topologySpreadConstraints)) return true;
  const affinity = isRecord(podSpec.affinity) ? podSpec.affinity : {};
  const anti = isRecord(affinity.podAntiAffinity) ? affinity.podAntiAffinity : {};
  return (
    nonEmptyList(anti.requiredDuringSchedulingIgnoredDuringExecution) ||
    nonEmptyList(anti.preferredDuringSchedulingIgnoredDuringExecution)
  );
}

/** A hostPort can be bound once per node, so pods that declare one never share a node. */
function usesHostPort(sts: StatefulSetView): boolean {
  return containersOf(sts).some(
    (ref) =>
      Array.isArray(ref.container.ports) &&
      ref.container.ports.some(
        (port) => isRecord(port) && typeof port.hostPort === 'number' && port.hostPort > 0,
      ),
  );
}

export const rule: Rule = {
  meta: {
    id: 'sts-no-spread',
    severity: 'warning',
    kinds: ['StatefulSet'],
    description:
      'A StatefulSet with more than one replica has neither podAntiAffinity nor topologySpreadConstraints.',
    rationale:
      "Nothing keeps the replicas apart (the scheduler's built-in spreading is only a soft preference), so several " +
      'members can land on one node or zone; losing that node takes down quorum, and replication gives no protection.',
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
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: DoNotSchedule
          labelSelector: { matchLabels: { app: zk } }
      containers: [{ name: zk, image: zookeeper:3.9 }]
`,
    },
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      if (sts.replicas === undefined || sts.replicas <= 1) continue;
      if (spreads(sts) || usesHostPort(sts)) continue;
      const matchLabels = wellFormedSelector(sts.spec.selector)?.matchLabels ?? {};
      const labels = Object.keys(matchLabels).length > 0 ? matchLabels : sts.podLabels;
      report({
        resource: sts.resource,
        path: ['spec', 'replicas'],
        message:
          `${sts.replicas} replicas with neither podAntiAffinity nor topologySpreadConstraints: several can be ` +
          'scheduled onto one node, and losing it takes them all down',
        hint:
          'Add to spec.template.spec a topologySpreadConstraint (maxSkew: 1, topologyKey: kubernetes.io/hostname ' +
          `or topology.kubernetes.io/zone, labelSelector.matchLabels ${yamlMap(labels)}) or a podAntiAffinity term ` +
          'with that labelSelector.',
      });
    }
  },
};
