import type { BurnRateAlert, Policy } from '../../src/model/index.js';
import { STANDARD_WINDOWS, windowsToMeasure } from '../../src/slo/windows.js';

// The DESIGN.md default alerts, seconds written out by hand.
const DEFAULT_ALERTS: BurnRateAlert[] = [
  { long: '1h', longSeconds: 3600, short: '5m', shortSeconds: 300, budgetConsumed: 0.02, action: 'block' },
  { long: '6h', longSeconds: 21600, short: '30m', shortSeconds: 1800, budgetConsumed: 0.05, action: 'block' },
  { long: '1d', longSeconds: 86400, short: '2h', shortSeconds: 7200, budgetConsumed: 0.1, action: 'warn' },
  { long: '3d', longSeconds: 259200, short: '6h', shortSeconds: 21600, budgetConsumed: 0.1, action: 'warn' },
];

function policy(burnRateAlerts: BurnRateAlert[] = DEFAULT_ALERTS): Policy {
  return {
    budgetExhausted: 'block',
    budgetWarnBelow: 0.25,
    burnRateAlerts,
    minEvents: 100,
    onPrometheusError: 'block',
  };
}

const STANDARD_30D = [
  { window: '5m', seconds: 300 },
  { window: '30m', seconds: 1800 },
  { window: '1h', seconds: 3600 },
  { window: '2h', seconds: 7200 },
  { window: '6h', seconds: 21600 },
  { window: '1d', seconds: 86400 },
  { window: '3d', seconds: 259200 },
  { window: '30d', seconds: 2592000 },
];

describe('STANDARD_WINDOWS', () => {
  it('lists the windows of issue 2, shortest first', () => {
    expect(STANDARD_WINDOWS).toEqual(['5m', '30m', '1h', '2h', '6h', '1d', '3d']);
  });
});

describe('windowsToMeasure', () => {
  it('measures the standard windows and the 30d period, period last', () => {
    // The default alerts only use standard windows, so nothing is added.
    expect(windowsToMeasure({ window: '30d', windowSeconds: 2592000, policy: policy() })).toEqual(
      STANDARD_30D,
    );
  });

  it('measures the standard windows even without any alert', () => {
    expect(windowsToMeasure({ window: '30d', windowSeconds: 2592000, policy: policy([]) })).toEqual(
      STANDARD_30D,
    );
  });

  it('labels the period as written: 28d = 2419200 s', () => {
    const windows = windowsToMeasure({ window: '28d', windowSeconds: 2419200, policy: policy() });
    expect(windows.at(-1)).toEqual({ window: '28d', seconds: 2419200 });
    expect(windows).toHaveLength(8);
  });

  it('reuses the 1h measurement for an alert written with a 60m long window', () => {
    const alert: BurnRateAlert = {
      long: '60m',
      longSeconds: 3600,
      short: '300s',
      shortSeconds: 300,
      factor: 14.4,
      action: 'block',
    };
    expect(windowsToMeasure({ window: '30d', windowSeconds: 2592000, policy: policy([alert]) })).toEqual(
      STANDARD_30D,
    );
  });

  it("adds maxBurnRate's window even when no alert uses it", () => {
    // 4h = 14400 s, between 2h (7200) and 6h (21600).
    const withMax: Policy = { ...policy(), maxBurnRate: { factor: 2.5, window: '4h', windowSeconds: 14400 } };
    const windows = windowsToMeasure({ window: '30d', windowSeconds: 2592000, policy: withMax });
    expect(windows.map((w) => w.window)).toEqual(['5m', '30m', '1h', '2h', '4h', '6h', '1d', '3d', '30d']);
  });

  it('adds custom alert windows in ascending order, each once', () => {
    const alerts: BurnRateAlert[] = [
      { long: '4h', longSeconds: 14400, short: '15m', shortSeconds: 900, factor: 8, action: 'block' },
      // Same 4h long window again, with a 1m short one.
      { long: '4h', longSeconds: 14400, short: '1m', shortSeconds: 60, factor: 8, action: 'warn' },
    ];
    expect(windowsToMeasure({ window: '30d', windowSeconds: 2592000, policy: policy(alerts) })).toEqual([
      { window: '1m', seconds: 60 },
      { window: '5m', seconds: 300 },
      { window: '15m', seconds: 900 },
      { window: '30m', seconds: 1800 },
      { window: '1h', seconds: 3600 },
      { window: '2h', seconds: 7200 },
      { window: '4h', seconds: 14400 },
      { window: '6h', seconds: 21600 },
      { window: '1d', seconds: 86400 },
      { window: '3d', seconds: 259200 },
      { window: '30d', seconds: 2592000 },
    ]);
  });

  it('labels a period equal in length to a standard window with the period text', () => {
    // "24h" is 86400 s, the same as the standard "1d": one measurement, named as the SLO names it.
    const windows = windowsToMeasure({ window: '24h', windowSeconds: 86400, policy: policy([]) });
    expect(windows.map((w) => w.window)).toEqual(['5m', '30m', '1h', '2h', '6h', '24h', '3d']);
  });

  it('keeps the order ascending by length, not by writing', () => {
    const windows = windowsToMeasure({ window: '7d', windowSeconds: 604800, policy: policy() });
    const seconds = windows.map((w) => w.seconds);
    expect(seconds).toEqual([300, 1800, 3600, 7200, 21600, 86400, 259200, 604800]);
  });
});
