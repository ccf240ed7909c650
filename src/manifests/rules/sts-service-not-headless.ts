import { isRecord } from '../../k8s/labels.js';
import type { Rule } from '../types.js';
import { governingService, statefulSets } from './sts-util.js';

export const rule: Rule = {
  meta: {
    id: 'sts-service-not-headless',
    severity: 'error',
    kinds: ['StatefulSet', 'Service'],
    description: "The Service named by a StatefulSet's spec.serviceName is not headless (clusterIP: None).",
    rationale:
      'Cluster DNS publishes the per-pod names of a StatefulSet (web-0.nginx.shop.svc.cluster.local) only for a ' +
      'headless Service. With a ClusterIP Service those names do not resolve, so members that address each other ' +
      'by name never form a cluster.',
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
metadata: { name: nginx }
spec: { selector: { app: nginx }, ports: [{ port: 80 }] }
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
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      const service = governingService(bundle, sts)?.service;
      if (!service) continue;
      const spec = isRecord(service.object.spec) ? service.object.spec : {};
      const clusterIP = spec.clusterIP;
      if (clusterIP === 'None') continue;
      const externalName = spec.type === 'ExternalName';
      const what = externalName
        ? 'is of type ExternalName'
        : clusterIP === undefined || clusterIP === null || clusterIP === ''
          ? 'has no clusterIP: None, so it gets a cluster IP'
          : `has clusterIP ${JSON.stringify(clusterIP)}`;
      report({
        resource: service,
        // The clusterIP line, or the nearest written ancestor (spec) when it is absent.
        path: ['spec', 'clusterIP'],
        message:
          `Service "${service.name}" governs StatefulSet "${sts.resource.name}" (its spec.serviceName) but ${what}; ` +
          `per-pod DNS names such as ${sts.resource.name}-0.${service.name} do not resolve`,
        hint:
          `Set spec.clusterIP: None on Service "${service.name}" (clusterIP cannot be changed in place: delete and ` +
          "re-create the Service), or add a separate headless Service and point the StatefulSet's spec.serviceName " +
          'at it, keeping this one for clients.',
      });
    }
  },
};
