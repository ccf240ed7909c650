/**
 * Deployments whose rollout stopped (Progressing=False, ProgressDeadlineExceeded) or that run with
 * unavailable replicas, with the state of the new ReplicaSet's pods and a ReplicaSet that cannot
 * create pods at all (ReplicaFailure: quota, admission).
 */
import type { V1Deployment, V1DeploymentCondition, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import type { Hint } from '../../model/index.js';
import {
  type LiveContext,
  type WorkloadRef,
  controllerOf,
  describeWorkload,
  eventSeen,
  plural,
  quote,
  rollbackCommand,
  timeOf,
  timeWithAge,
  workloadKey,
  hintsPerWorkload,
} from './context.js';
import { podReady, podStateSummary } from './pods.js';

const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';

export function deploymentHints(context: LiveContext): Hint[] {
  // A paused Deployment is not rolling out: nothing of its rollout to explain.
  const active = context.state.deployments.filter((deployment) => !deployment.spec?.paused);
  return hintsPerWorkload('Deployment', active, context, deploymentHint);
}

function condition(deployment: V1Deployment, type: string): V1DeploymentCondition | undefined {
  return deployment.status?.conditions?.find((c) => c.type === type);
}

/** The ReplicaSet of the Deployment's current revision, else its newest. */
export function newReplicaSet(
  deployment: V1Deployment,
  replicaSets: V1ReplicaSet[],
): V1ReplicaSet | undefined {
  const owned = replicaSets.filter(
    (rs) =>
      rs.metadata?.namespace === deployment.metadata?.namespace &&
      controllerOf(rs.metadata)?.kind === 'Deployment' &&
      controllerOf(rs.metadata)?.name === deployment.metadata?.name,
  );
  const revision = deployment.metadata?.annotations?.[REVISION_ANNOTATION];
  return (
    owned.find(
      (rs) => revision !== undefined && rs.metadata?.annotations?.[REVISION_ANNOTATION] === revision,
    ) ??
    [...owned].sort(
      (a, b) => (timeOf(b.metadata?.creationTimestamp) ?? 0) - (timeOf(a.metadata?.creationTimestamp) ?? 0),
    )[0]
  );
}

/** "2 CrashLoopBackOff (app: last exit 1 (Error)), 1 Running, ready" */
export function summarizePods(pods: V1Pod[]): string {
  const counts = new Map<string, number>();
  for (const pod of pods) {
    const state = podStateSummary(pod);
    counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([state, count]) => `${count} ${state}`)
    .join(', ');
}

function deploymentHint(deployment: V1Deployment, ref: WorkloadRef, context: LiveContext): Hint | undefined {
  const status = deployment.status ?? {};
  const progressing = condition(deployment, 'Progressing');
  const replicaFailure = condition(deployment, 'ReplicaFailure');
  const failing = replicaFailure?.status === 'True';
  const stuck = progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded';
  const desired = deployment.spec?.replicas ?? 1;
  const unavailable = status.unavailableReplicas ?? 0;
  if (!stuck && unavailable === 0 && !failing) return undefined;

  const rs = newReplicaSet(deployment, context.state.replicaSets);
  const rsName = rs?.metadata?.name;
  const pods = context.podsByWorkload.get(workloadKey(ref))?.pods ?? [];
  const newPods = rsName ? pods.filter((p) => controllerOf(p.metadata)?.name === rsName) : [];
  const counts =
    `${desired} desired, ${status.updatedReplicas ?? 0} updated, ${status.readyReplicas ?? 0} ready, ` +
    `${status.availableReplicas ?? 0} available, ${unavailable} unavailable`;

  const evidence: string[] = [];
  if (stuck) {
    const since = timeOf(progressing.lastUpdateTime ?? progressing.lastTransitionTime);
    evidence.push(
      `condition Progressing=False ProgressDeadlineExceeded: ${quote(progressing.message ?? '')}` +
        `${since !== undefined ? ` at ${timeWithAge(since, context.now)}` : ''} ` +
        `(progressDeadlineSeconds ${deployment.spec?.progressDeadlineSeconds ?? 600})`,
    );
  }
  evidence.push(`replicas: ${counts}`);
  if (rsName) {
    const revision = rs?.metadata?.annotations?.[REVISION_ANNOTATION];
    const label = `new ReplicaSet ${rsName}${revision ? ` (revision ${revision})` : ''}`;
    evidence.push(
      newPods.length > 0 ? `pods of ${label}: ${summarizePods(newPods)}` : `${label} has no pods`,
    );
  }
  const older = pods.filter((p) => !newPods.includes(p));
  if (older.length > 0) evidence.push(`pods of older ReplicaSets: ${summarizePods(older)}`);
  if (failing)
    evidence.push(
      `condition ReplicaFailure=True ${replicaFailure.reason ?? ''}: ${quote(replicaFailure.message ?? '')}`,
    );
  const readiness = readinessFailure(newPods.length > 0 ? newPods : pods, context);
  if (readiness) evidence.push(readiness);
  evidence.push(
    deploymentFix(ref, rsName, failing ? replicaFailure : undefined, newPods, readiness !== undefined),
  );

  const title = stuck
    ? `${describeWorkload(ref)}: rollout stuck, ${(progressing.message ?? 'progress deadline exceeded').replace(/\.$/, '')} ` +
      `(${status.updatedReplicas ?? 0} of ${desired} updated, ${status.availableReplicas ?? 0} available)`
    : failing && unavailable === 0
      ? `${describeWorkload(ref)}: ReplicaSet cannot create pods (${replicaFailure.reason ?? 'ReplicaFailure'})`
      : `${describeWorkload(ref)}: ${unavailable} of ${plural(desired, 'replica')} unavailable`;
  return { id: stuck ? 'rollout-stuck' : 'deployment-unavailable', title, evidence };
}

/** The newest readiness probe failure among pods that run but are not ready. */
function readinessFailure(pods: V1Pod[], context: LiveContext): string | undefined {
  for (const pod of pods) {
    if (pod.status?.phase !== 'Running' || podReady(pod)) continue;
    const meta = pod.metadata;
    const event = context
      .eventsFor('Pod', meta?.namespace ?? '', meta?.name ?? '', meta?.uid)
      .find((e) => e.reason === 'Unhealthy' && e.message?.startsWith('Readiness probe failed'));
    if (event) return `${meta?.name}: kubelet: ${quote(event.message ?? '')}${eventSeen(event, context.now)}`;
  }
  return undefined;
}

function deploymentFix(
  ref: WorkloadRef,
  rsName: string | undefined,
  replicaFailure: V1DeploymentCondition | undefined,
  newPods: V1Pod[],
  readinessFails: boolean,
): string {
  const rollback = rollbackCommand(ref);
  if (replicaFailure) {
    const message = replicaFailure.message ?? '';
    if (/exceeded quota/.test(message)) {
      return `fix: the namespace's ResourceQuota refuses the new pods: raise the quota, or lower the requests/limits of ${describeWorkload(ref)}`;
    }
    if (/violates PodSecurity/.test(message)) {
      return `fix: the namespace's Pod Security level refuses the pods: set the securityContext fields the message names in the pod template of ${describeWorkload(ref)}`;
    }
    return `fix: the API server refuses the new pods of ${rsName ?? describeWorkload(ref)}: change what the ReplicaFailure message names (quota, admission policy, ServiceAccount)`;
  }
  const running = newPods.length > 0 && newPods.every((p) => p.status?.phase === 'Running');
  if (running && readinessFails) {
    return (
      `fix: the new pods run but never pass their readiness probe: fix the endpoint it checks or the probe's ` +
      `path/port${rollback ? `; to restore the previous version now: ${rollback}` : ''}`
    );
  }
  return (
    `fix: the pods of ${rsName ? `ReplicaSet ${rsName}` : describeWorkload(ref)} do not become available; the pod hints ` +
    `say why${rollback ? `; to restore the previous version now: ${rollback}` : ''}`
  );
}
