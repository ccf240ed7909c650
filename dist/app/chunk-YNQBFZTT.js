// src/text/value.ts
function valueText(value) {
  if (typeof value === "string") return value;
  if (value === null || typeof value !== "object") return String(value);
  return JSON.stringify(value);
}

// src/k8s/labels.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringMap(value) {
  if (!isRecord(value)) return {};
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== null && v !== void 0) out[key] = valueText(v);
  }
  return out;
}
function asLabelSelector(value) {
  if (!isRecord(value)) return void 0;
  const selector = {};
  if (isRecord(value.matchLabels)) selector.matchLabels = stringMap(value.matchLabels);
  if (Array.isArray(value.matchExpressions)) {
    selector.matchExpressions = value.matchExpressions.filter(isRecord).map((e) => ({
      key: valueText(e.key ?? ""),
      operator: valueText(e.operator ?? ""),
      values: Array.isArray(e.values) ? e.values.map(valueText) : void 0
    }));
  }
  return selector;
}
function isEmptySelector(selector) {
  return Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}
function selectorMatches(selector, labels) {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  for (const requirement of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, requirement.key);
    const values = requirement.values ?? [];
    switch (requirement.operator) {
      case "In":
        if (!has || !values.includes(labels[requirement.key])) return false;
        break;
      case "NotIn":
        if (has && values.includes(labels[requirement.key])) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
function mapSelectorMatches(selector, labels) {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}
function describeSelector(selector) {
  const asSelector = "matchLabels" in selector || "matchExpressions" in selector ? selector : { matchLabels: selector };
  const parts = Object.entries(asSelector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of asSelector.matchExpressions ?? []) {
    if (e.operator === "Exists") parts.push(e.key);
    else if (e.operator === "DoesNotExist") parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator === "In" ? "in" : "notin"} (${(e.values ?? []).join(",")})`);
  }
  return parts.length > 0 ? parts.join(",") : "(everything)";
}

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

// src/manifests/rules/schema-invalid.ts
var rule2 = {
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
  valueText,
  isRecord,
  stringMap,
  asLabelSelector,
  isEmptySelector,
  selectorMatches,
  mapSelectorMatches,
  describeSelector,
  rule,
  rule2
};
//# sourceMappingURL=chunk-YNQBFZTT.js.map
