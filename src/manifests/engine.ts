/**
 * Runs the rule catalog over a bundle: severity overrides from the config, suppression by the
 * `slo-gate.dev/ignore` annotation, and raw findings placed at file:line:column.
 */
import type { RuleSeverityOverride } from '../config/types.js';
import type { Bundle, Finding, Severity } from '../model/index.js';
import type { RawFinding, Rule, RuleOptions } from './types.js';

export const IGNORE_ANNOTATION = 'slo-gate.dev/ignore';

export const DEFAULT_RULE_OPTIONS: RuleOptions = {
  strictReferences: false,
  dns: { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' } },
  ingressController: { namespace: 'ingress-nginx', podLabels: { 'app.kubernetes.io/name': 'ingress-nginx' } },
  images: { allow: [] },
};

/** The rule ids a resource opts out of: "rule-a, rule-b", or "*" for all. */
export function ignoredRules(annotations: Record<string, string>): Set<string> {
  const value = annotations[IGNORE_ANNOTATION];
  if (!value) return new Set();
  return new Set(
    value
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  );
}

/** The severity a finding ends with: the config's override, else the finding's own, else the rule's. */
export function effectiveSeverity(
  rule: Rule,
  raw: { severity?: Severity },
  overrides: Record<string, RuleSeverityOverride>,
): Severity | 'off' {
  return overrides[rule.meta.id] ?? raw.severity ?? rule.meta.severity;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order for every output: by file, line, column, then severity and rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export interface EngineOptions {
  rules: readonly Rule[];
  ruleOptions: RuleOptions;
  overrides: Record<string, RuleSeverityOverride>;
}

/**
 * A rule's raw finding as the report shows it: placed at file:line:column, with the config's
 * severity; undefined when the resource opts out of the rule or the rule is off.
 */
export function placeFinding(
  rule: Rule,
  raw: RawFinding,
  overrides: Record<string, RuleSeverityOverride>,
): Finding | undefined {
  const ignored = ignoredRules(raw.resource.annotations);
  if (ignored.has(rule.meta.id) || ignored.has('*')) return undefined;
  const severity = effectiveSeverity(rule, raw, overrides);
  if (severity === 'off') return undefined;
  const position = raw.resource.positionOf(raw.path);
  return {
    ruleId: rule.meta.id,
    severity,
    file: raw.resource.file,
    line: position.line,
    column: position.column,
    resource: raw.resource.id,
    message: raw.message,
    hint: raw.hint,
  };
}

export function runRules(bundle: Bundle, options: EngineOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of options.rules) {
    if (!rule.check || options.overrides[rule.meta.id] === 'off') continue;
    const report = (raw: RawFinding) => {
      const finding = placeFinding(rule, raw, options.overrides);
      if (finding) findings.push(finding);
    };
    rule.check({ bundle, options: options.ruleOptions, report });
  }
  return findings;
}

/**
 * Findings the loader and schema validator made (yaml-syntax, schema-invalid, ...) go through the
 * same overrides; a finding on a resource also honours its ignore annotation.
 */
export function applyOverrides(
  findings: Finding[],
  rulesById: ReadonlyMap<string, Rule>,
  overrides: Record<string, RuleSeverityOverride>,
  annotationsOf: (resourceId: string, file: string) => Record<string, string> | undefined,
): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const rule = rulesById.get(finding.ruleId);
    const override = overrides[finding.ruleId];
    if (override === 'off') continue;
    const annotations = finding.resource ? annotationsOf(finding.resource, finding.file) : undefined;
    if (annotations) {
      const ignored = ignoredRules(annotations);
      if (ignored.has(finding.ruleId) || ignored.has('*')) continue;
    }
    out.push(override && rule ? { ...finding, severity: override } : finding);
  }
  return out;
}
