/** MetricsQL names in syntax errors, and the increase() form VictoriaMetrics is asked in. */
import {
  findSyntaxError,
  findTemplateSyntaxError,
  rateAsIncrease,
  durationSeconds,
} from '../../src/promql/index.js';

describe('a function PromQL does not know', () => {
  it('is named, with a MetricsQL hint when only MetricsQL has it', () => {
    expect(findSyntaxError('sum(histogram_share(0.3, rate(h_bucket[5m])))')).toEqual({
      offset: 4,
      message: 'unknown function histogram_share (MetricsQL?)',
    });
    expect(findSyntaxError('range_median(x)')).toEqual({
      offset: 0,
      message: 'unknown function range_median (MetricsQL?)',
    });
    expect(findSyntaxError('WITH (f = x) f')).toEqual({
      offset: 0,
      message: 'unknown function WITH (MetricsQL?)',
    });
    expect(findSyntaxError('ratee(x[5m])')).toEqual({ offset: 0, message: 'unknown function ratee' });
  });

  it('names MetricsQL-only operators', () => {
    expect(findSyntaxError('sum(rate(x[5m])) default 0')).toEqual({
      offset: 17,
      message: "unexpected 'default' (MetricsQL?)",
    });
  });

  it('points into a template as written', () => {
    expect(findTemplateSyntaxError('1 - histogram_share(0.3, rate(h[{{.window}}]))')).toEqual({
      offset: 4,
      message: 'unknown function histogram_share (MetricsQL?)',
    });
  });

  it('leaves valid PromQL and other mistakes alone', () => {
    expect(findSyntaxError('sum by (code) (rate(x[5m]))')).toBeUndefined();
    expect(findSyntaxError('sum(rate(x[5m])')).toEqual({
      offset: 3,
      message: "unclosed '(': add the matching ')'",
    });
  });
});

describe('rateAsIncrease', () => {
  it('reads each rate(selector[range]) as increase over the range divided by its seconds', () => {
    // 30d = 30 × 86,400 s = 2,592,000 s.
    expect(rateAsIncrease('sum(rate(http_requests_total{code=~"5.."}[30d]))')).toBe(
      'sum((increase(http_requests_total{code=~"5.."}[30d]) / 2592000))',
    );
    // 1h30m = 5,400 s; offset and @ stay with the selector.
    expect(rateAsIncrease('sum(rate(x[1h30m] offset 5m)) - sum(rate(y[5m] @ 100))')).toBe(
      'sum((increase(x[1h30m] offset 5m) / 5400)) - sum((increase(y[5m] @ 100) / 300))',
    );
  });

  it('keeps subqueries, other functions and invalid text as written', () => {
    expect(rateAsIncrease('sum(rate(x[5m:1m]))')).toBe('sum(rate(x[5m:1m]))');
    expect(rateAsIncrease('sum(irate(x[5m])) / sum(increase(y[5m]))')).toBe(
      'sum(irate(x[5m])) / sum(increase(y[5m]))',
    );
    expect(rateAsIncrease('sum(rate(x[5m])')).toBe('sum(rate(x[5m])');
  });

  it('gives a query that parses for every SLI form slo-gate builds', () => {
    const native = 'histogram_count(sum(rate(h[6h]))) * (1 - histogram_fraction(0, 0.3, sum(rate(h[6h]))))';
    const rewritten = rateAsIncrease(native);
    expect(rewritten).toBe(
      'histogram_count(sum((increase(h[6h]) / 21600))) * (1 - histogram_fraction(0, 0.3, sum((increase(h[6h]) / 21600))))',
    );
    expect(findSyntaxError(rewritten)).toBeUndefined();
  });
});

describe('durationSeconds', () => {
  it('adds the units of a PromQL duration', () => {
    expect(durationSeconds('5m')).toBe(300);
    expect(durationSeconds('1d12h')).toBe(129_600);
    expect(durationSeconds('1w')).toBe(604_800);
    expect(durationSeconds('1500ms')).toBe(1.5);
    expect(durationSeconds('{{.window}}')).toBeUndefined();
  });
});
