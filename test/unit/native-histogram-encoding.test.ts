/**
 * The protobuf encoding behind the native-histogram test target. Expected bytes by hand from the
 * protobuf encoding rules: varints are 7 bits a byte, least significant group first, the high bit
 * set on all but the last byte (300 = 0b10_0101100 -> 0xac 0x02); ZigZag maps 0, -1, 1, -2, ... to
 * 0, 1, 2, 3, ...; a field's key is (field number << 3) | wire type.
 */
import { encodeHistogramFamily, schemaZeroBucket, varint, zigzag } from '../support/native-histogram.js';

describe('protobuf encoding for the native-histogram target', () => {
  it('writes varints least significant group first', () => {
    expect([...varint(0n)]).toEqual([0x00]);
    expect([...varint(1n)]).toEqual([0x01]);
    expect([...varint(127n)]).toEqual([0x7f]);
    expect([...varint(128n)]).toEqual([0x80, 0x01]);
    expect([...varint(300n)]).toEqual([0xac, 0x02]);
    expect([...varint(2n ** 64n - 1n)]).toEqual([...Array<number>(9).fill(0xff), 0x01]);
  });

  it('zigzags signed values', () => {
    expect([0n, -1n, 1n, -2n, 2n, -3n].map(zigzag)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
  });

  it('finds schema-0 buckets (2^(i-1), 2^i]', () => {
    expect(schemaZeroBucket(0.1)).toBe(-3); // (0.0625, 0.125]
    expect(schemaZeroBucket(0.5)).toBe(-1); // (0.25, 0.5]: the upper boundary belongs to the bucket
    expect(schemaZeroBucket(1)).toBe(0); // (0.5, 1]
    expect(schemaZeroBucket(3)).toBe(2); // (2, 4]
  });

  it('writes a one-series histogram family, length-prefixed', () => {
    const bytes = encodeHistogramFamily(
      'h',
      { a: 'b' },
      {
        schema: 0,
        zeroThreshold: 0,
        zeroCount: 0,
        positive: new Map([
          [-1, 3],
          [1, 1],
        ]),
        sum: 0,
      },
    );
    const double0 = Array<number>(8).fill(0);
    // Histogram: count 4 (1<<3|0 = 0x08), sum 0.0 (2<<3|1 = 0x11), schema 0 (5<<3 = 0x28),
    // zero_threshold 0.0 (6<<3|1 = 0x31), zero_count 0 (7<<3 = 0x38), one span (12<<3|2 = 0x62)
    // offset -1 (zigzag 1) length 3, deltas (13<<3|2 = 0x6a) 3, -3, +1 over counts 3, 0, 1 (zigzag 6, 5, 2).
    const histogram = [
      [0x08, 4],
      [0x11, ...double0],
      [0x28, 0],
      [0x31, ...double0],
      [0x38, 0],
      [0x62, 4, 0x08, 1, 0x10, 3],
      [0x6a, 3, 6, 5, 2],
    ].flat();
    const label = [0x0a, 6, 0x0a, 1, 0x61, 0x12, 1, 0x62]; // LabelPair a="b" as Metric field 1
    const metric = [...label, 0x3a, histogram.length, ...histogram]; // Metric field 7: histogram
    const help = Buffer.from('h (test target)');
    const family = [0x0a, 1, 0x68, 0x12, help.length, ...help, 0x18, 4, 0x22, metric.length, ...metric];
    expect([...bytes]).toEqual([family.length, ...family]);
  });
});
