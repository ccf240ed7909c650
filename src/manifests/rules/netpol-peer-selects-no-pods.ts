/** netpol-peer-selects-no-pods: a podSelector-only peer that matches no workload of the policy's namespace. */
import { describeSelector, isEmptySelector } from '../../k8s/labels.js';
import { policyOf, templatesSelectedBy } from '../../netpol/bundle.js';
import type { Rule } from '../types.js';
import { flowMap, listText, pathText, peersOf, policyName } from './netpol-util.js';

/** The workloads of the documented example (shared by its bad and good halves). */
const WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata: {name: gateway, namespace: shop}
spec:
  selector: {matchLabels: {app: gateway}}
  template:
    metadata: {labels: {app: gateway}}
    spec: {containers: [{name: gateway, image: envoyproxy/envoy}]}
---
`;

export const rule: Rule = {
  meta: {
    id: 'netpol-peer-selects-no-pods',
    severity: 'warning',
    kinds: ['NetworkPolicy'],
    description:
      'A from/to peer with only a podSelector matches no pod template in the namespace of the policy.',
    rationale:
      'A peer with only a podSelector means "these pods of the policy\'s own namespace". When no pod has ' +
      'those labels the rule admits (or reaches) nobody, so the traffic it was written for is dropped — ' +
      'usually a label typo, or a peer in another namespace that needs a namespaceSelector too.',
    example: {
      bad: `${WORKLOADS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from:
    - podSelector: {matchLabels: {app: gatway}}
`,
      good: `${WORKLOADS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from:
    - podSelector: {matchLabels: {app: gateway}}
`,
    },
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind('NetworkPolicy')) {
      const policy = policyOf(resource);
      for (const { direction, peer } of peersOf(policy)) {
        if (peer.kind !== 'selector' || peer.namespaceSelector || !peer.podSelector) continue;
        // `podSelector: {}` is "every pod of this namespace", whatever runs there.
        if (isEmptySelector(peer.podSelector)) continue;
        if (templatesSelectedBy(bundle, policy.namespace, peer.podSelector).length > 0) continue;
        const present = bundle.podTemplates(policy.namespace);
        const effect = direction === 'ingress' ? 'admits no source' : 'reaches no destination';
        const message = `${policyName(policy)} ${pathText(peer.path)} selects pods ${describeSelector(
          peer.podSelector,
        )} of namespace ${policy.namespace}, but no workload there has these labels: this peer ${effect}`;
        const hint =
          present.length === 0
            ? `the bundle has no workload in namespace ${policy.namespace}; if they are deployed separately this may be fine, otherwise fix the podSelector — for pods of another namespace add a namespaceSelector to this same element`
            : `fix the podSelector (pods of ${policy.namespace} are labelled ${listText(
                present.map((t) => `${flowMap(t.labels)} (${t.workload.id})`),
                3,
              )}); for pods of another namespace add a namespaceSelector to this same element`;
        report({ resource, path: [...peer.path, 'podSelector'], message, hint });
      }
    }
  },
};
