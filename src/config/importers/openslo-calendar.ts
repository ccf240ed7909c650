/**
 * OpenSLO calendar-aligned time windows mapped onto slo-gate's calendar periods: one month from
 * the 1st, or one week from Monday, each from 00:00 UTC. A window slo-gate's calendar cannot hold
 * (another length, a time zone other than UTC, a start off a period boundary) is refused at the
 * key that says so, with what it can hold. Pure.
 */
import { z } from 'zod';
import type { CalendarPeriod, Path } from '../../model/index.js';
import { calendarBoundsAt } from '../../slo/calendar.js';
import { expect, pathLabel } from '../issues.js';
import { errorAt, type DocumentContext } from '../resolve.js';
import { unsupported } from './common.js';

const text = (what: string, fix: string) => z.string(expect(what, fix)).min(1, expect(what, fix));

/** OpenSLO's `calendar:` of a time window, the same in v1alpha and v1. */
export const calendarSchema = z.looseObject(
  {
    startTime: text(
      'a date and time such as 2022-01-01 00:00:00',
      'write startTime: 2022-01-01 00:00:00 (the start of one period, without a time zone)',
    ),
    timeZone: text('an IANA time zone such as UTC', 'write timeZone: UTC'),
  },
  expect(
    'a mapping with startTime and timeZone',
    'write calendar: { startTime: 2022-01-01 00:00:00, timeZone: UTC }',
  ),
);

export type OpensloCalendar = z.infer<typeof calendarSchema>;

/** A time window's length as slo-gate reads it: a count of one unit. */
export interface WindowLength {
  count: number;
  unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';
  /** As written, for messages: "1M" (v1), "1 Month" (v1alpha). */
  written: string;
  /** Where the length is written: duration (v1) or unit (v1alpha). */
  path: Path;
}

/** A time window as written, before it is known to be rolling or calendar-aligned. */
export interface WrittenWindow {
  /** The path of the time window in the document. */
  path: Path;
  isRolling?: boolean | undefined;
  calendar?: OpensloCalendar | undefined;
}

export interface CalendarWindow {
  path: Path;
  length: WindowLength;
  calendar: OpensloCalendar;
}

const SUPPORTED =
  "slo-gate's calendar periods are one month (from the 1st) or one week (from Monday), each from 00:00 UTC";

/**
 * The window's calendar when it is calendar-aligned, undefined when it is rolling; a contradiction
 * between isRolling and calendar is an error.
 */
export function windowCalendar(context: DocumentContext, window: WrittenWindow): OpensloCalendar | undefined {
  const { path, isRolling, calendar } = window;
  if (calendar !== undefined && isRolling === true) {
    throw errorAt(
      context,
      [...path, 'isRolling'],
      `${pathLabel(path)} has isRolling: true and a calendar: a time window is rolling or calendar-aligned, not both`,
      'write isRolling: false for the calendar-aligned window, or remove calendar: for a rolling one',
    );
  }
  if (calendar === undefined && isRolling === false) {
    throw errorAt(
      context,
      [...path, 'isRolling'],
      `${pathLabel(path)} has isRolling: false but no calendar: a calendar-aligned window needs its start and time zone`,
      'add calendar: { startTime: 2022-01-01 00:00:00, timeZone: UTC }, or write isRolling: true',
    );
  }
  // OpenSLO: isRolling "if omitted assumed false if calendar: is present".
  return calendar;
}

/** The slo-gate calendar period of an OpenSLO calendar-aligned window, or an error saying what can map. */
export function calendarPeriodOf(context: DocumentContext, window: CalendarWindow): CalendarPeriod {
  const { path, length, calendar } = window;
  const period = periodOfLength(length);
  if (!period) {
    throw unsupported(
      context,
      length.path,
      `a calendar-aligned window of ${length.written}`,
      SUPPORTED,
      'write a calendar window of one month or one week, or a rolling window',
    );
  }
  checkUtc(context, [...path, 'calendar', 'timeZone'], calendar.timeZone);
  checkStart(context, [...path, 'calendar', 'startTime'], calendar.startTime, period);
  return period;
}

function periodOfLength({ count, unit }: WindowLength): CalendarPeriod | undefined {
  if (count === 1 && unit === 'month') return 'month';
  if ((count === 1 && unit === 'week') || (count === 7 && unit === 'day')) return 'week';
  return undefined;
}

/** Intl names every alias of UTC (Etc/UTC, GMT, Zulu, …) as "UTC", and refuses what is no time zone. */
function checkUtc(context: DocumentContext, path: Path, timeZone: string): void {
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  } catch {
    throw errorAt(
      context,
      path,
      `${pathLabel(path)} "${timeZone}" is not a time zone of the IANA database`,
      'write timeZone: UTC',
    );
  }
  if (canonical === 'UTC') return;
  throw unsupported(
    context,
    path,
    `time zone ${timeZone}`,
    `${SUPPORTED}; a time zone's offset and daylight-saving changes would move every period boundary`,
    'write timeZone: UTC (a period then starts at 00:00 UTC), or a rolling window',
  );
}

const START_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

function checkStart(context: DocumentContext, path: Path, startTime: string, period: CalendarPeriod): void {
  const start = parseStartTime(startTime);
  if (!start) {
    throw errorAt(
      context,
      path,
      `${pathLabel(path)} must be a date and time such as 2022-01-01 00:00:00, got ${startTime}`,
      'write startTime: 2022-01-01 00:00:00 (24-hour time, without a time zone)',
    );
  }
  const aligned = calendarBoundsAt(period, start).start;
  if (aligned.getTime() === start.getTime()) return;
  throw unsupported(
    context,
    path,
    `a calendar ${period} starting at ${startTime}`,
    period === 'month'
      ? "slo-gate's calendar month starts on the 1st at 00:00 UTC"
      : "slo-gate's calendar week starts on Monday at 00:00 UTC",
    `write startTime: ${formatStartTime(aligned)} (the start of the ${period} holding ${startTime})`,
  );
}

/** "2022-01-01 12:00:00" as that wall-clock time in UTC; undefined when it is no real date and time. */
function parseStartTime(startTime: string): Date | undefined {
  const match = START_TIME.exec(startTime);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 2022-02-30 over into March: a date that does not read back is not a real one.
  return formatStartTime(date) === `${match[1]}-${match[2]}-${match[3]} ${match[4]}:${match[5]}:${match[6]}`
    ? date
    : undefined;
}

function formatStartTime(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}
