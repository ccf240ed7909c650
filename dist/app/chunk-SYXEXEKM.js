// src/manifests/rules/schema-invalid.ts
var rule = {
  meta: {
    id: "schema-invalid",
    severity: "error",
    kinds: ["*"],
    description: "A built-in resource that does not match the Kubernetes API schema: a wrong type, a missing required field, a value outside its enum, an unknown (misspelt) field, or a removed apiVersion.",
    rationale: "The API server rejects the object, so the release fails half-applied; an unknown field is either rejected (kubectl --validate=strict, the default) or silently dropped, so `replica: 3` deploys one pod.",
    example: {
      bad: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replica: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0
          ports:
            - containerPort: "8080"
`,
      good: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0
          ports:
            - containerPort: 8080
`
    }
  }
};

export {
  rule
};
//# sourceMappingURL=chunk-SYXEXEKM.js.map
