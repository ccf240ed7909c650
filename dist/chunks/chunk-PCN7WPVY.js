import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);

// src/manifests/rules/resource-skipped.ts
var rule = {
  meta: {
    id: "resource-skipped",
    severity: "info",
    kinds: ["*"],
    description: "A document that is not a Kubernetes object (no apiVersion/kind), or a kind without a built-in schema (a custom resource), so it is not validated against a schema.",
    rationale: "Said so that a clean report is not mistaken for a checked one: values files, kustomization.yaml and custom resources pass through without schema validation.",
    example: {
      bad: `replicaCount: 3
image:
  repository: registry.example.com/web
`,
      good: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: registry.example.com/web:1.0 }] }
`
    }
  }
};

export {
  rule
};
