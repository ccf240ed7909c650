/**
 * The connectivity model: which connections (protocol and ports) a set of NetworkPolicies allows
 * between workloads, and between workloads and addresses outside the cluster. Kubernetes semantics:
 * a pod is isolated per direction by the policies that select it with that type; an isolated pod
 * allows the union of those policies' rules; peers in one element are ANDed, elements ORed; a
 * connection needs both the source's egress and the destination's ingress.
 *
 * Workloads with the same namespace, labels and container ports are one equivalence class: policies
 * cannot tell them apart, so each class's allowances are computed once. Ports are interval sets.
 *
 * What a manifest bundle cannot decide (labels of a namespace it does not declare; an ipBlock that
 * overlaps the pod network, for pods) is kept apart as `undecided`, never counted as allowed or denied.
 * Pure.
 */
import { selectorMatches } from '../k8s/labels.js';
import type { Resource } from '../model/index.js';
import { parseCidr, type Cidr, type IpFamily, formatIp } from './cidr.js';
import {
  selectorMatchesPartly,
  type ContainerPort,
  type NamespaceDirectory,
  type Tristate,
} from './evaluate.js';
import type { Direction, NetpolPeer, NetpolRule, NetworkPolicyModel } from './model.js';
import {
  ALL_PORTS,
  intersect,
  isEmpty,
  isProtocol,
  NO_PORTS,
  portRange,
  subtract,
  union,
  type PortSet,
} from './portset.js';

export interface WorkloadNode {
  kind: 'workload';
  /** "shop/web[Deployment]". */
  id: string;
  namespace: string;
  name: string;
  workloadKind: string;
  labels: Record<string, string>;
  /** Container ports, for named ports. */
  ports: readonly ContainerPort[];
  /** Where it is written, when it comes from manifests. */
  resource?: Resource;
}

/** A block of addresses outside the cluster that every ipBlock treats alike. */
export interface ExternalNode {
  kind: 'external';
  /** "0.0.0.0-255.255.255.255". */
  id: string;
  family: IpFamily;
  first: bigint;
  last: bigint;
}

export type ConnectivityNode = WorkloadNode | ExternalNode;

export interface ConnectivityInput<P extends NetworkPolicyModel> {
  workloads: readonly WorkloadNode[];
  policies: readonly P[];
  namespaces: NamespaceDirectory;
  /** The pod network's CIDRs: an ipBlock overlapping them cannot be judged for pods. Unset: ipBlocks match only addresses outside the cluster. */
  podNetworks?: readonly string[];
  /** More policies whose ipBlocks cut the external blocks: the other side of a diff, so both models' blocks line up. */
  cutPolicies?: readonly NetworkPolicyModel[];
}

export interface ConnectionEdge {
  from: ConnectivityNode;
  to: ConnectivityNode;
  /** Certainly allowed. */
  allowed: PortSet;
  /** Allowed or not depending on what the bundle does not say. */
  undecided: PortSet;
}

/** One rule's part in a side's verdict between two nodes. */
export interface RuleContribution<P extends NetworkPolicyModel> {
  policy: P;
  rule: NetpolRule;
  ports: PortSet;
  /** False when the rule's peer match could not be decided. */
  certain: boolean;
}

export interface SideVerdict<P extends NetworkPolicyModel> {
  direction: Direction;
  /** Policies isolating the judged workload in this direction; empty when it is not isolated. */
  isolatedBy: P[];
  /** Rules whose peers match the other node (with the ports they allow it). */
  rules: RuleContribution<P>[];
  allowed: PortSet;
  undecided: PortSet;
}

export interface Connectivity<P extends NetworkPolicyModel> {
  nodes: readonly ConnectivityNode[];
  workloads: readonly WorkloadNode[];
  /** Connections with some allowed or undecided port, in node order. */
  edges(): Iterable<ConnectionEdge>;
  edge(from: ConnectivityNode, to: ConnectivityNode): ConnectionEdge | undefined;
  /** The same by position in `nodes` (for callers that walk every pair). */
  edgeAt(from: number, to: number): ConnectionEdge | undefined;
  indexOf(id: string): number | undefined;
  node(id: string): ConnectivityNode | undefined;
  /** The judged side's verdict: the source's egress or the destination's ingress. */
  side(from: ConnectivityNode, to: ConnectivityNode, direction: Direction): SideVerdict<P>;
  /** The external block holding an address. */
  externalAt(family: IpFamily, address: bigint): ExternalNode | undefined;
}

export function workloadId(namespace: string, name: string, kind: string): string {
  return `${namespace}/${name}[${kind}]`;
}

const FAMILY_LAST: Record<IpFamily, bigint> = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };

function cidrRange(cidr: Cidr): [bigint, bigint] {
  const size = 1n << BigInt((cidr.family === 4 ? 32 : 128) - cidr.prefix);
  return [cidr.network, cidr.network + size - 1n];
}

/** Disjoint address blocks cut at every ipBlock boundary: IPv4 always, IPv6 when a policy names it. */
export function externalBlocks(policies: readonly NetworkPolicyModel[]): ExternalNode[] {
  const cuts: Record<IpFamily, Set<bigint>> = { 4: new Set([0n]), 6: new Set([0n]) };
  let v6 = false;
  for (const policy of policies) {
    for (const rule of [...policy.ingress, ...policy.egress]) {
      for (const peer of rule.peers ?? []) {
        if (peer.kind !== 'ipBlock') continue;
        for (const text of [peer.cidr, ...peer.except]) {
          const cidr = parseCidr(text);
          if (!cidr) continue;
          if (cidr.family === 6) v6 = true;
          const [first, last] = cidrRange(cidr);
          cuts[cidr.family].add(first);
          if (last < FAMILY_LAST[cidr.family]) cuts[cidr.family].add(last + 1n);
        }
      }
    }
  }
  const blocks: ExternalNode[] = [];
  for (const family of v6 ? ([4, 6] as const) : ([4] as const)) {
    const starts = [...cuts[family]].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    starts.forEach((first, i) => {
      const last = i + 1 < starts.length ? starts[i + 1]! - 1n : FAMILY_LAST[family];
      blocks.push({
        kind: 'external',
        id: `${formatIp(family, first)}-${formatIp(family, last)}`,
        family,
        first,
        last,
      });
    });
  }
  return blocks;
}

const and = (a: Tristate, b: Tristate): Tristate =>
  a === 'no' || b === 'no' ? 'no' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes';

function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  if (a.family !== b.family) return false;
  const [a0, a1] = cidrRange(a);
  const [b0, b1] = cidrRange(b);
  return a0 <= b1 && b0 <= a1;
}

/** Does one peer element of a policy in `policyNamespace` match a node? */
function peerMatchesNode(
  peer: NetpolPeer,
  policyNamespace: string,
  node: ConnectivityNode,
  namespaces: NamespaceDirectory,
  podNetworks: readonly Cidr[],
): Tristate {
  switch (peer.kind) {
    case 'empty':
      return 'no';
    case 'ipBlock': {
      if (peer.mixedWithSelectors) return 'no'; // the API server rejects it: never applied
      const cidr = parseCidr(peer.cidr);
      if (!cidr) return 'no';
      if (node.kind === 'workload')
        return podNetworks.some((net) => cidrsOverlap(net, cidr)) ? 'unknown' : 'no';
      if (node.family !== cidr.family) return 'no';
      const [first, last] = cidrRange(cidr);
      // Blocks are cut at every boundary, so a block is wholly inside or wholly outside each CIDR.
      if (node.first < first || node.first > last) return 'no';
      const excluded = peer.except.some((text) => {
        const except = parseCidr(text);
        if (!except || except.family !== node.family) return false;
        const [e0, e1] = cidrRange(except);
        return node.first >= e0 && node.first <= e1;
      });
      return excluded ? 'no' : 'yes';
    }
    case 'selector': {
      if (node.kind !== 'workload') return 'no';
      const inNamespace: Tristate = peer.namespaceSelector
        ? selectorMatchesPartly(peer.namespaceSelector, namespaces.labelsOf(node.namespace))
        : node.namespace === policyNamespace
          ? 'yes'
          : 'no';
      if (inNamespace === 'no') return 'no';
      const pod = !peer.podSelector || selectorMatches(peer.podSelector, node.labels) ? 'yes' : 'no';
      return and(inNamespace, pod);
    }
  }
}

function ruleMatchesNode(
  rule: NetpolRule,
  policyNamespace: string,
  node: ConnectivityNode,
  namespaces: NamespaceDirectory,
  podNetworks: readonly Cidr[],
): Tristate {
  if (!rule.peers) return 'yes';
  let result: Tristate = 'no';
  for (const peer of rule.peers) {
    const one = peerMatchesNode(peer, policyNamespace, node, namespaces, podNetworks);
    if (one === 'yes') return 'yes';
    if (one === 'unknown') result = 'unknown';
  }
  return result;
}

/** The ports a rule allows to `destination`; named ports resolve on the destination's containers. */
export function rulePorts(rule: NetpolRule, destination: ConnectivityNode): PortSet {
  if (!rule.ports) return ALL_PORTS;
  let set: PortSet = NO_PORTS;
  for (const entry of rule.ports) {
    if (!isProtocol(entry.protocol)) continue;
    const protocol = entry.protocol;
    if (entry.port === undefined) set = union(set, portRange(protocol));
    else if (typeof entry.port === 'number') set = union(set, portRange(protocol, entry.port, entry.endPort));
    else if (destination.kind === 'workload') {
      for (const port of destination.ports) {
        if (port.name === entry.port && port.protocol === protocol)
          set = union(set, portRange(protocol, port.containerPort));
      }
    }
  }
  return set;
}

const hasNamedPort = (rule: NetpolRule) => rule.ports?.some((p) => typeof p.port === 'string') ?? false;

function classKey(node: WorkloadNode): string {
  const labels = Object.entries(node.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([node.namespace, labels, node.ports]);
}

interface SideAllowance {
  allowed: PortSet;
  maybe: PortSet;
}

const nodes0 = (
  workloads: readonly WorkloadNode[],
  externals: readonly ExternalNode[],
): ConnectivityNode[] => [...workloads, ...externals];

export function buildConnectivity<P extends NetworkPolicyModel>(
  input: ConnectivityInput<P>,
): Connectivity<P> {
  const { workloads, policies, namespaces } = input;
  const podNetworks = (input.podNetworks ?? []).flatMap((text) => parseCidr(text) ?? []);
  const externals = externalBlocks([...policies, ...(input.cutPolicies ?? [])]);
  const nodes = nodes0(workloads, externals);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const indexOf = new Map<ConnectivityNode, number>(nodes.map((node, i) => [node, i]));
  const byNamespace = new Map<string, WorkloadNode[]>();
  for (const workload of workloads) {
    const list = byNamespace.get(workload.namespace);
    if (list) list.push(workload);
    else byNamespace.set(workload.namespace, [workload]);
  }
  const policiesByNamespace = new Map<string, P[]>();
  for (const policy of policies) {
    const list = policiesByNamespace.get(policy.namespace);
    if (list) list.push(policy);
    else policiesByNamespace.set(policy.namespace, [policy]);
  }

  // Workloads the policies cannot tell apart share one class: allowances are computed per class.
  const classIds = new Map<string, number>();
  const classOf = nodes.map((node) => {
    if (node.kind !== 'workload') return -1;
    const key = classKey(node);
    let id = classIds.get(key);
    if (id === undefined) classIds.set(key, (id = classIds.size));
    return id;
  });
  const namespaceNames = [...byNamespace.keys()];

  const isolatingByClass: Record<Direction, P[][]> = { ingress: [], egress: [] };
  const isolating = (workload: WorkloadNode, direction: Direction): P[] => {
    const classId = classOf[indexOf.get(workload) ?? -1];
    const cached = classId === undefined || classId < 0 ? undefined : isolatingByClass[direction][classId];
    if (cached) return cached;
    const found = (policiesByNamespace.get(workload.namespace) ?? []).filter(
      (policy) => policy.types[direction] && selectorMatches(policy.podSelector, workload.labels),
    );
    if (classId !== undefined && classId >= 0) isolatingByClass[direction][classId] = found;
    return found;
  };

  /** Candidate nodes of one peer: a namespace's selector is judged once per namespace, not per pod. */
  const peerCandidates = (peer: NetpolPeer, policyNamespace: string): readonly ConnectivityNode[] => {
    switch (peer.kind) {
      case 'empty':
        return [];
      case 'ipBlock':
        return podNetworks.length > 0 ? nodes : externals;
      case 'selector': {
        if (!peer.namespaceSelector) return byNamespace.get(policyNamespace) ?? [];
        const selector = peer.namespaceSelector;
        return namespaceNames
          .filter((ns) => selectorMatchesPartly(selector, namespaces.labelsOf(ns)) !== 'no')
          .flatMap((ns) => byNamespace.get(ns) ?? []);
      }
    }
  };

  // Nodes each rule's peers match (yes / unknown), computed once per rule.
  const matchedByRule = new Map<NetpolRule, { yes: number[]; maybe: number[] }>();
  const matchedBy = (rule: NetpolRule, policyNamespace: string) => {
    let matched = matchedByRule.get(rule);
    if (matched) return matched;
    const results = new Map<number, Tristate>();
    if (!rule.peers) nodes.forEach((_, i) => results.set(i, 'yes'));
    for (const peer of rule.peers ?? []) {
      for (const node of peerCandidates(peer, policyNamespace)) {
        const index = indexOf.get(node)!;
        if (results.get(index) === 'yes') continue;
        const result = peerMatchesNode(peer, policyNamespace, node, namespaces, podNetworks);
        if (result !== 'no') results.set(index, result);
      }
    }
    matched = { yes: [], maybe: [] };
    for (const [index, result] of results) (result === 'yes' ? matched.yes : matched.maybe).push(index);
    matchedByRule.set(rule, matched);
    return matched;
  };

  /** Per class and direction: allowance per peer node index; null when the class is not isolated. */
  const sides: Record<Direction, (Map<number, SideAllowance> | null | undefined)[]> = {
    ingress: [],
    egress: [],
  };
  const sideOf = (index: number, direction: Direction) => {
    const classId = classOf[index]!;
    const cached = sides[direction][classId];
    if (cached !== undefined) return cached;
    const workload = nodes[index] as WorkloadNode;
    const isolatedBy = isolating(workload, direction);
    let allowance: Map<number, SideAllowance> | null = null;
    if (isolatedBy.length > 0) {
      const map = new Map<number, SideAllowance>();
      allowance = map;
      const add = (peer: number, ports: PortSet, certain: boolean) => {
        if (isEmpty(ports)) return;
        const current = map.get(peer) ?? { allowed: NO_PORTS, maybe: NO_PORTS };
        map.set(
          peer,
          certain
            ? { allowed: union(current.allowed, ports), maybe: current.maybe }
            : { allowed: current.allowed, maybe: union(current.maybe, ports) },
        );
      };
      for (const policy of isolatedBy) {
        for (const rule of policy[direction]) {
          const matched = matchedBy(rule, policy.namespace);
          const named = hasNamedPort(rule);
          const fixedPorts = direction === 'ingress' || !named ? rulePorts(rule, workload) : undefined;
          for (const peer of matched.yes) add(peer, fixedPorts ?? rulePorts(rule, nodes[peer]!), true);
          for (const peer of matched.maybe) add(peer, fixedPorts ?? rulePorts(rule, nodes[peer]!), false);
        }
      }
    }
    sides[direction][classId] = allowance;
    return allowance;
  };

  const OPEN: SideAllowance = { allowed: ALL_PORTS, maybe: NO_PORTS };
  const CLOSED: SideAllowance = { allowed: NO_PORTS, maybe: NO_PORTS };
  const judged = (subject: number, other: number, direction: Direction): SideAllowance => {
    if (classOf[subject] === -1) return OPEN;
    const allowance = sideOf(subject, direction);
    return allowance ? (allowance.get(other) ?? CLOSED) : OPEN;
  };

  const computeEdge = (i: number, j: number): ConnectionEdge | undefined => {
    if (i === j || (classOf[i] === -1 && classOf[j] === -1)) return undefined;
    const egress = judged(i, j, 'egress');
    if (egress === CLOSED || (isEmpty(egress.allowed) && isEmpty(egress.maybe))) return undefined;
    const ingress = judged(j, i, 'ingress');
    if (ingress === CLOSED) return undefined;
    const allowed = intersect(egress.allowed, ingress.allowed);
    const undecided =
      egress.maybe === NO_PORTS && ingress.maybe === NO_PORTS
        ? NO_PORTS
        : subtract(
            intersect(union(egress.allowed, egress.maybe), union(ingress.allowed, ingress.maybe)),
            allowed,
          );
    if (isEmpty(allowed) && isEmpty(undecided)) return undefined;
    return { from: nodes[i]!, to: nodes[j]!, allowed, undecided };
  };
  const edge = (from: ConnectivityNode, to: ConnectivityNode) => {
    const i = indexOf.get(from);
    const j = indexOf.get(to);
    return i === undefined || j === undefined ? undefined : computeEdge(i, j);
  };
  const indexById = new Map(nodes.map((node, i) => [node.id, i]));

  return {
    nodes,
    workloads,
    *edges() {
      for (let i = 0; i < nodes.length; i++) {
        for (let j = 0; j < nodes.length; j++) {
          const found = computeEdge(i, j);
          if (found) yield found;
        }
      }
    },
    edge,
    edgeAt: computeEdge,
    indexOf: (id) => indexById.get(id),
    node: (id) => byId.get(id),
    side(from, to, direction) {
      const subject = direction === 'egress' ? from : to;
      const other = direction === 'egress' ? to : from;
      const verdict: SideVerdict<P> = {
        direction,
        isolatedBy: [],
        rules: [],
        allowed: ALL_PORTS,
        undecided: NO_PORTS,
      };
      if (subject.kind !== 'workload') return verdict;
      verdict.isolatedBy = isolating(subject, direction);
      if (verdict.isolatedBy.length === 0) return verdict;
      let allowed: PortSet = NO_PORTS;
      let maybe: PortSet = NO_PORTS;
      for (const policy of verdict.isolatedBy) {
        for (const rule of policy[direction]) {
          const match = ruleMatchesNode(rule, policy.namespace, other, namespaces, podNetworks);
          if (match === 'no') continue;
          const ports = rulePorts(rule, direction === 'ingress' ? subject : other);
          verdict.rules.push({ policy, rule, ports, certain: match === 'yes' });
          if (match === 'yes') allowed = union(allowed, ports);
          else maybe = union(maybe, ports);
        }
      }
      verdict.allowed = allowed;
      verdict.undecided = subtract(maybe, allowed);
      return verdict;
    },
    externalAt(family, address) {
      return externals.find(
        (block) => block.family === family && address >= block.first && address <= block.last,
      );
    },
  };
}
