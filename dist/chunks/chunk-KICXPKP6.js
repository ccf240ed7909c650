import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);

// src/argocd/managed-resources.ts
function parseManagedResources(body) {
  const result = { resources: [], problems: [] };
  const items = isObject(body) && Array.isArray(body.items) ? body.items : void 0;
  if (!items) {
    if (isObject(body) && body.items === void 0) return result;
    result.problems.push("the answer has no items list");
    return result;
  }
  for (const item of items) {
    if (!isObject(item)) continue;
    const resource = {
      group: text(item.group),
      kind: text(item.kind),
      namespace: text(item.namespace),
      name: text(item.name),
      hook: item.hook === true
    };
    const label = `${resource.kind} ${resource.namespace ? `${resource.namespace}/` : ""}${resource.name}`;
    for (const field of ["targetState", "liveState"]) {
      const state = item[field];
      if (state === void 0 || state === null || state === "" || state === "null") continue;
      const object = typeof state === "string" ? parseJson(state) : state;
      if (!isObject(object)) {
        result.problems.push(`${label}: ${field} is not a JSON object`);
        continue;
      }
      if (field === "targetState") resource.target = object;
      else resource.live = object;
    }
    result.resources.push(resource);
  }
  return result;
}
function targetManifestsYaml(resources) {
  return resources.filter((r) => !r.hook && r.target).map((r) => `---
${JSON.stringify(r.target, null, 2)}
`).join("");
}
function parseJson(text2) {
  try {
    return JSON.parse(text2);
  } catch {
    return void 0;
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function text(value) {
  return typeof value === "string" ? value : "";
}

export {
  parseManagedResources,
  targetManifestsYaml
};
