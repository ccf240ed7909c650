import { hostMatches } from '../../k8s/names.js';
import { closestKey } from '../../text/suggest.js';
import type { Rule } from '../types.js';
import { ingressRules, ingressTls } from './ingress-util.js';

export const rule: Rule = {
  meta: {
    id: 'ingress-tls-host-uncovered',
    severity: 'warning',
    kinds: ['Ingress'],
    description:
      "A TLS host that no rule of the Ingress serves, or — when the Ingress has TLS — a rule host that no TLS entry covers ('*.example.com' covers one label).",
    rationale:
      "A rule host outside spec.tls gets the controller's default certificate on HTTPS, so clients fail the handshake; " +
      'a TLS host without a rule is usually a typo of the rule host, which then is the uncovered one.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  tls: [{ hosts: [www.example.com], secretName: web-tls }]
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  tls: [{ hosts: [shop.example.com], secretName: web-tls }]
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
      const tls = ingressTls(ingress);
      if (tls.length === 0) continue;
      const rules = ingressRules(ingress);
      const ruleHosts = rules.flatMap((r) => (r.host === undefined ? [] : [r.host]));
      const tlsHosts = tls.flatMap((t) => t.hosts.map((h) => h.host));

      // A TLS host is served when a rule names it (either side may be a wildcard of the other) or a
      // rule without host serves every host. An Ingress without rules serves everything by defaultBackend.
      const catchAll = rules.some((r) => r.host === undefined);
      if (rules.length > 0 && !catchAll) {
        for (const entry of tls) {
          entry.hosts.forEach(({ host, at }, h) => {
            if (ruleHosts.some((r) => hostMatches(r, host) || hostMatches(host, r))) return;
            const near = closestKey(host, ruleHosts);
            report({
              resource: ingress,
              path: at,
              message: `spec.tls[${entry.index}].hosts[${h}] "${host}" has no rule: no spec.rules[].host of this Ingress serves it`,
              hint: near
                ? `Did you mean "${near}"? Make spec.tls[${entry.index}].hosts[${h}] and the rule host the same name.`
                : `Add a rule for "${host}" or remove it from spec.tls[${entry.index}].hosts.`,
            });
          });
        }
      }

      // A TLS entry without hosts applies to the controller's default host: coverage is then unknown.
      if (tls.some((t) => t.hosts.length === 0)) continue;
      for (const rule of rules) {
        if (rule.host === undefined) continue;
        const host = rule.host;
        if (tlsHosts.some((t) => hostMatches(t, host))) continue;
        report({
          resource: ingress,
          path: [...rule.at, 'host'],
          message:
            `spec.rules[${rule.index}].host "${host}" is not covered by any spec.tls[].hosts entry ` +
            `(${tlsHosts.map((t) => `"${t}"`).join(', ')}); HTTPS requests to it get the controller's default certificate`,
          hint:
            `Add "${host}" to the hosts of a spec.tls entry whose certificate covers it, or to a new spec.tls entry ` +
            'with its own secretName.',
        });
      }
    }
  },
};
