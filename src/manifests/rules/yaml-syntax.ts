import type { Rule } from '../types.js';

/** Reported by the loader (src/manifests/load.ts) while reading the YAML stream: no check here. */
export const rule: Rule = {
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
    kinds: ['*'],
    description:
      'A document that is not valid YAML (or nests too deeply, or expands too many aliases) and cannot be read.',
    rationale:
      'kubectl and Argo CD refuse the whole file, so nothing in it is applied; other linters usually stop at the ' +
      'first bad document and say nothing about the rest. slo-gate reports the bad document and reads on.',
    example: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
   ports:
    - port: 80
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
`,
    },
  },
};
