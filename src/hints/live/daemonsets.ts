/**
 * DaemonSets with fewer ready pods than nodes that should run one, naming the nodes where the pods
 * say so: a running pod has spec.nodeName, and a pod the scheduler has not placed yet targets its
 * node through the nodeAffinity matchFields (metadata.name In [node]) the DaemonSet controller writes.
 * With the Nodes readable (the optional ClusterRole) the nodes without a pod are named too, each
 * with why: a taint the pods do not tolerate, a nodeSelector or node affinity that excludes it, or
 * nothing (the controller did not create the pod); a pod stuck there says what the node lacks.
 */
import type { V1DaemonSet, V1Pod, V1PodSpec, V1Toleration } from '@kubernetes/client-node';
import { formatResource } from '../../k8s/quantity.js';
import type { Hint } from '../../model/index.js';
import {
  type LiveContext,
  type WorkloadRef,
  MAX_LISTED,
  describeWorkload,
  eventSeen,
  namesCapped,
  plural,
  quote,
  workloadKey,
  hintsPerWorkload,
} from './context.js';
import { type NodeFit, fitOnNodes, nodeProfiles } from './nodes.js';
import { parseSchedulingMessage } from './pending.js';
import { podReady, podStateSummary } from './pods.js';

/** The node a DaemonSet pod is for: where it runs, else the node its affinity pins it to. */
export function targetNode(pod: V1Pod): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms =
    pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const term of terms) {
    const field = term.matchFields?.find((f) => f.key === 'metadata.name' && f.operator === 'In');
    if (field?.values?.[0]) return field.values[0];
  }
  return undefined;
}

/**
 * Tolerations the DaemonSet controller adds to every pod it creates, so node conditions and a
 * cordon do not keep a daemon off (network-unavailable only for hostNetwork pods).
 */
export function daemonSetPodSpec(spec: V1PodSpec | undefined): V1PodSpec {
  const added: V1Toleration[] = [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
    ...(spec?.hostNetwork
      ? [{ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' }]
      : []),
  ];
  return { containers: [], ...spec, tolerations: [...(spec?.tolerations ?? []), ...added] };
}

export function daemonSetHints(context: LiveContext): Hint[] {
  return hintsPerWorkload('DaemonSet', context.state.daemonSets, context, daemonSetHint);
}

function daemonSetHint(ds: V1DaemonSet, ref: WorkloadRef, context: LiveContext): Hint | undefined {
  const status = ds.status;
  if (!status) return undefined;
  const desired = status.desiredNumberScheduled ?? 0;
  const ready = status.numberReady ?? 0;
  const misscheduled = status.numberMisscheduled ?? 0;
  if (desired === 0 || (ready >= desired && misscheduled === 0)) return undefined;

  const pods = context.podsByWorkload.get(workloadKey(ref))?.pods ?? [];
  const notReady = pods.filter((p) => !podReady(p));
  const scheduled = status.currentNumberScheduled ?? pods.length;
  const withoutPod = Math.max(0, desired - scheduled);
  const nodes = notReady.map((p) => targetNode(p)).filter((n): n is string => n !== undefined);

  const evidence: string[] = [
    `desired ${desired}, scheduled ${scheduled}, ready ${ready}, updated ${status.updatedNumberScheduled ?? 0}` +
      (misscheduled > 0 ? `, ${misscheduled} misscheduled (running where they should not)` : ''),
  ];
  for (const pod of notReady.slice(0, MAX_LISTED)) {
    const node = targetNode(pod);
    const meta = pod.metadata;
    const scheduling = context
      .eventsFor('Pod', meta?.namespace ?? '', meta?.name ?? '', meta?.uid)
      .find((e) => e.reason === 'FailedScheduling');
    const why = scheduling
      ? `; scheduler: ${quote(parseSchedulingMessage(scheduling.message ?? '').summary)}`
      : '';
    const lacks = node && pod.status?.phase === 'Pending' ? shortOn(node, ds, context) : '';
    evidence.push(`${node ?? '(node unknown)'}: pod ${meta?.name} ${podStateSummary(pod)}${why}${lacks}`);
  }
  if (notReady.length > MAX_LISTED)
    evidence.push(`and ${plural(notReady.length - MAX_LISTED, 'more pod')} not ready`);
  const coverage = nodeCoverage(ds, pods, context);
  if (coverage) evidence.push(...coverage.lines);
  else if (withoutPod > 0) {
    const unknownWhy = context.state.unreadable.has('nodes/*')
      ? 'the gate may not list nodes (apply hooks/optional/cluster-read.yaml)'
      : 'the Nodes were not read';
    evidence.push(
      `${plural(withoutPod, 'node')} that should run a pod ${withoutPod === 1 ? 'has' : 'have'} none (which ones is unknown: ` +
        `${unknownWhy}; compare kubectl get nodes with kubectl get pods -n ${ref.namespace} -o wide)`,
    );
  }
  const failedCreate = context
    .eventsFor('DaemonSet', ref.namespace, ref.name, ds.metadata?.uid)
    .find((e) => e.reason === 'FailedCreate' || e.reason === 'FailedPlacement');
  if (failedCreate)
    evidence.push(`controller: ${quote(failedCreate.message ?? '')}${eventSeen(failedCreate, context.now)}`);

  const pending = notReady.some((p) => p.status?.phase === 'Pending' && !p.spec?.nodeName);
  evidence.push(
    pending
      ? `fix: the pods do not fit on their nodes next to what already runs there: lower their requests, or give ` +
          `${describeWorkload(ref)} a priorityClassName such as system-node-critical so they preempt lower-priority pods`
      : withoutPod > 0 && notReady.length === 0
        ? `fix: the controller did not create pods for some nodes${failedCreate ? ' (see its message)' : ''}: fix what refuses them (quota, admission)`
        : `fix: the pods on ${nodes.length > 0 ? namesCapped(nodes) : 'those nodes'} are not ready; the pod hints say why`,
  );
  const where =
    (nodes.length > 0 ? `; not ready on ${namesCapped(nodes, 3)}` : '') +
    (coverage && coverage.missing.length > 0 ? `; no pod on ${namesCapped(coverage.missing, 3)}` : '');
  return {
    id: 'daemonset-incomplete',
    title: `${describeWorkload(ref)}: ${ready} of ${plural(desired, 'pod')} ready${where}`,
    evidence,
  };
}

/**
 * The nodes that have no pod of the DaemonSet, each with why; undefined when the Nodes were not read.
 * `missing`: the nodes that should run one (no taint or selection keeps it off) and do not.
 */
function nodeCoverage(
  ds: V1DaemonSet,
  pods: V1Pod[],
  context: LiveContext,
): { lines: string[]; missing: string[] } | undefined {
  const profiles = nodeProfiles(context.state);
  if (profiles.length === 0) return undefined;
  const covered = new Set(pods.map(targetNode).filter((n): n is string => n !== undefined));
  const fits = fitOnNodes(
    daemonSetPodSpec(ds.spec?.template?.spec),
    profiles.filter((n) => !covered.has(n.name)),
  );
  const missing = fits.filter((f) => !f.excludedBy).map((f) => f.node.name);
  const excluded = fits.filter(
    (f): f is NodeFit & { excludedBy: NonNullable<NodeFit['excludedBy']> } => !!f.excludedBy,
  );
  const lines: string[] = [];
  if (missing.length > 0)
    lines.push(
      `${namesCapped(missing)}: no pod, though no taint or node selection keeps it off (the controller did not create one)`,
    );
  for (const fit of excluded.slice(0, MAX_LISTED))
    lines.push(
      `${fit.node.name}: no pod: ${fit.excludedBy.text}` +
        (fit.excludedBy.kind === 'taint'
          ? ' (add a toleration if the DaemonSet must run there)'
          : ' (by design, unless the labels are wrong)'),
    );
  if (excluded.length > MAX_LISTED)
    lines.push(`and ${plural(excluded.length - MAX_LISTED, 'more node')} excluded`);
  lines.push(
    `${plural(profiles.length, 'node')}: ${covered.size} with a pod, ${missing.length} without one that should have it, ${excluded.length} excluded`,
  );
  return { lines, missing };
}

/** "; node-b has memory 200Mi free, the pod asks 512Mi" for a daemon pod that does not fit on its node. */
function shortOn(node: string, ds: V1DaemonSet, context: LiveContext): string {
  const profile = nodeProfiles(context.state).find((n) => n.name === node);
  if (!profile) return '';
  const [fit] = fitOnNodes(daemonSetPodSpec(ds.spec?.template?.spec), [profile]);
  if (!fit || fit.short.length === 0) return '';
  return (
    `; ${node} has ` +
    fit.short
      .map(
        (s) =>
          `${s.resource} ${formatResource(s.resource, s.free < 0n ? 0n : s.free)} free, the pod asks ${formatResource(s.resource, s.asked)}`,
      )
      .join('; ')
  );
}
