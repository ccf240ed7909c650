/**
 * The recent past of each warning or blocking SLO, for the job summary's charts, from range queries:
 * its 1h burn rate over the last day at a 5-minute step (fine enough that a 45-minute burn is a
 * dozen points, not one), and its remaining error budget over the last SLO period. Each span starts
 * and ends on a multiple of its step (query-frontend caches); the check's own numbers close the
 * lines. A chart never changes the verdict, so a failed query is logged and that SLO's history left out.
 */
import { queriesFor, type WindowQueries } from '../config/sli.js';
import type { GateConfig } from '../config/types.js';
import { unreachable } from '../errors.js';
import type { MeasurableSli, MeasurableSlo, Report, SloHistory, SloResult } from '../model/index.js';
import type { PrometheusClient, RangeAnswer } from '../prometheus/client.js';
import { budgetPeriodAt } from '../slo/calendar.js';
import { alertFactor } from '../slo/evaluate.js';
import { clean } from '../slo/format.js';
import { windowsToMeasure } from '../slo/windows.js';
import { alignSpanToStep } from './align.js';
import { queryForBackend } from './backend-form.js';

export interface HistoryOptions {
  /** How far back the burn-rate chart goes, in hours. Default 24. */
  burnHours?: number;
  log?: (message: string) => void;
}

/** The burn rate's step: 5 minutes, the shortest window the gate alerts on. */
export const BURN_STEP_SECONDS = 300;
/** Points of the budget series (one per step over the SLO period): enough for a chart, cheap for Prometheus. */
export const MAX_HISTORY_POINTS = 200;
/** Each budget point reads the whole period (30 days of samples): never more often than hourly. */
export const MIN_BUDGET_STEP_SECONDS = 3600;
const BURN_WINDOW = { window: '1h', seconds: 3600 };
const DAY_SECONDS = 86_400;
/** Steps that line up with clock minutes, hours and days; beyond a day, whole days. */
const NICE_STEPS = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, DAY_SECONDS];

/**
 * The smallest "nice" step of at least `minStep` seconds that gives a span at most `maxPoints` points
 * (points = floor(span / step) + 1, as Prometheus counts them).
 */
export function chooseStep(spanSeconds: number, maxPoints: number, minStep = 60): number {
  const needed = Math.max(minStep, spanSeconds / Math.max(1, maxPoints - 1));
  const nice = NICE_STEPS.find((step) => step >= needed);
  return nice ?? Math.ceil(needed / DAY_SECONDS) * DAY_SECONDS;
}

export async function sloHistories(
  report: Report,
  config: GateConfig<MeasurableSli>,
  client: PrometheusClient,
  at: Date,
  options: HistoryOptions = {},
): Promise<SloHistory[]> {
  const burnHours = options.burnHours ?? 24;
  if (!Number.isFinite(burnHours) || burnHours <= 0)
    throw new Error(`sloHistories: burnHours must be positive, not ${burnHours}`);
  const log = options.log ?? (() => undefined);

  const wanted = report.slos.filter((slo) => slo.status === 'warn' || slo.status === 'block');
  const histories = await Promise.all(
    wanted.map(async (result): Promise<SloHistory | undefined> => {
      const definition = config.slos.find((slo) => slo.name === result.name);
      if (!definition) {
        log(`charts for SLO ${result.name} left out: it is not in ${config.file}`);
        return undefined;
      }
      try {
        return await historyOf(definition, result, client, at, burnHours * 3600);
      } catch (error) {
        // A PrometheusError (already free of secrets) or anything else here only costs the chart.
        const reason = error instanceof Error ? error.message : String(error);
        log(`charts for SLO ${result.name} left out: ${reason}`);
        return undefined;
      }
    }),
  );
  return histories.filter((history): history is SloHistory => history !== undefined);
}

async function historyOf(
  slo: MeasurableSlo,
  result: SloResult,
  client: PrometheusClient,
  at: Date,
  burnSpanSeconds: number,
): Promise<SloHistory> {
  const stepSeconds = BURN_STEP_SECONDS;
  // Both spans on multiples of their step, so a query-frontend's results cache can answer them.
  const burnSpan = alignSpanToStep(
    { start: new Date(at.getTime() - burnSpanSeconds * 1000), end: at },
    stepSeconds,
  );
  // The budget over the SLO period before `at`: the period shows how the budget was spent.
  const budgetStepSeconds = chooseStep(slo.windowSeconds, MAX_HISTORY_POINTS, MIN_BUDGET_STEP_SECONDS);
  const budgetSpan = alignSpanToStep(
    { start: new Date(at.getTime() - slo.windowSeconds * 1000), end: at },
    budgetStepSeconds,
  );
  const budget = 1 - slo.objective;
  // A calendar period so far has a different length at every step: no one range query draws it.
  const [burnRatios, periodRatios] = await Promise.all([
    ratioSeries(client, queriesFor(slo.sli, BURN_WINDOW), burnSpan, stepSeconds),
    slo.calendar
      ? []
      : ratioSeries(
          client,
          queriesFor(slo.sli, { window: slo.window, seconds: slo.windowSeconds }),
          budgetSpan,
          budgetStepSeconds,
        ),
  ]);
  const period = budgetPeriodAt(slo, at);
  const thresholds = slo.policy.burnRateAlerts
    .filter((alert) => alert.longSeconds === BURN_WINDOW.seconds)
    .map((alert) => alertFactor(alert, period.periodSeconds));
  // The report labels its windows as measured ("1h"); the check's 1h burn is under that label.
  const burnLabel = windowsToMeasure(slo, period.budgetWindow).find(
    (w) => w.seconds === BURN_WINDOW.seconds,
  )?.window;
  return {
    slo: slo.name,
    burnRate: throughCheck(
      burnRatios.map(([t, ratio]) => [t, clean(ratio / budget)]),
      at,
      burnLabel === undefined ? undefined : result.burnRates[burnLabel],
    ),
    // A calendar SLO has no period series (above): the check's number alone draws no line.
    budgetRemaining: throughCheck(
      periodRatios.map(([t, ratio]) => [t, clean(1 - ratio / budget)]),
      at,
      result.errorBudgetRemaining,
    ),
    stepSeconds,
    budgetStepSeconds,
    window: slo.window,
    ...(thresholds.length > 0 ? { burnRateThreshold: Math.min(...thresholds) } : {}),
  };
}

/**
 * An aligned grid ends up to a step before the check: the check's own number (measured already, no
 * query) closes the line, so a chart ends at what the report says. Without one (not measured, no
 * traffic) the line ends with the grid.
 */
function throughCheck(
  points: [number, number][],
  at: Date,
  value: number | null | undefined,
): [number, number][] {
  const t = at.getTime() / 1000;
  const last = points[points.length - 1];
  if (typeof value !== 'number' || !last || last[0] >= t) return points;
  return [...points, [t, value]];
}

/**
 * The error ratio at every step of the span: [unix seconds, ratio], NaN where there was no traffic.
 * An events SLI queries errors and totals apart, like the gate itself: a healthy service often has no
 * error series at all, and `(errors) / (total)` would then have no points.
 */
export async function ratioSeries(
  client: PrometheusClient,
  queries: WindowQueries,
  span: { start: Date; end: Date },
  stepSeconds: number,
): Promise<[number, number][]> {
  const grid = gridOf(span, stepSeconds);
  // Charts and burn starts ask in the backend's form too (increase() on VictoriaMetrics).
  const backend = await client.backend();
  const range = (promql: string) =>
    client.queryRange(queryForBackend(promql, backend), span.start, span.end, stepSeconds);
  switch (queries.kind) {
    case 'events': {
      const [errorAnswer, totalAnswer] = await Promise.all([
        range(queries.errorQuery),
        range(queries.totalQuery),
      ]);
      const errors = sumsByTime(errorAnswer);
      const totals = sumsByTime(totalAnswer);
      return grid.map((t) => {
        const total = totals.get(timeKey(t));
        const error = errors.get(timeKey(t)) ?? 0;
        const hasTraffic = total !== undefined && Number.isFinite(total) && total > 0;
        return [t, hasTraffic && Number.isFinite(error) ? error / total : NaN];
      });
    }
    case 'ratio': {
      const ratios = sumsByTime(await range(queries.errorRatioQuery));
      return grid.map((t) => [t, finiteOrNaN(ratios.get(timeKey(t)))]);
    }
    default:
      return unreachable(queries);
  }
}

/** The times Prometheus evaluates a range query at: start, start + step, ... up to end (unix seconds). */
function gridOf(span: { start: Date; end: Date }, stepSeconds: number): number[] {
  const start = span.start.getTime() / 1000;
  const count = Math.floor((span.end.getTime() / 1000 - start) / stepSeconds) + 1;
  return Array.from({ length: count }, (_, k) => start + k * stepSeconds);
}

/** Several series (an SLI query that keeps labels) are summed, as the gate sums an instant answer. */
function sumsByTime(answer: RangeAnswer): Map<number, number> {
  const sums = new Map<number, number>();
  for (const series of answer.series) {
    for (const [t, value] of series.points) sums.set(timeKey(t), (sums.get(timeKey(t)) ?? 0) + value);
  }
  return sums;
}

/** Times compared in whole milliseconds: the grid's sums and Prometheus's decimals may differ in the last bit. */
function timeKey(unixSeconds: number): number {
  return Math.round(unixSeconds * 1000);
}

function finiteOrNaN(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? value : NaN;
}
