/**
 * A small authoritative DNS server for tests, on 127.0.0.1 over UDP and TCP (the same port), that
 * answers real DNS wire format (RFC 1035; AAAA records as RFC 3596 defines them): A and AAAA
 * records for the names it knows (NOERROR with no records for a type a known name lacks, as
 * CoreDNS answers AAAA in an IPv4-only cluster), NXDOMAIN for the others, and faults on demand (UDP
 * dropped, TCP not listening, SERVFAIL). Written separately from the code under test so that both
 * ends of the wire are checked.
 */
import { type RemoteInfo, createSocket } from 'node:dgram';
import { type AddressInfo, type Server, type Socket, createServer, isIPv6 } from 'node:net';

export interface DnsServerOptions {
  /** Fully qualified names (no trailing dot) to their addresses: IPv4 ones answer A, IPv6 ones AAAA. */
  records: Record<string, string[]>;
  /** Names answered with SERVFAIL. */
  servfail?: string[];
  /** Never answer over UDP (a NetworkPolicy that drops UDP 53, say). */
  dropUdp?: boolean;
  /** Do not listen on TCP: connections are refused. */
  noTcp?: boolean;
}

export interface DnsServerHandle {
  host: string;
  port: number;
  /** Questions asked, "udp A kubernetes.default.svc.cluster.local", "tcp AAAA …". */
  asked: string[];
  stop(): Promise<void>;
}

interface Question {
  id: number;
  flags: number;
  name: string;
  type: number;
  /** The question section as received, echoed in the answer. */
  section: Buffer;
}

function readQuestion(message: Buffer): Question {
  const id = message.readUInt16BE(0);
  const flags = message.readUInt16BE(2);
  const labels: string[] = [];
  let at = 12;
  while (message[at] !== 0) {
    const length = message[at]!;
    labels.push(message.subarray(at + 1, at + 1 + length).toString('ascii'));
    at += 1 + length;
  }
  const end = at + 1 + 4;
  return {
    id,
    flags,
    name: labels.join('.').toLowerCase(),
    type: message.readUInt16BE(at + 1),
    section: message.subarray(12, end),
  };
}

const TYPE_A = 1;
const TYPE_AAAA = 28;
const typeName = (type: number) => (type === TYPE_A ? 'A' : type === TYPE_AAAA ? 'AAAA' : `TYPE${type}`);

/** An IPv6 address as its 16 bytes: "::" stands for as many zero groups as are missing. */
function ipv6Bytes(address: string): Buffer {
  const [head, tail] = address.split('::') as [string, string | undefined];
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const written = [...groups(head), ...(tail === undefined ? [] : groups(tail))];
  const all =
    tail === undefined
      ? written
      : [...groups(head), ...Array<string>(8 - written.length).fill('0'), ...groups(tail)];
  const bytes = Buffer.alloc(16);
  all.forEach((group, i) => bytes.writeUInt16BE(parseInt(group, 16), i * 2));
  return bytes;
}

function recordData(type: number, address: string): Buffer {
  return type === TYPE_A ? Buffer.from(address.split('.').map(Number)) : ipv6Bytes(address);
}

function answer(question: Question, options: DnsServerOptions): Buffer {
  const servfail = options.servfail?.includes(question.name);
  const addresses = servfail ? [] : (options.records[question.name] ?? []);
  const known = question.name in options.records;
  const rcode = servfail ? 2 : known ? 0 : 3;
  const records =
    question.type === TYPE_A
      ? addresses.filter((a) => !isIPv6(a))
      : question.type === TYPE_AAAA
        ? addresses.filter((a) => isIPv6(a))
        : [];
  const header = Buffer.alloc(12);
  header.writeUInt16BE(question.id, 0);
  // QR (response), AA (authoritative), RD copied from the query, RA, RCODE.
  header.writeUInt16BE(0x8000 | 0x0400 | (question.flags & 0x0100) | 0x0080 | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(records.length, 6);
  const answers = records.map((address) => {
    const data = recordData(question.type, address);
    const record = Buffer.alloc(12);
    record.writeUInt16BE(0xc00c, 0); // pointer to the name in the question
    record.writeUInt16BE(question.type, 2); // TYPE A or AAAA
    record.writeUInt16BE(1, 4); // CLASS IN
    record.writeUInt32BE(5, 6); // TTL, as CoreDNS's kubernetes plugin sets it
    record.writeUInt16BE(data.length, 10);
    return Buffer.concat([record, data]);
  });
  return Buffer.concat([header, question.section, ...answers]);
}

export async function startDnsServer(options: DnsServerOptions): Promise<DnsServerHandle> {
  const asked: string[] = [];
  const tcpSockets = new Set<Socket>();
  let tcp: Server | undefined;
  let port = 0;
  if (!options.noTcp) {
    tcp = createServer((socket) => {
      tcpSockets.add(socket);
      socket.on('close', () => tcpSockets.delete(socket));
      let received = Buffer.alloc(0);
      socket.on('data', (chunk) => {
        received = Buffer.concat([received, chunk]);
        while (received.length >= 2 && received.length >= 2 + received.readUInt16BE(0)) {
          const size = received.readUInt16BE(0);
          const question = readQuestion(received.subarray(2, 2 + size));
          received = received.subarray(2 + size);
          asked.push(`tcp ${typeName(question.type)} ${question.name}`);
          const reply = answer(question, options);
          const length = Buffer.alloc(2);
          length.writeUInt16BE(reply.length, 0);
          socket.write(Buffer.concat([length, reply]));
        }
      });
      socket.on('error', () => socket.destroy());
    });
    await new Promise<void>((resolve) => tcp!.listen(0, '127.0.0.1', resolve));
    port = (tcp.address() as AddressInfo).port;
  }
  const udp = createSocket('udp4');
  udp.on('message', (message: Buffer, from: RemoteInfo) => {
    const question = readQuestion(message);
    asked.push(`udp ${typeName(question.type)} ${question.name}`);
    if (options.dropUdp) return;
    udp.send(answer(question, options), from.port, from.address);
  });
  await new Promise<void>((resolve, reject) => {
    udp.once('error', reject);
    udp.bind(port, '127.0.0.1', () => resolve());
  });
  port = udp.address().port;
  return {
    host: '127.0.0.1',
    port,
    asked,
    async stop() {
      for (const socket of tcpSockets) socket.destroy();
      await Promise.all([
        new Promise<void>((resolve) => udp.close(() => resolve())),
        tcp ? new Promise<void>((resolve) => tcp!.close(() => resolve())) : Promise.resolve(),
      ]);
    },
  };
}
