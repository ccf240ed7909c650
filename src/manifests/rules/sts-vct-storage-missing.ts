import { isRecord } from '../../k8s/labels.js';
import type { Rule } from '../types.js';
import { parseMilli } from '../../k8s/quantity.js';
import { statefulSets } from './sts-util.js';

export const rule: Rule = {
  meta: {
    id: 'sts-vct-storage-missing',
    severity: 'error',
    kinds: ['StatefulSet'],
    description:
      'A volumeClaimTemplate of a StatefulSet has no spec.resources.requests.storage (or not a positive quantity).',
    rationale:
      'Every PersistentVolumeClaim needs a storage request. Recent API servers reject the StatefulSet; older ones ' +
      'accept it, and then the controller fails to create the claim for pod 0, so no pod ever starts.',
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17, volumeMounts: [{ name: data, mountPath: /data }] }] }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce] }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17, volumeMounts: [{ name: data, mountPath: /data }] }] }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 10Gi } } }
`,
    },
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      const templates = sts.spec.volumeClaimTemplates;
      if (!Array.isArray(templates)) continue;
      templates.forEach((template, index) => {
        if (!isRecord(template)) return;
        const name =
          isRecord(template.metadata) && typeof template.metadata.name === 'string'
            ? `"${template.metadata.name}"`
            : `#${index}`;
        const spec = isRecord(template.spec) ? template.spec : {};
        const resources = isRecord(spec.resources) ? spec.resources : {};
        const requests = isRecord(resources.requests) ? resources.requests : {};
        const requestsPath = ['spec', 'volumeClaimTemplates', index, 'spec', 'resources', 'requests'];
        const storage = requests.storage;
        if (storage === undefined || storage === null) {
          report({
            resource: sts.resource,
            // The requests line, or the nearest written ancestor.
            path: requestsPath,
            message: `volumeClaimTemplate ${name} requests no storage (spec.resources.requests.storage is missing)`,
            hint:
              `Add resources: { requests: { storage: 10Gi } } (the size each pod's volume needs) to the spec of ` +
              `volumeClaimTemplate ${name}.`,
          });
          return;
        }
        const quantity = parseMilli(storage);
        if (quantity !== undefined && quantity > 0n) return;
        report({
          resource: sts.resource,
          path: [...requestsPath, 'storage'],
          message:
            quantity === undefined
              ? `volumeClaimTemplate ${name} requests storage ${JSON.stringify(storage)}, which is not a quantity`
              : `volumeClaimTemplate ${name} requests storage ${JSON.stringify(storage)}; it must be greater than zero`,
          hint: 'Write a positive quantity such as 10Gi, 500Mi or 1Ti (binary suffixes Ki..Ei, decimal k..E).',
        });
      });
    }
  },
};
