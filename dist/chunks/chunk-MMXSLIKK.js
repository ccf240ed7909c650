import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  alertFactor,
  queriesFor
} from "./chunk-SMLNOKBD.js";
import {
  clean
} from "./chunk-VAC67D4I.js";

// src/gate/history.ts
var MAX_HISTORY_POINTS = 200;
var MIN_BUDGET_STEP_SECONDS = 3600;
var BURN_WINDOW = { window: "1h", seconds: 3600 };
var DAY_SECONDS = 86400;
var NICE_STEPS = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, DAY_SECONDS];
function chooseStep(spanSeconds, maxPoints, minStep = 60) {
  const needed = Math.max(minStep, spanSeconds / Math.max(1, maxPoints - 1));
  const nice = NICE_STEPS.find((step) => step >= needed);
  return nice ?? Math.ceil(needed / DAY_SECONDS) * DAY_SECONDS;
}
async function sloHistories(report, config, client, at, options = {}) {
  const days = options.days ?? 7;
  if (!Number.isFinite(days) || days <= 0)
    throw new Error(`sloHistories: days must be positive, not ${days}`);
  const log = options.log ?? (() => void 0);
  const end = at.getTime();
  const span = { start: new Date(end - days * DAY_SECONDS * 1e3), end: at };
  const spanSeconds = days * DAY_SECONDS;
  const wanted = report.slos.filter((slo) => slo.status === "warn" || slo.status === "block");
  const histories = await Promise.all(
    wanted.map(async (result) => {
      const definition = config.slos.find((slo) => slo.name === result.name);
      if (!definition) {
        log(`charts for SLO ${result.name} left out: it is not in ${config.file}`);
        return void 0;
      }
      try {
        return await historyOf(definition, client, span, spanSeconds);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log(`charts for SLO ${result.name} left out: ${reason}`);
        return void 0;
      }
    })
  );
  return histories.filter((history) => history !== void 0);
}
async function historyOf(slo, client, span, spanSeconds) {
  const stepSeconds = chooseStep(spanSeconds, MAX_HISTORY_POINTS);
  const budgetStepSeconds = chooseStep(spanSeconds, MAX_HISTORY_POINTS, MIN_BUDGET_STEP_SECONDS);
  const budget = 1 - slo.objective;
  const [burnRatios, periodRatios] = await Promise.all([
    ratioSeries(client, queriesFor(slo, BURN_WINDOW), span, stepSeconds),
    ratioSeries(
      client,
      queriesFor(slo, { window: slo.window, seconds: slo.windowSeconds }),
      span,
      budgetStepSeconds
    )
  ]);
  const thresholds = slo.policy.burnRateAlerts.filter((alert) => alert.longSeconds === BURN_WINDOW.seconds).map((alert) => alertFactor(alert, slo.windowSeconds));
  return {
    slo: slo.name,
    burnRate: burnRatios.map(([t, ratio]) => [t, clean(ratio / budget)]),
    budgetRemaining: periodRatios.map(([t, ratio]) => [t, clean(1 - ratio / budget)]),
    stepSeconds,
    budgetStepSeconds,
    window: slo.window,
    ...thresholds.length > 0 ? { burnRateThreshold: Math.min(...thresholds) } : {}
  };
}
async function ratioSeries(client, queries, span, stepSeconds) {
  const grid = gridOf(span, stepSeconds);
  const range = (promql) => client.queryRange(promql, span.start, span.end, stepSeconds);
  if (queries.ratio !== void 0) {
    const ratios = sumsByTime(await range(queries.ratio));
    return grid.map((t) => [t, finiteOrNaN(ratios.get(timeKey(t)))]);
  }
  const [errorAnswer, totalAnswer] = await Promise.all([range(queries.error), range(queries.total)]);
  const errors = sumsByTime(errorAnswer);
  const totals = sumsByTime(totalAnswer);
  return grid.map((t) => {
    const total = totals.get(timeKey(t));
    const error = errors.get(timeKey(t)) ?? 0;
    const hasTraffic = total !== void 0 && Number.isFinite(total) && total > 0;
    return [t, hasTraffic && Number.isFinite(error) ? error / total : NaN];
  });
}
function gridOf(span, stepSeconds) {
  const start = span.start.getTime() / 1e3;
  const count = Math.floor((span.end.getTime() / 1e3 - start) / stepSeconds) + 1;
  return Array.from({ length: count }, (_, k) => start + k * stepSeconds);
}
function sumsByTime(answer) {
  const sums = /* @__PURE__ */ new Map();
  for (const series of answer.series) {
    for (const [t, value] of series.points) sums.set(timeKey(t), (sums.get(timeKey(t)) ?? 0) + value);
  }
  return sums;
}
function timeKey(unixSeconds) {
  return Math.round(unixSeconds * 1e3);
}
function finiteOrNaN(value) {
  return value !== void 0 && Number.isFinite(value) ? value : NaN;
}

export {
  MAX_HISTORY_POINTS,
  MIN_BUDGET_STEP_SECONDS,
  chooseStep,
  sloHistories,
  ratioSeries
};
