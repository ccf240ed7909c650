/**
 * Evaluates every SLO at one pinned time: fires the window queries (the client bounds
 * concurrency), hands the measurements to the pure evaluation, and gathers attribution hints.
 */
import { attributionQueryFor, type WindowQueries } from '../config/sli.js';
import { unreachable } from '../errors.js';
import { attributionHint } from '../hints/attribution.js';
import type {
  Hint,
  MeasurableSlo,
  SloDefinition,
  SloResult,
  SloStatus,
  SlowQuery,
  Verdict,
} from '../model/index.js';
import type { Backend } from '../prometheus/backend.js';
import { PrometheusError, type PrometheusClient, type QueryAnswer } from '../prometheus/client.js';
import { budgetPeriodAt, type BudgetPeriod } from '../slo/calendar.js';
import { formatIsoDuration } from '../slo/duration.js';
import { combineVerdict, evaluateSlo, type SloEvaluation, type WindowMeasurement } from '../slo/evaluate.js';
import { windowsToMeasure } from '../slo/windows.js';
import { dialectProblem, queryForBackend } from './backend-form.js';
import { displayedQuery, measureEvents, measureRatio } from './measure.js';
import { periodCostProblem } from './cost.js';
import { planMeasurement, type PlannedWindow } from './recorded.js';
import { combinedQuery, splitCombined } from '../promql/index.js';
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
  /** For the SLO period's raw queries (their own timeout, no retry after one); default `client`. */
  periodClient?: PrometheusClient;
  /** A raw period query estimated to read more samples is not sent; absent: no estimate. */
  maxPeriodSamples?: number;
  at: Date;
  log: (message: string) => void;
  /** Called as each SLO is done (for progress), in the order they finish. */
  onDone?: (outcome: SloOutcome) => void;
}

/** A query this long is reported as slow: a candidate for recording rules. */
export const SLOW_QUERY_SECONDS = 1;

export async function evaluateSlos(slos: SloDefinition[], options: EvaluateOptions): Promise<SloOutcome[]> {
  // Asked once, before the first SLI query: the backend decides the form of every query.
  const backend = slos.length > 0 ? await options.client.backend() : { kind: 'unknown' as const };
  return Promise.all(
    slos.map(async (slo) => {
      const outcome = await evaluateOne(slo, options, backend);
      options.onDone?.(outcome);
      return outcome;
    }),
  );
}

/** What measuring an SLO collects besides the numbers, for its result. */
interface Collected {
  warnings: Set<string>;
  slow: SlowQuery[];
}

async function evaluateOne(
  definition: SloDefinition,
  options: EvaluateOptions,
  backend: Backend,
): Promise<SloOutcome> {
  // A calendar period so far is as long as --at is past its start: its range is chosen per run.
  const period = budgetPeriodAt(definition, options.at);
  const periodEnd = period.end ? { periodEnd: period.end.toISOString().replace(/\.000Z$/, 'Z') } : {};
  const collected: Collected = { warnings: new Set(), slow: [] };
  let slo: MeasurableSlo;
  try {
    slo = { ...definition, sli: await measurableSli(definition, options.client, options.at) };
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    return prometheusFailure(definition, error, [], collected, periodEnd, options);
  }
  const measured = windowsToMeasure(slo, period.budgetWindow);
  const { windows, notes } = await planMeasurement(slo, measured, period, options, backend);
  const queries = windows.map((w) => ({ window: w.queries.window, promql: displayedQuery(w.queries) }));
  const dialect = windows
    .filter((w) => !w.recorded)
    .map((w) => dialectProblem(w.queries, backend))
    .find((problem) => problem !== undefined);
  if (dialect) {
    const error = new PrometheusError('bad_data', dialect, { attempts: 0 });
    return { measured: slo, ...prometheusFailure(slo, error, queries, collected, periodEnd, options, notes) };
  }

  const settled = await measurePlan(windows, options, collected);
  const measurements: WindowMeasurement[] = [];
  let periodProblem: string | undefined;
  for (const [index, outcome] of settled.entries()) {
    if (outcome.status === 'fulfilled') {
      if (typeof outcome.value === 'string') periodProblem = outcome.value;
      else measurements.push(outcome.value);
      continue;
    }
    const error: unknown = outcome.reason;
    if (!(error instanceof PrometheusError)) throw error;
    // The shorter windows answered, the period did not (too heavy to answer in time, most often):
    // the monitoring's limit, not the service's; the alerts are still judged.
    if (windows[index]!.isPeriod && error.kind !== 'deadline') {
      periodProblem = error.message;
      continue;
    }
    return { measured: slo, ...prometheusFailure(slo, error, queries, collected, periodEnd, options, notes) };
  }

  const periodWindow = windows.find((w) => w.isPeriod)?.queries;
  const judged =
    periodProblem && periodWindow
      ? withoutPeriod(slo, measurements, period, periodWindow, periodProblem)
      : undefined;
  const evaluation = judged?.evaluation ?? evaluateSlo(slo, measurements, period);
  const hints: Hint[] = [];
  if (evaluation.attributionWindow) {
    const { window } = evaluation.attributionWindow;
    const range = measured.find((w) => w.window === window)?.range ?? window;
    const hint = await attribute(slo, range, options, collected.warnings, backend);
    if (hint) hints.push(hint);
  }
  return {
    measured: slo,
    action: judged?.action ?? evaluation.action,
    hints,
    result: withCollected(
      {
        name: slo.name,
        objective: slo.objective,
        window: slo.window,
        status: judged?.status ?? evaluation.status,
        errorBudgetRemaining: evaluation.errorBudgetRemaining,
        burnRates: evaluation.burnRates,
        exhaustsIn:
          evaluation.exhaustsInSeconds === null ? null : formatIsoDuration(evaluation.exhaustsInSeconds),
        ...periodEnd,
        reasons: [
          ...(judged?.reasons ?? evaluation.reasons),
          ...evaluation.notJudged,
          ...notes,
          ...incompleteAnswers(collected.warnings),
        ],
        queries,
      },
      collected,
    ),
  };
}

/**
 * The SLO judged without its period, which the monitoring could not measure: the alerts read only
 * their own windows, so they are judged as usual; the budget is not. A stand-in period that spent
 * nothing keeps the budget trigger silent; its numbers are then withheld. The SLO's status says
 * which failed: the service (an alert fires at least as hard as onPrometheusError) or the
 * monitoring ('error', with onPrometheusError's verdict).
 */
function withoutPeriod(
  slo: MeasurableSlo,
  measurements: WindowMeasurement[],
  period: BudgetPeriod,
  periodWindow: WindowQueries,
  problem: string,
): { evaluation: SloEvaluation; action: Verdict; status: SloStatus; reasons: string[] } {
  const standIn: WindowMeasurement = {
    window: periodWindow.window,
    seconds: periodWindow.seconds,
    errorRatio: 0,
    events: null,
  };
  const judged = evaluateSlo(slo, [...measurements, standIn], period);
  const evaluation: SloEvaluation = {
    ...judged,
    errorBudgetRemaining: null,
    exhaustsInSeconds: null,
    burnRates: { ...judged.burnRates, [periodWindow.window]: null },
  };
  const onError = slo.policy.onPrometheusError;
  const action = combineVerdict([judged.action, onError]);
  const serviceDecides = judged.action !== 'pass' && judged.action === action;
  const monitoring =
    `${slo.window} budget not judged: the monitoring failed, not the service: ${problem}; ` +
    `onPrometheusError: ${onError}`;
  return {
    evaluation,
    action,
    status: serviceDecides ? judged.status : 'error',
    reasons: serviceDecides ? [...judged.reasons, monitoring] : [monitoring, ...judged.reasons],
  };
}

/** The outcome of an SLO Prometheus could not answer for: onPrometheusError decides. */
function prometheusFailure(
  slo: SloDefinition,
  error: PrometheusError,
  queries: SloResult['queries'],
  collected: Collected,
  periodEnd: { periodEnd?: string },
  options: EvaluateOptions,
  notes: string[] = [],
): SloOutcome {
  const action = slo.policy.onPrometheusError;
  options.log(`SLO ${slo.name}: ${error.message}`);
  return {
    action,
    hints: [],
    result: withCollected(
      {
        name: slo.name,
        objective: slo.objective,
        window: slo.window,
        status: 'error',
        errorBudgetRemaining: null,
        burnRates: {},
        exhaustsIn: null,
        ...periodEnd,
        reasons: [`${error.message}; onPrometheusError: ${action}`, ...notes],
        queries,
      },
      collected,
    ),
  };
}

/**
 * Every planned window measured, in the plan's order: the light windows (all but a raw period) in one
 * request, the raw period in another with its own client. Each window settles on its own, so one
 * window's failure is told apart from the others'.
 */
async function measurePlan(
  windows: readonly PlannedWindow[],
  options: EvaluateOptions,
  collected: Collected,
): Promise<PromiseSettledResult<WindowMeasurement | string>[]> {
  // A recorded period is one cheap series: only raw period queries need the period's own client.
  const heavy = (planned: PlannedWindow): boolean => planned.isPeriod && !planned.recorded;
  const light = windows.filter((w) => !heavy(w)).map((w) => w.queries);
  const [lightSettled, heavySettled] = await Promise.all([
    measureWindows(light, options.client, options.at, collected, { apartAfterTimeout: true }),
    Promise.all(windows.filter(heavy).map((w) => measurePeriod(w.queries, options, collected))),
  ]);
  let nextLight = 0;
  let nextHeavy = 0;
  return windows.map((w) => (heavy(w) ? heavySettled[nextHeavy++]! : lightSettled[nextLight++]!));
}

/** The raw period window; when estimated too costly to send, why it was not sent instead. */
async function measurePeriod(
  queries: WindowQueries,
  options: EvaluateOptions,
  collected: Collected,
): Promise<PromiseSettledResult<WindowMeasurement | string>> {
  // Opt-in: the estimate is one more request per SLO, worth it where 30 days of samples are many.
  if (options.maxPeriodSamples !== undefined) {
    try {
      const problem = await periodCostProblem(queries, options.client, options.at, options.maxPeriodSamples);
      if (problem) return { status: 'fulfilled', value: problem };
    } catch (error) {
      return { status: 'rejected', reason: error };
    }
  }
  // A period too heavy to answer in time is the monitoring's limit: asked again in halves it would
  // most often time out twice more, and the shorter windows are judged meanwhile.
  const client = options.periodClient ?? options.client;
  const [settled] = await measureWindows([queries], client, options.at, collected, {
    apartAfterTimeout: false,
  });
  return settled!;
}

/** One query of a window: what it is called in messages, and its PromQL. */
interface WindowPart {
  window: string;
  role: 'errorQuery' | 'totalQuery' | 'errorRatioQuery';
  promql: string;
}

function partsOf(queries: WindowQueries): WindowPart[] {
  const { window } = queries;
  switch (queries.kind) {
    case 'events':
      return [
        { window, role: 'errorQuery', promql: queries.errorQuery },
        { window, role: 'totalQuery', promql: queries.totalQuery },
      ];
    case 'ratio':
      return [{ window, role: 'errorRatioQuery', promql: queries.errorRatioQuery }];
    default:
      return unreachable(queries);
  }
}

/**
 * Combined answers that may come apart when asked one by one: a part that is not an instant vector
 * (label_replace refuses a scalar), a part the server refuses, an answer over the size cap (and,
 * where the caller says so, a combination too slow for the timeout). Connection and HTTP failures
 * are the server's: asking again in pieces would only multiply them.
 */
const ASK_APART: ReadonlySet<PrometheusError['kind']> = new Set([
  'bad_data',
  'query_error',
  'invalid_response',
]);

/**
 * Windows' queries asked in one request (promql/combine.ts), each window then measured from its
 * parts. When the combination fails in a way its parts may not, each window is asked on its own, so
 * the failure names the window and query it belongs to.
 */
async function measureWindows(
  list: readonly WindowQueries[],
  client: PrometheusClient,
  at: Date,
  collected: Collected,
  { apartAfterTimeout }: { apartAfterTimeout: boolean },
): Promise<PromiseSettledResult<WindowMeasurement>[]> {
  const eachAlone = () => Promise.allSettled(list.map((q) => measureWindow(q, client, at, collected)));
  const parts = list.flatMap(partsOf);
  if (parts.length < 2) return eachAlone();
  const promql = combinedQuery(parts.map((part) => part.promql));
  const windows = list.map((q) => q.window).join(', ');
  let answers: QueryAnswer[] | undefined;
  try {
    const answer = await timedQuery(client, promql, at, windows, collected);
    answers = splitCombined(answer.samples, parts.length)?.map((samples) => ({
      samples,
      warnings: answer.warnings,
    }));
  } catch (error) {
    const apart =
      error instanceof PrometheusError &&
      (ASK_APART.has(error.kind) || (apartAfterTimeout && error.kind === 'timeout'));
    if (!apart) return list.map(() => ({ status: 'rejected', reason: error }));
  }
  if (!answers) return eachAlone();
  let next = 0;
  return list.map((queries) => {
    const own = partsOf(queries).map((part) => accepted(answers[next++]!, part, collected));
    try {
      return { status: 'fulfilled', value: measureFrom(queries, own) };
    } catch (error) {
      return { status: 'rejected', reason: error };
    }
  });
}

/** One window asked on its own, a request per query. */
async function measureWindow(
  queries: WindowQueries,
  client: PrometheusClient,
  at: Date,
  collected: Collected,
): Promise<WindowMeasurement> {
  const answers = await Promise.all(
    partsOf(queries).map(async (part) =>
      accepted(await timedQuery(client, part.promql, at, part.window, collected), part, collected),
    ),
  );
  return measureFrom(queries, answers);
}

/** An instant query, noted in the SLO's slow queries when it took a second or more or timed out. */
async function timedQuery(
  client: PrometheusClient,
  promql: string,
  at: Date,
  window: string,
  { slow }: Collected,
): Promise<QueryAnswer> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started) / 1000;
  let answer: QueryAnswer;
  try {
    answer = await client.query(promql, at);
  } catch (error) {
    if (error instanceof PrometheusError && error.kind === 'timeout') {
      slow.push({ window, promql, seconds: took(), timedOut: true });
    }
    throw error;
  }
  if (took() >= SLOW_QUERY_SECONDS) slow.push({ window, promql, seconds: took() });
  return answer;
}

/** A part's answer, its warnings kept for the SLO's result. */
function accepted(answer: QueryAnswer, part: WindowPart, { warnings }: Collected): QueryAnswer {
  answer.warnings.forEach((w) => warnings.add(w));
  if (answer.samples.length > 1) {
    warnings.add(
      `${part.role} over ${part.window} returned ${answer.samples.length} series; slo-gate summed them — aggregate the query with sum(...)`,
    );
  }
  return answer;
}

/** A window's measurement from its parts' answers, in partsOf's order. */
function measureFrom(queries: WindowQueries, answers: QueryAnswer[]): WindowMeasurement {
  switch (queries.kind) {
    case 'events':
      return measureEvents(queries, answers[0]!, answers[1]!);
    case 'ratio':
      return measureRatio(queries, answers[0]!);
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
  backend: Backend,
): Promise<Hint | undefined> {
  const breakdown = attributionQueryFor(slo.sli, window);
  if (!breakdown) return undefined;
  try {
    const answer = await options.client.query(queryForBackend(breakdown.promql, backend), options.at);
    answer.warnings.forEach((w) => warnings.add(w));
    return attributionHint(slo.name, window, breakdown.labels, answer.samples);
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    options.log(`SLO ${slo.name}: error attribution skipped: ${error.message}`);
    return undefined;
  }
}

/**
 * Warnings a server sends about its own answer (Thanos: a store that did not answer, with partial
 * responses allowed) as reasons: the numbers may leave data out. PromQL's own annotations about the
 * query ("PromQL info: ...", "PromQL warning: ...") stay warnings only.
 */
const PARTIAL_ANSWER = /partial response|StoreAPI|\bstores?\b|unavailable/i;

function incompleteAnswers(warnings: Set<string>): string[] {
  return [...warnings]
    .filter((warning) => PARTIAL_ANSWER.test(warning))
    .map((warning) => `the answer may be incomplete: ${warning}`);
}

function withCollected(result: SloResult, { warnings, slow }: Collected): SloResult {
  return {
    ...result,
    ...(warnings.size > 0 ? { warnings: [...warnings] } : {}),
    ...(slow.length > 0 ? { slowQueries: slow.slice(0, 100) } : {}),
  };
}
