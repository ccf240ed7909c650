/**
 * Calendar-aligned SLO periods: the UTC month or ISO week (Monday first) that holds an evaluation
 * time, and the budget period an SLO spends at that time. Pure.
 *
 * Periods are UTC only: a time zone would move every boundary with its daylight-saving rules, and
 * Prometheus itself keeps time in UTC.
 */
import type { CalendarPeriod, SloDefinition } from '../model/index.js';
import { formatDuration } from './duration.js';

const DAY_MS = 86_400_000;

/** What a calendar SLO's default alerts and load-time checks are sized by: the 30d and 7d tables. */
export const CALENDAR_NOMINAL_SECONDS: Record<CalendarPeriod, number> = {
  month: 30 * 86_400,
  week: 7 * 86_400,
};

/** The report's `window` of a calendar SLO: "calendar month", "calendar week". */
export function calendarWindowLabel(period: CalendarPeriod): string {
  return `calendar ${period}`;
}

/**
 * The period holding `at`, as [start, end): a time exactly on a boundary opens the new period. A
 * month starts on the 1st at 00:00 UTC, a week on Monday at 00:00 UTC.
 */
export function calendarBoundsAt(period: CalendarPeriod, at: Date): { start: Date; end: Date } {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  if (period === 'month') {
    // Date.UTC rolls month 12 over into January of the next year.
    return { start: new Date(Date.UTC(year, month, 1)), end: new Date(Date.UTC(year, month + 1, 1)) };
  }
  const midnight = Date.UTC(year, month, at.getUTCDate());
  // getUTCDay: Sunday 0 … Saturday 6; days since Monday: Monday 0 … Sunday 6.
  const sinceMonday = (at.getUTCDay() + 6) % 7;
  const start = midnight - sinceMonday * DAY_MS;
  return { start: new Date(start), end: new Date(start + 7 * DAY_MS) };
}

/** A window the error ratio is measured over; `range` is its PromQL duration when `window` is a label. */
export interface BudgetWindow {
  window: string;
  seconds: number;
  range?: string;
}

/** The budget an SLO spends at one evaluation time. */
export interface BudgetPeriod {
  /**
   * The window whose error ratio spends the budget: the rolling window itself, or the calendar
   * period so far, labelled "calendar month" and measured over a range of (at − start) seconds.
   */
  budgetWindow: BudgetWindow;
  /** The whole period's length: a burn rate of 1x spends the budget over exactly this long. */
  periodSeconds: number;
  /** When a calendar period ends and its budget resets. */
  end?: Date;
}

type PeriodOf = Pick<SloDefinition, 'window' | 'windowSeconds' | 'calendar'>;

export function budgetPeriodAt(slo: PeriodOf, at: Date): BudgetPeriod {
  if (!slo.calendar) return rollingPeriod(slo);
  const { start, end } = calendarBoundsAt(slo.calendar, at);
  // Whole seconds: a PromQL range of the period so far, never reaching before its start.
  const elapsed = Math.floor((at.getTime() - start.getTime()) / 1000);
  return {
    budgetWindow: { window: slo.window, seconds: elapsed, range: formatDuration(elapsed) },
    periodSeconds: (end.getTime() - start.getTime()) / 1000,
    end,
  };
}

/** The rolling period of an SLO: the window it is written with, at any time. */
export function rollingPeriod(slo: Pick<SloDefinition, 'window' | 'windowSeconds'>): BudgetPeriod {
  return {
    budgetWindow: { window: slo.window, seconds: slo.windowSeconds },
    periodSeconds: slo.windowSeconds,
  };
}
