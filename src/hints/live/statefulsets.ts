/**
 * StatefulSet rollouts that do not advance: currentRevision ≠ updateRevision and the pod the
 * controller waits for. The controller (pkg/controller/statefulset) updates one pod at a time from
 * the highest ordinal down and waits for each updated pod to be Running and Ready; with
 * podManagementPolicy OrderedReady it also creates pods in order and stops at the first one that
 * is not Running and Ready. A pod stuck at a broken revision is not replaced when the template is
 * reverted ("forced rollback" in the StatefulSet docs): it has to be deleted by hand.
 */
import type { V1Pod, V1StatefulSet } from '@kubernetes/client-node';
import type { Hint } from '../../model/index.js';
import {
  type LiveContext,
  type WorkloadRef,
  describeWorkload,
  eventSeen,
  namesCapped,
  plural,
  quote,
  workloadKey,
  hintsPerWorkload,
} from './context.js';
import { podReady, podStateSummary } from './pods.js';

const REVISION_LABEL = 'controller-revision-hash';
const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

export interface StatefulPod {
  ordinal: number;
  name: string;
  pod: V1Pod | undefined;
  revision: string | undefined;
  healthy: boolean;
}

/** Every ordinal the StatefulSet should have, with its pod (undefined when it does not exist). */
export function statefulPods(sts: V1StatefulSet, pods: V1Pod[]): StatefulPod[] {
  const name = sts.metadata?.name ?? '';
  const start = sts.spec?.ordinals?.start ?? 0;
  const replicas = sts.spec?.replicas ?? 1;
  const byOrdinal = new Map<number, V1Pod>();
  for (const pod of pods) {
    const ordinal = ordinalOf(pod, name);
    if (ordinal !== undefined) byOrdinal.set(ordinal, pod);
  }
  return Array.from({ length: replicas }, (_, i) => {
    const ordinal = start + i;
    const pod = byOrdinal.get(ordinal);
    return {
      ordinal,
      name: `${name}-${ordinal}`,
      pod,
      revision: pod?.metadata?.labels?.[REVISION_LABEL],
      healthy:
        pod !== undefined &&
        !pod.metadata?.deletionTimestamp &&
        pod.status?.phase === 'Running' &&
        podReady(pod),
    };
  });
}

function ordinalOf(pod: V1Pod, stsName: string): number | undefined {
  const label = pod.metadata?.labels?.[POD_INDEX_LABEL];
  if (label !== undefined && /^\d+$/.test(label)) return Number(label);
  const name = pod.metadata?.name ?? '';
  const suffix = name.startsWith(`${stsName}-`) ? name.slice(stsName.length + 1) : '';
  return /^\d+$/.test(suffix) ? Number(suffix) : undefined;
}

export function statefulSetHints(context: LiveContext): Hint[] {
  return hintsPerWorkload('StatefulSet', context.state.statefulSets, context, statefulSetHint);
}

function statefulSetHint(sts: V1StatefulSet, ref: WorkloadRef, context: LiveContext): Hint | undefined {
  const current = sts.status?.currentRevision;
  const update = sts.status?.updateRevision;
  const orderedReady = (sts.spec?.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
  const strategy = sts.spec?.updateStrategy?.type ?? 'RollingUpdate';
  const partition = sts.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
  const pods = statefulPods(sts, context.podsByWorkload.get(workloadKey(ref))?.pods ?? []);
  const rolling = current !== undefined && update !== undefined && current !== update;
  const outdated = update ? pods.filter((p) => p.pod && p.revision !== update) : [];
  const updated = update ? pods.filter((p) => p.pod && p.revision === update) : [];

  // The pod the controller waits for: with OrderedReady the first one not Running and Ready
  // (creation and updates both stop there); otherwise an updated pod that is not healthy.
  const blocker = orderedReady
    ? pods.find((p) => !p.healthy)
    : [...pods].reverse().find((p) => !p.healthy && (!rolling || p.revision === update || !p.pod));
  const policy =
    `podManagementPolicy ${orderedReady ? 'OrderedReady' : 'Parallel'}, updateStrategy ${strategy}` +
    (strategy === 'RollingUpdate' && partition > 0 ? ` (partition ${partition})` : '');

  if (strategy === 'OnDelete' && rolling && outdated.length > 0 && !blocker) {
    return {
      id: 'sts-rollout-blocked',
      title: `${describeWorkload(ref)}: updateStrategy OnDelete, ${outdated.length} of ${plural(pods.length, 'pod')} still at revision ${current} until deleted`,
      evidence: [
        `revisions: current ${current}, update ${update}; outdated: ${namesCapped(outdated.map((p) => p.name))}`,
        `fix: with OnDelete the controller replaces a pod only when it is deleted: delete ${namesCapped(outdated.map((p) => p.name))} one at a time (highest ordinal first), or switch updateStrategy to RollingUpdate`,
      ],
    };
  }
  if (!blocker) return undefined; // progressing, held by a partition, or done
  if (!rolling && !orderedReady) return undefined; // a single unhealthy pod: the pod hints say it
  const waiting = orderedReady
    ? pods.filter((p) => p.ordinal > blocker.ordinal && !p.healthy).map((p) => p.name)
    : [];
  if (!rolling && waiting.length === 0) return undefined; // the last pod is unhealthy: nothing waits on it

  const state = blocker.pod ? podStateSummary(blocker.pod) : 'not created';
  const evidence: string[] = [];
  if (rolling) {
    evidence.push(
      `revisions: current ${current}, update ${update}; ${updated.length} of ${plural(pods.length, 'pod')} updated` +
        (updated.length > 0 ? ` (${namesCapped(updated.map((p) => p.name))})` : '') +
        `; ${policy}`,
    );
  } else {
    evidence.push(`${sts.status?.readyReplicas ?? 0} of ${plural(pods.length, 'replica')} ready; ${policy}`);
  }
  evidence.push(`${blocker.name}: ${state}${blocker.revision ? `, revision ${blocker.revision}` : ''}`);
  const behind = rolling
    ? pods
        .filter((p) => p.ordinal < blocker.ordinal && p.ordinal >= partition && p.revision !== update)
        .map((p) => p.name)
        .reverse()
    : waiting;
  if (behind.length > 0) {
    evidence.push(
      `${rolling ? 'not updated until it is Ready' : 'not created or started until it is Ready'}: ${namesCapped(behind)}`,
    );
  }
  const failedCreate = context
    .eventsFor('StatefulSet', ref.namespace, ref.name, sts.metadata?.uid)
    .find((e) => e.reason === 'FailedCreate');
  if (failedCreate)
    evidence.push(`controller: ${quote(failedCreate.message ?? '')}${eventSeen(failedCreate, context.now)}`);
  evidence.push(
    blocker.pod
      ? `fix: make ${blocker.name} Running and Ready (the pod hints say why it is not); if you revert the template instead, ` +
          `delete pod ${blocker.name} afterwards: a StatefulSet does not replace a pod stuck at a broken revision by itself`
      : `fix: the controller cannot create ${blocker.name}${failedCreate ? ' (see the FailedCreate message)' : ''}: ` +
          'fix what refuses it (quota, admission, a PersistentVolumeClaim that cannot be bound)',
  );
  const title = rolling
    ? `${describeWorkload(ref)}: rollout to revision ${update} blocked at pod ${blocker.name}: ${state}`
    : `${describeWorkload(ref)}: pod ${blocker.name} not Ready (${state}) blocks ${plural(waiting.length, 'later pod')} (OrderedReady)`;
  return { id: 'sts-rollout-blocked', title, evidence };
}
