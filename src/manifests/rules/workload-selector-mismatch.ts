import {
  asLabelSelector,
  describeSelector,
  isEmptySelector,
  isRecord,
  mapSelectorMatches,
  selectorMatches,
  stringMap,
} from '../../k8s/labels.js';
import type { LabelSelector, Path, Resource } from '../../model/index.js';
import type { Rule } from '../types.js';

// StatefulSet is checked by sts-selector-mismatch (the StatefulSet family), so it is not here:
// one finding per mistake.
const KINDS = ['Deployment', 'DaemonSet', 'ReplicaSet'];

/** The first part of the selector the labels fail, as a path under spec.selector and a description. */
function firstMismatch(
  selector: LabelSelector,
  labels: Record<string, string>,
): { path: Path; what: string } | undefined {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] === value) continue;
    const has = Object.hasOwn(labels, key);
    return {
      path: ['spec', 'selector', 'matchLabels', key],
      what: has
        ? `selector ${key}=${value} but the template has ${key}=${labels[key]}`
        : `selector ${key}=${value} but the template has no label ${key}`,
    };
  }
  const expressions = selector.matchExpressions ?? [];
  for (let i = 0; i < expressions.length; i++) {
    const one: LabelSelector = { matchExpressions: [expressions[i]!] };
    if (!selectorMatches(one, labels)) {
      return {
        path: ['spec', 'selector', 'matchExpressions', i],
        what: `selector expression "${describeSelector(one)}" does not hold for the template labels`,
      };
    }
  }
  return undefined;
}

function describeLabels(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? '(none)' : entries.map(([k, v]) => `${k}=${v}`).join(',');
}

function templateLabels(workload: Resource): Record<string, string> | undefined {
  const spec = isRecord(workload.object.spec) ? workload.object.spec : undefined;
  if (!spec || !isRecord(spec.template)) return undefined;
  const metadata = isRecord(spec.template.metadata) ? spec.template.metadata : {};
  return stringMap(metadata.labels);
}

export const rule: Rule = {
  meta: {
    id: 'workload-selector-mismatch',
    severity: 'error',
    kinds: ['Deployment', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
    description:
      "A Deployment, DaemonSet, ReplicaSet or ReplicationController whose selector does not match its own pod template's labels, or is empty (StatefulSets: see sts-selector-mismatch).",
    rationale:
      'The API server rejects the workload ("selector does not match template labels", or "empty selector is ' +
      'invalid"), so the release fails at apply time. The selector is immutable afterwards: fixing it later means ' +
      'deleting and recreating the workload.',
    example: {
      bad: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web-server } }
    spec: { containers: [{ name: web, image: nginx:1.27 }] }
`,
      good: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: nginx:1.27 }] }
`,
    },
  },
  check({ bundle, report }) {
    for (const kind of KINDS) {
      for (const workload of bundle.ofKind(kind)) {
        const labels = templateLabels(workload);
        if (!labels) continue; // no template: schema-invalid's finding
        const spec = workload.object.spec as Record<string, unknown>;
        const selector = asLabelSelector(spec.selector);
        if (!selector) continue; // absent selector: schema-invalid (required in apps/v1)
        if (isEmptySelector(selector)) {
          report({
            resource: workload,
            path: ['spec', 'selector'],
            message: `${kind} ${workload.name} has an empty spec.selector; the API server rejects it (it would select every pod of the namespace)`,
            hint: `Set spec.selector.matchLabels to labels of spec.template.metadata.labels (${describeLabels(labels)}).`,
          });
          continue;
        }
        if (selectorMatches(selector, labels)) continue;
        const mismatch = firstMismatch(selector, labels);
        report({
          resource: workload,
          path: mismatch?.path ?? ['spec', 'selector'],
          message:
            `${kind} ${workload.name}: spec.selector (${describeSelector(selector)}) does not match its pod template ` +
            `labels (${describeLabels(labels)})${mismatch ? `: ${mismatch.what}` : ''}; the API server rejects it`,
          hint: 'Make spec.template.metadata.labels carry every label of spec.selector (the selector cannot be changed after creation, so fix the template labels when the workload already exists).',
        });
      }
    }

    // ReplicationController: a plain-map selector; empty or absent means "the template's labels".
    for (const controller of bundle.ofKind('ReplicationController')) {
      const labels = templateLabels(controller);
      if (!labels) continue;
      const spec = controller.object.spec as Record<string, unknown>;
      const selector = stringMap(spec.selector);
      if (Object.keys(selector).length === 0 || mapSelectorMatches(selector, labels)) continue;
      const key = Object.keys(selector).find((k) => labels[k] !== selector[k])!;
      report({
        resource: controller,
        path: ['spec', 'selector', key],
        message:
          `ReplicationController ${controller.name}: spec.selector (${describeLabels(selector)}) does not match its pod ` +
          `template labels (${describeLabels(labels)}); the API server rejects it`,
        hint: `Make spec.template.metadata.labels carry ${key}=${selector[key]}, or remove spec.selector to default it to the template labels.`,
      });
    }
  },
};
