/**
 * Observed traffic as the expectation: a connection the release removes that Prometheus saw carrying
 * traffic over the window is a block with the number. Workloads match by namespace and name. Pure.
 */
import type { ConnectionChange, ConnectivityDiff } from './diff.js';
import type { NetworkPolicyModel } from './model.js';
import { formatPortSet, isAll } from './portset.js';

/** Traffic between two workloads over the window, as a mesh's metrics name them. */
export interface ObservedConnection {
  fromNamespace: string;
  from: string;
  toNamespace: string;
  to: string;
  /** Per second, averaged over the window. */
  rate: number;
  /** "req/s", "conn/s", "flows/s". */
  unit: string;
}

/** What Prometheus answered: the connections seen, or why none could be read. */
export type ObservedTraffic =
  { window: string; connections: readonly ObservedConnection[] } | { unchecked: string };

const workloadKey = (namespace: string, name: string) => `${namespace}/${name}`;

/** "in the last hour", "in the last 6h". */
function windowText(window: string): string {
  return window === '1h' ? 'in the last hour' : `in the last ${window}`;
}

/** 1240 -> "1,240"; 0.5 -> "0.5": whole numbers once the rate is large, two decimals below. */
export function formatRate(rate: number): string {
  return rate.toLocaleString('en-US', { maximumFractionDigits: rate >= 100 ? 0 : 2 });
}

/** ":8080", ":TCP 53,UDP 53" (no suffix when every port was allowed). */
function portsText(change: ConnectionChange<NetworkPolicyModel>): string {
  if (isAll(change.lost)) return '';
  const text = formatPortSet(change.lost);
  const tcpOnly = /^TCP ([0-9,-]+)$/.exec(text);
  return `:${tcpOnly ? tcpOnly[1] : text}`;
}

/**
 * The diff judged against the traffic seen: removed connections between workloads that carried
 * traffic block; every other change keeps its verdict. Unreadable traffic leaves a note, never a pass
 * that reads as checked.
 */
export function judgeObservedTraffic<P extends NetworkPolicyModel>(
  diff: ConnectivityDiff<P>,
  traffic: ObservedTraffic,
): ConnectivityDiff<P> {
  if ('unchecked' in traffic) {
    return { ...diff, notes: [...(diff.notes ?? []), `observed traffic not checked: ${traffic.unchecked}`] };
  }
  const seen = new Map<string, ObservedConnection>();
  for (const connection of traffic.connections) {
    if (!(connection.rate > 0)) continue;
    const key = `${workloadKey(connection.fromNamespace, connection.from)}\u0000${workloadKey(connection.toNamespace, connection.to)}`;
    const known = seen.get(key);
    // Requests say more than connections opened: keep the first unit a mesh reports, summed.
    if (!known) seen.set(key, { ...connection });
    else if (known.unit === connection.unit) known.rate += connection.rate;
  }
  const changes = diff.changes.map((change) => {
    // Only a wholly removed connection is surely denied: the metrics do not say which port carried it.
    if (change.kind !== 'removed' || change.from.kind !== 'workload' || change.to.kind !== 'workload')
      return change;
    const key = `${workloadKey(change.from.namespace, change.from.name)}\u0000${workloadKey(change.to.namespace, change.to.name)}`;
    const connection = seen.get(key);
    if (!connection) return change;
    const observed =
      `${change.from.name} → ${change.to.name}${portsText(change)} carried ${formatRate(connection.rate)} ` +
      `${connection.unit} ${windowText(traffic.window)} and is denied after this release`;
    return { ...change, observed };
  });
  const verdict = changes.some((c) => c.observed !== undefined) ? 'block' : diff.verdict;
  return { ...diff, changes, verdict };
}
