/**
 * Fusion: the pod hints with the previous instance's log and the workload's metrics. Each failing
 * workload's hint gets one root cause from the decision table (src/hints/cause.ts), the evidence
 * from each source, and what could not be read ("logs: forbidden (...)"). Without a Diagnosis (the
 * CLI, or a hook that read nothing more) the pod hints stay as the pod list alone makes them.
 *
 * Also the metric-only hints: a container whose working set stayed above the saturation share of
 * its limit for the last hour ("OOMKilled is likely"), and one throttled in many CPU periods.
 */
import type { V1Pod } from '@kubernetes/client-node';
import { type LogOutcome, type LogTarget, logKey } from '../../cluster/logs.js';
import type { Hint } from '../../model/index.js';
import { type ContainerMetrics, containerMetricsKey } from '../../prometheus/workload-metrics.js';
import { chooseCause, type Cause, type Diagnosis, percent, RESTART_SPIKE } from '../cause.js';
import { classifyLog, type LogClass, lastLines } from '../logs/classify.js';
import {
  type LiveContext,
  type WorkloadRef,
  describeWorkload,
  eventSeen,
  MAX_LISTED,
  quote,
  rollbackCommand,
  workloadKey,
} from './context.js';
import type { ContainerProblem } from './pods.js';

/** A container throttled in this share of its CPU periods or more is slowed by its CPU limit. */
export const THROTTLING_SHARE = 0.25;

interface FusedGroup {
  kind: ContainerProblem['kind'];
  workload: WorkloadRef;
  container: string;
  problems: ContainerProblem[];
}

/** The log that says most: the first one a pattern classifies, else the first one read, else why none was. */
function bestLog(
  problems: ContainerProblem[],
  diagnosis: Diagnosis,
): { outcome?: LogOutcome; classified?: LogClass } {
  let firstRead: LogOutcome | undefined;
  let firstMissing: LogOutcome | undefined;
  for (const problem of problems) {
    const outcome = diagnosis.logs.get(logKey(targetOf(problem)));
    if (!outcome) continue;
    if ('text' in outcome) {
      const classified = classifyLog(outcome.text);
      if (classified) return { outcome, classified };
      firstRead ??= outcome;
    } else firstMissing ??= outcome;
  }
  return { outcome: firstRead ?? firstMissing };
}

function targetOf(problem: ContainerProblem): LogTarget {
  return {
    namespace: problem.pod.metadata?.namespace ?? '',
    pod: problem.pod.metadata?.name ?? '',
    container: problem.container,
  };
}

function metricsOf(problems: ContainerProblem[], diagnosis: Diagnosis): ContainerMetrics[] {
  const wanted = new Set(problems.map((p) => containerMetricsKey(targetOf(p))));
  return (diagnosis.metrics?.containers ?? []).filter((m) => wanted.has(containerMetricsKey(m)));
}

function maxOf(values: (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length > 0 ? Math.max(...defined) : undefined;
}

/** The kubelet's words about a failing postStart hook or liveness/startup probe of the listed pods. */
function hookOrProbeEvent(problems: ContainerProblem[], context: LiveContext) {
  for (const problem of problems.slice(0, MAX_LISTED)) {
    const meta = problem.pod.metadata;
    const event = context
      .eventsFor('Pod', meta?.namespace ?? '', meta?.name ?? '', meta?.uid)
      .find(
        (e) =>
          e.reason === 'FailedPostStartHook' ||
          (e.reason === 'Unhealthy' && /^(Liveness|Startup) probe failed/.test(e.message ?? '')),
      );
    if (event) return event;
  }
  return undefined;
}

/** The pod hint of one group with its cause, the evidence of every source, and what was missing. */
export function fuseCause(hint: Hint, group: FusedGroup, context: LiveContext): Hint {
  const diagnosis = context.diagnosis;
  if (!diagnosis) return hint;
  const ran = group.kind === 'pod-crashloop' || group.kind === 'pod-oomkilled';
  const { outcome, classified } = ran ? bestLog(group.problems, diagnosis) : {};
  const metrics = ran ? metricsOf(group.problems, diagnosis) : [];
  const restarts = maxOf(metrics.map((m) => m.restartsLastHour));
  const memoryMax = maxOf(metrics.map((m) => m.memoryShareMax));
  const throttled = maxOf(metrics.map((m) => m.throttledShare));
  const event = ran ? hookOrProbeEvent(group.problems, context) : undefined;
  const cause = chooseCause({
    problem: group.kind,
    log: classified,
    logRead: outcome !== undefined && 'text' in outcome,
    restartsLastHour: restarts,
    memoryShareMax: memoryMax,
    memorySaturation: diagnosis.memorySaturation,
    hookOrProbeFailing: event !== undefined,
  });

  const lines = [`cause: ${cause.headline}`];
  if (ran) {
    lines.push(...logLines(outcome, classified, diagnosis));
    const facts = [
      restarts !== undefined
        ? `${Math.round(restarts)} restarts in the last hour${restarts >= RESTART_SPIKE ? ' (a restart spike)' : ''}`
        : '',
      memoryMax !== undefined
        ? `memory working set up to ${percent(memoryMax)} of the limit over the last hour`
        : '',
      throttled !== undefined ? `CPU throttled in ${percent(throttled)} of periods` : '',
    ].filter(Boolean);
    if (facts.length > 0) lines.push(`metrics: ${facts.join('; ')}`);
    if (diagnosis.metricsMissing) lines.push(`metrics: ${diagnosis.metricsMissing}`);
    for (const missing of diagnosis.metrics?.missing ?? []) lines.push(`metrics: ${missing}`);
    if (event && !hint.evidence.some((e) => e.includes(event.message ?? '\u0000')))
      lines.push(`events: ${event.reason} ${quote(event.message ?? '')}${eventSeen(event, context.now)}`);
  }
  const evidence = [...hint.evidence];
  const fixAt = evidence.findIndex((e) => e.startsWith('fix: '));
  const at = fixAt >= 0 ? fixAt : evidence.length;
  evidence.splice(at, 0, ...lines);
  const fix = causeFix(cause, classified, group);
  if (fix) {
    const index = evidence.findIndex((e) => e.startsWith('fix: '));
    if (index >= 0) evidence[index] = fix;
    else evidence.push(fix);
  }
  const title = cause.cause === 'unknown' || !ran ? hint.title : `${hint.title}: ${cause.headline}`;
  return { ...hint, title, evidence };
}

function logLines(
  outcome: LogOutcome | undefined,
  classified: LogClass | undefined,
  diagnosis: Diagnosis,
): string[] {
  if (!outcome) return [`logs: ${diagnosis.logsMissing ?? 'not read'}`];
  const where = `${outcome.target.pod} (previous instance)`;
  if ('missing' in outcome) return [`logs of ${where}: ${outcome.missing}`];
  if (classified) return classified.quoted.map((line) => `log of ${where}: ${quote(line)}`);
  const tail = lastLines(outcome.text);
  if (tail.length === 0) return [`log of ${where}: empty (the process wrote nothing before it exited)`];
  return tail.map((line) => `log of ${where}, last lines: ${quote(line)}`);
}

function causeFix(cause: Cause, log: LogClass | undefined, group: FusedGroup): string | undefined {
  const where = `container ${group.container} of ${describeWorkload(group.workload)}`;
  const rollback = rollbackCommand(group.workload);
  const undo = rollback ? `; if it began with this release, roll back (${rollback})` : '';
  switch (cause.row) {
    case 3:
      // An OOM kill's hint has its own fix; a crash loop near the limit gets the same advice.
      return group.kind === 'pod-oomkilled'
        ? undefined
        : `fix: ${where} runs close to its memory limit: raise resources.limits.memory (and requests.memory with it), ` +
            `or lower the process's memory use (heap flags such as -Xmx, --max-old-space-size, GOMEMLIMIT)${undo}`;
    case 4:
      return `fix: the JVM of ${where} runs out of heap: raise -Xmx (or -XX:MaxRAMPercentage) with limits.memory, or find what fills the heap${undo}`;
    case 5:
      return `fix: ${where} needs what its log says is missing (${log?.summary}): set it in the pod template's env, or in the ConfigMap/Secret it comes from${undo}`;
    case 6:
      return (
        `fix: ${log?.dependency ?? 'a dependency'} refuses connections from ${where}: check that it runs and its Service ` +
        'has ready endpoints, or make the container retry instead of exiting'
      );
    case 7:
      return (
        `fix: ${where} logs no crash, but the kubelet kills it: correct the liveness/startup probe (path, port, ` +
        'initialDelaySeconds, failureThreshold) or the postStart hook'
      );
    case 8:
      return `fix: ${where} crashes in its own code${log?.frame ? ` at ${log.frame}` : ''}: fix it there${undo}`;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Hints from the metrics alone

/** Pods of the workloads in scope by namespace/name, for naming a metric's workload. */
function podIndex(context: LiveContext): Map<string, { workload: WorkloadRef; pod: V1Pod }> {
  const index = new Map<string, { workload: WorkloadRef; pod: V1Pod }>();
  for (const { workload, pods } of context.podsByWorkload.values())
    for (const pod of pods) index.set(`${pod.metadata?.namespace}/${pod.metadata?.name}`, { workload, pod });
  return index;
}

/**
 * "OOMKilled is likely" for containers whose working set never went below the saturation share of
 * the limit in the last hour, and "CPU throttled" for those throttled in many periods. Containers
 * already in an OOM or crash hint (`taken`) are left to it.
 */
export function metricHints(context: LiveContext, taken: Set<string>): Hint[] {
  const diagnosis = context.diagnosis;
  if (!diagnosis?.metrics) return [];
  const index = podIndex(context);
  const saturated = new Map<
    string,
    { workload: WorkloadRef; container: string; lines: string[]; low: number }
  >();
  const throttled = new Map<
    string,
    { workload: WorkloadRef; container: string; lines: string[]; high: number }
  >();
  for (const m of diagnosis.metrics.containers) {
    const found = index.get(`${m.namespace}/${m.pod}`);
    if (!found || taken.has(containerMetricsKey(m))) continue;
    const key = `${workloadKey(found.workload)}|${m.container}`;
    const limit = found.pod.spec?.containers?.find((c) => c.name === m.container)?.resources?.limits?.memory;
    if (m.memoryShareMin !== undefined && m.memoryShareMin >= diagnosis.memorySaturation) {
      const entry = saturated.get(key) ?? {
        workload: found.workload,
        container: m.container,
        lines: [],
        low: 1,
      };
      entry.low = Math.min(entry.low, m.memoryShareMin);
      const low = percent(m.memoryShareMin);
      const high = percent(m.memoryShareMax ?? m.memoryShareMin);
      entry.lines.push(
        `${m.pod}: working set ${low === high ? low : `${low}–${high}`} of ` +
          `${limit ? `the ${limit} limit` : 'the limit'} over the last hour`,
      );
      saturated.set(key, entry);
    }
    if (m.throttledShare !== undefined && m.throttledShare >= THROTTLING_SHARE) {
      const entry = throttled.get(key) ?? {
        workload: found.workload,
        container: m.container,
        lines: [],
        high: 0,
      };
      entry.high = Math.max(entry.high, m.throttledShare);
      entry.lines.push(
        `${m.pod}: CPU throttled in ${percent(m.throttledShare)} of periods over the last hour`,
      );
      throttled.set(key, entry);
    }
  }
  const hints: Hint[] = [];
  for (const entry of saturated.values()) {
    const title =
      `${describeWorkload(entry.workload)}: container ${entry.container} above ${percent(entry.low)} of its memory ` +
      'limit for the last hour: OOMKilled is likely: raise the limit or lower the heap';
    hints.push({
      id: 'memory-saturation',
      title,
      evidence: [
        ...entry.lines.slice(0, MAX_LISTED),
        `fix: raise resources.limits.memory of container ${entry.container} in ${describeWorkload(entry.workload)} ` +
          '(and requests.memory with it), or lower the heap (-Xmx, --max-old-space-size, GOMEMLIMIT) well below it',
      ],
    });
  }
  for (const entry of throttled.values()) {
    hints.push({
      id: 'cpu-throttling',
      title: `${describeWorkload(entry.workload)}: container ${entry.container} CPU-throttled in ${percent(entry.high)} of periods over the last hour`,
      evidence: [
        ...entry.lines.slice(0, MAX_LISTED),
        `fix: the CPU limit of container ${entry.container} slows it (latency, failed probes): raise resources.limits.cpu, or remove the limit and keep the request`,
      ],
    });
  }
  return hints;
}
