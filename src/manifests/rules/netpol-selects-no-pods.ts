/** netpol-selects-no-pods: a NetworkPolicy whose spec.podSelector matches no workload of its namespace. */
import { describeSelector, isEmptySelector } from '../../k8s/labels.js';
import { policyOf, templatesSelectedBy } from '../../netpol/bundle.js';
import type { Rule } from '../types.js';
import { flowMap, listText, policyName } from './netpol-util.js';

/** The workloads of the documented example (shared by its bad and good halves). */
const WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
---
`;

export const rule: Rule = {
  meta: {
    id: 'netpol-selects-no-pods',
    severity: 'warning',
    kinds: ['NetworkPolicy'],
    description: "A NetworkPolicy's spec.podSelector matches no pod template in the policy's namespace.",
    rationale:
      'A policy that selects no pod protects nothing: the pods it was written for stay open (or, for an ' +
      'allow rule, keep being denied by another policy). The cause is usually a label typo or the policy ' +
      'landing in the wrong namespace.',
    example: {
      bad: `${WORKLOADS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: wbe}}
  ingress: [{from: [{podSelector: {matchLabels: {app: gateway}}}]}]
`,
      good: `${WORKLOADS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{podSelector: {matchLabels: {app: gateway}}}]}]
`,
    },
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind('NetworkPolicy')) {
      const policy = policyOf(resource);
      // `podSelector: {}` means "whatever runs in this namespace" (deny-all baselines): never a mistake.
      if (isEmptySelector(policy.podSelector)) continue;
      if (templatesSelectedBy(bundle, policy.namespace, policy.podSelector).length > 0) continue;
      const present = bundle.podTemplates(policy.namespace);
      const selector = describeSelector(policy.podSelector);
      const message = `${policyName(policy)} selects pods ${selector}, but no workload of namespace ${policy.namespace} has these labels: the policy applies to no pod`;
      const hint =
        present.length === 0
          ? `the bundle has no workload in namespace ${policy.namespace}; if they are deployed separately this may be fine, otherwise fix spec.podSelector or metadata.namespace`
          : `fix spec.podSelector to match the pod template labels; pods of ${policy.namespace} are labelled ${listText(
              present.map((t) => `${flowMap(t.labels)} (${t.workload.id})`),
              3,
            )}`;
      report({ resource, path: ['spec', 'podSelector'], message, hint });
    }
  },
};
