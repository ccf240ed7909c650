import { isRecord } from '../../k8s/labels.js';
import type { Rule } from '../types.js';
import { INGRESS_CLASS_ANNOTATION } from './ingress-util.js';

export const rule: Rule = {
  meta: {
    id: 'ingress-class-mismatch',
    severity: 'error',
    kinds: ['Ingress'],
    description:
      'The legacy `kubernetes.io/ingress.class` annotation names a different class than `spec.ingressClassName`.',
    rationale:
      'The API server refuses to create an Ingress whose annotation and ingressClassName disagree ("must match ' +
      '`ingressClassName` when both are specified"); where it already exists, controllers disagree on which of the ' +
      'two wins, so the Ingress may be served by the wrong controller or by none.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations: { kubernetes.io/ingress.class: nginx-internal }
spec:
  ingressClassName: nginx
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  ingressClassName: nginx
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`,
    },
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind('Ingress')) {
      const annotation = ingress.annotations[INGRESS_CLASS_ANNOTATION];
      const spec = isRecord(ingress.object.spec) ? ingress.object.spec : {};
      const className = spec.ingressClassName;
      if (annotation === undefined || typeof className !== 'string' || className === '') continue;
      if (annotation === className) continue;
      report({
        resource: ingress,
        path: ['metadata', 'annotations', INGRESS_CLASS_ANNOTATION],
        message: `annotation ${INGRESS_CLASS_ANNOTATION}: "${annotation}" differs from spec.ingressClassName "${className}"; the API server rejects the Ingress`,
        hint:
          `Remove the deprecated ${INGRESS_CLASS_ANNOTATION} annotation and keep spec.ingressClassName ` +
          `(set it to "${annotation}" if that is the controller meant to serve this Ingress).`,
      });
    }
  },
};
