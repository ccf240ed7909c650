import { closestKey } from '../../text/suggest.js';
import type { Rule } from '../types.js';
import { governingService, statefulSets } from './sts-util.js';

export const rule: Rule = {
  meta: {
    id: 'sts-service-missing',
    severity: 'error',
    kinds: ['StatefulSet', 'Service'],
    description:
      "A StatefulSet's spec.serviceName names a Service that the bundle does not define in its namespace.",
    rationale:
      'The governing Service gives each pod its stable DNS name (web-0.nginx.shop.svc.cluster.local). Without it ' +
      'those names do not resolve, so members that find each other by name (databases, ZooKeeper, Kafka) never form ' +
      'a cluster, although every pod looks Running.',
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec: { containers: [{ name: nginx, image: nginx:1.27 }] }
---
apiVersion: v1
kind: Service
metadata: { name: web-headless }
spec: { clusterIP: None, selector: { app: nginx }, ports: [{ port: 80 }] }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec: { containers: [{ name: nginx, image: nginx:1.27 }] }
---
apiVersion: v1
kind: Service
metadata: { name: nginx }
spec: { clusterIP: None, selector: { app: nginx }, ports: [{ port: 80 }] }
`,
    },
  },
  check({ bundle, options, report }) {
    for (const sts of statefulSets(bundle)) {
      const governing = governingService(bundle, sts);
      if (!governing || governing.service) continue;
      const namespace = sts.resource.namespace;
      const services = bundle.inNamespace('Service', namespace);
      // No Service at all in this namespace: the Services are probably applied from elsewhere.
      const outside = services.length === 0 && !options.strictReferences;
      const suggestion = closestKey(
        governing.name,
        services.map((s) => s.name),
      );
      const create =
        `add a headless Service (clusterIP: None) named "${governing.name}" in namespace "${namespace}" ` +
        'whose selector matches the pod labels';
      report({
        resource: sts.resource,
        path: ['spec', 'serviceName'],
        message: `spec.serviceName "${governing.name}" names no Service in namespace "${namespace}"`,
        hint: outside
          ? `The bundle defines no Service in namespace "${namespace}", so "${governing.name}" may live outside the ` +
            `bundle (--strict-references makes this an error). If it does not, ${create}.`
          : suggestion
            ? `Did you mean Service "${suggestion}"? Fix spec.serviceName, or ${create}.`
            : `${create[0]!.toUpperCase()}${create.slice(1)}, or remove spec.serviceName if the pods need no ` +
              'stable DNS names.',
        severity: outside ? 'warning' : undefined,
      });
    }
  },
};
