/**
 * Containers that do not run: CrashLoopBackOff with the last termination, OOM kills with the memory
 * limit, image pulls that fail (with the image and why), and containers the kubelet cannot create
 * (a missing Secret or ConfigMap key). One hint per workload and container, listing its pods.
 */
import type {
  CoreV1Event,
  V1Container,
  V1ContainerStateTerminated,
  V1ContainerStatus,
  V1Pod,
} from '@kubernetes/client-node';
import type { LogTarget } from '../../cluster/logs.js';
import type { LiveState } from '../../cluster/types.js';
import type { Hint } from '../../model/index.js';
import { containerMetricsKey, type PodSelection } from '../../prometheus/workload-metrics.js';
import { RESTART_SPIKE } from '../cause.js';
import { fuseCause, metricHints } from './diagnosis.js';
import {
  type LiveContext,
  type LiveScope,
  createLiveContext,
  type WorkloadRef,
  MAX_LISTED,
  describeWorkload,
  eventSeen,
  largestFirst,
  namesCapped,
  plural,
  quote,
  rollbackCommand,
  timeOf,
  timeWithAge,
  workloadKey,
} from './context.js';

type ProblemKind = 'pod-crashloop' | 'pod-oomkilled' | 'image-pull' | 'pod-config-error';

/** One container of one pod that does not run, as the kubelet reports it. */
export interface ContainerProblem {
  kind: ProblemKind;
  pod: V1Pod;
  container: string;
  /** An init container (restartable sidecars included). */
  init: boolean;
  /** state.waiting.reason, or 'Running' for a container that runs again after an OOM kill. */
  state: string;
  message?: string;
  restarts: number;
  last?: V1ContainerStateTerminated;
  memoryLimit?: string;
  image?: string;
}

const IMAGE_PULL_REASONS = new Set([
  'ImagePullBackOff',
  'ErrImagePull',
  'ErrImageNeverPull',
  'InvalidImageName',
]);
const CONFIG_REASONS = new Set(['CreateContainerConfigError', 'CreateContainerError']);

/** The containers of a pod in one of this family's states; init containers only for pulls and config. */
export function containerProblems(pod: V1Pod): ContainerProblem[] {
  const problems: ContainerProblem[] = [];
  const specs = new Map<string, V1Container>();
  for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])])
    specs.set(c.name, c);
  const scan = (statuses: V1ContainerStatus[] | undefined, init: boolean) => {
    for (const status of statuses ?? []) {
      const spec = specs.get(status.name);
      const waiting = status.state?.waiting;
      const last = status.lastState?.terminated ?? status.state?.terminated;
      const base = {
        pod,
        container: status.name,
        init,
        message: waiting?.message,
        restarts: status.restartCount ?? 0,
        last,
        memoryLimit: spec?.resources?.limits?.memory,
        image: spec?.image ?? status.image,
      };
      const reason = waiting?.reason ?? '';
      if (IMAGE_PULL_REASONS.has(reason)) problems.push({ ...base, kind: 'image-pull', state: reason });
      else if (CONFIG_REASONS.has(reason))
        problems.push({ ...base, kind: 'pod-config-error', state: reason });
      else if (init)
        continue; // an init container that crashes is the init family's
      else if (reason === 'CrashLoopBackOff') {
        const oom = last?.reason === 'OOMKilled';
        problems.push({ ...base, kind: oom ? 'pod-oomkilled' : 'pod-crashloop', state: reason });
      } else if (
        status.state?.running &&
        status.restartCount > 0 &&
        status.lastState?.terminated?.reason === 'OOMKilled'
      ) {
        // Running again, but its last run ended in an OOM kill: the next one is a matter of load.
        problems.push({ ...base, kind: 'pod-oomkilled', state: 'Running' });
      }
    }
  };
  scan(pod.status?.initContainerStatuses, true);
  scan(pod.status?.containerStatuses, false);
  return problems;
}

/** "last exit 137 (OOMKilled)", "last exit 1 (Error)", "last exit 137 (Error, killed by SIGKILL)". */
export function describeExit(terminated: V1ContainerStateTerminated | undefined, word = 'last exit'): string {
  if (!terminated) return '';
  const signal = signalOf(terminated.exitCode);
  const reason = terminated.reason ?? (terminated.exitCode === 0 ? 'Completed' : 'Error');
  const detail = signal && reason !== 'OOMKilled' ? `${reason}, killed by ${signal}` : reason;
  return `${word} ${terminated.exitCode} (${detail})`;
}

const SIGNALS: Record<number, string> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  6: 'SIGABRT',
  9: 'SIGKILL',
  11: 'SIGSEGV',
  15: 'SIGTERM',
};

function signalOf(exitCode: number): string | undefined {
  return exitCode > 128 ? SIGNALS[exitCode - 128] : undefined;
}

/** A short state of a pod for lists: "CrashLoopBackOff (app: last exit 1 (Error))", "Running, not ready". */
export function podStateSummary(pod: V1Pod): string {
  if (pod.metadata?.deletionTimestamp) return 'Terminating';
  const status = pod.status;
  const scheduled = status?.conditions?.find((c) => c.type === 'PodScheduled');
  if (status?.phase === 'Pending' && scheduled?.status === 'False') {
    return `Pending (${scheduled.reason ?? 'not scheduled'})`;
  }
  const inits = status?.initContainerStatuses ?? [];
  const initSpecs = pod.spec?.initContainers ?? [];
  const unfinished = inits.findIndex((s, i) => !initFinished(s, initSpecs[i]));
  if (unfinished >= 0 && status?.phase === 'Pending') {
    const s = inits[unfinished]!;
    const reason = s.state?.waiting?.reason ?? (s.state?.running ? 'running' : 'not started');
    return `Init:${unfinished}/${inits.length} (${s.name}: ${reason})`;
  }
  for (const s of status?.containerStatuses ?? []) {
    const reason = s.state?.waiting?.reason;
    if (reason && reason !== 'ContainerCreating' && reason !== 'PodInitializing') {
      const exit = describeExit(s.lastState?.terminated);
      return `${reason} (${s.name}${exit ? `: ${exit}` : ''})`;
    }
  }
  if (status?.phase === 'Running') {
    const notReady = (status.containerStatuses ?? []).filter((s) => !s.ready).map((s) => s.name);
    return notReady.length > 0 ? `Running, not ready (${notReady.join(', ')})` : 'Running, ready';
  }
  const phase = status?.phase ?? 'Unknown';
  return status?.reason ? `${phase} (${status.reason})` : phase;
}

/** An init container is done once it exited 0; a restartable sidecar once it has started. */
export function initFinished(status: V1ContainerStatus, spec: V1Container | undefined): boolean {
  if (spec?.restartPolicy === 'Always') return status.started === true || status.state?.running !== undefined;
  return status.state?.terminated?.exitCode === 0;
}

/** Ready as the endpoints controller and the Deployment controller see it: the Ready condition. */
export function podReady(pod: V1Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

// ---------------------------------------------------------------------------------------------
// Hints

interface Group {
  kind: ProblemKind;
  workload: WorkloadRef;
  container: string;
  problems: ContainerProblem[];
  /** Pods of the workload (all states), for "3 of 5 pods". */
  total: number;
  size: number;
}

export function podHints(context: LiveContext): Hint[] {
  const groups = new Map<string, Group>();
  for (const { workload, pods } of context.podsByWorkload.values()) {
    for (const pod of pods) {
      for (const problem of containerProblems(pod)) {
        // Pods pulling different images (a rollout in progress) are different problems.
        const key = [
          problem.kind,
          workloadKey(workload),
          problem.container,
          problem.kind === 'image-pull' ? problem.image : '',
        ].join('|');
        const group = groups.get(key) ?? {
          kind: problem.kind,
          workload,
          container: problem.container,
          problems: [],
          total: pods.length,
          size: 0,
        };
        group.problems.push(problem);
        group.size = group.problems.length;
        groups.set(key, group);
      }
    }
  }
  const hints: Hint[] = [];
  for (const kind of ['pod-oomkilled', 'pod-crashloop', 'image-pull', 'pod-config-error'] as const) {
    const ofKind = [...groups.values()].filter((g) => g.kind === kind);
    for (const group of largestFirst(ofKind)) hints.push(fuseCause(hintFor(group, context), group, context));
  }
  // Containers with a hint of their own are not repeated in the metric-only hints.
  const taken = new Set(
    [...groups.values()].flatMap((g) =>
      g.problems.map((p) => `${p.pod.metadata?.namespace}/${p.pod.metadata?.name}/${p.container}`),
    ),
  );
  hints.push(...restartSpikeHints(context, taken));
  hints.push(...metricHints(context, taken));
  return hints;
}

/**
 * Containers running again now but restarted RESTART_SPIKE times or more in the last hour (the
 * metrics say so): the pod list alone shows them as Running, so they get a hint of their own,
 * fused like a crash loop. Adds them to `taken`.
 */
function restartSpikeHints(context: LiveContext, taken: Set<string>): Hint[] {
  const metrics = context.diagnosis?.metrics;
  if (!metrics) return [];
  const restarts = new Map(metrics.containers.map((m) => [containerMetricsKey(m), m.restartsLastHour]));
  const groups = new Map<string, Group>();
  for (const { workload, pods } of context.podsByWorkload.values()) {
    for (const pod of pods) {
      const specs = new Map((pod.spec?.containers ?? []).map((c) => [c.name, c]));
      for (const status of pod.status?.containerStatuses ?? []) {
        const key = `${pod.metadata?.namespace}/${pod.metadata?.name}/${status.name}`;
        const count = restarts.get(key);
        if (taken.has(key) || !status.state?.running || count === undefined || count < RESTART_SPIKE)
          continue;
        taken.add(key);
        const groupKey = `${workloadKey(workload)}|${status.name}`;
        const group = groups.get(groupKey) ?? {
          kind: 'pod-crashloop',
          workload,
          container: status.name,
          problems: [],
          total: pods.length,
          size: 0,
        };
        group.problems.push({
          kind: 'pod-crashloop',
          pod,
          container: status.name,
          init: false,
          state: 'Running',
          restarts: status.restartCount ?? 0,
          last: status.lastState?.terminated,
          memoryLimit: specs.get(status.name)?.resources?.limits?.memory,
          image: specs.get(status.name)?.image ?? status.image,
        });
        group.size = group.problems.length;
        groups.set(groupKey, group);
      }
    }
  }
  return largestFirst([...groups.values()]).map((group) => {
    const most = Math.round(Math.max(...group.problems.map((p) => restarts.get(logKeyOf(p)) ?? 0)));
    const hint: Hint = {
      id: 'restart-spike',
      title: subject(group, `running again, but restarted ${plural(most, 'time')} in the last hour`, true),
      evidence: [
        ...perPod(group, (p) => `${podLabel(p)}: ${lastRun(p, context)}`),
        `fix: read why it exits (${logsCommand(group.problems[0]!)})`,
      ],
    };
    return fuseCause(hint, group, context);
  });
}

function logKeyOf(problem: ContainerProblem): string {
  return `${problem.pod.metadata?.namespace}/${problem.pod.metadata?.name}/${problem.container}`;
}

/** Previous-instance logs read per workload and container: the first pods tell the story. */
const LOGS_PER_GROUP = 2;

/** What the hook reads for the fusion: the crashed containers' logs, and every pod of the release for metrics. */
export function diagnosisTargets(
  state: LiveState,
  scope: LiveScope,
): { logs: LogTarget[]; pods: PodSelection[] } {
  const context = createLiveContext(state, scope);
  const crashed: LogTarget[] = [];
  const restarted: LogTarget[] = [];
  const perGroup = new Map<string, number>();
  const pods = new Map<string, string[]>();
  const add = (list: LogTarget[], workload: WorkloadRef, pod: V1Pod, container: string) => {
    const group = `${workloadKey(workload)}|${container}`;
    const count = perGroup.get(group) ?? 0;
    if (count >= LOGS_PER_GROUP) return;
    perGroup.set(group, count + 1);
    list.push({
      namespace: pod.metadata?.namespace ?? workload.namespace,
      pod: pod.metadata?.name ?? '',
      container,
    });
  };
  for (const { workload, pods: workloadPods } of context.podsByWorkload.values()) {
    for (const pod of workloadPods) {
      const namespace = pod.metadata?.namespace ?? workload.namespace;
      pods.set(namespace, [...(pods.get(namespace) ?? []), pod.metadata?.name ?? '']);
      const problems = containerProblems(pod);
      for (const problem of problems) {
        if (problem.kind === 'pod-crashloop' || problem.kind === 'pod-oomkilled')
          add(crashed, workload, pod, problem.container);
      }
      // Running again after a crash: if the metrics show a restart spike, its log says why.
      for (const status of pod.status?.containerStatuses ?? []) {
        if (problems.some((p) => p.container === status.name)) continue;
        if (status.state?.running && status.restartCount > 0 && status.lastState?.terminated)
          add(restarted, workload, pod, status.name);
      }
    }
  }
  return {
    // The crashed containers first: they are read before the cap on log reads cuts the list.
    logs: [...crashed, ...restarted],
    pods: [...pods].map(([namespace, names]) => ({ namespace, pods: names.filter(Boolean).sort() })),
  };
}

function hintFor(group: Group, context: LiveContext): Hint {
  switch (group.kind) {
    case 'pod-oomkilled':
      return oomHint(group, context);
    case 'pod-crashloop':
      return crashLoopHint(group, context);
    case 'image-pull':
      return imagePullHint(group, context);
    case 'pod-config-error':
      return configErrorHint(group, context);
  }
}

/**
 * "checkout-7d9f-x2k: CrashLoopBackOff, ..." for one pod, "Deployment shop/checkout: 3 of 5 pods in
 * CrashLoopBackOff, ..." for several; `state` is a waiting reason unless `asIs`.
 */
function subject(group: Group, what: string, asIs = false): string {
  const first = group.problems[0]!;
  const container = hasSeveralContainers(first.pod) ? ` (container ${group.container})` : '';
  if (group.problems.length === 1) return `${first.pod.metadata?.name}${container}: ${what}`;
  const count = `${group.problems.length} of ${plural(group.total, 'pod')}`;
  return `${describeWorkload(group.workload)}: ${count}${container} ${asIs ? '' : 'in '}${what}`;
}

function hasSeveralContainers(pod: V1Pod): boolean {
  return (pod.spec?.containers?.length ?? 0) + (pod.spec?.initContainers?.length ?? 0) > 1;
}

/** One evidence line per listed pod, then "and N more pods". */
function perPod(group: Group, line: (problem: ContainerProblem) => string): string[] {
  const lines = group.problems.slice(0, MAX_LISTED).map(line);
  const rest = group.problems.slice(MAX_LISTED).map((p) => p.pod.metadata?.name ?? '');
  if (rest.length > 0)
    lines.push(`and ${plural(rest.length, 'more pod')} in the same state: ${namesCapped(rest)}`);
  return lines;
}

function podLabel(problem: ContainerProblem): string {
  const node = problem.pod.spec?.nodeName;
  return `${problem.pod.metadata?.name}${node ? ` on ${node}` : ''}`;
}

function lastRun(problem: ContainerProblem, context: LiveContext): string {
  const finished = timeOf(problem.last?.finishedAt);
  return [
    `container ${problem.container} restarted ${plural(problem.restarts, 'time')}`,
    describeExit(problem.last),
    finished !== undefined ? `at ${timeWithAge(finished, context.now)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** What the container wrote to its termination message (or the log tail, with FallbackToLogsOnError). */
function lastWords(group: Group): string[] {
  const message = group.problems.find((p) => p.last?.message?.trim())?.last?.message;
  return message ? [`last termination message: ${quote(message)}`] : [];
}

/** The most recent probe failure of the listed pods (kubelet events "Unhealthy"). */
function probeFailures(
  group: Group,
  context: LiveContext,
  probe: 'Liveness' | 'Startup' | 'Readiness',
): CoreV1Event | undefined {
  for (const problem of group.problems.slice(0, MAX_LISTED)) {
    const meta = problem.pod.metadata;
    const event = context
      .eventsFor('Pod', meta?.namespace ?? '', meta?.name ?? '', meta?.uid)
      .find((e) => e.reason === 'Unhealthy' && e.message?.startsWith(`${probe} probe failed`));
    if (event) return event;
  }
  return undefined;
}

function mostCommonExit(group: Group): V1ContainerStateTerminated | undefined {
  const counts = new Map<string, { count: number; last: V1ContainerStateTerminated }>();
  for (const p of group.problems) {
    if (!p.last) continue;
    const key = `${p.last.exitCode}|${p.last.reason}`;
    const entry = counts.get(key) ?? { count: 0, last: p.last };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.last;
}

function logsCommand(problem: ContainerProblem): string {
  const meta = problem.pod.metadata;
  return `kubectl logs -n ${meta?.namespace} ${meta?.name} -c ${problem.container} --previous`;
}

function oomHint(group: Group, context: LiveContext): Hint {
  const first = group.problems[0]!;
  const limit = first.memoryLimit;
  const crashing = group.problems.some((p) => p.state === 'CrashLoopBackOff');
  const limitText = limit ? `with memory limit ${limit}` : 'without a memory limit';
  const title = crashing
    ? subject(group, `CrashLoopBackOff, ${describeExit(first.last)} ${limitText}`)
    : subject(
        group,
        `last run OOMKilled (exit ${first.last?.exitCode ?? 137}) ${limitText}, running again`,
        true,
      );
  const fix = limit
    ? `fix: raise resources.limits.memory of container ${group.container} in ${describeWorkload(group.workload)} above ` +
      `${limit} (and requests.memory with it), or lower the process's memory use below it (runtime heap flags ` +
      'such as -Xmx or --max-old-space-size must leave room under the limit)'
    : `fix: container ${group.container} has no memory limit, so the node ran out of memory and the kernel killed it: ` +
      'set resources.requests.memory (and limits.memory) to what it needs so the scheduler places it on a node with room';
  return {
    id: 'pod-oomkilled',
    title,
    evidence: [...perPod(group, (p) => `${podLabel(p)}: ${lastRun(p, context)}`), fix],
  };
}

function crashLoopHint(group: Group, context: LiveContext): Hint {
  const exit = mostCommonExit(group);
  const title = subject(group, `CrashLoopBackOff${exit ? `, ${describeExit(exit)}` : ''}`);
  const evidence = perPod(group, (p) => `${podLabel(p)}: ${lastRun(p, context)}`);
  evidence.push(...lastWords(group));
  const liveness = probeFailures(group, context, 'Liveness') ?? probeFailures(group, context, 'Startup');
  if (liveness) evidence.push(`kubelet: ${quote(liveness.message ?? '')}${eventSeen(liveness, context.now)}`);
  evidence.push(crashFix(group, exit, liveness !== undefined));
  return { id: 'pod-crashloop', title, evidence };
}

function crashFix(group: Group, exit: V1ContainerStateTerminated | undefined, probeKills: boolean): string {
  const first = group.problems[0]!;
  const where = `container ${group.container} of ${describeWorkload(group.workload)}`;
  const rollback = rollbackCommand(group.workload);
  const undo = rollback ? `; if it began with this release, roll back (${rollback})` : '';
  if (probeKills) {
    return (
      `fix: the kubelet kills ${where} because its liveness/startup probe fails: fix the endpoint the probe ` +
      'checks, or give start-up more time (a startupProbe, or a larger initialDelaySeconds/failureThreshold)'
    );
  }
  if (!exit) return `fix: read why it exits (${logsCommand(first)})${undo}`;
  if (exit.exitCode === 0) {
    return (
      `fix: ${where} exits with 0, and a ${group.workload.kind === 'Pod' ? 'Pod with restartPolicy Always' : group.workload.kind} ` +
      'restarts it forever: its command must run the server in the foreground (run-to-completion work belongs in a Job)'
    );
  }
  if (exit.exitCode === 127 || exit.exitCode === 126) {
    return (
      `fix: the command of ${where} is ${exit.exitCode === 127 ? 'not found in' : 'not executable in'} the image: ` +
      'correct command/args, or the image tag'
    );
  }
  if (exit.reason === 'StartError' || exit.reason === 'ContainerCannotRun') {
    return `fix: the runtime could not start ${where} (${quote(exit.message ?? exit.reason)}): correct command/args or the image`;
  }
  const signal = signalOf(exit.exitCode);
  if (signal === 'SIGKILL' || signal === 'SIGTERM') {
    return (
      `fix: ${where} was stopped from outside (${signal}) without an OOM kill or probe failure on record: read ` +
      `kubectl describe pod -n ${first.pod.metadata?.namespace} ${first.pod.metadata?.name} and the node's events${undo}`
    );
  }
  return (
    `fix: ${where} exits with ${exit.exitCode} at run time: its log says why (${logsCommand(first)}); usually a setting, ` +
    `Secret or dependency the new version expects${undo}`
  );
}

type PullCause = 'not-found' | 'denied' | 'rate-limited' | 'unreachable' | 'tls' | 'invalid' | 'unknown';

/** Why a pull failed, from the kubelet's words (waiting message and "Failed to pull image" events). */
export function pullCause(reason: string, text: string): PullCause {
  if (reason === 'InvalidImageName' || /invalid reference format|couldn't parse image name/i.test(text))
    return 'invalid';
  if (/pull access denied|unauthorized|authentication required|\b401\b|\b403\b|forbidden|denied/i.test(text))
    return 'denied';
  if (/toomanyrequests|too many requests|\b429\b|rate limit/i.test(text)) return 'rate-limited';
  if (/not found|manifest unknown|name unknown|NotFound/i.test(text)) return 'not-found';
  if (/x509|certificate/i.test(text)) return 'tls';
  if (
    /i\/o timeout|no such host|connection refused|dial tcp|network is unreachable|TLS handshake timeout|deadline exceeded/i.test(
      text,
    )
  ) {
    return 'unreachable';
  }
  return 'unknown';
}

const PULL_CAUSE_TEXT: Record<PullCause, string> = {
  'not-found': 'not found in the registry',
  denied: 'the registry refused access',
  'rate-limited': 'the registry rate-limits pulls',
  unreachable: 'the registry is unreachable from the node',
  tls: "the registry's certificate is not trusted",
  invalid: 'the image reference is malformed',
  unknown: 'pull failed',
};

function registryOf(image: string): string {
  const first = image.split('/')[0]!;
  return image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
    ? first
    : 'docker.io';
}

function imagePullHint(group: Group, context: LiveContext): Hint {
  const first = group.problems[0]!;
  const image = first.image ?? '(unknown image)';
  const pullEvent = group.problems
    .slice(0, MAX_LISTED)
    .flatMap((p) =>
      context.eventsFor(
        'Pod',
        p.pod.metadata?.namespace ?? '',
        p.pod.metadata?.name ?? '',
        p.pod.metadata?.uid,
      ),
    )
    .find((e) => e.reason === 'Failed' && e.message?.startsWith('Failed to pull image'));
  const text = `${first.message ?? ''} ${pullEvent?.message ?? ''}`;
  const cause = pullCause(first.state, text);
  const container = first.init ? `init container ${group.container}` : `container ${group.container}`;
  const title = subject(group, `${first.state} for image ${image} (${PULL_CAUSE_TEXT[cause]})`);
  const evidence = perPod(
    group,
    (p) => `${podLabel(p)}: ${container} ${p.state}${p.message ? `: ${quote(p.message)}` : ''}`,
  );
  if (pullEvent)
    evidence.push(`kubelet: ${quote(pullEvent.message ?? '')}${eventSeen(pullEvent, context.now)}`);
  const registry = registryOf(image);
  const where = `${container} of ${describeWorkload(group.workload)}`;
  const fixes: Record<PullCause, string> = {
    'not-found': `fix: ${image} does not exist: push that tag, or correct the image of ${where}`,
    denied:
      `fix: ${registry} refuses the pull: add imagePullSecrets with credentials for ${registry} to the pod template ` +
      `(or to its ServiceAccount), or correct the repository name of ${where}`,
    'rate-limited': `fix: ${registry} rate-limits anonymous or excess pulls: pull with credentials (imagePullSecrets) or from a mirror`,
    unreachable: `fix: the nodes cannot reach ${registry}: check DNS, egress firewall or proxy settings of the nodes, or use a reachable mirror`,
    tls: `fix: the nodes do not trust the certificate of ${registry}: install its CA on the nodes' container runtime, or use a registry with a public certificate`,
    invalid: `fix: ${quote(image)} is not a valid image reference: correct the image of ${where}`,
    unknown: `fix: check the image reference and the credentials for ${registry} (kubectl describe pod shows the kubelet's pull error)`,
  };
  evidence.push(fixes[cause]);
  return { id: 'image-pull', title, evidence };
}

function configErrorHint(group: Group, _context: LiveContext): Hint {
  const first = group.problems[0]!;
  const namespace = group.workload.namespace;
  const message = first.message ?? '';
  const title = subject(group, `${first.state}${message ? `: ${message}` : ''}`);
  const evidence = perPod(
    group,
    (p) => `${podLabel(p)}: container ${p.container} ${p.state}${p.message ? `: ${quote(p.message)}` : ''}`,
  );
  const missing = /\b(secret|configmap) "([^"]+)" not found/i.exec(message);
  const missingKey = /couldn't find key (\S+) in (Secret|ConfigMap) (\S+)/.exec(message);
  if (missing) {
    const kind = missing[1]!.toLowerCase() === 'secret' ? 'Secret' : 'ConfigMap';
    evidence.push(
      `fix: create ${kind} ${namespace}/${missing[2]} before the pods start (or add it to the release), or mark the ` +
        'reference optional: true',
    );
  } else if (missingKey) {
    evidence.push(
      `fix: add key ${missingKey[1]} to ${missingKey[2]} ${missingKey[3]}, or correct the key in the container's env or volume reference`,
    );
  } else if (/runAsNonRoot/.test(message)) {
    evidence.push(
      'fix: the pod requires runAsNonRoot but the image runs as root (or as a user name): set securityContext.runAsUser ' +
        'to a non-zero UID, or build the image with a numeric non-root USER',
    );
  } else {
    evidence.push(
      `fix: the kubelet cannot create container ${group.container}: correct what the message names`,
    );
  }
  return { id: 'pod-config-error', title, evidence };
}
