/**
 * Pods the scheduler cannot place, with its own explanation: the newest FailedScheduling event of
 * each pod (else the PodScheduled condition's message), parsed into its per-reason node counts so
 * the fix names what to change (requests, tolerations, node selectors, anti-affinity, volumes).
 *
 * The scheduler writes "0/3 nodes are available: 1 node(s) had untolerated taint {k: v}, 2 Insufficient
 * cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.": the
 * reasons are sorted by text and the part after "preemption:" explains why preemption did not help.
 */
import type { V1Container, V1Pod } from '@kubernetes/client-node';
import { formatResource, parseMilli } from '../../k8s/quantity.js';
import { podRequests } from '../../k8s/scheduling.js';
import type { Hint } from '../../model/index.js';
import { type NodeFit, type NodeProfile, fitOnNodes, nodeProfiles } from './nodes.js';
import {
  type LiveContext,
  type WorkloadRef,
  MAX_LISTED,
  describeWorkload,
  eventSeen,
  largestFirst,
  namesCapped,
  plural,
  quote,
  workloadKey,
} from './context.js';

export interface SchedulingReason {
  /** Nodes that gave this reason; undefined for pod-level reasons ("pod has unbound immediate PersistentVolumeClaims"). */
  nodes: number | undefined;
  text: string;
}

export interface SchedulingFailure {
  /** The message without the preemption part, as shown to users. */
  summary: string;
  availableNodes: number | undefined;
  totalNodes: number | undefined;
  reasons: SchedulingReason[];
}

const ENVELOPE = /^\s*(\d+)\/(\d+) nodes are available:?\s*/;

/** The scheduler's message parsed; unknown shapes keep their text as one reason. */
export function parseSchedulingMessage(message: string): SchedulingFailure {
  const summary =
    message
      .split(/\.?\s+preemption:/)[0]!
      .trim()
      .replace(/\.+$/, '') + '.';
  const envelope = ENVELOPE.exec(summary);
  if (!envelope)
    return {
      summary,
      availableNodes: undefined,
      totalNodes: undefined,
      reasons: [{ nodes: undefined, text: summary }],
    };
  const body = summary.slice(envelope[0].length).replace(/\.$/, '');
  const reasons: SchedulingReason[] = [];
  // Reasons are joined with ", " but a taint "{key: value}" never contains ", ".
  for (const part of body.split(/,\s+(?=\d+ |pod |persistentvolumeclaim )/)) {
    const counted = /^(\d+) (.+)$/.exec(part.trim());
    if (counted) reasons.push({ nodes: Number(counted[1]), text: counted[2]! });
    else if (part.trim()) reasons.push({ nodes: undefined, text: part.trim() });
  }
  return { summary, availableNodes: Number(envelope[1]), totalNodes: Number(envelope[2]), reasons };
}

interface PendingPod {
  pod: V1Pod;
  message: string;
  seen: string;
}

export function pendingHints(context: LiveContext): Hint[] {
  const groups: { workload: WorkloadRef; pending: PendingPod[]; size: number }[] = [];
  for (const { workload, pods } of context.podsByWorkload.values()) {
    const pending: PendingPod[] = [];
    for (const pod of pods) {
      if (pod.status?.phase !== 'Pending' || pod.spec?.nodeName || pod.metadata?.deletionTimestamp) continue;
      const meta = pod.metadata;
      const event = context
        .eventsFor('Pod', meta?.namespace ?? '', meta?.name ?? '', meta?.uid)
        .find((e) => e.reason === 'FailedScheduling' && e.message);
      const condition = pod.status.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
      const message = event?.message ?? condition?.message;
      if (!message) continue; // not yet seen by the scheduler
      pending.push({ pod, message, seen: event ? eventSeen(event, context.now) : '' });
    }
    if (pending.length > 0) groups.push({ workload, pending, size: pending.length });
  }
  const nodes = nodeProfiles(context.state);
  return largestFirst(groups).map((g) => {
    const hint = pendingHint(
      g.workload,
      g.pending,
      context.podsByWorkload.get(workloadKey(g.workload))?.pods.length ?? g.size,
    );
    // The node profile goes before the fix, which stays last.
    const profile = nodeProfileEvidence(g.pending[0]!.pod, nodes, context);
    hint.evidence.splice(hint.evidence.length - 1, 0, ...profile);
    return hint;
  });
}

/**
 * Per node, what the pod could get there: the nodes its taints and node selection rule out, and for
 * the others what is allocatable minus the requests of the pods bound there, against what it asks.
 */
export function nodeProfileEvidence(pod: V1Pod, nodes: NodeProfile[], context: LiveContext): string[] {
  const unreadable = ['nodes', 'pods'].filter((resource) => context.state.unreadable.has(`${resource}/*`));
  if (unreadable.length > 0)
    return [
      `node profile unknown: the gate may not list ${unreadable.join(' and ')} cluster-wide (apply hooks/optional/cluster-read.yaml)`,
    ];
  if (nodes.length === 0) return [];
  const fits = fitOnNodes(pod.spec, nodes);
  const excluded = fits.filter((f) => f.excludedBy);
  const eligible = fits.filter((f) => !f.excludedBy);
  const lines: string[] = [];
  const byKind = (kind: 'taint' | 'selector') => excluded.filter((f) => f.excludedBy!.kind === kind);
  const parts = [
    byKind('taint').length > 0
      ? `${byKind('taint').length} kept off by taints (${namesCapped(
          byKind('taint').map((f) => `${f.node.name}: ${f.excludedBy!.text}`),
          2,
        )})`
      : '',
    byKind('selector').length > 0
      ? `${byKind('selector').length} excluded by nodeSelector/affinity (${namesCapped(
          byKind('selector').map((f) => `${f.node.name}: ${f.excludedBy!.text}`),
          2,
        )})`
      : '',
    `${eligible.length} eligible`,
  ].filter(Boolean);
  lines.push(`node profile of ${plural(nodes.length, 'node')}: ${parts.join('; ')}`);
  const asked = podRequests(pod.spec);
  for (const fit of [...eligible].sort(byFreeMemory).slice(0, MAX_LISTED))
    lines.push(describeFit(fit, asked));
  if (eligible.length > MAX_LISTED)
    lines.push(`and ${plural(eligible.length - MAX_LISTED, 'more eligible node')}`);
  // A resource short on every eligible node is the one to name, with the best any node offers.
  for (const [resource, value] of asked) {
    if (eligible.length === 0 || !eligible.every((f) => f.short.some((s) => s.resource === resource)))
      continue;
    const best = eligible
      .map((f) => ({ node: f.node.name, free: f.short.find((s) => s.resource === resource)!.free }))
      .sort((a, b) => (b.free > a.free ? 1 : b.free < a.free ? -1 : 0))[0]!;
    lines.push(
      `largest free ${resource} on any eligible node is ${formatResource(resource, best.free < 0n ? 0n : best.free)} ` +
        `(${best.node}); the pod asks ${formatResource(resource, value)}`,
    );
  }
  if (eligible.length === 0)
    lines.push('no node is eligible: the taints and node selection above rule out every one');
  else if (eligible.some((f) => f.short.length === 0)) {
    const free = eligible.filter((f) => f.short.length === 0).map((f) => f.node.name);
    lines.push(
      `fits now on ${namesCapped(free, 3)}: capacity was freed after the scheduler's message, or a volume or spread rule keeps it off`,
    );
  }
  return lines;
}

const freeOf = (fit: NodeFit, resource: string) =>
  (fit.node.allocatable.get(resource) ?? 0n) - (fit.node.requested.get(resource) ?? 0n);

function byFreeMemory(a: NodeFit, b: NodeFit): number {
  const [fa, fb] = [freeOf(a, 'memory'), freeOf(b, 'memory')];
  return fb > fa ? 1 : fb < fa ? -1 : a.node.name.localeCompare(b.node.name);
}

/** "node-a: free cpu 1500m, memory 3.1Gi; short of memory (asks 16Gi)" */
function describeFit(fit: NodeFit, asked: Map<string, bigint>): string {
  const shown = ['cpu', 'memory', ...[...asked.keys()].filter((r) => r !== 'cpu' && r !== 'memory')];
  const free = shown
    .filter((r) => fit.node.allocatable.has(r))
    .map((r) => {
      const value = freeOf(fit, r);
      return `${r} ${formatResource(r, value < 0n ? 0n : value)}`;
    });
  const short = fit.short.map((s) => `${s.resource} (asks ${formatResource(s.resource, s.asked)})`);
  return `${fit.node.name}: free ${free.join(', ')}${short.length > 0 ? `; short of ${short.join(', ')}` : '; enough for the pod'}`;
}

function pendingHint(workload: WorkloadRef, pending: PendingPod[], total: number): Hint {
  // Pods of one workload usually share one message; the newest of the most common one leads.
  const byMessage = new Map<string, PendingPod[]>();
  for (const p of pending) {
    const summary = parseSchedulingMessage(p.message).summary;
    byMessage.set(summary, [...(byMessage.get(summary) ?? []), p]);
  }
  const ranked = [...byMessage.entries()].sort((a, b) => b[1].length - a[1].length);
  const [leadSummary, leadPods] = ranked[0]!;
  const failure = parseSchedulingMessage(leadPods[0]!.message);
  const first = pending[0]!.pod;
  const title =
    pending.length === 1
      ? `${first.metadata?.name}: Pending, ${leadSummary}`
      : `${describeWorkload(workload)}: ${pending.length} of ${plural(total, 'pod')} Pending, ${leadSummary}`;
  const evidence: string[] = [];
  for (const [summary, pods] of ranked.slice(0, MAX_LISTED)) {
    const names = namesCapped(pods.map((p) => p.pod.metadata?.name ?? ''));
    evidence.push(`${names}: scheduler: ${quote(summary)}${pods[0]!.seen}`);
  }
  if (ranked.length > MAX_LISTED) evidence.push(`and ${plural(ranked.length - MAX_LISTED, 'more message')}`);
  const requests = describeRequests(first);
  if (requests) evidence.push(`each pod requests ${requests}`);
  evidence.push(schedulingFix(failure, first, workload));
  return { id: 'pod-unschedulable', title, evidence };
}

/** "cpu 2, memory 1Gi" summed over the regular containers (what the scheduler adds up, sidecars aside). */
export function describeRequests(pod: V1Pod): string | undefined {
  const containers = pod.spec?.containers ?? [];
  const parts: string[] = [];
  for (const resource of ['cpu', 'memory']) {
    const values = containers
      .map((c: V1Container) => c.resources?.requests?.[resource])
      .filter((v): v is string => !!v);
    if (values.length === 0) continue;
    const total = values.reduce((sum, v) => sum + (parseMilli(v) ?? 0n), 0n);
    parts.push(`${resource} ${values.length === 1 ? values[0] : formatResource(resource, total)}`);
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The fix for the reason that turned away the most nodes (pod-level volume reasons first: they stop every node). */
function schedulingFix(failure: SchedulingFailure, pod: V1Pod, workload: WorkloadRef): string {
  const where = describeWorkload(workload);
  const dominant = [...failure.reasons].sort((a, b) => (b.nodes ?? Infinity) - (a.nodes ?? Infinity))[0];
  const text = dominant?.text ?? '';
  const insufficient = /^Insufficient (\S+)/.exec(text);
  if (insufficient) {
    const resource = insufficient[1]!;
    return (
      `fix: no node has ${resource} left for the pods' requests: lower resources.requests.${resource} of ${where}, ` +
      'free capacity, or add nodes (a cluster autoscaler adds them only when a node group can fit one pod)'
    );
  }
  const taint = /untolerated taint \{([^:}]*):\s*([^}]*)\}|had taints? that the pod didn't tolerate/.exec(
    text,
  );
  if (taint) {
    const key = taint[1];
    if (
      key &&
      /^node\.kubernetes\.io\/(not-ready|unreachable|disk-pressure|memory-pressure|pid-pressure|unschedulable|network-unavailable)$/.test(
        key,
      )
    ) {
      return `fix: the nodes carry ${key}: they are unhealthy or cordoned; repair or uncordon them (tolerating this taint would not make them work)`;
    }
    const value = taint[2]?.trim();
    return key
      ? `fix: the nodes carry taint ${key}${value ? `=${value}` : ''} that the pods do not tolerate: add a toleration ` +
          `{key: ${key}, operator: ${value ? `Equal, value: ${value}` : 'Exists'}} to the pod template of ${where}, or schedule on untainted nodes`
      : `fix: add tolerations for the nodes' taints to the pod template of ${where}, or schedule on untainted nodes`;
  }
  if (
    /didn't match Pod's node affinity|didn't match node selector|didn't match the requested node name/.test(
      text,
    )
  ) {
    const selector = pod.spec?.nodeSelector;
    const shown =
      selector && Object.keys(selector).length > 0
        ? ` (nodeSelector ${Object.entries(selector)
            .map(([k, v]) => `${k}=${v}`)
            .join(',')})`
        : '';
    return `fix: no node has the labels the pods require${shown}: correct nodeSelector/nodeAffinity of ${where}, or label nodes to match`;
  }
  if (/anti-affinity/.test(text)) {
    return (
      `fix: required pod anti-affinity of ${where} allows one pod per topology domain and every domain is taken: ` +
      'add nodes (or zones), lower replicas, or make the rule preferredDuringSchedulingIgnoredDuringExecution'
    );
  }
  if (/pod affinity/.test(text)) {
    return `fix: no node runs the pods that the required pod affinity of ${where} asks to sit next to: check its labelSelector and namespaces`;
  }
  if (/topology spread/.test(text)) {
    return (
      `fix: the topologySpreadConstraints of ${where} cannot be met (whenUnsatisfiable: DoNotSchedule): add nodes in the ` +
      'missing domains, make sure nodes carry the topologyKey label, or use ScheduleAnyway'
    );
  }
  if (
    /unbound immediate PersistentVolumeClaims|didn't find available persistent volumes|persistentvolumeclaim "[^"]*" not found/.test(
      text,
    )
  ) {
    return 'fix: a PersistentVolumeClaim of the pods is not bound: check that its StorageClass exists and provisions (kubectl describe pvc), or that a matching PersistentVolume exists';
  }
  if (/volume node affinity conflict|no available volume zone/.test(text)) {
    return "fix: the pods' volumes live in a zone where no node fits: add nodes in that zone, or use a StorageClass with volumeBindingMode: WaitForFirstConsumer";
  }
  if (/exceed max volume count/.test(text))
    return 'fix: the nodes have reached their attachable-volume limit: add nodes or use fewer volumes per node';
  if (/were unschedulable/.test(text))
    return 'fix: the nodes are cordoned (unschedulable): uncordon them or add nodes';
  if (/didn't have free ports/.test(text))
    return `fix: the hostPort of ${where} is taken on every node: drop hostPort or run fewer pods than nodes`;
  if (/Too many pods|Insufficient pods/.test(text))
    return 'fix: the nodes are at their pod limit (maxPods): add nodes';
  return `fix: the scheduler's message above names what no node satisfies; change that in the pod template of ${where} or in the nodes`;
}
