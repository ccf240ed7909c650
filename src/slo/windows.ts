/** Which windows an SLO's error ratio is measured over. Pure. */

import type { SloDefinition } from '../model/index.js';
import type { BudgetWindow } from './calendar.js';
import { parseDuration } from './duration.js';

/** Windows every SLO is measured over: the default alerts' windows, so the report shows a trend. */
export const STANDARD_WINDOWS: readonly string[] = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'];

export interface MeasuredWindow {
  window: string;
  seconds: number;
  /** The PromQL duration to measure over, when `window` is a label ("calendar month") rather than one. */
  range?: string;
}

/**
 * Standard windows ∪ every alert's long/short window ∪ the maxBurnRate window ∪ the SLO period;
 * deduplicated by seconds, ascending; the period labelled as slo.window.
 *
 * Windows are compared by length, not by text: an alert written with "60m" reuses the "1h"
 * measurement instead of asking Prometheus twice for the same number.
 *
 * A calendar period so far (`budgetWindow` with a range) is measured on its own, after any window of
 * the same length, so that window keeps its own label in the report; an empty one is not measured.
 */
export function windowsToMeasure(
  slo: Pick<SloDefinition, 'window' | 'windowSeconds' | 'policy'>,
  budgetWindow: BudgetWindow = { window: slo.window, seconds: slo.windowSeconds },
): MeasuredWindow[] {
  const bySeconds = new Map<number, string>();
  const add = (window: string, seconds: number): void => {
    if (!bySeconds.has(seconds)) bySeconds.set(seconds, window);
  };
  // The period goes first so its label wins over a standard window of the same length.
  if (!budgetWindow.range) add(budgetWindow.window, budgetWindow.seconds);
  for (const window of STANDARD_WINDOWS) add(window, parseDuration(window)!);
  for (const alert of slo.policy.burnRateAlerts) {
    add(alert.long, alert.longSeconds);
    add(alert.short, alert.shortSeconds);
  }
  const max = slo.policy.maxBurnRate;
  if (max) add(max.window, max.windowSeconds);
  const windows: MeasuredWindow[] = [...bySeconds].map(([seconds, window]) => ({ window, seconds }));
  if (budgetWindow.range && budgetWindow.seconds > 0) windows.push({ ...budgetWindow });
  // A stable sort: the period so far stays after a window of the same length.
  return windows.sort((a, b) => a.seconds - b.seconds);
}
