/**
 * Which query measures each window of an SLO: its recorded series (Sloth or Pyrra recording rules)
 * where they exist, raw queries elsewhere. One probe per SLO with recording rules asks Prometheus
 * which recorded series exist; the choice per window is config/recorded.ts's.
 */
import {
  recordedNames,
  recordedQueriesFor,
  recordedSeriesLabel,
  recordedSeriesProbe,
} from '../config/recorded.js';
import { queriesFor, type WindowQueries } from '../config/sli.js';
import type { Backend } from '../prometheus/backend.js';
import type { MeasurableSlo } from '../model/index.js';
import { PrometheusError, type PrometheusClient } from '../prometheus/client.js';
import type { BudgetPeriod } from '../slo/calendar.js';
import type { MeasuredWindow } from '../slo/windows.js';
import { windowQueriesForBackend } from './backend-form.js';

/** One window's queries, and what the gate must know to send them. */
export interface PlannedWindow {
  queries: WindowQueries;
  /** The window the error budget is spent over: the heaviest query, with its own timeout and cost check. */
  isPeriod: boolean;
  /** Read from recorded series (cheap), not raw counters. */
  recorded: boolean;
}

export interface MeasurementPlan {
  windows: PlannedWindow[];
  /** Windows measured raw although the SLO's source is recording rules: one line for the reasons. */
  notes: string[];
}

export async function planMeasurement(
  slo: MeasurableSlo,
  measured: readonly MeasuredWindow[],
  period: BudgetPeriod,
  options: { client: PrometheusClient; at: Date },
  backend: Backend,
): Promise<MeasurementPlan> {
  const { budgetWindow } = period;
  const isPeriod = (w: MeasuredWindow): boolean =>
    budgetWindow.range ? w.window === budgetWindow.window : !w.range && w.seconds === budgetWindow.seconds;
  // Raw queries in the form the backend answers correctly; recorded series need no rewriting.
  const raw = (w: MeasuredWindow): PlannedWindow => ({
    queries: {
      ...windowQueriesForBackend(
        queriesFor(slo.sli, { window: w.range ?? w.window, seconds: w.seconds }),
        backend,
      ),
      window: w.window,
    },
    isPeriod: isPeriod(w),
    recorded: false,
  });
  const source = slo.recorded;
  if (!source) return { windows: measured.map(raw), notes: [] };

  let names: string[];
  try {
    const answer = await options.client.query(recordedSeriesProbe(source.rules), options.at);
    names = answer.samples.flatMap((sample) => sample.labels.__name__ ?? []);
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    return {
      windows: measured.map(raw),
      notes: [`recorded series not looked up (${error.message}): measured with raw queries`],
    };
  }
  const available = recordedNames(source.rules, names);
  const rawWindows: string[] = [];
  const windows = measured.map((w): PlannedWindow => {
    const recorded = recordedQueriesFor(source, { ...w, isPeriod: isPeriod(w) }, available);
    if (recorded) return { queries: recorded, isPeriod: isPeriod(w), recorded: true };
    rawWindows.push(w.window);
    return raw(w);
  });
  const usedAny = rawWindows.length < measured.length;
  // An imported SLO reads recorded series only where they exist: their absence is no news.
  const notes =
    rawWindows.length > 0 && (!source.detected || usedAny)
      ? [
          `warning: ${recordedSeriesLabel(source.rules)} absent for ${rawWindows.join(', ')}: measured with raw queries`,
        ]
      : [];
  return { windows, notes };
}
