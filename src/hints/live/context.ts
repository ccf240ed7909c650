/**
 * What every live signal family reads: the cluster snapshot, the scope of the run, and indexes
 * built once (pod -> workload, events by involved object). Pure: plain data in, plain data out.
 *
 * Objects keep the shapes the API server returns. Times may be Date objects (client-node
 * deserializes them) or RFC 3339 strings (objects taken from JSON as is, e.g. Argo CD's live state),
 * so every time goes through timeOf().
 */
import type { CoreV1Event, V1ObjectMeta, V1OwnerReference, V1Pod } from '@kubernetes/client-node';
import type { LiveState } from '../../cluster/types.js';
import type { Bundle, Hint } from '../../model/index.js';
import type { Diagnosis } from '../cause.js';

export interface WorkloadRef {
  kind: string;
  namespace: string;
  name: string;
}

export interface LiveScope {
  /** The manifests of the run: Ingress routes and references to check against the cluster. */
  bundle?: Bundle;
  /** The workloads to look at; empty means every workload of the namespaces that were read. */
  workloads: WorkloadRef[];
  /** The evaluation time, for ages ("restarting for 14 min"); absent, only absolute times are shown. */
  now?: Date;
  /** Logs and metrics the hook read for the root-cause fusion; absent, the pod hints stand alone. */
  diagnosis?: Diagnosis;
}

export interface WorkloadPods {
  workload: WorkloadRef;
  pods: V1Pod[];
}

export interface LiveContext {
  state: LiveState;
  bundle?: Bundle;
  now?: number;
  diagnosis?: Diagnosis;
  /** The workload a pod belongs to (its top controller), or the pod itself when it has none. */
  workloadOf(pod: V1Pod): WorkloadRef;
  /** Whether a workload is one the run looks at. */
  inScope(workload: WorkloadRef): boolean;
  /** Pods of the workloads in scope, grouped by workload (key: workloadKey). */
  podsByWorkload: Map<string, WorkloadPods>;
  /** Events about one object, newest first; a different uid (a recreated pod of the same name) is left out. */
  eventsFor(kind: string, namespace: string, name: string, uid?: string): CoreV1Event[];
}

/** Pods listed by name in one hint before "and N more". */
export const MAX_LISTED = 5;
/** Hints of one signal family; the largest groups are kept. */
export const MAX_HINTS_PER_FAMILY = 10;
/** Quoted messages (kubelet, scheduler, termination messages) are cut here. */
const MAX_QUOTE = 240;

export function workloadKey(ref: WorkloadRef): string {
  return `${ref.kind}/${ref.namespace}/${ref.name}`;
}

/** "Deployment shop/checkout" */
export function describeWorkload(ref: WorkloadRef): string {
  return `${ref.kind} ${ref.namespace}/${ref.name}`;
}

export function createLiveContext(state: LiveState, scope: LiveScope): LiveContext {
  const replicaSetOwners = new Map<string, V1OwnerReference>();
  for (const rs of state.replicaSets) {
    const owner = controllerOf(rs.metadata);
    if (owner && rs.metadata?.name)
      replicaSetOwners.set(`${rs.metadata.namespace}/${rs.metadata.name}`, owner);
  }

  const workloadOf = (pod: V1Pod): WorkloadRef => {
    const namespace = pod.metadata?.namespace ?? '';
    const owner = controllerOf(pod.metadata);
    if (!owner) return { kind: 'Pod', namespace, name: pod.metadata?.name ?? '' };
    if (owner.kind === 'ReplicaSet') {
      const deployment = replicaSetOwners.get(`${namespace}/${owner.name}`);
      if (deployment) return { kind: deployment.kind, namespace, name: deployment.name };
      // The ReplicaSet was not read: a Deployment names it "<deployment>-<pod-template-hash>".
      const hash = pod.metadata?.labels?.['pod-template-hash'];
      if (hash && owner.name.endsWith(`-${hash}`)) {
        return { kind: 'Deployment', namespace, name: owner.name.slice(0, -hash.length - 1) };
      }
    }
    return { kind: owner.kind, namespace, name: owner.name };
  };

  const wanted = new Set(scope.workloads.map(workloadKey));
  const inScope = (ref: WorkloadRef) => wanted.size === 0 || wanted.has(workloadKey(ref));

  const podsByWorkload = new Map<string, WorkloadPods>();
  for (const pod of state.pods) {
    const workload = workloadOf(pod);
    if (!inScope(workload)) continue;
    const key = workloadKey(workload);
    const group = podsByWorkload.get(key) ?? { workload, pods: [] };
    group.pods.push(pod);
    podsByWorkload.set(key, group);
  }
  for (const group of podsByWorkload.values()) group.pods.sort(byName);

  const events = new Map<string, CoreV1Event[]>();
  for (const event of state.events) {
    const involved = event.involvedObject;
    const key = `${involved.kind}/${involved.namespace ?? event.metadata?.namespace ?? ''}/${involved.name}`;
    const list = events.get(key) ?? [];
    list.push(event);
    events.set(key, list);
  }
  for (const list of events.values()) list.sort((a, b) => (eventLastSeen(b) ?? 0) - (eventLastSeen(a) ?? 0));

  return {
    state,
    bundle: scope.bundle,
    now: scope.now?.getTime(),
    diagnosis: scope.diagnosis,
    workloadOf,
    inScope,
    podsByWorkload,
    eventsFor: (kind, namespace, name, uid) =>
      (events.get(`${kind}/${namespace}/${name}`) ?? []).filter(
        (e) => !uid || !e.involvedObject.uid || e.involvedObject.uid === uid,
      ),
  };
}

export function controllerOf(metadata: V1ObjectMeta | undefined): V1OwnerReference | undefined {
  const owners = metadata?.ownerReferences ?? [];
  return owners.find((o) => o.controller) ?? owners[0];
}

export function byName(a: { metadata?: V1ObjectMeta }, b: { metadata?: V1ObjectMeta }): number {
  return (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? '', 'en', { numeric: true });
}

// ---------------------------------------------------------------------------------------------
// Times

/** Milliseconds since the epoch from a Date, an RFC 3339 string or nothing. */
export function timeOf(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'string' && value !== '') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
}

/** "2026-11-26T11:58:02Z" */
export function formatTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** "45 s", "4 min", "1 h 20 min", "3 d 4 h" */
export function humanDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** "2026-11-26T11:58:02Z (3 min before the check)", or the time alone without a reference. */
export function timeWithAge(ms: number, now: number | undefined): string {
  if (now === undefined || ms > now) return formatTime(ms);
  return `${formatTime(ms)} (${humanDuration((now - ms) / 1000)} before the check)`;
}

/**
 * When an event was last seen. Events written through events.k8s.io/v1 (the scheduler's, the
 * kubelet's on recent versions) have eventTime and series instead of lastTimestamp and count.
 */
export function eventLastSeen(event: CoreV1Event): number | undefined {
  return (
    timeOf(event.series?.lastObservedTime) ??
    timeOf(event.lastTimestamp) ??
    timeOf(event.eventTime) ??
    timeOf(event.firstTimestamp) ??
    timeOf(event.metadata?.creationTimestamp)
  );
}

export function eventCount(event: CoreV1Event): number {
  return event.series?.count ?? event.count ?? 1;
}

/** "(x14, last 2026-11-26T11:58:02Z)" */
export function eventSeen(event: CoreV1Event, now: number | undefined): string {
  const count = eventCount(event);
  const last = eventLastSeen(event);
  const parts = [count > 1 ? `x${count}` : '', last !== undefined ? `last ${timeWithAge(last, now)}` : ''];
  const text = parts.filter(Boolean).join(', ');
  return text ? ` (${text})` : '';
}

// ---------------------------------------------------------------------------------------------
// Text

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** A message from the cluster as one quoted line, cut to a readable length. */
export function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE - 1)}…` : line);
}

/** "a, b, c and 4 more" */
export function namesCapped(names: string[], max = MAX_LISTED): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** The rollback command for a workload kind that has one. */
export function rollbackCommand(ref: WorkloadRef): string | undefined {
  if (!['Deployment', 'StatefulSet', 'DaemonSet'].includes(ref.kind)) return undefined;
  return `kubectl rollout undo ${ref.kind.toLowerCase()}/${ref.name} -n ${ref.namespace}`;
}

/** Keeps the hints about the most pods when a family has too many; the largest first. */
export function largestFirst<T extends { size: number }>(groups: T[], max = MAX_HINTS_PER_FAMILY): T[] {
  return [...groups].sort((a, b) => b.size - a.size).slice(0, max);
}

/** One hint (or none) per workload of the run's scope: the loop every workload family shares. */
export function hintsPerWorkload<T extends { metadata?: V1ObjectMeta }>(
  kind: string,
  objects: readonly T[],
  context: LiveContext,
  hintFor: (object: T, ref: WorkloadRef, context: LiveContext) => Hint | undefined,
): Hint[] {
  const hints: Hint[] = [];
  for (const object of objects) {
    const ref: WorkloadRef = {
      kind,
      namespace: object.metadata?.namespace ?? '',
      name: object.metadata?.name ?? '',
    };
    if (!context.inScope(ref)) continue;
    const hint = hintFor(object, ref, context);
    if (hint) hints.push(hint);
  }
  return hints;
}
