import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  podTemplateOf
} from "./chunk-P25BGOOJ.js";
import {
  asLabelSelector,
  describeSelector,
  isEmptySelector,
  isRecord,
  selectorMatches
} from "./chunk-J6UQ2MQY.js";

// src/manifests/rules/ingress-live-host-path-taken.ts
var rule = {
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

// src/manifests/rules/sts-immutable-field-change.ts
var rule2 = {
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
    const written = asIntOrString(entry.targetPort);
    const targetPort = written === void 0 || written === 0 ? port : written;
    out.push({
      index,
      name: typeof entry.name === "string" && entry.name !== "" ? entry.name : void 0,
      port,
      targetPort,
      targetPortWritten: written !== void 0 && written !== 0,
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
  rules.forEach((rule3, index) => {
    if (!isRecord(rule3)) return;
    out.push({ index, host: nonEmptyString(rule3.host), at: ["spec", "rules", index] });
  });
  return out;
}
function ingressPaths(ingress) {
  const rules = spec(ingress).rules;
  if (!Array.isArray(rules)) return [];
  const out = [];
  rules.forEach((rule3, ruleIndex) => {
    if (!isRecord(rule3) || !isRecord(rule3.http) || !Array.isArray(rule3.http.paths)) return;
    rule3.http.paths.forEach((entry, pathIndex) => {
      if (!isRecord(entry)) return;
      out.push({
        ruleIndex,
        pathIndex,
        host: nonEmptyString(rule3.host),
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
  rules.forEach((rule3, i) => {
    if (!isRecord(rule3) || !isRecord(rule3.http) || !Array.isArray(rule3.http.paths)) return;
    rule3.http.paths.forEach((entry, j) => {
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
      podLabels: template?.labels ?? labelsOf(templateMetadata.labels),
      podSpec: template?.spec,
      podSpecPath: POD_SPEC_PATH,
      replicas: replicasOf(spec2)
    });
  }
  return views;
}
function labelsOf(value) {
  if (!isRecord(value)) return {};
  const out = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && v !== void 0) out[k] = String(v);
  return out;
}
function describeLabels(labels) {
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
function firstMismatch(selector, labels) {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] === value) continue;
    return {
      path: ["spec", "selector", "matchLabels", key],
      what: Object.hasOwn(labels, key) ? `the selector wants ${key}=${value}, the template has ${key}=${labels[key]}` : `the selector wants ${key}=${value}, the template has no label ${key}`
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
  return { kind: "invalid", text: String(value) };
}
function scaledValue(value, total) {
  return value.kind === "int" ? value.value : Math.ceil(value.value * total / 100);
}
var QUANTITY_RE = /^([+-]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$/;
var SUFFIX = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18
};
function parseQuantity(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value !== "string") return void 0;
  const match = QUANTITY_RE.exec(value.trim() === value ? value : "");
  if (!match) return void 0;
  const [, sign, digits, suffix] = match;
  let number = Number(digits);
  if (suffix)
    number *= suffix.startsWith("e") || suffix.startsWith("E") ? 10 ** Number(suffix.slice(1)) : SUFFIX[suffix];
  return sign === "-" ? -number : number;
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
    const written = maxUnavailable.kind === "percent" ? "0%" : "0";
    return {
      path: ["spec", "maxUnavailable"],
      reason: `maxUnavailable: ${written} allows no pod to be evicted`
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

export {
  isValidPortName,
  declaredContainerPorts,
  resolveTargetPort,
  servicePorts,
  findServicePort,
  describeServicePorts,
  INGRESS_CLASS_ANNOTATION,
  NGINX_ANNOTATION_PREFIX,
  ingressRules,
  ingressPaths,
  ingressServiceBackends,
  ingressTls,
  defaultIngressClass,
  effectiveIngressClass,
  nginxBoolAnnotation,
  secretsCreatedInBundle,
  isDns1123Label,
  ingressHostProblem,
  dnsNameProblem,
  hostMatches,
  rule,
  POD_LABELS_PATH,
  statefulSets,
  describeLabels,
  yamlMap,
  containersOf,
  namesIn,
  volumeClaimTemplateNames,
  selectorProblems,
  wellFormedSelector,
  firstMismatch,
  parseIntOrPercent,
  parseQuantity,
  budgetsCovering,
  evictionBlock,
  governingService,
  rule2
};
