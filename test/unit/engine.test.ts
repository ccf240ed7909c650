import { createBundle } from '../../src/manifests/bundle.js';
import {
  applyOverrides,
  compareFindings,
  ignoredRules,
  runRules,
  DEFAULT_RULE_OPTIONS,
} from '../../src/manifests/engine.js';
import type { Rule } from '../../src/manifests/types.js';
import type { Finding, Resource } from '../../src/model/index.js';

/** A resource whose every path sits at line 10 + depth, so positions are easy to check. */
function resource(
  kind: string,
  name: string,
  annotations: Record<string, string> = {},
  object = {},
): Resource {
  return {
    apiVersion: 'v1',
    kind,
    name,
    namespace: 'shop',
    id: `${kind}/shop/${name}`,
    labels: {},
    annotations,
    object,
    file: 'deploy/app.yaml',
    line: 10,
    column: 1,
    positionOf: (path) => ({ line: 10 + path.length, column: 3 }),
  };
}

const everyService: Rule = {
  meta: {
    id: 'service-example',
    severity: 'error',
    kinds: ['Service'],
    description: 'd',
    rationale: 'r',
    example: { bad: '', good: '' },
  },
  check(context) {
    for (const service of context.bundle.ofKind('Service')) {
      context.report({
        resource: service,
        path: ['spec', 'ports'],
        message: `${service.name} is bad`,
        hint: 'fix it',
      });
    }
  },
};

describe('runRules', () => {
  const bundle = createBundle(
    [
      resource('Service', 'web'),
      resource('Service', 'quiet', { 'slo-gate.dev/ignore': 'other-rule, service-example' }),
      resource('Service', 'silent', { 'slo-gate.dev/ignore': '*' }),
    ],
    'default',
  );

  it('places findings at the path the rule names', () => {
    expect(
      runRules(bundle, { rules: [everyService], ruleOptions: DEFAULT_RULE_OPTIONS, overrides: {} }),
    ).toEqual([
      {
        ruleId: 'service-example',
        severity: 'error',
        file: 'deploy/app.yaml',
        line: 12,
        column: 3,
        resource: 'Service/shop/web',
        message: 'web is bad',
        hint: 'fix it',
      },
    ]);
  });

  it('honours the config: off skips the rule, a severity replaces the default', () => {
    expect(
      runRules(bundle, {
        rules: [everyService],
        ruleOptions: DEFAULT_RULE_OPTIONS,
        overrides: { 'service-example': 'off' },
      }),
    ).toEqual([]);
    const [finding] = runRules(bundle, {
      rules: [everyService],
      ruleOptions: DEFAULT_RULE_OPTIONS,
      overrides: { 'service-example': 'info' },
    });
    expect(finding!.severity).toBe('info');
  });
});

describe('ignoredRules', () => {
  it('reads a comma-separated list, tolerating spaces', () => {
    expect([...ignoredRules({ 'slo-gate.dev/ignore': ' a-rule ,b-rule,,' })]).toEqual(['a-rule', 'b-rule']);
    expect(ignoredRules({}).size).toBe(0);
  });
});

describe('applyOverrides', () => {
  const finding = (ruleId: string, resourceId: string): Finding => ({
    ruleId,
    severity: 'error',
    file: 'a.yaml',
    line: 1,
    column: 1,
    resource: resourceId,
    message: 'm',
    hint: 'h',
  });
  const rules = new Map([
    ['schema-invalid', { ...everyService, meta: { ...everyService.meta, id: 'schema-invalid' } }],
  ]);

  it('applies severities, off, and the ignore annotation to loader and schema findings', () => {
    const out = applyOverrides(
      [
        finding('schema-invalid', 'Deployment/shop/a'),
        finding('schema-invalid', 'Deployment/shop/b'),
        finding('yaml-syntax', ''),
      ],
      rules,
      { 'schema-invalid': 'warning' },
      (id): Record<string, string> =>
        id === 'Deployment/shop/b' ? { 'slo-gate.dev/ignore': 'schema-invalid' } : {},
    );
    expect(out.map((f) => [f.ruleId, f.resource, f.severity])).toEqual([
      ['schema-invalid', 'Deployment/shop/a', 'warning'],
      ['yaml-syntax', '', 'error'],
    ]);
    expect(
      applyOverrides([finding('yaml-syntax', '')], rules, { 'yaml-syntax': 'off' }, () => undefined),
    ).toEqual([]);
  });
});

describe('compareFindings', () => {
  it('orders by file, line, column, then severity', () => {
    const f = (file: string, line: number, severity: Finding['severity']): Finding => ({
      ruleId: 'r',
      severity,
      file,
      line,
      column: 1,
      resource: '',
      message: '',
    });
    const sorted = [
      f('b.yaml', 1, 'error'),
      f('a.yaml', 9, 'info'),
      f('a.yaml', 9, 'error'),
      f('a.yaml', 2, 'warning'),
    ].sort(compareFindings);
    expect(sorted.map((x) => `${x.file}:${x.line}:${x.severity}`)).toEqual([
      'a.yaml:2:warning',
      'a.yaml:9:error',
      'a.yaml:9:info',
      'b.yaml:1:error',
    ]);
  });
});
