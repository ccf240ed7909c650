import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  isRecord,
  selectorMatches,
  stringMap
} from "./chunk-J6UQ2MQY.js";

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
    const spec2 = resource.object.spec;
    if (!isRecord(spec2)) return void 0;
    return {
      workload: resource,
      namespace: resource.namespace,
      labels: resource.labels,
      spec: spec2,
      specPath: ["spec"]
    };
  }
  const templatePath = POD_SPEC_PATHS[resource.kind];
  if (!templatePath) return void 0;
  const template = valueAt(resource.object, templatePath);
  if (!isRecord(template)) return void 0;
  const spec = template.spec;
  if (!isRecord(spec)) return void 0;
  const metadata = isRecord(template.metadata) ? template.metadata : {};
  return {
    workload: resource,
    namespace: resource.namespace,
    labels: stringMap(metadata.labels),
    spec,
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
      if (!labelIndex) templatesByLabel.set(template.namespace, labelIndex = /* @__PURE__ */ new Map());
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

export {
  podTemplateOf,
  createBundle
};
