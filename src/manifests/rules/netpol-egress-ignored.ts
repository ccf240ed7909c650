/** netpol-egress-ignored: egress rules in a policy whose explicit policyTypes leave out Egress. */
import { policyOf } from '../../netpol/bundle.js';
import type { Rule } from '../types.js';
import { policyName } from './netpol-util.js';

export const rule: Rule = {
  meta: {
    id: 'netpol-egress-ignored',
    severity: 'warning',
    kinds: ['NetworkPolicy'],
    description: 'A NetworkPolicy has egress rules, but its explicit spec.policyTypes does not list Egress.',
    rationale:
      'When policyTypes is given it is taken as is: without Egress the egress rules are ignored and the ' +
      "pods' outgoing traffic is not restricted at all — the restriction the author wrote never applies.",
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
  egress:
  - to: [{podSelector: {matchLabels: {app: db}}}]
`,
      good: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress, Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: db}}}]
  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]
`,
    },
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind('NetworkPolicy')) {
      const policy = policyOf(resource);
      if (!policy.explicitTypes || policy.types.egress || policy.egress.length === 0) continue;
      const count = policy.egress.length;
      report({
        resource,
        path: ['spec', 'egress'],
        message: `${policyName(policy)} has ${count} egress rule${count === 1 ? '' : 's'}, but spec.policyTypes [${policy.explicitTypes.join(', ')}] lacks Egress: the rules are ignored and egress stays unrestricted`,
        hint: 'add Egress to spec.policyTypes to enforce them (then only these rules are allowed out: include DNS), or delete spec.egress',
      });
    }
  },
};
