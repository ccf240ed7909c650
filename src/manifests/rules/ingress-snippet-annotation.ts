import type { Rule } from '../types.js';
import { NGINX_ANNOTATION_PREFIX } from './ingress-util.js';

// F5 NGINX Ingress Controller's snippet annotations (nginx.org/server-snippets, location-snippets).
const F5_NGINX_PREFIX = 'nginx.org/';

/**
 * Annotation values ingress-nginx's inspector treats as configuration injection (internal/ingress/
 * inspector/rules.go, CVE-2021-25745/25746), plus words of its suggested annotation-value-word-blocklist.
 */
const FORBIDDEN_VALUES: { pattern: RegExp; what: string }[] = [
  { pattern: /alias\s*[^]*;/, what: 'an nginx `alias` directive' },
  { pattern: /root\s*[^]*;/, what: 'an nginx `root` directive' },
  { pattern: /\/etc\/(passwd|shadow|group|nginx|ingress-controller)/, what: 'a path under /etc' },
  { pattern: /\/var\/run\/secrets/, what: 'the service-account token path /var/run/secrets' },
  { pattern: /_by_lua/, what: 'a `*_by_lua` directive (Lua code)' },
  { pattern: /serviceaccount/, what: '"serviceaccount"' },
  { pattern: /load_module|lua_package/, what: 'module or Lua package loading' },
];

function forbiddenContent(value: string): string | undefined {
  return FORBIDDEN_VALUES.find((f) => f.pattern.test(value))?.what;
}

export const rule: Rule = {
  meta: {
    id: 'ingress-snippet-annotation',
    severity: 'warning',
    kinds: ['Ingress'],
    description:
      'An ingress-nginx `*-snippet` annotation (raw nginx configuration), or an nginx annotation value that ingress-nginx treats as configuration injection (`_by_lua`, `alias`/`root` directives, `/etc/...`, `/var/run/secrets`, ...).',
    rationale:
      'Snippets let whoever can write an Ingress run arbitrary nginx configuration in the controller, which can read ' +
      'every Secret of the cluster (CVE-2021-25742, and the admission-webhook injection CVE-2025-1974). ingress-nginx ' +
      'disables snippet annotations by default since 1.9 and rejects Critical-risk annotations since 1.12, so on a ' +
      'default install the Ingress is refused or the snippet silently ignored.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    nginx.ingress.kubernetes.io/configuration-snippet: |
      more_set_headers "X-Frame-Options: DENY";
spec:
  ingressClassName: nginx
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    nginx.ingress.kubernetes.io/custom-headers: shop/web-headers
spec:
  ingressClassName: nginx
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`,
    },
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind('Ingress')) {
      for (const [key, value] of Object.entries(ingress.annotations)) {
        const nginx = key.startsWith(NGINX_ANNOTATION_PREFIX);
        const f5Snippet = key.startsWith(F5_NGINX_PREFIX) && key.endsWith('-snippets');
        if (!nginx && !f5Snippet) continue;
        const path = ['metadata', 'annotations', key];
        const content = forbiddenContent(value);
        if (f5Snippet) {
          report({
            resource: ingress,
            path,
            message: `annotation ${key} injects raw nginx configuration${content ? ` including ${content}` : ''}`,
            hint:
              'F5 NGINX Ingress Controller ignores snippets unless started with -enable-snippets; use its dedicated ' +
              'annotations or a VirtualServer/Policy resource instead, or suppress this rule for the Ingress if snippets are enabled on purpose.',
          });
          continue;
        }
        if (key.endsWith('-snippet')) {
          report({
            resource: ingress,
            path,
            message:
              `annotation ${key} injects raw nginx configuration${content ? ` including ${content}` : ''}; ` +
              'ingress-nginx refuses snippets unless the cluster enables allow-snippet-annotations and a Critical annotations-risk-level',
            hint:
              'Replace the snippet with a dedicated annotation (custom-headers, permanent-redirect, auth-url, ...) or a ' +
              'controller ConfigMap setting; if the cluster enables snippets on purpose, suppress this rule with the ' +
              'slo-gate.dev/ignore annotation.',
          });
          continue;
        }
        if (content) {
          report({
            resource: ingress,
            path,
            message: `annotation ${key} contains ${content}, which ingress-nginx treats as configuration injection`,
            hint: `Remove it from the value of ${key}; ingress-nginx's validation refuses or drops the Ingress's configuration.`,
          });
        }
      }
    }
  },
};
