import type { Rule } from '../types.js';
import {
  describeLabels,
  describeSelector,
  firstMismatch,
  isEmptySelector,
  selectorMatches,
  statefulSets,
  wellFormedSelector,
  yamlMap,
} from './sts-util.js';

export const rule: Rule = {
  meta: {
    id: 'sts-selector-mismatch',
    severity: 'error',
    kinds: ['StatefulSet'],
    description:
      "A StatefulSet's spec.selector does not match the labels of its own pod template, or is empty.",
    rationale:
      'The API server rejects the StatefulSet ("`selector` does not match template `labels`"), so the release ' +
      'fails at apply time; the selector is also immutable, so fixing it later means deleting the StatefulSet.',
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: database } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
`,
    },
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      // Absent selectors are schema-invalid's finding, malformed expressions sts-spec-invalid's.
      const selector = wellFormedSelector(sts.spec.selector);
      if (!selector) continue;
      if (isEmptySelector(selector)) {
        report({
          resource: sts.resource,
          path: ['spec', 'selector'],
          message:
            'spec.selector is empty; the API server rejects it (an empty selector would adopt every pod of the ' +
            'namespace)',
          hint: `Set spec.selector.matchLabels to labels of spec.template.metadata.labels (${describeLabels(sts.podLabels)}).`,
        });
        continue;
      }
      if (selectorMatches(selector, sts.podLabels)) continue;
      const mismatch = firstMismatch(selector, sts.podLabels);
      const matchLabels = selector.matchLabels ?? {};
      report({
        resource: sts.resource,
        path: mismatch?.path ?? ['spec', 'selector'],
        message:
          `spec.selector (${describeSelector(selector)}) does not match the pod template labels ` +
          `(${describeLabels(sts.podLabels)})${mismatch ? `: ${mismatch.what}` : ''}; the API server rejects the ` +
          'StatefulSet',
        hint:
          Object.keys(matchLabels).length > 0
            ? `Add ${yamlMap(matchLabels)} to spec.template.metadata.labels, or change spec.selector to labels ` +
              'the template carries (spec.selector cannot be changed after creation).'
            : 'Make spec.template.metadata.labels satisfy every spec.selector expression, or change spec.selector ' +
              '(it cannot be changed after creation).',
      });
    }
  },
};
