import { isRecord } from '../../k8s/labels.js';
import { closestKey } from '../../text/suggest.js';
import type { Rule } from '../types.js';
import { containersOf, namesIn, statefulSets, volumeClaimTemplateNames } from './sts-util.js';

export const rule: Rule = {
  meta: {
    id: 'sts-volume-mount-unresolved',
    severity: 'error',
    kinds: ['StatefulSet'],
    description:
      'A container of a StatefulSet mounts a volume that is neither a pod volume nor a volumeClaimTemplate.',
    rationale:
      'The API server accepts the StatefulSet (it does not validate the pod template), but the controller cannot ' +
      'create a single pod: every create fails with "volumeMounts[0].name: Not found" and the rollout hangs with ' +
      'zero pods while the StatefulSet itself looks applied.',
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          volumeMounts: [{ name: data, mountPath: /usr/share/nginx/html }]
  volumeClaimTemplates:
    - metadata: { name: www }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          volumeMounts: [{ name: www, mountPath: /usr/share/nginx/html }]
  volumeClaimTemplates:
    - metadata: { name: www }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
`,
    },
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      if (!sts.podSpec) continue;
      const volumes = namesIn(sts.podSpec.volumes, (v) => v.name);
      const claims = volumeClaimTemplateNames(sts.spec);
      // A claim template replaces a pod volume of the same name; both kinds resolve a mount.
      const known = new Set([...volumes, ...claims]);
      for (const ref of containersOf(sts)) {
        // volumeMounts (filesystem) and volumeDevices (raw block) resolve against the same names.
        for (const field of ['volumeMounts', 'volumeDevices'] as const) {
          const mounts = ref.container[field];
          if (!Array.isArray(mounts)) continue;
          mounts.forEach((mount, index) => {
            if (!isRecord(mount) || typeof mount.name !== 'string' || known.has(mount.name)) return;
            const name = mount.name;
            const suggestion = closestKey(name, [...known]);
            const where = `${ref.list === 'initContainers' ? 'init container' : 'container'} "${ref.name}"`;
            report({
              resource: sts.resource,
              path: [...ref.path, field, index, 'name'],
              message:
                `${where} mounts volume "${name}", which is neither a volume in spec.template.spec.volumes nor a ` +
                'volumeClaimTemplate; the controller cannot create any pod',
              hint:
                (suggestion ? `Did you mean "${suggestion}"? ` : '') +
                `Rename the ${field === 'volumeMounts' ? 'mount' : 'device'} to one of ` +
                (known.size > 0 ? [...known].map((n) => `"${n}"`).join(', ') : '(none defined)') +
                `, or add a volumeClaimTemplate (metadata.name: ${name}) or a volume named "${name}" to ` +
                'spec.template.spec.volumes.',
            });
          });
        }
      }
    }
  },
};
