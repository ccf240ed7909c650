/**
 * netpol-blocks-ingress-backend: an Ingress routes to a Service whose pods are isolated for ingress
 * and no policy admits the ingress controller on the port the Service sends to.
 */
import { describeSelector, isRecord, stringMap } from '../../k8s/labels.js';
import type { Bundle, Path, PodTemplate, Resource } from '../../model/index.js';
import type { BundlePolicy } from '../../netpol/bundle.js';
import { containerPortsOf, namespacesOf, podEndpointOf, policiesInNamespace } from '../../netpol/bundle.js';
import type { PodEndpoint } from '../../netpol/evaluate.js';
import { evaluate, NAMESPACE_NAME_LABEL } from '../../netpol/evaluate.js';
import type { Rule, RuleOptions } from '../types.js';
import { flowMap, listText, policyName } from './netpol-util.js';

interface Backend {
  service: string;
  /** Service port number or name. */
  port: number | string;
  /** Where the backend's service name is written. */
  path: Path;
}

function backendOf(value: unknown, path: Path): Backend | undefined {
  if (!isRecord(value)) return undefined;
  if (isRecord(value.service)) {
    const { name, port } = value.service;
    if (typeof name !== 'string' || !isRecord(port)) return undefined;
    const ref =
      typeof port.number === 'number' ? port.number : typeof port.name === 'string' ? port.name : undefined;
    return ref === undefined ? undefined : { service: name, port: ref, path: [...path, 'service', 'name'] };
  }
  // extensions/v1beta1 and networking.k8s.io/v1beta1 (removed in 1.22, still found in old charts).
  const { serviceName, servicePort } = value;
  if (
    typeof serviceName === 'string' &&
    (typeof servicePort === 'number' || typeof servicePort === 'string')
  ) {
    return { service: serviceName, port: servicePort, path: [...path, 'serviceName'] };
  }
  return undefined;
}

function backendsOf(ingress: Resource): Backend[] {
  const spec = isRecord(ingress.object.spec) ? ingress.object.spec : {};
  const backends: Backend[] = [];
  const defaultKey = isRecord(spec.defaultBackend) ? 'defaultBackend' : 'backend';
  const fallback = backendOf(spec[defaultKey], ['spec', defaultKey]);
  if (fallback) backends.push(fallback);
  const rules = Array.isArray(spec.rules) ? spec.rules : [];
  rules.forEach((rule, i) => {
    if (!isRecord(rule) || !isRecord(rule.http) || !Array.isArray(rule.http.paths)) return;
    rule.http.paths.forEach((p, j) => {
      if (!isRecord(p)) return;
      const backend = backendOf(p.backend, ['spec', 'rules', i, 'http', 'paths', j, 'backend']);
      if (backend) backends.push(backend);
    });
  });
  return backends;
}

interface ServicePort {
  port: number;
  targetPort: number | string;
  protocol: string;
}

function servicePortOf(service: Resource, ref: number | string): ServicePort | undefined {
  const spec = isRecord(service.object.spec) ? service.object.spec : {};
  const ports = Array.isArray(spec.ports) ? spec.ports.filter(isRecord) : [];
  const entry = ports.find((p) => (typeof ref === 'number' ? p.port === ref : p.name === ref));
  if (!entry || typeof entry.port !== 'number') return undefined;
  const targetPort =
    typeof entry.targetPort === 'number' || typeof entry.targetPort === 'string'
      ? entry.targetPort
      : entry.port;
  return {
    port: entry.port,
    targetPort,
    protocol: typeof entry.protocol === 'string' ? entry.protocol : 'TCP',
  };
}

/** The container port a Service port reaches on one pod template; undefined when it does not resolve. */
function targetPortOn(template: PodTemplate, servicePort: ServicePort): number | undefined {
  const { targetPort, protocol } = servicePort;
  if (typeof targetPort === 'number') return targetPort;
  if (/^[0-9]+$/.test(targetPort)) return Number(targetPort);
  return containerPortsOf(template.spec).find((p) => p.name === targetPort && p.protocol === protocol)
    ?.containerPort;
}

function controllerOf(bundle: Bundle, controller: RuleOptions['ingressController']): PodEndpoint {
  const [template] = bundle.podTemplatesMatching(controller.namespace, { matchLabels: controller.podLabels });
  if (template) return podEndpointOf(template);
  return { kind: 'pod', namespace: controller.namespace, labels: controller.podLabels };
}

/** The documented example: an Ingress to web, and a deny-all policy in web's namespace. */
const EXAMPLE_BUNDLE = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web, namespace: shop}
spec:
  rules:
  - http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 8080}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all, namespace: shop}
spec:
  podSelector: {}
`;

export const rule: Rule = {
  meta: {
    id: 'netpol-blocks-ingress-backend',
    severity: 'error',
    kinds: ['Ingress', 'Service', 'NetworkPolicy'],
    description:
      "An Ingress routes to a Service whose pods are isolated for ingress, and no NetworkPolicy admits the ingress controller's pods on the Service's target port.",
    rationale:
      'The ingress controller proxies to the pods directly; when their policies drop its connections, ' +
      'every request through the Ingress ends in a 502/504 although pods, Service and Ingress all look healthy.',
    example: {
      bad: `${EXAMPLE_BUNDLE}`,
      good: `${EXAMPLE_BUNDLE}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-from-ingress, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}
      podSelector: {matchLabels: {app.kubernetes.io/name: ingress-nginx}}
    ports: [{port: 8080}]
`,
    },
  },
  check({ bundle, options, report }) {
    const namespaces = namespacesOf(bundle);
    const controller = controllerOf(bundle, options.ingressController);
    const controllerText = `pods ${describeSelector(options.ingressController.podLabels)} in namespace ${options.ingressController.namespace}`;
    for (const ingress of bundle.ofKind('Ingress')) {
      const policies = policiesInNamespace(bundle, ingress.namespace);
      if (!policies.some((policy) => policy.types.ingress)) continue;
      const seen = new Set<string>();
      for (const backend of backendsOf(ingress)) {
        const key = `${backend.service}\u0000${backend.port}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // A missing Service or port is reported by the ingress-backend-* rules.
        const service = bundle.get('Service', ingress.namespace, backend.service);
        if (!service) continue;
        const servicePort = servicePortOf(service, backend.port);
        const selector = stringMap(isRecord(service.object.spec) ? service.object.spec.selector : undefined);
        if (!servicePort || Object.keys(selector).length === 0) continue;
        const blocked: { template: PodTemplate; port: number; isolatedBy: BundlePolicy[] }[] = [];
        for (const template of bundle.podTemplatesMatching(ingress.namespace, { matchLabels: selector })) {
          const port = targetPortOn(template, servicePort);
          if (port === undefined) continue; // service-target-port-unresolved says so
          const verdict = evaluate(
            {
              from: controller,
              to: podEndpointOf(template),
              port,
              protocol: servicePort.protocol,
              direction: 'ingress',
            },
            policies,
            namespaces,
          );
          if (verdict.result === 'denied') blocked.push({ template, port, isolatedBy: verdict.isolatedBy });
        }
        const [first] = blocked;
        if (!first) continue;
        const isolating = [...new Set(blocked.flatMap((b) => b.isolatedBy))];
        // Point at a policy that already has ingress rules: that is where an allow rule goes.
        const fixIn = isolating.find((policy) => policy.ingress.length > 0) ?? isolating[0]!;
        const workloads = [
          ...new Set(blocked.map((b) => `${b.template.workload.id} (${b.port}/${servicePort.protocol})`)),
        ];
        const from = `{namespaceSelector: {matchLabels: {${NAMESPACE_NAME_LABEL}: ${options.ingressController.namespace}}}${
          Object.keys(options.ingressController.podLabels).length > 0
            ? `, podSelector: {matchLabels: ${flowMap(options.ingressController.podLabels)}}`
            : ''
        }}`;
        const ports = [...new Set(blocked.map((b) => b.port))]
          .map((p) => `{protocol: ${servicePort.protocol}, port: ${p}}`)
          .join(', ');
        report({
          resource: ingress,
          path: backend.path,
          message:
            `backend Service ${backend.service}:${backend.port} sends to ${listText(workloads, 3)}, isolated for ingress by ` +
            `${isolating.map((p) => `${p.namespace}/${p.name}`).join(', ')}, and no policy admits the ingress controller ` +
            `(${controllerText}): requests through this Ingress fail with 502/504`,
          hint:
            `add this rule to spec.ingress of ${policyName(fixIn)} (or a policy selecting these pods): {from: [${from}], ports: [${ports}]}; ` +
            `if the controller runs elsewhere, set manifests.ingressController (namespace, podLabels) in slo-gate.yaml`,
        });
      }
    }
  },
};
