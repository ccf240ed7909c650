/** netpol-ipblock-invalid: ipBlock values the API server rejects, or reads differently than written. */
import type { Path } from '../../model/index.js';
import { policyOf } from '../../netpol/bundle.js';
import type { Cidr } from '../../netpol/cidr.js';
import { formatCidr, formatIp, isStrictSubnet, parseCidr } from '../../netpol/cidr.js';
import type { Rule, RuleContext } from '../types.js';
import { pathText, peersOf, policyName } from './netpol-util.js';

/** Forms old API servers accept but StrictIPCIDRValidation rejects: reported as warnings. */
function sloppyForm(cidr: Cidr): { problem: string; fix: string } | undefined {
  const canonical = formatCidr(cidr);
  if (cidr.hostBitsSet) {
    const address = cidr.text.slice(0, cidr.text.indexOf('/'));
    const single = `${address}/${cidr.family === 4 ? 32 : 128}`;
    return {
      problem: `has bits set beyond the /${cidr.prefix} prefix: API servers with strict CIDR validation reject it, older ones silently read it as ${canonical}`,
      fix: `write ${canonical} for the network, or ${single} for that one address`,
    };
  }
  if (cidr.leadingZeros) {
    return {
      problem:
        'has leading zeros: API servers with strict CIDR validation reject it, and other tools read such octets as octal',
      fix: `write ${canonical}`,
    };
  }
  if (cidr.ipv4Mapped) {
    const v4 = formatIp(4, cidr.network & 0xffffffffn);
    const v4Prefix = cidr.prefix - 96;
    return {
      problem:
        'is an IPv4-mapped IPv6 CIDR: API servers with strict CIDR validation reject it, and implementations differ on whether it matches IPv4 traffic',
      fix: cidr.prefix >= 96 ? `write the IPv4 form ${v4}/${v4Prefix}` : `write ${canonical}`,
    };
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'netpol-ipblock-invalid',
    severity: 'error',
    kinds: ['NetworkPolicy'],
    description:
      'An ipBlock with a malformed cidr, an except entry that is not a strict subset of the cidr (or of the other IP family), or an ipBlock combined with selectors in one peer.',
    rationale:
      'The API server rejects the whole NetworkPolicy, so the apply fails and the release stops half done; ' +
      'non-canonical forms (host bits set, leading zeros) are read differently than written by some API servers and rejected by others.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-internet, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to:
    - ipBlock:
        cidr: 10.0.0.0/16
        except: [10.1.0.0/24]
`,
      good: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-internet, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to:
    - ipBlock:
        cidr: 10.0.0.0/16
        except: [10.0.1.0/24]
`,
    },
  },
  check({ bundle, report }: RuleContext) {
    for (const resource of bundle.ofKind('NetworkPolicy')) {
      const policy = policyOf(resource);
      for (const { peer } of peersOf(policy)) {
        if (peer.kind !== 'ipBlock') continue;
        const where = `${policyName(policy)} ${pathText(peer.path)}`;
        const at = (...rest: Path): Path => [...peer.path, 'ipBlock', ...rest];
        if (peer.mixedWithSelectors) {
          report({
            resource,
            path: peer.path,
            message: `${where} combines ipBlock with podSelector/namespaceSelector in one peer: the API server rejects the policy ("may not specify both ipBlock and another peer")`,
            hint: `split it into separate elements of the list (each "- " one peer), one with the ipBlock and one with the selectors`,
          });
        }
        if (peer.cidr === '') {
          report({
            resource,
            path: at(),
            message: `${where}.ipBlock has no cidr: the API server rejects the policy`,
            hint: 'add cidr, e.g. cidr: 10.0.0.0/8 (use 0.0.0.0/0 for every IPv4 address)',
          });
          continue;
        }
        const cidr = parseCidr(peer.cidr);
        if (!cidr) {
          report({
            resource,
            path: at('cidr'),
            message: `${where}.ipBlock.cidr "${peer.cidr}" is not a valid CIDR: the API server rejects the policy`,
            hint: 'write an address and a prefix length, e.g. 10.0.0.0/8 or 2001:db8::/32 (a single address is 10.1.2.3/32)',
          });
          continue;
        }
        const sloppy = sloppyForm(cidr);
        if (sloppy) {
          report({
            resource,
            path: at('cidr'),
            severity: 'warning',
            message: `${where}.ipBlock.cidr ${peer.cidr} ${sloppy.problem}`,
            hint: sloppy.fix,
          });
        }
        peer.except.forEach((text, index) => {
          const exceptPath = at('except', index);
          const label = `${where}.ipBlock.except[${index}]`;
          const except = parseCidr(text);
          if (!except) {
            report({
              resource,
              path: exceptPath,
              message: `${label} "${text}" is not a valid CIDR: the API server rejects the policy`,
              hint: `write a network inside ${peer.cidr}, e.g. ${formatCidr({ ...cidr, prefix: Math.min(cidr.prefix + 8, cidr.family === 4 ? 32 : 128) })}`,
            });
            return;
          }
          if (except.family !== cidr.family) {
            report({
              resource,
              path: exceptPath,
              message: `${label} ${text} is IPv${except.family} but the cidr ${peer.cidr} is IPv${cidr.family}: the API server rejects the policy (except must be a strict subset of cidr)`,
              hint: `put IPv${except.family} ranges in a separate ipBlock peer with an IPv${except.family} cidr`,
            });
            return;
          }
          if (!isStrictSubnet(except, cidr)) {
            const reason =
              except.prefix <= cidr.prefix
                ? `is not smaller than the cidr ${peer.cidr}`
                : `lies outside the cidr ${peer.cidr}`;
            report({
              resource,
              path: exceptPath,
              message: `${label} ${text} ${reason}: the API server rejects the policy (except must be a strict subset of cidr)`,
              hint: `list only ranges inside ${formatCidr(cidr)} with a prefix longer than /${cidr.prefix}, or widen the cidr`,
            });
            return;
          }
          const sloppyExcept = sloppyForm(except);
          if (sloppyExcept) {
            report({
              resource,
              path: exceptPath,
              severity: 'warning',
              message: `${label} ${text} ${sloppyExcept.problem}`,
              hint: sloppyExcept.fix,
            });
          }
        });
      }
    }
  },
};
