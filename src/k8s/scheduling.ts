/**
 * What the scheduler checks per node, as Kubernetes defines it: a pod's effective requests
 * (containers, init containers, sidecars, overhead), taints against tolerations, nodeSelector and
 * required node affinity. Pure: API objects in, answers out.
 */
import type {
  V1NodeSelectorRequirement,
  V1NodeSelectorTerm,
  V1PodSpec,
  V1Taint,
  V1Toleration,
} from '@kubernetes/client-node';
import { parseMilli } from './quantity.js';

export type Requests = Map<string, bigint>;

function addInto(target: Requests, source: Requests): void {
  for (const [resource, value] of source) target.set(resource, (target.get(resource) ?? 0n) + value);
}

function maxInto(target: Requests, source: Requests): void {
  for (const [resource, value] of source)
    if (value > (target.get(resource) ?? 0n)) target.set(resource, value);
}

function requestsOf(resources: { requests?: Record<string, unknown> } | undefined): Requests {
  const requests: Requests = new Map();
  for (const [resource, value] of Object.entries(resources?.requests ?? {})) {
    const milli = parseMilli(value);
    if (milli !== undefined) requests.set(resource, milli);
  }
  return requests;
}

/**
 * The requests the scheduler reserves for a pod (resourcehelper.PodRequests): the regular
 * containers plus the sidecars (init containers with restartPolicy Always), or the largest init
 * container step if that is more, plus the pod overhead.
 */
export function podRequests(spec: V1PodSpec | undefined): Requests {
  const containers: Requests = new Map();
  for (const container of spec?.containers ?? []) addInto(containers, requestsOf(container.resources));
  const sidecars: Requests = new Map();
  const initPeak: Requests = new Map();
  for (const container of spec?.initContainers ?? []) {
    const requests = requestsOf(container.resources);
    if (container.restartPolicy === 'Always') {
      addInto(sidecars, requests);
      maxInto(initPeak, sidecars);
    } else {
      const step: Requests = new Map(sidecars);
      addInto(step, requests);
      maxInto(initPeak, step);
    }
  }
  addInto(containers, sidecars);
  maxInto(containers, initPeak);
  for (const [resource, value] of Object.entries(spec?.overhead ?? {})) {
    const milli = parseMilli(value);
    if (milli !== undefined) containers.set(resource, (containers.get(resource) ?? 0n) + milli);
  }
  return containers;
}

/** v1.Toleration.ToleratesTaint: key, operator (Equal/Exists) and effect. */
export function tolerates(toleration: V1Toleration, taint: V1Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  // An empty key with operator Exists tolerates everything.
  if (!toleration.key && toleration.operator !== 'Exists') return false;
  if (toleration.operator === 'Exists') return true;
  return (toleration.value ?? '') === (taint.value ?? '');
}

/** The node's NoSchedule/NoExecute taints that none of the tolerations tolerates: they keep the pod off. */
export function untoleratedTaints(
  taints: V1Taint[] | undefined,
  tolerations: V1Toleration[] | undefined,
): V1Taint[] {
  return (taints ?? []).filter(
    (taint) =>
      (taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') &&
      !(tolerations ?? []).some((toleration) => tolerates(toleration, taint)),
  );
}

/** "dedicated=gpu:NoSchedule", "node.kubernetes.io/unschedulable:NoSchedule" */
export function describeTaint(taint: V1Taint): string {
  return `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`;
}

function requirementMatches(requirement: V1NodeSelectorRequirement, value: string | undefined): boolean {
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      if (value === undefined || !/^-?\d+$/.test(value) || values.length !== 1) return false;
      const [left, right] = [BigInt(value), BigInt(values[0]!)];
      return requirement.operator === 'Gt' ? left > right : left < right;
    }
    default:
      return false;
  }
}

/** A nodeSelectorTerm: every expression on labels and every field (metadata.name) must hold; an empty term matches nothing. */
function termMatches(term: V1NodeSelectorTerm, name: string, labels: Record<string, string>): boolean {
  const expressions = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (expressions.length === 0 && fields.length === 0) return false;
  return (
    expressions.every((r) => requirementMatches(r, labels[r.key])) &&
    fields.every((r) => r.key === 'metadata.name' && requirementMatches(r, name))
  );
}

/** Why the pod's nodeSelector or required node affinity excludes the node, or undefined when it does not. */
export function nodeSelectionProblem(
  spec: V1PodSpec | undefined,
  node: { name: string; labels: Record<string, string> },
): string | undefined {
  for (const [key, value] of Object.entries(spec?.nodeSelector ?? {})) {
    if (node.labels[key] !== value)
      return `nodeSelector ${key}=${value} (the node has ${key in node.labels ? `${key}=${node.labels[key]}` : `no ${key}`})`;
  }
  const terms =
    spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  // Terms are ORed; a required affinity with no term matches no node.
  if (terms && !terms.some((term) => termMatches(term, node.name, node.labels))) {
    const keys = [...new Set(terms.flatMap((t) => (t.matchExpressions ?? []).map((e) => e.key)))];
    return `required node affinity${keys.length > 0 ? ` on ${keys.join(', ')}` : ''}`;
  }
  return undefined;
}
