import { describeSelector } from '../../k8s/labels.js';
import type { Resource } from '../../model/index.js';
import type { Rule } from '../types.js';
import {
  nearestTemplate,
  podCreatingCustomResources,
  selectedCustomWorkloads,
  selectedTemplates,
  serviceSelector,
} from './service-util.js';

export const rule: Rule = {
  meta: {
    id: 'service-selects-no-pods',
    severity: 'error',
    kinds: ['Service'],
    description:
      "A Service's selector matches no pod template (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod, ...) in its namespace.",
    rationale:
      'A Service that selects no pods has no endpoints: connections to it are refused or time out, and an Ingress ' +
      'in front of it answers 503. Usually a label typo or a label changed on one side only. Services without a ' +
      'selector (endpoints managed by hand) and ExternalName Services are not checked.',
    example: {
      bad: `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80, targetPort: 8080 }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web-server } }
  template:
    metadata: { labels: { app: web-server } }
    spec: { containers: [{ name: web, image: nginx:1.27, ports: [{ containerPort: 8080 }] }] }
`,
      good: `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web-server }, ports: [{ port: 80, targetPort: 8080 }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web-server } }
  template:
    metadata: { labels: { app: web-server } }
    spec: { containers: [{ name: web, image: nginx:1.27, ports: [{ containerPort: 8080 }] }] }
`,
    },
  },
  check({ bundle, options, report }) {
    let custom: Map<string, Resource[]> | undefined;
    for (const service of bundle.ofKind('Service')) {
      const selector = serviceSelector(service);
      if (!selector) continue;
      const namespace = service.namespace;
      if (selectedTemplates(bundle, namespace, selector).length > 0) continue;
      custom ??= podCreatingCustomResources(bundle);
      if (selectedCustomWorkloads(custom, namespace, selector).length > 0) continue;

      const described = describeSelector(selector);
      const operators = custom.get(namespace) ?? [];
      const noWorkloads = bundle.podTemplates(namespace).length === 0;
      if ((operators.length > 0 || noWorkloads) && !options.strictReferences) {
        const creators = operators.slice(0, 3).map((r) => `${r.kind}/${r.name}`);
        report({
          resource: service,
          path: ['spec', 'selector'],
          message: `Service ${service.name} selects ${described}, which no pod template of namespace "${namespace}" in the bundle carries`,
          hint:
            operators.length > 0
              ? `The pods may be created by an operator from ${creators.join(', ')}${operators.length > 3 ? ', ...' : ''}; ` +
                'if not, fix spec.selector to the labels of the pods (--strict-references makes this an error).'
              : `The bundle has no workload in namespace "${namespace}"; the pods may be deployed from outside the bundle. ` +
                'If not, add the workload or fix spec.selector (--strict-references makes this an error).',
          severity: 'warning',
        });
        continue;
      }

      const nearest = nearestTemplate(bundle, namespace, selector);
      const firstMissing = nearest?.missing[0];
      const workload = nearest?.template.workload;
      report({
        resource: service,
        path: firstMissing ? ['spec', 'selector', firstMissing[0]] : ['spec', 'selector'],
        message: `Service ${service.name} selects ${described}, which no pod template of namespace "${namespace}" carries: it has no endpoints`,
        hint:
          nearest && workload && firstMissing
            ? `Closest: ${workload.kind} ${workload.name} (${workload.file}:${workload.line}) has ` +
              (Object.hasOwn(nearest.template.labels, firstMissing[0])
                ? `${firstMissing[0]}=${nearest.template.labels[firstMissing[0]]}`
                : `no label ${firstMissing[0]}`) +
              `; make spec.selector and that pod template's labels agree.`
            : `Set spec.selector to the labels of the pods this Service fronts (spec.template.metadata.labels of their workload in namespace "${namespace}").`,
      });
    }
  },
};
