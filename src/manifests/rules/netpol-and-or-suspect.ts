/**
 * netpol-and-or-suspect: a namespaceSelector-only peer next to a podSelector-only peer — two
 * elements (OR) where one element with both selectors (AND) was probably meant.
 */
import { describeSelector, isEmptySelector } from '../../k8s/labels.js';
import type { LabelSelector } from '../../model/index.js';
import { policyOf } from '../../netpol/bundle.js';
import type { NetpolPeer } from '../../netpol/model.js';
import type { Rule } from '../types.js';
import { flowSelector, pathText, PEER_KEY, policyName, rulesOf } from './netpol-util.js';

type SelectorPeer = Extract<NetpolPeer, { kind: 'selector' }>;

const namespaceOnly = (
  peer: NetpolPeer | undefined,
): peer is SelectorPeer & { namespaceSelector: LabelSelector } =>
  peer?.kind === 'selector' && !!peer.namespaceSelector && !peer.podSelector;

// An empty podSelector ANDed with a namespaceSelector means the same as the namespaceSelector
// alone, so `{}` here cannot be a half of a meant AND.
const podOnly = (peer: NetpolPeer | undefined): peer is SelectorPeer & { podSelector: LabelSelector } =>
  peer?.kind === 'selector' &&
  !!peer.podSelector &&
  !peer.namespaceSelector &&
  !isEmptySelector(peer.podSelector);

export const rule: Rule = {
  meta: {
    id: 'netpol-and-or-suspect',
    severity: 'info',
    kinds: ['NetworkPolicy'],
    description:
      'Adjacent from/to elements where one has only a namespaceSelector and the next only a podSelector: two peers (OR) where one peer with both selectors (AND) was probably meant.',
    rationale:
      'One extra "-" turns "pods app=x in namespaces y" into "every pod of namespaces y, OR pods app=x of ' +
      'this namespace": the policy admits far more than intended, and the pods in the other namespace it was written for may not be admitted at all.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {team: shop}}
    - podSelector: {matchLabels: {app: api}}
`,
      good: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {team: shop}}
      podSelector: {matchLabels: {app: api}}
`,
    },
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind('NetworkPolicy')) {
      const policy = policyOf(resource);
      for (const { direction, rule } of rulesOf(policy)) {
        const peers = rule.peers ?? [];
        for (let i = 0; i + 1 < peers.length; i++) {
          const first = peers[i];
          const second = peers[i + 1];
          const namespacePeer = namespaceOnly(first) ? first : namespaceOnly(second) ? second : undefined;
          const podPeer = podOnly(first) ? first : podOnly(second) ? second : undefined;
          if (!namespacePeer || !podPeer || !first || !second) continue;
          const key = PEER_KEY[direction];
          const namespaces = isEmptySelector(namespacePeer.namespaceSelector)
            ? 'every namespace'
            : `namespaces ${describeSelector(namespacePeer.namespaceSelector)}`;
          const pods = describeSelector(podPeer.podSelector);
          report({
            resource,
            path: second.path,
            message:
              `${policyName(policy)} ${pathText(first.path)} and ${pathText(second.path)} are two peers (OR): every pod of ${namespaces}, ` +
              `or pods ${pods} of namespace ${policy.namespace} — if you meant pods ${pods} in ${namespaces}, that is one peer with both selectors`,
            hint:
              `for AND, remove the "-" before ${pathText(second.path)} so both selectors sit in one element of ${key}: ` +
              `{namespaceSelector: ${flowSelector(namespacePeer.namespaceSelector)}, podSelector: ${flowSelector(podPeer.podSelector)}}; ` +
              `if OR is intended, add the annotation slo-gate.dev/ignore: netpol-and-or-suspect`,
          });
          i += 1; // pairs do not overlap: [ns, pod, ns, pod] is two findings, not three
        }
      }
    }
  },
};
