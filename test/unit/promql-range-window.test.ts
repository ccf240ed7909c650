import { withWindowRanges } from '../../src/promql/index.js';

describe('withWindowRanges: raw PromQL ranges become {{.window}}', () => {
  test('every range selector, offsets and other durations kept', () => {
    expect(withWindowRanges('sum(rate(a{code=~"5.."}[5m] offset 1h)) / sum(increase(b[30s]))')).toEqual({
      ok: true,
      template: 'sum(rate(a{code=~"5.."}[{{.window}}] offset 1h)) / sum(increase(b[{{.window}}]))',
    });
  });

  test('a query without a range, a subquery, and a syntax error are refused with the reason', () => {
    expect(withWindowRanges('sum(a)')).toEqual({ ok: false, reason: 'no-range' });
    // The subquery starts at "rate" (offset 14).
    expect(withWindowRanges('max_over_time(rate(a[5m])[1h:1m])')).toEqual({
      ok: false,
      reason: 'subquery',
      offset: 14,
    });
    expect(withWindowRanges('sum(rate(a[5m])')).toMatchObject({ ok: false, reason: 'syntax' });
  });
});
