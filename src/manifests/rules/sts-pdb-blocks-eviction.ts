import type { Rule } from '../types.js';
import { budgetsCovering, evictionBlock, POD_LABELS_PATH, statefulSets } from './sts-util.js';

export const rule: Rule = {
  meta: {
    id: 'sts-pdb-blocks-eviction',
    severity: 'warning',
    kinds: ['StatefulSet', 'PodDisruptionBudget'],
    description:
      "A PodDisruptionBudget covering a StatefulSet's pods allows no voluntary eviction at all, or the pods " +
      'are covered by more than one budget.',
    rationale:
      'With maxUnavailable: 0, or minAvailable equal to the number of pods (percentages round up: 67% of 3 is 3), ' +
      'disruptionsAllowed is always 0, so every node drain and cluster upgrade hangs on these pods until someone ' +
      'deletes them by hand. The eviction API also refuses pods that more than one budget selects.',
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  replicas: 3
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: db }
spec:
  minAvailable: 3
  selector: { matchLabels: { app: db } }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  replicas: 3
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: db }
spec:
  maxUnavailable: 1
  selector: { matchLabels: { app: db } }
`,
    },
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      // With no pods there is nothing to evict.
      if (sts.replicas === undefined || sts.replicas < 1) continue;
      const budgets = budgetsCovering(bundle, sts.resource.namespace, sts.podLabels);
      if (budgets.length > 1) {
        const names = budgets.map((b) => `"${b.resource.name}"`).join(', ');
        report({
          resource: sts.resource,
          path: POD_LABELS_PATH,
          message:
            `the pods are selected by ${budgets.length} PodDisruptionBudgets (${names}); the eviction API refuses ` +
            'to evict a pod with more than one budget, so node drains hang on every pod',
          hint: 'Keep one PodDisruptionBudget for these pods: delete the others or narrow their selectors.',
        });
        continue;
      }
      const budget = budgets[0];
      if (!budget) continue;
      const block = evictionBlock(bundle, budget);
      if (!block) continue;
      report({
        resource: budget.resource,
        path: block.path,
        message:
          `PodDisruptionBudget "${budget.resource.name}" covers StatefulSet "${sts.resource.name}" and ${block.reason}: ` +
          'no pod can ever be evicted voluntarily, so node drains and cluster upgrades hang',
        hint:
          'Use maxUnavailable: 1 (it stays right when the StatefulSet is scaled), or a minAvailable below the ' +
          'number of pods (for a percentage, one that rounds up to fewer than all of them).',
      });
    }
  },
};
