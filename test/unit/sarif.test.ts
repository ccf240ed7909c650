import type { Report, RuleMeta } from '../../src/model/index.js';
import { artifactUri, renderSarif } from '../../src/report/sarif.js';

const meta = (id: string, severity: RuleMeta['severity']): RuleMeta => ({
  id,
  severity,
  kinds: ['Ingress'],
  description: `${id} description`,
  rationale: `${id} rationale`,
  example: { bad: 'kind: Ingress\n', good: 'kind: Ingress # fixed\n' },
});
const rules = [meta('ingress-backend-service-missing', 'error'), meta('netpol-and-or-suspect', 'info')];

const report = (findings: Report['findings']): Report => ({
  version: 1,
  verdict: 'block',
  evaluatedAt: '2026-11-26T12:00:00Z',
  slos: [],
  findings,
  hints: [],
});

const finding = {
  ruleId: 'ingress-backend-service-missing',
  severity: 'error' as const,
  file: '/repo/deploy/ingress.yaml',
  line: 42,
  column: 23,
  resource: 'Ingress/shop/web',
  message: 'backend Service "web" is not in namespace shop',
  hint: 'add it',
};

describe('renderSarif', () => {
  const sarif = JSON.parse(renderSarif(report([finding]), { rules, version: '1.2.3', root: '/repo' }));

  it('is a SARIF 2.1.0 log with one run of slo-gate and the whole rule catalog', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const driver = sarif.runs[0].tool.driver;
    expect(driver.name).toBe('slo-gate');
    expect(driver.version).toBe('1.2.3');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    expect(driver.rules[0]).toMatchObject({
      name: 'IngressBackendServiceMissing',
      shortDescription: { text: 'ingress-backend-service-missing description' },
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules[0].help.markdown).toContain('slo-gate.dev/ignore: ingress-backend-service-missing');
    expect(driver.rules[1].defaultConfiguration.level).toBe('note');
  });

  it('places a result at a repo-relative URI and its line and column', () => {
    const [result] = sarif.runs[0].results;
    expect(result).toMatchObject({
      ruleId: 'ingress-backend-service-missing',
      ruleIndex: 0,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'deploy/ingress.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 42, startColumn: 23 },
          },
        },
      ],
    });
    expect(result.message.text).toBe(
      'Ingress/shop/web: backend Service "web" is not in namespace shop — add it',
    );
  });

  it('fingerprints findings independently of their line, so moved lines keep their alerts', () => {
    const moved = JSON.parse(
      renderSarif(report([{ ...finding, line: 50 }]), { rules, version: '1.2.3', root: '/repo' }),
    );
    const a = sarif.runs[0].results[0].partialFingerprints['sloGateFinding/v1'];
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(moved.runs[0].results[0].partialFingerprints['sloGateFinding/v1']).toBe(a);
  });

  it('has an empty results array when clean', () => {
    const clean = JSON.parse(renderSarif(report([]), { rules, version: '1', root: '/repo' }));
    expect(clean.runs[0].results).toEqual([]);
  });

  it('never writes a line below 1', () => {
    const zero = JSON.parse(
      renderSarif(report([{ ...finding, line: 0, column: 0 }]), { rules, version: '1', root: '/' }),
    );
    expect(zero.runs[0].results[0].locations[0].physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 1,
    });
  });
});

describe('artifactUri', () => {
  it.each([
    ['deploy/a.yaml', '/repo', 'deploy/a.yaml'],
    ['./deploy/a.yaml', '/repo', 'deploy/a.yaml'],
    ['/repo/deploy/my app.yaml', '/repo', 'deploy/my%20app.yaml'],
    ['<stdin>', '/repo', 'stdin'],
  ])('%s under %s -> %s', (file, root, uri) => expect(artifactUri(file, root)).toBe(uri));
});
