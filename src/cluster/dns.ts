/**
 * Resolves cluster names the way the release's pods will: over UDP (node:dns, one try) and over
 * TCP (a DNS query over a plain TCP connection, RFC 1035 section 4.2.2), each under a timeout,
 * against the pod's nameserver or a configured one. Each name is asked for A and AAAA records, so an
 * IPv6-only (or dual-stack) cluster's names resolve too. Nothing throws: every failure is an answer.
 */
import { Resolver } from 'node:dns/promises';
import { readFile } from 'node:fs/promises';
import { connect, SocketAddress } from 'node:net';
import {
  DEFAULT_CLUSTER_DOMAIN,
  type DnsServer,
  apiServerName,
  parseDnsServer,
  parseResolvConf,
  serviceName,
} from '../k8s/dns.js';

export type { DnsServer } from '../k8s/dns.js';
import type { DnsAnswer, DnsFamily, DnsLookup, LiveState } from './types.js';

export interface ProbeOptions {
  server: DnsServer;
  /** Per query and protocol (default 2 s). */
  timeoutMs?: number;
}

export const DEFAULT_DNS_TIMEOUT_MS = 2000;

// ---------------------------------------------------------------------------------------------
// Wire format (RFC 1035 section 4.1): the query the TCP probe sends and the answer it reads.

const TYPE_A = 1;
const TYPE_AAAA = 28;
const CLASS_IN = 1;
const RECORD_TYPE: Record<DnsFamily, number> = { A: TYPE_A, AAAA: TYPE_AAAA };

/** A recursive query for the A (or AAAA) records of `name`, with the given id. */
export function encodeQuery(name: string, id: number, family: DnsFamily = 'A'): Buffer {
  const labels = name.replace(/\.$/, '').split('.');
  const question = Buffer.concat([
    ...labels.map((label) => Buffer.concat([Buffer.from([Buffer.byteLength(label)]), Buffer.from(label)])),
    Buffer.from([0, 0, RECORD_TYPE[family], 0, CLASS_IN]),
  ]);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0x0100, 2); // RD: recursion desired
  header.writeUInt16BE(1, 4); // QDCOUNT
  return Buffer.concat([header, question]);
}

export interface DecodedAnswer {
  id: number;
  /** RCODE: 0 no error, 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED. */
  rcode: number;
  addresses: string[];
}

/** Skips a domain name (labels, ending with a zero byte or a compression pointer). */
function skipName(message: Buffer, offset: number): number {
  let at = offset;
  for (;;) {
    if (at >= message.length) throw new Error('name runs past the message');
    const length = message[at]!;
    if ((length & 0xc0) === 0xc0) return at + 2;
    if (length === 0) return at + 1;
    at += 1 + length;
  }
}

/** An AAAA record's 16 bytes as text, compressed as node:dns writes it ("fd00:10:96::a"). */
function ipv6Text(bytes: Buffer): string {
  const groups = Array.from({ length: 8 }, (_, i) => bytes.readUInt16BE(i * 2).toString(16));
  return new SocketAddress({ address: groups.join(':'), family: 'ipv6' }).address;
}

/** The answer's id, RCODE and IPv4 and IPv6 addresses (CNAMEs and other records are skipped). */
export function decodeAnswer(message: Buffer): DecodedAnswer {
  if (message.length < 12) throw new Error('shorter than a DNS header');
  const id = message.readUInt16BE(0);
  const rcode = message.readUInt16BE(2) & 0x000f;
  const questions = message.readUInt16BE(4);
  const answers = message.readUInt16BE(6);
  let at = 12;
  for (let i = 0; i < questions; i++) at = skipName(message, at) + 4;
  const addresses: string[] = [];
  for (let i = 0; i < answers; i++) {
    at = skipName(message, at);
    if (at + 10 > message.length) throw new Error('answer runs past the message');
    const type = message.readUInt16BE(at);
    const length = message.readUInt16BE(at + 8);
    const data = at + 10;
    if (data + length > message.length) throw new Error('answer data runs past the message');
    if (type === TYPE_A && length === 4) addresses.push([...message.subarray(data, data + 4)].join('.'));
    if (type === TYPE_AAAA && length === 16) addresses.push(ipv6Text(message.subarray(data, data + 16)));
    at = data + length;
  }
  return { id, rcode, addresses };
}

// ---------------------------------------------------------------------------------------------
// Probes

/** An answer before its time is measured. */
type Unmeasured = DnsAnswer extends infer A ? (A extends unknown ? Omit<A, 'ms'> : never) : never;

const RCODE_ERRORS: Record<number, Extract<DnsAnswer, { ok: false }>['error']> = {
  2: 'servfail',
  3: 'nxdomain',
  5: 'refused',
};

function answerFromRcode(decoded: DecodedAnswer, family: DnsFamily): Unmeasured {
  if (decoded.rcode === 0)
    return decoded.addresses.length > 0
      ? { ok: true, addresses: decoded.addresses, families: [family] }
      : { ok: false, error: 'nodata', detail: `no ${family} record` };
  const error = RCODE_ERRORS[decoded.rcode] ?? 'other';
  return { ok: false, error, detail: `RCODE ${decoded.rcode}` };
}

/** One A (or AAAA) query over TCP: 2-byte length prefix each way. */
export function queryTcp(
  name: string,
  server: DnsServer,
  timeoutMs: number,
  family: DnsFamily = 'A',
): Promise<DnsAnswer> {
  const started = Date.now();
  const id = Math.floor(Math.random() * 0x10000);
  const query = encodeQuery(name, id, family);
  return new Promise((resolve) => {
    let settled = false;
    let received = Buffer.alloc(0);
    const socket = connect({ host: server.host, port: server.port });
    const finish = (answer: Unmeasured) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve({ ...answer, ms: Date.now() - started });
    };
    socket.setTimeout(timeoutMs, () =>
      finish({ ok: false, error: 'timeout', detail: `no answer within ${timeoutMs} ms` }),
    );
    socket.on('connect', () => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(query.length, 0);
      socket.write(Buffer.concat([length, query]));
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 2) return;
      const size = received.readUInt16BE(0);
      if (received.length < 2 + size) return;
      try {
        const decoded = decodeAnswer(received.subarray(2, 2 + size));
        if (decoded.id !== id) finish({ ok: false, error: 'other', detail: 'answer to another query' });
        else finish(answerFromRcode(decoded, family));
      } catch (error) {
        finish({ ok: false, error: 'other', detail: `unreadable answer: ${(error as Error).message}` });
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) =>
      finish(
        error.code === 'ECONNREFUSED'
          ? { ok: false, error: 'refused', detail: 'connection refused' }
          : { ok: false, error: 'other', detail: error.code ?? error.message },
      ),
    );
    socket.on('end', () =>
      finish({ ok: false, error: 'other', detail: 'connection closed before an answer' }),
    );
  });
}

const RESOLVER_ERRORS: Record<string, Extract<DnsAnswer, { ok: false }>['error']> = {
  ENOTFOUND: 'nxdomain',
  ENODATA: 'nodata',
  ETIMEOUT: 'timeout',
  ESERVFAIL: 'servfail',
  EREFUSED: 'refused',
  ECONNREFUSED: 'refused',
};

/** One A (or AAAA) query over UDP with node:dns, one try. */
export async function queryUdp(
  name: string,
  server: DnsServer,
  timeoutMs: number,
  family: DnsFamily = 'A',
): Promise<DnsAnswer> {
  const started = Date.now();
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  resolver.setServers([
    server.host.includes(':') ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`,
  ]);
  try {
    const addresses = await (family === 'A' ? resolver.resolve4(name) : resolver.resolve6(name));
    return { ok: true, addresses, families: [family], ms: Date.now() - started };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return {
      ok: false,
      error: RESOLVER_ERRORS[code] ?? 'other',
      detail: code || (error as Error).message,
      ms: Date.now() - started,
    };
  } finally {
    resolver.cancel();
  }
}

/**
 * The A and AAAA answers of one name over one transport as one answer: the addresses of every
 * family that has some, A first; with none, the failure that says most (a timeout or NXDOMAIN before
 * an empty answer, A's before AAAA's), and "no A or AAAA record" only when both answered empty.
 */
export function eitherFamily(a: DnsAnswer, aaaa: DnsAnswer): DnsAnswer {
  const ms = Math.max(a.ms, aaaa.ms);
  const answered = [a, aaaa].filter((answer) => answer.ok);
  if (answered.length > 0) {
    return {
      ok: true,
      addresses: answered.flatMap((answer) => answer.addresses),
      families: answered.flatMap((answer) => answer.families),
      ms,
    };
  }
  const failure = [a, aaaa].find((answer) => !answer.ok && answer.error !== 'nodata');
  if (failure) return { ...failure, ms };
  return { ok: false, error: 'nodata', detail: 'no A or AAAA record', ms };
}

/** Every name for A and AAAA, over UDP and TCP, all at once: the probe takes one timeout, not one per name. */
export async function probeDns(names: string[], options: ProbeOptions): Promise<DnsLookup[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS;
  const { server } = options;
  return Promise.all(
    names.map(async (name) => {
      const [udpA, udpAaaa, tcpA, tcpAaaa] = await Promise.all([
        queryUdp(name, server, timeoutMs, 'A'),
        queryUdp(name, server, timeoutMs, 'AAAA'),
        queryTcp(name, server, timeoutMs, 'A'),
        queryTcp(name, server, timeoutMs, 'AAAA'),
      ]);
      return { name, udp: eitherFamily(udpA, udpAaaa), tcp: eitherFamily(tcpA, tcpAaaa) };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The hook's probe

/** Names asked at most: kubernetes.default and the first Services of the bundle. */
export const MAX_DNS_NAMES = 10;

export interface ClusterDnsOptions {
  /** The DNS server to ask; default: the nameserver of resolvConf, when it is a pod's. */
  server?: DnsServer;
  /** Default /etc/resolv.conf. */
  resolvConf?: string;
  timeoutMs?: number;
  log?: (message: string) => void;
}

/**
 * Resolves kubernetes.default and each Service of `services` the cluster has (ClusterIP ones:
 * headless and ExternalName names answer with pod IPs or CNAMEs, not the Service), into
 * state.dnsLookups. Outside a pod (no "svc.<domain>" search entry) and without a configured server
 * nothing is asked: the host's resolver knows no cluster names.
 */
export async function probeClusterDns(
  state: LiveState,
  services: { namespace: string; name: string }[],
  options: ClusterDnsOptions = {},
): Promise<void> {
  const text = await readFile(options.resolvConf ?? '/etc/resolv.conf', 'utf8').catch(() => '');
  const resolvConf = parseResolvConf(text);
  const fromPod =
    resolvConf.clusterDomain && resolvConf.nameserver ? parseDnsServer(resolvConf.nameserver) : undefined;
  const server = options.server ?? fromPod;
  if (!server) return;
  const domain = resolvConf.clusterDomain ?? DEFAULT_CLUSTER_DOMAIN;
  const live = services.filter((s) =>
    state.services.some(
      (l) =>
        l.metadata?.namespace === s.namespace &&
        l.metadata?.name === s.name &&
        l.spec?.type !== 'ExternalName' &&
        l.spec?.clusterIP !== 'None',
    ),
  );
  const names = [apiServerName(domain), ...live.map((s) => serviceName(s.namespace, s.name, domain))].slice(
    0,
    MAX_DNS_NAMES,
  );
  const started = Date.now();
  state.dnsLookups = await probeDns(names, { server, timeoutMs: options.timeoutMs });
  state.dnsServer = `${server.host.includes(':') ? `[${server.host}]` : server.host}:${server.port}`;
  const failed = state.dnsLookups.filter((l) => !l.udp.ok || !l.tcp.ok).length;
  options.log?.(
    `dns: ${plural(names.length, 'name')} (A and AAAA) over UDP and TCP through ${state.dnsServer} (cluster domain ${domain}) ` +
      `in ${Date.now() - started} ms, ${failed} failed`,
  );
}

function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}
