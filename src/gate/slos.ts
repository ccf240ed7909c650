/**
 * Evaluates every SLO at one pinned time: fires the window queries (the client bounds
 * concurrency), hands the measurements to the pure evaluation, and gathers attribution hints.
 */
import { attributionQueryFor, type WindowQueries } from '../config/sli.js';
import { unreachable } from '../errors.js';
import { attributionHint } from '../hints/attribution.js';
import type { Hint, MeasurableSlo, SloDefinition, SloResult, Verdict } from '../model/index.js';
import { PrometheusError, type PrometheusClient, type QueryAnswer } from '../prometheus/client.js';
import { budgetPeriodAt } from '../slo/calendar.js';
import { formatIsoDuration } from '../slo/duration.js';
import { evaluateSlo, type WindowMeasurement } from '../slo/evaluate.js';
import { windowsToMeasure } from '../slo/windows.js';
import { displayedQuery, measureEvents, measureRatio } from './measure.js';
import { planMeasurement } from './recorded.js';
import { measurableSli } from './resolve-sli.js';

export interface SloOutcome {
  /** The SLO as measured (its SLI resolved); undefined when Prometheus failed before it could be. */
  measured?: MeasurableSlo;
  result: SloResult;
  /** What this SLO contributes to the verdict. */
  action: Verdict;
  hints: Hint[];
}

export interface EvaluateOptions {
  client: PrometheusClient;
  at: Date;
  log: (message: string) => void;
}

export async function evaluateSlos(slos: SloDefinition[], options: EvaluateOptions): Promise<SloOutcome[]> {
  return Promise.all(slos.map((slo) => evaluateOne(slo, options)));
}

async function evaluateOne(definition: SloDefinition, options: EvaluateOptions): Promise<SloOutcome> {
  // A calendar period so far is as long as --at is past its start: its range is chosen per run.
  const period = budgetPeriodAt(definition, options.at);
  const periodEnd = period.end ? { periodEnd: period.end.toISOString().replace(/\.000Z$/, 'Z') } : {};
  let slo: MeasurableSlo;
  try {
    slo = { ...definition, sli: await measurableSli(definition, options.client, options.at) };
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    return prometheusFailure(definition, error, [], new Set(), periodEnd, options);
  }
  const measured = windowsToMeasure(slo, period.budgetWindow);
  const { windows, notes } = await planMeasurement(slo, measured, period, options);
  const queries = windows.map((w) => ({ window: w.window, promql: displayedQuery(w) }));
  const warnings = new Set<string>();

  let measurements: WindowMeasurement[];
  try {
    measurements = await Promise.all(windows.map((w) => measureWindow(w, options, warnings)));
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    return { measured: slo, ...prometheusFailure(slo, error, queries, warnings, periodEnd, options) };
  }

  const evaluation = evaluateSlo(slo, measurements, period);
  const hints: Hint[] = [];
  if (evaluation.attributionWindow) {
    const { window } = evaluation.attributionWindow;
    const range = measured.find((w) => w.window === window)?.range ?? window;
    const hint = await attribute(slo, range, options, warnings);
    if (hint) hints.push(hint);
  }
  return {
    measured: slo,
    action: evaluation.action,
    hints,
    result: withWarnings(
      {
        name: slo.name,
        objective: slo.objective,
        window: slo.window,
        status: evaluation.status,
        errorBudgetRemaining: evaluation.errorBudgetRemaining,
        burnRates: evaluation.burnRates,
        exhaustsIn:
          evaluation.exhaustsInSeconds === null ? null : formatIsoDuration(evaluation.exhaustsInSeconds),
        ...periodEnd,
        reasons: [...evaluation.reasons, ...evaluation.notJudged, ...notes],
        queries,
      },
      warnings,
    ),
  };
}

/** The outcome of an SLO Prometheus could not answer for: onPrometheusError decides. */
function prometheusFailure(
  slo: SloDefinition,
  error: PrometheusError,
  queries: SloResult['queries'],
  warnings: Set<string>,
  periodEnd: { periodEnd?: string },
  options: EvaluateOptions,
): SloOutcome {
  const action = slo.policy.onPrometheusError;
  options.log(`SLO ${slo.name}: ${error.message}`);
  return {
    action,
    hints: [],
    result: withWarnings(
      {
        name: slo.name,
        objective: slo.objective,
        window: slo.window,
        status: 'error',
        errorBudgetRemaining: null,
        burnRates: {},
        exhaustsIn: null,
        ...periodEnd,
        reasons: [`${error.message}; onPrometheusError: ${action}`],
        queries,
      },
      warnings,
    ),
  };
}

async function measureWindow(
  queries: WindowQueries,
  options: EvaluateOptions,
  warnings: Set<string>,
): Promise<WindowMeasurement> {
  const ask = async (promql: string, role: string): Promise<QueryAnswer> => {
    const answer = await options.client.query(promql, options.at);
    answer.warnings.forEach((w) => warnings.add(w));
    if (answer.samples.length > 1) {
      warnings.add(
        `${role} over ${queries.window} returned ${answer.samples.length} series; slo-gate summed them — aggregate the query with sum(...)`,
      );
    }
    return answer;
  };
  switch (queries.kind) {
    case 'events': {
      const [errors, total] = await Promise.all([
        ask(queries.errorQuery, 'errorQuery'),
        ask(queries.totalQuery, 'totalQuery'),
      ]);
      return measureEvents(queries, errors, total);
    }
    case 'ratio':
      return measureRatio(queries, await ask(queries.errorRatioQuery, 'errorRatioQuery'));
    default:
      return unreachable(queries);
  }
}

/** The error breakdown by the SLO's attribution labels; a failure here never changes the verdict. */
async function attribute(
  slo: MeasurableSlo,
  window: string,
  options: EvaluateOptions,
  warnings: Set<string>,
): Promise<Hint | undefined> {
  const breakdown = attributionQueryFor(slo.sli, window);
  if (!breakdown) return undefined;
  try {
    const answer = await options.client.query(breakdown.promql, options.at);
    answer.warnings.forEach((w) => warnings.add(w));
    return attributionHint(slo.name, window, breakdown.labels, answer.samples);
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    options.log(`SLO ${slo.name}: error attribution skipped: ${error.message}`);
    return undefined;
  }
}

function withWarnings(result: SloResult, warnings: Set<string>): SloResult {
  return warnings.size > 0 ? { ...result, warnings: [...warnings] } : result;
}
