import { isRecord } from '../../k8s/labels.js';
import type { Rule } from '../types.js';
import { containersOf, statefulSets } from './sts-util.js';

export const rule: Rule = {
  meta: {
    id: 'sts-ordered-ready-no-probe',
    severity: 'info',
    kinds: ['StatefulSet'],
    description:
      'A StatefulSet with OrderedReady pod management (the default) and more than one replica has no container ' +
      'with a readinessProbe (or startupProbe).',
    rationale:
      'OrderedReady creates and updates pods one at a time and waits for each to be Ready before the next. Without ' +
      'a probe a container is Ready as soon as its process starts, so a rollout of a broken version does not stop ' +
      'at the first broken pod: it replaces every replica.',
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  replicas: 3
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  replicas: 3
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          readinessProbe: { httpGet: { path: /healthz, port: 80 } }
`,
    },
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      const policy = sts.spec.podManagementPolicy;
      const orderedReady =
        policy === undefined || policy === null || policy === '' || policy === 'OrderedReady';
      // One replica has no next pod to protect.
      if (!orderedReady || sts.replicas === undefined || sts.replicas <= 1) continue;
      const containers = containersOf(sts, ['containers']);
      if (containers.length === 0) continue;
      // A startupProbe also holds readiness back until it passes.
      const probed = containers.some(
        (ref) => isRecord(ref.container.readinessProbe) || isRecord(ref.container.startupProbe),
      );
      if (probed) continue;
      const single = containers.length === 1 ? containers[0] : undefined;
      report({
        resource: sts.resource,
        path: single ? [...single.path, 'name'] : [...sts.podSpecPath, 'containers'],
        message:
          `${policy ? 'podManagementPolicy OrderedReady' : 'OrderedReady pod management (the default)'} but no ` +
          `container has a readinessProbe: each of the ${sts.replicas} pods counts as Ready once started, so a ` +
          'broken rollout does not stop at the first pod',
        hint:
          `Add a readinessProbe to ${single ? `container "${single.name}"` : 'the main container'} that fails ` +
          'until the member can serve (e.g. has joined its cluster).',
      });
    }
  },
};
