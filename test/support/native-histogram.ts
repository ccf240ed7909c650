// A scrape target serving one native histogram in Prometheus's protobuf exposition format, for tests
// that need native histograms in a real Prometheus (OpenMetrics backfill cannot carry them).
//
// Field numbers are those of io.prometheus.client's metrics.proto as Prometheus itself parses it:
//   MetricFamily: name 1 (string), help 2 (string), type 3 (enum, HISTOGRAM = 4), metric 4
//   Metric:       label 1 (LabelPair: name 1, value 2), histogram 7
//   Histogram:    sample_count 1 (uint64), sample_sum 2 (double), schema 5 (sint32),
//                 zero_threshold 6 (double), zero_count 7 (uint64),
//                 positive_span 12 (BucketSpan: offset 1 sint32, length 2 uint32),
//                 positive_delta 13 (packed sint64: each bucket's count minus the previous one's)
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH_DELIMITED = 2;
const METRIC_TYPE_HISTOGRAM = 4;

export const PROTOBUF_CONTENT_TYPE =
  'application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited';

/** Base-128 varint of a non-negative integer (bigint: values up to 2^64 - 1). */
export function varint(value: bigint): Buffer {
  if (value < 0n) throw new Error(`varint of a negative value ${value}`);
  const bytes: number[] = [];
  let rest = value;
  do {
    const low = Number(rest & 0x7fn);
    rest >>= 7n;
    bytes.push(rest > 0n ? low | 0x80 : low);
  } while (rest > 0n);
  return Buffer.from(bytes);
}

/** ZigZag: signed integers as unsigned, small magnitudes small (sint32/sint64). */
export function zigzag(value: bigint): bigint {
  return value >= 0n ? value * 2n : -value * 2n - 1n;
}

function key(field: number, wireType: number): Buffer {
  return varint(BigInt((field << 3) | wireType));
}

function uintField(field: number, value: number): Buffer {
  return Buffer.concat([key(field, WIRE_VARINT), varint(BigInt(value))]);
}

function sintField(field: number, value: number): Buffer {
  return Buffer.concat([key(field, WIRE_VARINT), varint(zigzag(BigInt(value)))]);
}

function doubleField(field: number, value: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeDoubleLE(value);
  return Buffer.concat([key(field, WIRE_FIXED64), bytes]);
}

function bytesField(field: number, bytes: Buffer): Buffer {
  return Buffer.concat([key(field, WIRE_LENGTH_DELIMITED), varint(BigInt(bytes.length)), bytes]);
}

function stringField(field: number, text: string): Buffer {
  return bytesField(field, Buffer.from(text, 'utf8'));
}

/** A native histogram's state: cumulative counts since the start, by bucket index. */
export interface NativeHistogram {
  /** Bucket boundaries are powers of 2^(2^-schema); schema 0: bucket i holds (2^(i-1), 2^i]. */
  schema: number;
  zeroThreshold: number;
  zeroCount: number;
  /** Positive buckets: index -> observations so far. */
  positive: Map<number, number>;
  sum: number;
}

/** Index of the schema-0 bucket holding a positive value v: the i with 2^(i-1) < v <= 2^i. */
export function schemaZeroBucket(value: number): number {
  return Math.ceil(Math.log2(value));
}

/**
 * The Histogram message: one span from the lowest to the highest positive index (empty buckets
 * inside it written as 0), the counts as deltas from the previous bucket.
 */
function histogramMessage(h: NativeHistogram): Buffer {
  const indexes = [...h.positive.keys()].sort((a, b) => a - b);
  const first = indexes[0] ?? 0;
  const last = indexes.at(-1) ?? -1;
  const counts: number[] = [];
  for (let i = first; i <= last; i++) counts.push(h.positive.get(i) ?? 0);
  const deltas = counts.map((count, i) => BigInt(count - (i === 0 ? 0 : counts[i - 1]!)));
  const sampleCount = h.zeroCount + counts.reduce((a, b) => a + b, 0);
  const span = Buffer.concat([sintField(1, first), uintField(2, counts.length)]);
  const packedDeltas = Buffer.concat(deltas.map((d) => varint(zigzag(d))));
  return Buffer.concat([
    uintField(1, sampleCount),
    doubleField(2, h.sum),
    sintField(5, h.schema),
    doubleField(6, h.zeroThreshold),
    uintField(7, h.zeroCount),
    bytesField(12, span),
    bytesField(13, packedDeltas),
  ]);
}

/** One MetricFamily of type HISTOGRAM with one series, prefixed by its varint length (`encoding=delimited`). */
export function encodeHistogramFamily(
  name: string,
  labels: Record<string, string>,
  histogram: NativeHistogram,
): Buffer {
  const labelPairs = Object.entries(labels).map(([labelName, value]) =>
    bytesField(1, Buffer.concat([stringField(1, labelName), stringField(2, value)])),
  );
  const metric = Buffer.concat([...labelPairs, bytesField(7, histogramMessage(histogram))]);
  const family = Buffer.concat([
    stringField(1, name),
    stringField(2, `${name} (test target)`),
    uintField(3, METRIC_TYPE_HISTOGRAM),
    bytesField(4, metric),
  ]);
  return Buffer.concat([varint(BigInt(family.length)), family]);
}

export interface NativeHistogramTarget {
  /** host:port for a static scrape config */
  address: string;
  /** Scrapes answered so far. */
  scrapes(): number;
  close(): Promise<void>;
}

/**
 * Serves `name` on 127.0.0.1 (any path): scrape n (from 1) answers n × `perScrape` observations,
 * each entry of `perScrape` an observed value and how many times it is observed per scrape.
 */
export async function startNativeHistogramTarget(
  name: string,
  perScrape: { value: number; count: number }[],
): Promise<NativeHistogramTarget> {
  let scrapes = 0;
  const server: Server = createServer((_request, response) => {
    scrapes++;
    const positive = new Map<number, number>();
    for (const { value, count } of perScrape) {
      const index = schemaZeroBucket(value);
      positive.set(index, (positive.get(index) ?? 0) + count * scrapes);
    }
    const sum = perScrape.reduce((total, { value, count }) => total + value * count * scrapes, 0);
    const body = encodeHistogramFamily(
      name,
      {},
      { schema: 0, zeroThreshold: 2 ** -128, zeroCount: 0, positive, sum },
    );
    response.writeHead(200, { 'content-type': PROTOBUF_CONTENT_TYPE, 'content-length': body.length });
    response.end(body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('target: no address');
  return {
    address: `127.0.0.1:${address.port}`,
    scrapes: () => scrapes,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
