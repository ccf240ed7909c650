import {
  asLabelSelector,
  describeSelector,
  isEmptySelector,
  isRecord,
  mapSelectorMatches,
  rule,
  rule2,
  selectorMatches,
  stringMap,
  valueText
} from "./chunk-YNQBFZTT.js";

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

// src/manifests/rules/unrendered-template.ts
var rule4 = {
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

// src/manifests/rules/input-unreadable.ts
var rule5 = {
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

// src/manifests/rules/duplicate-resource.ts
function groupOf(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
var rule6 = {
  meta: {
    id: "duplicate-resource",
    severity: "error",
    kinds: ["*"],
    description: "The same kind, namespace and name defined twice in the bundle.",
    rationale: "Only one of the two reaches the cluster \u2014 whichever is applied last \u2014 so half of what the bundle says is silently lost, and which half depends on file order.",
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
`
    }
  },
  check({ bundle, report }) {
    const first = /* @__PURE__ */ new Map();
    for (const resource of bundle.resources) {
      if (!resource.name) continue;
      const key2 = `${groupOf(resource.apiVersion)}\0${resource.kind}\0${resource.namespace}\0${resource.name}`;
      const original = first.get(key2);
      if (!original) {
        first.set(key2, resource);
        continue;
      }
      const where = `${original.file}:${original.line}`;
      report({
        resource,
        path: ["metadata", "name"],
        message: `${resource.id} is defined twice; the first definition is at ${where}`,
        hint: `remove one of the two definitions (${where} or this one), or give this one another name`
      });
    }
  }
};

// src/k8s/names.ts
var DNS1123_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);
var DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL}$`);
var WILDCARD_SUBDOMAIN_RE = new RegExp(`^\\*\\.${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);
var DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
var DNS1123_LABEL_MAX_LENGTH = 63;
function isDns1123Subdomain(value) {
  return value.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && DNS1123_SUBDOMAIN_RE.test(value);
}
function isDns1123Label(value) {
  return value.length <= DNS1123_LABEL_MAX_LENGTH && DNS1123_LABEL_RE.test(value);
}
function isWildcardDns1123Subdomain(value) {
  return value.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && WILDCARD_SUBDOMAIN_RE.test(value);
}
function isIPv4(value) {
  const fields = value.split(".");
  return fields.length === 4 && fields.every((field) => /^[0-9]+$/.test(field) && Number(field) <= 255);
}
function isIPv6(value) {
  if (!value.includes(":") || value.includes("%")) return false;
  let text = value;
  const groupsNeeded = 8;
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    if (!isIPv4(tail)) return false;
    text = text.slice(0, lastColon + 1) + "0:0";
  }
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const groupsOf = (part) => part === "" ? [] : part.split(":");
  const head = groupsOf(halves[0]);
  const rest = halves.length === 2 ? groupsOf(halves[1]) : [];
  const groups = [...head, ...rest];
  if (!groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return false;
  return halves.length === 2 ? groups.length < groupsNeeded : groups.length === groupsNeeded;
}
function isIP(value) {
  return isIPv4(value) || isIPv6(value);
}
function ingressHostProblem(host) {
  if (isIP(host)) return "is an IP address; Ingress hosts must be DNS names";
  return dnsNameProblem(host, { allowWildcard: true });
}
function dnsNameProblem(value, options = {}) {
  const wildcard = value.includes("*");
  if (wildcard && options.allowWildcard) {
    if (isWildcardDns1123Subdomain(value)) return void 0;
  } else if (isDns1123Subdomain(value)) {
    return void 0;
  }
  if (value === "") return "is empty";
  if (value.length > DNS1123_SUBDOMAIN_MAX_LENGTH) {
    return `is ${value.length} characters long; the limit is ${DNS1123_SUBDOMAIN_MAX_LENGTH}`;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return "contains a URL scheme; write the host name alone";
  if (value.includes("/")) return "contains '/'; a host has no path";
  if (/:[0-9]+$/.test(value)) return "contains a port; a host has no port";
  if (wildcard) {
    if (!options.allowWildcard) return "contains '*', which is not allowed here";
    return "has a '*' that is not the whole first label (only '*.example.com' is allowed)";
  }
  if (/[A-Z]/.test(value)) return `contains upper-case letters; use "${value.toLowerCase()}"`;
  const bad = /[^a-z0-9.-]/.exec(value);
  if (bad) return `contains '${bad[0]}'; only lower-case letters, digits, '-' and '.' are allowed`;
  if (value.split(".").some((label) => label === ""))
    return "has an empty label ('..', or a leading or trailing '.')";
  return "has a label that starts or ends with '-'";
}
function hostMatches(pattern, host) {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  if (p === h) return true;
  if (!p.startsWith("*.")) return false;
  const firstDot = h.indexOf(".");
  return firstDot > 0 && h.slice(firstDot) === p.slice(1) && !h.slice(0, firstDot).includes("*");
}
var QUALIFIED_NAME_RE = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var QUALIFIED_NAME_MAX_LENGTH = 63;
var LABEL_VALUE_MAX_LENGTH = 63;
var NAME_SHAPE = "alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
function labelKeyProblem(key2) {
  const parts = key2.split("/");
  if (parts.length > 2) return "has more than one '/' (a key is an optional prefix, '/', and a name)";
  const name = parts.length === 2 ? parts[1] : parts[0];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === "") return "has an empty prefix before '/'";
    if (!isDns1123Subdomain(prefix))
      return `has a prefix "${prefix}" that is not a lower-case DNS subdomain (at most ${DNS1123_SUBDOMAIN_MAX_LENGTH} characters)`;
  }
  if (name === "") return "has an empty name";
  if (name.length > QUALIFIED_NAME_MAX_LENGTH)
    return `has a name of ${name.length} characters (at most ${QUALIFIED_NAME_MAX_LENGTH})`;
  if (!QUALIFIED_NAME_RE.test(name)) return `has a name "${name}" that is not ${NAME_SHAPE}`;
  return void 0;
}
function labelValueProblem(value) {
  if (value === "") return void 0;
  if (value.length > LABEL_VALUE_MAX_LENGTH)
    return `is ${value.length} characters long (at most ${LABEL_VALUE_MAX_LENGTH})`;
  if (!QUALIFIED_NAME_RE.test(value)) return `is not ${NAME_SHAPE} (or empty)`;
  return void 0;
}

// src/manifests/bundle.ts
var POD_SPEC_PATHS = {
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"]
};
function valueAt(object, path) {
  let node = object;
  for (const key2 of path) {
    if (Array.isArray(node) && typeof key2 === "number") node = node[key2];
    else if (isRecord(node) && typeof key2 === "string") node = node[key2];
    else return void 0;
  }
  return node;
}
function podTemplateOf(resource) {
  if (resource.kind === "Pod") {
    const spec3 = resource.object.spec;
    if (!isRecord(spec3)) return void 0;
    return {
      workload: resource,
      namespace: resource.namespace,
      labels: resource.labels,
      spec: spec3,
      specPath: ["spec"]
    };
  }
  const templatePath = POD_SPEC_PATHS[resource.kind];
  if (!templatePath) return void 0;
  const template = valueAt(resource.object, templatePath);
  if (!isRecord(template)) return void 0;
  const spec2 = template.spec;
  if (!isRecord(spec2)) return void 0;
  const metadata = isRecord(template.metadata) ? template.metadata : {};
  return {
    workload: resource,
    namespace: resource.namespace,
    labels: stringMap(metadata.labels),
    spec: spec2,
    specPath: [...templatePath, "spec"]
  };
}
var key = (...parts) => parts.join("\0");
function createBundle(resources, defaultNamespace) {
  const byName = /* @__PURE__ */ new Map();
  const byKind = /* @__PURE__ */ new Map();
  const byKindNamespace = /* @__PURE__ */ new Map();
  const templatesByNamespace = /* @__PURE__ */ new Map();
  const templatesByLabel = /* @__PURE__ */ new Map();
  const namespaces = /* @__PURE__ */ new Set();
  const push = (map, k, v) => {
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  };
  for (const resource of resources) {
    const nameKey = key(resource.kind, resource.namespace, resource.name);
    if (!byName.has(nameKey)) byName.set(nameKey, resource);
    push(byKind, resource.kind, resource);
    push(byKindNamespace, key(resource.kind, resource.namespace), resource);
    if (resource.namespace) namespaces.add(resource.namespace);
    if (resource.kind === "Namespace") namespaces.add(resource.name);
    const template = podTemplateOf(resource);
    if (template) {
      push(templatesByNamespace, template.namespace, template);
      let labelIndex = templatesByLabel.get(template.namespace);
      if (!labelIndex)
        templatesByLabel.set(template.namespace, labelIndex = /* @__PURE__ */ new Map());
      for (const [label, value] of Object.entries(template.labels))
        push(labelIndex, key(label, value), template);
    }
  }
  const none = [];
  return {
    resources,
    defaultNamespace,
    get: (kind, namespace, name) => byName.get(key(kind, namespace, name)),
    ofKind: (kind) => byKind.get(kind) ?? none,
    inNamespace: (kind, namespace) => byKindNamespace.get(key(kind, namespace)) ?? none,
    namespaces: () => namespaces,
    podTemplates: (namespace) => templatesByNamespace.get(namespace) ?? none,
    podTemplatesMatching(namespace, selector) {
      let candidates = templatesByNamespace.get(namespace) ?? none;
      const labelIndex = templatesByLabel.get(namespace);
      for (const [label, value] of Object.entries(selector.matchLabels ?? {})) {
        const list = labelIndex?.get(key(label, value)) ?? none;
        if (list.length < candidates.length) candidates = list;
      }
      return candidates.filter((t) => selectorMatches(selector, t.labels));
    }
  };
}

// src/manifests/rules/object-label-invalid.ts
function labelMaps(resource) {
  const maps = [];
  const metadata = resource.object.metadata;
  if (isRecord(metadata) && isRecord(metadata.labels))
    maps.push({ labels: metadata.labels, at: ["metadata", "labels"] });
  const template = resource.kind === "Pod" ? void 0 : podTemplateOf(resource);
  if (template) {
    const templatePath = template.specPath.slice(0, -1);
    let node = resource.object;
    for (const key2 of templatePath) node = isRecord(node) ? node[key2] : void 0;
    const templateMetadata = isRecord(node) ? node.metadata : void 0;
    if (isRecord(templateMetadata) && isRecord(templateMetadata.labels))
      maps.push({ labels: templateMetadata.labels, at: [...templatePath, "metadata", "labels"] });
  }
  return maps;
}
var dotted = (path) => path.join(".");
var rule7 = {
  meta: {
    id: "object-label-invalid",
    severity: "error",
    kinds: ["*"],
    description: "A label key or value (the object's or its pod template's) that is not in Kubernetes' label syntax.",
    rationale: "The API server rejects the whole object (`kubectl apply` fails): a key is an optional lower-case DNS prefix and '/', then a name of at most 63 characters; a value is empty or at most 63 characters, both alphanumerics, '-', '_' and '.', starting and ending with an alphanumeric.",
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
`
    }
  },
  check({ bundle, report }) {
    for (const resource of bundle.resources) {
      for (const { labels, at } of labelMaps(resource)) {
        for (const [key2, value] of Object.entries(labels)) {
          const keyProblem = labelKeyProblem(key2);
          if (keyProblem)
            report({
              resource,
              path: [...at, key2],
              message: `${dotted(at)} key "${key2}" ${keyProblem}`,
              hint: `Rename the label: e.g. "app" or "example.com/team" (a lower-case DNS prefix, '/', and a name of letters, digits, '-', '_' or '.').`
            });
          if (typeof value !== "string") continue;
          const valueProblem = labelValueProblem(value);
          if (valueProblem)
            report({
              resource,
              path: [...at, key2],
              message: `${dotted(at)}.${key2} value "${value}" ${valueProblem}`,
              hint: `Write the value with letters, digits, '-', '_' or '.' only, at most 63 characters, e.g. "${value.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "").slice(0, 63)}"; put longer text in an annotation.`
            });
        }
      }
    }
  }
};

// src/manifests/rules/workload-selector-mismatch.ts
var KINDS = ["Deployment", "DaemonSet", "ReplicaSet"];
function firstMismatch(selector, labels) {
  for (const [key2, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key2] === value) continue;
    const has = Object.hasOwn(labels, key2);
    return {
      path: ["spec", "selector", "matchLabels", key2],
      what: has ? `selector ${key2}=${value} but the template has ${key2}=${labels[key2]}` : `selector ${key2}=${value} but the template has no label ${key2}`
    };
  }
  const expressions = selector.matchExpressions ?? [];
  for (let i = 0; i < expressions.length; i++) {
    const one = { matchExpressions: [expressions[i]] };
    if (!selectorMatches(one, labels)) {
      return {
        path: ["spec", "selector", "matchExpressions", i],
        what: `selector expression "${describeSelector(one)}" does not hold for the template labels`
      };
    }
  }
  return void 0;
}
function describeLabels(labels) {
  const entries = Object.entries(labels);
  return entries.length === 0 ? "(none)" : entries.map(([k, v]) => `${k}=${v}`).join(",");
}
function templateLabels(workload) {
  const spec2 = isRecord(workload.object.spec) ? workload.object.spec : void 0;
  if (!spec2 || !isRecord(spec2.template)) return void 0;
  const metadata = isRecord(spec2.template.metadata) ? spec2.template.metadata : {};
  return stringMap(metadata.labels);
}
var rule8 = {
  meta: {
    id: "workload-selector-mismatch",
    severity: "error",
    kinds: ["Deployment", "DaemonSet", "ReplicaSet", "ReplicationController"],
    description: "A Deployment, DaemonSet, ReplicaSet or ReplicationController whose selector does not match its own pod template's labels, or is empty (StatefulSets: see sts-selector-mismatch).",
    rationale: 'The API server rejects the workload ("selector does not match template labels", or "empty selector is invalid"), so the release fails at apply time. The selector is immutable afterwards: fixing it later means deleting and recreating the workload.',
    example: {
      bad: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web-server } }
    spec: { containers: [{ name: web, image: nginx:1.27 }] }
`,
      good: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: nginx:1.27 }] }
`
    }
  },
  check({ bundle, report }) {
    for (const kind of KINDS) {
      for (const workload of bundle.ofKind(kind)) {
        const labels = templateLabels(workload);
        if (!labels) continue;
        const spec2 = workload.object.spec;
        const selector = asLabelSelector(spec2.selector);
        if (!selector) continue;
        if (isEmptySelector(selector)) {
          report({
            resource: workload,
            path: ["spec", "selector"],
            message: `${kind} ${workload.name} has an empty spec.selector; the API server rejects it (it would select every pod of the namespace)`,
            hint: `Set spec.selector.matchLabels to labels of spec.template.metadata.labels (${describeLabels(labels)}).`
          });
          continue;
        }
        if (selectorMatches(selector, labels)) continue;
        const mismatch = firstMismatch(selector, labels);
        report({
          resource: workload,
          path: mismatch?.path ?? ["spec", "selector"],
          message: `${kind} ${workload.name}: spec.selector (${describeSelector(selector)}) does not match its pod template labels (${describeLabels(labels)})${mismatch ? `: ${mismatch.what}` : ""}; the API server rejects it`,
          hint: "Make spec.template.metadata.labels carry every label of spec.selector (the selector cannot be changed after creation, so fix the template labels when the workload already exists)."
        });
      }
    }
    for (const controller of bundle.ofKind("ReplicationController")) {
      const labels = templateLabels(controller);
      if (!labels) continue;
      const spec2 = controller.object.spec;
      const selector = stringMap(spec2.selector);
      if (Object.keys(selector).length === 0 || mapSelectorMatches(selector, labels)) continue;
      const key2 = Object.keys(selector).find((k) => labels[k] !== selector[k]);
      report({
        resource: controller,
        path: ["spec", "selector", key2],
        message: `ReplicationController ${controller.name}: spec.selector (${describeLabels(selector)}) does not match its pod template labels (${describeLabels(labels)}); the API server rejects it`,
        hint: `Make spec.template.metadata.labels carry ${key2}=${selector[key2]}, or remove spec.selector to default it to the template labels.`
      });
    }
  }
};

// src/manifests/rules/service-util.ts
var NON_POD_GROUPS = [
  "cert-manager.io",
  "acme.cert-manager.io",
  "monitoring.coreos.com",
  "networking.istio.io",
  "security.istio.io",
  "telemetry.istio.io",
  "external-secrets.io",
  "bitnami.com",
  "traefik.io",
  "traefik.containo.us",
  "policy.linkerd.io",
  "cilium.io",
  "projectcontour.io",
  "getambassador.io",
  "keda.sh",
  "autoscaling.k8s.io"
];
function apiGroup(resource) {
  const slash = resource.apiVersion.indexOf("/");
  return slash < 0 ? "" : resource.apiVersion.slice(0, slash);
}
function mayCreatePods(resource) {
  const group = apiGroup(resource);
  if (!group.includes(".") || group.endsWith(".k8s.io") || group === "k8s.io") return false;
  return !NON_POD_GROUPS.includes(group);
}
function podCreatingCustomResources(bundle) {
  const byNamespace = /* @__PURE__ */ new Map();
  for (const resource of bundle.resources) {
    if (!resource.namespace || !mayCreatePods(resource)) continue;
    const list = byNamespace.get(resource.namespace);
    if (list) list.push(resource);
    else byNamespace.set(resource.namespace, [resource]);
  }
  return byNamespace;
}
function customTemplateLabels(resource) {
  const spec2 = resource.object.spec;
  if (!isRecord(spec2) || !isRecord(spec2.template) || !isRecord(spec2.template.metadata)) return void 0;
  return stringMap(spec2.template.metadata.labels);
}
function nearestTemplate(bundle, namespace, selector) {
  const shared = /* @__PURE__ */ new Map();
  for (const [key2, value] of Object.entries(selector)) {
    for (const template of bundle.podTemplatesMatching(namespace, { matchLabels: { [key2]: value } })) {
      shared.set(template, (shared.get(template) ?? 0) + 1);
    }
  }
  let best;
  for (const [template, count] of shared) if (!best || count > shared.get(best)) best = template;
  if (!best) return void 0;
  const labels = best.labels;
  return { template: best, missing: Object.entries(selector).filter(([k, v]) => labels[k] !== v) };
}
function selectedTemplates(bundle, namespace, selector) {
  if (Object.keys(selector).length === 0) return [];
  return bundle.podTemplatesMatching(namespace, { matchLabels: selector });
}
function selectedCustomWorkloads(customByNamespace, namespace, selector) {
  return (customByNamespace.get(namespace) ?? []).filter((r) => {
    const labels = customTemplateLabels(r);
    return labels !== void 0 && mapSelectorMatches(selector, labels);
  });
}
function serviceSelector(service) {
  const spec2 = service.object.spec;
  if (!isRecord(spec2) || spec2.type === "ExternalName") return void 0;
  const selector = stringMap(spec2.selector);
  return Object.keys(selector).length > 0 ? selector : void 0;
}

// src/manifests/rules/service-selects-no-pods.ts
var rule9 = {
  meta: {
    id: "service-selects-no-pods",
    severity: "error",
    kinds: ["Service"],
    description: "A Service's selector matches no pod template (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod, ...) in its namespace.",
    rationale: "A Service that selects no pods has no endpoints: connections to it are refused or time out, and an Ingress in front of it answers 503. Usually a label typo or a label changed on one side only. Services without a selector (endpoints managed by hand) and ExternalName Services are not checked.",
    example: {
      bad: `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80, targetPort: 8080 }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web-server } }
  template:
    metadata: { labels: { app: web-server } }
    spec: { containers: [{ name: web, image: nginx:1.27, ports: [{ containerPort: 8080 }] }] }
`,
      good: `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web-server }, ports: [{ port: 80, targetPort: 8080 }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web-server } }
  template:
    metadata: { labels: { app: web-server } }
    spec: { containers: [{ name: web, image: nginx:1.27, ports: [{ containerPort: 8080 }] }] }
`
    }
  },
  check({ bundle, options, report }) {
    let custom;
    for (const service of bundle.ofKind("Service")) {
      const selector = serviceSelector(service);
      if (!selector) continue;
      const namespace = service.namespace;
      if (selectedTemplates(bundle, namespace, selector).length > 0) continue;
      custom ??= podCreatingCustomResources(bundle);
      if (selectedCustomWorkloads(custom, namespace, selector).length > 0) continue;
      const described = describeSelector(selector);
      const operators = custom.get(namespace) ?? [];
      const noWorkloads = bundle.podTemplates(namespace).length === 0;
      if ((operators.length > 0 || noWorkloads) && !options.strictReferences) {
        const creators = operators.slice(0, 3).map((r) => `${r.kind}/${r.name}`);
        report({
          resource: service,
          path: ["spec", "selector"],
          message: `Service ${service.name} selects ${described}, which no pod template of namespace "${namespace}" in the bundle carries`,
          hint: operators.length > 0 ? `The pods may be created by an operator from ${creators.join(", ")}${operators.length > 3 ? ", ..." : ""}; if not, fix spec.selector to the labels of the pods (--strict-references makes this an error).` : `The bundle has no workload in namespace "${namespace}"; the pods may be deployed from outside the bundle. If not, add the workload or fix spec.selector (--strict-references makes this an error).`,
          severity: "warning"
        });
        continue;
      }
      const nearest = nearestTemplate(bundle, namespace, selector);
      const firstMissing = nearest?.missing[0];
      const workload = nearest?.template.workload;
      report({
        resource: service,
        path: firstMissing ? ["spec", "selector", firstMissing[0]] : ["spec", "selector"],
        message: `Service ${service.name} selects ${described}, which no pod template of namespace "${namespace}" carries: it has no endpoints`,
        hint: nearest && workload && firstMissing ? `Closest: ${workload.kind} ${workload.name} (${workload.file}:${workload.line}) has ` + (Object.hasOwn(nearest.template.labels, firstMissing[0]) ? `${firstMissing[0]}=${nearest.template.labels[firstMissing[0]]}` : `no label ${firstMissing[0]}`) + `; make spec.selector and that pod template's labels agree.` : `Set spec.selector to the labels of the pods this Service fronts (spec.template.metadata.labels of their workload in namespace "${namespace}").`
      });
    }
  }
};

// src/k8s/ports.ts
var DEFAULT_PROTOCOL = "TCP";
function asPortNumber(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 65535 ? value : void 0;
}
function asIntOrString(value) {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && value !== "") return value;
  return void 0;
}
function isValidPortName(name) {
  return name.length >= 1 && name.length <= 15 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name) && !name.includes("--") && /[a-z]/.test(name);
}
function protocolOf(value) {
  return typeof value === "string" && value !== "" ? value : DEFAULT_PROTOCOL;
}
function declaredContainerPorts(podSpec) {
  const out = [];
  const collect = (field) => {
    const list = podSpec[field];
    if (!Array.isArray(list)) return;
    list.forEach((container, containerIndex) => {
      if (!isRecord(container)) return;
      if (field === "initContainers" && container.restartPolicy !== "Always") return;
      if (!Array.isArray(container.ports)) return;
      container.ports.forEach((port, portIndex) => {
        if (!isRecord(port)) return;
        const containerPort = asPortNumber(port.containerPort);
        if (containerPort === void 0) return;
        out.push({
          container: typeof container.name === "string" ? container.name : `#${containerIndex}`,
          name: typeof port.name === "string" && port.name !== "" ? port.name : void 0,
          containerPort,
          protocol: protocolOf(port.protocol),
          path: [field, containerIndex, "ports", portIndex]
        });
      });
    });
  };
  collect("containers");
  collect("initContainers");
  return out;
}
function findNamedContainerPort(podSpec, name, protocol = DEFAULT_PROTOCOL) {
  return declaredContainerPorts(podSpec).find((p) => p.name === name && p.protocol === protocol);
}
function resolveTargetPort(podSpec, targetPort, protocol = DEFAULT_PROTOCOL) {
  if (typeof targetPort === "string") {
    const found = findNamedContainerPort(podSpec, targetPort, protocol);
    return found ? { kind: "resolved", port: found.containerPort, declared: true } : { kind: "unresolved-name" };
  }
  const declared = declaredContainerPorts(podSpec);
  if (declared.some((p) => p.containerPort === targetPort && p.protocol === protocol)) {
    return { kind: "resolved", port: targetPort, declared: true };
  }
  return declared.length > 0 ? { kind: "undeclared-number" } : { kind: "resolved", port: targetPort, declared: false };
}
function servicePorts(service) {
  const spec2 = service.spec;
  if (!isRecord(spec2) || !Array.isArray(spec2.ports)) return [];
  const out = [];
  spec2.ports.forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const port = asPortNumber(entry.port);
    if (port === void 0) return;
    const written2 = asIntOrString(entry.targetPort);
    const targetPort = written2 === void 0 || written2 === 0 ? port : written2;
    out.push({
      index,
      name: typeof entry.name === "string" && entry.name !== "" ? entry.name : void 0,
      port,
      targetPort,
      targetPortWritten: written2 !== void 0 && written2 !== 0,
      protocol: protocolOf(entry.protocol),
      path: ["spec", "ports", index]
    });
  });
  return out;
}
function findServicePort(service, reference) {
  const ports = servicePorts(service);
  if (reference.name !== void 0) return ports.find((p) => p.name === reference.name);
  if (reference.number !== void 0) return ports.find((p) => p.port === reference.number);
  return void 0;
}
function describeServicePorts(service) {
  const ports = servicePorts(service);
  if (ports.length === 0) return "no ports";
  return ports.map((p) => p.name ? `${p.port} (${p.name})` : String(p.port)).join(", ");
}

// src/manifests/rules/service-target-port-unresolved.ts
function describeDeclared(templates) {
  const seen = /* @__PURE__ */ new Set();
  for (const template of templates) {
    for (const p of declaredContainerPorts(template.spec)) {
      seen.add(
        `${p.containerPort}${p.protocol === "TCP" ? "" : `/${p.protocol}`}${p.name ? ` (${p.name})` : ""}`
      );
    }
  }
  return seen.size === 0 ? "none" : [...seen].join(", ");
}
function describeWorkloads(templates) {
  const names = templates.slice(0, 3).map((t) => `${t.workload.kind} ${t.workload.name}`);
  return names.join(", ") + (templates.length > 3 ? ", ..." : "");
}
function allDeclared(templates) {
  return templates.flatMap((t) => declaredContainerPorts(t.spec));
}
var rule10 = {
  meta: {
    id: "service-target-port-unresolved",
    severity: "error",
    kinds: ["Service"],
    description: "A Service targetPort (by name, or by number when the containers declare their ports) that no container of the selected pods exposes.",
    rationale: "A named targetPort resolves per pod to a containerPort of that name and protocol; where no selected pod declares it, the Service has no endpoints for that port and connections fail. A numeric targetPort is used as is \u2014 a container may listen on a port it does not declare \u2014 so it is only reported when the selected containers declare their ports and none is that number (usually a stale port after a change). The targetPort defaults to the port.",
    example: {
      bad: `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80, targetPort: http }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: nginx:1.27, ports: [{ name: web, containerPort: 8080 }] }] }
`,
      good: `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80, targetPort: http }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: nginx:1.27, ports: [{ name: http, containerPort: 8080 }] }] }
`
    }
  },
  check({ bundle, report }) {
    let custom;
    for (const service of bundle.ofKind("Service")) {
      const selector = serviceSelector(service);
      if (!selector) continue;
      const ports = servicePorts(service.object);
      if (ports.length === 0) continue;
      const templates = selectedTemplates(bundle, service.namespace, selector);
      if (templates.length === 0) continue;
      custom ??= podCreatingCustomResources(bundle);
      if (selectedCustomWorkloads(custom, service.namespace, selector).length > 0) continue;
      for (const port of ports) checkPort(service, port, templates);
    }
    function checkPort(service, port, templates) {
      const at = [...port.path, port.targetPortWritten ? "targetPort" : "port"];
      const label = `spec.ports[${port.index}]${port.name ? ` (${port.name})` : ""}`;
      const target = port.targetPort;
      const pods = describeWorkloads(templates);
      if (typeof target === "string" && !isValidPortName(target)) {
        const numeric = /^[0-9]+$/.test(target);
        report({
          resource: service,
          path: at,
          message: numeric ? `${label} targetPort "${target}" is a quoted number, which the API server reads as a port name and rejects (a name needs a letter)` : `${label} targetPort "${target}" is not a valid port name (1-15 lower-case letters, digits and '-', with a letter); the API server rejects it`,
          hint: numeric ? `Write targetPort: ${target} without quotes.` : `Use the container port's number, or its name as declared in the pod template's ports[].name.`
        });
        return;
      }
      const results = templates.map((t) => resolveTargetPort(t.spec, target, port.protocol));
      if (results.some((r) => r.kind === "resolved")) return;
      const declared = allDeclared(templates);
      if (typeof target === "string") {
        const otherProtocol = declared.find((p) => p.name === target);
        report({
          resource: service,
          path: at,
          message: `${label} targetPort "${target}"/${port.protocol} is not a named container port of the selected pods (${pods}; declared: ${describeDeclared(templates)}): the Service has no endpoints for it`,
          hint: otherProtocol ? `The port "${target}" is declared with protocol ${otherProtocol.protocol}; make the protocols of the Service port and the containerPort agree.` : `Name the container port "${target}" in the pod template (ports[].name), or set targetPort to a declared name or number.`
        });
        return;
      }
      const sameNumber = declared.find((p) => p.containerPort === target);
      const only = declared.length === 1 ? declared[0] : void 0;
      report({
        resource: service,
        path: at,
        message: `${label} ${port.targetPortWritten ? "targetPort" : "port (targetPort defaults to it)"} ${target}/${port.protocol} is not declared by any container of the selected pods (${pods}; declared: ${describeDeclared(templates)})`,
        hint: sameNumber ? `Container port ${target} is declared with protocol ${sameNumber.protocol}; make the protocols agree.` : only ? `Set targetPort: ${only.name ?? only.containerPort} (the one declared container port), or declare containerPort ${target} if the container listens there.` : `Set targetPort to the container port the application listens on, or declare containerPort ${target} in the pod template.`
      });
    }
  }
};

// src/manifests/rules/ingress-util.ts
var INGRESS_CLASS_ANNOTATION = "kubernetes.io/ingress.class";
var DEFAULT_INGRESS_CLASS_ANNOTATION = "ingressclass.kubernetes.io/is-default-class";
var NGINX_ANNOTATION_PREFIX = "nginx.ingress.kubernetes.io/";
function spec(ingress) {
  return isRecord(ingress.object.spec) ? ingress.object.spec : {};
}
function nonEmptyString(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function ingressRules(ingress) {
  const rules = spec(ingress).rules;
  if (!Array.isArray(rules)) return [];
  const out = [];
  rules.forEach((rule46, index) => {
    if (!isRecord(rule46)) return;
    out.push({ index, host: nonEmptyString(rule46.host), at: ["spec", "rules", index] });
  });
  return out;
}
function ingressPaths(ingress) {
  const rules = spec(ingress).rules;
  if (!Array.isArray(rules)) return [];
  const out = [];
  rules.forEach((rule46, ruleIndex) => {
    if (!isRecord(rule46) || !isRecord(rule46.http) || !Array.isArray(rule46.http.paths)) return;
    rule46.http.paths.forEach((entry, pathIndex) => {
      if (!isRecord(entry)) return;
      out.push({
        ruleIndex,
        pathIndex,
        host: nonEmptyString(rule46.host),
        path: typeof entry.path === "string" ? entry.path : void 0,
        pathType: entry.pathType,
        at: ["spec", "rules", ruleIndex, "http", "paths", pathIndex],
        where: `spec.rules[${ruleIndex}].http.paths[${pathIndex}]`
      });
    });
  });
  return out;
}
function serviceBackendOf(backend, at, where, backendField) {
  if (!isRecord(backend) || !isRecord(backend.service)) return void 0;
  const serviceName = nonEmptyString(backend.service.name);
  if (serviceName === void 0) return void 0;
  const port = isRecord(backend.service.port) ? backend.service.port : {};
  return {
    serviceName,
    port: { number: asPortNumber(port.number), name: nonEmptyString(port.name) },
    path: [...at, "service"],
    where,
    serviceField: `${backendField}.service`
  };
}
function ingressServiceBackends(ingress) {
  const out = [];
  const fallback = serviceBackendOf(
    spec(ingress).defaultBackend,
    ["spec", "defaultBackend"],
    "spec.defaultBackend",
    "spec.defaultBackend"
  );
  if (fallback) out.push(fallback);
  const rules = spec(ingress).rules;
  if (!Array.isArray(rules)) return out;
  rules.forEach((rule46, i) => {
    if (!isRecord(rule46) || !isRecord(rule46.http) || !Array.isArray(rule46.http.paths)) return;
    rule46.http.paths.forEach((entry, j) => {
      if (!isRecord(entry)) return;
      const at = ["spec", "rules", i, "http", "paths", j, "backend"];
      const where = `spec.rules[${i}].http.paths[${j}]`;
      const backend = serviceBackendOf(entry.backend, at, where, `${where}.backend`);
      if (backend) out.push(backend);
    });
  });
  return out;
}
function ingressTls(ingress) {
  const tls = spec(ingress).tls;
  if (!Array.isArray(tls)) return [];
  const out = [];
  tls.forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const hosts = [];
    if (Array.isArray(entry.hosts)) {
      entry.hosts.forEach((host, h) => {
        if (typeof host === "string" && host !== "")
          hosts.push({ host, at: ["spec", "tls", index, "hosts", h] });
      });
    }
    out.push({ index, hosts, secretName: nonEmptyString(entry.secretName), at: ["spec", "tls", index] });
  });
  return out;
}
function ingressClassOf(ingress) {
  return nonEmptyString(spec(ingress).ingressClassName) ?? nonEmptyString(ingress.annotations[INGRESS_CLASS_ANNOTATION]);
}
function defaultIngressClass(bundle) {
  const defaults = bundle.ofKind("IngressClass").filter((c) => c.annotations[DEFAULT_INGRESS_CLASS_ANNOTATION] === "true");
  return defaults.length === 1 ? defaults[0].name : void 0;
}
function effectiveIngressClass(ingress, defaultClass) {
  return ingressClassOf(ingress) ?? defaultClass;
}
function nginxBoolAnnotation(ingress, name) {
  const value = ingress.annotations[NGINX_ANNOTATION_PREFIX + name];
  return value !== void 0 && ["1", "t", "T", "true", "TRUE", "True"].includes(value.trim());
}
function secretsCreatedInBundle(bundle) {
  const created = /* @__PURE__ */ new Map();
  const add = (namespace, name, by) => {
    if (typeof name === "string" && name !== "") created.set(`${namespace}/${name}`, by);
  };
  for (const certificate of bundle.ofKind("Certificate")) {
    if (!certificate.apiVersion.startsWith("cert-manager.io/")) continue;
    const spec2 = isRecord(certificate.object.spec) ? certificate.object.spec : {};
    add(certificate.namespace, spec2.secretName, certificate);
  }
  for (const sealed of bundle.ofKind("SealedSecret")) add(sealed.namespace, sealed.name, sealed);
  for (const external of bundle.ofKind("ExternalSecret")) {
    const spec2 = isRecord(external.object.spec) ? external.object.spec : {};
    const target = isRecord(spec2.target) ? spec2.target : {};
    add(
      external.namespace,
      typeof target.name === "string" && target.name !== "" ? target.name : external.name,
      external
    );
  }
  return created;
}

// src/manifests/rules/ingress-backend-port-missing.ts
var rule11 = {
  meta: {
    id: "ingress-backend-port-missing",
    severity: "error",
    kinds: ["Ingress", "Service"],
    description: "An Ingress backend's port number is not a `port` of the Service, or its port name is not a port `name` of it.",
    rationale: "The ingress controller cannot map the backend to a Service port, so it has no upstream for the path and answers 503. A backend port number refers to the Service port (`port`), not to its targetPort or the container port \u2014 a frequent mix-up.",
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  defaultBackend: { service: { name: web, port: { number: 8080 } } }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ name: http, port: 80, targetPort: 8080 }] }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  defaultBackend: { service: { name: web, port: { name: http } } }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ name: http, port: 80, targetPort: 8080 }] }
`
    }
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind("Ingress")) {
      for (const backend of ingressServiceBackends(ingress)) {
        const service = bundle.get("Service", ingress.namespace, backend.serviceName);
        if (!service) continue;
        const serviceSpec = isRecord(service.object.spec) ? service.object.spec : {};
        const ports = servicePorts(service.object);
        if (serviceSpec.type === "ExternalName" && ports.length === 0) continue;
        const { number, name } = backend.port;
        if (number === void 0 && name === void 0) continue;
        if (findServicePort(service.object, backend.port)) continue;
        const declared = describeServicePorts(service.object);
        const serviceRef = `Service "${service.name}" (${service.file}:${service.line})`;
        if (name !== void 0) {
          const byNumberLike = ports.find((p) => String(p.port) === name);
          report({
            resource: ingress,
            path: [...backend.path, "port", "name"],
            message: `${backend.where} uses port name "${name}", but ${serviceRef} has no port of that name (its ports: ${declared})`,
            hint: byNumberLike ? `Write port: { number: ${byNumberLike.port} } in ${backend.serviceField}, or name the Service port "${name}".` : `Set ${backend.serviceField}.port.name to one of the Service's port names, or add a port named "${name}" to the Service.`
          });
          continue;
        }
        const byTarget = ports.find((p) => p.targetPort === number);
        report({
          resource: ingress,
          path: [...backend.path, "port", "number"],
          message: `${backend.where} uses port ${number}, but ${serviceRef} exposes no port ${number} (its ports: ${declared})`,
          hint: byTarget ? `${number} is the targetPort of Service port ${byTarget.port}; an Ingress backend names the Service port: write port: { number: ${byTarget.port} }${byTarget.name ? ` or port: { name: ${byTarget.name} }` : ""}.` : `Set ${backend.serviceField}.port.number to one of the Service's ports, or add port ${number} to the Service.`
        });
      }
    }
  }
};

// src/text/suggest.ts
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from(
    { length: rows },
    (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2][j - 2] + 1);
      }
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}
function closestKey(written2, allowed) {
  const normalise2 = (key2) => key2.toLowerCase().replace(/[_-]/g, "");
  const sameWord = allowed.find((key2) => normalise2(key2) === normalise2(written2));
  if (sameWord) return sameWord;
  let best;
  for (const key2 of allowed) {
    const distance = editDistance(written2.toLowerCase(), key2.toLowerCase());
    if (!best || distance < best.distance) best = { key: key2, distance };
  }
  const limit = Math.min(3, Math.max(1, Math.floor(written2.length / 3)));
  return best && best.distance <= limit ? best.key : void 0;
}

// src/manifests/rules/ingress-backend-service-missing.ts
var rule12 = {
  meta: {
    id: "ingress-backend-service-missing",
    severity: "error",
    kinds: ["Ingress"],
    description: "An Ingress backend names a Service that the bundle does not define in the Ingress's namespace.",
    rationale: "The ingress controller finds no endpoints for the backend and answers 503 (ingress-nginx) or 502 for every request on that host and path. Ingress backends can only refer to Services in their own namespace.",
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web-svc, port: { number: 80 } } } }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
`
    }
  },
  check({ bundle, options, report }) {
    for (const ingress of bundle.ofKind("Ingress")) {
      const namespace = ingress.namespace;
      const services = bundle.inNamespace("Service", namespace);
      const servicesElsewhere = services.length === 0;
      for (const backend of ingressServiceBackends(ingress)) {
        if (bundle.get("Service", namespace, backend.serviceName)) continue;
        const outside = servicesElsewhere && !options.strictReferences;
        const suggestion = closestKey(
          backend.serviceName,
          services.map((s) => s.name)
        );
        report({
          resource: ingress,
          path: [...backend.path, "name"],
          message: `${backend.where} routes to Service "${backend.serviceName}", which is not defined in namespace "${namespace}"`,
          hint: outside ? `The bundle defines no Service in namespace "${namespace}"; if "${backend.serviceName}" is applied from elsewhere this is fine (--strict-references makes it an error). Otherwise add the Service or fix ${backend.serviceField}.name.` : suggestion ? `Did you mean Service "${suggestion}"? Fix ${backend.serviceField}.name, or add a Service named "${backend.serviceName}" in namespace "${namespace}".` : `Add a Service named "${backend.serviceName}" in namespace "${namespace}", or fix ${backend.serviceField}.name to the name of an existing Service of that namespace.`,
          severity: outside ? "warning" : void 0
        });
      }
    }
  }
};

// src/manifests/rules/ingress-class-mismatch.ts
var rule13 = {
  meta: {
    id: "ingress-class-mismatch",
    severity: "error",
    kinds: ["Ingress"],
    description: "The legacy `kubernetes.io/ingress.class` annotation names a different class than `spec.ingressClassName`.",
    rationale: 'The API server refuses to create an Ingress whose annotation and ingressClassName disagree ("must match `ingressClassName` when both are specified"); where it already exists, controllers disagree on which of the two wins, so the Ingress may be served by the wrong controller or by none.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations: { kubernetes.io/ingress.class: nginx-internal }
spec:
  ingressClassName: nginx
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  ingressClassName: nginx
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`
    }
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind("Ingress")) {
      const annotation = ingress.annotations[INGRESS_CLASS_ANNOTATION];
      const spec2 = isRecord(ingress.object.spec) ? ingress.object.spec : {};
      const className = spec2.ingressClassName;
      if (annotation === void 0 || typeof className !== "string" || className === "") continue;
      if (annotation === className) continue;
      report({
        resource: ingress,
        path: ["metadata", "annotations", INGRESS_CLASS_ANNOTATION],
        message: `annotation ${INGRESS_CLASS_ANNOTATION}: "${annotation}" differs from spec.ingressClassName "${className}"; the API server rejects the Ingress`,
        hint: `Remove the deprecated ${INGRESS_CLASS_ANNOTATION} annotation and keep spec.ingressClassName (set it to "${annotation}" if that is the controller meant to serve this Ingress).`
      });
    }
  }
};

// src/manifests/rules/ingress-duplicate-host-path.ts
var rule14 = {
  meta: {
    id: "ingress-duplicate-host-path",
    severity: "error",
    kinds: ["Ingress"],
    description: "Two Ingresses of the same ingress class route the same host, path and pathType (a rule without host counts as one host), in any namespaces.",
    rationale: `A controller serves one backend per host and path: ingress-nginx refuses the second Ingress at admission ("host ... and path ... is already defined"), other controllers silently keep the older one, so one of the two releases never receives its traffic. Hosts are global to a controller, so namespaces do not separate them; Ingresses of different classes do not collide (a class-less Ingress takes the bundle's default IngressClass), Exact and Prefix on the same path are distinct routes, and an ingress-nginx canary Ingress (nginx.ingress.kubernetes.io/canary: "true") may repeat its main Ingress's routes.`,
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web-v2, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web-v2, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web-v2, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /v2, pathType: Prefix, backend: { service: { name: web-v2, port: { number: 80 } } } }
`
    }
  },
  check({ bundle, report }) {
    const firstClaim = /* @__PURE__ */ new Map();
    const defaultClass = defaultIngressClass(bundle);
    for (const ingress of bundle.ofKind("Ingress")) {
      const ingressClass = effectiveIngressClass(ingress, defaultClass) ?? "";
      const canary = nginxBoolAnnotation(ingress, "canary");
      for (const entry of ingressPaths(ingress)) {
        if (typeof entry.pathType !== "string") continue;
        const path = entry.path === void 0 || entry.path === "" ? "/" : entry.path;
        const key2 = [ingressClass, canary ? "canary" : "", entry.host ?? "", path, entry.pathType].join(
          "\0"
        );
        const first = firstClaim.get(key2);
        if (!first) {
          firstClaim.set(key2, { ingress, entry });
          continue;
        }
        if (first.ingress === ingress) continue;
        const host = entry.host === void 0 ? "no host (every host)" : `host "${entry.host}"`;
        const where = `${first.ingress.file}:${first.ingress.positionOf(first.entry.at).line}`;
        report({
          resource: ingress,
          path: entry.path === void 0 ? entry.at : [...entry.at, "path"],
          message: `${entry.where}: ${host} path "${path}" (${entry.pathType}) is already routed by Ingress ${first.ingress.namespace}/${first.ingress.name} at ${where} (${first.entry.where})` + (ingressClass ? ` in ingress class "${ingressClass}"` : ""),
          hint: `Give one of the two a different host or path, merge the routes into one Ingress, or \u2014 for a canary with ingress-nginx \u2014 annotate only the canary Ingress with nginx.ingress.kubernetes.io/canary: "true".`
        });
      }
    }
  }
};

// src/manifests/rules/ingress-host-invalid.ts
var rule15 = {
  meta: {
    id: "ingress-host-invalid",
    severity: "error",
    kinds: ["Ingress"],
    description: "An Ingress rule or TLS host that is not a lower-case DNS-1123 subdomain, is an IP address (rules), or has a '*' that is not the whole first label.",
    rationale: "The API server rejects the whole Ingress (`kubectl apply` fails): rule hosts must be DNS names, not IPs (a rule without host already matches every address), and a wildcard may only be the first label ('*.example.com').",
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules:
    - host: Shop.Example.com:443
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`
    }
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind("Ingress")) {
      for (const rule46 of ingressRules(ingress)) {
        if (rule46.host === void 0) continue;
        const problem = ingressHostProblem(rule46.host);
        if (!problem) continue;
        const ip = problem.startsWith("is an IP");
        report({
          resource: ingress,
          path: [...rule46.at, "host"],
          message: `spec.rules[${rule46.index}].host "${rule46.host}" ${problem}`,
          hint: ip ? `Remove spec.rules[${rule46.index}].host to match requests for any host (including the IP), or use a DNS name that resolves to it.` : `Write a DNS name in spec.rules[${rule46.index}].host: lower case, no scheme, port or path, e.g. "shop.example.com" or "*.example.com".`
        });
      }
      for (const tls of ingressTls(ingress)) {
        tls.hosts.forEach(({ host, at }, h) => {
          const problem = dnsNameProblem(host, { allowWildcard: true });
          if (!problem) return;
          report({
            resource: ingress,
            path: at,
            message: `spec.tls[${tls.index}].hosts[${h}] "${host}" ${problem}`,
            hint: `Write the host as in the rules: a lower-case DNS name such as "shop.example.com" or "*.example.com" in spec.tls[${tls.index}].hosts[${h}].`
          });
        });
      }
    }
  }
};

// src/manifests/rules/ingress-live-host-path-taken.ts
var rule16 = {
  meta: {
    id: "ingress-live-host-path-taken",
    severity: "error",
    kinds: ["Ingress"],
    description: "An Ingress in the bundle routes a host, path and pathType that a live Ingress of the same ingress class in another namespace already routes.",
    rationale: 'Hosts are global to an ingress controller, whatever the namespace: ingress-nginx refuses the second Ingress at admission ("host ... and path ... is already defined in ingress ..."), so the sync fails; other controllers keep one of the two routes and the other team\'s traffic silently goes to the wrong service. The rule reads the live Ingresses of all namespaces, so it needs the cluster: it runs in `slo-gate hook` (the Argo CD PreSync Job), not in `slo-gate validate` or `check`. Ingresses of different classes, Ingresses the bundle itself updates, and ingress-nginx canary Ingresses are not reported; ingress-duplicate-host-path covers collisions within the bundle.',
    example: {
      bad: `# live: Ingress other-team/storefront routes shop.example.com / (Prefix), class nginx
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: checkout.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`
    }
  }
};

// src/manifests/rules/ingress-path-invalid.ts
var PATH_TYPES = ["Exact", "Prefix", "ImplementationSpecific"];
var INVALID_SEQUENCES = ["//", "/./", "/../", "%2f", "%2F"];
var INVALID_SUFFIXES = ["/..", "/."];
function pathProblems(path, pathType) {
  const value = path ?? "";
  if (pathType === "ImplementationSpecific") {
    return value !== "" && !value.startsWith("/") ? ["must be an absolute path (start with '/')"] : [];
  }
  const problems = [];
  if (!value.startsWith("/"))
    problems.push(
      value === "" ? "is required for this pathType" : "must be an absolute path (start with '/')"
    );
  for (const sequence of INVALID_SEQUENCES)
    if (value.includes(sequence)) problems.push(`must not contain '${sequence}'`);
  for (const suffix of INVALID_SUFFIXES)
    if (value.endsWith(suffix)) problems.push(`cannot end with '${suffix}'`);
  return problems;
}
var rule17 = {
  meta: {
    id: "ingress-path-invalid",
    severity: "error",
    kinds: ["Ingress"],
    description: "An Ingress path the API server rejects: no pathType, an unknown pathType, or an Exact/Prefix path that is not absolute or contains '//', '/./', '/../', '%2f', or ends with '/.' or '/..'.",
    rationale: "networking.k8s.io/v1 requires pathType on every path and validates Exact and Prefix paths; the API server refuses the whole Ingress, so `kubectl apply` (and the release) fails. ImplementationSpecific paths only need to start with '/'.",
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
`
    }
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind("Ingress")) {
      for (const entry of ingressPaths(ingress)) {
        const shown = entry.path === void 0 ? "(none)" : JSON.stringify(entry.path);
        if (entry.pathType === void 0 || entry.pathType === null || entry.pathType === "") {
          report({
            resource: ingress,
            path: entry.at,
            message: `${entry.where} (path ${shown}) has no pathType; networking.k8s.io/v1 requires one`,
            hint: `Add pathType to ${entry.where}: Prefix for a path prefix, Exact for one URL, or ImplementationSpecific for controller-specific syntax (e.g. regular expressions with ingress-nginx).`
          });
          continue;
        }
        if (typeof entry.pathType !== "string" || !PATH_TYPES.includes(entry.pathType)) {
          const written2 = valueText(entry.pathType);
          const caseFix = PATH_TYPES.find((t) => t.toLowerCase() === written2.toLowerCase());
          report({
            resource: ingress,
            path: [...entry.at, "pathType"],
            message: `${entry.where} has pathType "${written2}"; the API server accepts only ${PATH_TYPES.join(", ")}`,
            hint: caseFix ? `Write pathType: ${caseFix} (the value is case-sensitive).` : `Set ${entry.where}.pathType to Prefix, Exact or ImplementationSpecific.`
          });
          continue;
        }
        const problems = pathProblems(entry.path, entry.pathType);
        if (problems.length === 0) continue;
        report({
          resource: ingress,
          path: entry.path === void 0 ? entry.at : [...entry.at, "path"],
          message: `${entry.where} path ${shown} (pathType ${entry.pathType}) ${problems.join(", ")}; the API server rejects the Ingress`,
          hint: entry.pathType === "ImplementationSpecific" ? `Start the path with '/' in ${entry.where}.path.` : `Write a normalised absolute path in ${entry.where}.path (e.g. "/api/"): no empty, '.' or '..' segments and no encoded '/'. For controller-specific syntax use pathType: ImplementationSpecific.`
        });
      }
    }
  }
};

// src/manifests/rules/ingress-path-regex-prefix.ts
var REGEX_CHARACTERS = /[\^$()[\]{}|*+?\\]/g;
function literalPrefix(path) {
  const first = path.search(/[\^$()[\]{}|*+?\\]/);
  const head = first < 0 ? path : path.slice(0, first);
  return head.replace(/\/+$/, "") || "/";
}
var rule18 = {
  meta: {
    id: "ingress-path-regex-prefix",
    severity: "warning",
    kinds: ["Ingress"],
    description: "An Exact or Prefix Ingress path contains regular-expression syntax such as `(`, `|`, `$` or `*`.",
    rationale: "Exact and Prefix paths are literal. ingress-nginx with strict path validation (the default since controller 1.12) rejects such an Ingress at admission; other controllers (GKE, AWS, Traefik, Contour, Istio, ...) match the characters literally, so the route never matches a real request path.",
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  annotations: { nginx.ingress.kubernetes.io/rewrite-target: /$2 }
spec:
  ingressClassName: nginx
  rules:
    - http:
        paths:
          - { path: /api(/|$)(.*), pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  annotations:
    nginx.ingress.kubernetes.io/use-regex: "true"
    nginx.ingress.kubernetes.io/rewrite-target: /$2
spec:
  ingressClassName: nginx
  rules:
    - http:
        paths:
          - { path: /api(/|$)(.*), pathType: ImplementationSpecific, backend: { service: { name: api, port: { number: 80 } } } }
`
    }
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind("Ingress")) {
      for (const entry of ingressPaths(ingress)) {
        if (entry.pathType !== "Exact" && entry.pathType !== "Prefix") continue;
        if (entry.path === void 0) continue;
        const found = [...new Set(entry.path.match(REGEX_CHARACTERS) ?? [])];
        if (found.length === 0) continue;
        const rewrites = ingress.annotations[`${NGINX_ANNOTATION_PREFIX}rewrite-target`] !== void 0;
        const prefix = literalPrefix(entry.path);
        report({
          resource: ingress,
          path: [...entry.at, "path"],
          message: `${entry.where} path "${entry.path}" has pathType ${entry.pathType} but contains regular-expression syntax (${found.map((c) => `'${c}'`).join(" ")}); ingress-nginx's strict path validation rejects it and other controllers match it literally`,
          hint: `If it is meant as a regular expression${rewrites ? " (the rewrite-target annotation uses its groups)" : ""}, set ${entry.where}.pathType to ImplementationSpecific and annotate the Ingress with ${NGINX_ANNOTATION_PREFIX}use-regex: "true"; otherwise write the plain prefix "${prefix}" with pathType Prefix.`
        });
      }
    }
  }
};

// src/manifests/rules/ingress-snippet-annotation.ts
var F5_NGINX_PREFIX = "nginx.org/";
var FORBIDDEN_VALUES = [
  { pattern: /alias\s*[^]*;/, what: "an nginx `alias` directive" },
  { pattern: /root\s*[^]*;/, what: "an nginx `root` directive" },
  { pattern: /\/etc\/(passwd|shadow|group|nginx|ingress-controller)/, what: "a path under /etc" },
  { pattern: /\/var\/run\/secrets/, what: "the service-account token path /var/run/secrets" },
  { pattern: /_by_lua/, what: "a `*_by_lua` directive (Lua code)" },
  { pattern: /serviceaccount/, what: '"serviceaccount"' },
  { pattern: /load_module|lua_package/, what: "module or Lua package loading" }
];
function forbiddenContent(value) {
  return FORBIDDEN_VALUES.find((f) => f.pattern.test(value))?.what;
}
var rule19 = {
  meta: {
    id: "ingress-snippet-annotation",
    severity: "warning",
    kinds: ["Ingress"],
    description: "An ingress-nginx `*-snippet` annotation (raw nginx configuration), or an nginx annotation value that ingress-nginx treats as configuration injection (`_by_lua`, `alias`/`root` directives, `/etc/...`, `/var/run/secrets`, ...).",
    rationale: "Snippets let whoever can write an Ingress run arbitrary nginx configuration in the controller, which can read every Secret of the cluster (CVE-2021-25742, and the admission-webhook injection CVE-2025-1974). ingress-nginx disables snippet annotations by default since 1.9 and rejects Critical-risk annotations since 1.12, so on a default install the Ingress is refused or the snippet silently ignored.",
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    nginx.ingress.kubernetes.io/configuration-snippet: |
      more_set_headers "X-Frame-Options: DENY";
spec:
  ingressClassName: nginx
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    nginx.ingress.kubernetes.io/custom-headers: shop/web-headers
spec:
  ingressClassName: nginx
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`
    }
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind("Ingress")) {
      for (const [key2, value] of Object.entries(ingress.annotations)) {
        const nginx = key2.startsWith(NGINX_ANNOTATION_PREFIX);
        const f5Snippet = key2.startsWith(F5_NGINX_PREFIX) && key2.endsWith("-snippets");
        if (!nginx && !f5Snippet) continue;
        const path = ["metadata", "annotations", key2];
        const content = forbiddenContent(value);
        if (f5Snippet) {
          report({
            resource: ingress,
            path,
            message: `annotation ${key2} injects raw nginx configuration${content ? ` including ${content}` : ""}`,
            hint: "F5 NGINX Ingress Controller ignores snippets unless started with -enable-snippets; use its dedicated annotations or a VirtualServer/Policy resource instead, or suppress this rule for the Ingress if snippets are enabled on purpose."
          });
          continue;
        }
        if (key2.endsWith("-snippet")) {
          report({
            resource: ingress,
            path,
            message: `annotation ${key2} injects raw nginx configuration${content ? ` including ${content}` : ""}; ingress-nginx refuses snippets unless the cluster enables allow-snippet-annotations and a Critical annotations-risk-level`,
            hint: "Replace the snippet with a dedicated annotation (custom-headers, permanent-redirect, auth-url, ...) or a controller ConfigMap setting; if the cluster enables snippets on purpose, suppress this rule with the slo-gate.dev/ignore annotation."
          });
          continue;
        }
        if (content) {
          report({
            resource: ingress,
            path,
            message: `annotation ${key2} contains ${content}, which ingress-nginx treats as configuration injection`,
            hint: `Remove it from the value of ${key2}; ingress-nginx's validation refuses or drops the Ingress's configuration.`
          });
        }
      }
    }
  }
};

// src/manifests/rules/ingress-tls-host-uncovered.ts
var rule20 = {
  meta: {
    id: "ingress-tls-host-uncovered",
    severity: "warning",
    kinds: ["Ingress"],
    description: "A TLS host that no rule of the Ingress serves, or \u2014 when the Ingress has TLS \u2014 a rule host that no TLS entry covers ('*.example.com' covers one label).",
    rationale: "A rule host outside spec.tls gets the controller's default certificate on HTTPS, so clients fail the handshake; a TLS host without a rule is usually a typo of the rule host, which then is the uncovered one.",
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  tls: [{ hosts: [www.example.com], secretName: web-tls }]
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  tls: [{ hosts: [shop.example.com], secretName: web-tls }]
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`
    }
  },
  check({ bundle, report }) {
    for (const ingress of bundle.ofKind("Ingress")) {
      const tls = ingressTls(ingress);
      if (tls.length === 0) continue;
      const rules = ingressRules(ingress);
      const ruleHosts = rules.flatMap((r) => r.host === void 0 ? [] : [r.host]);
      const tlsHosts = tls.flatMap((t) => t.hosts.map((h) => h.host));
      const catchAll = rules.some((r) => r.host === void 0);
      if (rules.length > 0 && !catchAll) {
        for (const entry of tls) {
          entry.hosts.forEach(({ host, at }, h) => {
            if (ruleHosts.some((r) => hostMatches(r, host) || hostMatches(host, r))) return;
            const near = closestKey(host, ruleHosts);
            report({
              resource: ingress,
              path: at,
              message: `spec.tls[${entry.index}].hosts[${h}] "${host}" has no rule: no spec.rules[].host of this Ingress serves it`,
              hint: near ? `Did you mean "${near}"? Make spec.tls[${entry.index}].hosts[${h}] and the rule host the same name.` : `Add a rule for "${host}" or remove it from spec.tls[${entry.index}].hosts.`
            });
          });
        }
      }
      if (tls.some((t) => t.hosts.length === 0)) continue;
      for (const rule46 of rules) {
        if (rule46.host === void 0) continue;
        const host = rule46.host;
        if (tlsHosts.some((t) => hostMatches(t, host))) continue;
        report({
          resource: ingress,
          path: [...rule46.at, "host"],
          message: `spec.rules[${rule46.index}].host "${host}" is not covered by any spec.tls[].hosts entry (${tlsHosts.map((t) => `"${t}"`).join(", ")}); HTTPS requests to it get the controller's default certificate`,
          hint: `Add "${host}" to the hosts of a spec.tls entry whose certificate covers it, or to a new spec.tls entry with its own secretName.`
        });
      }
    }
  }
};

// src/manifests/rules/ingress-tls-secret-missing.ts
var TLS_SECRET_TYPE = "kubernetes.io/tls";
var CERT_MANAGER_ANNOTATIONS = ["cert-manager.io/cluster-issuer", "cert-manager.io/issuer"];
var rule21 = {
  meta: {
    id: "ingress-tls-secret-missing",
    severity: "warning",
    kinds: ["Ingress", "Secret"],
    description: "An Ingress TLS entry names a Secret that is not in the bundle, or that is not of type kubernetes.io/tls.",
    rationale: "Without the Secret the controller serves its default (self-signed) certificate and browsers and clients fail the TLS handshake. TLS Secrets are usually created by cert-manager or applied outside the release, so this is a warning; Secrets made by a Certificate, SealedSecret or ExternalSecret in the bundle, and Ingresses annotated for cert-manager, count as present.",
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  tls: [{ hosts: [shop.example.com], secretName: shop-tls }]
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations: { cert-manager.io/cluster-issuer: letsencrypt }
spec:
  tls: [{ hosts: [shop.example.com], secretName: shop-tls }]
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`
    }
  },
  check({ bundle, report }) {
    let created;
    for (const ingress of bundle.ofKind("Ingress")) {
      const tls = ingressTls(ingress);
      if (tls.length === 0) continue;
      if (CERT_MANAGER_ANNOTATIONS.some((a) => ingress.annotations[a] !== void 0)) continue;
      if (ingress.annotations["kubernetes.io/tls-acme"] === "true") continue;
      created ??= secretsCreatedInBundle(bundle);
      for (const entry of tls) {
        if (entry.secretName === void 0) continue;
        const at = [...entry.at, "secretName"];
        const secret = bundle.get("Secret", ingress.namespace, entry.secretName);
        if (!secret) {
          if (created.has(`${ingress.namespace}/${entry.secretName}`)) continue;
          report({
            resource: ingress,
            path: at,
            message: `spec.tls[${entry.index}].secretName "${entry.secretName}" is not a Secret of namespace "${ingress.namespace}" in the bundle`,
            hint: `TLS Secrets are usually created by cert-manager or applied outside the bundle; if so, nothing to do (annotate the Ingress with cert-manager.io/cluster-issuer to let cert-manager create it). Otherwise create a kubernetes.io/tls Secret "${entry.secretName}" in namespace "${ingress.namespace}".`
          });
          continue;
        }
        const type = typeof secret.object.type === "string" ? secret.object.type : "Opaque";
        if (type === TLS_SECRET_TYPE) continue;
        report({
          resource: ingress,
          path: at,
          message: `spec.tls[${entry.index}].secretName "${entry.secretName}" is a Secret of type ${type} (${secret.file}:${secret.line}), not ${TLS_SECRET_TYPE}`,
          hint: `Make Secret "${entry.secretName}" type: ${TLS_SECRET_TYPE} with keys tls.crt and tls.key (kubectl create secret tls ...); controllers that check the type ignore it and serve their default certificate.`
        });
      }
    }
  }
};

// src/netpol/cidr.ts
var bitsOf = (family) => family === 4 ? 32 : 128;
function parseIpv4Octets(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return void 0;
  let value = 0n;
  let leadingZeros = false;
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part)) return void 0;
    const octet = Number(part);
    if (octet > 255) return void 0;
    if (part.length > 1 && part.startsWith("0")) leadingZeros = true;
    value = value << 8n | BigInt(octet);
  }
  return { value, leadingZeros };
}
function parseIpv6(text) {
  if (text.includes("%")) return void 0;
  const halves = text.split("::");
  if (halves.length > 2) return void 0;
  const groupsOf = (half) => half === "" ? [] : half.split(":");
  const head = groupsOf(halves[0] ?? "");
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? "") : [];
  let leadingZeros = false;
  let embedded;
  const lastHalf = halves.length === 2 ? tail : head;
  const last = lastHalf[lastHalf.length - 1];
  if (last !== void 0 && last.includes(".")) {
    const v4 = parseIpv4Octets(last);
    if (!v4) return void 0;
    leadingZeros = v4.leadingZeros;
    embedded = v4.value;
    lastHalf.pop();
  }
  const parseGroup = (group) => /^[0-9a-fA-F]{1,4}$/.test(group) ? BigInt(`0x${group}`) : void 0;
  const words = [];
  const tailWords = [];
  for (const [groups, into] of [
    [head, words],
    [tail, tailWords]
  ]) {
    for (const group of groups) {
      const word = parseGroup(group);
      if (word === void 0) return void 0;
      into.push(word);
    }
  }
  const target = halves.length === 2 ? tailWords : words;
  if (embedded !== void 0) target.push(embedded >> 16n, embedded & 0xffffn);
  const zeros = 8 - words.length - tailWords.length;
  if (halves.length === 2 ? zeros < 1 : zeros !== 0) return void 0;
  let value = 0n;
  for (const word of [...words, ...Array(zeros).fill(0n), ...tailWords])
    value = value << 16n | word;
  const ipv4Mapped = value >> 32n === 0xffffn;
  return { value, leadingZeros, ipv4Mapped };
}
function parseIp(text) {
  const trimmed = text.trim();
  if (trimmed !== text || text === "") return void 0;
  if (text.includes(":")) {
    const v6 = parseIpv6(text);
    return v6 && { family: 6, value: v6.value, leadingZeros: v6.leadingZeros, ipv4Mapped: v6.ipv4Mapped };
  }
  const v4 = parseIpv4Octets(text);
  return v4 && { family: 4, value: v4.value, leadingZeros: v4.leadingZeros, ipv4Mapped: false };
}
function parseCidr(text) {
  const slash = text.indexOf("/");
  if (slash < 0) return void 0;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!address || !/^[0-9]{1,3}$/.test(prefixText)) return void 0;
  const prefix = Number(prefixText);
  const bits = bitsOf(address.family);
  if (prefix > bits) return void 0;
  const mask = prefixMask(address.family, prefix);
  const network = address.value & mask;
  return {
    family: address.family,
    network,
    prefix,
    text,
    hostBitsSet: network !== address.value,
    leadingZeros: address.leadingZeros || prefixText.length > 1 && prefixText.startsWith("0"),
    ipv4Mapped: address.ipv4Mapped
  };
}
function prefixMask(family, prefix) {
  const bits = BigInt(bitsOf(family));
  const all = (1n << bits) - 1n;
  return all >> BigInt(prefix) ^ all;
}
function cidrContainsIp(cidr, ip) {
  return cidr.family === ip.family && (ip.value & prefixMask(cidr.family, cidr.prefix)) === cidr.network;
}
function isStrictSubnet(inner, outer) {
  return inner.family === outer.family && inner.prefix > outer.prefix && (inner.network & prefixMask(outer.family, outer.prefix)) === outer.network;
}
function formatCidr(cidr) {
  return `${formatIp(cidr.family, cidr.network)}/${cidr.prefix}`;
}
function formatIp(family, value) {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String(value >> shift & 0xffn)).join(".");
  }
  const words = Array.from({ length: 8 }, (_, i) => Number(value >> BigInt(112 - 16 * i) & 0xffffn));
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j += 1;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

// src/netpol/evaluate.ts
var NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
function namespaceDirectory(declared) {
  const known = /* @__PURE__ */ new Map();
  for (const { name, labels } of declared) known.set(name, { ...labels, [NAMESPACE_NAME_LABEL]: name });
  return {
    labelsOf(namespace) {
      const labels = known.get(namespace);
      return labels ? { labels, complete: true } : { labels: { [NAMESPACE_NAME_LABEL]: namespace }, complete: false };
    }
  };
}
var and = (a, b) => a === "no" || b === "no" ? "no" : a === "unknown" || b === "unknown" ? "unknown" : "yes";
function anyOf(items, test) {
  let result = "no";
  for (const item of items) {
    const one = test(item);
    if (one === "yes") return "yes";
    if (one === "unknown") result = "unknown";
  }
  return result;
}
function selectorMatchesPartly(selector, info) {
  if (info.complete) return selectorMatches(selector, info.labels) ? "yes" : "no";
  let result = "yes";
  for (const [key2, value] of Object.entries(selector.matchLabels ?? {})) {
    if (!Object.hasOwn(info.labels, key2)) result = "unknown";
    else if (info.labels[key2] !== value) return "no";
  }
  for (const requirement of selector.matchExpressions ?? []) {
    if (!Object.hasOwn(info.labels, requirement.key)) {
      if (!["In", "NotIn", "Exists", "DoesNotExist"].includes(requirement.operator)) return "no";
      result = "unknown";
    } else if (!selectorMatches({ matchExpressions: [requirement] }, info.labels)) return "no";
  }
  return result;
}
function policySelects(policy, pod) {
  return policy.namespace === pod.namespace && selectorMatches(policy.podSelector, pod.labels);
}
function peerMatches(peer, policyNamespace, endpoint, namespaces) {
  switch (peer.kind) {
    case "empty":
      return "no";
    case "ipBlock": {
      if (peer.mixedWithSelectors) return "no";
      if (endpoint.ip === void 0) return "unknown";
      const ip = parseIp(endpoint.ip);
      const cidr = parseCidr(peer.cidr);
      if (!ip || !cidr) return "no";
      if (!cidrContainsIp(cidr, ip)) return "no";
      const excluded = peer.except.some((text) => {
        const except = parseCidr(text);
        return except !== void 0 && cidrContainsIp(except, ip);
      });
      return excluded ? "no" : "yes";
    }
    case "selector": {
      if (endpoint.kind !== "pod") return "no";
      const inNamespace = peer.namespaceSelector ? selectorMatchesPartly(peer.namespaceSelector, namespaces.labelsOf(endpoint.namespace)) : endpoint.namespace === policyNamespace ? "yes" : "no";
      const podMatches = !peer.podSelector || selectorMatches(peer.podSelector, endpoint.labels) ? "yes" : "no";
      return and(inNamespace, podMatches);
    }
  }
}
function portMatches(entry, port, protocol, destination) {
  if (entry.protocol !== protocol) return "no";
  if (entry.port === void 0) return "yes";
  if (typeof entry.port === "number") {
    const last = entry.endPort ?? entry.port;
    return port >= entry.port && port <= last ? "yes" : "no";
  }
  if (destination.kind !== "pod") return "no";
  if (!destination.ports) return "unknown";
  const name = entry.port;
  return destination.ports.some((p) => p.name === name && p.protocol === protocol && p.containerPort === port) ? "yes" : "no";
}
function ruleMatches(rule46, policyNamespace, connection, namespaces) {
  const other = connection.direction === "ingress" ? connection.from : connection.to;
  const protocol = connection.protocol ?? "TCP";
  const peers = rule46.peers ? anyOf(rule46.peers, (peer) => peerMatches(peer, policyNamespace, other, namespaces)) : "yes";
  if (peers === "no") return "no";
  const ports = rule46.ports ? anyOf(rule46.ports, (entry) => portMatches(entry, connection.port, protocol, connection.to)) : "yes";
  return and(peers, ports);
}
function evaluate(connection, policies, namespaces) {
  const { direction } = connection;
  const subject = direction === "ingress" ? connection.to : connection.from;
  if (subject.kind !== "pod") return { result: "allowed", isolatedBy: [], rules: [] };
  const isolatedBy = policies.filter((policy) => policy.types[direction] && policySelects(policy, subject));
  if (isolatedBy.length === 0) return { result: "allowed", isolatedBy, rules: [] };
  const allowing = [];
  const possible = [];
  for (const policy of isolatedBy) {
    for (const rule46 of policy[direction]) {
      const match = ruleMatches(rule46, policy.namespace, connection, namespaces);
      if (match === "yes") allowing.push({ policy, rule: rule46 });
      else if (match === "unknown") possible.push({ policy, rule: rule46 });
    }
  }
  if (allowing.length > 0) return { result: "allowed", isolatedBy, rules: allowing };
  if (possible.length > 0) return { result: "unknown", isolatedBy, rules: possible };
  return { result: "denied", isolatedBy, rules: [] };
}

// src/netpol/portset.ts
var PROTOCOLS = ["SCTP", "TCP", "UDP"];
var MIN_PORT = 1;
var MAX_PORT = 65535;
var NO_PORTS = { SCTP: [], TCP: [], UDP: [] };
var ALL_PORTS = {
  SCTP: [[MIN_PORT, MAX_PORT]],
  TCP: [[MIN_PORT, MAX_PORT]],
  UDP: [[MIN_PORT, MAX_PORT]]
};
function isProtocol(text) {
  return PROTOCOLS.includes(text);
}
function portRange(protocol, first, last) {
  const low = first ?? MIN_PORT;
  const high = first === void 0 ? MAX_PORT : Math.max(low, last ?? low);
  return { ...NO_PORTS, [protocol]: [[low, high]] };
}
function normalise(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [low, high] of sorted) {
    const last = merged[merged.length - 1];
    if (last && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else merged.push([low, high]);
  }
  return merged;
}
function perProtocol(a, b, combine) {
  return { SCTP: combine(a.SCTP, b.SCTP), TCP: combine(a.TCP, b.TCP), UDP: combine(a.UDP, b.UDP) };
}
function union(a, b) {
  if (a === ALL_PORTS || b === NO_PORTS) return a;
  if (b === ALL_PORTS || a === NO_PORTS) return b;
  return perProtocol(a, b, (x, y) => y.length === 0 ? x : x.length === 0 ? y : normalise([...x, ...y]));
}
function intersectIntervals(x, y) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const [a0, a1] = x[i];
    const [b0, b1] = y[j];
    const low = Math.max(a0, b0);
    const high = Math.min(a1, b1);
    if (low <= high) out.push([low, high]);
    if (a1 < b1) i += 1;
    else j += 1;
  }
  return out;
}
function intersect(a, b) {
  if (a === ALL_PORTS) return b;
  if (b === ALL_PORTS) return a;
  if (a === NO_PORTS || b === NO_PORTS) return NO_PORTS;
  return perProtocol(a, b, intersectIntervals);
}
function subtractIntervals(x, y) {
  const out = [];
  for (const [low, high] of x) {
    let start = low;
    for (const [b0, b1] of y) {
      if (b1 < start || b0 > high) continue;
      if (b0 > start) out.push([start, b0 - 1]);
      start = Math.max(start, b1 + 1);
      if (start > high) break;
    }
    if (start <= high) out.push([start, high]);
  }
  return out;
}
function subtract(a, b) {
  if (b === NO_PORTS || a === NO_PORTS) return a;
  if (b === ALL_PORTS) return NO_PORTS;
  return perProtocol(a, b, subtractIntervals);
}
function isEmpty(set) {
  return set.SCTP.length === 0 && set.TCP.length === 0 && set.UDP.length === 0;
}
function isAll(set) {
  return PROTOCOLS.every(
    (p) => set[p].length === 1 && set[p][0][0] === MIN_PORT && set[p][0][1] === MAX_PORT
  );
}
function equals(a, b) {
  if (a === b) return true;
  return PROTOCOLS.every(
    (p) => a[p].length === b[p].length && a[p].every(([l, h], i) => l === b[p][i][0] && h === b[p][i][1])
  );
}
function containsPort(set, protocol, port) {
  return set[protocol].some(([low, high]) => port >= low && port <= high);
}
function formatPortSet(set) {
  if (isAll(set)) return "All Connections";
  if (isEmpty(set)) return "No Connections";
  return PROTOCOLS.filter((p) => set[p].length > 0).map(
    (p) => `${p} ${set[p].map(([low, high]) => low === high ? String(low) : `${low}-${high}`).join(",")}`
  ).join(",");
}

// src/netpol/connectivity.ts
function workloadId(namespace, name, kind) {
  return `${namespace}/${name}[${kind}]`;
}
var FAMILY_LAST = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };
function cidrRange(cidr) {
  const size = 1n << BigInt((cidr.family === 4 ? 32 : 128) - cidr.prefix);
  return [cidr.network, cidr.network + size - 1n];
}
function externalBlocks(policies) {
  const cuts = { 4: /* @__PURE__ */ new Set([0n]), 6: /* @__PURE__ */ new Set([0n]) };
  let v6 = false;
  for (const policy of policies) {
    for (const rule46 of [...policy.ingress, ...policy.egress]) {
      for (const peer of rule46.peers ?? []) {
        if (peer.kind !== "ipBlock") continue;
        for (const text of [peer.cidr, ...peer.except]) {
          const cidr = parseCidr(text);
          if (!cidr) continue;
          if (cidr.family === 6) v6 = true;
          const [first, last] = cidrRange(cidr);
          cuts[cidr.family].add(first);
          if (last < FAMILY_LAST[cidr.family]) cuts[cidr.family].add(last + 1n);
        }
      }
    }
  }
  const blocks = [];
  for (const family of v6 ? [4, 6] : [4]) {
    const starts = [...cuts[family]].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    starts.forEach((first, i) => {
      const last = i + 1 < starts.length ? starts[i + 1] - 1n : FAMILY_LAST[family];
      blocks.push({
        kind: "external",
        id: `${formatIp(family, first)}-${formatIp(family, last)}`,
        family,
        first,
        last
      });
    });
  }
  return blocks;
}
var and2 = (a, b) => a === "no" || b === "no" ? "no" : a === "unknown" || b === "unknown" ? "unknown" : "yes";
function cidrsOverlap(a, b) {
  if (a.family !== b.family) return false;
  const [a0, a1] = cidrRange(a);
  const [b0, b1] = cidrRange(b);
  return a0 <= b1 && b0 <= a1;
}
function peerMatchesNode(peer, policyNamespace, node, namespaces, podNetworks) {
  switch (peer.kind) {
    case "empty":
      return "no";
    case "ipBlock": {
      if (peer.mixedWithSelectors) return "no";
      const cidr = parseCidr(peer.cidr);
      if (!cidr) return "no";
      if (node.kind === "workload")
        return podNetworks.some((net) => cidrsOverlap(net, cidr)) ? "unknown" : "no";
      if (node.family !== cidr.family) return "no";
      const [first, last] = cidrRange(cidr);
      if (node.first < first || node.first > last) return "no";
      const excluded = peer.except.some((text) => {
        const except = parseCidr(text);
        if (!except || except.family !== node.family) return false;
        const [e0, e1] = cidrRange(except);
        return node.first >= e0 && node.first <= e1;
      });
      return excluded ? "no" : "yes";
    }
    case "selector": {
      if (node.kind !== "workload") return "no";
      const inNamespace = peer.namespaceSelector ? selectorMatchesPartly(peer.namespaceSelector, namespaces.labelsOf(node.namespace)) : node.namespace === policyNamespace ? "yes" : "no";
      if (inNamespace === "no") return "no";
      const pod = !peer.podSelector || selectorMatches(peer.podSelector, node.labels) ? "yes" : "no";
      return and2(inNamespace, pod);
    }
  }
}
function ruleMatchesNode(rule46, policyNamespace, node, namespaces, podNetworks) {
  if (!rule46.peers) return "yes";
  let result = "no";
  for (const peer of rule46.peers) {
    const one = peerMatchesNode(peer, policyNamespace, node, namespaces, podNetworks);
    if (one === "yes") return "yes";
    if (one === "unknown") result = "unknown";
  }
  return result;
}
function rulePorts(rule46, destination) {
  if (!rule46.ports) return ALL_PORTS;
  let set = NO_PORTS;
  for (const entry of rule46.ports) {
    if (!isProtocol(entry.protocol)) continue;
    const protocol = entry.protocol;
    if (entry.port === void 0) set = union(set, portRange(protocol));
    else if (typeof entry.port === "number") set = union(set, portRange(protocol, entry.port, entry.endPort));
    else if (destination.kind === "workload") {
      for (const port of destination.ports) {
        if (port.name === entry.port && port.protocol === protocol)
          set = union(set, portRange(protocol, port.containerPort));
      }
    }
  }
  return set;
}
var hasNamedPort = (rule46) => rule46.ports?.some((p) => typeof p.port === "string") ?? false;
function classKey(node) {
  const labels = Object.entries(node.labels).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return JSON.stringify([node.namespace, labels, node.ports]);
}
var nodes0 = (workloads, externals) => [...workloads, ...externals];
function buildConnectivity(input) {
  const { workloads, policies, namespaces } = input;
  const podNetworks = (input.podNetworks ?? []).flatMap((text) => parseCidr(text) ?? []);
  const externals = externalBlocks([...policies, ...input.cutPolicies ?? []]);
  const nodes = nodes0(workloads, externals);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const indexOf = new Map(nodes.map((node, i) => [node, i]));
  const byNamespace = /* @__PURE__ */ new Map();
  for (const workload of workloads) {
    const list = byNamespace.get(workload.namespace);
    if (list) list.push(workload);
    else byNamespace.set(workload.namespace, [workload]);
  }
  const policiesByNamespace = /* @__PURE__ */ new Map();
  for (const policy of policies) {
    const list = policiesByNamespace.get(policy.namespace);
    if (list) list.push(policy);
    else policiesByNamespace.set(policy.namespace, [policy]);
  }
  const classIds = /* @__PURE__ */ new Map();
  const classOf = nodes.map((node) => {
    if (node.kind !== "workload") return -1;
    const key2 = classKey(node);
    let id = classIds.get(key2);
    if (id === void 0) classIds.set(key2, id = classIds.size);
    return id;
  });
  const namespaceNames = [...byNamespace.keys()];
  const isolatingByClass = { ingress: [], egress: [] };
  const isolating = (workload, direction) => {
    const classId = classOf[indexOf.get(workload) ?? -1];
    const cached = classId === void 0 || classId < 0 ? void 0 : isolatingByClass[direction][classId];
    if (cached) return cached;
    const found = (policiesByNamespace.get(workload.namespace) ?? []).filter(
      (policy) => policy.types[direction] && selectorMatches(policy.podSelector, workload.labels)
    );
    if (classId !== void 0 && classId >= 0) isolatingByClass[direction][classId] = found;
    return found;
  };
  const peerCandidates = (peer, policyNamespace) => {
    switch (peer.kind) {
      case "empty":
        return [];
      case "ipBlock":
        return podNetworks.length > 0 ? nodes : externals;
      case "selector": {
        if (!peer.namespaceSelector) return byNamespace.get(policyNamespace) ?? [];
        const selector = peer.namespaceSelector;
        return namespaceNames.filter((ns) => selectorMatchesPartly(selector, namespaces.labelsOf(ns)) !== "no").flatMap((ns) => byNamespace.get(ns) ?? []);
      }
    }
  };
  const matchedByRule = /* @__PURE__ */ new Map();
  const matchedBy = (rule46, policyNamespace) => {
    let matched = matchedByRule.get(rule46);
    if (matched) return matched;
    const results = /* @__PURE__ */ new Map();
    if (!rule46.peers) nodes.forEach((_, i) => results.set(i, "yes"));
    for (const peer of rule46.peers ?? []) {
      for (const node of peerCandidates(peer, policyNamespace)) {
        const index = indexOf.get(node);
        if (results.get(index) === "yes") continue;
        const result = peerMatchesNode(peer, policyNamespace, node, namespaces, podNetworks);
        if (result !== "no") results.set(index, result);
      }
    }
    matched = { yes: [], maybe: [] };
    for (const [index, result] of results) (result === "yes" ? matched.yes : matched.maybe).push(index);
    matchedByRule.set(rule46, matched);
    return matched;
  };
  const sides = {
    ingress: [],
    egress: []
  };
  const sideOf = (index, direction) => {
    const classId = classOf[index];
    const cached = sides[direction][classId];
    if (cached !== void 0) return cached;
    const workload = nodes[index];
    const isolatedBy = isolating(workload, direction);
    let allowance = null;
    if (isolatedBy.length > 0) {
      const map = /* @__PURE__ */ new Map();
      allowance = map;
      const add = (peer, ports, certain) => {
        if (isEmpty(ports)) return;
        const current = map.get(peer) ?? { allowed: NO_PORTS, maybe: NO_PORTS };
        map.set(
          peer,
          certain ? { allowed: union(current.allowed, ports), maybe: current.maybe } : { allowed: current.allowed, maybe: union(current.maybe, ports) }
        );
      };
      for (const policy of isolatedBy) {
        for (const rule46 of policy[direction]) {
          const matched = matchedBy(rule46, policy.namespace);
          const named = hasNamedPort(rule46);
          const fixedPorts = direction === "ingress" || !named ? rulePorts(rule46, workload) : void 0;
          for (const peer of matched.yes) add(peer, fixedPorts ?? rulePorts(rule46, nodes[peer]), true);
          for (const peer of matched.maybe) add(peer, fixedPorts ?? rulePorts(rule46, nodes[peer]), false);
        }
      }
    }
    sides[direction][classId] = allowance;
    return allowance;
  };
  const OPEN = { allowed: ALL_PORTS, maybe: NO_PORTS };
  const CLOSED = { allowed: NO_PORTS, maybe: NO_PORTS };
  const judged = (subject, other, direction) => {
    if (classOf[subject] === -1) return OPEN;
    const allowance = sideOf(subject, direction);
    return allowance ? allowance.get(other) ?? CLOSED : OPEN;
  };
  const computeEdge = (i, j) => {
    if (i === j || classOf[i] === -1 && classOf[j] === -1) return void 0;
    const egress = judged(i, j, "egress");
    if (egress === CLOSED || isEmpty(egress.allowed) && isEmpty(egress.maybe)) return void 0;
    const ingress = judged(j, i, "ingress");
    if (ingress === CLOSED) return void 0;
    const allowed = intersect(egress.allowed, ingress.allowed);
    const undecided = egress.maybe === NO_PORTS && ingress.maybe === NO_PORTS ? NO_PORTS : subtract(
      intersect(union(egress.allowed, egress.maybe), union(ingress.allowed, ingress.maybe)),
      allowed
    );
    if (isEmpty(allowed) && isEmpty(undecided)) return void 0;
    return { from: nodes[i], to: nodes[j], allowed, undecided };
  };
  const edge = (from, to) => {
    const i = indexOf.get(from);
    const j = indexOf.get(to);
    return i === void 0 || j === void 0 ? void 0 : computeEdge(i, j);
  };
  const indexById = new Map(nodes.map((node, i) => [node.id, i]));
  return {
    nodes,
    workloads,
    *edges() {
      for (let i = 0; i < nodes.length; i++) {
        for (let j = 0; j < nodes.length; j++) {
          const found = computeEdge(i, j);
          if (found) yield found;
        }
      }
    },
    edge,
    edgeAt: computeEdge,
    indexOf: (id) => indexById.get(id),
    node: (id) => byId.get(id),
    side(from, to, direction) {
      const subject = direction === "egress" ? from : to;
      const other = direction === "egress" ? to : from;
      const verdict = {
        direction,
        isolatedBy: [],
        rules: [],
        allowed: ALL_PORTS,
        undecided: NO_PORTS
      };
      if (subject.kind !== "workload") return verdict;
      verdict.isolatedBy = isolating(subject, direction);
      if (verdict.isolatedBy.length === 0) return verdict;
      let allowed = NO_PORTS;
      let maybe = NO_PORTS;
      for (const policy of verdict.isolatedBy) {
        for (const rule46 of policy[direction]) {
          const match = ruleMatchesNode(rule46, policy.namespace, other, namespaces, podNetworks);
          if (match === "no") continue;
          const ports = rulePorts(rule46, direction === "ingress" ? subject : other);
          verdict.rules.push({ policy, rule: rule46, ports, certain: match === "yes" });
          if (match === "yes") allowed = union(allowed, ports);
          else maybe = union(maybe, ports);
        }
      }
      verdict.allowed = allowed;
      verdict.undecided = subtract(maybe, allowed);
      return verdict;
    },
    externalAt(family, address) {
      return externals.find(
        (block) => block.family === family && address >= block.first && address <= block.last
      );
    }
  };
}

// src/netpol/model.ts
var PEER_KEY = { ingress: "from", egress: "to" };
function parsePort(value, path) {
  if (!isRecord(value)) return void 0;
  const port = { protocol: typeof value.protocol === "string" ? value.protocol : "TCP", path };
  if (typeof value.port === "number" || typeof value.port === "string") port.port = value.port;
  if (typeof value.endPort === "number") port.endPort = value.endPort;
  return port;
}
function parsePeer(value, path) {
  if (!isRecord(value)) return void 0;
  const podSelector = asLabelSelector(value.podSelector);
  const namespaceSelector = asLabelSelector(value.namespaceSelector);
  if (isRecord(value.ipBlock)) {
    const except = Array.isArray(value.ipBlock.except) ? value.ipBlock.except.map(String) : [];
    const cidr = typeof value.ipBlock.cidr === "string" ? value.ipBlock.cidr : "";
    return { kind: "ipBlock", cidr, except, mixedWithSelectors: !!(podSelector || namespaceSelector), path };
  }
  if (!podSelector && !namespaceSelector) return { kind: "empty", path };
  const peer = { kind: "selector", path };
  if (podSelector) peer.podSelector = podSelector;
  if (namespaceSelector) peer.namespaceSelector = namespaceSelector;
  return peer;
}
function parseRules(value, direction) {
  if (!Array.isArray(value)) return [];
  const rules = [];
  value.forEach((raw, index) => {
    const path = ["spec", direction, index];
    const rule46 = isRecord(raw) ? raw : {};
    const peerKey = PEER_KEY[direction];
    const parsed = { path };
    const peersValue = rule46[peerKey];
    if (Array.isArray(peersValue) && peersValue.length > 0) {
      parsed.peers = peersValue.flatMap((peer, i) => parsePeer(peer, [...path, peerKey, i]) ?? []);
    }
    if (Array.isArray(rule46.ports) && rule46.ports.length > 0) {
      parsed.ports = rule46.ports.flatMap((port, i) => parsePort(port, [...path, "ports", i]) ?? []);
    }
    rules.push(parsed);
  });
  return rules;
}
function parseNetworkPolicy(object, namespace) {
  const root = isRecord(object) ? object : {};
  const metadata = isRecord(root.metadata) ? root.metadata : {};
  const spec2 = isRecord(root.spec) ? root.spec : {};
  const ingress = parseRules(spec2.ingress, "ingress");
  const egress = parseRules(spec2.egress, "egress");
  const written2 = Array.isArray(spec2.policyTypes) ? spec2.policyTypes.map(String) : [];
  const types = written2.length > 0 ? { ingress: written2.includes("Ingress"), egress: written2.includes("Egress") } : { ingress: true, egress: egress.length > 0 };
  const model = {
    name: typeof metadata.name === "string" ? metadata.name : "",
    namespace,
    podSelector: asLabelSelector(spec2.podSelector) ?? {},
    types,
    ingress,
    egress
  };
  if (written2.length > 0) model.explicitTypes = written2;
  return model;
}

// src/netpol/bundle.ts
var policyCache = /* @__PURE__ */ new WeakMap();
var directoryCache = /* @__PURE__ */ new WeakMap();
var endpointCache = /* @__PURE__ */ new WeakMap();
var namespacePolicyCache = /* @__PURE__ */ new WeakMap();
function policyOf(resource) {
  let policy = policyCache.get(resource);
  if (!policy) {
    policy = { ...parseNetworkPolicy(resource.object, resource.namespace), resource };
    policyCache.set(resource, policy);
  }
  return policy;
}
function policiesInNamespace(bundle, namespace) {
  let byNamespace = namespacePolicyCache.get(bundle);
  if (!byNamespace) namespacePolicyCache.set(bundle, byNamespace = /* @__PURE__ */ new Map());
  let policies = byNamespace.get(namespace);
  if (!policies) {
    policies = bundle.inNamespace("NetworkPolicy", namespace).map(policyOf);
    byNamespace.set(namespace, policies);
  }
  return policies;
}
function namespacesOf(bundle) {
  let directory = directoryCache.get(bundle);
  if (!directory) {
    directory = namespaceDirectory(
      bundle.ofKind("Namespace").map((ns) => ({ name: ns.name, labels: ns.labels }))
    );
    directoryCache.set(bundle, directory);
  }
  return directory;
}
function containerPortsOf(spec2) {
  if (!isRecord(spec2)) return [];
  const containers = [
    ...Array.isArray(spec2.containers) ? spec2.containers : [],
    ...(Array.isArray(spec2.initContainers) ? spec2.initContainers : []).filter(
      (c) => isRecord(c) && c.restartPolicy === "Always"
    )
  ];
  const ports = [];
  for (const container of containers) {
    if (!isRecord(container) || !Array.isArray(container.ports)) continue;
    for (const port of container.ports) {
      if (!isRecord(port) || typeof port.containerPort !== "number") continue;
      const entry = {
        containerPort: port.containerPort,
        protocol: typeof port.protocol === "string" ? port.protocol : "TCP"
      };
      if (typeof port.name === "string") entry.name = port.name;
      ports.push(entry);
    }
  }
  return ports;
}
function podEndpointOf(template) {
  let endpoint = endpointCache.get(template);
  if (!endpoint) {
    endpoint = {
      kind: "pod",
      namespace: template.namespace,
      labels: template.labels,
      ports: containerPortsOf(template.spec)
    };
    endpointCache.set(template, endpoint);
  }
  return endpoint;
}
function templatesSelectedBy(bundle, namespace, selector) {
  return bundle.podTemplatesMatching(namespace, selector);
}
function workloadNodesOf(bundle) {
  const nodes = [];
  const seen = /* @__PURE__ */ new Set();
  for (const namespace of [...bundle.namespaces()].sort()) {
    for (const template of bundle.podTemplates(namespace)) {
      const { workload } = template;
      const id = workloadId(template.namespace, workload.name, workload.kind);
      if (seen.has(id)) continue;
      seen.add(id);
      nodes.push({
        kind: "workload",
        id,
        namespace: template.namespace,
        name: workload.name,
        workloadKind: workload.kind,
        labels: template.labels,
        ports: podEndpointOf(template).ports ?? [],
        resource: workload
      });
    }
  }
  return nodes;
}
function connectivityOfBundle(bundle, options = {}) {
  const declared = /* @__PURE__ */ new Map();
  for (const [name, labels] of Object.entries(options.namespaceLabels ?? {})) declared.set(name, labels);
  for (const ns of bundle.ofKind("Namespace")) declared.set(ns.name, ns.labels);
  return buildConnectivity({
    workloads: workloadNodesOf(bundle),
    policies: bundle.ofKind("NetworkPolicy").map(policyOf),
    namespaces: namespaceDirectory([...declared].map(([name, labels]) => ({ name, labels }))),
    ...options.podNetworks ? { podNetworks: options.podNetworks } : {},
    ...options.cutPolicies ? { cutPolicies: options.cutPolicies } : {}
  });
}

// src/manifests/rules/netpol-util.ts
var DIRECTIONS = ["ingress", "egress"];
var PEER_KEY2 = { ingress: "from", egress: "to" };
function pathText(path) {
  return path.reduce(
    (text, part) => typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part,
    ""
  );
}
var policyName = (policy) => `NetworkPolicy ${policy.namespace}/${policy.name}`;
function* rulesOf(policy) {
  for (const direction of DIRECTIONS) {
    const rules = policy[direction];
    for (let index = 0; index < rules.length; index++) yield { direction, rule: rules[index], index };
  }
}
function* peersOf(policy) {
  for (const { direction, rule: rule46 } of rulesOf(policy)) {
    for (const peer of rule46.peers ?? []) yield { direction, rule: rule46, peer };
  }
}
function* portsOf(policy) {
  for (const { direction, rule: rule46 } of rulesOf(policy)) {
    for (const port of rule46.ports ?? []) yield { direction, rule: rule46, port };
  }
}
function flowMap(labels) {
  return `{${Object.entries(labels).map(([k, v]) => `${k}: ${quoteIfNeeded(v)}`).join(", ")}}`;
}
function flowSelector(selector) {
  const parts = [];
  if (selector.matchLabels && Object.keys(selector.matchLabels).length > 0) {
    parts.push(`matchLabels: ${flowMap(selector.matchLabels)}`);
  }
  if (selector.matchExpressions && selector.matchExpressions.length > 0) {
    const expressions = selector.matchExpressions.map(
      (e) => e.values ? `{key: ${e.key}, operator: ${e.operator}, values: [${e.values.join(", ")}]}` : `{key: ${e.key}, operator: ${e.operator}}`
    );
    parts.push(`matchExpressions: [${expressions.join(", ")}]`);
  }
  return `{${parts.join(", ")}}`;
}
function quoteIfNeeded(value) {
  return /^[A-Za-z_][A-Za-z0-9_.\-/]*$/.test(value) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(value) ? value : JSON.stringify(value);
}
function listText(items, max = 5) {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
function portNameProblem(name) {
  if (name.length === 0 || name.length > 15) return "must be 1 to 15 characters";
  if (!/^[a-z0-9-]+$/.test(name)) return 'may contain only lowercase letters, digits and "-"';
  if (!/[a-z]/.test(name)) return "must contain at least one letter";
  if (name.startsWith("-") || name.endsWith("-")) return 'must not begin or end with "-"';
  if (name.includes("--")) return 'must not contain "--"';
  return void 0;
}

// src/manifests/rules/netpol-and-or-suspect.ts
var namespaceOnly = (peer) => peer?.kind === "selector" && !!peer.namespaceSelector && !peer.podSelector;
var podOnly = (peer) => peer?.kind === "selector" && !!peer.podSelector && !peer.namespaceSelector && !isEmptySelector(peer.podSelector);
var rule22 = {
  meta: {
    id: "netpol-and-or-suspect",
    severity: "info",
    kinds: ["NetworkPolicy"],
    description: "Adjacent from/to elements where one has only a namespaceSelector and the next only a podSelector: two peers (OR) where one peer with both selectors (AND) was probably meant.",
    rationale: 'One extra "-" turns "pods app=x in namespaces y" into "every pod of namespaces y, OR pods app=x of this namespace": the policy admits far more than intended, and the pods in the other namespace it was written for may not be admitted at all.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {team: shop}}
    - podSelector: {matchLabels: {app: api}}
`,
      good: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {team: shop}}
      podSelector: {matchLabels: {app: api}}
`
    }
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind("NetworkPolicy")) {
      const policy = policyOf(resource);
      for (const { direction, rule: rule46 } of rulesOf(policy)) {
        const peers = rule46.peers ?? [];
        for (let i = 0; i + 1 < peers.length; i++) {
          const first = peers[i];
          const second = peers[i + 1];
          const namespacePeer = namespaceOnly(first) ? first : namespaceOnly(second) ? second : void 0;
          const podPeer = podOnly(first) ? first : podOnly(second) ? second : void 0;
          if (!namespacePeer || !podPeer || !first || !second) continue;
          const key2 = PEER_KEY2[direction];
          const namespaces = isEmptySelector(namespacePeer.namespaceSelector) ? "every namespace" : `namespaces ${describeSelector(namespacePeer.namespaceSelector)}`;
          const pods = describeSelector(podPeer.podSelector);
          report({
            resource,
            path: second.path,
            message: `${policyName(policy)} ${pathText(first.path)} and ${pathText(second.path)} are two peers (OR): every pod of ${namespaces}, or pods ${pods} of namespace ${policy.namespace} \u2014 if you meant pods ${pods} in ${namespaces}, that is one peer with both selectors`,
            hint: `for AND, remove the "-" before ${pathText(second.path)} so both selectors sit in one element of ${key2}: {namespaceSelector: ${flowSelector(namespacePeer.namespaceSelector)}, podSelector: ${flowSelector(podPeer.podSelector)}}; if OR is intended, add the annotation slo-gate.dev/ignore: netpol-and-or-suspect`
          });
          i += 1;
        }
      }
    }
  }
};

// src/manifests/rules/netpol-blocks-ingress-backend.ts
function backendOf(value, path) {
  if (!isRecord(value)) return void 0;
  if (isRecord(value.service)) {
    const { name, port } = value.service;
    if (typeof name !== "string" || !isRecord(port)) return void 0;
    const ref = typeof port.number === "number" ? port.number : typeof port.name === "string" ? port.name : void 0;
    return ref === void 0 ? void 0 : { service: name, port: ref, path: [...path, "service", "name"] };
  }
  const { serviceName, servicePort } = value;
  if (typeof serviceName === "string" && (typeof servicePort === "number" || typeof servicePort === "string")) {
    return { service: serviceName, port: servicePort, path: [...path, "serviceName"] };
  }
  return void 0;
}
function backendsOf(ingress) {
  const spec2 = isRecord(ingress.object.spec) ? ingress.object.spec : {};
  const backends = [];
  const defaultKey = isRecord(spec2.defaultBackend) ? "defaultBackend" : "backend";
  const fallback = backendOf(spec2[defaultKey], ["spec", defaultKey]);
  if (fallback) backends.push(fallback);
  const rules = Array.isArray(spec2.rules) ? spec2.rules : [];
  rules.forEach((rule46, i) => {
    if (!isRecord(rule46) || !isRecord(rule46.http) || !Array.isArray(rule46.http.paths)) return;
    rule46.http.paths.forEach((p, j) => {
      if (!isRecord(p)) return;
      const backend = backendOf(p.backend, ["spec", "rules", i, "http", "paths", j, "backend"]);
      if (backend) backends.push(backend);
    });
  });
  return backends;
}
function servicePortOf(service, ref) {
  const spec2 = isRecord(service.object.spec) ? service.object.spec : {};
  const ports = Array.isArray(spec2.ports) ? spec2.ports.filter(isRecord) : [];
  const entry = ports.find((p) => typeof ref === "number" ? p.port === ref : p.name === ref);
  if (!entry || typeof entry.port !== "number") return void 0;
  const targetPort = typeof entry.targetPort === "number" || typeof entry.targetPort === "string" ? entry.targetPort : entry.port;
  return {
    port: entry.port,
    targetPort,
    protocol: typeof entry.protocol === "string" ? entry.protocol : "TCP"
  };
}
function targetPortOn(template, servicePort) {
  const { targetPort, protocol } = servicePort;
  if (typeof targetPort === "number") return targetPort;
  if (/^[0-9]+$/.test(targetPort)) return Number(targetPort);
  return containerPortsOf(template.spec).find((p) => p.name === targetPort && p.protocol === protocol)?.containerPort;
}
function controllerOf(bundle, controller) {
  const [template] = bundle.podTemplatesMatching(controller.namespace, { matchLabels: controller.podLabels });
  if (template) return podEndpointOf(template);
  return { kind: "pod", namespace: controller.namespace, labels: controller.podLabels };
}
var EXAMPLE_BUNDLE = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web, namespace: shop}
spec:
  rules:
  - http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 8080}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all, namespace: shop}
spec:
  podSelector: {}
`;
var rule23 = {
  meta: {
    id: "netpol-blocks-ingress-backend",
    severity: "error",
    kinds: ["Ingress", "Service", "NetworkPolicy"],
    description: "An Ingress routes to a Service whose pods are isolated for ingress, and no NetworkPolicy admits the ingress controller's pods on the Service's target port.",
    rationale: "The ingress controller proxies to the pods directly; when their policies drop its connections, every request through the Ingress ends in a 502/504 although pods, Service and Ingress all look healthy.",
    example: {
      bad: `${EXAMPLE_BUNDLE}`,
      good: `${EXAMPLE_BUNDLE}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-from-ingress, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}
      podSelector: {matchLabels: {app.kubernetes.io/name: ingress-nginx}}
    ports: [{port: 8080}]
`
    }
  },
  check({ bundle, options, report }) {
    const namespaces = namespacesOf(bundle);
    const controller = controllerOf(bundle, options.ingressController);
    const controllerText = `pods ${describeSelector(options.ingressController.podLabels)} in namespace ${options.ingressController.namespace}`;
    for (const ingress of bundle.ofKind("Ingress")) {
      const policies = policiesInNamespace(bundle, ingress.namespace);
      if (!policies.some((policy) => policy.types.ingress)) continue;
      const seen = /* @__PURE__ */ new Set();
      for (const backend of backendsOf(ingress)) {
        const key2 = `${backend.service}\0${backend.port}`;
        if (seen.has(key2)) continue;
        seen.add(key2);
        const service = bundle.get("Service", ingress.namespace, backend.service);
        if (!service) continue;
        const servicePort = servicePortOf(service, backend.port);
        const selector = stringMap(isRecord(service.object.spec) ? service.object.spec.selector : void 0);
        if (!servicePort || Object.keys(selector).length === 0) continue;
        const blocked = [];
        for (const template of bundle.podTemplatesMatching(ingress.namespace, { matchLabels: selector })) {
          const port = targetPortOn(template, servicePort);
          if (port === void 0) continue;
          const verdict = evaluate(
            {
              from: controller,
              to: podEndpointOf(template),
              port,
              protocol: servicePort.protocol,
              direction: "ingress"
            },
            policies,
            namespaces
          );
          if (verdict.result === "denied") blocked.push({ template, port, isolatedBy: verdict.isolatedBy });
        }
        const [first] = blocked;
        if (!first) continue;
        const isolating = [...new Set(blocked.flatMap((b) => b.isolatedBy))];
        const fixIn = isolating.find((policy) => policy.ingress.length > 0) ?? isolating[0];
        const workloads = [
          ...new Set(blocked.map((b) => `${b.template.workload.id} (${b.port}/${servicePort.protocol})`))
        ];
        const from = `{namespaceSelector: {matchLabels: {${NAMESPACE_NAME_LABEL}: ${options.ingressController.namespace}}}${Object.keys(options.ingressController.podLabels).length > 0 ? `, podSelector: {matchLabels: ${flowMap(options.ingressController.podLabels)}}` : ""}}`;
        const ports = [...new Set(blocked.map((b) => b.port))].map((p) => `{protocol: ${servicePort.protocol}, port: ${p}}`).join(", ");
        report({
          resource: ingress,
          path: backend.path,
          message: `backend Service ${backend.service}:${backend.port} sends to ${listText(workloads, 3)}, isolated for ingress by ${isolating.map((p) => `${p.namespace}/${p.name}`).join(", ")}, and no policy admits the ingress controller (${controllerText}): requests through this Ingress fail with 502/504`,
          hint: `add this rule to spec.ingress of ${policyName(fixIn)} (or a policy selecting these pods): {from: [${from}], ports: [${ports}]}; if the controller runs elsewhere, set manifests.ingressController (namespace, podLabels) in slo-gate.yaml`
        });
      }
    }
  }
};

// src/manifests/rules/netpol-dns-egress-blocked.ts
var COREDNS_PORTS = [
  { name: "dns", containerPort: 53, protocol: "UDP" },
  { name: "dns-tcp", containerPort: 53, protocol: "TCP" },
  { name: "metrics", containerPort: 9153, protocol: "TCP" }
];
var PROTOCOLS2 = ["UDP", "TCP"];
function dnsPodOf(bundle, dns) {
  const [template] = bundle.podTemplatesMatching(dns.namespace, { matchLabels: dns.podLabels });
  if (template) return podEndpointOf(template);
  return { kind: "pod", namespace: dns.namespace, labels: dns.podLabels, ports: COREDNS_PORTS };
}
function resolversOf(spec2, dnsPod) {
  if (spec2.hostNetwork === true) return void 0;
  const dnsPolicy = typeof spec2.dnsPolicy === "string" ? spec2.dnsPolicy : "ClusterFirst";
  if (dnsPolicy === "Default") return void 0;
  if (dnsPolicy === "None") {
    const config = isRecord(spec2.dnsConfig) ? spec2.dnsConfig : {};
    const nameservers = Array.isArray(config.nameservers) ? config.nameservers.map(String) : [];
    return nameservers.length > 0 ? nameservers.map((ip) => ({ kind: "ip", ip })) : void 0;
  }
  return [dnsPod];
}
function dnsRuleYaml(resolvers, dns) {
  const ports = "[{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]";
  if (resolvers[0]?.kind === "ip") {
    const blocks = resolvers.map((r) => {
      const ip = r.ip;
      return `{ipBlock: {cidr: ${ip}/${ip.includes(":") ? 128 : 32}}}`;
    });
    return `{to: [${blocks.join(", ")}], ports: ${ports}}`;
  }
  const podSelector = Object.keys(dns.podLabels).length > 0 ? `, podSelector: {matchLabels: ${flowMap(dns.podLabels)}}` : "";
  return `{to: [{namespaceSelector: {matchLabels: {${NAMESPACE_NAME_LABEL}: ${dns.namespace}}}${podSelector}}], ports: ${ports}}`;
}
function blamePath(policy) {
  if (policy.egress.length > 0) return ["spec", "egress"];
  const index = policy.explicitTypes?.indexOf("Egress") ?? -1;
  return index >= 0 ? ["spec", "policyTypes", index] : ["spec", "podSelector"];
}
var WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
---
`;
var rule24 = {
  meta: {
    id: "netpol-dns-egress-blocked",
    severity: "error",
    kinds: ["NetworkPolicy"],
    description: "A pod isolated for egress cannot reach cluster DNS on both UDP 53 and TCP 53, judging all the policies that select it together.",
    rationale: "Once any policy with the Egress type selects a pod, it may only send what some policy allows. Without DNS every lookup of a Service name fails and the pod cannot reach anything by name; without TCP 53, answers too large for UDP (truncated, retried over TCP) fail intermittently.",
    example: {
      bad: `${WORKLOADS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: db}}}]
    ports: [{port: 5432}]
`,
      good: `${WORKLOADS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: db}}}]
    ports: [{port: 5432}]
  - to:
    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
      podSelector: {matchLabels: {k8s-app: kube-dns}}
    ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]
`
    }
  },
  check({ bundle, options, report }) {
    const namespaces = namespacesOf(bundle);
    const dnsPod = dnsPodOf(bundle, options.dns);
    for (const namespace of bundle.namespaces()) {
      const policies = policiesInNamespace(bundle, namespace);
      if (!policies.some((policy) => policy.types.egress)) continue;
      const groups = /* @__PURE__ */ new Map();
      for (const template of bundle.podTemplates(namespace)) {
        const resolvers = resolversOf(template.spec, dnsPod);
        if (!resolvers) continue;
        const pod = podEndpointOf(template);
        const missing = [];
        let isolatedBy = [];
        for (const protocol of PROTOCOLS2) {
          const verdicts = resolvers.map(
            (to) => evaluate({ from: pod, to, port: 53, protocol, direction: "egress" }, policies, namespaces)
          );
          isolatedBy = verdicts[0]?.isolatedBy ?? [];
          if (verdicts.every((v) => v.result === "denied")) missing.push(protocol);
        }
        if (missing.length === 0) continue;
        const blamed = isolatedBy.find((p) => p.egress.length > 0) ?? isolatedBy.find((p) => isEmptySelector(p.podSelector)) ?? isolatedBy[0];
        if (!blamed) continue;
        const resolverKey = resolvers.map((r) => r.kind === "ip" ? r.ip : "cluster-dns").join();
        const key2 = `${blamed.resource.id}\0${missing.join()}\0${resolverKey}`;
        let group = groups.get(key2);
        if (!group) {
          group = { policy: blamed, isolatedBy: /* @__PURE__ */ new Set(), missing, resolvers, workloads: [] };
          groups.set(key2, group);
        }
        for (const policy of isolatedBy) group.isolatedBy.add(policy.name);
        if (!group.workloads.includes(template.workload.id)) group.workloads.push(template.workload.id);
      }
      for (const { policy, isolatedBy, missing, resolvers, workloads } of groups.values()) {
        const target = resolvers[0]?.kind === "ip" ? `its nameservers ${resolvers.map((r) => r.ip).join(", ")} (dnsPolicy: None)` : `cluster DNS (${describeSelector(options.dns.podLabels)} pods in namespace ${options.dns.namespace})`;
        const what = missing.length === 2 ? `neither UDP 53 nor TCP 53 to ${target}: every name lookup fails` : missing[0] === "TCP" ? `UDP 53 but not TCP 53 to ${target}: answers too large for UDP, retried over TCP, fail` : `TCP 53 but not UDP 53 to ${target}: resolvers query over UDP first, so lookups time out`;
        const message = `${listText(workloads)} ${workloads.length === 1 ? "is" : "are"} isolated for egress by ${listText(
          [...isolatedBy].map((name) => `${namespace}/${name}`),
          3
        )}; together these policies allow ${what}`;
        const hint = `add this rule to spec.egress of ${policyName(policy)} (or to an allow-dns policy selecting these pods): ${dnsRuleYaml(resolvers, options.dns)}; if cluster DNS runs elsewhere, set manifests.dns (namespace, podLabels) in slo-gate.yaml`;
        report({ resource: policy.resource, path: blamePath(policy), message, hint });
      }
    }
  }
};

// src/manifests/rules/netpol-egress-ignored.ts
var rule25 = {
  meta: {
    id: "netpol-egress-ignored",
    severity: "warning",
    kinds: ["NetworkPolicy"],
    description: "A NetworkPolicy has egress rules, but its explicit spec.policyTypes does not list Egress.",
    rationale: "When policyTypes is given it is taken as is: without Egress the egress rules are ignored and the pods' outgoing traffic is not restricted at all \u2014 the restriction the author wrote never applies.",
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
  egress:
  - to: [{podSelector: {matchLabels: {app: db}}}]
`,
      good: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress, Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: db}}}]
  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]
`
    }
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind("NetworkPolicy")) {
      const policy = policyOf(resource);
      if (!policy.explicitTypes || policy.types.egress || policy.egress.length === 0) continue;
      const count = policy.egress.length;
      report({
        resource,
        path: ["spec", "egress"],
        message: `${policyName(policy)} has ${count} egress rule${count === 1 ? "" : "s"}, but spec.policyTypes [${policy.explicitTypes.join(", ")}] lacks Egress: the rules are ignored and egress stays unrestricted`,
        hint: "add Egress to spec.policyTypes to enforce them (then only these rules are allowed out: include DNS), or delete spec.egress"
      });
    }
  }
};

// src/manifests/rules/netpol-ipblock-invalid.ts
function sloppyForm(cidr) {
  const canonical = formatCidr(cidr);
  if (cidr.hostBitsSet) {
    const address = cidr.text.slice(0, cidr.text.indexOf("/"));
    const single = `${address}/${cidr.family === 4 ? 32 : 128}`;
    return {
      problem: `has bits set beyond the /${cidr.prefix} prefix: API servers with strict CIDR validation reject it, older ones silently read it as ${canonical}`,
      fix: `write ${canonical} for the network, or ${single} for that one address`
    };
  }
  if (cidr.leadingZeros) {
    return {
      problem: "has leading zeros: API servers with strict CIDR validation reject it, and other tools read such octets as octal",
      fix: `write ${canonical}`
    };
  }
  if (cidr.ipv4Mapped) {
    const v4 = formatIp(4, cidr.network & 0xffffffffn);
    const v4Prefix = cidr.prefix - 96;
    return {
      problem: "is an IPv4-mapped IPv6 CIDR: API servers with strict CIDR validation reject it, and implementations differ on whether it matches IPv4 traffic",
      fix: cidr.prefix >= 96 ? `write the IPv4 form ${v4}/${v4Prefix}` : `write ${canonical}`
    };
  }
  return void 0;
}
var rule26 = {
  meta: {
    id: "netpol-ipblock-invalid",
    severity: "error",
    kinds: ["NetworkPolicy"],
    description: "An ipBlock with a malformed cidr, an except entry that is not a strict subset of the cidr (or of the other IP family), or an ipBlock combined with selectors in one peer.",
    rationale: "The API server rejects the whole NetworkPolicy, so the apply fails and the release stops half done; non-canonical forms (host bits set, leading zeros) are read differently than written by some API servers and rejected by others.",
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-internet, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to:
    - ipBlock:
        cidr: 10.0.0.0/16
        except: [10.1.0.0/24]
`,
      good: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-internet, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to:
    - ipBlock:
        cidr: 10.0.0.0/16
        except: [10.0.1.0/24]
`
    }
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind("NetworkPolicy")) {
      const policy = policyOf(resource);
      for (const { peer } of peersOf(policy)) {
        if (peer.kind !== "ipBlock") continue;
        const where = `${policyName(policy)} ${pathText(peer.path)}`;
        const at = (...rest) => [...peer.path, "ipBlock", ...rest];
        if (peer.mixedWithSelectors) {
          report({
            resource,
            path: peer.path,
            message: `${where} combines ipBlock with podSelector/namespaceSelector in one peer: the API server rejects the policy ("may not specify both ipBlock and another peer")`,
            hint: `split it into separate elements of the list (each "- " one peer), one with the ipBlock and one with the selectors`
          });
        }
        if (peer.cidr === "") {
          report({
            resource,
            path: at(),
            message: `${where}.ipBlock has no cidr: the API server rejects the policy`,
            hint: "add cidr, e.g. cidr: 10.0.0.0/8 (use 0.0.0.0/0 for every IPv4 address)"
          });
          continue;
        }
        const cidr = parseCidr(peer.cidr);
        if (!cidr) {
          report({
            resource,
            path: at("cidr"),
            message: `${where}.ipBlock.cidr "${peer.cidr}" is not a valid CIDR: the API server rejects the policy`,
            hint: "write an address and a prefix length, e.g. 10.0.0.0/8 or 2001:db8::/32 (a single address is 10.1.2.3/32)"
          });
          continue;
        }
        const sloppy = sloppyForm(cidr);
        if (sloppy) {
          report({
            resource,
            path: at("cidr"),
            severity: "warning",
            message: `${where}.ipBlock.cidr ${peer.cidr} ${sloppy.problem}`,
            hint: sloppy.fix
          });
        }
        peer.except.forEach((text, index) => {
          const exceptPath = at("except", index);
          const label = `${where}.ipBlock.except[${index}]`;
          const except = parseCidr(text);
          if (!except) {
            report({
              resource,
              path: exceptPath,
              message: `${label} "${text}" is not a valid CIDR: the API server rejects the policy`,
              hint: `write a network inside ${peer.cidr}, e.g. ${formatCidr({ ...cidr, prefix: Math.min(cidr.prefix + 8, cidr.family === 4 ? 32 : 128) })}`
            });
            return;
          }
          if (except.family !== cidr.family) {
            report({
              resource,
              path: exceptPath,
              message: `${label} ${text} is IPv${except.family} but the cidr ${peer.cidr} is IPv${cidr.family}: the API server rejects the policy (except must be a strict subset of cidr)`,
              hint: `put IPv${except.family} ranges in a separate ipBlock peer with an IPv${except.family} cidr`
            });
            return;
          }
          if (!isStrictSubnet(except, cidr)) {
            const reason = except.prefix <= cidr.prefix ? `is not smaller than the cidr ${peer.cidr}` : `lies outside the cidr ${peer.cidr}`;
            report({
              resource,
              path: exceptPath,
              message: `${label} ${text} ${reason}: the API server rejects the policy (except must be a strict subset of cidr)`,
              hint: `list only ranges inside ${formatCidr(cidr)} with a prefix longer than /${cidr.prefix}, or widen the cidr`
            });
            return;
          }
          const sloppyExcept = sloppyForm(except);
          if (sloppyExcept) {
            report({
              resource,
              path: exceptPath,
              severity: "warning",
              message: `${label} ${text} ${sloppyExcept.problem}`,
              hint: sloppyExcept.fix
            });
          }
        });
      }
    }
  }
};

// src/manifests/rules/netpol-named-port-unresolved.ts
function namedNamespaces(selector) {
  let names;
  const narrow = (allowed) => names = names ? names.filter((n) => allowed.includes(n)) : allowed;
  for (const [key2, value] of Object.entries(selector.matchLabels ?? {})) {
    if (key2 !== NAMESPACE_NAME_LABEL) return void 0;
    narrow([value]);
  }
  for (const e of selector.matchExpressions ?? []) {
    if (e.key !== NAMESPACE_NAME_LABEL || e.operator !== "In") return void 0;
    narrow(e.values ?? []);
  }
  return names;
}
function destinationsOf(bundle, policy, direction, rule46) {
  if (direction === "ingress") return templatesSelectedBy(bundle, policy.namespace, policy.podSelector);
  if (!rule46.peers) return void 0;
  const destinations = [];
  for (const peer of rule46.peers) {
    if (peer.kind === "empty") continue;
    if (peer.kind !== "selector") return void 0;
    const names = peer.namespaceSelector ? namedNamespaces(peer.namespaceSelector) : [policy.namespace];
    if (!names) return void 0;
    for (const namespace of names) {
      if (bundle.podTemplates(namespace).length === 0) return void 0;
      destinations.push(...templatesSelectedBy(bundle, namespace, peer.podSelector ?? {}));
    }
  }
  return destinations;
}
var WORKLOADS2 = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx
        ports: [{name: http, containerPort: 8080}]
---
`;
var rule27 = {
  meta: {
    id: "netpol-named-port-unresolved",
    severity: "error",
    kinds: ["NetworkPolicy"],
    description: "A NetworkPolicy port given by name that no container of the destination pods declares (containerPort name and protocol).",
    rationale: "A named port resolves on the destination pod: a container port with that name and protocol. When none has it, the rule matches no traffic at all, and the connections it was meant to allow are dropped.",
    example: {
      bad: `${WORKLOADS2}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - ports: [{port: web-http}]
`,
      good: `${WORKLOADS2}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - ports: [{port: http}]
`
    }
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind("NetworkPolicy")) {
      const policy = policyOf(resource);
      for (const { direction, rule: rule46 } of rulesOf(policy)) {
        if (!policy.types[direction]) continue;
        const named = (rule46.ports ?? []).filter(
          (p) => typeof p.port === "string" && !portNameProblem(p.port)
        );
        if (named.length === 0) continue;
        const destinations = destinationsOf(bundle, policy, direction, rule46);
        if (!destinations || destinations.length === 0) continue;
        const declared = destinations.map((t) => ({
          workload: t.workload.id,
          ports: containerPortsOf(t.spec)
        }));
        for (const port of named) {
          if (declared.some((d) => d.ports.some((p) => p.name === port.port && p.protocol === port.protocol)))
            continue;
          const otherProtocol = declared.flatMap(
            (d) => d.ports.filter((p) => p.name === port.port).map((p) => `${d.workload} declares ${port.port} as ${p.protocol}`)
          );
          const workloads = [...new Set(declared.map((d) => d.workload))];
          const whose = direction === "ingress" ? "the pods it selects" : "the destination pods";
          const message = `${policyName(policy)} ${pathText([...port.path, "port"])} names port "${port.port}" (${port.protocol}), but no container of ${whose} (${listText(workloads, 3)}) declares a ${port.protocol} port with that name${otherProtocol.length > 0 ? ` (${listText(otherProtocol, 2)})` : ""}: this port entry matches no traffic`;
          const available = [
            ...new Set(
              declared.flatMap(
                (d) => d.ports.map(
                  (p) => p.name ? `${p.name}=${p.containerPort}/${p.protocol}` : `${p.containerPort}/${p.protocol}`
                )
              )
            )
          ];
          const hint = otherProtocol.length > 0 ? `set protocol of ${pathText(port.path)} to match the container port, or declare the port with protocol ${port.protocol}` : `name a containerPort "${port.port}" in the pod template, or use a declared port (${available.length > 0 ? listText(available, 6) : "the containers declare no ports"})`;
          report({ resource, path: [...port.path, "port"], message, hint });
        }
      }
    }
  }
};

// src/manifests/rules/netpol-peer-selects-no-pods.ts
var WORKLOADS3 = `apiVersion: apps/v1
kind: Deployment
metadata: {name: gateway, namespace: shop}
spec:
  selector: {matchLabels: {app: gateway}}
  template:
    metadata: {labels: {app: gateway}}
    spec: {containers: [{name: gateway, image: envoyproxy/envoy}]}
---
`;
var rule28 = {
  meta: {
    id: "netpol-peer-selects-no-pods",
    severity: "warning",
    kinds: ["NetworkPolicy"],
    description: "A from/to peer with only a podSelector matches no pod template in the namespace of the policy.",
    rationale: `A peer with only a podSelector means "these pods of the policy's own namespace". When no pod has those labels the rule admits (or reaches) nobody, so the traffic it was written for is dropped \u2014 usually a label typo, or a peer in another namespace that needs a namespaceSelector too.`,
    example: {
      bad: `${WORKLOADS3}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from:
    - podSelector: {matchLabels: {app: gatway}}
`,
      good: `${WORKLOADS3}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from:
    - podSelector: {matchLabels: {app: gateway}}
`
    }
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind("NetworkPolicy")) {
      const policy = policyOf(resource);
      for (const { direction, peer } of peersOf(policy)) {
        if (peer.kind !== "selector" || peer.namespaceSelector || !peer.podSelector) continue;
        if (isEmptySelector(peer.podSelector)) continue;
        if (templatesSelectedBy(bundle, policy.namespace, peer.podSelector).length > 0) continue;
        const present = bundle.podTemplates(policy.namespace);
        const effect = direction === "ingress" ? "admits no source" : "reaches no destination";
        const message = `${policyName(policy)} ${pathText(peer.path)} selects pods ${describeSelector(
          peer.podSelector
        )} of namespace ${policy.namespace}, but no workload there has these labels: this peer ${effect}`;
        const hint = present.length === 0 ? `the bundle has no workload in namespace ${policy.namespace}; if they are deployed separately this may be fine, otherwise fix the podSelector \u2014 for pods of another namespace add a namespaceSelector to this same element` : `fix the podSelector (pods of ${policy.namespace} are labelled ${listText(
          present.map((t) => `${flowMap(t.labels)} (${t.workload.id})`),
          3
        )}); for pods of another namespace add a namespaceSelector to this same element`;
        report({ resource, path: [...peer.path, "podSelector"], message, hint });
      }
    }
  }
};

// src/manifests/rules/netpol-port-invalid.ts
var PROTOCOLS3 = ["TCP", "UDP", "SCTP"];
var rule29 = {
  meta: {
    id: "netpol-port-invalid",
    severity: "error",
    kinds: ["NetworkPolicy"],
    description: "A NetworkPolicy port entry the API server rejects: endPort below port, endPort with a named or absent port, a protocol other than TCP/UDP/SCTP, a port number outside 1-65535 or an invalid port name.",
    rationale: 'The API server rejects the whole policy, so the apply fails midway through the release; a quoted number ("8080") is read as a port name and rejected too.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - ports:
    - {protocol: tcp, port: 8000, endPort: 7999}
`,
      good: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - ports:
    - {protocol: TCP, port: 8000, endPort: 8099}
`
    }
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind("NetworkPolicy")) {
      const policy = policyOf(resource);
      for (const { port: entry } of portsOf(policy)) {
        const where = `${policyName(policy)} ${pathText(entry.path)}`;
        if (!PROTOCOLS3.includes(entry.protocol)) {
          const upper = entry.protocol.toUpperCase();
          report({
            resource,
            path: [...entry.path, "protocol"],
            message: `${where}.protocol "${entry.protocol}" is not TCP, UDP or SCTP: the API server rejects the policy`,
            hint: PROTOCOLS3.includes(upper) ? `write protocol: ${upper} (protocols are case-sensitive)` : "use TCP, UDP or SCTP; NetworkPolicy cannot filter other protocols (ICMP is not covered)"
          });
        }
        const { port, endPort } = entry;
        if (typeof port === "number") {
          if (!Number.isInteger(port) || port < 1 || port > 65535) {
            report({
              resource,
              path: [...entry.path, "port"],
              message: `${where}.port ${port} is not a port number (1-65535): the API server rejects the policy`,
              hint: "use a port between 1 and 65535, or leave port out to match every port of the protocol"
            });
          } else if (endPort !== void 0 && endPort < port) {
            report({
              resource,
              path: [...entry.path, "endPort"],
              message: `${where}.endPort ${endPort} is below port ${port}: the API server rejects the policy`,
              hint: `make endPort at least ${port} (the range is port..endPort, both included), or swap the two values`
            });
          }
        } else if (typeof port === "string") {
          const problem = portNameProblem(port);
          if (problem) {
            const numeric = /^[0-9]+$/.test(port);
            report({
              resource,
              path: [...entry.path, "port"],
              message: numeric ? `${where}.port "${port}" is a quoted number, which the API server reads as a port name, and a name needs a letter: it rejects the policy` : `${where}.port "${port}" is not a valid port name (it ${problem}): the API server rejects the policy`,
              hint: numeric ? `write port: ${port} without quotes (with Helm: {{ .Values.port | int }})` : 'use the name of a containerPort (lowercase letters, digits and "-", at most 15 characters) or a number'
            });
          }
          if (endPort !== void 0) {
            report({
              resource,
              path: [...entry.path, "endPort"],
              message: `${where}.endPort is set with the named port "${port}": the API server rejects the policy (a range needs a numeric port)`,
              hint: "give port as the first number of the range, or remove endPort"
            });
          }
        } else if (endPort !== void 0) {
          report({
            resource,
            path: [...entry.path, "endPort"],
            message: `${where}.endPort is set without port: the API server rejects the policy`,
            hint: `add port as the first number of the range (port: N, endPort: ${endPort}), or remove endPort to match every port`
          });
        }
      }
    }
  }
};

// src/manifests/rules/netpol-selects-no-pods.ts
var WORKLOADS4 = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
---
`;
var rule30 = {
  meta: {
    id: "netpol-selects-no-pods",
    severity: "warning",
    kinds: ["NetworkPolicy"],
    description: "A NetworkPolicy's spec.podSelector matches no pod template in the policy's namespace.",
    rationale: "A policy that selects no pod protects nothing: the pods it was written for stay open (or, for an allow rule, keep being denied by another policy). The cause is usually a label typo or the policy landing in the wrong namespace.",
    example: {
      bad: `${WORKLOADS4}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: wbe}}
  ingress: [{from: [{podSelector: {matchLabels: {app: gateway}}}]}]
`,
      good: `${WORKLOADS4}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{podSelector: {matchLabels: {app: gateway}}}]}]
`
    }
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind("NetworkPolicy")) {
      const policy = policyOf(resource);
      if (isEmptySelector(policy.podSelector)) continue;
      if (templatesSelectedBy(bundle, policy.namespace, policy.podSelector).length > 0) continue;
      const present = bundle.podTemplates(policy.namespace);
      const selector = describeSelector(policy.podSelector);
      const message = `${policyName(policy)} selects pods ${selector}, but no workload of namespace ${policy.namespace} has these labels: the policy applies to no pod`;
      const hint = present.length === 0 ? `the bundle has no workload in namespace ${policy.namespace}; if they are deployed separately this may be fine, otherwise fix spec.podSelector or metadata.namespace` : `fix spec.podSelector to match the pod template labels; pods of ${policy.namespace} are labelled ${listText(
        present.map((t) => `${flowMap(t.labels)} (${t.workload.id})`),
        3
      )}`;
      report({ resource, path: ["spec", "podSelector"], message, hint });
    }
  }
};

// src/manifests/rules/sts-util.ts
var POD_SPEC_PATH = ["spec", "template", "spec"];
var POD_LABELS_PATH = ["spec", "template", "metadata", "labels"];
function replicasOf(spec2) {
  const replicas = spec2.replicas;
  if (replicas === void 0 || replicas === null) return 1;
  return typeof replicas === "number" && Number.isInteger(replicas) ? replicas : void 0;
}
function statefulSets(bundle) {
  const views = [];
  for (const resource of bundle.ofKind("StatefulSet")) {
    const spec2 = resource.object.spec;
    if (!isRecord(spec2)) continue;
    const template = podTemplateOf(resource);
    const templateMetadata = isRecord(spec2.template) && isRecord(spec2.template.metadata) ? spec2.template.metadata : {};
    views.push({
      resource,
      spec: spec2,
      podLabels: template?.labels ?? stringMap(templateMetadata.labels),
      podSpec: template?.spec,
      podSpecPath: POD_SPEC_PATH,
      replicas: replicasOf(spec2)
    });
  }
  return views;
}
function describeLabels2(labels) {
  const entries = Object.entries(labels);
  return entries.length > 0 ? entries.map(([k, v]) => `${k}=${v}`).join(",") : "(no labels)";
}
function yamlMap(labels) {
  return `{${Object.entries(labels).map(([k, v]) => `${k}: ${v}`).join(", ")}}`;
}
function containersOf(view, lists = ["initContainers", "containers"]) {
  const refs = [];
  if (!view.podSpec) return refs;
  for (const list of lists) {
    const containers = view.podSpec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, index) => {
      if (!isRecord(container)) return;
      refs.push({
        container,
        path: [...view.podSpecPath, list, index],
        name: typeof container.name === "string" ? container.name : `#${index}`,
        list
      });
    });
  }
  return refs;
}
function namesIn(list, nameOf) {
  if (!Array.isArray(list)) return [];
  const names = [];
  for (const item of list) {
    if (!isRecord(item)) continue;
    const name = nameOf(item);
    if (typeof name === "string" && name !== "") names.push(name);
  }
  return names;
}
function volumeClaimTemplateNames(spec2) {
  return namesIn(spec2.volumeClaimTemplates, (t) => isRecord(t.metadata) ? t.metadata.name : void 0);
}
var OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
function selectorProblems(value) {
  const problems = [];
  if (!isRecord(value) || !Array.isArray(value.matchExpressions)) return problems;
  value.matchExpressions.forEach((expression, index) => {
    if (!isRecord(expression)) return;
    const operator = expression.operator;
    const values = Array.isArray(expression.values) ? expression.values : [];
    if (typeof operator !== "string" || !OPERATORS.has(operator)) {
      problems.push({
        path: ["matchExpressions", index, "operator"],
        message: `operator ${JSON.stringify(operator ?? null)} is not one of In, NotIn, Exists, DoesNotExist`
      });
    } else if ((operator === "In" || operator === "NotIn") && values.length === 0) {
      problems.push({
        path: ["matchExpressions", index, "values"],
        message: `operator ${operator} needs at least one value`
      });
    } else if ((operator === "Exists" || operator === "DoesNotExist") && values.length > 0) {
      problems.push({
        path: ["matchExpressions", index, "values"],
        message: `operator ${operator} takes no values`
      });
    }
  });
  return problems;
}
function wellFormedSelector(value) {
  if (!isRecord(value) || selectorProblems(value).length > 0) return void 0;
  return asLabelSelector(value);
}
function firstMismatch2(selector, labels) {
  for (const [key2, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key2] === value) continue;
    return {
      path: ["spec", "selector", "matchLabels", key2],
      what: Object.hasOwn(labels, key2) ? `the selector wants ${key2}=${value}, the template has ${key2}=${labels[key2]}` : `the selector wants ${key2}=${value}, the template has no label ${key2}`
    };
  }
  const expressions = selector.matchExpressions ?? [];
  for (let index = 0; index < expressions.length; index++) {
    const one = { matchExpressions: [expressions[index]] };
    if (selectorMatches(one, labels)) continue;
    return {
      path: ["spec", "selector", "matchExpressions", index],
      what: `the expression "${describeSelector(one)}" does not hold for the template labels`
    };
  }
  return void 0;
}
function parseIntOrPercent(value) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "number" && Number.isInteger(value)) return { kind: "int", value };
  if (typeof value === "string" && /^[0-9]+%$/.test(value))
    return { kind: "percent", value: Number(value.slice(0, -1)) };
  return { kind: "invalid", text: valueText(value) };
}
function scaledValue(value, total) {
  return value.kind === "int" ? value.value : Math.ceil(value.value * total / 100);
}
var budgetIndexes = /* @__PURE__ */ new WeakMap();
function budgetsIn(bundle, namespace) {
  let index = budgetIndexes.get(bundle);
  if (!index) budgetIndexes.set(bundle, index = /* @__PURE__ */ new Map());
  let budgets = index.get(namespace);
  if (!budgets) {
    budgets = bundle.inNamespace("PodDisruptionBudget", namespace).map((resource) => ({
      resource,
      selector: budgetSelector(resource)
    }));
    index.set(namespace, budgets);
  }
  return budgets;
}
function budgetSelector(resource) {
  const spec2 = resource.object.spec;
  if (!isRecord(spec2)) return void 0;
  const selector = wellFormedSelector(spec2.selector);
  if (!selector) return void 0;
  if (isEmptySelector(selector)) return resource.apiVersion === "policy/v1" ? "all" : void 0;
  return selector;
}
function budgetsCovering(bundle, namespace, podLabels) {
  return budgetsIn(bundle, namespace).filter(
    (budget) => budget.selector === "all" || budget.selector !== void 0 && selectorMatches(budget.selector, podLabels)
  );
}
var SCALED_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"]);
function expectedPodCount(bundle, budget) {
  if (budget.selector === void 0) return 0;
  const namespace = budget.resource.namespace;
  const templates = budget.selector === "all" ? bundle.podTemplates(namespace) : bundle.podTemplatesMatching(namespace, budget.selector);
  let total = 0;
  for (const template of templates) {
    const workload = template.workload;
    if (workload.kind === "Pod") {
      total += 1;
      continue;
    }
    if (!SCALED_KINDS.has(workload.kind) || !isRecord(workload.object.spec)) return void 0;
    const replicas = replicasOf(workload.object.spec);
    if (replicas === void 0) return void 0;
    total += replicas;
  }
  return total;
}
function evictionBlock(bundle, budget) {
  const spec2 = budget.resource.object.spec;
  if (!isRecord(spec2)) return void 0;
  const maxUnavailable = parseIntOrPercent(spec2.maxUnavailable);
  const minAvailable = parseIntOrPercent(spec2.minAvailable);
  if (maxUnavailable && minAvailable) return void 0;
  if (maxUnavailable) {
    if (maxUnavailable.kind === "invalid" || maxUnavailable.value !== 0) return void 0;
    const written2 = maxUnavailable.kind === "percent" ? "0%" : "0";
    return {
      path: ["spec", "maxUnavailable"],
      reason: `maxUnavailable: ${written2} allows no pod to be evicted`
    };
  }
  if (!minAvailable || minAvailable.kind === "invalid") return void 0;
  const expected = expectedPodCount(bundle, budget);
  if (expected === void 0 || expected === 0) return void 0;
  const desired = scaledValue(minAvailable, expected);
  if (desired < expected) return void 0;
  const pods = `${expected} pod${expected === 1 ? "" : "s"}`;
  const reason = minAvailable.kind === "percent" ? `minAvailable: ${minAvailable.value}% of ${pods} rounds up to ${desired} (all of them)` : `minAvailable: ${minAvailable.value} ${desired === expected ? "equals" : "exceeds"} the ${pods} it covers`;
  return { path: ["spec", "minAvailable"], reason };
}
function governingService(bundle, view) {
  const name = view.spec.serviceName;
  if (typeof name !== "string" || name === "" || !isDns1123Label(name)) return void 0;
  return { name, service: bundle.get("Service", view.resource.namespace, name) };
}

// src/manifests/rules/sts-affinity-selector-self-mismatch.ts
function selectingTerms(sts) {
  const out = [];
  const podSpec = sts.podSpec;
  if (!podSpec) return out;
  const affinity = isRecord(podSpec.affinity) ? podSpec.affinity : {};
  const anti = affinity.podAntiAffinity;
  const antiPath = [...sts.podSpecPath, "affinity", "podAntiAffinity"];
  if (isRecord(anti)) {
    const required = anti.requiredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(required)) {
      required.forEach((term, index) => {
        if (!isRecord(term)) return;
        out.push({
          path: [...antiPath, "requiredDuringSchedulingIgnoredDuringExecution", index],
          what: `podAntiAffinity required term ${index}`,
          holder: term,
          spread: false
        });
      });
    }
    const preferred = anti.preferredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(preferred)) {
      preferred.forEach((entry, index) => {
        if (!isRecord(entry) || !isRecord(entry.podAffinityTerm)) return;
        out.push({
          path: [...antiPath, "preferredDuringSchedulingIgnoredDuringExecution", index, "podAffinityTerm"],
          what: `podAntiAffinity preferred term ${index}`,
          holder: entry.podAffinityTerm,
          spread: false
        });
      });
    }
  }
  const constraints = podSpec.topologySpreadConstraints;
  if (Array.isArray(constraints)) {
    constraints.forEach((constraint, index) => {
      if (!isRecord(constraint)) return;
      out.push({
        path: [...sts.podSpecPath, "topologySpreadConstraints", index],
        what: `topologySpreadConstraints[${index}]`,
        holder: constraint,
        spread: true
      });
    });
  }
  return out;
}
function ownNamespaceOnly(term, namespace) {
  if (term.namespaceSelector !== void 0 && term.namespaceSelector !== null) return false;
  const namespaces = Array.isArray(term.namespaces) ? term.namespaces : [];
  return namespaces.every((ns) => ns === namespace);
}
function otherWorkloadsSelected(bundle, sts, selector) {
  if (!selector) return [];
  return bundle.podTemplatesMatching(sts.resource.namespace, selector).filter((template) => template.workload !== sts.resource).map((template) => `${template.workload.kind} ${template.workload.name}`);
}
var rule31 = {
  meta: {
    id: "sts-affinity-selector-self-mismatch",
    severity: "warning",
    kinds: ["StatefulSet"],
    description: "A podAntiAffinity term or topologySpreadConstraint of a StatefulSet has a labelSelector that matches none of the StatefulSet's own pods, so it silently spreads nothing.",
    rationale: "Anti-affinity and spread constraints keep replicas on different nodes or zones only if their selector selects the replicas themselves. A selector that matches nothing (a renamed label such as app vs app.kubernetes.io/name) is accepted without complaint, and then every replica may land on one node: one node failure takes down the whole quorum. podAffinity is not checked: it points at other workloads by design.",
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: zk }
spec:
  serviceName: zk-hs
  replicas: 3
  selector: { matchLabels: { app.kubernetes.io/name: zk } }
  template:
    metadata: { labels: { app.kubernetes.io/name: zk } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector: { matchExpressions: [{ key: app, operator: In, values: [zk] }] }
              topologyKey: kubernetes.io/hostname
      containers: [{ name: zk, image: zookeeper:3.9 }]
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: zk }
spec:
  serviceName: zk-hs
  replicas: 3
  selector: { matchLabels: { app.kubernetes.io/name: zk } }
  template:
    metadata: { labels: { app.kubernetes.io/name: zk } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector: { matchLabels: { app.kubernetes.io/name: zk } }
              topologyKey: kubernetes.io/hostname
      containers: [{ name: zk, image: zookeeper:3.9 }]
`
    }
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      const namespace = sts.resource.namespace;
      const ownMatchLabels = wellFormedSelector(sts.spec.selector)?.matchLabels ?? {};
      const suggested = yamlMap(Object.keys(ownMatchLabels).length > 0 ? ownMatchLabels : sts.podLabels);
      const fix = `Select the StatefulSet's own pods, e.g. with labelSelector.matchLabels ${suggested}.`;
      const consequence = (spread) => spread ? "the constraint spreads nothing and all replicas may land in one topology domain" : "the anti-affinity never applies and all replicas may land on one node";
      for (const term of selectingTerms(sts)) {
        const raw = term.holder.labelSelector;
        if (!term.spread) {
          if (Array.isArray(term.holder.mismatchLabelKeys) && term.holder.mismatchLabelKeys.length > 0)
            continue;
          if (!ownNamespaceOnly(term.holder, namespace)) continue;
        }
        if (raw === void 0 || raw === null) {
          report({
            resource: sts.resource,
            path: term.path,
            message: `${term.what} has no labelSelector, so it matches no pods: ${consequence(term.spread)}`,
            hint: fix
          });
          continue;
        }
        if (selectorProblems(raw).length > 0) continue;
        const selector = wellFormedSelector(raw);
        if (!selector || selectorMatches(selector, sts.podLabels)) continue;
        const others = otherWorkloadsSelected(bundle, sts, selector);
        if (!term.spread && others.length > 0) continue;
        const elsewhere = others.length > 0 ? `; it counts the pods of ${others.slice(0, 3).join(", ")}${others.length > 3 ? ", ..." : ""} instead` : term.spread ? "" : ` nor any other pod of namespace "${namespace}" in the bundle`;
        report({
          resource: sts.resource,
          path: [...term.path, "labelSelector"],
          message: `${term.what} selects ${describeSelector(selector)}, which matches none of the pod labels (${describeLabels2(sts.podLabels)})${elsewhere}: ${consequence(term.spread)}`,
          hint: fix
        });
      }
    }
  }
};

// src/manifests/rules/sts-immutable-field-change.ts
var rule32 = {
  meta: {
    id: "sts-immutable-field-change",
    severity: "error",
    kinds: ["StatefulSet"],
    description: "A StatefulSet in the bundle changes a field the API server does not let an existing StatefulSet change: volumeClaimTemplates, serviceName, selector, podManagementPolicy or revisionHistoryLimit.",
    rationale: "The API server refuses the update (\"spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden\"), so the sync fails half-applied. Growing the storage of a volumeClaimTemplate is the usual cause. The rule compares against the live object, so it needs the cluster: it runs in `slo-gate hook` (the Argo CD PreSync Job), not in `slo-gate validate` or `check`. Absent fields compare as their API defaults (podManagementPolicy OrderedReady, revisionHistoryLimit 10, volumeMode Filesystem) and storage sizes as quantities (1Gi equals 1024Mi).",
    example: {
      bad: `# live: volumeClaimTemplates[0] requests 10Gi
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: shop }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 20Gi } } }
`,
      good: `# resize each PVC (kubectl patch pvc data-db-0 ...), then
# kubectl delete statefulset db -n shop --cascade=orphan, then sync the new size
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: shop }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 10Gi } } }
`
    }
  }
};

// src/manifests/rules/sts-no-pdb.ts
var rule33 = {
  meta: {
    id: "sts-no-pdb",
    severity: "warning",
    kinds: ["StatefulSet", "PodDisruptionBudget"],
    description: "A StatefulSet with more than one replica has no PodDisruptionBudget selecting its pods.",
    rationale: "Without a budget, a node drain (cluster upgrade, autoscaler scale-down) may evict several members at once; a quorum system (etcd, ZooKeeper, Cassandra, Kafka) then loses quorum and stops serving.",
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: zk }
spec:
  serviceName: zk-hs
  replicas: 3
  selector: { matchLabels: { app: zk } }
  template:
    metadata: { labels: { app: zk } }
    spec: { containers: [{ name: zk, image: zookeeper:3.9 }] }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: zk }
spec:
  serviceName: zk-hs
  replicas: 3
  selector: { matchLabels: { app: zk } }
  template:
    metadata: { labels: { app: zk } }
    spec: { containers: [{ name: zk, image: zookeeper:3.9 }] }
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: zk }
spec:
  maxUnavailable: 1
  selector: { matchLabels: { app: zk } }
`
    }
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      if (sts.replicas === void 0 || sts.replicas <= 1) continue;
      const namespace = sts.resource.namespace;
      if (budgetsCovering(bundle, namespace, sts.podLabels).length > 0) continue;
      const matchLabels = wellFormedSelector(sts.spec.selector)?.matchLabels ?? {};
      const labels = Object.keys(matchLabels).length > 0 ? matchLabels : sts.podLabels;
      report({
        resource: sts.resource,
        path: ["spec", "replicas"],
        message: `${sts.replicas} replicas and no PodDisruptionBudget in namespace "${namespace}" selects the pods; a node drain may evict several at once`,
        hint: `Add a PodDisruptionBudget (policy/v1) in namespace "${namespace}" with selector.matchLabels ${yamlMap(labels)} and maxUnavailable: 1 (or minAvailable: the quorum size).`
      });
    }
  }
};

// src/manifests/rules/sts-no-spread.ts
var nonEmptyList = (value) => Array.isArray(value) && value.length > 0;
function spreads(sts) {
  const podSpec = sts.podSpec;
  if (!podSpec) return true;
  if (nonEmptyList(podSpec.topologySpreadConstraints)) return true;
  const affinity = isRecord(podSpec.affinity) ? podSpec.affinity : {};
  const anti = isRecord(affinity.podAntiAffinity) ? affinity.podAntiAffinity : {};
  return nonEmptyList(anti.requiredDuringSchedulingIgnoredDuringExecution) || nonEmptyList(anti.preferredDuringSchedulingIgnoredDuringExecution);
}
function usesHostPort(sts) {
  return containersOf(sts).some(
    (ref) => Array.isArray(ref.container.ports) && ref.container.ports.some(
      (port) => isRecord(port) && typeof port.hostPort === "number" && port.hostPort > 0
    )
  );
}
var rule34 = {
  meta: {
    id: "sts-no-spread",
    severity: "warning",
    kinds: ["StatefulSet"],
    description: "A StatefulSet with more than one replica has neither podAntiAffinity nor topologySpreadConstraints.",
    rationale: "Nothing keeps the replicas apart (the scheduler's built-in spreading is only a soft preference), so several members can land on one node or zone; losing that node takes down quorum, and replication gives no protection.",
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: zk }
spec:
  serviceName: zk-hs
  replicas: 3
  selector: { matchLabels: { app: zk } }
  template:
    metadata: { labels: { app: zk } }
    spec: { containers: [{ name: zk, image: zookeeper:3.9 }] }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: zk }
spec:
  serviceName: zk-hs
  replicas: 3
  selector: { matchLabels: { app: zk } }
  template:
    metadata: { labels: { app: zk } }
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: DoNotSchedule
          labelSelector: { matchLabels: { app: zk } }
      containers: [{ name: zk, image: zookeeper:3.9 }]
`
    }
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      if (sts.replicas === void 0 || sts.replicas <= 1) continue;
      if (spreads(sts) || usesHostPort(sts)) continue;
      const matchLabels = wellFormedSelector(sts.spec.selector)?.matchLabels ?? {};
      const labels = Object.keys(matchLabels).length > 0 ? matchLabels : sts.podLabels;
      report({
        resource: sts.resource,
        path: ["spec", "replicas"],
        message: `${sts.replicas} replicas with neither podAntiAffinity nor topologySpreadConstraints: several can be scheduled onto one node, and losing it takes them all down`,
        hint: `Add to spec.template.spec a topologySpreadConstraint (maxSkew: 1, topologyKey: kubernetes.io/hostname or topology.kubernetes.io/zone, labelSelector.matchLabels ${yamlMap(labels)}) or a podAntiAffinity term with that labelSelector.`
      });
    }
  }
};

// src/manifests/rules/sts-ordered-ready-no-probe.ts
var rule35 = {
  meta: {
    id: "sts-ordered-ready-no-probe",
    severity: "info",
    kinds: ["StatefulSet"],
    description: "A StatefulSet with OrderedReady pod management (the default) and more than one replica has no container with a readinessProbe (or startupProbe).",
    rationale: "OrderedReady creates and updates pods one at a time and waits for each to be Ready before the next. Without a probe a container is Ready as soon as its process starts, so a rollout of a broken version does not stop at the first broken pod: it replaces every replica.",
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  replicas: 3
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  replicas: 3
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          readinessProbe: { httpGet: { path: /healthz, port: 80 } }
`
    }
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      const policy = sts.spec.podManagementPolicy;
      const orderedReady = policy === void 0 || policy === null || policy === "" || policy === "OrderedReady";
      if (!orderedReady || sts.replicas === void 0 || sts.replicas <= 1) continue;
      const containers = containersOf(sts, ["containers"]);
      if (containers.length === 0) continue;
      const probed = containers.some(
        (ref) => isRecord(ref.container.readinessProbe) || isRecord(ref.container.startupProbe)
      );
      if (probed) continue;
      const single = containers.length === 1 ? containers[0] : void 0;
      report({
        resource: sts.resource,
        path: single ? [...single.path, "name"] : [...sts.podSpecPath, "containers"],
        message: `${policy ? "podManagementPolicy OrderedReady" : "OrderedReady pod management (the default)"} but no container has a readinessProbe: each of the ${sts.replicas} pods counts as Ready once started, so a broken rollout does not stop at the first pod`,
        hint: `Add a readinessProbe to ${single ? `container "${single.name}"` : "the main container"} that fails until the member can serve (e.g. has joined its cluster).`
      });
    }
  }
};

// src/manifests/rules/sts-pdb-blocks-eviction.ts
var rule36 = {
  meta: {
    id: "sts-pdb-blocks-eviction",
    severity: "warning",
    kinds: ["StatefulSet", "PodDisruptionBudget"],
    description: "A PodDisruptionBudget covering a StatefulSet's pods allows no voluntary eviction at all, or the pods are covered by more than one budget.",
    rationale: "With maxUnavailable: 0, or minAvailable equal to the number of pods (percentages round up: 67% of 3 is 3), disruptionsAllowed is always 0, so every node drain and cluster upgrade hangs on these pods until someone deletes them by hand. The eviction API also refuses pods that more than one budget selects.",
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  replicas: 3
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: db }
spec:
  minAvailable: 3
  selector: { matchLabels: { app: db } }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  replicas: 3
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: db }
spec:
  maxUnavailable: 1
  selector: { matchLabels: { app: db } }
`
    }
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      if (sts.replicas === void 0 || sts.replicas < 1) continue;
      const budgets = budgetsCovering(bundle, sts.resource.namespace, sts.podLabels);
      if (budgets.length > 1) {
        const names = budgets.map((b) => `"${b.resource.name}"`).join(", ");
        report({
          resource: sts.resource,
          path: POD_LABELS_PATH,
          message: `the pods are selected by ${budgets.length} PodDisruptionBudgets (${names}); the eviction API refuses to evict a pod with more than one budget, so node drains hang on every pod`,
          hint: "Keep one PodDisruptionBudget for these pods: delete the others or narrow their selectors."
        });
        continue;
      }
      const budget = budgets[0];
      if (!budget) continue;
      const block = evictionBlock(bundle, budget);
      if (!block) continue;
      report({
        resource: budget.resource,
        path: block.path,
        message: `PodDisruptionBudget "${budget.resource.name}" covers StatefulSet "${sts.resource.name}" and ${block.reason}: no pod can ever be evicted voluntarily, so node drains and cluster upgrades hang`,
        hint: "Use maxUnavailable: 1 (it stays right when the StatefulSet is scaled), or a minAvailable below the number of pods (for a percentage, one that rounds up to fewer than all of them)."
      });
    }
  }
};

// src/manifests/rules/sts-selector-mismatch.ts
var rule37 = {
  meta: {
    id: "sts-selector-mismatch",
    severity: "error",
    kinds: ["StatefulSet"],
    description: "A StatefulSet's spec.selector does not match the labels of its own pod template, or is empty.",
    rationale: 'The API server rejects the StatefulSet ("`selector` does not match template `labels`"), so the release fails at apply time; the selector is also immutable, so fixing it later means deleting the StatefulSet.',
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: database } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
`
    }
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      const selector = wellFormedSelector(sts.spec.selector);
      if (!selector) continue;
      if (isEmptySelector(selector)) {
        report({
          resource: sts.resource,
          path: ["spec", "selector"],
          message: "spec.selector is empty; the API server rejects it (an empty selector would adopt every pod of the namespace)",
          hint: `Set spec.selector.matchLabels to labels of spec.template.metadata.labels (${describeLabels2(sts.podLabels)}).`
        });
        continue;
      }
      if (selectorMatches(selector, sts.podLabels)) continue;
      const mismatch = firstMismatch2(selector, sts.podLabels);
      const matchLabels = selector.matchLabels ?? {};
      report({
        resource: sts.resource,
        path: mismatch?.path ?? ["spec", "selector"],
        message: `spec.selector (${describeSelector(selector)}) does not match the pod template labels (${describeLabels2(sts.podLabels)})${mismatch ? `: ${mismatch.what}` : ""}; the API server rejects the StatefulSet`,
        hint: Object.keys(matchLabels).length > 0 ? `Add ${yamlMap(matchLabels)} to spec.template.metadata.labels, or change spec.selector to labels the template carries (spec.selector cannot be changed after creation).` : "Make spec.template.metadata.labels satisfy every spec.selector expression, or change spec.selector (it cannot be changed after creation)."
      });
    }
  }
};

// src/manifests/rules/sts-service-missing.ts
var rule38 = {
  meta: {
    id: "sts-service-missing",
    severity: "error",
    kinds: ["StatefulSet", "Service"],
    description: "A StatefulSet's spec.serviceName names a Service that the bundle does not define in its namespace.",
    rationale: "The governing Service gives each pod its stable DNS name (web-0.nginx.shop.svc.cluster.local). Without it those names do not resolve, so members that find each other by name (databases, ZooKeeper, Kafka) never form a cluster, although every pod looks Running.",
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec: { containers: [{ name: nginx, image: nginx:1.27 }] }
---
apiVersion: v1
kind: Service
metadata: { name: web-headless }
spec: { clusterIP: None, selector: { app: nginx }, ports: [{ port: 80 }] }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec: { containers: [{ name: nginx, image: nginx:1.27 }] }
---
apiVersion: v1
kind: Service
metadata: { name: nginx }
spec: { clusterIP: None, selector: { app: nginx }, ports: [{ port: 80 }] }
`
    }
  },
  check({ bundle, options, report }) {
    for (const sts of statefulSets(bundle)) {
      const governing = governingService(bundle, sts);
      if (!governing || governing.service) continue;
      const namespace = sts.resource.namespace;
      const services = bundle.inNamespace("Service", namespace);
      const outside = services.length === 0 && !options.strictReferences;
      const suggestion = closestKey(
        governing.name,
        services.map((s) => s.name)
      );
      const create = `add a headless Service (clusterIP: None) named "${governing.name}" in namespace "${namespace}" whose selector matches the pod labels`;
      report({
        resource: sts.resource,
        path: ["spec", "serviceName"],
        message: `spec.serviceName "${governing.name}" names no Service in namespace "${namespace}"`,
        hint: outside ? `The bundle defines no Service in namespace "${namespace}", so "${governing.name}" may live outside the bundle (--strict-references makes this an error). If it does not, ${create}.` : suggestion ? `Did you mean Service "${suggestion}"? Fix spec.serviceName, or ${create}.` : `${create[0].toUpperCase()}${create.slice(1)}, or remove spec.serviceName if the pods need no stable DNS names.`,
        severity: outside ? "warning" : void 0
      });
    }
  }
};

// src/manifests/rules/sts-service-not-headless.ts
var rule39 = {
  meta: {
    id: "sts-service-not-headless",
    severity: "error",
    kinds: ["StatefulSet", "Service"],
    description: "The Service named by a StatefulSet's spec.serviceName is not headless (clusterIP: None).",
    rationale: "Cluster DNS publishes the per-pod names of a StatefulSet (web-0.nginx.shop.svc.cluster.local) only for a headless Service. With a ClusterIP Service those names do not resolve, so members that address each other by name never form a cluster.",
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec: { containers: [{ name: nginx, image: nginx:1.27 }] }
---
apiVersion: v1
kind: Service
metadata: { name: nginx }
spec: { selector: { app: nginx }, ports: [{ port: 80 }] }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec: { containers: [{ name: nginx, image: nginx:1.27 }] }
---
apiVersion: v1
kind: Service
metadata: { name: nginx }
spec: { clusterIP: None, selector: { app: nginx }, ports: [{ port: 80 }] }
`
    }
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      const service = governingService(bundle, sts)?.service;
      if (!service) continue;
      const spec2 = isRecord(service.object.spec) ? service.object.spec : {};
      const clusterIP = spec2.clusterIP;
      if (clusterIP === "None") continue;
      const externalName = spec2.type === "ExternalName";
      const what = externalName ? "is of type ExternalName" : clusterIP === void 0 || clusterIP === null || clusterIP === "" ? "has no clusterIP: None, so it gets a cluster IP" : `has clusterIP ${JSON.stringify(clusterIP)}`;
      report({
        resource: service,
        // The clusterIP line, or the nearest written ancestor (spec) when it is absent.
        path: ["spec", "clusterIP"],
        message: `Service "${service.name}" governs StatefulSet "${sts.resource.name}" (its spec.serviceName) but ${what}; per-pod DNS names such as ${sts.resource.name}-0.${service.name} do not resolve`,
        hint: `Set spec.clusterIP: None on Service "${service.name}" (clusterIP cannot be changed in place: delete and re-create the Service), or add a separate headless Service and point the StatefulSet's spec.serviceName at it, keeping this one for clients.`
      });
    }
  }
};

// src/manifests/rules/sts-service-selector-mismatch.ts
var rule40 = {
  meta: {
    id: "sts-service-selector-mismatch",
    severity: "error",
    kinds: ["StatefulSet", "Service"],
    description: "The Service named by a StatefulSet's spec.serviceName does not select the StatefulSet's pods.",
    rationale: "Per-pod DNS names come from the endpoints of the governing Service. When its selector does not match the pods (or it has none), it has no endpoints for them, the names web-0.nginx... do not resolve, and members that address each other by name never form a cluster.",
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec: { containers: [{ name: nginx, image: nginx:1.27 }] }
---
apiVersion: v1
kind: Service
metadata: { name: nginx }
spec: { clusterIP: None, selector: { app: web }, ports: [{ port: 80 }] }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec: { containers: [{ name: nginx, image: nginx:1.27 }] }
---
apiVersion: v1
kind: Service
metadata: { name: nginx }
spec: { clusterIP: None, selector: { app: nginx }, ports: [{ port: 80 }] }
`
    }
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      const service = governingService(bundle, sts)?.service;
      if (!service) continue;
      const spec2 = isRecord(service.object.spec) ? service.object.spec : {};
      if (spec2.type === "ExternalName") continue;
      const selector = stringMap(spec2.selector);
      if (mapSelectorMatches(selector, sts.podLabels)) continue;
      const selectorLess = Object.keys(selector).length === 0;
      const own = wellFormedSelector(sts.spec.selector)?.matchLabels ?? {};
      const wanted = Object.keys(own).length > 0 ? own : sts.podLabels;
      report({
        resource: service,
        path: ["spec", "selector"],
        message: selectorLess ? `Service "${service.name}" governs StatefulSet "${sts.resource.name}" but has no selector, so it has no endpoints for the pods and their per-pod DNS names do not resolve` : `Service "${service.name}" governs StatefulSet "${sts.resource.name}" but its selector (${describeLabels2(selector)}) does not match the pod labels (${describeLabels2(sts.podLabels)}); the per-pod DNS names do not resolve`,
        hint: Object.keys(wanted).length > 0 ? `Set spec.selector of Service "${service.name}" to labels every pod carries, e.g. ${yamlMap(wanted)}.` : `Give the StatefulSet's pods labels (spec.template.metadata.labels) and select them from Service "${service.name}".`
      });
    }
  }
};

// src/manifests/rules/sts-spec-invalid.ts
var MAX_NAME_LENGTH = 52;
var REJECTED = "the API server rejects the StatefulSet";
var NO_PODS = "pods of this template are rejected, so the StatefulSet creates none";
var ACCESS_MODES = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"];
var quote = (value) => JSON.stringify(value);
var isNumber = (value) => typeof value === "number" && Number.isFinite(value);
var isSet = (value) => value !== void 0 && value !== null;
var written = (value) => typeof value === "string" && value !== "";
function oneOf(path, field, value, allowed, effect) {
  return {
    path,
    message: `${field} ${quote(value)} is not one of ${allowed.join(", ")}; ${effect}`,
    hint: `Write one of ${allowed.map((a) => quote(a)).join(", ")} (values are case-sensitive)${allowed.some((a) => a.toLowerCase() === value.toLowerCase()) ? "" : ", or remove the field for the default"}.`
  };
}
function nonNegative(spec2, field, path, problems) {
  const value = spec2[field];
  if (isNumber(value) && value < 0) {
    problems.push({
      path,
      message: `${path.slice(1).join(".")} is ${value}; it must be greater than or equal to 0 (${REJECTED})`,
      hint: `Set ${field} to 0 or more, or remove it for the default.`
    });
  }
}
function checkName(name) {
  const path = ["metadata", "name"];
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) {
    return {
      path,
      message: `metadata.name ${quote(name)} is not a DNS-1123 label (lower-case letters, digits and '-', starting and ending with a letter or digit); pods take their host names from it, so ` + REJECTED,
      hint: `Rename the StatefulSet, e.g. ${quote(
        name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "")
      )}.`
    };
  }
  if (name.length > MAX_NAME_LENGTH) {
    return {
      path,
      message: `metadata.name is ${name.length} characters long; the controller labels every pod controller-revision-hash=${name}-<hash of up to 10 digits>, a label value longer than 63 characters, so pod creation fails`,
      hint: `Shorten the name to at most ${MAX_NAME_LENGTH} characters.`
    };
  }
  return void 0;
}
function checkUpdateStrategy(spec2, problems) {
  const strategy = spec2.updateStrategy;
  if (!isRecord(strategy)) return;
  const base = ["spec", "updateStrategy"];
  const type = strategy.type;
  if (written(type) && type !== "RollingUpdate" && type !== "OnDelete") {
    problems.push(
      oneOf([...base, "type"], "updateStrategy.type", type, ["RollingUpdate", "OnDelete"], REJECTED)
    );
    return;
  }
  const rollingUpdate = strategy.rollingUpdate;
  if (type === "OnDelete") {
    if (isSet(rollingUpdate)) {
      problems.push({
        path: [...base, "rollingUpdate"],
        message: `updateStrategy.rollingUpdate is only allowed with type RollingUpdate, not OnDelete; ${REJECTED}`,
        hint: "Remove updateStrategy.rollingUpdate, or set updateStrategy.type: RollingUpdate."
      });
    }
    return;
  }
  if (!isRecord(rollingUpdate)) return;
  const partition = rollingUpdate.partition;
  if (isNumber(partition) && partition < 0) {
    problems.push({
      path: [...base, "rollingUpdate", "partition"],
      message: `updateStrategy.rollingUpdate.partition is ${partition}; it must be greater than or equal to 0 (${REJECTED})`,
      hint: "Set partition to 0 to update every pod, or to the lowest ordinal that should get the new revision."
    });
  }
  const maxUnavailable = parseIntOrPercent(rollingUpdate.maxUnavailable);
  if (!maxUnavailable) return;
  const path = [...base, "rollingUpdate", "maxUnavailable"];
  const hint = "Set maxUnavailable to a whole number of at least 1 or a percentage from 1% to 100% (e.g. 1 or 25%).";
  let why;
  if (maxUnavailable.kind === "invalid")
    why = `${quote(maxUnavailable.text)} is neither an integer nor a percentage`;
  else if (maxUnavailable.value < 0) why = `${maxUnavailable.value} is negative`;
  else if (maxUnavailable.value === 0) why = "cannot be 0";
  else if (maxUnavailable.kind === "percent" && maxUnavailable.value > 100)
    why = `${maxUnavailable.value}% is greater than 100%`;
  if (why)
    problems.push({ path, message: `updateStrategy.rollingUpdate.maxUnavailable ${why}; ${REJECTED}`, hint });
}
function checkSelector(spec2, problems) {
  const selector = spec2.selector;
  if (!isRecord(selector)) return;
  for (const problem of selectorProblems(selector)) {
    problems.push({
      path: ["spec", "selector", ...problem.path],
      message: `spec.selector: ${problem.message}; ${REJECTED}`,
      hint: "In and NotIn need values; Exists and DoesNotExist take none."
    });
  }
}
function checkTopologySpread(podSpec, base, problems) {
  const constraints = podSpec.topologySpreadConstraints;
  if (!Array.isArray(constraints)) return;
  const seen = /* @__PURE__ */ new Map();
  constraints.forEach((constraint, index) => {
    if (!isRecord(constraint)) return;
    const at = [...base, "topologySpreadConstraints", index];
    const name = `topologySpreadConstraints[${index}]`;
    const maxSkew = constraint.maxSkew;
    if (!isSet(maxSkew) || isNumber(maxSkew) && maxSkew < 1) {
      problems.push({
        path: isSet(maxSkew) ? [...at, "maxSkew"] : at,
        message: isSet(maxSkew) ? `${name}.maxSkew is ${String(maxSkew)}; it must be at least 1 (${NO_PODS})` : `${name} has no maxSkew (required, at least 1); ${NO_PODS}`,
        hint: "Set maxSkew: 1 to keep the pod counts of any two topology domains within one of each other."
      });
    }
    const topologyKey = constraint.topologyKey;
    if (!written(topologyKey)) {
      problems.push({
        path: isSet(topologyKey) ? [...at, "topologyKey"] : at,
        message: `${name} has no topologyKey; ${NO_PODS}`,
        hint: "Set topologyKey to a node label, e.g. topology.kubernetes.io/zone or kubernetes.io/hostname."
      });
    }
    const when = constraint.whenUnsatisfiable;
    if (!written(when)) {
      problems.push({
        path: isSet(when) ? [...at, "whenUnsatisfiable"] : at,
        message: `${name} has no whenUnsatisfiable (required); ${NO_PODS}`,
        hint: "Set whenUnsatisfiable: DoNotSchedule (a hard rule) or ScheduleAnyway (a preference)."
      });
    } else if (when !== "DoNotSchedule" && when !== "ScheduleAnyway") {
      problems.push(
        oneOf(
          [...at, "whenUnsatisfiable"],
          `${name}.whenUnsatisfiable`,
          when,
          ["DoNotSchedule", "ScheduleAnyway"],
          NO_PODS
        )
      );
    }
    const minDomains = constraint.minDomains;
    if (isNumber(minDomains)) {
      if (minDomains < 1) {
        problems.push({
          path: [...at, "minDomains"],
          message: `${name}.minDomains is ${minDomains}; it must be greater than 0 (${NO_PODS})`,
          hint: "Set minDomains to 1 or more, or remove it."
        });
      } else if (written(when) && when !== "DoNotSchedule") {
        problems.push({
          path: [...at, "minDomains"],
          message: `${name}.minDomains can only be used with whenUnsatisfiable: DoNotSchedule, not ${when}; ${NO_PODS}`,
          hint: "Remove minDomains, or set whenUnsatisfiable: DoNotSchedule."
        });
      }
    }
    for (const field of ["nodeAffinityPolicy", "nodeTaintsPolicy"]) {
      const value = constraint[field];
      if (written(value) && value !== "Honor" && value !== "Ignore") {
        problems.push(oneOf([...at, field], `${name}.${field}`, value, ["Honor", "Ignore"], NO_PODS));
      }
    }
    const labelSelector = constraint.labelSelector;
    for (const problem of selectorProblems(labelSelector)) {
      problems.push({
        path: [...at, "labelSelector", ...problem.path],
        message: `${name}.labelSelector: ${problem.message}; ${NO_PODS}`,
        hint: "In and NotIn need values; Exists and DoesNotExist take none."
      });
    }
    const matchLabelKeys = Array.isArray(constraint.matchLabelKeys) ? constraint.matchLabelKeys : [];
    if (matchLabelKeys.length > 0) {
      const selector = wellFormedSelector(labelSelector);
      if (!isSet(labelSelector)) {
        problems.push({
          path: [...at, "matchLabelKeys"],
          message: `${name}.matchLabelKeys needs a labelSelector; ${NO_PODS}`,
          hint: "Add a labelSelector that selects the pods of this StatefulSet."
        });
      } else if (selector) {
        const selectorKeys = /* @__PURE__ */ new Set([
          ...Object.keys(selector.matchLabels ?? {}),
          ...(selector.matchExpressions ?? []).map((e) => e.key)
        ]);
        matchLabelKeys.forEach((key2, keyIndex) => {
          if (typeof key2 !== "string" || !selectorKeys.has(key2)) return;
          problems.push({
            path: [...at, "matchLabelKeys", keyIndex],
            message: `${name}: key ${quote(key2)} is in both matchLabelKeys and labelSelector; ${NO_PODS}`,
            hint: `Remove ${quote(key2)} from one of them.`
          });
        });
      }
    }
    if (written(topologyKey) && written(when)) {
      const pair = `${topologyKey}\0${when}`;
      const first = seen.get(pair);
      if (first === void 0) seen.set(pair, index);
      else
        problems.push({
          path: [...at, "topologyKey"],
          message: `${name} repeats topologyKey ${quote(topologyKey)} with whenUnsatisfiable ${when} of topologySpreadConstraints[${first}]; ${NO_PODS}`,
          hint: "Merge the two constraints into one, or give them different topology keys."
        });
    }
  });
}
function checkAffinityTerms(podSpec, base, problems) {
  const affinity = podSpec.affinity;
  if (!isRecord(affinity)) return;
  for (const kind of ["podAffinity", "podAntiAffinity"]) {
    const block = affinity[kind];
    if (!isRecord(block)) continue;
    const at = [...base, "affinity", kind];
    const required = block.requiredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(required)) {
      required.forEach((term, index) => {
        if (!isRecord(term) || written(term.topologyKey)) return;
        problems.push({
          path: isSet(term.topologyKey) ? [...at, "requiredDuringSchedulingIgnoredDuringExecution", index, "topologyKey"] : [...at, "requiredDuringSchedulingIgnoredDuringExecution", index],
          message: `${kind} required term ${index} has no topologyKey; ${NO_PODS}`,
          hint: "Set topologyKey, e.g. kubernetes.io/hostname (per node) or topology.kubernetes.io/zone."
        });
      });
    }
    const preferred = block.preferredDuringSchedulingIgnoredDuringExecution;
    if (!Array.isArray(preferred)) continue;
    preferred.forEach((entry, index) => {
      if (!isRecord(entry)) return;
      const entryPath = [...at, "preferredDuringSchedulingIgnoredDuringExecution", index];
      const weight = entry.weight;
      if (isNumber(weight) && (weight < 1 || weight > 100)) {
        problems.push({
          path: [...entryPath, "weight"],
          message: `${kind} preferred term ${index} has weight ${weight}; it must be from 1 to 100 (${NO_PODS})`,
          hint: "Set weight between 1 and 100 (100 is the strongest preference)."
        });
      }
      const term = entry.podAffinityTerm;
      if (isRecord(term) && !written(term.topologyKey)) {
        problems.push({
          path: isSet(term.topologyKey) ? [...entryPath, "podAffinityTerm", "topologyKey"] : [...entryPath, "podAffinityTerm"],
          message: `${kind} preferred term ${index} has no podAffinityTerm.topologyKey; ${NO_PODS}`,
          hint: "Set topologyKey, e.g. kubernetes.io/hostname (per node) or topology.kubernetes.io/zone."
        });
      }
    });
  }
}
function checkClaimTemplates(spec2, problems) {
  const templates = spec2.volumeClaimTemplates;
  if (!Array.isArray(templates)) return;
  const seen = /* @__PURE__ */ new Map();
  const CLAIM_FAILS = "the claims (and so the pods) cannot be created";
  templates.forEach((template, index) => {
    if (!isRecord(template)) return;
    const at = ["spec", "volumeClaimTemplates", index];
    const metadata = isRecord(template.metadata) ? template.metadata : void 0;
    const name = metadata?.name;
    if (!written(name)) {
      problems.push({
        path: metadata ? [...at, "metadata"] : at,
        message: `volumeClaimTemplates[${index}] has no metadata.name; containers cannot mount it and ${CLAIM_FAILS}`,
        hint: "Give the template a metadata.name and mount it by that name."
      });
    } else {
      const first = seen.get(name);
      if (first === void 0) seen.set(name, index);
      else
        problems.push({
          path: [...at, "metadata", "name"],
          message: `volumeClaimTemplates[${index}] repeats the name ${quote(name)} of volumeClaimTemplates[${first}]; ${NO_PODS}`,
          hint: "Give each volumeClaimTemplate its own name."
        });
    }
    const claimSpec = isRecord(template.spec) ? template.spec : void 0;
    const accessModes = claimSpec?.accessModes;
    const label = written(name) ? quote(name) : `#${index}`;
    if (!Array.isArray(accessModes) || accessModes.length === 0) {
      problems.push({
        path: claimSpec && isSet(accessModes) ? [...at, "spec", "accessModes"] : claimSpec ? [...at, "spec"] : at,
        message: `volumeClaimTemplate ${label} has no accessModes (at least one is required); ${CLAIM_FAILS}`,
        hint: "Add accessModes: [ReadWriteOnce] (one node mounts each pod's volume read-write)."
      });
      return;
    }
    accessModes.forEach((mode, modeIndex) => {
      if (typeof mode !== "string" || ACCESS_MODES.includes(mode)) return;
      problems.push(
        oneOf(
          [...at, "spec", "accessModes", modeIndex],
          `volumeClaimTemplate ${label} access mode`,
          mode,
          ACCESS_MODES,
          CLAIM_FAILS
        )
      );
    });
    if (accessModes.includes("ReadWriteOncePod") && accessModes.length > 1) {
      problems.push({
        path: [...at, "spec", "accessModes"],
        message: `volumeClaimTemplate ${label}: ReadWriteOncePod cannot be combined with other access modes; ${CLAIM_FAILS}`,
        hint: "Use ReadWriteOncePod alone, or drop it."
      });
    }
  });
}
var rule41 = {
  meta: {
    id: "sts-spec-invalid",
    severity: "error",
    kinds: ["StatefulSet"],
    description: "A StatefulSet breaks a rule Kubernetes enforces on it or on the pods and claims it creates (podManagementPolicy, updateStrategy, partition, maxUnavailable, topologySpreadConstraints, ...).",
    rationale: "Either the API server rejects the StatefulSet and the release fails at apply time, or it accepts it and the controller then fails to create every pod or claim (the pod template is validated only when pods are created), which leaves a StatefulSet with zero pods that looks applied.",
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  podManagementPolicy: parallel
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec:
      topologySpreadConstraints:
        - { maxSkew: 0, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: nginx } } }
      containers: [{ name: nginx, image: nginx:1.27 }]
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  podManagementPolicy: Parallel
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec:
      topologySpreadConstraints:
        - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: nginx } } }
      containers: [{ name: nginx, image: nginx:1.27 }]
`
    }
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      const { spec: spec2 } = sts;
      const problems = [];
      const nameProblem = sts.resource.name ? checkName(sts.resource.name) : void 0;
      if (nameProblem) problems.push(nameProblem);
      const policy = spec2.podManagementPolicy;
      if (written(policy) && policy !== "OrderedReady" && policy !== "Parallel") {
        problems.push(
          oneOf(
            ["spec", "podManagementPolicy"],
            "spec.podManagementPolicy",
            policy,
            ["OrderedReady", "Parallel"],
            REJECTED
          )
        );
      }
      checkUpdateStrategy(spec2, problems);
      const retention = spec2.persistentVolumeClaimRetentionPolicy;
      if (isRecord(retention)) {
        for (const field of ["whenDeleted", "whenScaled"]) {
          const value = retention[field];
          if (written(value) && value !== "Retain" && value !== "Delete") {
            problems.push(
              oneOf(
                ["spec", "persistentVolumeClaimRetentionPolicy", field],
                `persistentVolumeClaimRetentionPolicy.${field}`,
                value,
                ["Retain", "Delete"],
                REJECTED
              )
            );
          }
        }
      }
      nonNegative(spec2, "replicas", ["spec", "replicas"], problems);
      nonNegative(spec2, "minReadySeconds", ["spec", "minReadySeconds"], problems);
      nonNegative(spec2, "revisionHistoryLimit", ["spec", "revisionHistoryLimit"], problems);
      if (isRecord(spec2.ordinals))
        nonNegative(spec2.ordinals, "start", ["spec", "ordinals", "start"], problems);
      const serviceName = spec2.serviceName;
      if (written(serviceName) && !isDns1123Label(serviceName)) {
        problems.push({
          path: ["spec", "serviceName"],
          message: `spec.serviceName ${quote(serviceName)} is not a DNS-1123 label; it becomes the pods' DNS subdomain, so the API server rejects it (Kubernetes 1.33+) or every pod creation fails (older versions)`,
          hint: "Use the name of a headless Service: lower-case letters, digits and '-', at most 63 characters."
        });
      }
      checkSelector(spec2, problems);
      if (sts.podSpec) {
        const base = sts.podSpecPath;
        const restartPolicy = sts.podSpec.restartPolicy;
        if (written(restartPolicy) && restartPolicy !== "Always") {
          problems.push({
            path: [...base, "restartPolicy"],
            message: `spec.template.spec.restartPolicy is ${quote(restartPolicy)}; StatefulSets support only Always (${REJECTED})`,
            hint: "Remove restartPolicy (it defaults to Always) or set it to Always."
          });
        }
        if (isSet(sts.podSpec.activeDeadlineSeconds)) {
          problems.push({
            path: [...base, "activeDeadlineSeconds"],
            message: `spec.template.spec.activeDeadlineSeconds is not allowed in a StatefulSet; ${REJECTED}`,
            hint: "Remove activeDeadlineSeconds: StatefulSet pods run until replaced."
          });
        }
        checkTopologySpread(sts.podSpec, base, problems);
        checkAffinityTerms(sts.podSpec, base, problems);
      }
      checkClaimTemplates(spec2, problems);
      for (const problem of problems) report({ resource: sts.resource, ...problem });
    }
  }
};

// src/k8s/quantity.ts
var BINARY = {
  Ki: 1n << 10n,
  Mi: 1n << 20n,
  Gi: 1n << 30n,
  Ti: 1n << 40n,
  Pi: 1n << 50n,
  Ei: 1n << 60n
};
var DECIMAL_EXPONENT = {
  n: -9,
  u: -6,
  m: -3,
  "": 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18
};
var QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;
function divideUp(a, b) {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}
function parseMilli(value) {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return void 0;
    return parseMilli(String(value));
  }
  if (typeof value !== "string") return void 0;
  const match = QUANTITY.exec(value);
  if (!match) return void 0;
  const [, sign, number, suffix = ""] = match;
  const [whole = "", fraction = ""] = number.split(".");
  const digits = BigInt(`${whole}${fraction}` || "0");
  let numerator = digits * 1000n;
  let denominator = 10n ** BigInt(fraction.length);
  if (suffix in BINARY) numerator *= BINARY[suffix];
  else {
    const exponent = suffix in DECIMAL_EXPONENT ? DECIMAL_EXPONENT[suffix] : Number(suffix.slice(1));
    if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
    else denominator *= 10n ** BigInt(-exponent);
  }
  const milli = divideUp(numerator, denominator);
  return sign === "-" ? -milli : milli;
}
function formatBytesMilli(milli) {
  const bytes = milli / 1000n;
  for (const suffix of ["Ei", "Pi", "Ti", "Gi", "Mi", "Ki"]) {
    const unit = BINARY[suffix];
    if (bytes >= unit) {
      const tenths = milli * 10n / (unit * 1000n);
      return tenths % 10n === 0n ? `${tenths / 10n}${suffix}` : `${tenths / 10n}.${tenths % 10n}${suffix}`;
    }
  }
  return String(bytes);
}
function formatCpuMilli(milli) {
  return milli % 1000n === 0n ? String(milli / 1000n) : `${milli}m`;
}
function formatResource(resource, milli) {
  if (resource === "cpu") return formatCpuMilli(milli);
  if (resource === "memory" || resource.startsWith("ephemeral-storage") || resource.startsWith("hugepages-"))
    return formatBytesMilli(milli);
  return milli % 1000n === 0n ? String(milli / 1000n) : `${milli}m`;
}

// src/manifests/rules/sts-vct-storage-missing.ts
var rule42 = {
  meta: {
    id: "sts-vct-storage-missing",
    severity: "error",
    kinds: ["StatefulSet"],
    description: "A volumeClaimTemplate of a StatefulSet has no spec.resources.requests.storage (or not a positive quantity).",
    rationale: "Every PersistentVolumeClaim needs a storage request. Recent API servers reject the StatefulSet; older ones accept it, and then the controller fails to create the claim for pod 0, so no pod ever starts.",
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17, volumeMounts: [{ name: data, mountPath: /data }] }] }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce] }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17, volumeMounts: [{ name: data, mountPath: /data }] }] }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 10Gi } } }
`
    }
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      const templates = sts.spec.volumeClaimTemplates;
      if (!Array.isArray(templates)) continue;
      templates.forEach((template, index) => {
        if (!isRecord(template)) return;
        const name = isRecord(template.metadata) && typeof template.metadata.name === "string" ? `"${template.metadata.name}"` : `#${index}`;
        const spec2 = isRecord(template.spec) ? template.spec : {};
        const resources = isRecord(spec2.resources) ? spec2.resources : {};
        const requests = isRecord(resources.requests) ? resources.requests : {};
        const requestsPath = ["spec", "volumeClaimTemplates", index, "spec", "resources", "requests"];
        const storage = requests.storage;
        if (storage === void 0 || storage === null) {
          report({
            resource: sts.resource,
            // The requests line, or the nearest written ancestor.
            path: requestsPath,
            message: `volumeClaimTemplate ${name} requests no storage (spec.resources.requests.storage is missing)`,
            hint: `Add resources: { requests: { storage: 10Gi } } (the size each pod's volume needs) to the spec of volumeClaimTemplate ${name}.`
          });
          return;
        }
        const quantity = parseMilli(storage);
        if (quantity !== void 0 && quantity > 0n) return;
        report({
          resource: sts.resource,
          path: [...requestsPath, "storage"],
          message: quantity === void 0 ? `volumeClaimTemplate ${name} requests storage ${JSON.stringify(storage)}, which is not a quantity` : `volumeClaimTemplate ${name} requests storage ${JSON.stringify(storage)}; it must be greater than zero`,
          hint: "Write a positive quantity such as 10Gi, 500Mi or 1Ti (binary suffixes Ki..Ei, decimal k..E)."
        });
      });
    }
  }
};

// src/manifests/rules/sts-volume-mount-unresolved.ts
var rule43 = {
  meta: {
    id: "sts-volume-mount-unresolved",
    severity: "error",
    kinds: ["StatefulSet"],
    description: "A container of a StatefulSet mounts a volume that is neither a pod volume nor a volumeClaimTemplate.",
    rationale: 'The API server accepts the StatefulSet (it does not validate the pod template), but the controller cannot create a single pod: every create fails with "volumeMounts[0].name: Not found" and the rollout hangs with zero pods while the StatefulSet itself looks applied.',
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          volumeMounts: [{ name: data, mountPath: /usr/share/nginx/html }]
  volumeClaimTemplates:
    - metadata: { name: www }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          volumeMounts: [{ name: www, mountPath: /usr/share/nginx/html }]
  volumeClaimTemplates:
    - metadata: { name: www }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
`
    }
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      if (!sts.podSpec) continue;
      const volumes = namesIn(sts.podSpec.volumes, (v) => v.name);
      const claims = volumeClaimTemplateNames(sts.spec);
      const known = /* @__PURE__ */ new Set([...volumes, ...claims]);
      for (const ref of containersOf(sts)) {
        for (const field of ["volumeMounts", "volumeDevices"]) {
          const mounts = ref.container[field];
          if (!Array.isArray(mounts)) continue;
          mounts.forEach((mount, index) => {
            if (!isRecord(mount) || typeof mount.name !== "string" || known.has(mount.name)) return;
            const name = mount.name;
            const suggestion = closestKey(name, [...known]);
            const where = `${ref.list === "initContainers" ? "init container" : "container"} "${ref.name}"`;
            report({
              resource: sts.resource,
              path: [...ref.path, field, index, "name"],
              message: `${where} mounts volume "${name}", which is neither a volume in spec.template.spec.volumes nor a volumeClaimTemplate; the controller cannot create any pod`,
              hint: (suggestion ? `Did you mean "${suggestion}"? ` : "") + `Rename the ${field === "volumeMounts" ? "mount" : "device"} to one of ` + (known.size > 0 ? [...known].map((n) => `"${n}"`).join(", ") : "(none defined)") + `, or add a volumeClaimTemplate (metadata.name: ${name}) or a volume named "${name}" to spec.template.spec.volumes.`
            });
          });
        }
      }
    }
  }
};

// src/k8s/images.ts
var DOCKER_HUB = "docker.io";
function isRegistryHost(component) {
  return component.includes(".") || component.includes(":") || component === "localhost";
}
function parseImageReference(written2) {
  if (written2 === "" || /[\s${}]/.test(written2)) return void 0;
  let rest = written2;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digest.includes(":")) return void 0;
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === "") return void 0;
  }
  if (rest === "" || rest.startsWith("/") || rest.endsWith("/") || rest.includes("//")) return void 0;
  const components = rest.split("/");
  let registry = DOCKER_HUB;
  if (components.length > 1 && isRegistryHost(components[0])) registry = components.shift();
  if (registry === "index.docker.io") registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && components.length === 1) components.unshift("library");
  const repository = components.join("/");
  return {
    written: written2,
    registry,
    repository,
    name: `${registry}/${repository}`,
    ...tag !== void 0 ? { tag } : {},
    ...digest !== void 0 ? { digest } : {}
  };
}
function allowEntryProblem(entry) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) return "a registry prefix has no scheme";
  if (/[\s@]/.test(entry)) return "a registry prefix has no spaces and no digest";
  const host = entry.split("/")[0];
  if (!isRegistryHost(host)) return `"${host}" is not a registry host (it needs a dot, a port or localhost)`;
  const last = entry.split("/").at(-1);
  if (last.includes(":") && entry.includes("/")) return "a registry prefix has no tag";
  return void 0;
}
function imageAllowedBy(image, entry) {
  const prefix = entry.replace(/\/+$/, "");
  const normalizedPrefix = prefix === "index.docker.io" || prefix.startsWith("index.docker.io/") ? DOCKER_HUB + prefix.slice("index.docker.io".length) : prefix;
  return image.name === normalizedPrefix || image.name.startsWith(`${normalizedPrefix}/`);
}
function floatingTag(image) {
  if (image.digest) return void 0;
  return image.tag ?? "latest";
}

// src/manifests/rules/image-util.ts
var CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"];
function containerImages(bundle) {
  const images = [];
  for (const resource of bundle.resources) {
    const template = podTemplateOf(resource);
    if (!template) continue;
    for (const list of CONTAINER_LISTS) {
      const containers = template.spec[list];
      if (!Array.isArray(containers)) continue;
      containers.forEach((container, index) => {
        if (!isRecord(container) || typeof container.image !== "string") return;
        images.push({
          resource,
          path: [...template.specPath, list, index, "image"],
          container: typeof container.name === "string" ? container.name : `#${index}`,
          image: container.image
        });
      });
    }
  }
  return images;
}

// src/manifests/rules/image-latest-tag.ts
var rule44 = {
  meta: {
    id: "image-latest-tag",
    severity: "warning",
    kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob"],
    description: "A container image has the tag latest, or no tag and no digest (which pulls latest); kube-linter calls this check latest-tag.",
    rationale: "A floating tag makes the release unreproducible: nodes that pull at different times run different code, a rollback to the same manifest does not bring the old code back, and the burn cannot be attributed to a release.",
    example: {
      bad: `apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout }
spec:
  selector: { matchLabels: { app: checkout } }
  template:
    metadata: { labels: { app: checkout } }
    spec: { containers: [{ name: app, image: registry.example.com/shop/checkout }] }
`,
      good: `apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout }
spec:
  selector: { matchLabels: { app: checkout } }
  template:
    metadata: { labels: { app: checkout } }
    spec: { containers: [{ name: app, image: registry.example.com/shop/checkout:1.4.2 }] }
`
    }
  },
  check({ bundle, report }) {
    for (const { resource, path, container, image } of containerImages(bundle)) {
      const reference = parseImageReference(image);
      if (!reference || floatingTag(reference) !== "latest") continue;
      report({
        resource,
        path,
        message: reference.tag ? `container "${container}" uses image "${image}": the tag latest follows whatever was pushed last` : `container "${container}" uses image "${image}" without a tag or digest, so the runtime pulls latest`,
        hint: `Pin the image to a version tag or a digest, e.g. ${reference.name}:<version> or ${reference.name}@sha256:<digest>.`
      });
    }
  }
};

// src/manifests/rules/image-not-allowed.ts
var rule45 = {
  meta: {
    id: "image-not-allowed",
    severity: "error",
    kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob"],
    description: "A container image comes from a registry or repository outside manifests.images.allow (checked only when that list is set).",
    rationale: 'An image from an unreviewed registry bypasses the supply-chain controls (scanning, signing, provenance) of the allowed ones, and an admission policy that enforces the same list would refuse the pods mid-rollout. Prefixes match whole path components: ghcr.io/acme allows ghcr.io/acme/api, not ghcr.io/acme-evil/api; an image without a registry is on docker.io ("nginx" is docker.io/library/nginx).',
    example: {
      bad: `# slo-gate.yaml: manifests: { images: { allow: [registry.example.com/shop/] } }
apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout }
spec:
  selector: { matchLabels: { app: checkout } }
  template:
    metadata: { labels: { app: checkout } }
    spec: { containers: [{ name: app, image: docker.io/someone/checkout:1.4.2 }] }
`,
      good: `# slo-gate.yaml: manifests: { images: { allow: [registry.example.com/shop/] } }
apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout }
spec:
  selector: { matchLabels: { app: checkout } }
  template:
    metadata: { labels: { app: checkout } }
    spec: { containers: [{ name: app, image: registry.example.com/shop/checkout:1.4.2 }] }
`
    }
  },
  check({ bundle, options, report }) {
    const allow = options.images.allow;
    if (allow.length === 0) return;
    for (const { resource, path, container, image } of containerImages(bundle)) {
      const reference = parseImageReference(image);
      if (!reference || allow.some((entry) => imageAllowedBy(reference, entry))) continue;
      report({
        resource,
        path,
        message: `container "${container}" uses image "${image}" (${reference.name}), which no entry of manifests.images.allow covers`,
        hint: `Pull the image from an allowed registry (${allow.join(", ")}), e.g. mirror it there, or add its registry/prefix to manifests.images.allow once it is reviewed.`
      });
    }
  }
};

// src/manifests/rules/index.ts
var RULES = [
  rule3,
  rule4,
  rule5,
  rule,
  rule2,
  rule6,
  rule7,
  rule8,
  rule9,
  rule10,
  rule11,
  rule12,
  rule13,
  rule14,
  rule15,
  rule16,
  rule17,
  rule18,
  rule19,
  rule20,
  rule21,
  rule22,
  rule23,
  rule24,
  rule25,
  rule26,
  rule27,
  rule28,
  rule29,
  rule30,
  rule31,
  rule32,
  rule33,
  rule34,
  rule35,
  rule36,
  rule37,
  rule38,
  rule39,
  rule40,
  rule41,
  rule42,
  rule43,
  rule44,
  rule45
];
var RULES_BY_ID = new Map(RULES.map((rule46) => [rule46.meta.id, rule46]));

export {
  closestKey,
  allowEntryProblem,
  createBundle,
  rule3 as rule,
  rule4 as rule2,
  rule5 as rule3,
  INGRESS_CLASS_ANNOTATION,
  NGINX_ANNOTATION_PREFIX,
  ingressPaths,
  ingressServiceBackends,
  ingressTls,
  defaultIngressClass,
  effectiveIngressClass,
  nginxBoolAnnotation,
  secretsCreatedInBundle,
  rule16 as rule4,
  parseIp,
  MIN_PORT,
  MAX_PORT,
  NO_PORTS,
  isProtocol,
  intersect,
  subtract,
  isEmpty,
  isAll,
  equals,
  containsPort,
  formatPortSet,
  policyOf,
  connectivityOfBundle,
  rule32 as rule5,
  parseMilli,
  formatResource,
  RULES,
  RULES_BY_ID
};
//# sourceMappingURL=chunk-5EFMPVFV.js.map
