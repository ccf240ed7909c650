import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  DEFAULT_RULE_OPTIONS,
  applyOverrides,
  compareFindings,
  runRules
} from "./chunk-J5B45OZK.js";
import {
  loadManifests
} from "./chunk-S6UQSXQW.js";
import {
  RULES,
  RULES_BY_ID,
  closestKey
} from "./chunk-F7OLITJ3.js";
import {
  createBundle
} from "./chunk-P25BGOOJ.js";
import {
  UsageError
} from "./chunk-QEPZ6EYX.js";

// src/manifests/validate.ts
function checkRuleOverrides(overrides, where) {
  for (const id of Object.keys(overrides)) {
    if (RULES_BY_ID.has(id)) continue;
    const suggestion = closestKey(id, [...RULES_BY_ID.keys()]);
    throw new UsageError(`manifests.rules names an unknown rule "${id}"`, {
      file: where,
      fix: suggestion ? `did you mean "${suggestion}"? (slo-gate rules lists them)` : "run `slo-gate rules` for the ids"
    });
  }
}
function validateOptionsFor(manifests, flags) {
  return {
    paths: flags.paths && flags.paths.length > 0 ? flags.paths : manifests.paths,
    defaultNamespace: flags.namespace ?? manifests.namespace ?? "default",
    strictReferences: flags.strictReferences ?? manifests.strictReferences ?? false,
    overrides: manifests.rules,
    ruleOptions: {
      ...manifests.dns ? { dns: manifests.dns } : {},
      ...manifests.ingressController ? { ingressController: manifests.ingressController } : {}
    }
  };
}
async function validateManifests(options) {
  const loaded = await loadManifests(options.paths, { defaultNamespace: options.defaultNamespace });
  const { validateSchema } = await import("./schema-HTHQ5JPY.js");
  const preliminary = [...loaded.findings];
  for (const resource of loaded.resources) preliminary.push(...validateSchema(resource));
  const bundle = createBundle(loaded.resources, options.defaultNamespace);
  const ruleOptions = {
    ...DEFAULT_RULE_OPTIONS,
    ...options.ruleOptions,
    strictReferences: options.strictReferences
  };
  const annotationsById = new Map(loaded.resources.map((r) => [`${r.file}\0${r.id}`, r.annotations]));
  const findings = [
    ...applyOverrides(
      preliminary,
      RULES_BY_ID,
      options.overrides,
      (id, file) => annotationsById.get(`${file}\0${id}`)
    ),
    ...runRules(bundle, { rules: RULES, ruleOptions, overrides: options.overrides })
  ];
  return { findings: findings.sort(compareFindings), resources: loaded.resources.length };
}

export {
  checkRuleOverrides,
  validateOptionsFor,
  validateManifests
};
