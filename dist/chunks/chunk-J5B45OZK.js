import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);

// src/manifests/engine.ts
var IGNORE_ANNOTATION = "slo-gate.dev/ignore";
var DEFAULT_RULE_OPTIONS = {
  strictReferences: false,
  dns: { namespace: "kube-system", podLabels: { "k8s-app": "kube-dns" } },
  ingressController: { namespace: "ingress-nginx", podLabels: { "app.kubernetes.io/name": "ingress-nginx" } }
};
function ignoredRules(annotations) {
  const value = annotations[IGNORE_ANNOTATION];
  if (!value) return /* @__PURE__ */ new Set();
  return new Set(
    value.split(",").map((id) => id.trim()).filter(Boolean)
  );
}
function effectiveSeverity(rule, raw, overrides) {
  return overrides[rule.meta.id] ?? raw.severity ?? rule.meta.severity;
}
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function compareFindings(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId);
}
function placeFinding(rule, raw, overrides) {
  const ignored = ignoredRules(raw.resource.annotations);
  if (ignored.has(rule.meta.id) || ignored.has("*")) return void 0;
  const severity = effectiveSeverity(rule, raw, overrides);
  if (severity === "off") return void 0;
  const position = raw.resource.positionOf(raw.path);
  return {
    ruleId: rule.meta.id,
    severity,
    file: raw.resource.file,
    line: position.line,
    column: position.column,
    resource: raw.resource.id,
    message: raw.message,
    hint: raw.hint
  };
}
function runRules(bundle, options) {
  const findings = [];
  for (const rule of options.rules) {
    if (!rule.check || options.overrides[rule.meta.id] === "off") continue;
    const report = (raw) => {
      const finding = placeFinding(rule, raw, options.overrides);
      if (finding) findings.push(finding);
    };
    rule.check({ bundle, options: options.ruleOptions, report });
  }
  return findings;
}
function applyOverrides(findings, rulesById, overrides, annotationsOf) {
  const out = [];
  for (const finding of findings) {
    const rule = rulesById.get(finding.ruleId);
    const override = overrides[finding.ruleId];
    if (override === "off") continue;
    const annotations = finding.resource ? annotationsOf(finding.resource, finding.file) : void 0;
    if (annotations) {
      const ignored = ignoredRules(annotations);
      if (ignored.has(finding.ruleId) || ignored.has("*")) continue;
    }
    out.push(override && rule ? { ...finding, severity: override } : finding);
  }
  return out;
}

export {
  DEFAULT_RULE_OPTIONS,
  compareFindings,
  placeFinding,
  runRules,
  applyOverrides
};
