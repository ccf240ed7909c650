import type { Rule } from '../types.js';

/** Reported by the loader (src/manifests/load.ts) for a whole file: binary, not UTF-8, too large, unreadable. */
export const rule: Rule = {
  meta: {
    id: 'input-unreadable',
    severity: 'error',
    kinds: ['*'],
    description:
      'An input file that cannot be read as text: binary, not UTF-8, larger than the limit, or unreadable.',
    rationale:
      'Whatever that file was meant to deploy is not checked; a gate that skipped it silently would pass a ' +
      'release it never looked at.',
    example: {
      bad: `# manifests/ holds deploy.yaml saved as UTF-16 by an editor, or a .yaml that is really a zip archive
`,
      good: `# manifests/ holds deploy.yaml saved as UTF-8 text
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
`,
    },
  },
};
