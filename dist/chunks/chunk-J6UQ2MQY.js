import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);

// src/k8s/labels.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringMap(value) {
  if (!isRecord(value)) return {};
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== null && v !== void 0) out[key] = String(v);
  }
  return out;
}
function asLabelSelector(value) {
  if (!isRecord(value)) return void 0;
  const selector = {};
  if (isRecord(value.matchLabels)) selector.matchLabels = stringMap(value.matchLabels);
  if (Array.isArray(value.matchExpressions)) {
    selector.matchExpressions = value.matchExpressions.filter(isRecord).map((e) => ({
      key: String(e.key ?? ""),
      operator: String(e.operator ?? ""),
      values: Array.isArray(e.values) ? e.values.map(String) : void 0
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

export {
  isRecord,
  stringMap,
  asLabelSelector,
  isEmptySelector,
  selectorMatches,
  mapSelectorMatches,
  describeSelector
};
