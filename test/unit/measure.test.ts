import { displayedQuery, measureEvents, measureRatio, queriesFor } from '../../src/gate/measure.js';
import type { SloDefinition } from '../../src/model/index.js';

const answer = (...values: number[]) => ({
  samples: values.map((value, i) => ({ labels: { i: String(i) }, value })),
  warnings: [],
});
const rateTotal = 'sum(rate(http_requests_total[{{.window}}]))';
const oneHour = { window: '1h', seconds: 3600 };

describe('queriesFor', () => {
  it('substitutes the window into error and total queries', () => {
    const slo = {
      sli: {
        kind: 'events',
        errorQuery: 'sum(rate(e[{{.window}}]))',
        totalQuery: 'sum(rate(t[{{ .window }}]))',
      },
    } as SloDefinition;
    const q = queriesFor(slo, oneHour);
    expect(q).toEqual({ window: '1h', seconds: 3600, error: 'sum(rate(e[1h]))', total: 'sum(rate(t[1h]))' });
    expect(displayedQuery(q)).toBe('(sum(rate(e[1h]))) / (sum(rate(t[1h])))');
  });

  it('keeps a raw ratio query as the displayed query', () => {
    const slo = { sli: { kind: 'raw', errorRatioQuery: 'avg_over_time(r[{{.window}}])' } } as SloDefinition;
    expect(displayedQuery(queriesFor(slo, oneHour))).toBe('avg_over_time(r[1h])');
  });
});

describe('measureEvents', () => {
  const q = { ...oneHour, error: '', total: '' };

  it('divides errors by total and counts events from a per-second rate', () => {
    // 0.5 errors/s of 25 req/s = 2 %; 25 req/s over 3600 s = 90000 events.
    expect(measureEvents(q, rateTotal, answer(0.5), answer(25))).toEqual({
      window: '1h',
      seconds: 3600,
      errorRatio: 0.02,
      events: 90000,
    });
  });

  it('reads no error series as no errors', () => {
    expect(measureEvents(q, rateTotal, answer(), answer(10)).errorRatio).toBe(0);
  });

  it('reports no traffic as a null ratio', () => {
    expect(measureEvents(q, rateTotal, answer(), answer()).errorRatio).toBeNull();
    expect(measureEvents(q, rateTotal, answer(0), answer(0)).errorRatio).toBeNull();
    expect(measureEvents(q, rateTotal, answer(NaN), answer(NaN)).errorRatio).toBeNull();
  });

  it('sums several series', () => {
    // (0.25 + 0.25) / (10 + 15) = 2 %
    expect(measureEvents(q, rateTotal, answer(0.25, 0.25), answer(10, 15)).errorRatio).toBeCloseTo(0.02, 12);
  });

  it('takes increase() as a count and leaves other units unknown', () => {
    expect(measureEvents(q, 'sum(increase(t[{{.window}}]))', answer(1), answer(500)).events).toBe(500);
    expect(measureEvents(q, 'sum(t)', answer(1), answer(500)).events).toBeNull();
  });
});

describe('measureRatio', () => {
  it('takes the value as the ratio; NaN (0/0) as no traffic', () => {
    const q = { ...oneHour, ratio: '' };
    expect(measureRatio(q, answer(0.001)).errorRatio).toBe(0.001);
    expect(measureRatio(q, answer(NaN)).errorRatio).toBeNull();
    expect(measureRatio(q, answer()).errorRatio).toBeNull();
    expect(measureRatio(q, answer(0.001)).events).toBeNull();
  });
});
