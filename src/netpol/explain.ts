/**
 * One connection explained: allowed or denied on one protocol and port, and the policies and rules
 * of each side that decide it. Pure.
 */
import { UsageError } from '../errors.js';
import { closestKey } from '../text/suggest.js';
import { parseIp } from './cidr.js';
import type { Connectivity, ConnectivityNode, RuleContribution } from './connectivity.js';
import type { Direction, NetworkPolicyModel } from './model.js';
import { containsPort, isProtocol, MAX_PORT, MIN_PORT, type Protocol } from './portset.js';

export type ConnectionResult = 'allowed' | 'denied' | 'undecided';

export interface SideExplanation<P extends NetworkPolicyModel> {
  direction: Direction;
  /** The workload whose policies judge this side; undefined for an address outside the cluster. */
  subject: ConnectivityNode;
  result: ConnectionResult;
  isolatedBy: P[];
  /** Rules that allow the port (or might, when `result` is undecided). */
  deciding: RuleContribution<P>[];
}

export interface ConnectionExplanation<P extends NetworkPolicyModel> {
  from: ConnectivityNode;
  to: ConnectivityNode;
  protocol: Protocol;
  port: number;
  result: ConnectionResult;
  egress: SideExplanation<P>;
  ingress: SideExplanation<P>;
}

export function explainConnection<P extends NetworkPolicyModel>(
  connectivity: Connectivity<P>,
  from: ConnectivityNode,
  to: ConnectivityNode,
  protocol: Protocol,
  port: number,
): ConnectionExplanation<P> {
  const sideOf = (direction: Direction): SideExplanation<P> => {
    const verdict = connectivity.side(from, to, direction);
    const subject = direction === 'egress' ? from : to;
    const carries = (rule: RuleContribution<P>) => containsPort(rule.ports, protocol, port);
    const result: ConnectionResult = containsPort(verdict.allowed, protocol, port)
      ? 'allowed'
      : containsPort(verdict.undecided, protocol, port)
        ? 'undecided'
        : 'denied';
    const deciding = verdict.rules.filter((rule) => carries(rule) && rule.certain === (result === 'allowed'));
    return {
      direction,
      subject,
      result,
      isolatedBy: verdict.isolatedBy,
      deciding: result === 'denied' ? [] : deciding,
    };
  };
  const egress = sideOf('egress');
  const ingress = sideOf('ingress');
  const result: ConnectionResult =
    egress.result === 'denied' || ingress.result === 'denied'
      ? 'denied'
      : egress.result === 'allowed' && ingress.result === 'allowed'
        ? 'allowed'
        : 'undecided';
  return { from, to, protocol, port, result, egress, ingress };
}

/**
 * The node a user names: "ns/name", "ns/name[Kind]" (when names repeat across kinds), or an IP
 * address outside the cluster. A name not in the model is a UsageError with the closest workload.
 */
export function findNode<P extends NetworkPolicyModel>(
  connectivity: Connectivity<P>,
  text: string,
  flag: string,
): ConnectivityNode {
  const address = parseIp(text);
  if (address) {
    const block = connectivity.externalAt(address.family, address.value);
    if (block) return block;
    throw new UsageError(`${flag} ${text}: no NetworkPolicy here speaks of IPv${address.family} addresses`, {
      fix: 'name a workload as namespace/name, or an IPv4 address',
    });
  }
  const exact = connectivity.workloads.find((w) => w.id === text);
  if (exact) return exact;
  const named = connectivity.workloads.filter((w) => `${w.namespace}/${w.name}` === text);
  if (named.length === 1) return named[0]!;
  if (named.length > 1) {
    throw new UsageError(`${flag} ${text} names ${named.length} workloads`, {
      fix: `write one of ${named.map((w) => w.id).join(', ')}`,
    });
  }
  const names = [...new Set(connectivity.workloads.map((w) => `${w.namespace}/${w.name}`))];
  const suggestion =
    closestKey(text, names) ?? (text.includes('/') ? undefined : names.find((n) => n.endsWith(`/${text}`)));
  throw new UsageError(`${flag} ${text}: no such workload in the manifests`, {
    fix: suggestion
      ? `did you mean ${suggestion}?`
      : names.length > 0
        ? `write namespace/name, e.g. ${names[0]}`
        : 'the manifests hold no workloads (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod)',
  });
}

/** "8080/TCP", "53/udp", "8080" (TCP), or a port name resolved on the destination ("http/TCP"). */
export function parsePortFlag(
  text: string,
  destination: ConnectivityNode,
): { protocol: Protocol; port: number } {
  const match = /^([^/\s]+)(?:\/([A-Za-z]+))?$/.exec(text.trim());
  const protocol = (match?.[2] ?? 'TCP').toUpperCase();
  const fix = 'write a port and protocol such as 8080/TCP or 53/UDP';
  if (!match || !isProtocol(protocol)) throw new UsageError(`--port ${text}: not a port`, { fix });
  const written = match[1]!;
  if (/^[0-9]+$/.test(written)) {
    const port = Number(written);
    if (port < MIN_PORT || port > MAX_PORT)
      throw new UsageError(`--port ${text}: out of range 1-65535`, { fix });
    return { protocol, port };
  }
  const named =
    destination.kind === 'workload'
      ? destination.ports.find((p) => p.name === written && p.protocol === protocol)
      : undefined;
  if (!named) {
    throw new UsageError(
      `--port ${text}: ${destination.id} has no ${protocol} container port named ${written}`,
      {
        fix,
      },
    );
  }
  return { protocol, port: named.containerPort };
}
