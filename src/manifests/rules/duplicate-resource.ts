import type { Resource } from '../../model/index.js';
import type { Rule } from '../types.js';

/** The API group of an apiVersion ("apps/v1" -> "apps", "v1" -> ""): kinds are only unique per group. */
function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export const rule: Rule = {
  meta: {
    id: 'duplicate-resource',
    severity: 'error',
    kinds: ['*'],
    description: 'The same kind, namespace and name defined twice in the bundle.',
    rationale:
      'Only one of the two reaches the cluster — whichever is applied last — so half of what the bundle says ' +
      'is silently lost, and which half depends on file order.',
    example: {
      bad: `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 8080 }] }
`,
      good: `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80 }, { name: alt, port: 8080 }] }
`,
    },
  },
  check({ bundle, report }) {
    const first = new Map<string, Resource>();
    for (const resource of bundle.resources) {
      if (!resource.name) continue; // generateName: the API server makes the names unique
      const key = `${groupOf(resource.apiVersion)}\u0000${resource.kind}\u0000${resource.namespace}\u0000${resource.name}`;
      const original = first.get(key);
      if (!original) {
        first.set(key, resource);
        continue;
      }
      const where = `${original.file}:${original.line}`;
      report({
        resource,
        path: ['metadata', 'name'],
        message: `${resource.id} is defined twice; the first definition is at ${where}`,
        hint: `remove one of the two definitions (${where} or this one), or give this one another name`,
      });
    }
  },
};
