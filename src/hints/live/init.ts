/**
 * Pods held in initialization: the first init container that has not finished (init containers run
 * one after another, so it is the one blocking), whether it still runs, crash-loops or failed.
 * Image pulls and missing Secrets of init containers are the pods family's hints.
 */
import type { V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import type { Hint } from '../../model/index.js';
import {
  type LiveContext,
  type WorkloadRef,
  MAX_LISTED,
  describeWorkload,
  largestFirst,
  namesCapped,
  plural,
  quote,
  timeOf,
  timeWithAge,
  workloadKey,
} from './context.js';
import { describeExit, initFinished } from './pods.js';

const HANDLED_ELSEWHERE =
  /^(ImagePullBackOff|ErrImagePull|ErrImageNeverPull|InvalidImageName|CreateContainerConfigError|CreateContainerError)$/;

interface StuckInit {
  pod: V1Pod;
  status: V1ContainerStatus;
  /** 1-based position among the init containers, and their count: "2/3". */
  position: string;
  /** "running since ...", "CrashLoopBackOff, last exit 1 (Error)", "failed, exit 1 (Error)" */
  state: string;
  running: boolean;
}

/** The init container that blocks the pod, when the pod is still initializing. */
export function stuckInit(pod: V1Pod, now: number | undefined): StuckInit | undefined {
  if (pod.status?.phase !== 'Pending' || !pod.spec?.nodeName || pod.metadata?.deletionTimestamp)
    return undefined;
  const statuses = pod.status.initContainerStatuses ?? [];
  const specs = pod.spec.initContainers ?? [];
  const index = statuses.findIndex(
    (s) =>
      !initFinished(
        s,
        specs.find((c) => c.name === s.name),
      ),
  );
  if (index < 0) return undefined;
  const status = statuses[index]!;
  const waiting = status.state?.waiting?.reason;
  if (waiting && HANDLED_ELSEWHERE.test(waiting)) return undefined;
  const position = `${index + 1}/${statuses.length}`;
  const running = status.state?.running;
  if (running) {
    const since = timeOf(running.startedAt);
    const restarts =
      status.restartCount > 0 ? `, ${describeExit(status.lastState?.terminated, 'previous run exited')}` : '';
    return {
      pod,
      status,
      position,
      running: true,
      state: `running${since !== undefined ? ` since ${timeWithAge(since, now)}` : ''}${restarts}`,
    };
  }
  const terminated = status.state?.terminated;
  if (terminated && terminated.exitCode !== 0) {
    return { pod, status, position, running: false, state: `failed, ${describeExit(terminated, 'exit')}` };
  }
  if (waiting === 'CrashLoopBackOff') {
    const exit = describeExit(status.lastState?.terminated);
    return {
      pod,
      status,
      position,
      running: false,
      state: `CrashLoopBackOff${exit ? `, ${exit}` : ''}, restarted ${plural(status.restartCount, 'time')}`,
    };
  }
  // PodInitializing, or waiting for an earlier container: not stuck yet as far as the status says.
  return undefined;
}

export function initHints(context: LiveContext): Hint[] {
  const groups = new Map<
    string,
    { workload: WorkloadRef; container: string; stuck: StuckInit[]; total: number; size: number }
  >();
  for (const { workload, pods } of context.podsByWorkload.values()) {
    for (const pod of pods) {
      const stuck = stuckInit(pod, context.now);
      if (!stuck) continue;
      const key = `${workloadKey(workload)}|${stuck.status.name}`;
      const group = groups.get(key) ?? {
        workload,
        container: stuck.status.name,
        stuck: [],
        total: pods.length,
        size: 0,
      };
      group.stuck.push(stuck);
      group.size = group.stuck.length;
      groups.set(key, group);
    }
  }
  return largestFirst([...groups.values()]).map((group) => {
    const first = group.stuck[0]!;
    const name = first.pod.metadata?.name ?? '';
    const what = `init container ${group.container} (${first.position}) has not finished: ${first.state}`;
    const title =
      group.stuck.length === 1
        ? `${name}: ${what}`
        : `${describeWorkload(group.workload)}: ${group.stuck.length} of ${plural(group.total, 'pod')} stuck in init container ${group.container} (${first.position}): ${first.state}`;
    const evidence = group.stuck
      .slice(0, MAX_LISTED)
      .map(
        (s) =>
          `${s.pod.metadata?.name}${s.pod.spec?.nodeName ? ` on ${s.pod.spec.nodeName}` : ''}: init container ${group.container} ${s.state}`,
      );
    const rest = group.stuck.slice(MAX_LISTED).map((s) => s.pod.metadata?.name ?? '');
    if (rest.length > 0) evidence.push(`and ${plural(rest.length, 'more pod')}: ${namesCapped(rest)}`);
    const message = group.stuck
      .map((s) => s.status.lastState?.terminated?.message ?? s.status.state?.terminated?.message)
      .find((m) => m?.trim());
    if (message) evidence.push(`last termination message: ${quote(message)}`);
    const logs = `kubectl logs -n ${group.workload.namespace} ${name} -c ${group.container}${first.running ? '' : ' --previous'}`;
    evidence.push(
      first.running
        ? `fix: init container ${group.container} keeps running, so the main containers never start: it waits for something ` +
            `that is not there (${logs} shows what); make that dependency available or correct what it waits for`
        : `fix: init container ${group.container} fails, and the main containers start only after it succeeds: its log ` +
            `says why (${logs}); correct its command, configuration or the dependency it needs`,
    );
    return { id: 'init-stuck', title, evidence };
  });
}
