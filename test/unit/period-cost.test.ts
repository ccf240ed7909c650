import { costQuery } from '../../src/gate/cost.js';

describe('the cost estimate of a period query', () => {
  it("counts the last hour's samples of each distinct range selector once, a missing one as 0", () => {
    expect(
      costQuery({
        kind: 'events',
        window: '30d',
        seconds: 30 * 86400,
        errorQuery: 'sum(rate(http_requests_total{job="api",code=~"5.."}[30d]))',
        totalQuery: 'sum(rate(http_requests_total{job="api"}[30d]))',
        totalUnit: 'per-second',
      }),
    ).toBe(
      '(sum(count_over_time(http_requests_total{job="api",code=~"5.."}[1h])) or vector(0)) + ' +
        '(sum(count_over_time(http_requests_total{job="api"}[1h])) or vector(0))',
    );
  });

  it('a query without a range selector has nothing to estimate', () => {
    expect(
      costQuery({ kind: 'ratio', window: '30d', seconds: 30 * 86400, errorRatioQuery: 'vector(0)' }),
    ).toBe(undefined);
  });
});
