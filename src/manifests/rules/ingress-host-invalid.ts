import { dnsNameProblem, ingressHostProblem } from '../../k8s/names.js';
import type { Rule } from '../types.js';
import { ingressRules, ingressTls } from './ingress-util.js';

export const rule: Rule = {
  meta: {
    id: 'ingress-host-invalid',
    severity: 'error',
    kinds: ['Ingress'],
    description:
      "An Ingress rule or TLS host that is not a lower-case DNS-1123 subdomain, is an IP address (rules), or has a '*' that is not the whole first label.",
    rationale:
      'The API server rejects the whole Ingress (`kubectl apply` fails): rule hosts must be DNS names, not IPs ' +
      "(a rule without host already matches every address), and a wildcard may only be the first label ('*.example.com').",
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules:
    - host: Shop.Example.com:443
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
    },
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind('Ingress')) {
      for (const rule of ingressRules(ingress)) {
        if (rule.host === undefined) continue;
        const problem = ingressHostProblem(rule.host);
        if (!problem) continue;
        const ip = problem.startsWith('is an IP');
        report({
          resource: ingress,
          path: [...rule.at, 'host'],
          message: `spec.rules[${rule.index}].host "${rule.host}" ${problem}`,
          hint: ip
            ? `Remove spec.rules[${rule.index}].host to match requests for any host (including the IP), or use a DNS name that resolves to it.`
            : `Write a DNS name in spec.rules[${rule.index}].host: lower case, no scheme, port or path, e.g. "shop.example.com" or "*.example.com".`,
        });
      }
      for (const tls of ingressTls(ingress)) {
        tls.hosts.forEach(({ host, at }, h) => {
          // The API server checks TLS hosts as DNS names (with wildcard), without the IP rule.
          const problem = dnsNameProblem(host, { allowWildcard: true });
          if (!problem) return;
          report({
            resource: ingress,
            path: at,
            message: `spec.tls[${tls.index}].hosts[${h}] "${host}" ${problem}`,
            hint: `Write the host as in the rules: a lower-case DNS name such as "shop.example.com" or "*.example.com" in spec.tls[${tls.index}].hosts[${h}].`,
          });
        });
      }
    }
  },
};
