import type { Rule } from '../types.js';

/**
 * Needs the live StatefulSet, so the rule engine never runs it (no `check`): `slo-gate hook` reports
 * it from the cluster snapshot (src/hints/live/immutable.ts). Listed here for the catalog and docs.
 */
export const rule: Rule = {
  meta: {
    id: 'sts-immutable-field-change',
    severity: 'error',
    kinds: ['StatefulSet'],
    description:
      'A StatefulSet in the bundle changes a field the API server does not let an existing StatefulSet change: ' +
      'volumeClaimTemplates, serviceName, selector, podManagementPolicy or revisionHistoryLimit.',
    rationale:
      'The API server refuses the update ("spec: Forbidden: updates to statefulset spec for fields other than ' +
      "'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and " +
      "'minReadySeconds' are forbidden\"), so the sync fails half-applied. Growing the storage of a " +
      'volumeClaimTemplate is the usual cause. The rule compares against the live object, so it needs the ' +
      'cluster: it runs in `slo-gate hook` (the Argo CD PreSync Job), not in `slo-gate validate` or `check`. ' +
      'Absent fields compare as their API defaults (podManagementPolicy OrderedReady, revisionHistoryLimit 10, ' +
      'volumeMode Filesystem) and storage sizes as quantities (1Gi equals 1024Mi).',
    example: {
      bad: `# live: volumeClaimTemplates[0] requests 10Gi
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: shop }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 20Gi } } }
`,
      good: `# resize each PVC (kubectl patch pvc data-db-0 ...), then
# kubectl delete statefulset db -n shop --cascade=orphan, then sync the new size
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: shop }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 10Gi } } }
`,
    },
  },
};
