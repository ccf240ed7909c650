import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { UsageError } from '../../src/errors.js';

/*
 * The period keys of an SLO: window (rolling, 1d to 90d) or calendar (month or week, UTC), not
 * both. Each config below is written line by line, so every line and column is counted by hand.
 */
const DAY = 86_400;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-period-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An SLO whose lines 3 and on (after `slos:` and `- name: checkout`) are `periodLines`. */
function configWith(periodLines: string[]): string {
  const file = join(dir, `config-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(
    file,
    [
      'slos:',
      '  - name: checkout',
      ...periodLines,
      '    objective: 99.9',
      '    sli:',
      '      raw: { errorRatioQuery: "sum(rate(errors_total[{{.window}}])) / sum(rate(requests_total[{{.window}}]))" }',
      '',
    ].join('\n'),
  );
  return file;
}

async function refusal(file: string): Promise<UsageError> {
  try {
    await loadConfig(file);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected ${file} to be refused`);
}

describe('window', () => {
  it.each([
    ['1d', DAY],
    ['36h', 36 * 3600],
    ['28d', 28 * DAY],
    ['12w', 84 * DAY],
  ])('accepts %s', async (window, seconds) => {
    const [slo] = (await loadConfig(configWith([`    window: ${window}`]))).slos;
    expect(slo!.window).toBe(window);
    expect(slo!.windowSeconds).toBe(seconds);
    expect(slo!.calendar).toBeUndefined();
  });

  it('accepts 90d, the longest period', async () => {
    const [slo] = (await loadConfig(configWith(['    window: 90d']))).slos;
    expect(slo!.windowSeconds).toBe(90 * DAY);
  });

  it.each(['12h', '23h59m', '91d', '13w', '1y', '30days'])(
    'refuses %s at the value, with the range and a fix',
    async (window) => {
      const file = configWith([`    window: ${window}`]);
      const error = await refusal(file);
      // Line 3, the value after "    window: " at column 13.
      expect(error.message).toBe(
        `${file}:3:13: slos[0].window must be a duration from 1d to 90d such as "28d" or "30d", got ${window}` +
          ' — fix: write e.g. window: 30d (whole weeks: 7d, 28d), or calendar: month for a period aligned to the calendar',
      );
    },
  );
});

describe('calendar', () => {
  it('month: labelled "calendar month", sized 30d, with the 30d default alerts (2 % of the budget in 1h …)', async () => {
    const [slo] = (await loadConfig(configWith(['    calendar: month']))).slos;
    expect(slo).toMatchObject({ window: 'calendar month', windowSeconds: 30 * DAY, calendar: 'month' });
    // The 30d table as published: budget shares, so each month's own length sizes the factors.
    expect(slo!.policy.burnRateAlerts.map((a) => [a.long, a.short, a.budgetConsumed, a.action])).toEqual([
      ['1h', '5m', 0.02, 'block'],
      ['6h', '30m', 0.05, 'block'],
      ['1d', '2h', 0.1, 'warn'],
      ['3d', '6h', 0.1, 'warn'],
    ]);
  });

  it('week: labelled "calendar week", sized 7d, with Sloth\'s 7d table (8 % in 1h, 12.5 % in 6h …)', async () => {
    const [slo] = (await loadConfig(configWith(['    calendar: week']))).slos;
    expect(slo).toMatchObject({ window: 'calendar week', windowSeconds: 7 * DAY, calendar: 'week' });
    expect(slo!.policy.burnRateAlerts.map((a) => a.budgetConsumed)).toEqual([0.08, 0.125, 0.2, 0.42]);
  });

  it('refuses another period name at the value', async () => {
    const file = configWith(['    calendar: quarter']);
    const error = await refusal(file);
    expect(error.message).toBe(
      `${file}:3:15: slos[0].calendar must be month or week, got quarter` +
        ' — fix: write calendar: month (from the 1st, 00:00 UTC) or calendar: week (from Monday, 00:00 UTC)',
    );
  });

  it('refuses window and calendar together, at calendar', async () => {
    const file = configWith(['    window: 30d', '    calendar: month']);
    const error = await refusal(file);
    // Line 4, "month" at column 15.
    expect(error.message).toBe(
      `${file}:4:15: slos[0].calendar cannot be used together with window (30d): an SLO has one period` +
        ' — fix: keep window: for a rolling period or calendar: for a calendar-aligned one, not both',
    );
  });

  it('an alert as long as a week is refused for a calendar week', async () => {
    const file = configWith([
      '    calendar: week',
      '    policy:',
      '      burnRateAlerts: [{ long: 7d, short: 6h, factor: 1, action: warn }]',
    ]);
    const error = await refusal(file);
    expect(error.message).toContain(
      'slos[0].policy.burnRateAlerts[0].long 7d is not shorter than the calendar week period of SLO "checkout"',
    );
  });
});
