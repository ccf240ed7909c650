import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  formatIsoDuration,
  windowsToMeasure
} from "./chunk-UMJKAUM6.js";
import {
  combineVerdict,
  displayedQuery,
  evaluateSlo,
  groupBy,
  measureEvents,
  measureRatio,
  queriesFor,
  substituteWindow
} from "./chunk-SMLNOKBD.js";
import {
  readablePercent
} from "./chunk-VAC67D4I.js";
import {
  PrometheusError
} from "./chunk-4JZA25TA.js";
import {
  UsageError
} from "./chunk-QEPZ6EYX.js";

// src/hints/attribution.ts
var EXPLAINED_SHARE = 0.95;
var MAX_CONTRIBUTORS = 5;
function attributionHint(slo, window, labels, samples) {
  const contributors = samples.filter((s) => Number.isFinite(s.value) && s.value > 0).sort((a, b) => b.value - a.value);
  const total = contributors.reduce((sum, s) => sum + s.value, 0);
  if (total <= 0) return void 0;
  const evidence = [];
  let explained = 0;
  for (const [index, contributor] of contributors.entries()) {
    const last = index === contributors.length - 1;
    if (!last && (evidence.length >= MAX_CONTRIBUTORS || explained >= EXPLAINED_SHARE)) break;
    const share = contributor.value / total;
    explained += share;
    evidence.push(
      `${describeLabels(labels, contributor.labels)}: ${readablePercent(share)} of errors over ${window}`
    );
  }
  const rest = contributors.length - evidence.length;
  if (rest > 0) {
    evidence.push(
      `${rest} more label combination${rest === 1 ? "" : "s"}: ${readablePercent(1 - explained)} of errors`
    );
  }
  return { id: "error-attribution", title: evidence[0], evidence, slo };
}
function describeLabels(names, values) {
  return names.map((name) => `${name}=${values[name] ?? "(none)"}`).join(" ");
}

// src/gate/slos.ts
async function evaluateSlos(slos, options) {
  return Promise.all(slos.map((slo) => evaluateOne(slo, options)));
}
async function evaluateOne(slo, options) {
  const windows = windowsToMeasure(slo).map((window) => queriesFor(slo, window));
  const queries = windows.map((w) => ({ window: w.window, promql: displayedQuery(w) }));
  const warnings = /* @__PURE__ */ new Set();
  let measurements;
  try {
    measurements = await Promise.all(windows.map((w) => measureWindow(slo, w, options, warnings)));
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
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
          status: "error",
          errorBudgetRemaining: null,
          burnRates: {},
          exhaustsIn: null,
          reasons: [`${error.message}; onPrometheusError: ${action}`],
          queries
        },
        warnings
      )
    };
  }
  const evaluation = evaluateSlo(slo, measurements);
  const hints = [];
  if (evaluation.attributionWindow && slo.attribution.length > 0 && slo.sli.kind === "events") {
    const hint = await attribute(slo, evaluation.attributionWindow.window, options, warnings);
    if (hint) hints.push(hint);
  }
  return {
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
        exhaustsIn: evaluation.exhaustsInSeconds === null ? null : formatIsoDuration(evaluation.exhaustsInSeconds),
        reasons: [...evaluation.reasons, ...evaluation.notJudged],
        queries
      },
      warnings
    )
  };
}
async function measureWindow(slo, queries, options, warnings) {
  const ask = async (promql, role) => {
    const answer = await options.client.query(promql, options.at);
    answer.warnings.forEach((w) => warnings.add(w));
    if (answer.samples.length > 1) {
      warnings.add(
        `${role} over ${queries.window} returned ${answer.samples.length} series; slo-gate summed them \u2014 aggregate the query with sum(...)`
      );
    }
    return answer;
  };
  if (slo.sli.kind === "raw") return measureRatio(queries, await ask(queries.ratio, "errorRatioQuery"));
  const [errors, total] = await Promise.all([
    ask(queries.error, "errorQuery"),
    ask(queries.total, "totalQuery")
  ]);
  return measureEvents(queries, slo.sli.totalQuery, errors, total);
}
async function attribute(slo, window, options, warnings) {
  if (slo.sli.kind !== "events") return void 0;
  const promql = groupBy(substituteWindow(slo.sli.errorQuery, window), slo.attribution);
  try {
    const answer = await options.client.query(promql, options.at);
    answer.warnings.forEach((w) => warnings.add(w));
    return attributionHint(slo.name, window, slo.attribution, answer.samples);
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    options.log(`SLO ${slo.name}: error attribution skipped: ${error.message}`);
    return void 0;
  }
}
function withWarnings(result, warnings) {
  return warnings.size > 0 ? { ...result, warnings: [...warnings] } : result;
}

// src/gate/check.ts
async function runCheck(config, options) {
  const [outcomes, findings] = await Promise.all([
    config.slos.length === 0 ? [] : options.client().then((client) => evaluateSlos(config.slos, { client, at: options.at, log: options.log })),
    options.manifests && options.manifests.paths.length > 0 ? import("./validate-IOBN7IWV.js").then(
      async ({ validateManifests }) => (await validateManifests(options.manifests)).findings
    ) : []
  ]);
  return {
    verdict: combineVerdict([...outcomes.map((o) => o.action), ...findings.map(findingAction)]),
    evaluatedAt: formatEvaluatedAt(options.at),
    slos: outcomes.map((o) => o.result),
    findings,
    hints: outcomes.flatMap((o) => o.hints)
  };
}
function findingAction(finding) {
  return finding.severity === "error" ? "block" : finding.severity === "warning" ? "warn" : "pass";
}
function formatEvaluatedAt(at) {
  return at.toISOString().replace(/\.000Z$/, "Z");
}
function exitCodeFor(verdict, policy) {
  if (policy.mode === "advisory") return 0;
  if (verdict === "block") return 1;
  if (verdict === "warn" && policy.failOn === "warn") return 1;
  return 0;
}
function parseEvaluationTime(text, now = () => new Date(Math.floor(Date.now() / 1e3) * 1e3)) {
  if (text === void 0) return now();
  const trimmed = text.trim();
  const date = /^\d+(\.\d+)?$/.test(trimmed) ? new Date(Number(trimmed) * 1e3) : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(trimmed) ? new Date(trimmed) : void 0;
  if (!date || Number.isNaN(date.getTime())) {
    throw new UsageError(`--at ${JSON.stringify(text)} is not a time`, {
      fix: "give RFC 3339 (2026-11-26T12:00:00Z) or unix seconds (1795694400)"
    });
  }
  return date;
}
function requirePrometheus(config) {
  if (config.prometheus) return config.prometheus;
  throw new UsageError(`${config.file} has SLOs but no Prometheus to ask`, {
    fix: "set prometheus.url in the config or pass --prometheus-url http://prometheus:9090"
  });
}

export {
  runCheck,
  findingAction,
  formatEvaluatedAt,
  exitCodeFor,
  parseEvaluationTime,
  requirePrometheus
};
