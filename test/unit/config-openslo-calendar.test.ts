/**
 * OpenSLO calendar-aligned time windows (v1alpha timeWindows, v1 timeWindow) loaded as slo-gate's
 * calendar periods, and the windows its calendar cannot hold refused at their key. Lines, columns,
 * period bounds and lengths below are worked out by hand from the fixture text and the calendar.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/index.js';
import { UsageError } from '../../src/errors.js';
import { budgetPeriodAt } from '../../src/slo/calendar.js';

const DIR = relative(process.cwd(), fileURLToPath(new URL('../fixtures/config/importers/', import.meta.url)));
const fixture = (name: string) => join(DIR, name);
const DAY = 86_400;

describe('a vendored OpenSLO v1alpha SLO with a calendar month (OpenSLO/oslo)', () => {
  const file = fixture('openslo-calendar/oslo-v1alpha-calendar-month.yaml');

  test('loads as a calendar month', async () => {
    const config = await loadConfig(file);
    expect(
      config.slos.map((slo) => [slo.name, slo.objective, slo.window, slo.windowSeconds, slo.calendar]),
    ).toEqual([['my-awesome-service-my-amazing-slo-0', 0.99, 'calendar month', 30 * DAY, 'month']]);
    // The objective's line: `    - displayName: ...` is line 10, its mapping starts at column 7.
    expect(config.slos[0]!.source).toEqual({ file, line: 10, column: 7 });
  });

  test('on 2021-05-17 08:30 UTC it spends the budget of May 2021 so far', async () => {
    const [slo] = (await loadConfig(file)).slos;
    const period = budgetPeriodAt(slo!, new Date('2021-05-17T08:30:00Z'));
    // From 2021-05-01 00:00 UTC: 16 days, 8 hours and 30 minutes.
    expect(period.budgetWindow).toEqual({
      window: 'calendar month',
      seconds: 16 * DAY + 8 * 3600 + 30 * 60,
      range: '16d8h30m',
    });
    // May has 31 days; the budget resets on 1 June.
    expect(period.periodSeconds).toBe(31 * DAY);
    expect(period.end).toEqual(new Date('2021-06-01T00:00:00Z'));
  });
});

describe('OpenSLO v1 calendar windows', () => {
  const load = async () => (await loadConfig(fixture('openslo-v1-calendar.yaml'))).slos;

  test('duration 1M is a calendar month; 7d with calendar: and no isRolling a calendar week', async () => {
    expect((await load()).map((slo) => [slo.name, slo.window, slo.windowSeconds, slo.calendar])).toEqual([
      ['orders-monthly', 'calendar month', 30 * DAY, 'month'],
      ['orders-weekly', 'calendar week', 7 * DAY, 'week'],
    ]);
  });

  test('at 2024-02-29 23:59:59 UTC the month is February 2024, 29 days long', async () => {
    const [monthly] = await load();
    const period = budgetPeriodAt(monthly!, new Date('2024-02-29T23:59:59Z'));
    // From 2024-02-01 00:00: 28 days, 23 h, 59 min and 59 s.
    expect(period.budgetWindow.seconds).toBe(29 * DAY - 1);
    expect(period.periodSeconds).toBe(29 * DAY);
    expect(period.end).toEqual(new Date('2024-03-01T00:00:00Z'));
  });

  test('on Sunday 2024-03-03 12:00 UTC the week began on Monday 2024-02-26', async () => {
    const weekly = (await load())[1]!;
    const period = budgetPeriodAt(weekly, new Date('2024-03-03T12:00:00Z'));
    // 2024-01-01 is a Monday; February 2024 has 29 days, so 1 March is a Friday and 26 February a Monday.
    expect(period.budgetWindow.seconds).toBe(6 * DAY + 12 * 3600);
    expect(period.periodSeconds).toBe(7 * DAY);
    expect(period.end).toEqual(new Date('2024-03-04T00:00:00Z'));
  });
});

async function failure(file: string): Promise<UsageError> {
  try {
    await loadConfig(file);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected ${file} to be refused`);
}

const REFUSED: [string, { fixture: string; line: number; column: number; parts: string[]; fix: string }][] = [
  [
    'a time zone other than UTC',
    {
      fixture: 'bad/openslo-calendar-time-zone.yaml',
      line: 14,
      column: 19,
      parts: [
        'spec.timeWindow[0].calendar.timeZone: time zone America/New_York is not supported',
        'one month (from the 1st) or one week (from Monday), each from 00:00 UTC',
      ],
      fix: 'write timeZone: UTC',
    },
  ],
  [
    'a month that starts mid-month at noon',
    {
      fixture: 'bad/openslo-calendar-start.yaml',
      line: 13,
      column: 20,
      parts: [
        'spec.timeWindow[0].calendar.startTime: a calendar month starting at 2022-01-15 12:00:00 is not supported',
        'starts on the 1st at 00:00 UTC',
      ],
      fix: 'write startTime: 2022-01-01 00:00:00',
    },
  ],
  [
    'a week that starts on a Saturday (2022-01-01)',
    {
      fixture: 'bad/openslo-calendar-week-start.yaml',
      line: 12,
      column: 20,
      parts: [
        'a calendar week starting at 2022-01-01 00:00:00 is not supported',
        'starts on Monday at 00:00 UTC',
      ],
      // The Monday before Saturday 1 January 2022.
      fix: 'write startTime: 2021-12-27 00:00:00',
    },
  ],
  [
    'a calendar quarter',
    {
      fixture: 'bad/openslo-calendar-quarter.yaml',
      line: 14,
      column: 13,
      parts: ['spec.timeWindows[0].unit: a calendar-aligned window of 1 Quarter is not supported'],
      fix: 'one month or one week',
    },
  ],
  [
    'isRolling: true with a calendar',
    {
      fixture: 'bad/openslo-calendar-rolling.yaml',
      line: 11,
      column: 18,
      parts: ['spec.timeWindow[0] has isRolling: true and a calendar'],
      fix: 'write isRolling: false',
    },
  ],
  [
    'a time zone that is not in the IANA database',
    {
      fixture: 'bad/openslo-calendar-zone-name.yaml',
      line: 11,
      column: 61,
      parts: [
        'spec.timeWindow[0].calendar.timeZone "Mars/Olympus_Mons" is not a time zone of the IANA database',
      ],
      fix: 'write timeZone: UTC',
    },
  ],
  [
    'isRolling: false with no calendar',
    {
      fixture: 'bad/openslo-calendar-no-calendar.yaml',
      line: 15,
      column: 18,
      parts: ['spec.timeWindows[0] has isRolling: false but no calendar'],
      fix: 'add calendar: { startTime: 2022-01-01 00:00:00, timeZone: UTC }',
    },
  ],
];

describe('calendar windows slo-gate cannot hold: one line at file:line:column saying what can', () => {
  test.each(REFUSED)('%s', async (_name, expected) => {
    const error = await failure(fixture(expected.fixture));
    expect({ file: error.file, line: error.line, column: error.column }).toEqual({
      file: fixture(expected.fixture),
      line: expected.line,
      column: expected.column,
    });
    for (const part of expected.parts) expect(error.message).toContain(part);
    expect(error.message).not.toContain('\n');
    expect(error.fix).toContain(expected.fix);
  });
});
