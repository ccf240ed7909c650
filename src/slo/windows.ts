/** Which windows an SLO's error ratio is measured over. Pure. */

import type { SloDefinition } from '../model/index.js';
import { parseDuration } from './duration.js';

/** Windows every SLO is measured over: the default alerts' windows, so the report shows a trend. */
export const STANDARD_WINDOWS: readonly string[] = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'];

export interface MeasuredWindow {
  window: string;
  seconds: number;
}

/**
 * Standard windows ∪ every alert's long/short window ∪ the maxBurnRate window ∪ the SLO period;
 * deduplicated by seconds, ascending; the period labelled as slo.window.
 *
 * Windows are compared by length, not by text: an alert written with "60m" reuses the "1h"
 * measurement instead of asking Prometheus twice for the same number.
 */
export function windowsToMeasure(
  slo: Pick<SloDefinition, 'window' | 'windowSeconds' | 'policy'>,
): MeasuredWindow[] {
  const bySeconds = new Map<number, string>();
  const add = (window: string, seconds: number): void => {
    if (!bySeconds.has(seconds)) bySeconds.set(seconds, window);
  };
  // The period goes first so its label wins over a standard window of the same length.
  add(slo.window, slo.windowSeconds);
  for (const window of STANDARD_WINDOWS) add(window, parseDuration(window)!);
  for (const alert of slo.policy.burnRateAlerts) {
    add(alert.long, alert.longSeconds);
    add(alert.short, alert.shortSeconds);
  }
  const max = slo.policy.maxBurnRate;
  if (max) add(max.window, max.windowSeconds);
  return [...bySeconds]
    .map(([seconds, window]) => ({ window, seconds }))
    .sort((a, b) => a.seconds - b.seconds);
}
