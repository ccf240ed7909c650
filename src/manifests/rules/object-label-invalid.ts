import { labelKeyProblem, labelValueProblem } from '../../k8s/names.js';
import { isRecord } from '../../k8s/labels.js';
import type { Path, Resource } from '../../model/index.js';
import { podTemplateOf } from '../bundle.js';
import type { Rule } from '../types.js';

/** The label maps of a resource: its own, and its pod template's (they become the pods'). */
function labelMaps(resource: Resource): { labels: Record<string, unknown>; at: Path }[] {
  const maps: { labels: Record<string, unknown>; at: Path }[] = [];
  const metadata = resource.object.metadata;
  if (isRecord(metadata) && isRecord(metadata.labels))
    maps.push({ labels: metadata.labels, at: ['metadata', 'labels'] });
  const template = resource.kind === 'Pod' ? undefined : podTemplateOf(resource);
  if (template) {
    const templatePath = template.specPath.slice(0, -1);
    let node: unknown = resource.object;
    for (const key of templatePath) node = isRecord(node) ? node[key as string] : undefined;
    const templateMetadata = isRecord(node) ? node.metadata : undefined;
    if (isRecord(templateMetadata) && isRecord(templateMetadata.labels))
      maps.push({ labels: templateMetadata.labels, at: [...templatePath, 'metadata', 'labels'] });
  }
  return maps;
}

const dotted = (path: Path) => path.join('.');

export const rule: Rule = {
  meta: {
    id: 'object-label-invalid',
    severity: 'error',
    kinds: ['*'],
    description:
      "A label key or value (the object's or its pod template's) that is not in Kubernetes' label syntax.",
    rationale:
      'The API server rejects the whole object (`kubectl apply` fails): a key is an optional lower-case DNS ' +
      "prefix and '/', then a name of at most 63 characters; a value is empty or at most 63 characters, " +
      "both alphanumerics, '-', '_' and '.', starting and ending with an alphanumeric.",
    example: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: web
  labels:
    app: web shop
    Example.com/team: checkout
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: web
  labels:
    app: web-shop
    example.com/team: checkout
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
`,
    },
  },
  check({ bundle, report }) {
    for (const resource of bundle.resources) {
      for (const { labels, at } of labelMaps(resource)) {
        for (const [key, value] of Object.entries(labels)) {
          const keyProblem = labelKeyProblem(key);
          if (keyProblem)
            report({
              resource,
              path: [...at, key],
              message: `${dotted(at)} key "${key}" ${keyProblem}`,
              hint: `Rename the label: e.g. "app" or "example.com/team" (a lower-case DNS prefix, '/', and a name of letters, digits, '-', '_' or '.').`,
            });
          // Non-string values are the schema check's (a YAML number or boolean needs quotes).
          if (typeof value !== 'string') continue;
          const valueProblem = labelValueProblem(value);
          if (valueProblem)
            report({
              resource,
              path: [...at, key],
              message: `${dotted(at)}.${key} value "${value}" ${valueProblem}`,
              hint: `Write the value with letters, digits, '-', '_' or '.' only, at most 63 characters, e.g. "${value
                .replace(/[^A-Za-z0-9_.-]+/g, '-')
                .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')
                .slice(0, 63)}"; put longer text in an annotation.`,
            });
        }
      }
    }
  },
};
