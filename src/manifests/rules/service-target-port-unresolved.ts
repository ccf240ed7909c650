import {
  declaredContainerPorts,
  isValidPortName,
  resolveTargetPort,
  servicePorts,
  type DeclaredContainerPort,
  type ServicePortSpec,
} from '../../k8s/ports.js';
import type { PodTemplate, Resource } from '../../model/index.js';
import type { Rule } from '../types.js';
import {
  podCreatingCustomResources,
  selectedCustomWorkloads,
  selectedTemplates,
  serviceSelector,
} from './service-util.js';

function describeDeclared(templates: PodTemplate[]): string {
  const seen = new Set<string>();
  for (const template of templates) {
    for (const p of declaredContainerPorts(template.spec)) {
      seen.add(
        `${p.containerPort}${p.protocol === 'TCP' ? '' : `/${p.protocol}`}${p.name ? ` (${p.name})` : ''}`,
      );
    }
  }
  return seen.size === 0 ? 'none' : [...seen].join(', ');
}

function describeWorkloads(templates: PodTemplate[]): string {
  const names = templates.slice(0, 3).map((t) => `${t.workload.kind} ${t.workload.name}`);
  return names.join(', ') + (templates.length > 3 ? ', ...' : '');
}

function allDeclared(templates: PodTemplate[]): DeclaredContainerPort[] {
  return templates.flatMap((t) => declaredContainerPorts(t.spec));
}

export const rule: Rule = {
  meta: {
    id: 'service-target-port-unresolved',
    severity: 'error',
    kinds: ['Service'],
    description:
      'A Service targetPort (by name, or by number when the containers declare their ports) that no container of the selected pods exposes.',
    rationale:
      'A named targetPort resolves per pod to a containerPort of that name and protocol; where no selected pod declares ' +
      'it, the Service has no endpoints for that port and connections fail. A numeric targetPort is used as is — a ' +
      'container may listen on a port it does not declare — so it is only reported when the selected containers ' +
      'declare their ports and none is that number (usually a stale port after a change). The targetPort defaults to the port.',
    example: {
      bad: `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80, targetPort: http }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: nginx:1.27, ports: [{ name: web, containerPort: 8080 }] }] }
`,
      good: `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80, targetPort: http }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: nginx:1.27, ports: [{ name: http, containerPort: 8080 }] }] }
`,
    },
  },
  check({ bundle, report }) {
    let custom: Map<string, Resource[]> | undefined;
    for (const service of bundle.ofKind('Service')) {
      const selector = serviceSelector(service);
      if (!selector) continue;
      const ports = servicePorts(service.object);
      if (ports.length === 0) continue;
      const templates = selectedTemplates(bundle, service.namespace, selector);
      // No pods: service-selects-no-pods's finding. Pods of custom workloads: their ports are unknown here.
      if (templates.length === 0) continue;
      custom ??= podCreatingCustomResources(bundle);
      if (selectedCustomWorkloads(custom, service.namespace, selector).length > 0) continue;

      for (const port of ports) checkPort(service, port, templates);
    }

    function checkPort(service: Resource, port: ServicePortSpec, templates: PodTemplate[]): void {
      const at = [...port.path, port.targetPortWritten ? 'targetPort' : 'port'];
      const label = `spec.ports[${port.index}]${port.name ? ` (${port.name})` : ''}`;
      const target = port.targetPort;
      const pods = describeWorkloads(templates);

      if (typeof target === 'string' && !isValidPortName(target)) {
        const numeric = /^[0-9]+$/.test(target);
        report({
          resource: service,
          path: at,
          message: numeric
            ? `${label} targetPort "${target}" is a quoted number, which the API server reads as a port name and rejects (a name needs a letter)`
            : `${label} targetPort "${target}" is not a valid port name (1-15 lower-case letters, digits and '-', with a letter); the API server rejects it`,
          hint: numeric
            ? `Write targetPort: ${target} without quotes.`
            : `Use the container port's number, or its name as declared in the pod template's ports[].name.`,
        });
        return;
      }

      const results = templates.map((t) => resolveTargetPort(t.spec, target, port.protocol));
      if (results.some((r) => r.kind === 'resolved')) return;
      const declared = allDeclared(templates);

      if (typeof target === 'string') {
        const otherProtocol = declared.find((p) => p.name === target);
        report({
          resource: service,
          path: at,
          message:
            `${label} targetPort "${target}"/${port.protocol} is not a named container port of the selected pods ` +
            `(${pods}; declared: ${describeDeclared(templates)}): the Service has no endpoints for it`,
          hint: otherProtocol
            ? `The port "${target}" is declared with protocol ${otherProtocol.protocol}; make the protocols of the Service port and the containerPort agree.`
            : `Name the container port "${target}" in the pod template (ports[].name), or set targetPort to a declared name or number.`,
        });
        return;
      }

      const sameNumber = declared.find((p) => p.containerPort === target);
      const only = declared.length === 1 ? declared[0] : undefined;
      report({
        resource: service,
        path: at,
        message:
          `${label} ${port.targetPortWritten ? 'targetPort' : 'port (targetPort defaults to it)'} ${target}/${port.protocol} ` +
          `is not declared by any container of the selected pods (${pods}; declared: ${describeDeclared(templates)})`,
        hint: sameNumber
          ? `Container port ${target} is declared with protocol ${sameNumber.protocol}; make the protocols agree.`
          : only
            ? `Set targetPort: ${only.name ?? only.containerPort} (the one declared container port), or declare containerPort ${target} if the container listens there.`
            : `Set targetPort to the container port the application listens on, or declare containerPort ${target} in the pod template.`,
      });
    }
  },
};
