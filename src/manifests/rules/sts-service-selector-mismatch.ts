import { isRecord, mapSelectorMatches, stringMap } from '../../k8s/labels.js';
import type { Rule } from '../types.js';
import { describeLabels, governingService, statefulSets, wellFormedSelector, yamlMap } from './sts-util.js';

export const rule: Rule = {
  meta: {
    id: 'sts-service-selector-mismatch',
    severity: 'error',
    kinds: ['StatefulSet', 'Service'],
    description:
      "The Service named by a StatefulSet's spec.serviceName does not select the StatefulSet's pods.",
    rationale:
      'Per-pod DNS names come from the endpoints of the governing Service. When its selector does not match the ' +
      'pods (or it has none), it has no endpoints for them, the names web-0.nginx... do not resolve, and members ' +
      'that address each other by name never form a cluster.',
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
spec: { clusterIP: None, selector: { app: web }, ports: [{ port: 80 }] }
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
      // ExternalName Services have no endpoints by design; sts-service-not-headless reports them.
      if (spec.type === 'ExternalName') continue;
      const selector = stringMap(spec.selector);
      if (mapSelectorMatches(selector, sts.podLabels)) continue;
      const selectorLess = Object.keys(selector).length === 0;
      // Suggest the StatefulSet's own matchLabels: the stable subset of the pod labels.
      const own = wellFormedSelector(sts.spec.selector)?.matchLabels ?? {};
      const wanted = Object.keys(own).length > 0 ? own : sts.podLabels;
      report({
        resource: service,
        path: ['spec', 'selector'],
        message: selectorLess
          ? `Service "${service.name}" governs StatefulSet "${sts.resource.name}" but has no selector, so it has no ` +
            'endpoints for the pods and their per-pod DNS names do not resolve'
          : `Service "${service.name}" governs StatefulSet "${sts.resource.name}" but its selector ` +
            `(${describeLabels(selector)}) does not match the pod labels (${describeLabels(sts.podLabels)}); the per-pod ` +
            'DNS names do not resolve',
        hint:
          Object.keys(wanted).length > 0
            ? `Set spec.selector of Service "${service.name}" to labels every pod carries, e.g. ${yamlMap(wanted)}.`
            : `Give the StatefulSet's pods labels (spec.template.metadata.labels) and select them from Service ` +
              `"${service.name}".`,
      });
    }
  },
};
