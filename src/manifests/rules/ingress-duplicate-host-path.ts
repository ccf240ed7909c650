import type { Resource } from '../../model/index.js';
import type { Rule } from '../types.js';
import {
  defaultIngressClass,
  effectiveIngressClass,
  ingressPaths,
  nginxBoolAnnotation,
  type IngressPathEntry,
} from './ingress-util.js';

export const rule: Rule = {
  meta: {
    id: 'ingress-duplicate-host-path',
    severity: 'error',
    kinds: ['Ingress'],
    description:
      'Two Ingresses of the same ingress class route the same host, path and pathType (a rule without host counts as one host), in any namespaces.',
    rationale:
      'A controller serves one backend per host and path: ingress-nginx refuses the second Ingress at admission ' +
      '("host ... and path ... is already defined"), other controllers silently keep the older one, so one of ' +
      'the two releases never receives its traffic. Hosts are global to a controller, so namespaces do not separate ' +
      "them; Ingresses of different classes do not collide (a class-less Ingress takes the bundle's default " +
      'IngressClass), Exact and Prefix on the same path are distinct routes, and an ingress-nginx canary Ingress ' +
      '(nginx.ingress.kubernetes.io/canary: "true") may repeat its main Ingress\'s routes.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web-v2, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web-v2, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web-v2, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /v2, pathType: Prefix, backend: { service: { name: web-v2, port: { number: 80 } } } }
`,
    },
  },
  check({ bundle, report }) {
    // One pass over all paths, keyed by class, canary flag, host, path and pathType: nothing quadratic.
    const firstClaim = new Map<string, { ingress: Resource; entry: IngressPathEntry }>();
    const defaultClass = defaultIngressClass(bundle);
    for (const ingress of bundle.ofKind('Ingress')) {
      // Ingresses of different classes are served by different controllers and do not collide; an
      // Ingress without class is served by the default class (the bundle's, when it declares one).
      const ingressClass = effectiveIngressClass(ingress, defaultClass) ?? '';
      // ingress-nginx canary Ingresses duplicate the main Ingress's host and path by design; two canaries do collide.
      const canary = nginxBoolAnnotation(ingress, 'canary');
      for (const entry of ingressPaths(ingress)) {
        if (typeof entry.pathType !== 'string') continue; // ingress-path-invalid's finding
        const path = entry.path === undefined || entry.path === '' ? '/' : entry.path;
        const key = [ingressClass, canary ? 'canary' : '', entry.host ?? '', path, entry.pathType].join(
          '\u0000',
        );
        const first = firstClaim.get(key);
        if (!first) {
          firstClaim.set(key, { ingress, entry });
          continue;
        }
        // The same host and path twice in one Ingress is one controller configuration, not a collision.
        if (first.ingress === ingress) continue;
        const host = entry.host === undefined ? 'no host (every host)' : `host "${entry.host}"`;
        const where = `${first.ingress.file}:${first.ingress.positionOf(first.entry.at).line}`;
        report({
          resource: ingress,
          path: entry.path === undefined ? entry.at : [...entry.at, 'path'],
          message:
            `${entry.where}: ${host} path "${path}" (${entry.pathType}) is already routed by Ingress ` +
            `${first.ingress.namespace}/${first.ingress.name} at ${where} (${first.entry.where})` +
            (ingressClass ? ` in ingress class "${ingressClass}"` : ''),
          hint:
            `Give one of the two a different host or path, merge the routes into one Ingress, or — for a canary with ` +
            `ingress-nginx — annotate only the canary Ingress with nginx.ingress.kubernetes.io/canary: "true".`,
        });
      }
    }
  },
};
