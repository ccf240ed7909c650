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

describe('renderSarif with a NetworkPolicy diff (check with network.baseline)', () => {
  const netpol: NonNullable<Report['netpol']> = {
    baseline: 'origin/main (git)',
    verdict: 'block',
    changes: [
      {
        kind: 'removed',
        from: 'shop/frontend[Deployment]',
        to: 'shop/checkout[Deployment]',
        before: 'TCP 8080',
        after: 'No Connections',
        lost: 'TCP 8080',
        required: [{ from: 'frontend', to: 'checkout', port: 8080, line: 3 }],
        causes: [
          {
            policy: 'shop/frontend-egress',
            file: '/repo/deploy/deny.yaml',
            line: 1,
            reason: 'now isolates shop/frontend[Deployment] for egress',
          },
          // A policy deleted since has no line in the release: no result.
          { policy: 'shop/old', file: '/repo/deploy/old.yaml', line: 4, inBaseline: true, reason: 'deleted' },
        ],
      },
      {
        kind: 'added',
        from: 'shop/web[Deployment]',
        to: 'shop/db[Deployment]',
        before: 'No Connections',
        after: 'TCP 5432',
        required: [],
        causes: [
          { policy: 'shop/db-ingress', file: '/repo/deploy/db.yaml', line: 9, reason: 'allows it now' },
        ],
      },
    ],
  };
  const sarif = JSON.parse(
    renderSarif({ ...report([finding]), netpol }, { rules, version: '1.2.3', root: '/repo' }),
  );
  const [run] = sarif.runs;

  it('adds the two connection rules after the catalog, and one result per cut connection and causing policy', () => {
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'ingress-backend-service-missing',
      'netpol-and-or-suspect',
      'netpol-required-connection-cut',
      'netpol-connection-cut',
    ]);
    // The manifest finding, then the one cut connection's one cause in the release (the added
    // connection and the baseline-only cause give none).
    expect(run.results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'ingress-backend-service-missing',
      'netpol-required-connection-cut',
    ]);
    const cut = run.results[1];
    expect(cut.ruleIndex).toBe(2);
    expect(cut.level).toBe('error');
    expect(cut.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/deny.yaml' },
      region: { startLine: 1 },
    });
    expect(cut.message.text).toBe(
      'shop/frontend[Deployment] -> shop/checkout[Deployment]: TCP 8080 cut (required); shop/frontend-egress: now isolates shop/frontend[Deployment] for egress',
    );
  });

  it('leaves a report without a diff as it was: the catalog alone', () => {
    const plain = JSON.parse(renderSarif(report([finding]), { rules, version: '1.2.3', root: '/repo' }));
    expect(plain.runs[0].tool.driver.rules).toHaveLength(2);
  });
});
