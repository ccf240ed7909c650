/** How the backend shapes the SLI queries: increase() on VictoriaMetrics, MetricsQL refused elsewhere. */
import type { WindowQueries } from '../../src/config/sli.js';
import { dialectProblem, windowQueriesForBackend } from '../../src/gate/backend-form.js';

const events: WindowQueries = {
  kind: 'events',
  window: '1h',
  seconds: 3600,
  errorQuery: 'sum(rate(http_requests_total{code=~"5.."}[1h]))',
  totalQuery: 'sum(rate(http_requests_total[1h]))',
  totalUnit: 'per-second',
};

describe('windowQueriesForBackend', () => {
  it('reads rate() as increase() over the hour (3600 s) on VictoriaMetrics, keeping the per-second unit', () => {
    expect(windowQueriesForBackend(events, { kind: 'victoriametrics' })).toEqual({
      ...events,
      errorQuery: 'sum((increase(http_requests_total{code=~"5.."}[1h]) / 3600))',
      totalQuery: 'sum((increase(http_requests_total[1h]) / 3600))',
    });
  });

  it('leaves the queries alone on every other backend', () => {
    for (const kind of ['prometheus', 'thanos', 'mimir', 'cortex', 'unknown'] as const) {
      expect(windowQueriesForBackend(events, { kind })).toBe(events);
    }
  });
});

describe('dialectProblem', () => {
  const metricsql: WindowQueries = {
    kind: 'ratio',
    window: '1h',
    seconds: 3600,
    errorRatioQuery: '1 - histogram_share(0.3, sum(rate(h_bucket[1h])) by (le))',
  };

  it('names the MetricsQL function and the backend that runs PromQL only', () => {
    expect(dialectProblem(metricsql, { kind: 'thanos', version: '0.32.5' })).toBe(
      'errorRatioQuery is not PromQL: unknown function histogram_share (MetricsQL?) — Thanos 0.32.5 runs ' +
        'PromQL only; write the query in PromQL, or point prometheus.url at VictoriaMetrics',
    );
  });

  it('lets VictoriaMetrics and an unknown server answer for themselves, and PromQL through everywhere', () => {
    expect(dialectProblem(metricsql, { kind: 'victoriametrics' })).toBeUndefined();
    expect(dialectProblem(metricsql, { kind: 'unknown' })).toBeUndefined();
    expect(dialectProblem(events, { kind: 'prometheus' })).toBeUndefined();
  });
});
