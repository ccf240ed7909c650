import { displayedQuery, measureEvents, measureRatio, type EventsQueries } from '../../src/gate/measure.js';

const answer = (...values: number[]) => ({
  samples: values.map((value, i) => ({ labels: { i: String(i) }, value })),
  warnings: [],
});
const oneHour = { window: '1h', seconds: 3600 };
const perSecond: EventsQueries = {
  kind: 'events',
  ...oneHour,
  errorQuery: '',
  totalQuery: '',
  totalUnit: 'per-second',
};

describe('displayedQuery', () => {
  it('shows an events window as errors over total', () => {
    const q: EventsQueries = { ...perSecond, errorQuery: 'sum(rate(e[1h]))', totalQuery: 'sum(rate(t[1h]))' };
    expect(displayedQuery(q)).toBe('(sum(rate(e[1h]))) / (sum(rate(t[1h])))');
  });

  it('shows a ratio window as its own query', () => {
    expect(displayedQuery({ kind: 'ratio', ...oneHour, errorRatioQuery: 'avg_over_time(r[1h])' })).toBe(
      'avg_over_time(r[1h])',
    );
  });
});

describe('measureEvents', () => {
  it('divides errors by total and counts events from a per-second rate', () => {
    // 0.5 errors/s of 25 req/s = 2 %; 25 req/s over 3600 s = 90000 events.
    expect(measureEvents(perSecond, answer(0.5), answer(25))).toEqual({
      window: '1h',
      seconds: 3600,
      errorRatio: 0.02,
      events: 90000,
    });
  });

  it('reads no error series as no errors', () => {
    expect(measureEvents(perSecond, answer(), answer(10)).errorRatio).toBe(0);
  });

  it('reports no traffic as a null ratio', () => {
    expect(measureEvents(perSecond, answer(), answer()).errorRatio).toBeNull();
    expect(measureEvents(perSecond, answer(0), answer(0)).errorRatio).toBeNull();
    expect(measureEvents(perSecond, answer(NaN), answer(NaN)).errorRatio).toBeNull();
  });

  it('sums several series', () => {
    // (0.25 + 0.25) / (10 + 15) = 2 %
    expect(measureEvents(perSecond, answer(0.25, 0.25), answer(10, 15)).errorRatio).toBeCloseTo(0.02, 12);
  });

  it('takes a count total as the events and leaves an unknown unit without events', () => {
    expect(measureEvents({ ...perSecond, totalUnit: 'count' }, answer(1), answer(500)).events).toBe(500);
    expect(measureEvents({ ...perSecond, totalUnit: 'unknown' }, answer(1), answer(500)).events).toBeNull();
  });
});

describe('measureRatio', () => {
  it('takes the value as the ratio; NaN (0/0) as no traffic', () => {
    const q = { kind: 'ratio' as const, ...oneHour, errorRatioQuery: '' };
    expect(measureRatio(q, answer(0.001)).errorRatio).toBe(0.001);
    expect(measureRatio(q, answer(NaN)).errorRatio).toBeNull();
    expect(measureRatio(q, answer()).errorRatio).toBeNull();
    expect(measureRatio(q, answer(0.001)).events).toBeNull();
  });
});

describe('answers that cannot be counts or ratios', () => {
  const ratio = { kind: 'ratio' as const, ...oneHour, errorRatioQuery: 'r' };
  const events: EventsQueries = { ...perSecond, errorQuery: 'e', totalQuery: 't' };

  it.each([
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
    [-0.1, '-0.1'],
    [1.2, '1.2'],
  ])('refuses a ratio of %s, naming the value and the query', (value, shown) => {
    expect(() => measureRatio(ratio, answer(value))).toThrow(
      `errorRatioQuery over 1h answered ${shown} ("r")`,
    );
  });

  it('keeps a ratio of exactly 0 or 1', () => {
    expect(measureRatio(ratio, answer(0)).errorRatio).toBe(0);
    expect(measureRatio(ratio, answer(1)).errorRatio).toBe(1);
  });

  it.each([
    [answer(1), answer(Infinity), 'totalQuery over 1h answered +Inf ("t")'],
    [answer(-Infinity), answer(10), 'errorQuery over 1h answered -Inf ("e")'],
    [answer(-2), answer(10), 'errorQuery over 1h answered -2 ("e")'],
    [answer(1), answer(-5), 'totalQuery over 1h answered -5 ("t")'],
    [answer(11), answer(10), "errorQuery over 1h answered 11, more than totalQuery's 10"],
  ])('refuses impossible events (%#)', (errors, total, message) => {
    expect(() => measureEvents(events, errors, total)).toThrow(message);
  });

  it('lets errors equal the total, and two sums that differ only in the last digits', () => {
    expect(measureEvents(events, answer(10), answer(10)).errorRatio).toBe(1);
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: a rounding difference, not more errors.
    expect(measureEvents(events, answer(0.1, 0.2), answer(0.3)).errorRatio).toBeCloseTo(1, 12);
  });
});
