import { alertFactor } from '../../src/slo/evaluate.js';
import { defaultBurnRateAlerts } from '../../src/config/defaults.js';

/*
 * The default alerts of each SLO period, as burn-rate factors (the rate at which each fires),
 * worked out by hand from Sloth's published tables:
 *   30d: 2 % in 1h = 0.02 × 720 h = 14.4; 5 % in 6h = 0.05 × 120 = 6; 10 % in 1d = 0.1 × 30 = 3;
 *        10 % in 3d = 0.1 × 10 = 1.
 *   28d: 0.02 × 672 = 13.44; 0.05 × 112 = 5.6; 0.1 × 28 = 2.8; 0.1 × 28 / 3 = 0.933333333333.
 *   7d:  8 % in 1h = 0.08 × 168 = 13.44; 12.5 % in 6h = 0.125 × 28 = 3.5; 20 % in 1d = 0.2 × 7 = 1.4;
 *        42 % in 3d = 0.42 × 7 / 3 = 0.98.
 */
const DAY = 86400;
const factorsFor = (periodDays: number) =>
  defaultBurnRateAlerts(periodDays * DAY).map((alert) => [
    `${alert.long}/${alert.short}`,
    alertFactor(alert, periodDays * DAY),
    alert.action,
  ]);

describe('defaultBurnRateAlerts', () => {
  it('30d: the SRE workbook alerts, 14.4 / 6 / 3 / 1x', () => {
    expect(factorsFor(30)).toEqual([
      ['1h/5m', 14.4, 'block'],
      ['6h/30m', 6, 'block'],
      ['1d/2h', 3, 'warn'],
      ['3d/6h', 1, 'warn'],
    ]);
  });

  it('28d: the same shares over four weeks, 13.44 / 5.6 / 2.8 / 0.933x', () => {
    expect(factorsFor(28)).toEqual([
      ['1h/5m', 13.44, 'block'],
      ['6h/30m', 5.6, 'block'],
      ['1d/2h', 2.8, 'warn'],
      ['3d/6h', 0.933333333333, 'warn'],
    ]);
  });

  it("7d: Sloth's 7-day table, 13.44 / 3.5 / 1.4 / 0.98x (not the 30d shares' 3.36 / 1.4 / 0.7 / 0.233x)", () => {
    expect(factorsFor(7)).toEqual([
      ['1h/5m', 13.44, 'block'],
      ['6h/30m', 3.5, 'block'],
      ['1d/2h', 1.4, 'warn'],
      ['3d/6h', 0.98, 'warn'],
    ]);
  });

  it.each([
    // Between tables: the factors of the longest published period not above the SLO's.
    [14, [13.44, 3.5, 1.4, 0.98]],
    [29, [13.44, 5.6, 2.8, 0.933333333333]],
    [90, [14.4, 6, 3, 1]],
  ])('%dd takes the factors of its table', (days, factors) => {
    expect(factorsFor(days).map(([, factor]) => factor)).toEqual(factors);
  });

  it.each([
    // Below 7d the 7d table, without the alerts whose long window is not shorter than the period.
    [3, ['1h/5m', '6h/30m', '1d/2h']],
    [1, ['1h/5m', '6h/30m']],
    [2 / 24, ['1h/5m']],
    [1 / 24, []],
  ])('a %dd period keeps only alerts shorter than itself', (days, alerts) => {
    expect(factorsFor(days).map(([label]) => label)).toEqual(alerts);
  });

  it('a 1d SLO blocks at 13.44x over 1h and 3.5x over 6h', () => {
    expect(factorsFor(1)).toEqual([
      ['1h/5m', 13.44, 'block'],
      ['6h/30m', 3.5, 'block'],
    ]);
  });
});
