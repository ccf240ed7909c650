import { closestKey } from '../../text/suggest.js';
import type { Rule } from '../types.js';
import { ingressServiceBackends } from './ingress-util.js';

export const rule: Rule = {
  meta: {
    id: 'ingress-backend-service-missing',
    severity: 'error',
    kinds: ['Ingress'],
    description:
      "An Ingress backend names a Service that the bundle does not define in the Ingress's namespace.",
    rationale:
      'The ingress controller finds no endpoints for the backend and answers 503 (ingress-nginx) or 502 ' +
      'for every request on that host and path. Ingress backends can only refer to Services in their own namespace.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web-svc, port: { number: 80 } } } }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
`,
    },
  },
  check({ bundle, options, report }) {
    for (const ingress of bundle.ofKind('Ingress')) {
      const namespace = ingress.namespace;
      // No Service at all in this namespace: the Services are probably applied from elsewhere.
      const services = bundle.inNamespace('Service', namespace);
      const servicesElsewhere = services.length === 0;
      for (const backend of ingressServiceBackends(ingress)) {
        if (bundle.get('Service', namespace, backend.serviceName)) continue;
        const outside = servicesElsewhere && !options.strictReferences;
        const suggestion = closestKey(
          backend.serviceName,
          services.map((s) => s.name),
        );
        report({
          resource: ingress,
          path: [...backend.path, 'name'],
          message: `${backend.where} routes to Service "${backend.serviceName}", which is not defined in namespace "${namespace}"`,
          hint: outside
            ? `The bundle defines no Service in namespace "${namespace}"; if "${backend.serviceName}" is applied ` +
              'from elsewhere this is fine (--strict-references makes it an error). Otherwise add the Service ' +
              `or fix ${backend.serviceField}.name.`
            : suggestion
              ? `Did you mean Service "${suggestion}"? Fix ${backend.serviceField}.name, or add a ` +
                `Service named "${backend.serviceName}" in namespace "${namespace}".`
              : `Add a Service named "${backend.serviceName}" in namespace "${namespace}", or fix ` +
                `${backend.serviceField}.name to the name of an existing Service of that namespace.`,
          severity: outside ? 'warning' : undefined,
        });
      }
    }
  },
};
