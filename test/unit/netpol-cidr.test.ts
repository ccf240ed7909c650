/** IP and CIDR parsing as the API server does it for ipBlock (ParseCIDRSloppy + strict checks). */
import {
  cidrContainsIp,
  formatCidr,
  formatIp,
  isStrictSubnet,
  parseCidr,
  parseIp,
} from '../../src/netpol/cidr.js';

const cidr = (text: string) => {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`test setup: ${text} should parse`);
  return parsed;
};

describe('parseIp', () => {
  it.each([
    ['10.1.2.3', 4, 0x0a010203n],
    ['0.0.0.0', 4, 0n],
    ['255.255.255.255', 4, 0xffffffffn],
    ['::', 6, 0n],
    ['::1', 6, 1n],
    ['2001:db8::', 6, 0x20010db8n << 96n],
    ['fe80::1:2', 6, (0xfe80n << 112n) | (1n << 16n) | 2n],
    ['1:2:3:4:5:6:7:8', 6, 0x00010002000300040005000600070008n],
    ['::ffff:10.0.0.1', 6, (0xffffn << 32n) | 0x0a000001n],
    ['64:ff9b::192.0.2.33', 6, (0x64n << 112n) | (0xff9bn << 96n) | 0xc0000221n],
  ])('%s is IPv%s %s', (text, family, value) => {
    expect(parseIp(text)).toMatchObject({ family, value });
  });
  it.each([
    '',
    '10.1.2',
    '10.1.2.3.4',
    '256.0.0.1',
    '10.0.0.-1',
    ' 10.0.0.1',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    '1:2:3:4:5:6:7::8', // "::" must stand for at least one zero word
    '12345::',
    'fe80::1%eth0',
    'g::1',
    '1.2.3.4::',
  ])('rejects %j', (text) => {
    expect(parseIp(text)).toBeUndefined();
  });
  it('flags leading zeros and IPv4-mapped forms', () => {
    expect(parseIp('010.1.2.3')).toMatchObject({ value: 0x0a010203n, leadingZeros: true }); // read as decimal 10
    expect(parseIp('::ffff:1.2.3.4')?.ipv4Mapped).toBe(true);
    expect(parseIp('::1.2.3.4')?.ipv4Mapped).toBe(false);
  });
});

describe('parseCidr', () => {
  it('masks the network and flags host bits', () => {
    expect(cidr('10.0.0.0/8')).toMatchObject({
      family: 4,
      network: 0x0a000000n,
      prefix: 8,
      hostBitsSet: false,
    });
    expect(cidr('10.0.0.1/24')).toMatchObject({ network: 0x0a000000n, prefix: 24, hostBitsSet: true });
    expect(cidr('0.0.0.0/0')).toMatchObject({ network: 0n, prefix: 0, hostBitsSet: false });
    expect(cidr('2001:db8::/32')).toMatchObject({ family: 6, prefix: 32, hostBitsSet: false });
    expect(cidr('2001:db8::1/64').hostBitsSet).toBe(true);
  });
  it('accepts a zero-padded prefix length as the sloppy parser does, and flags it', () => {
    expect(cidr('10.0.0.0/08')).toMatchObject({ prefix: 8, leadingZeros: true });
  });
  it.each([
    '10.0.0.0',
    '10.0.0.0/33',
    '::/129',
    '10.0.0.0/-1',
    '10.0.0.0/',
    '/8',
    '10.0.0.0/8/8',
    'ten/8',
    '10.0.0.0/ 8',
  ])('rejects %j', (text) => {
    expect(parseCidr(text)).toBeUndefined();
  });
});

describe('containment', () => {
  it('cidrContainsIp checks the prefix bits and the family', () => {
    expect(cidrContainsIp(cidr('172.17.0.0/16'), parseIp('172.17.255.255')!)).toBe(true);
    expect(cidrContainsIp(cidr('172.17.0.0/16'), parseIp('172.18.0.0')!)).toBe(false);
    expect(cidrContainsIp(cidr('0.0.0.0/0'), parseIp('8.8.8.8')!)).toBe(true);
    expect(cidrContainsIp(cidr('0.0.0.0/0'), parseIp('2001:db8::1')!)).toBe(false);
    expect(cidrContainsIp(cidr('10.0.0.1/32'), parseIp('10.0.0.1')!)).toBe(true);
  });
  it('isStrictSubnet: inside, strictly longer prefix, same family', () => {
    expect(isStrictSubnet(cidr('172.17.1.0/24'), cidr('172.17.0.0/16'))).toBe(true);
    expect(isStrictSubnet(cidr('172.17.0.0/16'), cidr('172.17.0.0/16'))).toBe(false); // equal is not strict
    expect(isStrictSubnet(cidr('172.0.0.0/8'), cidr('172.17.0.0/16'))).toBe(false); // wider
    expect(isStrictSubnet(cidr('10.1.0.0/24'), cidr('10.0.0.0/16'))).toBe(false); // outside
    expect(isStrictSubnet(cidr('fd00::/16'), cidr('10.0.0.0/8'))).toBe(false); // other family
    // The API server compares masked networks: 172.17.1.5/24 is 172.17.1.0/24.
    expect(isStrictSubnet(cidr('172.17.1.5/24'), cidr('172.17.0.0/16'))).toBe(true);
  });
});

describe('formatting', () => {
  it('writes canonical forms (RFC 5952 for IPv6)', () => {
    expect(formatCidr(cidr('10.0.0.1/24'))).toBe('10.0.0.0/24');
    expect(formatIp(6, 0n)).toBe('::');
    expect(formatIp(6, 1n)).toBe('::1');
    expect(formatCidr(cidr('2001:0db8:0000:0000:0000:0000:0000:0001/64'))).toBe('2001:db8::/64');
    expect(formatIp(6, parseIp('1:0:0:2:0:0:0:3')!.value)).toBe('1:0:0:2::3'); // longest zero run
    expect(formatIp(6, parseIp('1:0:2:3:4:5:6:7')!.value)).toBe('1:0:2:3:4:5:6:7'); // a single zero word stays
  });
});
