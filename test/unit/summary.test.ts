/** The job summary: charts after the SLO table, and the size cap (charts, then details, then findings). */
import type { Finding, Report, SloHistory, SloResult } from '../../src/model/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { DEFAULT_SUMMARY_MAX_BYTES, renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';

const T = 1_699_999_980; // 2023-11-14T22:13:00Z
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function slo(name: string, status: SloResult['status']): SloResult {
  // Long enough PromQL that the details weigh more than the notes replacing them.
  const selector = `service="${name}",namespace="shop",cluster="eu-west-1",route!~"/health|/ready|/metrics"`;
  return {
    name,
    objective: 0.999,
    window: '30d',
    status,
    errorBudgetRemaining: 0.745,
    burnRates: { '5m': 20, '1h': 20, '6h': 6.8, '1d': 1.8, '3d': 0.8 },
    exhaustsIn: 'PT35H',
    reasons: status === 'pass' ? [] : [`burn rate over 1h is 20x and exceeds 14.4x`],
    queries: ['5m', '1h'].map((window) => ({
      window,
      promql: `(sum(rate(http_requests_total{${selector},code=~"5.."}[${window}]))) / (sum(rate(http_requests_total{${selector}}[${window}])))`,
    })),
  };
}

function finding(i: number): Finding {
  return {
    ruleId: 'netpol-blocks-ingress-backend',
    severity: i % 3 === 0 ? 'error' : 'warning',
    file: `deploy/overlays/prod/service-${i}.yaml`,
    line: i + 1,
    column: 3,
    resource: `Service/shop/service-${i}`,
    // Three-byte characters: the limit is on UTF-8 bytes, not characters.
    message: `Ingress → backend ${i} is blocked by NetworkPolicy “default-deny” — über-strict`,
  };
}

function report(overrides: Partial<Report> = {}): Report {
  return {
    version: 1,
    verdict: 'block',
    evaluatedAt: '2023-11-14T22:13:00Z',
    slos: [slo('checkout', 'block'), slo('search', 'warn'), slo('healthy', 'pass')],
    findings: [finding(0), finding(1)],
    hints: [],
    ...overrides,
  };
}

function history(name: string): SloHistory {
  const points = (values: number[]) =>
    values.map((v, i): [number, number] => [T - (values.length - 1 - i) * 3600, v]);
  return {
    slo: name,
    burnRate: points([0.2, 0.2, 0.2, 20, 20]),
    budgetRemaining: points([0.8, 0.8, 0.8, 0.7725, 0.745]),
    stepSeconds: 3600,
    budgetStepSeconds: 3600,
    window: '30d',
    burnRateThreshold: 14.4,
  };
}

const HISTORIES = [history('checkout'), history('search')];
const mermaidBlocks = (text: string) => text.match(/```mermaid\n/g)?.length ?? 0;

describe('charts in the summary', () => {
  it('puts both charts of each SLO after the SLO table, and otherwise is the markdown report', () => {
    const markdown = renderMarkdown(report());
    const summary = renderSummary(report(), HISTORIES);
    const section = summary.indexOf('### Burn rate and budget');
    const reasons = summary.indexOf('### Reasons');
    expect(section).toBeGreaterThan(summary.indexOf('| healthy |'));
    expect(reasons).toBeGreaterThan(section);
    // Taking the section out gives back the markdown report exactly.
    expect(summary.slice(0, section) + summary.slice(reasons)).toBe(markdown);

    const charts = summary.slice(section, reasons);
    expect(mermaidBlocks(charts)).toBe(4);
    // The span of the points: 4 hours up to the evaluation time.
    expect(charts).toContain('**checkout** (2023-11-14 18:13 to 2023-11-14 22:13 UTC)\n');
    expect(charts.indexOf('**checkout** (')).toBeLessThan(charts.indexOf('"checkout: burn rate, last '));
    expect(charts.indexOf('"checkout: burn rate, last ')).toBeLessThan(
      charts.indexOf('"checkout: error budget left, last '),
    );
    expect(charts.indexOf('"checkout: error budget left, last ')).toBeLessThan(charts.indexOf('**search**'));
  });

  it('leaves a blank line after the table when nothing else follows it', () => {
    const bare = report({ slos: [{ ...slo('checkout', 'block'), reasons: [], queries: [] }], findings: [] });
    const markdown = renderMarkdown(bare);
    expect(markdown.endsWith('| 35h |\n')).toBe(true);
    expect(renderSummary(bare, [history('checkout')])).toContain('| 35h |\n\n### Burn rate and budget\n\n');
  });

  it('is the markdown report alone without histories, advisory mode included', () => {
    expect(renderSummary(report(), [])).toBe(renderMarkdown(report()));
    expect(renderSummary(report(), [], { advisory: true })).toBe(
      renderMarkdown(report(), { advisory: true }),
    );
  });

  it('says so when an SLO had no traffic to chart', () => {
    const quiet: SloHistory = {
      ...history('checkout'),
      burnRate: [[T, NaN]],
      budgetRemaining: [[T, NaN]],
    };
    const summary = renderSummary(report(), [quiet]);
    expect(summary).toContain(
      '**checkout** (2023-11-14 22:13 to 2023-11-14 22:13 UTC): no traffic in this period, nothing to chart.',
    );
    expect(mermaidBlocks(summary)).toBe(0);
  });
});

describe('size cap', () => {
  const full = renderSummary(report(), HISTORIES);

  it('keeps everything at exactly the limit', () => {
    expect(renderSummary(report(), HISTORIES, { maxBytes: bytes(full) })).toBe(full);
  });

  it('drops the last SLO charts first, saying so', () => {
    const maxBytes = bytes(full) - 1;
    const summary = renderSummary(report(), HISTORIES, { maxBytes });
    expect(bytes(summary)).toBeLessThanOrEqual(maxBytes);
    expect(summary).toContain('"checkout: burn rate, last ');
    expect(summary).not.toContain('"search: burn rate, last ');
    expect(summary).toContain(
      `_Charts of 1 SLO left out to keep the summary under the ${Math.floor(maxBytes / 1024)} KiB limit._`,
    );
    expect(summary).toContain('<details><summary>PromQL for checkout</summary>');
  });

  it('drops every chart before the PromQL details', () => {
    // Room for the markdown report and the charts heading with its note, not for a chart.
    const maxBytes = bytes(renderMarkdown(report())) + 200;
    const summary = renderSummary(report(), HISTORIES, { maxBytes });
    expect(bytes(summary)).toBeLessThanOrEqual(maxBytes);
    expect(mermaidBlocks(summary)).toBe(0);
    expect(summary).toContain('_Charts of 2 SLOs left out to keep the summary under the');
    expect(summary).toContain('<details><summary>PromQL for checkout</summary>');
    expect(summary).toContain('| `netpol-blocks-ingress-backend` |');
  });

  it('then drops the PromQL details, keeping the findings', () => {
    const withoutQueries = report({ slos: report().slos.map((s) => ({ ...s, queries: [] })) });
    const maxBytes = bytes(renderMarkdown(withoutQueries)) + 400;
    const summary = renderSummary(report(), HISTORIES, { maxBytes });
    expect(bytes(summary)).toBeLessThanOrEqual(maxBytes);
    expect(summary).not.toContain('<details>');
    expect(summary).toContain('_PromQL details left out to keep the summary under the');
    expect(summary).toContain('the JSON report has every query._');
    // Both findings are still there.
    expect(summary).toContain('`deploy/overlays/prod/service-0.yaml:1`');
    expect(summary).toContain('`deploy/overlays/prod/service-1.yaml:2`');
  });

  it('keeps a report of 20,000 findings under 1 MiB with the first findings that fit and a note', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => finding(i));
    const huge = report({ findings });
    expect(bytes(renderMarkdown(huge))).toBeGreaterThan(SUMMARY_LIMIT_BYTES);

    const summary = renderSummary(huge, HISTORIES);
    const size = bytes(summary);
    expect(size).toBeLessThanOrEqual(DEFAULT_SUMMARY_MAX_BYTES);
    expect(size).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);

    const note =
      /_Showing (\d+) of 20000 findings: the rest were cut to keep the summary under GitHub's 1 MiB limit; the JSON report has them all\._/.exec(
        summary,
      );
    expect(note).not.toBeNull();
    const shown = Number(note![1]);
    const rows = summary
      .split('\n')
      .filter((line) => line.startsWith('| error |') || line.startsWith('| warning |'));
    expect(rows).toHaveLength(shown);
    // The first ones, in the report's order.
    expect(rows[0]).toContain('`deploy/overlays/prod/service-0.yaml:1`');
    expect(rows[shown - 1]).toContain(`\`deploy/overlays/prod/service-${shown - 1}.yaml:${shown}\``);
    // No more cut than needed: one more row would not have fitted.
    const rowBytes = bytes(`${rows[shown - 1]}\n`);
    expect(size + rowBytes).toBeGreaterThan(DEFAULT_SUMMARY_MAX_BYTES - 64);
    // Charts and details went first.
    expect(mermaidBlocks(summary)).toBe(0);
    expect(summary).not.toContain('<details>');
    expect(summary).toContain('_Charts of 2 SLOs left out');
    expect(summary).toContain('_PromQL details left out');
  });

  it('cuts the text itself when even the SLO reasons are too long, with a note', () => {
    const longReason = `${'reason '.repeat(20_000)}`;
    const slos = [{ ...slo('checkout', 'block'), reasons: Array(10).fill(longReason) }];
    const maxBytes = 50_000;
    const summary = renderSummary(report({ slos, findings: [] }), HISTORIES, { maxBytes });
    expect(bytes(summary)).toBeLessThanOrEqual(maxBytes);
    expect(summary.startsWith('## ⛔ slo-gate: block')).toBe(true);
    expect(
      summary.endsWith(
        '_The summary was cut here to stay under the 48 KiB limit; the JSON report has the whole report._\n',
      ),
    ).toBe(true);
  });

  it('stays under a tiny limit', () => {
    const summary = renderSummary(report(), HISTORIES, { maxBytes: 40 });
    expect(bytes(summary)).toBeLessThanOrEqual(40);
  });
});
