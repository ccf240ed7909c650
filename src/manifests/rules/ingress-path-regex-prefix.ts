import type { Rule } from '../types.js';
import { ingressPaths, NGINX_ANNOTATION_PREFIX } from './ingress-util.js';

// Regular-expression syntax that has no business in a literal URL path. '.' is left out: it is
// common in literal paths (/robots.txt) and harmless when matched literally.
const REGEX_CHARACTERS = /[\^$()[\]{}|*+?\\]/g;

/** The literal prefix before the first regex character, trimmed to a path ('/tf(/|$)(.*)' -> '/tf'). */
function literalPrefix(path: string): string {
  const first = path.search(/[\^$()[\]{}|*+?\\]/);
  const head = first < 0 ? path : path.slice(0, first);
  return head.replace(/\/+$/, '') || '/';
}

export const rule: Rule = {
  meta: {
    id: 'ingress-path-regex-prefix',
    severity: 'warning',
    kinds: ['Ingress'],
    description:
      'An Exact or Prefix Ingress path contains regular-expression syntax such as `(`, `|`, `$` or `*`.',
    rationale:
      'Exact and Prefix paths are literal. ingress-nginx with strict path validation (the default since ' +
      'controller 1.12) rejects such an Ingress at admission; other controllers (GKE, AWS, Traefik, Contour, ' +
      'Istio, ...) match the characters literally, so the route never matches a real request path.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  annotations: { nginx.ingress.kubernetes.io/rewrite-target: /$2 }
spec:
  ingressClassName: nginx
  rules:
    - http:
        paths:
          - { path: /api(/|$)(.*), pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  annotations:
    nginx.ingress.kubernetes.io/use-regex: "true"
    nginx.ingress.kubernetes.io/rewrite-target: /$2
spec:
  ingressClassName: nginx
  rules:
    - http:
        paths:
          - { path: /api(/|$)(.*), pathType: ImplementationSpecific, backend: { service: { name: api, port: { number: 80 } } } }
`,
    },
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind('Ingress')) {
      for (const entry of ingressPaths(ingress)) {
        if (entry.pathType !== 'Exact' && entry.pathType !== 'Prefix') continue;
        if (entry.path === undefined) continue;
        const found = [...new Set(entry.path.match(REGEX_CHARACTERS) ?? [])];
        if (found.length === 0) continue;
        const rewrites = ingress.annotations[`${NGINX_ANNOTATION_PREFIX}rewrite-target`] !== undefined;
        const prefix = literalPrefix(entry.path);
        report({
          resource: ingress,
          path: [...entry.at, 'path'],
          message:
            `${entry.where} path "${entry.path}" has pathType ${entry.pathType} but contains regular-expression ` +
            `syntax (${found.map((c) => `'${c}'`).join(' ')}); ingress-nginx's strict path validation rejects it and ` +
            'other controllers match it literally',
          hint:
            `If it is meant as a regular expression${rewrites ? ' (the rewrite-target annotation uses its groups)' : ''}, ` +
            `set ${entry.where}.pathType to ImplementationSpecific and annotate the Ingress with ` +
            `${NGINX_ANNOTATION_PREFIX}use-regex: "true"; otherwise write the plain prefix "${prefix}" with pathType Prefix.`,
        });
      }
    }
  },
};
