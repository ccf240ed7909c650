import type { Rule } from '../types.js';

/**
 * Needs the live Ingresses of every namespace, so the rule engine never runs it (no `check`):
 * `slo-gate hook` reports it from the cluster snapshot (src/hints/live/host-path.ts).
 */
export const rule: Rule = {
  meta: {
    id: 'ingress-live-host-path-taken',
    severity: 'error',
    kinds: ['Ingress'],
    description:
      'An Ingress in the bundle routes a host, path and pathType that a live Ingress of the same ingress class in ' +
      'another namespace already routes.',
    rationale:
      'Hosts are global to an ingress controller, whatever the namespace: ingress-nginx refuses the second Ingress ' +
      'at admission ("host ... and path ... is already defined in ingress ..."), so the sync fails; other ' +
      "controllers keep one of the two routes and the other team's traffic silently goes to the wrong service. " +
      'The rule reads the live Ingresses of all namespaces, so it needs the cluster: it runs in `slo-gate hook` ' +
      '(the Argo CD PreSync Job), not in `slo-gate validate` or `check`. Ingresses of different classes, ' +
      'Ingresses the bundle itself updates, and ingress-nginx canary Ingresses are not reported; ' +
      'ingress-duplicate-host-path covers collisions within the bundle.',
    example: {
      bad: `# live: Ingress other-team/storefront routes shop.example.com / (Prefix), class nginx
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: checkout.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
    },
  },
};
