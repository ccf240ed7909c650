import {
  recordedNames,
  recordedQueriesFor,
  recordedSeriesProbe,
  type RecordedName,
} from '../../src/config/recorded.js';
import type { MeasurementSource } from '../../src/model/index.js';

const sloth: MeasurementSource = {
  rules: { tool: 'sloth', slothId: 'checkout-availability' },
  detected: false,
};
const pyrraLatency: MeasurementSource = {
  rules: {
    tool: 'pyrra',
    slo: 'api-latency',
    increase: {
      kind: 'good',
      counted: 'http_request_duration_seconds_bucket{job="api",le="0.3"}',
      total: 'http_request_duration_seconds_count{job="api"}',
    },
  },
  detected: true,
};

describe('the probe and its answer', () => {
  it('asks for every recorded series of the SLO by its own label, one sample per name', () => {
    expect(recordedSeriesProbe(sloth.rules)).toBe(
      'group by (__name__) ({__name__=~"slo:sli_error:ratio_rate.+",sloth_id="checkout-availability"})',
    );
    expect(recordedSeriesProbe(pyrraLatency.rules)).toBe(
      'group by (__name__) ({__name__=~".+:(burnrate|increase).+",slo="api-latency"})',
    );
  });

  it('reads the window from the name as Prometheus formats durations (4w = 28 d, 1h30m); skips the rest', () => {
    expect(
      recordedNames(pyrraLatency.rules, [
        'http_request_duration_seconds:burnrate1h30m',
        'http_request_duration_seconds:increase4w',
        'http_request_duration_seconds:burnrate_bogus',
        'pyrra_availability',
      ]),
    ).toEqual([
      { name: 'http_request_duration_seconds:burnrate1h30m', kind: 'ratio', seconds: 5400 },
      { name: 'http_request_duration_seconds:increase4w', kind: 'increase', seconds: 28 * 86400 },
    ]);
    expect(recordedNames(sloth.rules, ['slo:sli_error:ratio_rate30d'])).toEqual([
      { name: 'slo:sli_error:ratio_rate30d', kind: 'ratio', seconds: 30 * 86400 },
    ]);
  });
});

describe('the query of a window', () => {
  const fiveMinutes: RecordedName = { name: 'slo:sli_error:ratio_rate5m', kind: 'ratio', seconds: 300 };

  it('a calendar period so far averages the 5m ratios over its range', () => {
    const window = { window: 'calendar month', seconds: 9 * 86400, range: '9d', isPeriod: true };
    expect(recordedQueriesFor(sloth, window, [fiveMinutes])).toEqual({
      window: 'calendar month',
      seconds: 9 * 86400,
      kind: 'ratio',
      errorRatioQuery: 'avg_over_time(slo:sli_error:ratio_rate5m{sloth_id="checkout-availability"}[9d])',
    });
  });

  it('a window the rules do not record is left to raw queries', () => {
    expect(recordedQueriesFor(sloth, { window: '1h', seconds: 3600, isPeriod: false }, [fiveMinutes])).toBe(
      undefined,
    );
    // Without the 5m ratios there is nothing to average.
    expect(recordedQueriesFor(sloth, { window: '30d', seconds: 30 * 86400, isPeriod: true }, [])).toBe(
      undefined,
    );
  });

  it("Pyrra's latency period: total minus good from the increase rules, the total's empty le included", () => {
    const increase: RecordedName = {
      name: 'http_request_duration_seconds:increase4w',
      kind: 'increase',
      seconds: 28 * 86400,
    };
    const total = 'http_request_duration_seconds:increase4w{job="api",le="",slo="api-latency"}';
    const good = 'http_request_duration_seconds:increase4w{job="api",le="0.3",slo="api-latency"}';
    expect(
      recordedQueriesFor(pyrraLatency, { window: '4w', seconds: 28 * 86400, isPeriod: true }, [increase]),
    ).toEqual({
      window: '4w',
      seconds: 28 * 86400,
      kind: 'events',
      errorQuery: `sum(${total}) - (sum(${good}) or vector(0))`,
      totalQuery: `sum(${total})`,
      totalUnit: 'count',
    });
    // Pyrra has no calendar periods: its increase covers its rolling window only.
    const calendar = { window: 'calendar month', seconds: 28 * 86400, range: '28d', isPeriod: true };
    expect(recordedQueriesFor(pyrraLatency, calendar, [increase])).toBe(undefined);
  });
});
