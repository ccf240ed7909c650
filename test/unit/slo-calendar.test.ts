import { budgetPeriodAt, calendarBoundsAt } from '../../src/slo/calendar.js';

/*
 * Calendar periods in UTC, every boundary written out by hand: a month runs from the 1st at 00:00
 * to the 1st of the next month, a week from Monday 00:00 to the next Monday. A time exactly on a
 * boundary opens the new period.
 */
const utc = (text: string) => new Date(text);
const DAY = 86_400;

describe('calendarBoundsAt: months', () => {
  it.each([
    // [at, start, end, days in the month]
    ['2023-11-10T12:00:00Z', '2023-11-01T00:00:00Z', '2023-12-01T00:00:00Z', 30],
    ['2024-01-31T23:59:59Z', '2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z', 31],
    // Leap years: divisible by 4, not by 100 unless by 400.
    ['2024-02-15T08:00:00Z', '2024-02-01T00:00:00Z', '2024-03-01T00:00:00Z', 29],
    ['2023-02-15T08:00:00Z', '2023-02-01T00:00:00Z', '2023-03-01T00:00:00Z', 28],
    ['2000-02-29T12:00:00Z', '2000-02-01T00:00:00Z', '2000-03-01T00:00:00Z', 29],
    ['2100-02-28T12:00:00Z', '2100-02-01T00:00:00Z', '2100-03-01T00:00:00Z', 28],
    // December ends in January of the next year.
    ['2023-12-31T23:00:00Z', '2023-12-01T00:00:00Z', '2024-01-01T00:00:00Z', 31],
  ])('%s lies in [%s, %s): %d days', (at, start, end, days) => {
    const bounds = calendarBoundsAt('month', utc(at));
    expect(bounds).toEqual({ start: utc(start), end: utc(end) });
    expect((bounds.end.getTime() - bounds.start.getTime()) / 1000).toBe(days * DAY);
  });

  it('the 1st at 00:00:00 opens the new month; one millisecond earlier is still the old one', () => {
    expect(calendarBoundsAt('month', utc('2024-03-01T00:00:00Z'))).toEqual({
      start: utc('2024-03-01T00:00:00Z'),
      end: utc('2024-04-01T00:00:00Z'),
    });
    expect(calendarBoundsAt('month', utc('2024-02-29T23:59:59.999Z'))).toEqual({
      start: utc('2024-02-01T00:00:00Z'),
      end: utc('2024-03-01T00:00:00Z'),
    });
  });

  it('ignores the local time zone of the process: boundaries are UTC', () => {
    // 2023-11-01T00:30 in UTC+1 is still October in UTC.
    expect(calendarBoundsAt('month', utc('2023-11-01T00:30:00+01:00')).start).toEqual(
      utc('2023-10-01T00:00:00Z'),
    );
  });
});

describe('calendarBoundsAt: weeks', () => {
  it.each([
    // 2023-11-13 is a Monday.
    ['Monday 00:00 exactly', '2023-11-13T00:00:00Z', '2023-11-13T00:00:00Z'],
    ['Wednesday', '2023-11-15T10:20:30Z', '2023-11-13T00:00:00Z'],
    ['Sunday, the last second of the week', '2023-11-19T23:59:59Z', '2023-11-13T00:00:00Z'],
    ['Sunday 00:00 (getUTCDay 0)', '2023-11-19T00:00:00Z', '2023-11-13T00:00:00Z'],
    // A week that starts in one year and ends in the next: Monday 2023-12-25.
    ['across new year', '2023-12-31T12:00:00Z', '2023-12-25T00:00:00Z'],
    // A week across the end of February in a leap year: Monday 2024-02-26.
    ['across 29 February', '2024-03-02T00:00:00Z', '2024-02-26T00:00:00Z'],
  ])('%s (%s) starts on %s and lasts 7 days', (_, at, start) => {
    const bounds = calendarBoundsAt('week', utc(at));
    expect(bounds.start).toEqual(utc(start));
    expect(bounds.end.getTime() - bounds.start.getTime()).toBe(7 * DAY * 1000);
    expect(bounds.start.getUTCDay()).toBe(1);
  });

  it('Sunday 23:59:59.999 is the old week; the Monday after opens the next', () => {
    expect(calendarBoundsAt('week', utc('2023-11-19T23:59:59.999Z')).end).toEqual(
      utc('2023-11-20T00:00:00Z'),
    );
    expect(calendarBoundsAt('week', utc('2023-11-20T00:00:00Z')).start).toEqual(utc('2023-11-20T00:00:00Z'));
  });
});

describe('budgetPeriodAt', () => {
  const month = { window: 'calendar month', windowSeconds: 30 * DAY, calendar: 'month' as const };

  it('a rolling SLO spends its whole window, at any time', () => {
    expect(budgetPeriodAt({ window: '28d', windowSeconds: 28 * DAY }, utc('2023-11-10T12:00:00Z'))).toEqual({
      budgetWindow: { window: '28d', seconds: 28 * DAY },
      periodSeconds: 28 * DAY,
    });
  });

  it('a calendar month on the 10th at noon spends 9 days 12 hours of a 30-day November', () => {
    // 2023-11-01T00:00 → 2023-11-10T12:00 = 9 × 86400 + 12 × 3600 = 820800 s.
    expect(budgetPeriodAt(month, utc('2023-11-10T12:00:00Z'))).toEqual({
      budgetWindow: { window: 'calendar month', seconds: 820_800, range: '9d12h' },
      periodSeconds: 30 * DAY,
      end: utc('2023-12-01T00:00:00Z'),
    });
  });

  it('the period length follows the month: 29 days in February 2024', () => {
    const period = budgetPeriodAt(month, utc('2024-02-02T00:00:00Z'));
    expect(period.periodSeconds).toBe(29 * DAY);
    expect(period.budgetWindow).toEqual({ window: 'calendar month', seconds: DAY, range: '1d' });
  });

  it('exactly at the boundary the period so far is empty', () => {
    expect(budgetPeriodAt(month, utc('2023-12-01T00:00:00Z'))).toEqual({
      budgetWindow: { window: 'calendar month', seconds: 0, range: '0s' },
      periodSeconds: 31 * DAY,
      end: utc('2024-01-01T00:00:00Z'),
    });
  });

  it('a fraction of a second past the start is cut to whole seconds', () => {
    // 90.7 s after Monday 00:00 → a range of 90 s, which never reaches back before the start.
    const week = { window: 'calendar week', windowSeconds: 7 * DAY, calendar: 'week' as const };
    expect(budgetPeriodAt(week, utc('2023-11-13T00:01:30.700Z')).budgetWindow).toEqual({
      window: 'calendar week',
      seconds: 90,
      range: '1m30s',
    });
  });
});
