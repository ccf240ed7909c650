import type { Report, SloHistory, SloResult } from '../../src/model/index.js';
import { objectiveAndPeriod } from '../../src/report/format.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';

const base: SloResult = {
  name: 'checkout',
  objective: 0.999,
  window: '30d',
  status: 'pass',
  errorBudgetRemaining: 0.5,
  burnRates: {},
  exhaustsIn: null,
  reasons: [],
  queries: [],
};

describe('objectiveAndPeriod', () => {
  it('a rolling SLO: objective and period only', () => {
    expect(objectiveAndPeriod(base, '2023-11-10T12:00:00Z')).toBe('99.9% / 30d');
  });

  it.each([
    // 2023-11-10T12:00 → 2023-12-01T00:00: 20 days 12 hours.
    ['2023-11-10T12:00:00Z', '2023-12-01T00:00:00Z', '20d12h'],
    // Under two days, hours and minutes: 2023-11-30T20:30 → 00:00 is 3 h 30 min.
    ['2023-11-30T20:30:00Z', '2023-12-01T00:00:00Z', '3h30m'],
    // Exactly two days.
    ['2023-11-18T00:00:00Z', '2023-11-20T00:00:00Z', '2d'],
  ])('a calendar SLO at %s resetting at %s: resets in %s', (at, end, left) => {
    const slo = { ...base, window: 'calendar month', periodEnd: end };
    expect(objectiveAndPeriod(slo, at)).toBe(`99.9% / calendar month, resets in ${left}`);
  });
});

describe('renderers', () => {
  const report: Report = {
    version: 1,
    verdict: 'pass',
    evaluatedAt: '2023-11-10T12:00:00Z',
    slos: [{ ...base, window: 'calendar month', periodEnd: '2023-12-01T00:00:00Z' }],
    findings: [],
    hints: [],
  };

  it('text and markdown tables say when a calendar budget resets', () => {
    expect(renderText(report, { color: false })).toMatch(
      /^checkout +pass +99\.9% \/ calendar month, resets in 20d12h /m,
    );
    expect(renderMarkdown(report)).toContain('| 99.9% / calendar month, resets in 20d12h |');
  });
});

describe('job summary of a calendar SLO', () => {
  it('draws the burn rate and says the budget is not charted (no range query can draw a period so far)', () => {
    const report: Report = {
      version: 1,
      verdict: 'warn',
      evaluatedAt: '2023-11-10T12:00:00Z',
      slos: [{ ...base, status: 'warn', window: 'calendar month', periodEnd: '2023-12-01T00:00:00Z' }],
      findings: [],
      hints: [],
    };
    const at = Date.parse(report.evaluatedAt) / 1000;
    const history: SloHistory = {
      slo: 'checkout',
      burnRate: [
        [at - 3600, 2],
        [at, 3],
      ],
      budgetRemaining: [],
      stepSeconds: 3600,
      budgetStepSeconds: 3600,
      window: 'calendar month',
    };
    const summary = renderSummary(report, [history]);
    expect(summary).toContain('checkout: burn rate, last ');
    expect(summary).toContain('_Budget: not charted for a calendar period._');
  });
});
