/**
 * Release correlation: did the burn start after the last rollout of the release's workloads, or
 * before it? Compares when the short-window burn began (src/gate/burn-start.ts asks Prometheus)
 * with the creation time of the current ReplicaSet / ControllerRevision of each workload. Pure.
 *
 * A rollback to an earlier revision reuses that revision's ReplicaSet (or ControllerRevision), whose
 * creation time is then older than the rollback itself: the hint names the revision and its time so
 * a reader can tell.
 */
import type { V1ControllerRevision, V1ObjectMeta } from '@kubernetes/client-node';
import type { LiveState } from '../cluster/types.js';
import type { Hint } from '../model/index.js';
import { readableRate } from '../slo/format.js';
import {
  type WorkloadRef,
  controllerOf,
  describeWorkload,
  formatTime,
  humanDuration,
  rollbackCommand,
  timeOf,
} from './live/context.js';
import { newReplicaSet } from './live/deployments.js';

export interface Rollout {
  workload: WorkloadRef;
  /** The object that carries the revision. */
  kind: 'ReplicaSet' | 'ControllerRevision';
  name: string;
  /** deployment.kubernetes.io/revision or ControllerRevision.revision, when known. */
  revision?: number;
  createdAt: Date;
}

export interface BurnStart {
  slo: string;
  /** The short window whose burn rate was followed ("5m") and the factor it crossed. */
  window: string;
  factor: number;
  /**
   * The first step of the run above the factor that lasts until `at`; undefined when the burn rate
   * was above the factor over the whole lookback (it began earlier).
   */
  began?: Date;
  /** The earliest time looked at. */
  lookbackStart: Date;
  at: Date;
}

/** Within this long after a rollout, a burn is most likely the rollout's doing. */
export const RECENT_ROLLOUT_SECONDS = 3600;
const MAX_OTHER_ROLLOUTS = 4;

/**
 * The current revision of each workload: a Deployment's ReplicaSet of its current revision, a
 * StatefulSet's ControllerRevision named by status.updateRevision, a DaemonSet's newest
 * ControllerRevision. Empty `workloads` means every Deployment, StatefulSet and DaemonSet read.
 */
export function latestRollouts(state: LiveState, workloads: WorkloadRef[]): Rollout[] {
  const wanted = new Set(workloads.map((w) => `${w.kind}/${w.namespace}/${w.name}`));
  const inScope = (kind: string, meta: V1ObjectMeta | undefined) =>
    wanted.size === 0 || wanted.has(`${kind}/${meta?.namespace}/${meta?.name}`);
  const refOf = (kind: string, meta: V1ObjectMeta | undefined): WorkloadRef => ({
    kind,
    namespace: meta?.namespace ?? '',
    name: meta?.name ?? '',
  });
  const rollouts: Rollout[] = [];

  for (const deployment of state.deployments) {
    if (!inScope('Deployment', deployment.metadata)) continue;
    const rs = newReplicaSet(deployment, state.replicaSets);
    const createdAt = timeOf(rs?.metadata?.creationTimestamp);
    if (!rs || createdAt === undefined) continue;
    const revision = Number(rs.metadata?.annotations?.['deployment.kubernetes.io/revision']);
    rollouts.push({
      workload: refOf('Deployment', deployment.metadata),
      kind: 'ReplicaSet',
      name: rs.metadata?.name ?? '',
      ...(Number.isInteger(revision) ? { revision } : {}),
      createdAt: new Date(createdAt),
    });
  }

  const revisionsOf = (kind: string, meta: V1ObjectMeta | undefined): V1ControllerRevision[] =>
    state.controllerRevisions.filter(
      (r) =>
        r.metadata?.namespace === meta?.namespace &&
        controllerOf(r.metadata)?.kind === kind &&
        controllerOf(r.metadata)?.name === meta?.name,
    );
  const pushRevision = (
    kind: string,
    meta: V1ObjectMeta | undefined,
    revision: V1ControllerRevision | undefined,
  ) => {
    const createdAt = timeOf(revision?.metadata?.creationTimestamp);
    if (!revision || createdAt === undefined) return;
    rollouts.push({
      workload: refOf(kind, meta),
      kind: 'ControllerRevision',
      name: revision.metadata?.name ?? '',
      revision: revision.revision,
      createdAt: new Date(createdAt),
    });
  };
  const newest = (revisions: V1ControllerRevision[]) =>
    [...revisions].sort((a, b) => b.revision - a.revision)[0];
  for (const sts of state.statefulSets) {
    if (!inScope('StatefulSet', sts.metadata)) continue;
    const revisions = revisionsOf('StatefulSet', sts.metadata);
    const update = sts.status?.updateRevision;
    pushRevision(
      'StatefulSet',
      sts.metadata,
      revisions.find((r) => r.metadata?.name === update) ?? newest(revisions),
    );
  }
  for (const ds of state.daemonSets) {
    if (!inScope('DaemonSet', ds.metadata)) continue;
    pushRevision('DaemonSet', ds.metadata, newest(revisionsOf('DaemonSet', ds.metadata)));
  }
  return rollouts;
}

function describeRollout(rollout: Rollout): string {
  return `revision ${rollout.name} of ${describeWorkload(rollout.workload)}`;
}

/**
 * "burn began 4 min after revision checkout-7d9f8c6b5 of Deployment shop/checkout rolled out", or
 * "the burn predates the last rollout". undefined without a rollout to compare with.
 */
export function releaseCorrelation(burn: BurnStart, rollouts: Rollout[]): Hint | undefined {
  if (rollouts.length === 0) return undefined;
  const sorted = [...rollouts].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const last = sorted[0]!;
  const rolledOut = last.createdAt.getTime();
  const lookback = (burn.at.getTime() - burn.lookbackStart.getTime()) / 1000;
  const rate = `burn rate over ${burn.window} above ${readableRate(burn.factor)}`;
  const evidence: string[] = [];
  let title: string;
  let fix: string;

  if (burn.began !== undefined) {
    const began = burn.began.getTime();
    evidence.push(
      `${rate} continuously since ${formatTime(began)} (until the check at ${formatTime(burn.at.getTime())})`,
    );
    if (began >= rolledOut) {
      const after = (began - rolledOut) / 1000;
      title = `burn began ${humanDuration(after)} after ${describeRollout(last)} rolled out`;
      fix =
        after <= RECENT_ROLLOUT_SECONDS
          ? `fix: the burn follows the rollout closely: roll back ${describeRollout(last)}` +
            `${rollbackCommand(last.workload) ? ` (${rollbackCommand(last.workload)}, or the previous Git revision in Argo CD)` : ''} ` +
            'and look at what changed in it before releasing again'
          : `fix: the burn began ${humanDuration(after)} after the rollout, so the rollout is a suspect but not an obvious ` +
            'one: check what changed around the start (traffic, dependencies, configuration) as well as the release';
    } else {
      title = `the burn predates the last rollout: it began ${humanDuration((rolledOut - began) / 1000)} before ${describeRollout(last)} rolled out`;
      fix =
        'fix: the last rollout did not start this burn, so rolling it back will not stop it: look at dependencies, ' +
        'traffic and infrastructure from the time the burn began';
    }
  } else {
    evidence.push(
      `${rate} for the whole ${humanDuration(lookback)} looked at (since ${formatTime(burn.lookbackStart.getTime())} at least)`,
    );
    if (rolledOut >= burn.lookbackStart.getTime()) {
      title = `the burn predates the last rollout: it was already burning before ${describeRollout(last)} rolled out`;
      fix =
        'fix: the last rollout did not start this burn, so rolling it back will not stop it: look at what changed ' +
        `more than ${humanDuration(lookback)} ago`;
    } else {
      title = `burn has lasted over ${humanDuration(lookback)}; ${describeRollout(last)} rolled out earlier, so its part is not known`;
      fix = `fix: compare the burn-rate history further back with the rollout at ${formatTime(rolledOut)} before suspecting it`;
    }
  }
  evidence.push(
    `${describeRollout(last)}: ${last.kind} created at ${formatTime(rolledOut)}${last.revision !== undefined ? ` (revision ${last.revision})` : ''}`,
  );
  for (const other of sorted.slice(1, 1 + MAX_OTHER_ROLLOUTS)) {
    evidence.push(`also ${describeRollout(other)}: created at ${formatTime(other.createdAt.getTime())}`);
  }
  if (sorted.length > 1 + MAX_OTHER_ROLLOUTS)
    evidence.push(`and ${sorted.length - 1 - MAX_OTHER_ROLLOUTS} older rollouts`);
  evidence.push(fix);
  return { id: 'release-correlation', title, evidence: [title, ...evidence], slo: burn.slo };
}
