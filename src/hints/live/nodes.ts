/**
 * The node profile behind Pending pods and DaemonSet gaps: per node, what is allocatable minus
 * what the pods bound there request, and whether a pod spec may go there at all (taints,
 * nodeSelector, required node affinity, cordon). Pure: the Nodes and bound pods of a LiveState in.
 */
import type { V1Node, V1PodSpec, V1Taint } from '@kubernetes/client-node';
import { parseMilli } from '../../k8s/quantity.js';
import {
  type Requests,
  describeTaint,
  nodeSelectionProblem,
  podRequests,
  untoleratedTaints,
} from '../../k8s/scheduling.js';
import type { LiveState } from '../../cluster/types.js';

export interface NodeProfile {
  name: string;
  labels: Record<string, string>;
  taints: V1Taint[];
  allocatable: Requests;
  /** Requests of the pods bound to the node, plus their count as "pods". */
  requested: Requests;
}

/** Why a pod cannot go to a node, or what it lacks there. */
export interface NodeFit {
  node: NodeProfile;
  /** A taint or the node selection keeps the pod off, whatever the resources. */
  excludedBy?: { kind: 'taint' | 'selector'; text: string };
  /** Resources the pod asks more of than the node has left. */
  short: { resource: string; free: bigint; asked: bigint }[];
}

const UNSCHEDULABLE_TAINT: V1Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

/** The Nodes of the state with what the bound pods already request; empty when Nodes were not read. */
export function nodeProfiles(state: LiveState): NodeProfile[] {
  const requestedByNode = new Map<string, Requests>();
  for (const pod of state.nodePods) {
    const node = pod.spec?.nodeName;
    if (!node || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue;
    const requested = requestedByNode.get(node) ?? new Map<string, bigint>();
    for (const [resource, value] of podRequests(pod.spec))
      requested.set(resource, (requested.get(resource) ?? 0n) + value);
    requested.set('pods', (requested.get('pods') ?? 0n) + 1000n);
    requestedByNode.set(node, requested);
  }
  return state.nodes.map((node: V1Node) => {
    const name = node.metadata?.name ?? '';
    const taints = [...(node.spec?.taints ?? [])];
    // A cordoned node carries this taint in every current version; older ones only set the field.
    if (node.spec?.unschedulable && !taints.some((t) => t.key === UNSCHEDULABLE_TAINT.key))
      taints.push(UNSCHEDULABLE_TAINT);
    const allocatable: Requests = new Map();
    for (const [resource, value] of Object.entries(node.status?.allocatable ?? {})) {
      const milli = parseMilli(value);
      if (milli !== undefined) allocatable.set(resource, milli);
    }
    return {
      name,
      labels: node.metadata?.labels ?? {},
      taints,
      allocatable,
      requested: requestedByNode.get(name) ?? new Map(),
    };
  });
}

/** Whether and how a pod spec fits on each node, the scheduler's filters in its order. */
export function fitOnNodes(spec: V1PodSpec | undefined, nodes: NodeProfile[]): NodeFit[] {
  const asked = podRequests(spec);
  asked.set('pods', 1000n);
  return nodes.map((node) => {
    const selection = nodeSelectionProblem(spec, node);
    const taints = untoleratedTaints(node.taints, spec?.tolerations);
    const short: NodeFit['short'] = [];
    for (const [resource, value] of asked) {
      if (value <= 0n) continue;
      const free = (node.allocatable.get(resource) ?? 0n) - (node.requested.get(resource) ?? 0n);
      if (value > free) short.push({ resource, free, asked: value });
    }
    return {
      node,
      ...(selection
        ? { excludedBy: { kind: 'selector' as const, text: selection } }
        : taints.length > 0
          ? {
              excludedBy: {
                kind: 'taint' as const,
                text: `taint ${taints.map(describeTaint).join(', ')} not tolerated`,
              },
            }
          : {}),
      short,
    };
  });
}

/** The most of a resource any of the nodes has left, with the node. */
export function largestFree(
  nodes: NodeProfile[],
  resource: string,
): { node: string; free: bigint } | undefined {
  let best: { node: string; free: bigint } | undefined;
  for (const node of nodes) {
    const free = (node.allocatable.get(resource) ?? 0n) - (node.requested.get(resource) ?? 0n);
    if (!best || free > best.free) best = { node: node.name, free };
  }
  return best;
}
