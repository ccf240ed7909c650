import { isRecord } from '../../k8s/labels.js';
import { describeServicePorts, findServicePort, servicePorts } from '../../k8s/ports.js';
import type { Rule } from '../types.js';
import { ingressServiceBackends } from './ingress-util.js';

export const rule: Rule = {
  meta: {
    id: 'ingress-backend-port-missing',
    severity: 'error',
    kinds: ['Ingress', 'Service'],
    description:
      "An Ingress backend's port number is not a `port` of the Service, or its port name is not a port `name` of it.",
    rationale:
      'The ingress controller cannot map the backend to a Service port, so it has no upstream for the path ' +
      'and answers 503. A backend port number refers to the Service port (`port`), not to its targetPort or ' +
      'the container port — a frequent mix-up.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  defaultBackend: { service: { name: web, port: { number: 8080 } } }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ name: http, port: 80, targetPort: 8080 }] }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  defaultBackend: { service: { name: web, port: { name: http } } }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ name: http, port: 80, targetPort: 8080 }] }
`,
    },
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind('Ingress')) {
      for (const backend of ingressServiceBackends(ingress)) {
        const service = bundle.get('Service', ingress.namespace, backend.serviceName);
        // A missing Service is ingress-backend-service-missing's finding.
        if (!service) continue;
        const serviceSpec = isRecord(service.object.spec) ? service.object.spec : {};
        const ports = servicePorts(service.object);
        // ExternalName Services need no ports: the controller proxies to the backend's port number as given.
        if (serviceSpec.type === 'ExternalName' && ports.length === 0) continue;
        const { number, name } = backend.port;
        if (number === undefined && name === undefined) continue; // schema-invalid: port name or number is required
        if (findServicePort(service.object, backend.port)) continue;

        const declared = describeServicePorts(service.object);
        const serviceRef = `Service "${service.name}" (${service.file}:${service.line})`;
        if (name !== undefined) {
          const byNumberLike = ports.find((p) => String(p.port) === name);
          report({
            resource: ingress,
            path: [...backend.path, 'port', 'name'],
            message: `${backend.where} uses port name "${name}", but ${serviceRef} has no port of that name (its ports: ${declared})`,
            hint: byNumberLike
              ? `Write port: { number: ${byNumberLike.port} } in ${backend.serviceField}, or name the Service port "${name}".`
              : `Set ${backend.serviceField}.port.name to one of the Service's port names, or add a port named "${name}" to the Service.`,
          });
          continue;
        }
        // A number that is a targetPort of the Service: the classic container-port mix-up.
        const byTarget = ports.find((p) => p.targetPort === number);
        report({
          resource: ingress,
          path: [...backend.path, 'port', 'number'],
          message: `${backend.where} uses port ${number}, but ${serviceRef} exposes no port ${number} (its ports: ${declared})`,
          hint: byTarget
            ? `${number} is the targetPort of Service port ${byTarget.port}; an Ingress backend names the Service port: ` +
              `write port: { number: ${byTarget.port} }${byTarget.name ? ` or port: { name: ${byTarget.name} }` : ''}.`
            : `Set ${backend.serviceField}.port.number to one of the Service's ports, or add port ${number} to the Service.`,
        });
      }
    }
  },
};
