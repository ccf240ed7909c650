/**
 * What a release changes in connectivity: connections removed, added and changed (port sets) between
 * a baseline model and the new one, grouped by workload pair, each with the policies and rules that
 * cause it, and the removals a config declares required. Pure.
 */
import type { Path } from '../model/index.js';
import type { Connectivity, ConnectivityNode, WorkloadNode } from './connectivity.js';
import type { Direction, NetworkPolicyModel } from './model.js';
import {
  containsPort,
  equals,
  intersect,
  isEmpty,
  NO_PORTS,
  subtract,
  type PortSet,
  type Protocol,
} from './portset.js';

export type ChangeKind = 'removed' | 'added' | 'changed';

/** Why a change happened: a policy (a rule of it, or the whole policy), or a workload coming or going. */
export interface ChangeCause<P extends NetworkPolicyModel> {
  /** Undefined when the cause is the workload itself. */
  policy?: P;
  /** The rule's path in the policy; [] for the policy as a whole. */
  path: Path;
  /** True when `policy` is the baseline's (deleted since). */
  inBaseline: boolean;
  reason: string;
}

export interface RequiredMatch {
  from: string;
  to: string;
  port?: number | string;
  line?: number;
}

export interface ConnectionChange<P extends NetworkPolicyModel> {
  kind: ChangeKind;
  from: ConnectivityNode;
  to: ConnectivityNode;
  before: PortSet;
  after: PortSet;
  /** Ports allowed before and not after. */
  lost: PortSet;
  /** Ports allowed after and not before. */
  gained: PortSet;
  /**
   * Ports the release's model cannot judge (namespace labels or ipBlocks the manifests do not settle)
   * that were not undecided before: neither cut nor kept, and said so.
   */
  undecided: PortSet;
  causes: ChangeCause<P>[];
  /** The `network.required` entries this change cuts. */
  required: RequiredMatch[];
  /** Traffic Prometheus saw on a removed connection: "frontend → checkout:8080 carried ...". */
  observed?: string;
}

export interface ConnectivityDiff<P extends NetworkPolicyModel> {
  changes: ConnectionChange<P>[];
  /** Required entries that name a workload neither model has. */
  unmatchedRequired: RequiredMatch[];
  /** What the diff could not check, e.g. "observed traffic not checked: <why>". */
  notes?: string[];
  verdict: 'pass' | 'warn' | 'block';
}

const pairKey = (from: ConnectivityNode, to: ConnectivityNode) => `${from.id}\u0000${to.id}`;
const policyKey = (p: NetworkPolicyModel) => `${p.namespace}/${p.name}`;

/** Does a required entry's workload text ("checkout" or "shop/checkout") name this node? */
function namesNode(text: string, node: ConnectivityNode): boolean {
  if (node.kind !== 'workload') return false;
  return text.includes('/')
    ? `${node.namespace}/${node.name}` === text || node.id === text
    : node.name === text;
}

function requiredPort(port: number | string | undefined): { protocol: Protocol; port: number } | undefined {
  if (port === undefined) return undefined;
  const [number, protocol] = String(port).split('/');
  return { port: Number(number), protocol: (protocol?.toUpperCase() ?? 'TCP') as Protocol };
}

function causesOfLoss<P extends NetworkPolicyModel>(
  baseline: Connectivity<P>,
  current: Connectivity<P>,
  from: ConnectivityNode,
  to: ConnectivityNode,
  lost: PortSet,
): ChangeCause<P>[] {
  const causes: ChangeCause<P>[] = [];
  const currentFrom = current.node(from.id);
  const currentTo = current.node(to.id);
  if (!currentFrom || !currentTo) {
    const gone = currentFrom ? to : from;
    return [{ path: [], inBaseline: true, reason: `workload ${gone.id} removed` }];
  }
  const baseFrom = baseline.node(from.id);
  const baseTo = baseline.node(to.id);
  if (!baseFrom || !baseTo) return [];
  for (const direction of ['egress', 'ingress'] as Direction[]) {
    const now = current.side(currentFrom, currentTo, direction);
    const stillLost = subtract(lost, now.allowed);
    if (isEmpty(stillLost)) continue; // this side still allows the lost ports: the other side cut them
    const subject = direction === 'egress' ? from.id : to.id;
    const before = baseline.side(baseFrom, baseTo, direction);
    if (before.isolatedBy.length === 0) {
      const known = new Set<string>();
      for (const policy of now.isolatedBy) {
        if (known.has(policyKey(policy))) continue;
        known.add(policyKey(policy));
        causes.push({
          policy,
          path: [],
          inBaseline: false,
          reason: `now isolates ${subject} for ${direction}`,
        });
      }
      continue;
    }
    const currentPolicies = new Map(now.isolatedBy.map((p) => [policyKey(p), p]));
    for (const contribution of before.rules) {
      if (isEmpty(intersect(contribution.ports, stillLost))) continue;
      const key = policyKey(contribution.policy);
      const after = currentPolicies.get(key);
      if (!after) {
        causes.push({
          policy: contribution.policy,
          path: [],
          inBaseline: true,
          reason: `allowed it before; deleted or no longer selects ${subject}`,
        });
        continue;
      }
      const index = contribution.rule.path[2];
      const ruleNow = typeof index === 'number' ? after[direction][index] : undefined;
      causes.push({
        policy: after,
        path: ruleNow ? ruleNow.path : [],
        inBaseline: false,
        reason: ruleNow
          ? 'allowed it before; narrowed, or its peers no longer match'
          : 'its rule that allowed it is gone',
      });
    }
  }
  return causes;
}

function causesOfGain<P extends NetworkPolicyModel>(
  current: Connectivity<P>,
  from: ConnectivityNode,
  to: ConnectivityNode,
  gained: PortSet,
): ChangeCause<P>[] {
  const causes: ChangeCause<P>[] = [];
  const currentFrom = current.node(from.id);
  const currentTo = current.node(to.id);
  if (!currentFrom || !currentTo) return [];
  for (const direction of ['egress', 'ingress'] as Direction[]) {
    const now = current.side(currentFrom, currentTo, direction);
    for (const contribution of now.rules) {
      if (!contribution.certain || isEmpty(intersect(contribution.ports, gained))) continue;
      causes.push({
        policy: contribution.policy,
        path: contribution.rule.path,
        inBaseline: false,
        reason: `allows it (${direction})`,
      });
    }
  }
  return causes;
}

export function diffConnectivity<P extends NetworkPolicyModel>(
  baseline: Connectivity<P>,
  current: Connectivity<P>,
  required: readonly RequiredMatch[] = [],
): ConnectivityDiff<P> {
  const changes: ConnectionChange<P>[] = [];
  const record = (
    from: ConnectivityNode,
    to: ConnectivityNode,
    was: PortSet,
    now: PortSet,
    wasUndecided: PortSet,
    nowUndecided: PortSet,
  ) => {
    // Ports that became undecidable are reported as such, never as cut or added.
    const lost = subtract(subtract(was, now), nowUndecided);
    const gained = subtract(subtract(now, was), wasUndecided);
    const undecided = subtract(nowUndecided, wasUndecided);
    if (isEmpty(lost) && isEmpty(gained) && isEmpty(undecided)) return;
    const kind: ChangeKind =
      isEmpty(was) && isEmpty(wasUndecided)
        ? 'added'
        : isEmpty(now) && isEmpty(nowUndecided)
          ? 'removed'
          : 'changed';
    const causes = [
      ...(isEmpty(lost) ? [] : causesOfLoss(baseline, current, from, to, lost)),
      ...(isEmpty(gained) ? [] : causesOfGain(current, from, to, gained)),
    ];
    const cut = isEmpty(lost)
      ? []
      : required.filter((entry) => {
          if (!namesNode(entry.from, from) || !namesNode(entry.to, to)) return false;
          const port = requiredPort(entry.port);
          return !port || containsPort(lost, port.protocol, port.port);
        });
    changes.push({ kind, from, to, before: was, after: now, lost, gained, undecided, causes, required: cut });
  };
  // Every node of either side, matched by id; a pair is compared where both models answer.
  const ids = [...new Set([...current.nodes, ...baseline.nodes].map((node) => node.id))];
  const pairs = ids.map((id) => ({
    was: baseline.node(id),
    now: current.node(id),
    wasAt: baseline.indexOf(id),
    nowAt: current.indexOf(id),
  }));
  for (const a of pairs) {
    for (const b of pairs) {
      if (a === b) continue;
      const was =
        a.wasAt !== undefined && b.wasAt !== undefined ? baseline.edgeAt(a.wasAt, b.wasAt) : undefined;
      const now =
        a.nowAt !== undefined && b.nowAt !== undefined ? current.edgeAt(a.nowAt, b.nowAt) : undefined;
      if (!was && !now) continue;
      const before = was?.allowed ?? NO_PORTS;
      const after = now?.allowed ?? NO_PORTS;
      const wasUndecided = was?.undecided ?? NO_PORTS;
      const nowUndecided = now?.undecided ?? NO_PORTS;
      if (equals(before, after) && equals(wasUndecided, nowUndecided)) continue;
      record((a.now ?? a.was)!, (b.now ?? b.was)!, before, after, wasUndecided, nowUndecided);
    }
  }
  changes.sort((a, b) => (pairKey(a.from, a.to) < pairKey(b.from, b.to) ? -1 : 1));

  const everyWorkload: WorkloadNode[] = [...baseline.workloads, ...current.workloads];
  const unmatchedRequired = required.filter(
    (entry) =>
      !everyWorkload.some((w) => namesNode(entry.from, w)) ||
      !everyWorkload.some((w) => namesNode(entry.to, w)),
  );
  const verdict = changes.some((c) => c.required.length > 0)
    ? 'block'
    : changes.some((c) => !isEmpty(c.lost) || !isEmpty(c.undecided))
      ? 'warn'
      : 'pass';
  return { changes, unmatchedRequired, verdict };
}
