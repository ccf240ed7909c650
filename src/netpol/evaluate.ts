/**
 * What a set of NetworkPolicies allows, exactly as Kubernetes defines it:
 * - a policy applies to the pods of its own namespace that its podSelector selects;
 * - a pod is isolated in a direction when ANY policy selecting it has that policy type;
 *   a pod no such policy selects allows everything in that direction;
 * - an isolated pod allows what the union of all those policies' rules allows (policies add up);
 * - a rule matches when one of its peers matches (elements ORed; selectors inside one element
 *   ANDed) and one of its ports matches; absent/empty `from`/`to`/`ports` match everything.
 *
 * Answers are three-valued: facts a manifest bundle cannot decide (a pod's IP for an ipBlock, labels
 * of a namespace the bundle does not declare, ports of a pod it does not contain) give 'unknown',
 * so callers report only what is certain. Pure.
 */
import { selectorMatches } from '../k8s/labels.js';
import type { LabelSelector } from '../model/index.js';
import { cidrContainsIp, parseCidr, parseIp } from './cidr.js';
import type { Direction, NetpolPeer, NetpolPort, NetpolRule, NetworkPolicyModel } from './model.js';

export type Tristate = 'yes' | 'no' | 'unknown';

export interface ContainerPort {
  name?: string;
  containerPort: number;
  /** 'TCP' when the manifest leaves it out. */
  protocol: string;
}

/** A pod (or a hypothetical one: "a kube-dns pod", "an ingress-nginx controller pod"). */
export interface PodEndpoint {
  kind: 'pod';
  namespace: string;
  labels: Record<string, string>;
  /** Its containers' ports, for named ports; undefined when unknown. */
  ports?: ContainerPort[];
  /** Its IP, for ipBlock peers; usually unknown in manifests. */
  ip?: string;
}

/** An address outside the cluster's pods: only ipBlock peers (or "everything") match it. */
export interface IpEndpoint {
  kind: 'ip';
  ip: string;
}

export type Endpoint = PodEndpoint | IpEndpoint;

export interface NamespaceInfo {
  labels: Record<string, string>;
  /** False when the namespace is not declared: only `kubernetes.io/metadata.name` is known. */
  complete: boolean;
}

export interface NamespaceDirectory {
  labelsOf(namespace: string): NamespaceInfo;
}

/** The label the API server puts on every namespace (immutable, always equal to its name). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** Namespace labels from declared Namespace objects plus the automatic name label. */
export function namespaceDirectory(
  declared: Iterable<{ name: string; labels: Record<string, string> }>,
): NamespaceDirectory {
  const known = new Map<string, Record<string, string>>();
  for (const { name, labels } of declared) known.set(name, { ...labels, [NAMESPACE_NAME_LABEL]: name });
  return {
    labelsOf(namespace) {
      const labels = known.get(namespace);
      return labels
        ? { labels, complete: true }
        : { labels: { [NAMESPACE_NAME_LABEL]: namespace }, complete: false };
    },
  };
}

export interface Connection {
  from: Endpoint;
  to: Endpoint;
  /** The destination port number (resolve Service targetPort names before asking). */
  port: number;
  /** 'TCP' when absent. */
  protocol?: string;
  /** Which side's policies to judge: the destination's ingress or the source's egress. */
  direction: Direction;
}

export interface RuleRef<P extends NetworkPolicyModel = NetworkPolicyModel> {
  policy: P;
  rule: NetpolRule;
}

export interface Verdict<P extends NetworkPolicyModel = NetworkPolicyModel> {
  result: 'allowed' | 'denied' | 'unknown';
  /** The policies that isolate the judged pod in this direction; empty when it is not isolated. */
  isolatedBy: P[];
  /** Rules that allow the connection ('allowed'), or that might ('unknown'). */
  rules: RuleRef<P>[];
}

const and = (a: Tristate, b: Tristate): Tristate =>
  a === 'no' || b === 'no' ? 'no' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes';

function anyOf<T>(items: readonly T[], test: (item: T) => Tristate): Tristate {
  let result: Tristate = 'no';
  for (const item of items) {
    const one = test(item);
    if (one === 'yes') return 'yes';
    if (one === 'unknown') result = 'unknown';
  }
  return result;
}

/**
 * A selector against labels of which only some may be known: a requirement on a key the labels
 * lack is undecidable unless they are complete.
 */
export function selectorMatchesPartly(selector: LabelSelector, info: NamespaceInfo): Tristate {
  if (info.complete) return selectorMatches(selector, info.labels) ? 'yes' : 'no';
  let result: Tristate = 'yes';
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (!Object.hasOwn(info.labels, key)) result = 'unknown';
    else if (info.labels[key] !== value) return 'no';
  }
  for (const requirement of selector.matchExpressions ?? []) {
    if (!Object.hasOwn(info.labels, requirement.key)) {
      // An unknown operator matches nothing, known or not.
      if (!['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(requirement.operator)) return 'no';
      result = 'unknown';
    } else if (!selectorMatches({ matchExpressions: [requirement] }, info.labels)) return 'no';
  }
  return result;
}

/** The policy applies to the pod: same namespace, and its podSelector selects the pod's labels. */
export function policySelects(policy: NetworkPolicyModel, pod: PodEndpoint): boolean {
  return policy.namespace === pod.namespace && selectorMatches(policy.podSelector, pod.labels);
}

export function policiesSelecting<P extends NetworkPolicyModel>(
  pod: PodEndpoint,
  policies: readonly P[],
): P[] {
  return policies.filter((policy) => policySelects(policy, pod));
}

/** Isolated in a direction: some policy selecting the pod has that policy type. */
export function isIsolated(
  pod: PodEndpoint,
  direction: Direction,
  policies: readonly NetworkPolicyModel[],
): boolean {
  return policies.some((policy) => policy.types[direction] && policySelects(policy, pod));
}

/** Does one peer element match the endpoint on the other side of a policy in `policyNamespace`? */
export function peerMatches(
  peer: NetpolPeer,
  policyNamespace: string,
  endpoint: Endpoint,
  namespaces: NamespaceDirectory,
): Tristate {
  switch (peer.kind) {
    case 'empty':
      return 'no';
    case 'ipBlock': {
      if (peer.mixedWithSelectors) return 'no'; // rejected by the API server: never applied
      if (endpoint.ip === undefined) return 'unknown';
      const ip = parseIp(endpoint.ip);
      const cidr = parseCidr(peer.cidr);
      if (!ip || !cidr) return 'no';
      if (!cidrContainsIp(cidr, ip)) return 'no';
      const excluded = peer.except.some((text) => {
        const except = parseCidr(text);
        return except !== undefined && cidrContainsIp(except, ip);
      });
      return excluded ? 'no' : 'yes';
    }
    case 'selector': {
      // Selector peers select pods only, never addresses outside the cluster.
      if (endpoint.kind !== 'pod') return 'no';
      const inNamespace: Tristate = peer.namespaceSelector
        ? selectorMatchesPartly(peer.namespaceSelector, namespaces.labelsOf(endpoint.namespace))
        : endpoint.namespace === policyNamespace
          ? 'yes'
          : 'no';
      const podMatches: Tristate =
        !peer.podSelector || selectorMatches(peer.podSelector, endpoint.labels) ? 'yes' : 'no';
      return and(inNamespace, podMatches);
    }
  }
}

/**
 * Does one `ports` entry match a connection to `port`/`protocol` on `destination`? A named port
 * resolves on the destination pod: a container port with that name and the entry's protocol.
 */
export function portMatches(
  entry: NetpolPort,
  port: number,
  protocol: string,
  destination: Endpoint,
): Tristate {
  if (entry.protocol !== protocol) return 'no';
  if (entry.port === undefined) return 'yes';
  if (typeof entry.port === 'number') {
    const last = entry.endPort ?? entry.port;
    return port >= entry.port && port <= last ? 'yes' : 'no';
  }
  if (destination.kind !== 'pod') return 'no';
  if (!destination.ports) return 'unknown';
  const name = entry.port;
  return destination.ports.some((p) => p.name === name && p.protocol === protocol && p.containerPort === port)
    ? 'yes'
    : 'no';
}

/** Does one rule of a policy in `policyNamespace` match the connection? */
export function ruleMatches(
  rule: NetpolRule,
  policyNamespace: string,
  connection: Connection,
  namespaces: NamespaceDirectory,
): Tristate {
  const other = connection.direction === 'ingress' ? connection.from : connection.to;
  const protocol = connection.protocol ?? 'TCP';
  const peers: Tristate = rule.peers
    ? anyOf(rule.peers, (peer) => peerMatches(peer, policyNamespace, other, namespaces))
    : 'yes';
  if (peers === 'no') return 'no';
  const ports: Tristate = rule.ports
    ? anyOf(rule.ports, (entry) => portMatches(entry, connection.port, protocol, connection.to))
    : 'yes';
  return and(peers, ports);
}

/**
 * The verdict of the judged side alone: the destination's ingress policies, or the source's egress
 * policies. Policies apply only to pods; an address endpoint on the judged side is always allowed.
 */
export function evaluate<P extends NetworkPolicyModel>(
  connection: Connection,
  policies: readonly P[],
  namespaces: NamespaceDirectory,
): Verdict<P> {
  const { direction } = connection;
  const subject = direction === 'ingress' ? connection.to : connection.from;
  if (subject.kind !== 'pod') return { result: 'allowed', isolatedBy: [], rules: [] };
  const isolatedBy = policies.filter((policy) => policy.types[direction] && policySelects(policy, subject));
  if (isolatedBy.length === 0) return { result: 'allowed', isolatedBy, rules: [] };
  const allowing: RuleRef<P>[] = [];
  const possible: RuleRef<P>[] = [];
  for (const policy of isolatedBy) {
    for (const rule of policy[direction]) {
      const match = ruleMatches(rule, policy.namespace, connection, namespaces);
      if (match === 'yes') allowing.push({ policy, rule });
      else if (match === 'unknown') possible.push({ policy, rule });
    }
  }
  if (allowing.length > 0) return { result: 'allowed', isolatedBy, rules: allowing };
  if (possible.length > 0) return { result: 'unknown', isolatedBy, rules: possible };
  return { result: 'denied', isolatedBy, rules: [] };
}

/** True only when the judged side certainly allows the connection. */
export function allows(
  connection: Connection,
  policies: readonly NetworkPolicyModel[],
  namespaces: NamespaceDirectory,
): boolean {
  return evaluate(connection, policies, namespaces).result === 'allowed';
}

/**
 * Both sides together, as traffic flows: the source's egress AND the destination's ingress.
 * (For a connectivity matrix.)
 */
export function connectionVerdict(
  connection: Omit<Connection, 'direction'>,
  policies: readonly NetworkPolicyModel[],
  namespaces: NamespaceDirectory,
): 'allowed' | 'denied' | 'unknown' {
  const egress = evaluate({ ...connection, direction: 'egress' }, policies, namespaces).result;
  const ingress = evaluate({ ...connection, direction: 'ingress' }, policies, namespaces).result;
  if (egress === 'denied' || ingress === 'denied') return 'denied';
  return egress === 'allowed' && ingress === 'allowed' ? 'allowed' : 'unknown';
}
