import { rangeSelectors } from '../../src/promql/index.js';

describe('rangeSelectors', () => {
  it('lists each selector read over a range once, as written, and none of the instant ones', () => {
    expect(
      rangeSelectors(
        'sum(rate(http_requests_total{job="api",code=~"5.."}[30d])) / sum(rate(http_requests_total{job="api"}[30d])) + on() group_left up{job="api"}',
      ),
    ).toEqual(['http_requests_total{job="api",code=~"5.."}', 'http_requests_total{job="api"}']);
    expect(
      rangeSelectors('sum(count_over_time(probe_success[1d])) - sum(sum_over_time(probe_success[1d]))'),
    ).toEqual(['probe_success']);
  });

  it('a query that does not parse reads nothing it can tell', () => {
    expect(rangeSelectors('sum(rate(x[30d])')).toEqual([]);
  });
});
