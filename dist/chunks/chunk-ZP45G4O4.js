import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  substituteWindow,
  totalQueryUnit
} from "./chunk-SLLEW7J4.js";

// src/gate/measure.ts
function queriesFor(slo, window) {
  if (slo.sli.kind === "raw") {
    return { ...window, ratio: substituteWindow(slo.sli.errorRatioQuery, window.window) };
  }
  return {
    ...window,
    error: substituteWindow(slo.sli.errorQuery, window.window),
    total: substituteWindow(slo.sli.totalQuery, window.window)
  };
}
function displayedQuery(queries) {
  return queries.ratio ?? `(${queries.error}) / (${queries.total})`;
}
function sumOfSamples(answer) {
  if (answer.samples.length === 0) return void 0;
  return answer.samples.reduce((sum, sample) => sum + sample.value, 0);
}
function measureEvents(queries, totalQuery, errors, total) {
  const totalValue = sumOfSamples(total);
  const errorValue = sumOfSamples(errors) ?? 0;
  const hasTraffic = totalValue !== void 0 && Number.isFinite(totalValue) && totalValue > 0;
  const errorRatio = hasTraffic && Number.isFinite(errorValue) ? errorValue / totalValue : null;
  let events = null;
  if (totalValue !== void 0 && Number.isFinite(totalValue)) {
    const unit = totalQueryUnit(totalQuery);
    if (unit === "per-second") events = totalValue * queries.seconds;
    else if (unit === "count") events = totalValue;
  }
  return { window: queries.window, seconds: queries.seconds, errorRatio, events };
}
function measureRatio(queries, ratio) {
  const value = sumOfSamples(ratio);
  const errorRatio = value !== void 0 && Number.isFinite(value) ? value : null;
  return { window: queries.window, seconds: queries.seconds, errorRatio, events: null };
}

export {
  queriesFor,
  displayedQuery,
  measureEvents,
  measureRatio
};
