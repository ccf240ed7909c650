/**
 * IP addresses and CIDRs as the Kubernetes API server parses them for NetworkPolicy ipBlocks
 * (netutils.ParseCIDRSloppy, plus the StrictIPCIDRValidation checks). Pure.
 */

export type IpFamily = 4 | 6;

export interface IpAddress {
  family: IpFamily;
  /** The address as a number (32 or 128 bits). */
  value: bigint;
  /** Octets written with leading zeros ("010.1.2.3"): accepted by old API servers, read as decimal. */
  leadingZeros: boolean;
  /** "::ffff:1.2.3.4": an IPv4 address written as IPv6. */
  ipv4Mapped: boolean;
}

export interface Cidr {
  family: IpFamily;
  /** The network address: the written address with the bits beyond the prefix cleared. */
  network: bigint;
  prefix: number;
  /** The text as written. */
  text: string;
  /** "10.0.0.1/24": bits set beyond the prefix (the API server masks them, or rejects with strict validation). */
  hostBitsSet: boolean;
  /** Leading zeros in an octet or in the prefix length. */
  leadingZeros: boolean;
  ipv4Mapped: boolean;
}

const bitsOf = (family: IpFamily) => (family === 4 ? 32 : 128);

function parseIpv4Octets(text: string): { value: bigint; leadingZeros: boolean } | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  let leadingZeros = false;
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    if (part.length > 1 && part.startsWith('0')) leadingZeros = true;
    value = (value << 8n) | BigInt(octet);
  }
  return { value, leadingZeros };
}

function parseIpv6(text: string): { value: bigint; leadingZeros: boolean; ipv4Mapped: boolean } | undefined {
  if (text.includes('%')) return undefined; // zones are not allowed in a CIDR
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (half: string): string[] => (half === '' ? [] : half.split(':'));
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  let leadingZeros = false;
  // An embedded IPv4 address ("::ffff:1.2.3.4") is the last group and stands for two words.
  let embedded: bigint | undefined;
  const lastHalf = halves.length === 2 ? tail : head;
  const last = lastHalf[lastHalf.length - 1];
  if (last !== undefined && last.includes('.')) {
    const v4 = parseIpv4Octets(last);
    if (!v4) return undefined;
    leadingZeros = v4.leadingZeros;
    embedded = v4.value;
    lastHalf.pop();
  }
  const parseGroup = (group: string): bigint | undefined =>
    /^[0-9a-fA-F]{1,4}$/.test(group) ? BigInt(`0x${group}`) : undefined;
  const words: bigint[] = [];
  const tailWords: bigint[] = [];
  for (const [groups, into] of [
    [head, words],
    [tail, tailWords],
  ] as const) {
    for (const group of groups) {
      const word = parseGroup(group);
      if (word === undefined) return undefined;
      into.push(word);
    }
  }
  const target = halves.length === 2 ? tailWords : words;
  if (embedded !== undefined) target.push(embedded >> 16n, embedded & 0xffffn);
  const zeros = 8 - words.length - tailWords.length;
  // "::" stands for at least one zero word; without it there must be exactly eight.
  if (halves.length === 2 ? zeros < 1 : zeros !== 0) return undefined;
  let value = 0n;
  for (const word of [...words, ...Array<bigint>(zeros).fill(0n), ...tailWords])
    value = (value << 16n) | word;
  const ipv4Mapped = value >> 32n === 0xffffn;
  return { value, leadingZeros, ipv4Mapped };
}

/** An IPv4 or IPv6 address, or undefined when it is not one. */
export function parseIp(text: string): IpAddress | undefined {
  const trimmed = text.trim();
  if (trimmed !== text || text === '') return undefined;
  if (text.includes(':')) {
    const v6 = parseIpv6(text);
    return v6 && { family: 6, value: v6.value, leadingZeros: v6.leadingZeros, ipv4Mapped: v6.ipv4Mapped };
  }
  const v4 = parseIpv4Octets(text);
  return v4 && { family: 4, value: v4.value, leadingZeros: v4.leadingZeros, ipv4Mapped: false };
}

/** "10.0.0.0/8" or "fd00::/8"; undefined when the API server would not parse it at all. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!address || !/^[0-9]{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const bits = bitsOf(address.family);
  if (prefix > bits) return undefined;
  const mask = prefixMask(address.family, prefix);
  const network = address.value & mask;
  return {
    family: address.family,
    network,
    prefix,
    text,
    hostBitsSet: network !== address.value,
    leadingZeros: address.leadingZeros || (prefixText.length > 1 && prefixText.startsWith('0')),
    ipv4Mapped: address.ipv4Mapped,
  };
}

function prefixMask(family: IpFamily, prefix: number): bigint {
  const bits = BigInt(bitsOf(family));
  const all = (1n << bits) - 1n;
  return (all >> BigInt(prefix)) ^ all;
}

/** The address is inside the network. Different families never contain each other. */
export function cidrContainsIp(cidr: Cidr, ip: IpAddress): boolean {
  return cidr.family === ip.family && (ip.value & prefixMask(cidr.family, cidr.prefix)) === cidr.network;
}

/**
 * `inner` is a strict subset of `outer`, as the API server demands of `except`: same family, its
 * network inside `outer`, and a longer prefix.
 */
export function isStrictSubnet(inner: Cidr, outer: Cidr): boolean {
  return (
    inner.family === outer.family &&
    inner.prefix > outer.prefix &&
    (inner.network & prefixMask(outer.family, outer.prefix)) === outer.network
  );
}

/** The canonical network form ("10.0.0.0/24") — for hints. */
export function formatCidr(cidr: Pick<Cidr, 'family' | 'network' | 'prefix'>): string {
  return `${formatIp(cidr.family, cidr.network)}/${cidr.prefix}`;
}

export function formatIp(family: IpFamily, value: bigint): string {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  }
  const words = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  // RFC 5952: compress the longest run (length >= 2) of zero words, the first one on a tie.
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j += 1;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
