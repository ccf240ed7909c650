import {
  LIVE_BASELINE,
  NETPOL_SARIF_RULES,
  REPORT_VERSION,
  alertFactor,
  artifactUri,
  budgetPeriodAt,
  checkRuleOverrides,
  clean,
  combineVerdict,
  count,
  createPrometheusClient,
  findingAction,
  formatEvaluatedAt,
  loadConfig,
  netpolDiffReport,
  netpolSarifResults,
  observedTrafficOf,
  parseEvaluationTime,
  pathSources,
  queriesFor,
  queryForBackend,
  readCounts,
  readablePercent,
  readableRate,
  renderDiffMarkdown,
  renderDiffText,
  requireExistingPaths,
  requirePrometheus,
  runCheck,
  validateManifests,
  validateOptionsFor,
  windowsToMeasure
} from "./chunk-3HT76ZKV.js";
import {
  UsageError,
  formatDuration,
  formatIsoDuration,
  mapStrings,
  stripControlCharacters,
  unreachable
} from "./chunk-JQVBXCJ4.js";

// src/gate/run.ts
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";

// src/gate/align.ts
var QUERY_FRONTEND_BACKENDS = /* @__PURE__ */ new Set(["thanos", "mimir", "cortex"]);
function hasQueryFrontend(kind) {
  return QUERY_FRONTEND_BACKENDS.has(kind);
}
function alignSpanToStep(span, stepSeconds) {
  const stepMs = stepSeconds * 1e3;
  const down = (time) => new Date(Math.floor(time.getTime() / stepMs) * stepMs);
  return { start: down(span.start), end: down(span.end) };
}
function alignedEvaluationTime(at, alignMs, backend) {
  if (!(alignMs > 0) || !hasQueryFrontend(backend)) return at;
  return new Date(Math.floor(at.getTime() / alignMs) * alignMs);
}

// src/gate/deadline.ts
var DEFAULT_MAX_DURATION_SECONDS = 300;
var HOOK_MAX_DURATION_SECONDS = 240;
var RESULTS_ALLOWANCE_SECONDS = 20;
function startDeadline(seconds) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), seconds * 1e3).unref();
  const label = `the run's ${formatDuration(seconds)} deadline`;
  return {
    signal: controller.signal,
    reason: `not measured: ${label} passed`,
    label,
    endsAt: Date.now() + seconds * 1e3
  };
}
function resultsSignal(deadline, now = Date.now()) {
  return AbortSignal.timeout(Math.max(0, deadline.endsAt + RESULTS_ALLOWANCE_SECONDS * 1e3 - now));
}

// src/gate/history.ts
var BURN_STEP_SECONDS = 300;
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
  const burnHours = options.burnHours ?? 24;
  if (!Number.isFinite(burnHours) || burnHours <= 0)
    throw new Error(`sloHistories: burnHours must be positive, not ${burnHours}`);
  const log = options.log ?? (() => void 0);
  const wanted = report.slos.filter((slo) => slo.status === "warn" || slo.status === "block");
  const histories = await Promise.all(
    wanted.map(async (result) => {
      const definition = config.slos.find((slo) => slo.name === result.name);
      if (!definition) {
        log(`charts for SLO ${result.name} left out: it is not in ${config.file}`);
        return void 0;
      }
      try {
        return await historyOf(definition, result, client, at, burnHours * 3600);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log(`charts for SLO ${result.name} left out: ${reason}`);
        return void 0;
      }
    })
  );
  return histories.filter((history) => history !== void 0);
}
async function historyOf(slo, result, client, at, burnSpanSeconds) {
  const stepSeconds = BURN_STEP_SECONDS;
  const burnSpan = alignSpanToStep(
    { start: new Date(at.getTime() - burnSpanSeconds * 1e3), end: at },
    stepSeconds
  );
  const budgetStepSeconds = chooseStep(slo.windowSeconds, MAX_HISTORY_POINTS, MIN_BUDGET_STEP_SECONDS);
  const budgetSpan = alignSpanToStep(
    { start: new Date(at.getTime() - slo.windowSeconds * 1e3), end: at },
    budgetStepSeconds
  );
  const budget = 1 - slo.objective;
  const [burnRatios, periodRatios] = await Promise.all([
    ratioSeries(client, queriesFor(slo.sli, BURN_WINDOW), burnSpan, stepSeconds),
    slo.calendar ? [] : ratioSeries(
      client,
      queriesFor(slo.sli, { window: slo.window, seconds: slo.windowSeconds }),
      budgetSpan,
      budgetStepSeconds
    )
  ]);
  const period = budgetPeriodAt(slo, at);
  const thresholds = slo.policy.burnRateAlerts.filter((alert) => alert.longSeconds === BURN_WINDOW.seconds).map((alert) => alertFactor(alert, period.periodSeconds));
  const burnLabel = windowsToMeasure(slo, period.budgetWindow).find(
    (w) => w.seconds === BURN_WINDOW.seconds
  )?.window;
  return {
    slo: slo.name,
    burnRate: throughCheck(
      burnRatios.map(([t, ratio]) => [t, clean(ratio / budget)]),
      at,
      burnLabel === void 0 ? void 0 : result.burnRates[burnLabel]
    ),
    // A calendar SLO has no period series (above): the check's number alone draws no line.
    budgetRemaining: throughCheck(
      periodRatios.map(([t, ratio]) => [t, clean(1 - ratio / budget)]),
      at,
      result.errorBudgetRemaining
    ),
    stepSeconds,
    budgetStepSeconds,
    window: slo.window,
    ...thresholds.length > 0 ? { burnRateThreshold: Math.min(...thresholds) } : {}
  };
}
function throughCheck(points, at, value) {
  const t = at.getTime() / 1e3;
  const last = points[points.length - 1];
  if (typeof value !== "number" || !last || last[0] >= t) return points;
  return [...points, [t, value]];
}
async function ratioSeries(client, queries, span, stepSeconds) {
  const grid = gridOf(span, stepSeconds);
  const backend = await client.backend();
  const range = (promql) => client.queryRange(queryForBackend(promql, backend), span.start, span.end, stepSeconds);
  switch (queries.kind) {
    case "events": {
      const [errorAnswer, totalAnswer] = await Promise.all([
        range(queries.errorQuery),
        range(queries.totalQuery)
      ]);
      const errors = sumsByTime(errorAnswer);
      const totals = sumsByTime(totalAnswer);
      return grid.map((t) => {
        const total = totals.get(timeKey(t));
        const error = errors.get(timeKey(t)) ?? 0;
        const hasTraffic = total !== void 0 && Number.isFinite(total) && total > 0;
        return [t, hasTraffic && Number.isFinite(error) ? error / total : NaN];
      });
    }
    case "ratio": {
      const ratios = sumsByTime(await range(queries.errorRatioQuery));
      return grid.map((t) => [t, finiteOrNaN(ratios.get(timeKey(t)))]);
    }
    default:
      return unreachable(queries);
  }
}
function gridOf(span, stepSeconds) {
  const start = span.start.getTime() / 1e3;
  const count2 = Math.floor((span.end.getTime() / 1e3 - start) / stepSeconds) + 1;
  return Array.from({ length: count2 }, (_, k) => start + k * stepSeconds);
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

// src/gate/run.ts
function manifestsRelativeToConfig(config) {
  const base = dirname(config.file);
  const paths = config.manifests.paths.map((p) => isAbsolute(p) || base === "." ? p : join(base, p));
  return { ...config.manifests, paths };
}
async function requireConfigPaths(config, resolved) {
  for (const [index, path] of resolved.entries()) {
    try {
      await stat(path);
    } catch (error) {
      const code = error.code;
      const why = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(error)})`;
      const written = config.manifests.paths[index];
      const relative = written === path ? "" : ` (relative to the config file's folder: ${path})`;
      throw new UsageError(`manifests.paths: ${written}${relative} ${why}`, {
        file: config.file,
        ...config.manifests.pathPositions?.[index],
        fix: "correct or remove this path in the config, or give the manifests with --manifests PATH"
      });
    }
  }
}
var CHECKS_NOTHING = "nothing was checked: the config defines no SLOs and names no manifests (add slos:, manifests.paths or --manifests)";
async function runGate(options) {
  const deadline = options.deadline ?? startDeadline(options.maxDurationSeconds ?? DEFAULT_MAX_DURATION_SECONDS);
  const requestedAt = parseEvaluationTime(options.at);
  const loaded = await loadConfig(options.configFile, {
    prometheusUrl: options.prometheusUrl,
    configSetting: options.configSetting
  });
  const config = options.mode ? { ...loaded, mode: options.mode } : loaded;
  for (const warning of config.warnings ?? []) options.log(warning);
  checkRuleOverrides(config.manifests.rules, config.file, config.manifests.rulePositions);
  if (options.scope === "budget" && config.slos.length === 0) {
    options.log(`${config.file} defines no SLOs: nothing to evaluate`);
  }
  let client;
  const settings = options.scope === "check" ? validateOptionsFor(manifestsRelativeToConfig(config), {
    paths: options.manifests,
    namespace: options.namespace,
    strictReferences: options.strictReferences
  }) : void 0;
  const manifestSources = settings && (options.manifestSources ?? pathSources(settings.paths));
  const checksNothing = options.scope === "check" && config.slos.length === 0 && (manifestSources ?? []).length === 0;
  if (checksNothing) options.log(`warning: ${CHECKS_NOTHING}`);
  if (manifestSources && !options.manifestSources && !options.manifests?.length)
    await requireConfigPaths(config, settings.paths);
  if (manifestSources) await requireExistingPaths(manifestSources);
  const prometheusSettings = () => {
    const prometheus = requirePrometheus(config);
    return { ...prometheus, headers: { ...prometheus.headers, ...options.prometheusHeaders } };
  };
  const clientOptions = {
    onRetry: options.verbose ? options.log : void 0,
    bearerToken: options.prometheusToken,
    deadline
  };
  const sharedClient = () => client ??= createPrometheusClient(prometheusSettings(), clientOptions);
  const alignMs = config.prometheus?.alignTimeMs ?? 0;
  const at = options.at === void 0 && alignMs > 0 && config.slos.length > 0 ? alignedEvaluationTime(requestedAt, alignMs, (await sharedClient().backend()).kind) : requestedAt;
  if (options.verbose && at.getTime() !== requestedAt.getTime()) {
    options.log(
      `evaluating at ${formatEvaluatedAt(at)}: ${formatEvaluatedAt(requestedAt)} rounded down to prometheus.alignTime for the query-frontend's results cache`
    );
  }
  const {
    report: checked,
    bundle,
    measured
  } = await runCheck(config, {
    at,
    log: options.log,
    progress: options.progress,
    client: sharedClient,
    periodClient: () => {
      const prometheus = prometheusSettings();
      if (prometheus.periodTimeoutMs === void 0) return void 0;
      return createPrometheusClient({ ...prometheus, timeoutMs: prometheus.periodTimeoutMs }, clientOptions);
    },
    manifests: settings && manifestSources && {
      sources: manifestSources,
      options: settings,
      loadSchemaCheck: options.loadSchemaCheck
    }
  });
  const withHints = checksNothing ? { ...checked, hints: [...checked.hints, { id: "checks-nothing", title: CHECKS_NOTHING, evidence: [] }] } : checked;
  const baseline = config.network?.baseline;
  if (baseline === LIVE_BASELINE && !options.diffsLiveNetpol)
    options.log(
      "network.baseline: live is read by slo-gate hook in the cluster only: the NetworkPolicy diff is not checked here"
    );
  const netpol = baseline && baseline !== LIVE_BASELINE && settings && !options.manifestSources && settings.paths.length > 0 ? await netpolDiffReport(
    { ...config.network, baseline },
    settings.paths,
    settings.defaultNamespace,
    config.file,
    () => observedTrafficOf(config, sharedClient, at)
  ) : void 0;
  if (netpol && (netpol.verdict !== "pass" || netpol.notes)) options.log(renderDiffText(netpol).trimEnd());
  const report = netpol ? { ...withHints, netpol, verdict: combineVerdict([withHints.verdict, netpol.verdict]) } : withHints;
  const measuredConfig = { ...config, slos: measured };
  const histories = options.histories && client ? await sloHistories(report, measuredConfig, client, at, { log: options.log }) : [];
  return {
    report,
    config: measuredConfig,
    at,
    client,
    histories,
    bundle,
    observedTraffic: () => observedTrafficOf(config, sharedClient, at)
  };
}
async function runValidation(options) {
  let manifests = { paths: [], rules: {} };
  const configFile = options.configFile ?? (options.defaultConfigFile && existsSync(options.defaultConfigFile) ? options.defaultConfigFile : void 0);
  if (configFile) {
    const config = await loadConfig(configFile);
    checkRuleOverrides(config.manifests.rules, config.file, config.manifests.rulePositions);
    manifests = config.manifests;
  }
  const settings = validateOptionsFor(manifests, {
    paths: options.paths,
    namespace: options.namespace,
    strictReferences: options.strictReferences
  });
  options.progress?.(`reading ${settings.paths.join(", ")}`);
  const { findings, files, bundle } = await validateManifests(
    pathSources(settings.paths),
    settings,
    options.validateSchema
  );
  const resources = bundle.resources.length;
  options.progress?.(`read ${readCounts(files, resources)}; ${count(findings.length, "finding")}`);
  const report = {
    version: REPORT_VERSION,
    verdict: combineVerdict(findings.map(findingAction)),
    evaluatedAt: formatEvaluatedAt(parseEvaluationTime(void 0)),
    slos: [],
    findings,
    hints: []
  };
  return { report, files, resources };
}

// src/entry/progress.ts
var SYSTEM_CLOCK = {
  now: () => performance.now(),
  after: (ms, callback) => {
    const timer = setTimeout(callback, ms);
    timer.unref();
    return () => clearTimeout(timer);
  }
};
var PROGRESS_DELAY_MS = 1e3;
function startProgress(write, clock = SYSTEM_CLOCK, delayMs = PROGRESS_DELAY_MS) {
  const started = clock.now();
  const elapsed = () => `${((clock.now() - started) / 1e3).toFixed(1)}s`;
  let held = [];
  let finished = false;
  const goLive = () => {
    if (finished || !held) return;
    if (held.length > 0) write(`still running after ${elapsed()}; so far: ${summarise(held)}`);
    held = void 0;
  };
  const cancel = clock.after(delayMs, goLive);
  return {
    report: (message) => {
      if (finished) return;
      if (held && clock.now() - started >= delayMs) goLive();
      if (held) held.push(message);
      else write(`${message} \u2014 ${elapsed()}`);
    },
    finish: () => {
      finished = true;
      held = void 0;
      cancel();
    }
  };
}
function summarise(lines) {
  const latest = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const kind = line.split(" ", 1)[0];
    latest.delete(kind);
    latest.set(kind, line);
  }
  return [...latest.values()].join("; ");
}
async function withProgress(verbose, write, run) {
  if (!verbose) return run(void 0);
  const progress = startProgress(write);
  try {
    return await run(progress.report);
  } finally {
    progress.finish();
  }
}

// src/report/json.ts
function renderJson(report) {
  const { version, ...fields } = report;
  return `${JSON.stringify({ version, ...fields }, null, 2)}
`;
}

// src/report/format.ts
function percent(fraction) {
  return fraction === null ? "\u2014" : readablePercent(fraction);
}
function burn(rate) {
  return rate === null || rate === void 0 ? "\u2014" : readableRate(rate);
}
function humanDuration(iso) {
  if (iso === null) return "\u2014";
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?/.exec(iso);
  const hours = Number(match?.[1] ?? 0);
  const minutes = Number(match?.[2] ?? 0);
  if (hours === 0 && minutes === 0) return "now";
  if (hours >= 48) return `${Math.floor(hours / 24)}d${hours % 24 ? `${hours % 24}h` : ""}`;
  return `${hours ? `${hours}h` : ""}${minutes ? `${minutes}m` : ""}`;
}
function objectiveAndPeriod(slo, evaluatedAt) {
  const objective = `${Number((slo.objective * 100).toFixed(4))}% / ${slo.window}`;
  if (slo.periodEnd === void 0) return objective;
  const seconds = (Date.parse(slo.periodEnd) - Date.parse(evaluatedAt)) / 1e3;
  if (!Number.isFinite(seconds)) return objective;
  return `${objective}, resets in ${humanDuration(formatIsoDuration(seconds))}`;
}
function evidenceBeyondTitle(hint) {
  return hint.evidence[0] === hint.title ? hint.evidence.slice(1) : hint.evidence;
}
function slowQueryLines(slo) {
  return (slo.slowQueries ?? []).map((q) => {
    const promql = q.promql.length > 120 ? `${q.promql.slice(0, 119)}\u2026` : q.promql;
    return `slow query (${q.window}): ${q.seconds.toFixed(1)} s${q.timedOut ? ", timed out" : ""} \u2014 ${promql}`;
  });
}

// src/report/markdown.ts
var ICONS = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  block: "\u26D4",
  nodata: "\u2754",
  error: "\u2757"
};
var SHOWN_WINDOWS = ["5m", "1h", "6h", "1d", "3d"];
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function renderMarkdown(written, options = {}) {
  const report = mapStrings(written, stripControlCharacters);
  const out = [];
  const advisory = options.advisory && report.verdict !== "pass" ? " (advisory mode: not enforced)" : "";
  out.push(`## ${ICONS[report.verdict]} slo-gate: ${report.verdict}${advisory}`, "");
  out.push(`Evaluated at \`${report.evaluatedAt}\`.`, "");
  if (report.slos.length > 0) {
    out.push(
      `| SLO | Status | Objective | Budget left | ${SHOWN_WINDOWS.map((w) => `Burn ${w}`).join(" | ")} | Exhausts in |`,
      `|---|---|---|---:|${SHOWN_WINDOWS.map(() => "---:").join("|")}|---|`
    );
    for (const slo of report.slos) {
      out.push(
        `| ${cell(slo.name)} | ${ICONS[slo.status]} ${slo.status} | ${cell(objectiveAndPeriod(slo, report.evaluatedAt))} | ${percent(slo.errorBudgetRemaining)} | ${SHOWN_WINDOWS.map((w) => burn(slo.burnRates[w])).join(" | ")} | ${humanDuration(slo.exhaustsIn)} |`
      );
    }
    out.push("");
  }
  const explained = report.slos.filter((slo) => slo.reasons.length > 0 || slo.warnings || slo.slowQueries);
  if (explained.length > 0) {
    out.push("### Reasons", "");
    for (const slo of explained) {
      out.push(`**${cell(slo.name)}** \u2014 ${slo.status}`, "");
      slo.reasons.forEach((r) => out.push(`- ${cell(r)}`));
      slo.warnings?.forEach((w) => out.push(`- Prometheus warning: ${cell(w)}`));
      slowQueryLines(slo).forEach((line) => out.push(`- ${cell(line)}`));
      out.push("");
    }
  }
  if (report.hints.length > 0) {
    out.push("### Hints", "");
    for (const hint of report.hints) {
      out.push(`- **${cell(hint.title)}**${hint.slo ? ` (${cell(hint.slo)})` : ""}`);
      evidenceBeyondTitle(hint).forEach((e) => out.push(`  - ${cell(e)}`));
    }
    out.push("");
  }
  if (report.findings.length > 0) {
    out.push("### Findings", "", "| Severity | Rule | Where | Resource | Message |", "|---|---|---|---|---|");
    for (const f of report.findings) {
      out.push(
        `| ${f.severity} | \`${f.ruleId}\` | \`${cell(f.file)}:${f.line}\` | ${cell(f.resource)} | ${cell(f.message)}${f.hint ? `<br>${cell(f.hint)}` : ""} |`
      );
    }
    out.push("");
  }
  if (report.netpol) out.push(renderDiffMarkdown(report.netpol));
  for (const slo of report.slos) {
    if (slo.queries.length === 0) continue;
    out.push(`<details><summary>PromQL for ${cell(slo.name)}</summary>`, "");
    for (const q of slo.queries) out.push(`${q.window}:`, "", "```promql", q.promql, "```", "");
    out.push("</details>", "");
  }
  return out.join("\n");
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var LEVELS = { error: "error", warning: "warning", info: "note" };
function pascalCase(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c) => c.toUpperCase());
}
function ruleHelp(meta) {
  const text = `${meta.description}

${meta.rationale}`;
  const markdown = [
    `**${meta.id}** (${meta.severity}) \u2014 ${meta.description}`,
    "",
    meta.rationale,
    "",
    "Reported:",
    "```yaml",
    meta.example.bad.trimEnd(),
    "```",
    "Fixed:",
    "```yaml",
    meta.example.good.trimEnd(),
    "```",
    "",
    `Opt a resource out with the annotation \`slo-gate.dev/ignore: ${meta.id}\`.`
  ].join("\n");
  return { text, markdown };
}
function fingerprint(finding) {
  return createHash("sha256").update([finding.ruleId, finding.file, finding.resource, finding.message].join("\0")).digest("hex").slice(0, 32);
}
function renderSarif(written, options) {
  const report = mapStrings(written, stripControlCharacters);
  const ruleIndex = new Map(options.rules.map((meta, i) => [meta.id, i]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "slo-gate",
            version: options.version,
            informationUri: "https://github.com/slo-gate/slo-gate",
            rules: [
              ...options.rules.map((meta) => ({
                id: meta.id,
                name: pascalCase(meta.id),
                shortDescription: { text: meta.description },
                fullDescription: { text: meta.rationale },
                help: ruleHelp(meta),
                defaultConfiguration: { level: LEVELS[meta.severity] },
                properties: { tags: ["kubernetes", meta.id.split("-")[0]] }
              })),
              ...report.netpol ? NETPOL_SARIF_RULES : []
            ]
          }
        },
        results: [
          ...report.findings.map((finding) => ({
            ruleId: finding.ruleId,
            ...ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {},
            level: LEVELS[finding.severity],
            message: {
              text: `${finding.resource ? `${finding.resource}: ` : ""}${finding.message}${finding.hint ? ` \u2014 ${finding.hint}` : ""}`
            },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(finding.file, options.root), uriBaseId: "%SRCROOT%" },
                  region: { startLine: Math.max(1, finding.line), startColumn: Math.max(1, finding.column) }
                }
              }
            ],
            partialFingerprints: { "sloGateFinding/v1": fingerprint(finding) }
          })),
          ...report.netpol ? netpolSarifResults(report.netpol, options.root, options.rules.length) : []
        ]
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/text/wrap.ts
function wrapWords(text, width, firstPrefix, restPrefix = firstPrefix) {
  if (width === void 0) return [`${firstPrefix}${text}`];
  const [firstParagraph = "", ...others] = text.split("\n");
  return [
    ...wrapParagraph(firstParagraph, width, firstPrefix, restPrefix),
    ...others.flatMap((paragraph) => wrapParagraph(paragraph, width, restPrefix, restPrefix))
  ];
}
function wrapParagraph(text, width, firstPrefix, restPrefix) {
  const words = text.split(/ +/).filter((word) => word !== "");
  const lines = [];
  let line = firstPrefix;
  let lineHasWord = false;
  for (const word of words) {
    if (lineHasWord && line.length + 1 + word.length > width) {
      lines.push(line);
      line = restPrefix;
      lineHasWord = false;
    }
    line += lineHasWord ? ` ${word}` : word;
    lineHasWord = true;
  }
  lines.push(line);
  return lines;
}

// src/report/text.ts
var SHOWN_WINDOWS2 = ["5m", "1h", "6h", "1d", "3d"];
var WINDOWS_BY_IMPORTANCE = ["1h", "5m", "6h", "1d", "3d"];
var COLUMN_GAP = "  ";
var COLOURS = {
  pass: "\x1B[32m",
  warn: "\x1B[33m",
  block: "\x1B[31m",
  nodata: "\x1B[33m",
  error: "\x1B[31m"
};
var RESET = "\x1B[0m";
function tableCells(report, { windows, short }) {
  const header = [
    "SLO",
    "STATUS",
    "OBJECTIVE",
    short ? "BUDGET" : "BUDGET LEFT",
    ...windows.map((w) => `BURN ${w}`),
    short ? "EXHAUSTS" : "EXHAUSTS IN"
  ];
  const rows = report.slos.map((slo) => [
    slo.name,
    slo.status,
    objectiveAndPeriod(slo, report.evaluatedAt),
    percent(slo.errorBudgetRemaining),
    ...windows.map((w) => burn(slo.burnRates[w])),
    humanDuration(slo.exhaustsIn)
  ]);
  return [header, ...rows];
}
function columnWidths(cells) {
  return cells[0].map((_, i) => Math.max(...cells.map((row) => row[i].length)));
}
function tableWidth(cells) {
  const widths = columnWidths(cells);
  return widths.reduce((sum, w) => sum + w, 0) + COLUMN_GAP.length * (widths.length - 1);
}
function layoutThatFits(report, width) {
  if (width === void 0) return { windows: SHOWN_WINDOWS2, short: false };
  for (const short of [false, true]) {
    for (let kept = WINDOWS_BY_IMPORTANCE.length; kept >= 1; kept--) {
      const windows = SHOWN_WINDOWS2.filter((w) => WINDOWS_BY_IMPORTANCE.slice(0, kept).includes(w));
      if (tableWidth(tableCells(report, { windows, short })) <= width) return { windows, short };
    }
  }
  return { windows: WINDOWS_BY_IMPORTANCE.slice(0, 1), short: true };
}
function renderText(written, options) {
  const report = mapStrings(written, stripControlCharacters);
  const paint = (status, text) => options.color ? `${COLOURS[status]}${text}${RESET}` : text;
  const lines = [];
  const advisory = options.advisory && report.verdict !== "pass" ? " (advisory mode: not enforced)" : "";
  const read = options.read ? ` \u2014 ${count(options.read.files, "file")}, ${count(options.read.resources, "resource")}` : "";
  lines.push(
    `slo-gate: ${paint(report.verdict, report.verdict.toUpperCase())}${advisory} at ${report.evaluatedAt}${read}`
  );
  const { width } = options;
  const wrapped = (text, firstPrefix, restPrefix) => lines.push(...wrapWords(text, width, firstPrefix, restPrefix));
  if (report.slos.length > 0) {
    const layout = layoutThatFits(report, width);
    const { windows } = layout;
    const [header, ...rows] = tableCells(report, layout);
    const widths = columnWidths([header, ...rows]);
    const line = (cells, status) => cells.map((cell2, i) => {
      const padded = cell2.padEnd(widths[i]);
      return i === 1 && status ? paint(status, padded) : padded;
    }).join(COLUMN_GAP).trimEnd();
    lines.push("", line(header));
    rows.forEach((row, i) => lines.push(line(row, report.slos[i].status)));
    const left = SHOWN_WINDOWS2.filter((w) => !windows.includes(w));
    if (left.length > 0) {
      wrapped(
        `(burn rates over ${left.join(", ")} left out to fit ${width} columns; --format json has every window)`,
        ""
      );
    }
  }
  for (const slo of report.slos) {
    if (slo.reasons.length === 0 && !slo.warnings && !slo.slowQueries) continue;
    lines.push("", `${slo.name} (${paint(slo.status, slo.status)}):`);
    slo.reasons.forEach((reason) => wrapped(reason, "  - ", "    "));
    slo.warnings?.forEach((warning) => wrapped(`Prometheus warning: ${warning}`, "  ! ", "    "));
    slowQueryLines(slo).forEach((line) => wrapped(line, "  ~ ", "    "));
  }
  if (report.hints.length > 0) {
    lines.push("", "Hints:");
    for (const hint of report.hints) {
      wrapped(`${hint.slo ? `[${hint.slo}] ` : ""}${hint.title}`, "  * ", "    ");
      evidenceBeyondTitle(hint).forEach((e) => wrapped(e, "      ", "        "));
    }
  }
  if (report.findings.length > 0) {
    lines.push("", "Findings:");
    for (const f of report.findings) {
      lines.push(`  ${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`);
      wrapped(`${f.resource}: ${f.message}`, "      ", "        ");
      if (f.hint) wrapped(`hint: ${f.hint}`, "      ", "        ");
    }
  }
  return `${lines.join("\n")}
`;
}

export {
  HOOK_MAX_DURATION_SECONDS,
  startDeadline,
  resultsSignal,
  ratioSeries,
  manifestsRelativeToConfig,
  runGate,
  runValidation,
  withProgress,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderText
};
//# sourceMappingURL=chunk-6LLJJMD5.js.map
