import type { BurnRateAlert, Policy, SloDefinition, Verdict } from '../../src/model/index.js';
import {
  alertFactor,
  combineVerdict,
  evaluateSlo,
  type SloEvaluation,
  type WindowMeasurement,
} from '../../src/slo/evaluate.js';

/*
 * Every expected number below is derived by hand in a comment. The SLO under test is 99.9 % over
 * 30d unless a test says otherwise, so the allowed error ratio is 0.001 and
 *   burn rate = ratio / 0.001          (ratio 0.02 -> burn 20)
 *   remaining = 1 − ratio(30d) / 0.001 (ratio 0.000241 -> 0.759)
 * The default alerts' factors for 30d = 2592000 s:
 *   1h/5m:  0.02 × 2592000 / 3600   = 14.4  (block)
 *   6h/30m: 0.05 × 2592000 / 21600  = 6     (block)
 *   1d/2h:  0.10 × 2592000 / 86400  = 3     (warn)
 *   3d/6h:  0.10 × 2592000 / 259200 = 1     (warn)
 */

const SECONDS: Record<string, number> = {
  '5m': 300,
  '30m': 1800,
  '1h': 3600,
  '2h': 7200,
  '6h': 21600,
  '1d': 86400,
  '3d': 259200,
  '28d': 2419200,
  '30d': 2592000,
};
const STANDARD = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'];

const DEFAULT_ALERTS: BurnRateAlert[] = [
  { long: '1h', longSeconds: 3600, short: '5m', shortSeconds: 300, budgetConsumed: 0.02, action: 'block' },
  { long: '6h', longSeconds: 21600, short: '30m', shortSeconds: 1800, budgetConsumed: 0.05, action: 'block' },
  { long: '1d', longSeconds: 86400, short: '2h', shortSeconds: 7200, budgetConsumed: 0.1, action: 'warn' },
  { long: '3d', longSeconds: 259200, short: '6h', shortSeconds: 21600, budgetConsumed: 0.1, action: 'warn' },
];

type TestSlo = Pick<SloDefinition, 'objective' | 'window' | 'windowSeconds' | 'policy' | 'onNoData'>;

function slo(overrides: Partial<Omit<TestSlo, 'policy'>> & { policy?: Partial<Policy> } = {}): TestSlo {
  const { policy, ...rest } = overrides;
  return {
    objective: 0.999,
    window: '30d',
    windowSeconds: SECONDS['30d']!,
    onNoData: 'warn',
    ...rest,
    policy: {
      budgetExhausted: 'block',
      budgetWarnBelow: 0.25,
      burnRateAlerts: DEFAULT_ALERTS,
      minEvents: 100,
      onPrometheusError: 'block',
      ...policy,
    },
  };
}

/**
 * Measurements for the standard windows and the period: every window healthy (ratio 0, 10000
 * events) unless given. `undefined` in `ratios` leaves the default; `null` means no traffic.
 */
function measured(
  ratios: Record<string, number | null> = {},
  events: Record<string, number | null> = {},
  period = '30d',
): WindowMeasurement[] {
  return [...STANDARD, period].map((window) => ({
    window,
    seconds: SECONDS[window]!,
    errorRatio: window in ratios ? ratios[window]! : 0,
    events: window in events ? events[window]! : 10000,
  }));
}

/** Both windows of a default alert at the same ratio. */
function both(long: string, short: string, ratio: number): Record<string, number> {
  return { [long]: ratio, [short]: ratio };
}

describe('alertFactor', () => {
  it.each([
    // 0.02 × 2592000 / 3600 = 14.4 and so on (see the top of this file).
    ['1h', 0.02, SECONDS['30d'], 14.4],
    ['6h', 0.05, SECONDS['30d'], 6],
    ['1d', 0.1, SECONDS['30d'], 3],
    ['3d', 0.1, SECONDS['30d'], 1],
    // 28d = 2419200 s: 0.02 × 2419200 / 3600 = 13.44; 0.05 × 2419200 / 21600 = 5.6;
    // 0.10 × 2419200 / 86400 = 2.8.
    ['1h', 0.02, SECONDS['28d'], 13.44],
    ['6h', 0.05, SECONDS['28d'], 5.6],
    ['1d', 0.1, SECONDS['28d'], 2.8],
  ])('%s long window, budgetConsumed %d over %d s: %d', (long, budgetConsumed, period, factor) => {
    const alert = { ...DEFAULT_ALERTS[0]!, long, longSeconds: SECONDS[long]!, budgetConsumed };
    expect(alertFactor(alert, period!)).toBe(factor);
  });

  it('28d, 3d long window: 0.10 × 2419200 / 259200 = 0.9333…', () => {
    expect(alertFactor(DEFAULT_ALERTS[3]!, SECONDS['28d']!)).toBeCloseTo(14 / 15, 10);
  });

  it('takes a factor given directly, whatever the period', () => {
    const alert: BurnRateAlert = {
      long: '1h',
      longSeconds: 3600,
      short: '5m',
      shortSeconds: 300,
      factor: 10,
      action: 'warn',
    };
    expect(alertFactor(alert, SECONDS['30d']!)).toBe(10);
    expect(alertFactor(alert, SECONDS['28d']!)).toBe(10);
  });

  it('refuses an alert with neither factor nor budgetConsumed (a config bug upstream)', () => {
    const alert: BurnRateAlert = {
      long: '1h',
      longSeconds: 3600,
      short: '5m',
      shortSeconds: 300,
      action: 'warn',
    };
    expect(() => alertFactor(alert, SECONDS['30d']!)).toThrow('1h/5m');
  });
});

describe('evaluateSlo: a healthy SLO', () => {
  it('passes with every burn rate, the full budget and nothing to say', () => {
    // Period ratio 0.000241 -> remaining 1 − 0.241 = 0.759; 1h ratio 0.0005 -> burn 0.5.
    const result = evaluateSlo(slo(), measured({ '1h': 0.0005, '30d': 0.000241 }));
    expect(result).toEqual<SloEvaluation>({
      status: 'pass',
      action: 'pass',
      errorBudgetRemaining: 0.759,
      burnRates: { '5m': 0, '30m': 0, '1h': 0.5, '2h': 0, '6h': 0, '1d': 0, '3d': 0, '30d': 0.241 },
      // 0.759 × 2592000 / 0.5 = 3934656 s
      exhaustsInSeconds: 3934656,
      reasons: [],
      notJudged: [],
    });
    expect(result).not.toHaveProperty('attributionWindow');
  });

  it('reports null burn rates for windows without traffic, keyed by window label', () => {
    const result = evaluateSlo(slo(), measured({ '5m': null, '30m': null, '30d': 0.0001 }));
    expect(result.burnRates).toEqual({
      '5m': null,
      '30m': null,
      '1h': 0,
      '2h': 0,
      '6h': 0,
      '1d': 0,
      '3d': 0,
      // 0.0001 / 0.001 = 0.1
      '30d': 0.1,
    });
  });
});

describe('evaluateSlo: the default alerts', () => {
  // Ratio = factor × 0.001 puts the burn rate exactly on the factor; 0.00001 more is 0.01x over.
  const cases: {
    alert: string;
    long: string;
    short: string;
    atFactor: number;
    over: number;
    action: Verdict;
    reason: string;
  }[] = [
    {
      alert: '1h/5m',
      long: '1h',
      short: '5m',
      atFactor: 0.0144,
      over: 0.01441,
      action: 'block',
      reason: 'burn rate 14.41x over 1h and 14.41x over 5m exceeds 14.4x (2% of the 30d budget in 1h)',
    },
    {
      alert: '6h/30m',
      long: '6h',
      short: '30m',
      atFactor: 0.006,
      over: 0.00601,
      action: 'block',
      reason: 'burn rate 6.01x over 6h and 6.01x over 30m exceeds 6x (5% of the 30d budget in 6h)',
    },
    {
      alert: '1d/2h',
      long: '1d',
      short: '2h',
      atFactor: 0.003,
      over: 0.00301,
      action: 'warn',
      reason: 'burn rate 3.01x over 1d and 3.01x over 2h exceeds 3x (10% of the 30d budget in 1d)',
    },
    {
      alert: '3d/6h',
      long: '3d',
      short: '6h',
      atFactor: 0.001,
      over: 0.00101,
      action: 'warn',
      reason: 'burn rate 1.01x over 3d and 1.01x over 6h exceeds 1x (10% of the 30d budget in 3d)',
    },
  ];

  describe.each(cases)('$alert', ({ long, short, atFactor, over, action, reason }) => {
    // A healthy period (ratio 0.0001 -> remaining 0.9) so only the alert can move the status.
    const period = { '30d': 0.0001 };

    it(`fires (${action}) when both windows burn just over the factor`, () => {
      const result = evaluateSlo(slo(), measured({ ...period, ...both(long, short, over) }));
      expect(result.status).toBe(action);
      expect(result.action).toBe(action);
      expect(result.reasons).toEqual([reason]);
      expect(result.attributionWindow).toEqual({ window: long, seconds: SECONDS[long] });
    });

    it('does not fire when both windows burn exactly at the factor', () => {
      const result = evaluateSlo(slo(), measured({ ...period, ...both(long, short, atFactor) }));
      expect(result.status).toBe('pass');
      expect(result.reasons).toEqual([]);
    });

    it('does not fire when only the long window is over the factor', () => {
      const result = evaluateSlo(slo(), measured({ ...period, [long]: over * 10, [short]: atFactor }));
      expect(result.status).toBe('pass');
    });

    it('does not fire when only the short window is over the factor', () => {
      const result = evaluateSlo(slo(), measured({ ...period, [long]: atFactor, [short]: over * 10 }));
      expect(result.status).toBe('pass');
    });
  });

  it('writes the example of DESIGN.md: 20x over 1h and 5m', () => {
    // 0.02 / 0.001 = 20 on both windows, over 14.4.
    const result = evaluateSlo(slo(), measured({ '1h': 0.02, '5m': 0.02, '30d': 0.0001 }));
    expect(result.reasons).toEqual([
      'burn rate 20x over 1h and 20x over 5m exceeds 14.4x (2% of the 30d budget in 1h)',
    ]);
  });

  it('rounds odd burn rates to two decimals in the reason', () => {
    // 0.015051 / 0.001 = 15.051 -> "15.05x"; 0.0200004 / 0.001 = 20.0004 -> "20x".
    const result = evaluateSlo(slo(), measured({ '1h': 0.015051, '5m': 0.0200004, '30d': 0.0001 }));
    expect(result.reasons).toEqual([
      'burn rate 15.05x over 1h and 20x over 5m exceeds 14.4x (2% of the 30d budget in 1h)',
    ]);
    expect(result.burnRates['1h']).toBe(15.051);
  });

  it('reports every firing alert, block reasons first', () => {
    // 1d/2h (warn) at 5x > 3 and 1h/5m (block) at 20x > 14.4. The 6h/30m alert stays quiet (6h at 0).
    const result = evaluateSlo(
      slo(),
      measured({ '1d': 0.005, '2h': 0.005, '1h': 0.02, '5m': 0.02, '30d': 0.0001 }),
    );
    expect(result.status).toBe('block');
    expect(result.reasons).toEqual([
      'burn rate 20x over 1h and 20x over 5m exceeds 14.4x (2% of the 30d budget in 1h)',
      'burn rate 5x over 1d and 5x over 2h exceeds 3x (10% of the 30d budget in 1d)',
    ]);
  });
});

describe('evaluateSlo: alerts with a factor given directly', () => {
  const direct: BurnRateAlert = {
    long: '1h',
    longSeconds: 3600,
    short: '5m',
    shortSeconds: 300,
    factor: 10,
    action: 'warn',
  };

  it('fires above the factor and states the budget share it implies', () => {
    // 0.0105 / 0.001 = 10.5 > 10; 10 × 3600 / 2592000 = 1.389 % of the budget in 1h.
    const result = evaluateSlo(
      slo({ policy: { burnRateAlerts: [direct] } }),
      measured({ '1h': 0.0105, '5m': 0.0105 }),
    );
    expect(result.status).toBe('warn');
    expect(result.reasons).toEqual([
      'burn rate 10.5x over 1h and 10.5x over 5m exceeds 10x (1.39% of the 30d budget in 1h)',
    ]);
  });

  it('does not fire exactly at the factor', () => {
    const result = evaluateSlo(
      slo({ policy: { burnRateAlerts: [direct] } }),
      measured({ '1h': 0.01, '5m': 0.01 }),
    );
    expect(result.status).toBe('pass');
  });
});

describe('evaluateSlo: a 28d period', () => {
  const slo28 = slo({ window: '28d', windowSeconds: SECONDS['28d']! });

  it.each([
    // 1h/5m factor 13.44: 13.45x fires, 13.44x does not (0.01345 and 0.01344 over 0.001).
    [
      '1h',
      '5m',
      0.01345,
      'block',
      'burn rate 13.45x over 1h and 13.45x over 5m exceeds 13.44x (2% of the 28d budget in 1h)',
    ],
    [
      '6h',
      '30m',
      0.00561,
      'block',
      'burn rate 5.61x over 6h and 5.61x over 30m exceeds 5.6x (5% of the 28d budget in 6h)',
    ],
    [
      '1d',
      '2h',
      0.00281,
      'warn',
      'burn rate 2.81x over 1d and 2.81x over 2h exceeds 2.8x (10% of the 28d budget in 1d)',
    ],
    // 3d/6h factor 14/15 = 0.9333: 0.94x fires.
    [
      '3d',
      '6h',
      0.00094,
      'warn',
      'burn rate 0.94x over 3d and 0.94x over 6h exceeds 0.933x (10% of the 28d budget in 3d)',
    ],
  ])('%s/%s fires at ratio %d', (long, short, ratio, action, reason) => {
    const result = evaluateSlo(slo28, measured({ ...both(long, short, ratio), '28d': 0.0001 }, {}, '28d'));
    expect(result.status).toBe(action);
    expect(result.reasons).toEqual([reason]);
  });

  it.each([
    ['1h', '5m', 0.01344],
    ['6h', '30m', 0.0056],
    ['1d', '2h', 0.0028],
  ])('%s/%s does not fire exactly at the factor (ratio %d)', (long, short, ratio) => {
    const result = evaluateSlo(slo28, measured({ ...both(long, short, ratio), '28d': 0.0001 }, {}, '28d'));
    expect(result.status).toBe('pass');
  });
});

describe('evaluateSlo: the error budget', () => {
  it('blocks when the budget is overspent, with the numbers', () => {
    // 0.00125 / 0.001 = 1.25 of the budget spent -> remaining −0.25.
    const result = evaluateSlo(slo(), measured({ '30d': 0.00125 }));
    expect(result.status).toBe('block');
    expect(result.action).toBe('block');
    expect(result.errorBudgetRemaining).toBe(-0.25);
    expect(result.reasons).toEqual([
      'error budget exhausted: -25% remaining (error ratio 0.125% over 30d against 0.1% allowed)',
    ]);
    expect(result.exhaustsInSeconds).toBe(0);
    expect(result.attributionWindow).toEqual({ window: '30d', seconds: 2592000 });
  });

  it('blocks when exactly the whole budget is spent (remaining 0)', () => {
    // 0.001 / 0.001 = 1 -> remaining 0, which counts as exhausted.
    const result = evaluateSlo(slo(), measured({ '30d': 0.001 }));
    expect(result.status).toBe('block');
    expect(result.errorBudgetRemaining).toBe(0);
    expect(result.reasons).toEqual([
      'error budget exhausted: 0% remaining (error ratio 0.1% over 30d against 0.1% allowed)',
    ]);
    expect(result.exhaustsInSeconds).toBe(0);
  });

  it('only warns on an exhausted budget with budgetExhausted: warn', () => {
    const result = evaluateSlo(slo({ policy: { budgetExhausted: 'warn' } }), measured({ '30d': 0.00125 }));
    expect(result.status).toBe('warn');
    expect(result.action).toBe('warn');
    expect(result.reasons).toEqual([
      'error budget exhausted: -25% remaining (error ratio 0.125% over 30d against 0.1% allowed)',
    ]);
  });

  it('warns below the warning threshold', () => {
    // 0.0008 / 0.001 = 0.8 spent -> remaining 0.2 < 0.25.
    const result = evaluateSlo(slo(), measured({ '30d': 0.0008 }));
    expect(result.status).toBe('warn');
    expect(result.errorBudgetRemaining).toBe(0.2);
    expect(result.reasons).toEqual(['error budget 20% remaining, below the 25% warning threshold']);
    expect(result.attributionWindow).toEqual({ window: '30d', seconds: 2592000 });
  });

  it('passes exactly at the warning threshold', () => {
    // 0.00075 / 0.001 = 0.75 spent -> remaining 0.25, not below 0.25.
    const result = evaluateSlo(slo(), measured({ '30d': 0.00075 }));
    expect(result.status).toBe('pass');
    expect(result.errorBudgetRemaining).toBe(0.25);
  });

  it('warns just below the threshold', () => {
    // 0.000751 / 0.001 = 0.751 spent -> remaining 0.249.
    const result = evaluateSlo(slo(), measured({ '30d': 0.000751 }));
    expect(result.status).toBe('warn');
    expect(result.reasons).toEqual(['error budget 24.9% remaining, below the 25% warning threshold']);
  });

  it('follows a custom threshold', () => {
    // remaining 0.2 is not below 0.1.
    const result = evaluateSlo(slo({ policy: { budgetWarnBelow: 0.1 } }), measured({ '30d': 0.0008 }));
    expect(result.status).toBe('pass');
  });

  it('works for another objective: 99.5 % with ratio 0.004 leaves 20 %', () => {
    // allowed 1 − 0.995 = 0.005; 0.004 / 0.005 = 0.8 spent -> remaining 0.2; burn 0.8.
    const result = evaluateSlo(slo({ objective: 0.995 }), measured({ '30d': 0.004 }));
    expect(result.errorBudgetRemaining).toBe(0.2);
    expect(result.burnRates['30d']).toBe(0.8);
    expect(result.status).toBe('warn');
  });

  it('reports both the exhausted budget and a firing alert, and blames the alert window', () => {
    // Budget −25 % (block) and 1d/2h at 5x > 3 (warn): status block, block reason first,
    // attribution over the firing alert's long window.
    const result = evaluateSlo(slo(), measured({ '30d': 0.00125, '1d': 0.005, '2h': 0.005 }));
    expect(result.status).toBe('block');
    expect(result.reasons).toEqual([
      'error budget exhausted: -25% remaining (error ratio 0.125% over 30d against 0.1% allowed)',
      'burn rate 5x over 1d and 5x over 2h exceeds 3x (10% of the 30d budget in 1d)',
    ]);
    expect(result.attributionWindow).toEqual({ window: '1d', seconds: 86400 });
  });
});

describe('evaluateSlo: budgetBlockBelow', () => {
  const blockBelow = (budgetBlockBelow: number, extra: Partial<Policy> = {}) =>
    slo({ policy: { budgetBlockBelow, ...extra } });

  it('blocks below the block threshold, quoting both numbers', () => {
    // 0.000877 / 0.001 = 0.877 spent -> 12.3 % left, below 15 % (and below the 25 % warning line:
    // only the block reason is given).
    const result = evaluateSlo(blockBelow(0.15), measured({ '30d': 0.000877 }));
    expect(result.status).toBe('block');
    expect(result.errorBudgetRemaining).toBe(0.123);
    expect(result.reasons).toEqual(['12.3% of the error budget left, below the 15% block threshold']);
    expect(result.attributionWindow).toEqual({ window: '30d', seconds: 2592000 });
  });

  it('only warns between the block and the warning threshold', () => {
    // 0.0008 / 0.001 -> 20 % left: not below 15 %, below 25 %.
    const result = evaluateSlo(blockBelow(0.15), measured({ '30d': 0.0008 }));
    expect(result.status).toBe('warn');
    expect(result.reasons).toEqual(['error budget 20% remaining, below the 25% warning threshold']);
  });

  it('does not block exactly at the threshold', () => {
    // 0.00085 / 0.001 = 0.85 spent -> 15 % left, not below 15 %.
    const result = evaluateSlo(blockBelow(0.15), measured({ '30d': 0.00085 }));
    expect(result.errorBudgetRemaining).toBe(0.15);
    expect(result.status).toBe('warn');
  });

  it('blocks an exhausted budget even with budgetExhausted: warn', () => {
    // 0.00125 / 0.001 -> −25 % left, below 15 %.
    const result = evaluateSlo(blockBelow(0.15, { budgetExhausted: 'warn' }), measured({ '30d': 0.00125 }));
    expect(result.status).toBe('block');
    expect(result.reasons).toEqual(['-25% of the error budget left, below the 15% block threshold']);
  });

  it('keeps the exhausted wording when budgetExhausted already blocks', () => {
    const result = evaluateSlo(blockBelow(0.15), measured({ '30d': 0.00125 }));
    expect(result.reasons).toEqual([
      'error budget exhausted: -25% remaining (error ratio 0.125% over 30d against 0.1% allowed)',
    ]);
  });

  it('does not judge the budget of a thin period', () => {
    const result = evaluateSlo(blockBelow(0.15), measured({ '30d': 0.000877 }, { '30d': 42 }));
    expect(result.status).toBe('pass');
  });
});

describe('evaluateSlo: maxBurnRate', () => {
  const maxBurnRate = (factor: number, window: string, windowSeconds: number) =>
    slo({ policy: { maxBurnRate: { factor, window, windowSeconds } } });

  it('blocks when the burn rate over its window is above the maximum', () => {
    // 1h: 0.0031 / 0.001 = 3.1x > 2.5x. 5m is healthy, so the 1h/5m alert (14.4x) stays quiet anyway.
    const result = evaluateSlo(maxBurnRate(2.5, '1h', 3600), measured({ '1h': 0.0031, '30d': 0.0001 }));
    expect(result.status).toBe('block');
    expect(result.reasons).toEqual(['burn rate 3.1x over 1h exceeds the maximum 2.5x']);
    expect(result.attributionWindow).toEqual({ window: '1h', seconds: 3600 });
  });

  it('passes exactly at the maximum', () => {
    // 0.0025 / 0.001 = 2.5x, not above 2.5x.
    const result = evaluateSlo(maxBurnRate(2.5, '1h', 3600), measured({ '1h': 0.0025, '30d': 0.0001 }));
    expect(result.status).toBe('pass');
  });

  it('judges a window that is not one of the standard ones', () => {
    // 4h = 14400 s at 0.004 / 0.001 = 4x > 2.5x.
    const measurements = [
      ...measured({ '30d': 0.0001 }),
      { window: '4h', seconds: 14400, errorRatio: 0.004, events: 10000 },
    ];
    const result = evaluateSlo(maxBurnRate(2.5, '4h', 14400), measurements);
    expect(result.reasons).toEqual(['burn rate 4x over 4h exceeds the maximum 2.5x']);
    expect(result.burnRates['4h']).toBe(4);
  });

  it('does not judge a thin or unmeasured window, and says so', () => {
    const thin = evaluateSlo(
      maxBurnRate(2.5, '1h', 3600),
      measured({ '1h': 0.01, '30d': 0.0001 }, { '1h': 42 }),
    );
    expect(thin.status).toBe('pass');
    expect(thin.notJudged).toContain(
      'maxBurnRate over 1h not judged: 42 events over 1h, fewer than minEvents 100',
    );
    const unmeasured = evaluateSlo(maxBurnRate(2.5, '4h', 14400), measured({ '30d': 0.0001 }));
    expect(unmeasured.notJudged).toEqual(['maxBurnRate over 4h not judged: 4h was not measured']);
  });
});

describe('evaluateSlo: a target that stopped reporting', () => {
  it("makes the alert nodata when its short window is silent and its long window is not: onNoData's warn", () => {
    // 1h: 5400 events, ratio 0.0002 (0.2x); 5m: no data.
    const result = evaluateSlo(
      slo(),
      measured({ '5m': null, '1h': 0.0002, '30d': 0.0001 }, { '5m': null, '1h': 5400 }),
    );
    expect(result.status).toBe('warn');
    expect(result.action).toBe('warn');
    expect(result.reasons).toEqual([
      '1h/5m alert: no data over 5m while 1h has 5,400 events: the series stopped reporting (onNoData: warn)',
    ]);
    // Silence has no errors to break down.
    expect(result).not.toHaveProperty('attributionWindow');
  });

  it('follows onNoData: block blocks, pass only reports it as not judged', () => {
    const silent = measured({ '5m': null, '30m': null, '30d': 0.0001 }, { '5m': 0, '30m': 0 });
    const blocked = evaluateSlo(slo({ onNoData: 'block' }), silent);
    expect(blocked.status).toBe('block');
    // 1h and 6h hold the default 10,000 events each.
    expect(blocked.reasons).toEqual([
      '1h/5m alert: no data over 5m while 1h has 10,000 events: the series stopped reporting (onNoData: block)',
      '6h/30m alert: no data over 30m while 6h has 10,000 events: the series stopped reporting (onNoData: block)',
    ]);
    const passed = evaluateSlo(slo({ onNoData: 'pass' }), silent);
    expect(passed.status).toBe('pass');
    expect(passed.notJudged).toHaveLength(2);
  });

  it('says "has data" when the long window has a ratio but no event count (a raw SLI)', () => {
    const result = evaluateSlo(slo(), measured({ '5m': null, '30d': 0.0001 }, { '5m': null, '1h': null }));
    expect(result.reasons).toEqual([
      '1h/5m alert: no data over 5m while 1h has data: the series stopped reporting (onNoData: warn)',
    ]);
  });

  it('is outweighed by a firing alert: the block comes first', () => {
    // 6h/30m at 0.01 / 0.001 = 10x > 6x blocks; the 1h/5m alert is nodata (warn).
    const result = evaluateSlo(
      slo(),
      measured({ '5m': null, '30m': 0.01, '6h': 0.01, '30d': 0.0001 }, { '5m': null }),
    );
    expect(result.status).toBe('block');
    expect(result.reasons).toEqual([
      'burn rate 10x over 6h and 10x over 30m exceeds 6x (5% of the 30d budget in 6h)',
      '1h/5m alert: no data over 5m while 1h has 10,000 events: the series stopped reporting (onNoData: warn)',
    ]);
    expect(result.attributionWindow).toEqual({ window: '6h', seconds: 21600 });
  });
});

describe('evaluateSlo: time to exhaustion', () => {
  it('is remaining × period / 1h burn rate', () => {
    // remaining 0.759, 1h burn 0.02 / 0.001 = 20: 0.759 × 2592000 / 20 = 98366.4 s (27.3 h).
    const result = evaluateSlo(slo(), measured({ '30d': 0.000241, '1h': 0.02 }));
    expect(result.exhaustsInSeconds).toBeCloseTo(98366.4, 6);
  });

  it('matches the DESIGN.md numbers: remaining 0.75875 at 20x', () => {
    // ratio 0.00024125 -> remaining 0.75875; 0.75875 × 2592000 / 20 = 98334 s.
    const result = evaluateSlo(slo(), measured({ '30d': 0.00024125, '1h': 0.02 }));
    expect(result.errorBudgetRemaining).toBe(0.75875);
    expect(result.exhaustsInSeconds).toBeCloseTo(98334, 6);
  });

  it('is null when nothing burns over 1h', () => {
    expect(evaluateSlo(slo(), measured({ '30d': 0.0001, '1h': 0 })).exhaustsInSeconds).toBeNull();
  });

  it('is null when the 1h window had no traffic', () => {
    expect(evaluateSlo(slo(), measured({ '30d': 0.0001, '1h': null })).exhaustsInSeconds).toBeNull();
  });

  it('is null when the 1h window was not measured', () => {
    const measurements = measured({ '30d': 0.0001 }).filter((m) => m.window !== '1h');
    expect(evaluateSlo(slo(), measurements).exhaustsInSeconds).toBeNull();
  });

  it('is 0 once the budget is gone, even without a current burn', () => {
    expect(evaluateSlo(slo(), measured({ '30d': 0.002, '1h': null })).exhaustsInSeconds).toBe(0);
  });
});

describe('evaluateSlo: minEvents', () => {
  // 1h and 5m at 20x, over the 14.4x of the 1h/5m alert: it would block if judged.
  const burning = { '1h': 0.02, '5m': 0.02, '30d': 0.0001 };

  it('does not judge an alert whose short window is too thin', () => {
    const result = evaluateSlo(slo(), measured(burning, { '5m': 42 }));
    expect(result.status).toBe('pass');
    expect(result.reasons).toEqual([]);
    expect(result.notJudged).toEqual(['1h/5m alert not judged: 42 events over 5m, fewer than minEvents 100']);
  });

  it('does not judge an alert whose long window is too thin', () => {
    const result = evaluateSlo(slo(), measured(burning, { '1h': 99 }));
    expect(result.status).toBe('pass');
    expect(result.notJudged).toEqual(['1h/5m alert not judged: 99 events over 1h, fewer than minEvents 100']);
  });

  it('names both windows when both are too thin', () => {
    const result = evaluateSlo(slo(), measured(burning, { '1h': 50, '5m': 3 }));
    expect(result.notJudged).toEqual([
      '1h/5m alert not judged: 50 events over 1h, fewer than minEvents 100; 3 events over 5m, fewer than minEvents 100',
    ]);
  });

  it('judges a window with exactly minEvents events', () => {
    const result = evaluateSlo(slo(), measured(burning, { '1h': 100, '5m': 100 }));
    expect(result.status).toBe('block');
    expect(result.notJudged).toEqual([]);
  });

  it('judges windows whose event count is unknown', () => {
    const result = evaluateSlo(slo(), measured(burning, { '1h': null, '5m': null }));
    expect(result.status).toBe('block');
  });

  it('follows a custom minEvents', () => {
    const result = evaluateSlo(slo({ policy: { minEvents: 1000 } }), measured(burning, { '5m': 999 }));
    expect(result.status).toBe('pass');
    expect(result.notJudged).toEqual([
      '1h/5m alert not judged: 999 events over 5m, fewer than minEvents 1000',
    ]);
  });

  it('shows fractional event counts (from rate × seconds) to two decimals', () => {
    const result = evaluateSlo(slo(), measured(burning, { '5m': 41.996 }));
    expect(result.notJudged).toEqual(['1h/5m alert not judged: 42 events over 5m, fewer than minEvents 100']);
  });

  it('does not judge the budget over a thin period, but still reports its numbers', () => {
    // ratio 0.00125 -> remaining −0.25 would block; with 42 events over 30d it is not judged.
    const result = evaluateSlo(slo(), measured({ '30d': 0.00125 }, { '30d': 42 }));
    expect(result.status).toBe('pass');
    expect(result.reasons).toEqual([]);
    expect(result.errorBudgetRemaining).toBe(-0.25);
    expect(result.notJudged).toEqual(['30d budget not judged: 42 events over 30d, fewer than minEvents 100']);
    expect(result).not.toHaveProperty('attributionWindow');
  });

  it('does not warn on a low budget over a thin period', () => {
    const result = evaluateSlo(slo(), measured({ '30d': 0.0008 }, { '30d': 99 }));
    expect(result.status).toBe('pass');
  });

  it('judges nothing when every window is thin (a service with almost no traffic)', () => {
    const thin = Object.fromEntries([...STANDARD, '30d'].map((w) => [w, 42]));
    const result = evaluateSlo(slo(), measured({ ...burning, '30d': 0.00125 }, thin));
    expect(result.status).toBe('pass');
    expect(result.notJudged).toEqual([
      '30d budget not judged: 42 events over 30d, fewer than minEvents 100',
      '1h/5m alert not judged: 42 events over 1h, fewer than minEvents 100; 42 events over 5m, fewer than minEvents 100',
      '6h/30m alert not judged: 42 events over 6h, fewer than minEvents 100; 42 events over 30m, fewer than minEvents 100',
      '1d/2h alert not judged: 42 events over 1d, fewer than minEvents 100; 42 events over 2h, fewer than minEvents 100',
      '3d/6h alert not judged: 42 events over 3d, fewer than minEvents 100; 42 events over 6h, fewer than minEvents 100',
    ]);
  });
});

describe('evaluateSlo: windows without traffic', () => {
  it('does not judge an alert whose short window had no traffic while the long one is thin', () => {
    // 50 events over 1h is below minEvents 100: no proof the series stopped, only a quiet hour.
    const result = evaluateSlo(slo(), measured({ '1h': 0.02, '5m': null, '30d': 0.0001 }, { '1h': 50 }));
    expect(result.status).toBe('pass');
    expect(result.notJudged).toEqual([
      '1h/5m alert not judged: 50 events over 1h, fewer than minEvents 100; no traffic over 5m',
    ]);
  });

  it('does not judge an alert whose long window had no traffic', () => {
    const result = evaluateSlo(slo(), measured({ '1h': null, '5m': 0.02, '30d': 0.0001 }));
    expect(result.status).toBe('pass');
    expect(result.notJudged).toEqual(['1h/5m alert not judged: no traffic over 1h']);
  });

  it('treats a NaN ratio as no traffic', () => {
    const result = evaluateSlo(slo(), measured({ '1h': 0.02, '5m': NaN, '30d': 0.0001 }, { '1h': 50 }));
    expect(result.burnRates['5m']).toBeNull();
    expect(result.notJudged).toEqual([
      '1h/5m alert not judged: 50 events over 1h, fewer than minEvents 100; no traffic over 5m',
    ]);
  });

  it('does not judge an alert whose window was not measured at all', () => {
    const custom: BurnRateAlert = {
      long: '4h',
      longSeconds: 14400,
      short: '5m',
      shortSeconds: 300,
      factor: 2,
      action: 'block',
    };
    const result = evaluateSlo(
      slo({ policy: { burnRateAlerts: [custom] } }),
      measured({ '5m': 0.02, '30d': 0.0001 }),
    );
    expect(result.status).toBe('pass');
    expect(result.notJudged).toEqual(['4h/5m alert not judged: 4h was not measured']);
  });
});

describe('evaluateSlo: no data over the period', () => {
  it.each<[Verdict]>([['pass'], ['warn'], ['block']])('onNoData: %s decides the action', (onNoData) => {
    const nothing = Object.fromEntries([...STANDARD, '30d'].map((w) => [w, null]));
    const result = evaluateSlo(slo({ onNoData }), measured(nothing, {}));
    expect(result).toEqual<SloEvaluation>({
      status: 'nodata',
      action: onNoData,
      errorBudgetRemaining: null,
      burnRates: {
        '5m': null,
        '30m': null,
        '1h': null,
        '2h': null,
        '6h': null,
        '1d': null,
        '3d': null,
        '30d': null,
      },
      exhaustsInSeconds: null,
      reasons: [`no data over 30d: no series or no traffic (onNoData: ${onNoData})`],
      notJudged: [],
    });
  });

  it('is nodata when the period was not measured at all', () => {
    const result = evaluateSlo(
      slo(),
      measured().filter((m) => m.window !== '30d'),
    );
    expect(result.status).toBe('nodata');
    expect(result.action).toBe('warn');
  });

  it('is nodata when the period ratio is NaN (0/0)', () => {
    const result = evaluateSlo(slo({ onNoData: 'block' }), measured({ '30d': NaN }));
    expect(result.status).toBe('nodata');
    expect(result.action).toBe('block');
  });
});

describe('evaluateSlo: attribution window', () => {
  const period = { '30d': 0.0001 };

  it('is the block alert over a warn alert', () => {
    // 1d/2h (warn) at 5x > 3 and 6h/30m (block) at 7x > 6.
    const result = evaluateSlo(
      slo(),
      measured({ ...period, '1d': 0.005, '2h': 0.005, '6h': 0.007, '30m': 0.007 }),
    );
    expect(result.attributionWindow).toEqual({ window: '6h', seconds: 21600 });
  });

  it('is the block alert even when a warn alert comes first in the config', () => {
    const warnFirst = [DEFAULT_ALERTS[2]!, DEFAULT_ALERTS[0]!];
    const result = evaluateSlo(
      slo({ policy: { burnRateAlerts: warnFirst } }),
      measured({ ...period, '1d': 0.005, '2h': 0.005, '1h': 0.02, '5m': 0.02 }),
    );
    expect(result.attributionWindow).toEqual({ window: '1h', seconds: 3600 });
  });

  it('is the first alert in config order between equally severe ones', () => {
    // 1h/5m at 20x > 14.4 and 6h/30m at 7x > 6, both block: 1h comes first.
    const result = evaluateSlo(
      slo(),
      measured({ ...period, '1h': 0.02, '5m': 0.02, '6h': 0.007, '30m': 0.007 }),
    );
    expect(result.attributionWindow).toEqual({ window: '1h', seconds: 3600 });
    // 1d/2h at 5x > 3 and 3d/6h at 2x > 1, both warn (6h at 2x stays under 6): 1d comes first.
    const warns = evaluateSlo(
      slo(),
      measured({ ...period, '1d': 0.005, '2h': 0.005, '3d': 0.002, '6h': 0.002 }),
    );
    expect(warns.status).toBe('warn');
    expect(warns.attributionWindow).toEqual({ window: '1d', seconds: 86400 });
  });

  it('uses the measured window label for an alert written as 60m, and the written one in the reason', () => {
    const sixtyMinutes: BurnRateAlert = {
      long: '60m',
      longSeconds: 3600,
      short: '5m',
      shortSeconds: 300,
      budgetConsumed: 0.02,
      action: 'block',
    };
    const result = evaluateSlo(
      slo({ policy: { burnRateAlerts: [sixtyMinutes] } }),
      measured({ ...period, '1h': 0.02, '5m': 0.02 }),
    );
    expect(result.attributionWindow).toEqual({ window: '1h', seconds: 3600 });
    expect(result.reasons).toEqual([
      'burn rate 20x over 60m and 20x over 5m exceeds 14.4x (2% of the 30d budget in 60m)',
    ]);
  });

  it('is absent for a pass and for nodata', () => {
    expect(evaluateSlo(slo(), measured(period))).not.toHaveProperty('attributionWindow');
    expect(evaluateSlo(slo(), measured({ '30d': null }))).not.toHaveProperty('attributionWindow');
  });
});

describe('evaluateSlo: every non-pass status explains itself', () => {
  const scenarios: [string, TestSlo, WindowMeasurement[]][] = [
    ['healthy', slo(), measured({ '30d': 0.0001 })],
    ['fast burn', slo(), measured({ '1h': 0.02, '5m': 0.02, '30d': 0.0001 })],
    ['slow burn', slo(), measured({ '3d': 0.002, '6h': 0.002, '30d': 0.0001 })],
    ['exhausted', slo(), measured({ '30d': 0.002 })],
    ['exhausted, warn only', slo({ policy: { budgetExhausted: 'warn' } }), measured({ '30d': 0.002 })],
    ['low budget', slo(), measured({ '30d': 0.0009 })],
    ['no data, pass', slo({ onNoData: 'pass' }), measured({ '30d': null })],
    ['no data, block', slo({ onNoData: 'block' }), measured({ '30d': null })],
    ['thin traffic', slo(), measured({ '30d': 0.002 }, { '30d': 5 })],
  ];

  it.each(scenarios)('%s', (_name, definition, measurements) => {
    const result = evaluateSlo(definition, measurements);
    if (result.status === 'pass') {
      expect(result.reasons).toEqual([]);
    } else {
      expect(result.reasons.length).toBeGreaterThan(0);
      // Every reason carries a number.
      for (const reason of result.reasons) expect(reason).toMatch(/\d/);
    }
  });
});

describe('evaluateSlo: duplicate measurements', () => {
  it('uses the first measurement of a window length', () => {
    const measurements = [
      ...measured({ '1h': 0.02, '5m': 0.02, '30d': 0.0001 }),
      { window: '60m', seconds: 3600, errorRatio: 0, events: 10000 },
    ];
    const result = evaluateSlo(slo(), measurements);
    expect(result.status).toBe('block');
    expect(result.burnRates).not.toHaveProperty('60m');
  });
});

describe('combineVerdict', () => {
  it.each<[Verdict[], string]>([
    [[], 'pass'],
    [['pass'], 'pass'],
    [['pass', 'pass'], 'pass'],
    [['pass', 'warn'], 'warn'],
    [['warn', 'pass'], 'warn'],
    [['warn', 'block', 'pass'], 'block'],
    [['block', 'warn'], 'block'],
    [['block'], 'block'],
  ])('%j -> %s', (actions, verdict) => expect(combineVerdict(actions)).toBe(verdict));
});
