import { isRecord } from '../../k8s/labels.js';
import type { Bundle, JsonObject, Path } from '../../model/index.js';
import type { Rule } from '../types.js';
import {
  describeLabels,
  describeSelector,
  selectorMatches,
  selectorProblems,
  statefulSets,
  wellFormedSelector,
  yamlMap,
  type StatefulSetView,
} from './sts-util.js';

interface Selecting {
  /** Path to the term (anti-affinity) or constraint (spread). */
  path: Path;
  /** "podAntiAffinity required term 0", "topologySpreadConstraints[1]". */
  what: string;
  /** The object that holds labelSelector. */
  holder: JsonObject;
  spread: boolean;
}

/** The anti-affinity terms and spread constraints whose selector should select the pods themselves. */
function selectingTerms(sts: StatefulSetView): Selecting[] {
  const out: Selecting[] = [];
  const podSpec = sts.podSpec;
  if (!podSpec) return out;
  const affinity = isRecord(podSpec.affinity) ? podSpec.affinity : {};
  const anti = affinity.podAntiAffinity;
  const antiPath = [...sts.podSpecPath, 'affinity', 'podAntiAffinity'];
  if (isRecord(anti)) {
    const required = anti.requiredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(required)) {
      required.forEach((term, index) => {
        if (!isRecord(term)) return;
        out.push({
          path: [...antiPath, 'requiredDuringSchedulingIgnoredDuringExecution', index],
          what: `podAntiAffinity required term ${index}`,
          holder: term,
          spread: false,
        });
      });
    }
    const preferred = anti.preferredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(preferred)) {
      preferred.forEach((entry, index) => {
        if (!isRecord(entry) || !isRecord(entry.podAffinityTerm)) return;
        out.push({
          path: [...antiPath, 'preferredDuringSchedulingIgnoredDuringExecution', index, 'podAffinityTerm'],
          what: `podAntiAffinity preferred term ${index}`,
          holder: entry.podAffinityTerm,
          spread: false,
        });
      });
    }
  }
  const constraints = podSpec.topologySpreadConstraints;
  if (Array.isArray(constraints)) {
    constraints.forEach((constraint, index) => {
      if (!isRecord(constraint)) return;
      out.push({
        path: [...sts.podSpecPath, 'topologySpreadConstraints', index],
        what: `topologySpreadConstraints[${index}]`,
        holder: constraint,
        spread: true,
      });
    });
  }
  return out;
}

/**
 * Whether an anti-affinity term looks only at the pod's own namespace (no namespaceSelector, and
 * `namespaces` empty or just its own). A term aimed at other namespaces may select pods there.
 */
function ownNamespaceOnly(term: JsonObject, namespace: string): boolean {
  if (term.namespaceSelector !== undefined && term.namespaceSelector !== null) return false;
  const namespaces = Array.isArray(term.namespaces) ? term.namespaces : [];
  return namespaces.every((ns) => ns === namespace);
}

function otherWorkloadsSelected(
  bundle: Bundle,
  sts: StatefulSetView,
  selector: ReturnType<typeof wellFormedSelector>,
) {
  if (!selector) return [];
  return bundle
    .podTemplatesMatching(sts.resource.namespace, selector)
    .filter((template) => template.workload !== sts.resource)
    .map((template) => `${template.workload.kind} ${template.workload.name}`);
}

export const rule: Rule = {
  meta: {
    id: 'sts-affinity-selector-self-mismatch',
    severity: 'warning',
    kinds: ['StatefulSet'],
    description:
      'A podAntiAffinity term or topologySpreadConstraint of a StatefulSet has a labelSelector that matches none ' +
      "of the StatefulSet's own pods, so it silently spreads nothing.",
    rationale:
      'Anti-affinity and spread constraints keep replicas on different nodes or zones only if their selector ' +
      'selects the replicas themselves. A selector that matches nothing (a renamed label such as app vs ' +
      'app.kubernetes.io/name) is accepted without complaint, and then every replica may land on one node: one ' +
      'node failure takes down the whole quorum. podAffinity is not checked: it points at other workloads by design.',
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: zk }
spec:
  serviceName: zk-hs
  replicas: 3
  selector: { matchLabels: { app.kubernetes.io/name: zk } }
  template:
    metadata: { labels: { app.kubernetes.io/name: zk } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector: { matchExpressions: [{ key: app, operator: In, values: [zk] }] }
              topologyKey: kubernetes.io/hostname
      containers: [{ name: zk, image: zookeeper:3.9 }]
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: zk }
spec:
  serviceName: zk-hs
  replicas: 3
  selector: { matchLabels: { app.kubernetes.io/name: zk } }
  template:
    metadata: { labels: { app.kubernetes.io/name: zk } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector: { matchLabels: { app.kubernetes.io/name: zk } }
              topologyKey: kubernetes.io/hostname
      containers: [{ name: zk, image: zookeeper:3.9 }]
`,
    },
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      const namespace = sts.resource.namespace;
      const ownMatchLabels = wellFormedSelector(sts.spec.selector)?.matchLabels ?? {};
      const suggested = yamlMap(Object.keys(ownMatchLabels).length > 0 ? ownMatchLabels : sts.podLabels);
      const fix = `Select the StatefulSet's own pods, e.g. with labelSelector.matchLabels ${suggested}.`;
      const consequence = (spread: boolean) =>
        spread
          ? 'the constraint spreads nothing and all replicas may land in one topology domain'
          : 'the anti-affinity never applies and all replicas may land on one node';

      for (const term of selectingTerms(sts)) {
        const raw = term.holder.labelSelector;
        if (!term.spread) {
          // mismatchLabelKeys aims the term at pods that differ from this one: other workloads by design.
          if (Array.isArray(term.holder.mismatchLabelKeys) && term.holder.mismatchLabelKeys.length > 0)
            continue;
          if (!ownNamespaceOnly(term.holder, namespace)) continue;
        }
        if (raw === undefined || raw === null) {
          report({
            resource: sts.resource,
            path: term.path,
            message: `${term.what} has no labelSelector, so it matches no pods: ${consequence(term.spread)}`,
            hint: fix,
          });
          continue;
        }
        if (selectorProblems(raw).length > 0) continue; // sts-spec-invalid reports malformed selectors
        const selector = wellFormedSelector(raw);
        if (!selector || selectorMatches(selector, sts.podLabels)) continue;
        const others = otherWorkloadsSelected(bundle, sts, selector);
        // An anti-affinity term that selects another workload keeps the pods away from it: intended.
        if (!term.spread && others.length > 0) continue;
        const elsewhere =
          others.length > 0
            ? `; it counts the pods of ${others.slice(0, 3).join(', ')}${others.length > 3 ? ', ...' : ''} instead`
            : term.spread
              ? ''
              : ` nor any other pod of namespace "${namespace}" in the bundle`;
        report({
          resource: sts.resource,
          path: [...term.path, 'labelSelector'],
          message:
            `${term.what} selects ${describeSelector(selector)}, which matches none of the pod labels ` +
            `(${describeLabels(sts.podLabels)})${elsewhere}: ${consequence(term.spread)}`,
          hint: fix,
        });
      }
    }
  },
};
