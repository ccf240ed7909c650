/** Rule tests: load YAML text as one bundle and run one rule on it, findings with their lines. */
import { createBundle } from '../../src/manifests/bundle.js';
import { DEFAULT_RULE_OPTIONS, runRules } from '../../src/manifests/engine.js';
import { loadText } from '../../src/manifests/load.js';
import type { Rule, RuleOptions } from '../../src/manifests/types.js';
import type { Bundle, Severity } from '../../src/model/index.js';

export const FILE = 'manifests.yaml';

export interface RuleFinding {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  resource: string;
  message: string;
  hint: string;
}

export function bundleOf(yaml: string, defaultNamespace = 'default'): Bundle {
  const { resources } = loadText(yaml, FILE, { defaultNamespace });
  return createBundle(resources, defaultNamespace);
}

export function runRule(
  rule: Rule,
  yaml: string,
  options: Partial<RuleOptions> & { defaultNamespace?: string } = {},
): RuleFinding[] {
  const { defaultNamespace = 'default', ...ruleOptions } = options;
  const findings = runRules(bundleOf(yaml, defaultNamespace), {
    rules: [rule],
    ruleOptions: { ...DEFAULT_RULE_OPTIONS, ...ruleOptions },
    overrides: {},
  });
  return findings.map(({ ruleId, severity, line, column, resource, message, hint }) => ({
    ruleId,
    severity,
    line,
    column,
    resource,
    message,
    hint: hint ?? '',
  }));
}
