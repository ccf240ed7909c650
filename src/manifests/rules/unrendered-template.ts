import type { Rule } from '../types.js';

/** Reported by the loader (src/manifests/load.ts); the document then produces no other finding. */
export const rule: Rule = {
  meta: {
    id: 'unrendered-template',
    severity: 'error',
    kinds: ['*'],
    description:
      'Helm or Go template syntax (`{{ .Values… }}`, `{{- include … }}`) left in a manifest that should be rendered.',
    rationale:
      'The file is a chart template, not a manifest: the API server rejects it or stores the braces literally ' +
      '(a Service named "{{ .Release.Name }}"). Judging it as a manifest would only give misleading findings.',
    example: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: {{ include "web.fullname" . }}
spec:
  ports:
    - port: {{ .Values.service.port }}
`,
      good: `# helm template my-release ./chart | slo-gate validate -
apiVersion: v1
kind: Service
metadata:
  name: my-release-web
spec:
  ports:
    - port: 80
`,
    },
  },
};
