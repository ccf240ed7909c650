/**
 * The period keys of an SLO: `window:` (a rolling period of 1d to 90d) or `calendar:` (month or
 * week, UTC), never both; and the fields they resolve to. Schemas carry their wording (issues.ts).
 */
import { z } from 'zod';
import { UsageError } from '../errors.js';
import type { CalendarPeriod, Path } from '../model/index.js';
import { CALENDAR_NOMINAL_SECONDS, calendarWindowLabel } from '../slo/calendar.js';
import { parseDuration } from '../slo/duration.js';
import { expect, pathLabel } from './issues.js';
import type { DocumentContext } from './resolve.js';
import { positionOf } from './yaml-source.js';

const DAY = 86_400;
export const MIN_WINDOW_SECONDS = DAY;
export const MAX_WINDOW_SECONDS = 90 * DAY;

/**
 * A rolling SLO period. Below a day the default alerts have nothing left to compare (their long
 * windows reach 1d and 3d); beyond 90 days Prometheus rarely keeps the history to measure it.
 */
export function sloWindow() {
  const wording = expect(
    'a duration from 1d to 90d such as "28d" or "30d"',
    'write e.g. window: 30d (whole weeks: 7d, 28d), or calendar: month for a period aligned to the calendar',
  );
  return z.string(wording).refine((text) => {
    const seconds = parseDuration(text);
    return seconds !== undefined && seconds >= MIN_WINDOW_SECONDS && seconds <= MAX_WINDOW_SECONDS;
  }, wording);
}

export const CALENDAR_PERIODS: readonly CalendarPeriod[] = ['month', 'week'];

export function calendarPeriod() {
  return z.enum(
    CALENDAR_PERIODS,
    expect(
      'month or week',
      'write calendar: month (from the 1st, 00:00 UTC) or calendar: week (from Monday, 00:00 UTC)',
    ),
  );
}

/**
 * `window` and `calendar` are two ways to write the one period of an SLO: both is a mistake,
 * reported at `calendar`.
 */
export function checkOnePeriod(
  context: DocumentContext,
  sloPath: Path,
  slo: { window?: string; calendar?: CalendarPeriod },
): void {
  if (slo.window === undefined || slo.calendar === undefined) return;
  const path = [...sloPath, 'calendar'];
  const { line, column } = positionOf(context.source, context.document, path);
  throw new UsageError(
    `${pathLabel(path)} cannot be used together with window (${slo.window}): an SLO has one period`,
    {
      file: context.source.file,
      line,
      column,
      fix: 'keep window: for a rolling period or calendar: for a calendar-aligned one, not both',
    },
  );
}

/** The period fields of an SloDefinition from a window as written, or a calendar period. */
export function periodFields(
  window: string,
  calendar: CalendarPeriod | undefined,
): { window: string; windowSeconds: number; calendar?: CalendarPeriod } {
  if (calendar) {
    return {
      window: calendarWindowLabel(calendar),
      windowSeconds: CALENDAR_NOMINAL_SECONDS[calendar],
      calendar,
    };
  }
  const windowSeconds = parseDuration(window);
  // Unreachable after schema validation; a clear error beats NaN travelling on.
  if (windowSeconds === undefined) throw new Error(`not a duration after validation: ${window}`);
  return { window, windowSeconds };
}
