import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);

// src/manifests/rules/input-unreadable.ts
var rule = {
  meta: {
    id: "input-unreadable",
    severity: "error",
    kinds: ["*"],
    description: "An input file that cannot be read as text: binary, not UTF-8, larger than the limit, or unreadable.",
    rationale: "Whatever that file was meant to deploy is not checked; a gate that skipped it silently would pass a release it never looked at.",
    example: {
      bad: `# manifests/ holds deploy.yaml saved as UTF-16 by an editor, or a .yaml that is really a zip archive
`,
      good: `# manifests/ holds deploy.yaml saved as UTF-8 text
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
`
    }
  }
};

// src/manifests/rules/unrendered-template.ts
var rule2 = {
  meta: {
    id: "unrendered-template",
    severity: "error",
    kinds: ["*"],
    description: "Helm or Go template syntax (`{{ .Values\u2026 }}`, `{{- include \u2026 }}`) left in a manifest that should be rendered.",
    rationale: 'The file is a chart template, not a manifest: the API server rejects it or stores the braces literally (a Service named "{{ .Release.Name }}"). Judging it as a manifest would only give misleading findings.',
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
`
    }
  }
};

// src/manifests/rules/yaml-syntax.ts
var rule3 = {
  meta: {
    id: "yaml-syntax",
    severity: "error",
    kinds: ["*"],
    description: "A document that is not valid YAML (or nests too deeply, or expands too many aliases) and cannot be read.",
    rationale: "kubectl and Argo CD refuse the whole file, so nothing in it is applied; other linters usually stop at the first bad document and say nothing about the rest. slo-gate reports the bad document and reads on.",
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
`
    }
  }
};

export {
  rule,
  rule2,
  rule3
};
