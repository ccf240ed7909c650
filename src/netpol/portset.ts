/**
 * Sets of (protocol, port) as sorted, disjoint port intervals per protocol: what a connection between
 * two workloads may carry. Immutable values; every operation returns a new set. Pure.
 */

/** The protocols a NetworkPolicy port can name. */
export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/** [first, last], both inclusive. */
export type PortInterval = readonly [number, number];

export type PortSet = Readonly<Record<Protocol, readonly PortInterval[]>>;

export const NO_PORTS: PortSet = { SCTP: [], TCP: [], UDP: [] };
export const ALL_PORTS: PortSet = {
  SCTP: [[MIN_PORT, MAX_PORT]],
  TCP: [[MIN_PORT, MAX_PORT]],
  UDP: [[MIN_PORT, MAX_PORT]],
};

export function isProtocol(text: string): text is Protocol {
  return (PROTOCOLS as readonly string[]).includes(text);
}

/** One protocol's ports `first..last` (every port when first is undefined). */
export function portRange(protocol: Protocol, first?: number, last?: number): PortSet {
  const low = first ?? MIN_PORT;
  const high = first === undefined ? MAX_PORT : Math.max(low, last ?? low);
  return { ...NO_PORTS, [protocol]: [[low, high]] };
}

function normalise(intervals: PortInterval[]): PortInterval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [low, high] of sorted) {
    const last = merged[merged.length - 1];
    if (last && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else merged.push([low, high]);
  }
  return merged;
}

function perProtocol(
  a: PortSet,
  b: PortSet,
  combine: (x: readonly PortInterval[], y: readonly PortInterval[]) => readonly PortInterval[],
): PortSet {
  return { SCTP: combine(a.SCTP, b.SCTP), TCP: combine(a.TCP, b.TCP), UDP: combine(a.UDP, b.UDP) };
}

export function union(a: PortSet, b: PortSet): PortSet {
  if (a === ALL_PORTS || b === NO_PORTS) return a;
  if (b === ALL_PORTS || a === NO_PORTS) return b;
  return perProtocol(a, b, (x, y) => (y.length === 0 ? x : x.length === 0 ? y : normalise([...x, ...y])));
}

function intersectIntervals(x: readonly PortInterval[], y: readonly PortInterval[]): PortInterval[] {
  const out: PortInterval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const [a0, a1] = x[i]!;
    const [b0, b1] = y[j]!;
    const low = Math.max(a0, b0);
    const high = Math.min(a1, b1);
    if (low <= high) out.push([low, high]);
    if (a1 < b1) i += 1;
    else j += 1;
  }
  return out;
}

export function intersect(a: PortSet, b: PortSet): PortSet {
  if (a === ALL_PORTS) return b;
  if (b === ALL_PORTS) return a;
  if (a === NO_PORTS || b === NO_PORTS) return NO_PORTS;
  return perProtocol(a, b, intersectIntervals);
}

function subtractIntervals(x: readonly PortInterval[], y: readonly PortInterval[]): PortInterval[] {
  const out: PortInterval[] = [];
  for (const [low, high] of x) {
    let start = low;
    for (const [b0, b1] of y) {
      if (b1 < start || b0 > high) continue;
      if (b0 > start) out.push([start, b0 - 1]);
      start = Math.max(start, b1 + 1);
      if (start > high) break;
    }
    if (start <= high) out.push([start, high]);
  }
  return out;
}

/** The ports of `a` that `b` lacks. */
export function subtract(a: PortSet, b: PortSet): PortSet {
  if (b === NO_PORTS || a === NO_PORTS) return a;
  if (b === ALL_PORTS) return NO_PORTS;
  return perProtocol(a, b, subtractIntervals);
}

export function isEmpty(set: PortSet): boolean {
  return set.SCTP.length === 0 && set.TCP.length === 0 && set.UDP.length === 0;
}

export function isAll(set: PortSet): boolean {
  return PROTOCOLS.every(
    (p) => set[p].length === 1 && set[p][0]![0] === MIN_PORT && set[p][0]![1] === MAX_PORT,
  );
}

export function equals(a: PortSet, b: PortSet): boolean {
  if (a === b) return true;
  return PROTOCOLS.every(
    (p) => a[p].length === b[p].length && a[p].every(([l, h], i) => l === b[p][i]![0] && h === b[p][i]![1]),
  );
}

export function containsPort(set: PortSet, protocol: Protocol, port: number): boolean {
  return set[protocol].some(([low, high]) => port >= low && port <= high);
}

/** "All Connections", "No Connections", or "TCP 80,8080-8090,UDP 53" (protocols in alphabetical order). */
export function formatPortSet(set: PortSet): string {
  if (isAll(set)) return 'All Connections';
  if (isEmpty(set)) return 'No Connections';
  return PROTOCOLS.filter((p) => set[p].length > 0)
    .map(
      (p) => `${p} ${set[p].map(([low, high]) => (low === high ? String(low) : `${low}-${high}`)).join(',')}`,
    )
    .join(',');
}
