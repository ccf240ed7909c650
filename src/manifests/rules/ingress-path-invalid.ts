import { valueText } from '../../text/value.js';
import type { Rule } from '../types.js';
import { ingressPaths } from './ingress-util.js';

const PATH_TYPES = ['Exact', 'Prefix', 'ImplementationSpecific'];
// The API server's invalidPathSequences and invalidPathSuffixes for Exact and Prefix paths.
const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];

/** The API server's objections to a path of this type, in its order; [] when it accepts it. */
export function pathProblems(path: string | undefined, pathType: string): string[] {
  const value = path ?? '';
  if (pathType === 'ImplementationSpecific') {
    return value !== '' && !value.startsWith('/') ? ["must be an absolute path (start with '/')"] : [];
  }
  const problems: string[] = [];
  if (!value.startsWith('/'))
    problems.push(
      value === '' ? 'is required for this pathType' : "must be an absolute path (start with '/')",
    );
  for (const sequence of INVALID_SEQUENCES)
    if (value.includes(sequence)) problems.push(`must not contain '${sequence}'`);
  for (const suffix of INVALID_SUFFIXES)
    if (value.endsWith(suffix)) problems.push(`cannot end with '${suffix}'`);
  return problems;
}

export const rule: Rule = {
  meta: {
    id: 'ingress-path-invalid',
    severity: 'error',
    kinds: ['Ingress'],
    description:
      "An Ingress path the API server rejects: no pathType, an unknown pathType, or an Exact/Prefix path that is not absolute or contains '//', '/./', '/../', '%2f', or ends with '/.' or '/..'.",
    rationale:
      'networking.k8s.io/v1 requires pathType on every path and validates Exact and Prefix paths; the API server ' +
      'refuses the whole Ingress, so `kubectl apply` (and the release) fails. ImplementationSpecific paths only ' +
      "need to start with '/'.",
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules:
    - http:
        paths:
          - { path: api/v1/, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules:
    - http:
        paths:
          - { path: /api/v1/, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
    },
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind('Ingress')) {
      for (const entry of ingressPaths(ingress)) {
        const shown = entry.path === undefined ? '(none)' : JSON.stringify(entry.path);
        if (entry.pathType === undefined || entry.pathType === null || entry.pathType === '') {
          report({
            resource: ingress,
            path: entry.at,
            message: `${entry.where} (path ${shown}) has no pathType; networking.k8s.io/v1 requires one`,
            hint:
              `Add pathType to ${entry.where}: Prefix for a path prefix, Exact for one URL, or ImplementationSpecific ` +
              'for controller-specific syntax (e.g. regular expressions with ingress-nginx).',
          });
          continue;
        }
        if (typeof entry.pathType !== 'string' || !PATH_TYPES.includes(entry.pathType)) {
          const written = valueText(entry.pathType);
          const caseFix = PATH_TYPES.find((t) => t.toLowerCase() === written.toLowerCase());
          report({
            resource: ingress,
            path: [...entry.at, 'pathType'],
            message: `${entry.where} has pathType "${written}"; the API server accepts only ${PATH_TYPES.join(', ')}`,
            hint: caseFix
              ? `Write pathType: ${caseFix} (the value is case-sensitive).`
              : `Set ${entry.where}.pathType to Prefix, Exact or ImplementationSpecific.`,
          });
          continue;
        }
        const problems = pathProblems(entry.path, entry.pathType);
        if (problems.length === 0) continue;
        report({
          resource: ingress,
          path: entry.path === undefined ? entry.at : [...entry.at, 'path'],
          message: `${entry.where} path ${shown} (pathType ${entry.pathType}) ${problems.join(', ')}; the API server rejects the Ingress`,
          hint:
            entry.pathType === 'ImplementationSpecific'
              ? `Start the path with '/' in ${entry.where}.path.`
              : `Write a normalised absolute path in ${entry.where}.path (e.g. "/api/"): no empty, '.' or '..' segments ` +
                "and no encoded '/'. For controller-specific syntax use pathType: ImplementationSpecific.",
        });
      }
    }
  },
};
