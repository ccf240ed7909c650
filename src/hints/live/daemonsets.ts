/**
 * DaemonSets with fewer ready pods than nodes that should run one, naming the nodes where the pods
 * say so: a running pod has spec.nodeName, and a pod the scheduler has not placed yet targets its
 * node through the nodeAffinity matchFields (metadata.name In [node]) the DaemonSet controller writes.
 * Nodes without any pod cannot be named: the gate does not read Nodes.
 */
import type { V1DaemonSet, V1Pod } from '@kubernetes/client-node';
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
    evidence.push(`${node ?? '(node unknown)'}: pod ${meta?.name} ${podStateSummary(pod)}${why}`);
  }
  if (notReady.length > MAX_LISTED)
    evidence.push(`and ${plural(notReady.length - MAX_LISTED, 'more pod')} not ready`);
  if (withoutPod > 0) {
    evidence.push(
      `${plural(withoutPod, 'node')} that should run a pod ${withoutPod === 1 ? 'has' : 'have'} none (which ones is unknown: ` +
        `the gate does not read Nodes; compare kubectl get nodes with kubectl get pods -n ${ref.namespace} -o wide)`,
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
  const where = nodes.length > 0 ? `; not ready on ${namesCapped(nodes, 3)}` : '';
  return {
    id: 'daemonset-incomplete',
    title: `${describeWorkload(ref)}: ${ready} of ${plural(desired, 'pod')} ready${where}`,
    evidence,
  };
}
