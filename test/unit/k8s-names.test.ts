import {
  dnsNameProblem,
  hostMatches,
  ingressHostProblem,
  isDns1035Label,
  isDns1123Label,
  isDns1123Subdomain,
  isIP,
  isIPv4,
  isIPv6,
  isWildcardDns1123Subdomain,
} from '../../src/k8s/names.js';

describe('DNS-1123 names (apimachinery validation)', () => {
  test.each(['a', 'example.com', 'a-b.c-d.e', '0.example', 'x'.repeat(63), '1.2.3.4'])(
    '%s is a subdomain',
    (v) => {
      expect(isDns1123Subdomain(v)).toBe(true);
    },
  );

  test.each([
    '',
    'Example.com',
    'a_b.com',
    '-a.com',
    'a-.com',
    'a..com',
    '.a.com',
    'a.com.',
    'a.com:80',
    '*.a.com',
  ])('%s is not a subdomain', (v) => {
    expect(isDns1123Subdomain(v)).toBe(false);
  });

  test('the subdomain limit is 253 characters, and labels are not limited to 63 by it (as apimachinery)', () => {
    const label = 'a'.repeat(100);
    expect(isDns1123Subdomain(`${label}.${label}.${'b'.repeat(51)}`)).toBe(true); // 100+1+100+1+51 = 253
    expect(isDns1123Subdomain(`${label}.${label}.${'b'.repeat(52)}`)).toBe(false); // 254
  });

  test('labels: DNS-1123 allows a leading digit, DNS-1035 does not; both stop at 63', () => {
    expect(isDns1123Label('1web')).toBe(true);
    expect(isDns1035Label('1web')).toBe(false);
    expect(isDns1035Label('web-1')).toBe(true);
    expect(isDns1123Label('a.b')).toBe(false);
    expect(isDns1123Label('x'.repeat(63))).toBe(true);
    expect(isDns1123Label('x'.repeat(64))).toBe(false);
  });

  test('a wildcard is only the whole first label', () => {
    expect(isWildcardDns1123Subdomain('*.example.com')).toBe(true);
    expect(isWildcardDns1123Subdomain('*.com')).toBe(true);
    for (const bad of ['*', '*example.com', 'a*.example.com', '*.*.example.com', 'a.*.example.com', '*.']) {
      expect(isWildcardDns1123Subdomain(bad)).toBe(false);
    }
  });
});

describe('IP addresses (ParseIPSloppy)', () => {
  test.each(['1.2.3.4', '0.0.0.0', '255.255.255.255', '010.001.1.1'])('%s is IPv4', (v) => {
    expect(isIPv4(v)).toBe(true);
  });
  test.each(['256.1.1.1', '1.2.3', '1.2.3.4.5', '1.2.3.a', '', '1..2.3'])('%s is not IPv4', (v) => {
    expect(isIPv4(v)).toBe(false);
  });
  test.each(['::', '::1', '2001:db8::1', '1:2:3:4:5:6:7:8', '::ffff:10.0.0.1', '1:2:3:4:5:6:1.2.3.4'])(
    '%s is IPv6',
    (v) => {
      expect(isIPv6(v)).toBe(true);
    },
  );
  test.each([
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    'fe80::1%eth0',
    '12345::1',
    'g::1',
    'example.com',
  ])('%s is not IPv6', (v) => {
    expect(isIPv6(v)).toBe(false);
  });
  test('isIP is either family', () => {
    expect(isIP('10.0.0.1')).toBe(true);
    expect(isIP('::1')).toBe(true);
    expect(isIP('shop.example.com')).toBe(false);
  });
});

describe('ingressHostProblem names the specific fault', () => {
  test('valid hosts have none', () => {
    expect(ingressHostProblem('shop.example.com')).toBeUndefined();
    expect(ingressHostProblem('*.example.com')).toBeUndefined();
    expect(ingressHostProblem('localhost')).toBeUndefined();
  });

  test.each([
    ['10.0.0.1', 'is an IP address; Ingress hosts must be DNS names'],
    ['::1', 'is an IP address; Ingress hosts must be DNS names'],
    ['Shop.example.com', 'contains upper-case letters; use "shop.example.com"'],
    ['shop.example.com:8443', 'contains a port; a host has no port'],
    ['https://shop.example.com', 'contains a URL scheme; write the host name alone'],
    ['shop.example.com/api', "contains '/'; a host has no path"],
    ['shop_1.example.com', "contains '_'; only lower-case letters, digits, '-' and '.' are allowed"],
    ['shop..example.com', "has an empty label ('..', or a leading or trailing '.')"],
    ['shop.example.com.', "has an empty label ('..', or a leading or trailing '.')"],
    ['-shop.example.com', "has a label that starts or ends with '-'"],
    ['api.*.example.com', "has a '*' that is not the whole first label (only '*.example.com' is allowed)"],
    ['*shop.example.com', "has a '*' that is not the whole first label (only '*.example.com' is allowed)"],
    ['', 'is empty'],
  ])('%j: %s', (host, problem) => {
    expect(ingressHostProblem(host)).toBe(problem);
  });

  test('over 253 characters', () => {
    expect(ingressHostProblem(`${'a'.repeat(250)}.com`)).toBe('is 254 characters long; the limit is 253');
  });

  test('without allowWildcard a * is a fault of its own', () => {
    expect(dnsNameProblem('*.example.com')).toBe("contains '*', which is not allowed here");
  });
});

describe('hostMatches: a wildcard stands for exactly one label', () => {
  test.each([
    ['shop.example.com', 'shop.example.com', true],
    ['*.example.com', 'shop.example.com', true],
    ['*.example.com', 'SHOP.example.com', true],
    ['*.example.com', 'a.shop.example.com', false],
    ['*.example.com', 'example.com', false],
    ['*.example.com', '*.example.com', true],
    ['shop.example.com', '*.example.com', false],
    ['*.example.com', 'shop.example.org', false],
  ])('%s covers %s: %s', (pattern, host, expected) => {
    expect(hostMatches(pattern, host)).toBe(expected);
  });
});
