import { join } from 'node:path';
import type { Finding, Report } from '../../src/model/index.js';
import { annotationPath, planAnnotations, verdictReason } from '../../src/report/annotations.js';

const ROOT = join('/', 'work', 'repo');

function finding(severity: Finding['severity'], n: number, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: `rule-${severity}`,
    severity,
    file: 'deploy/app.yaml',
    line: n,
    column: 3,
    resource: `Service/shop/svc-${n}`,
    message: `${severity} number ${n}`,
    ...overrides,
  };
}

const many = (severity: Finding['severity'], count: number, from = 1) =>
  Array.from({ length: count }, (_, i) => finding(severity, from + i));

describe('planAnnotations', () => {
  it('more than 10 of a kind: 10 per kind, then one notice counting what is not shown', () => {
    // 15 errors, 12 warnings, 3 infos, in an order that is not by severity.
    const findings = [...many('info', 3, 100), ...many('warning', 12, 200), ...many('error', 15, 300)];
    const plan = planAnnotations(findings, { root: ROOT, cwd: ROOT });
    const kinds = plan.map((a) => a.kind);
    expect(kinds.filter((k) => k === 'error')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'warning')).toHaveLength(10);
    // 3 info notices and the closing notice: 4 of the 10 notice slots.
    expect(kinds.filter((k) => k === 'notice')).toHaveLength(4);
    // Not shown: 15 - 10 errors + 12 - 10 warnings = 7.
    expect(plan.at(-1)).toEqual({
      kind: 'notice',
      message: '7 more findings — see the job summary',
      properties: { title: 'slo-gate' },
    });
  });

  it('most severe first, the report order kept within a severity', () => {
    const findings = [finding('info', 1), finding('warning', 2), finding('error', 9), finding('error', 4)];
    const plan = planAnnotations(findings, { root: ROOT, cwd: ROOT });
    expect(plan.map((a) => [a.kind, a.properties.startLine])).toEqual([
      ['error', 9],
      ['error', 4],
      ['warning', 2],
      ['notice', 1],
    ]);
  });

  it('a reserved slot (the verdict line) leaves 9 errors for findings', () => {
    const plan = planAnnotations(many('error', 12), { root: ROOT, cwd: ROOT, reserved: { error: 1 } });
    expect(plan.filter((a) => a.kind === 'error')).toHaveLength(9);
    expect(plan.at(-1)?.message).toBe('3 more findings — see the job summary');
  });

  it('exactly 10 infos fit without a closing notice; 11 leave room for it', () => {
    expect(planAnnotations(many('info', 10), { root: ROOT, cwd: ROOT }).map((a) => a.message)).not.toContain(
      expect.stringMatching(/more finding/),
    );
    const plan = planAnnotations(many('info', 11), {
      root: ROOT,
      cwd: ROOT,
      overflowPointer: 'see the step log',
    });
    // 9 infos + the closing notice = the 10 notices GitHub shows.
    expect(plan).toHaveLength(10);
    expect(plan.at(-1)?.message).toBe('2 more findings — see the step log');
  });

  it('one annotation per finding with file, start and end line, column and the rule id as title', () => {
    const [annotation] = planAnnotations(
      [
        finding('error', 42, {
          column: 23,
          ruleId: 'ingress-backend-service-missing',
          hint: 'add the Service',
        }),
      ],
      { root: ROOT, cwd: ROOT },
    );
    expect(annotation).toEqual({
      kind: 'error',
      message: 'Service/shop/svc-42: error number 42\nHint: add the Service',
      properties: {
        title: 'ingress-backend-service-missing',
        file: 'deploy/app.yaml',
        startLine: 42,
        endLine: 42,
        startColumn: 23,
      },
    });
  });
});

describe('annotationPath', () => {
  it('is relative to the repository root with forward slashes', () => {
    expect(annotationPath(join(ROOT, 'deploy', 'prod', 'a.yaml'), ROOT, '/elsewhere')).toBe(
      'deploy/prod/a.yaml',
    );
    // A relative path is relative to the working directory, which may be a subfolder.
    expect(annotationPath('a.yaml', ROOT, join(ROOT, 'deploy'))).toBe('deploy/a.yaml');
  });

  it('has no file for stdin or outside the repository; the message names the file instead', () => {
    expect(annotationPath('<stdin>', ROOT, ROOT)).toBeUndefined();
    expect(annotationPath('/tmp/rendered.yaml', ROOT, ROOT)).toBeUndefined();
    const [annotation] = planAnnotations([finding('warning', 5, { file: '/tmp/rendered.yaml' })], {
      root: ROOT,
      cwd: ROOT,
    });
    expect(annotation?.properties).toEqual({ title: 'rule-warning' });
    expect(annotation?.message).toBe('/tmp/rendered.yaml:5: Service/shop/svc-5: warning number 5');
  });
});

describe('verdictReason', () => {
  const slo = (name: string, status: Report['slos'][number]['status'], reasons: string[]) => ({
    name,
    objective: 0.999,
    window: '30d',
    status,
    errorBudgetRemaining: 0.5,
    burnRates: {},
    exhaustsIn: null,
    reasons,
    queries: [],
  });

  it('names the blocking SLOs with their first reason and counts the error findings', () => {
    const report: Report = {
      version: 1,
      verdict: 'block',
      evaluatedAt: '2026-11-26T12:00:00Z',
      slos: [
        slo('checkout-availability', 'block', [
          'burn rate 20x over 1h and 20x over 5m exceeds 14.4x',
          'second',
        ]),
        slo('catalog', 'pass', []),
      ],
      findings: [finding('error', 1), finding('error', 2), finding('warning', 3)],
      hints: [],
    };
    expect(verdictReason(report)).toBe(
      'checkout-availability burn rate 20x over 1h and 20x over 5m exceeds 14.4x; 2 error findings',
    );
  });

  it('an SLO in error explains a block no SLO status names (onPrometheusError: block)', () => {
    const report: Report = {
      version: 1,
      verdict: 'block',
      evaluatedAt: '2026-11-26T12:00:00Z',
      slos: [
        slo('shop', 'error', [
          'Prometheus at http://p:9090 refused the connection (onPrometheusError: block)',
        ]),
      ],
      findings: [],
      hints: [],
    };
    expect(verdictReason(report)).toBe(
      'shop Prometheus at http://p:9090 refused the connection (onPrometheusError: block)',
    );
  });

  it('lists two SLOs and counts the rest', () => {
    const report: Report = {
      version: 1,
      verdict: 'warn',
      evaluatedAt: '2026-11-26T12:00:00Z',
      slos: ['a', 'b', 'c', 'd'].map((n) => slo(n, 'warn', [`budget low`])),
      findings: [finding('warning', 1)],
      hints: [],
    };
    expect(verdictReason(report)).toBe('a budget low; b budget low; 2 more SLOs; 1 warning finding');
  });
});
