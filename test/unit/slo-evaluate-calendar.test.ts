import type { BurnRateAlert, Policy, SloDefinition } from '../../src/model/index.js';
import type { BudgetPeriod } from '../../src/slo/calendar.js';
import { evaluateSlo, type WindowMeasurement } from '../../src/slo/evaluate.js';
import { windowsToMeasure } from '../../src/slo/windows.js';

/*
 * A calendar SLO spends its budget over the period so far and burns against the whole period:
 *   remaining = 1 − ratio(period so far) / (1 − objective)
 *   factor    = budgetConsumed × (length of this month or week) / long window
 *   exhausts  = remaining × (length of this month or week) / burn(1h)
 * Objective 99.9 %: allowed ratio 0.001. Numbers below worked out by hand.
 */
const DAY = 86_400;

const ALERTS: BurnRateAlert[] = [
  { long: '1h', longSeconds: 3600, short: '5m', shortSeconds: 300, budgetConsumed: 0.02, action: 'block' },
  { long: '6h', longSeconds: 21600, short: '30m', shortSeconds: 1800, budgetConsumed: 0.05, action: 'block' },
  { long: '1d', longSeconds: 86400, short: '2h', shortSeconds: 7200, budgetConsumed: 0.1, action: 'warn' },
  { long: '3d', longSeconds: 259200, short: '6h', shortSeconds: 21600, budgetConsumed: 0.1, action: 'warn' },
];
const SECONDS: Record<string, number> = {
  '5m': 300,
  '30m': 1800,
  '1h': 3600,
  '2h': 7200,
  '6h': 21600,
  '1d': DAY,
  '3d': 3 * DAY,
};

function policy(overrides: Partial<Policy> = {}): Policy {
  return {
    budgetExhausted: 'block',
    budgetWarnBelow: 0.25,
    burnRateAlerts: ALERTS,
    minEvents: 100,
    onPrometheusError: 'block',
    ...overrides,
  };
}

type CalendarSlo = Pick<
  SloDefinition,
  'objective' | 'window' | 'windowSeconds' | 'policy' | 'onNoData' | 'calendar'
>;
const month = (overrides: Partial<Policy> = {}): CalendarSlo => ({
  objective: 0.999,
  window: 'calendar month',
  windowSeconds: 30 * DAY,
  calendar: 'month',
  onNoData: 'warn',
  policy: policy(overrides),
});

/** January (31 days), 9 days 12 hours in. */
const JANUARY_10TH: BudgetPeriod = {
  budgetWindow: { window: 'calendar month', seconds: 820_800, range: '9d12h' },
  periodSeconds: 31 * DAY,
  end: new Date('2024-02-01T00:00:00Z'),
};

function measured(
  ratios: Record<string, number>,
  periodRatio: number,
  period = JANUARY_10TH,
): WindowMeasurement[] {
  const standard = Object.entries(SECONDS).map(([window, seconds]) => ({
    window,
    seconds,
    errorRatio: ratios[window] ?? 0,
    events: 10_000,
  }));
  const { window, seconds } = period.budgetWindow;
  return [...standard, { window, seconds, errorRatio: periodRatio, events: 100_000 }];
}

describe('evaluateSlo with a calendar period', () => {
  it('spends the budget over the period so far and keys its burn rate by the period label', () => {
    // 0.0003 / 0.001 = 0.3x → 70 % left.
    const result = evaluateSlo(month(), measured({}, 0.0003), JANUARY_10TH);
    expect(result.status).toBe('pass');
    expect(result.errorBudgetRemaining).toBe(0.7);
    expect(result.burnRates['calendar month']).toBe(0.3);
  });

  it('sizes budgetConsumed alerts by this month: 2 % of a 31-day budget in 1h is 14.88x', () => {
    // 0.02 × 31 × 24 = 14.88: a burn of 14.6x (above 30 days' 14.4x) does not fire in January.
    const calm = evaluateSlo(month(), measured({ '1h': 0.0146, '5m': 0.0146 }, 0.0003), JANUARY_10TH);
    expect(calm.reasons).toEqual([]);
    const firing = evaluateSlo(month(), measured({ '1h': 0.015, '5m': 0.015 }, 0.0003), JANUARY_10TH);
    expect(firing.status).toBe('block');
    expect(firing.reasons).toEqual([
      'burn rate 15x over 1h and 15x over 5m exceeds 14.88x (2% of the calendar month budget in 1h)',
    ]);
  });

  it('exhausts in remaining × the whole month / burn(1h), not × the period so far', () => {
    // 0.7 × 31 d / 0.5 = 43.4 d = 3749760 s (the period so far would give 0.7 × 9.5 d / 0.5).
    const result = evaluateSlo(month(), measured({ '1h': 0.0005 }, 0.0003), JANUARY_10TH);
    expect(result.exhaustsInSeconds).toBe(3_749_760);
  });

  it('says "so far" with the range when the period is overspent', () => {
    // 0.0015 / 0.001 = 1.5x → −50 %.
    const result = evaluateSlo(month(), measured({}, 0.0015), JANUARY_10TH);
    expect(result.status).toBe('block');
    expect(result.reasons).toEqual([
      'error budget exhausted: -50% remaining (error ratio 0.15% over calendar month so far (9d12h) against 0.1% allowed)',
    ]);
  });

  it('reads the period so far by its label, not a standard window of the same length', () => {
    // On the 2nd at 00:00 the period so far is 1d long; the rolling 1d window is another measurement.
    const second: BudgetPeriod = {
      budgetWindow: { window: 'calendar month', seconds: DAY, range: '1d' },
      periodSeconds: 31 * DAY,
    };
    const result = evaluateSlo(month(), measured({ '1d': 0.0009 }, 0.0001, second), second);
    // Period so far 0.1x → 90 % left; the rolling 1d stays 0.9x under its own label.
    expect(result.errorBudgetRemaining).toBe(0.9);
    expect(result.burnRates['1d']).toBe(0.9);
    expect(result.burnRates['calendar month']).toBe(0.1);
  });

  it('at the very start of a period nothing is spent: the whole budget, not judged under minEvents', () => {
    const start: BudgetPeriod = {
      budgetWindow: { window: 'calendar month', seconds: 0, range: '0s' },
      periodSeconds: 31 * DAY,
    };
    const standard = measured({}, 0, start).filter((m) => m.seconds > 0);
    const result = evaluateSlo(month(), standard, start);
    expect(result.status).toBe('pass');
    expect(result.errorBudgetRemaining).toBe(1);
    expect(result.notJudged).toEqual([
      'calendar month budget not judged: 0 events over calendar month so far (0s), fewer than minEvents 100',
    ]);
    expect(result.burnRates).not.toHaveProperty('calendar month');
    expect(evaluateSlo(month({ minEvents: 0 }), standard, start).notJudged).toEqual([]);
  });

  it('without data over the period so far, onNoData decides and the reason names the range', () => {
    const result = evaluateSlo(
      month(),
      measured({}, 0).map((m) => (m.window === 'calendar month' ? { ...m, errorRatio: null } : m)),
      JANUARY_10TH,
    );
    expect(result.status).toBe('nodata');
    expect(result.reasons).toEqual([
      'no data over calendar month so far (9d12h): no series or no traffic (onNoData: warn)',
    ]);
  });

  it('attributes a budget-only warning over the period so far', () => {
    // 0.0008 / 0.001 = 0.8x → 20 % left, below 25 %: warn, no alert fires.
    const result = evaluateSlo(month(), measured({}, 0.0008), JANUARY_10TH);
    expect(result.status).toBe('warn');
    expect(result.attributionWindow).toEqual({ window: 'calendar month', seconds: 820_800 });
  });
});

describe('windowsToMeasure with a calendar period so far', () => {
  const slo = { window: 'calendar month', windowSeconds: 30 * DAY, policy: policy() };

  it('measures the period so far over its range, after a standard window of the same length', () => {
    const windows = windowsToMeasure(slo, { window: 'calendar month', seconds: DAY, range: '1d' });
    expect(windows).toEqual([
      { window: '5m', seconds: 300 },
      { window: '30m', seconds: 1800 },
      { window: '1h', seconds: 3600 },
      { window: '2h', seconds: 7200 },
      { window: '6h', seconds: 21600 },
      { window: '1d', seconds: DAY },
      { window: 'calendar month', seconds: DAY, range: '1d' },
      { window: '3d', seconds: 3 * DAY },
    ]);
  });

  it('does not measure an empty period so far', () => {
    const windows = windowsToMeasure(slo, { window: 'calendar month', seconds: 0, range: '0s' });
    expect(windows.map((w) => w.window)).toEqual(['5m', '30m', '1h', '2h', '6h', '1d', '3d']);
  });
});
