/**
 * When the current burn began: the short-window burn rate of the firing alert over the last hours
 * (one range query per SLI query), walked back from the check time to the first step of the run
 * that stays above the alert's factor until now. Feeds releaseCorrelation (src/hints/release.ts).
 *
 * The short window's rate lags the true start by up to its length (a 5m rate needs a few minutes of
 * errors to exceed the factor), so `began` is when the alert's short window crossed, to the step.
 */
import type { LiveState } from '../cluster/types.js';
import { queriesFor } from '../config/sli.js';
import type { GateConfig } from '../config/types.js';
import type { WorkloadRef } from '../hints/live/context.js';
import { type BurnStart, latestRollouts, releaseCorrelation } from '../hints/release.js';
import type { Hint, MeasurableSli, MeasurableSlo, Report, SloDefinition, SloResult } from '../model/index.js';
import type { PrometheusClient } from '../prometheus/client.js';
import { budgetPeriodAt } from '../slo/calendar.js';
import { alertFactor } from '../slo/evaluate.js';
import { clean } from '../slo/format.js';
import { windowsToMeasure } from '../slo/windows.js';
import { ratioSeries } from './history.js';

export interface BurnStartOptions {
  /** How far back to look, in seconds. Default 6 h. */
  lookbackSeconds?: number;
  /** Resolution of the answer, in seconds. Default 60. */
  stepSeconds?: number;
}

export const DEFAULT_LOOKBACK_SECONDS = 6 * 3600;
export const DEFAULT_STEP_SECONDS = 60;

export interface ShortWindow {
  window: string;
  seconds: number;
  factor: number;
}

/**
 * The short window and factor of the most severe burn-rate alert that fires in `result` (the
 * highest factor: the fastest burn), labelled as the report labels its windows; undefined when no
 * alert fires (a block for an exhausted budget alone has no burn to date). `at` is the evaluation
 * time of `result`: a calendar SLO's alert factors follow the length of the period holding it.
 */
export function firingShortWindow(slo: SloDefinition, result: SloResult, at: Date): ShortWindow | undefined {
  const period = budgetPeriodAt(slo, at);
  const labels = new Map(windowsToMeasure(slo, period.budgetWindow).map((w) => [w.seconds, w.window]));
  const burnOf = (seconds: number) => result.burnRates[labels.get(seconds) ?? ''] ?? null;
  let best: ShortWindow | undefined;
  for (const alert of slo.policy.burnRateAlerts) {
    const factor = alertFactor(alert, period.periodSeconds);
    const long = burnOf(alert.longSeconds);
    const short = burnOf(alert.shortSeconds);
    if (long === null || short === null || !(long > factor && short > factor)) continue;
    if (!best || factor > best.factor) {
      best = { window: labels.get(alert.shortSeconds) ?? alert.short, seconds: alert.shortSeconds, factor };
    }
  }
  return best;
}

/**
 * When the burn rate over `short` last rose above its factor and stayed there until `at`; undefined
 * when it is not above the factor at `at`. PrometheusError and range-size errors propagate.
 */
export async function burnStart(
  client: PrometheusClient,
  slo: MeasurableSlo,
  short: ShortWindow,
  at: Date,
  options: BurnStartOptions = {},
): Promise<BurnStart | undefined> {
  const step = options.stepSeconds ?? DEFAULT_STEP_SECONDS;
  const lookback = Math.max(
    step,
    Math.floor((options.lookbackSeconds ?? DEFAULT_LOOKBACK_SECONDS) / step) * step,
  );
  // The grid ends exactly at `at`: the newest point is the check's own evaluation.
  const span = { start: new Date(at.getTime() - lookback * 1000), end: at };
  const ratios = await ratioSeries(client, queriesFor(slo.sli, short), span, step);
  const budget = clean(1 - slo.objective);
  const above = ratios.map(([t, ratio]) => ({
    t,
    above: Number.isFinite(ratio) && clean(ratio / budget) > short.factor,
  }));
  const lastPoint = above[above.length - 1];
  if (!lastPoint?.above) return undefined;
  let first = above.length - 1;
  while (first > 0 && above[first - 1]!.above) first--;
  return {
    slo: slo.name,
    window: short.window,
    factor: short.factor,
    ...(first > 0 ? { began: new Date(above[first]!.t * 1000) } : {}),
    lookbackStart: span.start,
    at,
  };
}

export interface ReleaseCorrelationOptions extends BurnStartOptions {
  report: Report;
  config: GateConfig<MeasurableSli>;
  client: PrometheusClient;
  at: Date;
  state: LiveState;
  /** The release's workloads (bundleWorkloads); empty: every workload read. */
  workloads: WorkloadRef[];
  log?: (message: string) => void;
}

/**
 * A release-correlation hint for every warning or blocking SLO whose burn-rate alert fires. A
 * failed query costs only that SLO's hint (logged); it never changes the verdict.
 */
export async function releaseCorrelationHints(options: ReleaseCorrelationOptions): Promise<Hint[]> {
  const rollouts = latestRollouts(options.state, options.workloads);
  if (rollouts.length === 0) return [];
  const hints = await Promise.all(
    options.report.slos
      .filter((result) => result.status === 'warn' || result.status === 'block')
      .map(async (result): Promise<Hint | undefined> => {
        const slo = options.config.slos.find((s) => s.name === result.name);
        const short = slo && firingShortWindow(slo, result, options.at);
        if (!slo || !short) return undefined;
        try {
          const burn = await burnStart(options.client, slo, short, options.at, options);
          return burn && releaseCorrelation(burn, rollouts);
        } catch (error) {
          // A PrometheusError is already free of secrets.
          options.log?.(`release correlation for SLO ${slo.name} skipped: ${(error as Error).message}`);
          return undefined;
        }
      }),
  );
  return hints.filter((hint): hint is Hint => hint !== undefined);
}
