import {
  package_default
} from "./chunk-7J4TBA5H.js";
import {
  planAnnotations,
  readCappedBody,
  verdictReason
} from "./chunk-RL57UDM5.js";
import {
  loadSchemaCheck
} from "./chunk-ZIJMTWEO.js";
import {
  renderJson,
  renderMarkdown,
  renderSarif,
  renderText,
  runGate,
  withProgress
} from "./chunk-6LLJJMD5.js";
import {
  ReportSchema,
  exitCodeFor
} from "./chunk-3HT76ZKV.js";
import {
  RULES
} from "./chunk-5EFMPVFV.js";
import {
  UsageError,
  mapStrings,
  parseDuration,
  redact,
  redactDeep,
  registerSecret,
  registerUrlCredentials,
  stripControlCharacters
} from "./chunk-JQVBXCJ4.js";
import "./chunk-YNQBFZTT.js";

// src/entry/action.ts
import * as core2 from "../vendor/@actions/core.js";

// src/github/inputs.ts
var INPUT_DEFAULTS = {
  config: "slo-gate.yaml",
  manifests: "",
  "prometheus-url": "",
  "prometheus-headers": "",
  "prometheus-token": "",
  at: "",
  mode: "",
  "fail-on": "block",
  comment: "",
  "comment-key": "default",
  "github-token": "${{ github.token }}",
  summary: "true",
  annotations: "true",
  "sarif-file": "",
  namespace: "",
  "strict-references": "false",
  report: "",
  "pr-number": "",
  "max-duration": "5m"
};
var HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var COMMENT_KEY = /^[A-Za-z0-9._-]{1,64}$/;
function invalid(name, detail, fix) {
  return new UsageError(`input ${name}: ${detail}`, { fix });
}
function oneOf(read, name, choices) {
  const value = read(name) || INPUT_DEFAULTS[name];
  if (value === "") return void 0;
  if (choices.includes(value)) return value;
  throw invalid(
    name,
    `${JSON.stringify(value)} is not one of ${choices.join(", ")}`,
    `write ${choices.join(" or ")}`
  );
}
function flag(read, name) {
  const value = read(name) || INPUT_DEFAULTS[name];
  if (value === "") return void 0;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw invalid(name, `${JSON.stringify(value)} is not a boolean`, "write true or false");
}
function lines(text) {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}
function parseHeaderLines(text) {
  const headers = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    const value = colon > 0 ? line.slice(colon + 1).trim() : "";
    if (!HEADER_NAME.test(name)) {
      throw invalid(
        "prometheus-headers",
        `line ${index + 1} is not a header`,
        "write one `Name: value` per line, e.g. `X-Scope-OrgID: team-a`"
      );
    }
    if (value === "") return;
    headers[name] = value;
  });
  return headers;
}
function readInputs(read) {
  const value = (name) => read(name) || INPUT_DEFAULTS[name] || void 0;
  const prometheusUrl = value("prometheus-url");
  if (prometheusUrl !== void 0 && !/^https?:\/\/[^\s/]+\S*$/.test(prometheusUrl)) {
    throw invalid(
      "prometheus-url",
      "expected an http(s):// URL",
      "write e.g. http://prometheus.monitoring:9090"
    );
  }
  const commentKey = value("comment-key") ?? "default";
  if (!COMMENT_KEY.test(commentKey)) {
    throw invalid(
      "comment-key",
      `${JSON.stringify(commentKey)} is not a key`,
      "use 1-64 letters, digits, dots, dashes or underscores, e.g. production"
    );
  }
  const prText = value("pr-number");
  let prNumber;
  if (prText !== void 0) {
    if (!/^[1-9]\d{0,9}$/.test(prText)) {
      throw invalid(
        "pr-number",
        `${JSON.stringify(prText)} is not a pull request number`,
        "write a number such as 42"
      );
    }
    prNumber = Number(prText);
  }
  const durationText = value("max-duration") ?? INPUT_DEFAULTS["max-duration"];
  const maxDurationSeconds = parseDuration(durationText);
  if (maxDurationSeconds === void 0) {
    throw invalid(
      "max-duration",
      `${JSON.stringify(durationText)} is not a duration`,
      "write a duration such as 5m or 90s, well below the job's timeout-minutes"
    );
  }
  const githubToken = read("github-token");
  const manifests = lines(read("manifests"));
  return {
    config: value("config") ?? INPUT_DEFAULTS.config,
    manifests: manifests.length > 0 ? manifests : void 0,
    prometheusUrl,
    prometheusHeaders: parseHeaderLines(read("prometheus-headers")),
    prometheusToken: read("prometheus-token") || void 0,
    at: value("at"),
    mode: oneOf(read, "mode", ["enforce", "advisory"]),
    failOn: oneOf(read, "fail-on", ["block", "warn"]) ?? "block",
    comment: flag(read, "comment") ?? "auto",
    commentKey,
    // The runner fills in `${{ github.token }}`; outside a runner there is no token.
    githubToken: githubToken && !githubToken.startsWith("${{") ? githubToken : void 0,
    summary: flag(read, "summary") ?? true,
    annotations: flag(read, "annotations") ?? true,
    sarifFile: value("sarif-file"),
    namespace: value("namespace"),
    strictReferences: flag(read, "strict-references") ?? false,
    report: value("report"),
    prNumber,
    maxDurationSeconds
  };
}

// src/github/publish.ts
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join as join2, resolve } from "node:path";
import * as core from "../vendor/@actions/core.js";

// src/report/chart.ts
var MAX_CATEGORIES = 60;
var MAX_SHORT_LABELS = 8;
var MAX_LONG_LABELS = 5;
var DAY_SECONDS = 86400;
var MAX_TITLE_NAME = 60;
var PLOT_LIMIT = 1e15;
var PALETTE = {
  /** The burn rate: a strong red. */
  burn: "#e5534b",
  /** The budget left: a strong blue. */
  budget: "#1f6feb",
  /** A threshold: neutral grey, so the data line stands out. */
  threshold: "#8c959f"
};
function xyChart(spec) {
  return [
    "```mermaid",
    // Front matter: Mermaid's per-diagram config (the theme's colours otherwise).
    "---",
    "config:",
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${spec.colours.join(", ")}"`,
    "---",
    "xychart-beta",
    `  title ${quoted(spec.title)}`,
    `  x-axis ${quoted(spec.xAxisTitle)} [${spec.categories.map(quoted).join(", ")}]`,
    `  y-axis ${quoted(spec.yAxis.title)} ${plainNumber(spec.yAxis.min)} --> ${plainNumber(spec.yAxis.max)}`,
    ...spec.lines.map((values) => `  line [${values.map(plainNumber).join(", ")}]`),
    "```"
  ].join("\n");
}
function burnRateChart(history, maxCategories = MAX_CATEGORIES) {
  const buckets = downsample(history.burnRate, maxCategories, "max");
  const values = fillGaps(buckets.map(([, value]) => value));
  if (!values) return void 0;
  const threshold = history.burnRateThreshold;
  const lines2 = threshold === void 0 ? [values] : [values, values.map(() => threshold)];
  const legend = threshold === void 0 ? "red: 1h burn rate (x)" : `red: 1h burn rate (x), grey: alert at ${plainNumber(threshold)}x`;
  return xyChart({
    title: `${titleName(history.slo)}: burn rate, last ${spanOf(history.burnRate)}`,
    colours: threshold === void 0 ? [PALETTE.burn] : [PALETTE.burn, PALETTE.threshold],
    xAxisTitle: "time (UTC)",
    categories: axisLabels(buckets.map(([t]) => t)),
    yAxis: { title: legend, ...axisRange(lines2.flat(), { headroom: 1.1 }) },
    lines: lines2
  });
}
function budgetChart(history, maxCategories = MAX_CATEGORIES) {
  const buckets = downsample(history.budgetRemaining, maxCategories, "last");
  const fractions = fillGaps(buckets.map(([, value]) => value));
  if (!fractions) return void 0;
  const percents = fractions.map((fraction) => fraction * 100);
  return xyChart({
    title: `${titleName(history.slo)}: error budget left, last ${spanOf(history.budgetRemaining)} (${history.window} period)`,
    colours: [PALETTE.budget],
    xAxisTitle: "time (UTC)",
    categories: axisLabels(buckets.map(([t]) => t)),
    // A full budget is the top; an overspent one goes below zero.
    yAxis: { title: "blue: budget left (%)", ...axisRange([...percents, 100], { headroom: 1 }) },
    lines: [percents]
  });
}
function downsample(points, maxBuckets, pick) {
  const size = Math.max(1, Math.ceil(points.length / Math.max(1, maxBuckets)));
  const buckets = [];
  for (let end = points.length; end > 0; end -= size) {
    const bucket = points.slice(Math.max(0, end - size), end);
    const finite = bucket.map(([, value2]) => value2).filter((value2) => Number.isFinite(value2));
    const value = finite.length === 0 ? NaN : pick === "max" ? Math.max(...finite) : finite[finite.length - 1];
    buckets.push([bucket[bucket.length - 1][0], value]);
  }
  return buckets.reverse();
}
function fillGaps(values) {
  const firstKnown = values.find((value) => Number.isFinite(value));
  if (firstKnown === void 0) return void 0;
  let previous = firstKnown;
  return values.map((value) => Number.isFinite(value) ? previous = value : previous);
}
function axisLabels(times) {
  const count = times.length;
  const span = count > 1 ? times[count - 1] - times[0] : 0;
  const visible = /* @__PURE__ */ new Map();
  if (span >= 3 * DAY_SECONDS) {
    const dayStarts = times.map((t, i) => i).filter((i) => i > 0 && utcDay(times[i]) !== utcDay(times[i - 1]));
    const every = Math.ceil(dayStarts.length / MAX_SHORT_LABELS);
    dayStarts.forEach((i, n) => {
      if (n % every === 0) visible.set(i, utcIso(times[i]).slice(5, 10));
    });
  } else {
    const withDate = span >= DAY_SECONDS;
    const every = Math.ceil(count / (withDate ? MAX_LONG_LABELS : MAX_SHORT_LABELS));
    for (let i = count - 1; i >= 0; i -= every) {
      const iso = utcIso(times[i]);
      visible.set(i, withDate ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16));
    }
  }
  const used = /* @__PURE__ */ new Set();
  return times.map((_, i) => {
    const label = visible.get(i);
    if (label === void 0 || used.has(label)) return invisibleLabel(i, count);
    used.add(label);
    return label;
  });
}
function invisibleLabel(i, count) {
  const bits = Math.max(1, Math.ceil(Math.log2(count)));
  return i.toString(2).padStart(bits, "0").replace(/0/g, "\u200B").replace(/1/g, "\u200C");
}
function mermaidText(text) {
  return text.replace(/["`]/g, "'").replace(/[\r\n]+/g, " ").replace(/%{2,}/g, "%").trim();
}
function quoted(text) {
  return `"${mermaidText(text)}"`;
}
function spanOf(points) {
  const seconds = points.length > 1 ? points[points.length - 1][0] - points[0][0] : 0;
  if (seconds >= 2 * DAY_SECONDS) return `${Math.round(seconds / DAY_SECONDS)}d`;
  if (seconds >= 3600) return `${Math.round(seconds / 3600)}h`;
  return `${Math.round(seconds / 60)}m`;
}
function titleName(name) {
  return name.length > MAX_TITLE_NAME ? `${name.slice(0, MAX_TITLE_NAME - 1)}\u2026` : name;
}
function plainNumber(value) {
  if (Number.isNaN(value)) throw new Error("a chart value is NaN: fill gaps before drawing");
  const clamped = Math.max(-PLOT_LIMIT, Math.min(PLOT_LIMIT, value));
  return String(Number(clamped.toFixed(4)) || 0);
}
function axisRange(values, options) {
  const lowest = Math.min(0, ...values);
  const highest = Math.max(...values) * options.headroom;
  const max = roundUp(highest) || 1;
  return { min: lowest < 0 ? -roundUp(-lowest) : 0, max };
}
function roundUp(value) {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * power >= value * (1 - 1e-12)) ?? 10;
  return Number((factor * power).toPrecision(12));
}
function utcIso(unixSeconds) {
  return new Date(unixSeconds * 1e3).toISOString();
}
function utcDay(unixSeconds) {
  return Math.floor(unixSeconds / DAY_SECONDS);
}

// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var DEFAULT_SUMMARY_MAX_BYTES = SUMMARY_LIMIT_BYTES - 16 * 1024;
var CHARTS_HEADING = "### Burn rate and budget";
function renderSummary(report, histories, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const limit = maxBytes === DEFAULT_SUMMARY_MAX_BYTES ? "GitHub's 1 MiB limit" : `the ${limitText(maxBytes)} limit`;
  const markdown = (r) => renderMarkdown(r, { advisory: options.advisory });
  const chartBlocks = mapStrings(histories, stripControlCharacters).map(chartsOf);
  const full = splitAfterSloTable(markdown(report));
  for (let shown = chartBlocks.length; shown >= 0; shown--) {
    const text = join(full.head, chartsSection(chartBlocks, shown, limit), full.tail);
    if (fits(text, maxBytes)) return text;
  }
  const noCharts = chartsSection(chartBlocks, 0, limit);
  const withoutQueries = { ...report, slos: report.slos.map((slo) => ({ ...slo, queries: [] })) };
  const hasQueries = report.slos.some((slo) => slo.queries.length > 0);
  const queriesNote = hasQueries ? `_PromQL details left out to keep the summary under ${limit}; the JSON report has every query._
` : "";
  const lean = splitAfterSloTable(markdown(withoutQueries));
  const leanText = join(lean.head, noCharts, lean.tail, queriesNote);
  if (fits(leanText, maxBytes)) return leanText;
  const total = report.findings.length;
  const withFindings = (kept) => {
    const cut = splitAfterSloTable(markdown({ ...withoutQueries, findings: report.findings.slice(0, kept) }));
    const findingsNote = kept < total ? `_Showing ${kept} of ${total} findings: the rest were cut to keep the summary under ${limit}; the JSON report has them all._
` : "";
    return join(cut.head, noCharts, cut.tail, findingsNote, queriesNote);
  };
  let low = 0;
  let high = total - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(withFindings(middle), maxBytes)) low = middle;
    else high = middle - 1;
  }
  const trimmed = withFindings(low);
  if (fits(trimmed, maxBytes)) return trimmed;
  const cutNote = `

_The summary was cut here to stay under ${limit}; the JSON report has the whole report._
`;
  if (byteLength(cutNote) > maxBytes) return cutToBytes(cutNote.trim(), maxBytes);
  return cutToBytes(trimmed, maxBytes - byteLength(cutNote)) + cutNote;
}
function chartsOf(history) {
  const burn = burnRateChart(history);
  const budget = budgetChart(history);
  const times = [...history.burnRate, ...history.budgetRemaining].map(([t]) => t);
  const span = times.length > 0 ? ` (${utcMinute(Math.min(...times))} to ${utcMinute(Math.max(...times))} UTC)` : "";
  const heading = `**${history.slo.replace(/\r?\n/g, " ")}**${span}`;
  if (!burn && !budget) return `${heading}: no traffic in this period, nothing to chart.
`;
  const parts = [heading, ""];
  if (burn) parts.push(burn, "");
  else parts.push("_Burn rate: no traffic in this period._", "");
  if (budget) parts.push(budget, "");
  else if (history.budgetRemaining.length === 0)
    parts.push("_Budget: not charted for a calendar period._", "");
  else parts.push("_Budget: no traffic in this period._", "");
  return parts.join("\n");
}
function utcMinute(unixSeconds) {
  return new Date(unixSeconds * 1e3).toISOString().slice(0, 16).replace("T", " ");
}
function chartsSection(blocks, shown, limit) {
  if (blocks.length === 0) return "";
  const out = [CHARTS_HEADING, ""];
  if (shown > 0) {
    out.push(
      "_Each point is the highest 1h burn rate, and the budget left, in its stretch of time; stretches without traffic repeat the value before them._",
      ""
    );
  }
  out.push(...blocks.slice(0, shown));
  if (shown < blocks.length) {
    const left = blocks.length - shown;
    out.push(
      `_Charts of ${left} SLO${left === 1 ? "" : "s"} left out to keep the summary under ${limit}._`,
      ""
    );
  }
  return out.join("\n") + "\n";
}
function splitAfterSloTable(markdown) {
  const table = markdown.indexOf("\n| SLO |");
  const end = table < 0 ? -1 : markdown.indexOf("\n\n", table);
  if (end < 0) return { head: markdown, tail: "" };
  return { head: markdown.slice(0, end + 2), tail: markdown.slice(end + 2) };
}
function join(head, charts, tail, ...notes) {
  const gap = charts === "" || head.endsWith("\n\n") ? "" : head.endsWith("\n") ? "\n" : "\n\n";
  const body = head + gap + charts + tail;
  const trailing = notes.filter((note) => note !== "");
  if (trailing.length === 0) return body;
  return `${body.replace(/\n*$/, "\n\n")}${trailing.join("\n")}`;
}
function fits(text, maxBytes) {
  return byteLength(text) <= maxBytes;
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
function limitText(bytes) {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024) return `${Math.floor(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
function cutToBytes(text, maxBytes) {
  if (maxBytes <= 0) return "";
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  while (end > 0 && (bytes[end] & 192) === 128) end--;
  const cut = bytes.subarray(0, end).toString("utf8");
  const lastLine = cut.lastIndexOf("\n");
  return lastLine > 0 ? cut.slice(0, lastLine) : cut;
}

// src/github/comment-body.ts
var MAX_COMMENT_CHARS = 6e4;
function commentMarker(key) {
  return `<!-- slo-gate:comment-key=${key} -->`;
}
function hasMarker(body, key) {
  return typeof body === "string" && body.trimStart().split(/\r?\n/, 1)[0]?.trim() === commentMarker(key);
}
function sameBody(a, b) {
  const normal = (text) => text.replace(/\r\n/g, "\n").trimEnd();
  return typeof a === "string" && normal(a) === normal(b);
}
function runSummaryUrl(env) {
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (!repository || !runId) return void 0;
  return `${server.replace(/\/+$/, "")}/${repository}/actions/runs/${runId}`;
}
function pointer(shown, total, summaryUrl) {
  const where = summaryUrl ? `the [run summary](${summaryUrl})` : "this run's job summary";
  return `

---
\u2702\uFE0F **The report is cut here**: it is longer than a pull request comment can hold (${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} characters shown). The whole report is in ${where}.
`;
}
function closeOpenBlocks(kept) {
  let inFence = false;
  let openDetails = 0;
  for (const line of kept.split("\n")) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    else if (!inFence) {
      openDetails += (line.match(/<details>/g) ?? []).length;
      openDetails -= (line.match(/<\/details>/g) ?? []).length;
    }
  }
  let closing = inFence ? "\n```" : "";
  for (let i = 0; i < openDetails; i++) closing += "\n\n</details>";
  return closing;
}
function buildCommentBody(markdown, options) {
  const maxChars = options.maxChars ?? MAX_COMMENT_CHARS;
  const head = `${commentMarker(options.key)}
`;
  const report = markdown.replace(/\r\n/g, "\n").trimEnd();
  const whole = `${head}${report}
`;
  if (whole.length <= maxChars) return whole;
  const reserve = pointer(report.length, report.length, options.summaryUrl).length + 200;
  const budget = Math.max(0, maxChars - head.length - reserve);
  let end = report.lastIndexOf("\n", budget);
  if (end <= 0) end = budget;
  if (/[\uD800-\uDBFF]/.test(report.charAt(end - 1))) end -= 1;
  const kept = report.slice(0, end).trimEnd();
  return `${head}${kept}${closeOpenBlocks(kept)}${pointer(kept.length, report.length, options.summaryUrl)}`;
}

// src/github/outputs.ts
function lowestBudgetRemaining(report) {
  const values = report.slos.map((s) => s.errorBudgetRemaining).filter((v) => v !== null);
  return values.length > 0 ? Math.min(...values) : void 0;
}
function reportOutputs(report) {
  const lowest = lowestBudgetRemaining(report);
  return {
    verdict: report.verdict,
    // 12 significant digits: drops float noise (0.19999999999999996) and keeps every real digit.
    "budget-remaining": lowest === void 0 ? "" : String(Number(lowest.toPrecision(12))),
    findings: String(report.findings.length)
  };
}

// src/github/pull-request.ts
import { readFileSync } from "node:fs";
function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { name, payload: {} };
  try {
    const payload = JSON.parse(readFileSync(path, "utf8"));
    return {
      name,
      payload: payload && typeof payload === "object" ? payload : {}
    };
  } catch {
    return { name, payload: {} };
  }
}
function numberField(value) {
  const number = value?.number;
  return typeof number === "number" && Number.isInteger(number) && number > 0 ? number : void 0;
}
function pullRequestNumber(event, explicit) {
  if (explicit !== void 0) return explicit;
  const fromPullRequest = numberField(event.payload.pull_request);
  if (fromPullRequest !== void 0) return fromPullRequest;
  const issue = event.payload.issue;
  return issue?.pull_request ? numberField(issue) : void 0;
}
function shouldComment(setting, pr) {
  return setting === "auto" ? pr !== void 0 : setting;
}
function workflowRunHead(event) {
  if (event.name !== "workflow_run") return void 0;
  const run = event.payload.workflow_run;
  if (!run || typeof run.head_sha !== "string") return void 0;
  const fullName = run.head_repository?.full_name;
  const pullRequests = (Array.isArray(run.pull_requests) ? run.pull_requests : []).filter((pr) => pr.head?.sha === void 0 || pr.head.sha === run.head_sha).map((pr) => numberField(pr)).filter((number) => number !== void 0);
  return {
    headSha: run.head_sha,
    headRepository: typeof fullName === "string" ? fullName : void 0,
    pullRequests
  };
}
function workflowRunPullRequest(run, explicit) {
  if (run.pullRequests.length > 0) {
    if (explicit === void 0) return { number: run.pullRequests[0] };
    if (run.pullRequests.includes(explicit)) return { number: explicit };
    return {
      refused: `pr-number ${explicit} is not a pull request of the workflow run (GitHub lists ${run.pullRequests.map((n) => `#${n}`).join(", ")})`
    };
  }
  if (explicit !== void 0) return { number: explicit };
  return { none: "the workflow run names no pull request and pr-number is not set" };
}
function pullRequestMismatch(number, head, run) {
  if (run.headRepository === void 0) {
    return "the workflow run has no head repository (a deleted fork): it cannot be matched to a pull request";
  }
  const sha = head?.sha;
  const repository = head?.repo?.full_name;
  if (sha === run.headSha && repository === run.headRepository) return void 0;
  return `pull request #${number} is at ${sha ?? "no commit"} of ${repository ?? "a deleted repository"}, but the workflow run built ${run.headSha} of ${run.headRepository}`;
}

// src/github/sticky-comment.ts
var ACTIONS_BOT = "github-actions[bot]";
async function tokenIdentity(octokit) {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login };
  } catch {
    return {};
  }
}
function pickOwnComment(marked, identity) {
  if (identity.login) return marked.find((c) => c.user?.login === identity.login);
  const bots = marked.filter((c) => c.user?.type === "Bot" || c.user?.login === ACTIONS_BOT);
  return bots.find((c) => c.user?.login === ACTIONS_BOT) ?? bots[0];
}
async function upsertStickyComment(octokit, pr, key, body) {
  const where = { owner: pr.owner, repo: pr.repo };
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: pr.number,
    per_page: 100
  });
  const marked = comments.filter((c) => hasMarker(c.body, key));
  const own = marked.length > 0 ? pickOwnComment(marked, await tokenIdentity(octokit)) : void 0;
  if (own) {
    if (sameBody(own.body, body)) return { outcome: "unchanged", id: own.id, url: own.html_url };
    const { data: data2 } = await octokit.rest.issues.updateComment({ ...where, comment_id: own.id, body });
    return { outcome: "updated", id: data2.id, url: data2.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: pr.number, body });
  return { outcome: "created", id: data.id, url: data.html_url };
}
var MAX_GITHUB_ANSWER_BYTES = 16 * 1024 * 1024;
var GitHubAnswerTooLarge = class extends Error {
  name = "GitHubAnswerTooLarge";
};
function cappedFetch(maxBytes = MAX_GITHUB_ANSWER_BYTES, base = fetch) {
  const tooLarge = () => new GitHubAnswerTooLarge(
    `the GitHub API answered with more than the ${Math.round(maxBytes / 1024)} KiB the gate reads from it`
  );
  return async (input, init) => {
    const response = await base(input, init);
    const declared = Number(response.headers.get("content-length"));
    if (!response.body) {
      if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
      return response;
    }
    const body = await readCappedBody(
      response.body,
      declared,
      maxBytes,
      tooLarge
    );
    const empty = [204, 205, 304].includes(response.status);
    return new Response(empty ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    });
  };
}
function describeGitHubError(error2, secrets) {
  const status = error2.status;
  let message = error2 instanceof Error ? error2.message : String(error2);
  for (const secret of secrets) if (secret) message = message.split(secret).join("***");
  message = message.replace(/\s*[\r\n]+\s*/g, " ").slice(0, 300);
  const cause = error2.cause;
  if (cause instanceof GitHubAnswerTooLarge) return cause.message;
  if (isTimedOut(error2)) return `no answer from the GitHub API in time (${message})`;
  if (!answered(error2)) return `the GitHub API could not be reached: ${message}`;
  if (isRateLimited(error2)) {
    const reset = rateLimitReset(error2);
    return `HTTP ${String(status)} the GitHub API rate limit is used up${reset ? ` until ${reset}` : ""}: ${message}`;
  }
  return typeof status === "number" ? `HTTP ${status} ${message}` : message;
}
function isTimedOut(error2) {
  const failure = error2;
  const names = [failure.name, failure.cause?.name];
  return names.includes("TimeoutError") || names.includes("AbortError");
}
function answered(error2) {
  const failure = error2;
  return typeof failure.status !== "number" || failure.status !== 500 || failure.response !== void 0;
}
function isRateLimited(error2) {
  const failure = error2;
  if (failure.status !== 403 && failure.status !== 429) return false;
  if (String(failure.response?.headers?.["x-ratelimit-remaining"]) === "0") return true;
  const message = error2 instanceof Error ? error2.message : "";
  return /rate limit exceeded/i.test(message);
}
function rateLimitReset(error2) {
  const seconds = Number(error2.response?.headers?.["x-ratelimit-reset"]);
  if (!Number.isFinite(seconds) || seconds <= 0) return void 0;
  return `${new Date(seconds * 1e3).toISOString().slice(11, 16)} UTC`;
}
function isPermissionDenied(error2) {
  const status = error2.status;
  if (isRateLimited(error2)) return false;
  return status === 403 || status === 401 || status === 404;
}

// src/github/untrusted-report.ts
var CODE_FIELDS = /* @__PURE__ */ new Set(["evaluatedAt", "ruleId", "file", "promql"]);
var ZERO_WIDTH_SPACE = "\u200B";
function withoutMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`);
}
function inertText(text) {
  return withoutMentions(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}
function inertCode(text) {
  return text.replace(/`/g, "'");
}
function inert(value, key) {
  if (typeof value === "string")
    return key !== void 0 && CODE_FIELDS.has(key) ? inertCode(value) : inertText(value);
  if (Array.isArray(value)) return value.map((item) => inert(item, key));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, inert(item, name)]));
  }
  return value;
}
function inertReport(report) {
  return inert(report, void 0);
}

// src/github/verdict.ts
function stepResult(report, policy) {
  const reason = verdictReason(report);
  if (report.verdict === "pass") return { kind: "info", message: `slo-gate passed: ${reason}` };
  const verb = report.verdict === "block" ? "blocked" : "warned";
  if (policy.publishOnly) {
    return { kind: "notice", message: `slo-gate ${verb} (published from an earlier run): ${reason}` };
  }
  if (policy.mode === "advisory") {
    return { kind: "notice", message: `slo-gate ${verb} (mode: advisory, not enforced): ${reason}` };
  }
  if (exitCodeFor(report.verdict, policy) === 1) {
    return {
      kind: "fail",
      message: `slo-gate ${verb}${report.verdict === "warn" ? " (fail-on: warn)" : ""}: ${reason}`
    };
  }
  return { kind: "warning", message: `slo-gate ${verb}: ${reason}` };
}

// src/github/publish.ts
function printPlain(written) {
  const token = `slo-gate-${randomUUID()}`;
  const text = redact(written);
  process.stdout.write(
    `::stop-commands::${token}
${text.endsWith("\n") ? text : `${text}
`}::${token}::
`
  );
}
function emitWarning(message) {
  core.warning(redact(message), { title: "slo-gate" });
}
function setOutput2(name, value, warn) {
  try {
    core.setOutput(name, redact(value));
  } catch (error2) {
    warn(
      `could not set the step output ${name}: ${error2.code ?? error2.message}`
    );
  }
}
async function writeReportFile(report, env, warn) {
  try {
    const dir = await mkdtemp(join2(env.RUNNER_TEMP || tmpdir(), "slo-gate-"));
    const file = join2(dir, "report.json");
    await writeFile(file, renderJson(report));
    return file;
  } catch (error2) {
    warn(`could not write the JSON report: ${error2.message}`);
    return void 0;
  }
}
var RESULT_KIND = {
  fail: "error",
  warning: "warning",
  notice: "notice",
  info: void 0
};
function annotate(request, sinkWarnings) {
  const { report, inputs, env } = request;
  const result = stepResult(report, {
    failOn: inputs.failOn,
    mode: request.mode,
    publishOnly: request.gate === void 0
  });
  const showAnnotations = inputs.annotations;
  const message = redact(result.message);
  if (result.kind === "fail") core.setFailed(message);
  else if (result.kind === "warning" && showAnnotations) core.warning(message, { title: "slo-gate" });
  else if (result.kind === "notice" && showAnnotations) core.notice(message, { title: "slo-gate" });
  else printPlain(result.message);
  sinkWarnings.forEach(emitWarning);
  if (!showAnnotations) return;
  const reserved = { warning: sinkWarnings.length };
  const resultKind = RESULT_KIND[result.kind];
  if (resultKind) reserved[resultKind] = (reserved[resultKind] ?? 0) + 1;
  const plan = planAnnotations(report.findings, {
    root: env.GITHUB_WORKSPACE || process.cwd(),
    cwd: process.cwd(),
    reserved,
    overflowPointer: inputs.summary ? "see the job summary" : "see the step log"
  });
  for (const annotation of plan) {
    const emit = annotation.kind === "error" ? core.error : annotation.kind === "warning" ? core.warning : core.notice;
    emit(redact(annotation.message), annotation.properties);
  }
}
async function targetPullRequest(request, octokit, warn) {
  const { inputs, env } = request;
  const event = readEvent(env);
  const run = workflowRunHead(event);
  if (!run) return pullRequestNumber(event, inputs.prNumber);
  const candidate = workflowRunPullRequest(run, inputs.prNumber);
  if ("none" in candidate) {
    core.info(`comment: ${candidate.none}: no comment`);
    return void 0;
  }
  const refuse = (why) => warn(
    `no pull request comment: ${why}. The report is not published on a pull request it does not belong to.`
  );
  if ("refused" in candidate) {
    refuse(candidate.refused);
    return void 0;
  }
  const repo = repositoryOf(env);
  try {
    const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: candidate.number });
    const mismatch = pullRequestMismatch(candidate.number, data.head, run);
    if (mismatch) {
      refuse(mismatch);
      return void 0;
    }
    return candidate.number;
  } catch (error2) {
    refuse(
      `pull request #${candidate.number} could not be read to check it (${describeGitHubError(error2, request.secrets)})`
    );
    return void 0;
  }
}
function repositoryOf(env) {
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  return { owner, repo };
}
async function loadOctokit(token) {
  const { getOctokit } = await import("../vendor/@actions/github.js");
  const { defaults } = await import("../vendor/@actions/github/lib/utils.js");
  return getOctokit(token, {
    userAgent: `slo-gate/${package_default.version}`,
    // One deadline for the whole exchange: a hanging API must not hang the job.
    request: { ...defaults.request, signal: AbortSignal.timeout(6e4), fetch: cappedFetch() },
    log: {
      debug: () => {
      },
      info: () => {
      },
      warn: (m) => core.debug(m),
      error: (m) => core.debug(m)
    }
  });
}
function commentRefused(error2, request) {
  const why = describeGitHubError(error2, request.secrets);
  if (!isPermissionDenied(error2))
    return `could not write the pull request comment (${why}). The verdict is unchanged.`;
  const who = request.env.GITHUB_ACTOR === "dependabot[bot]" ? "A Dependabot pull request's run gets a read-only token unless the workflow's permissions grant more" : "A pull request from a fork gets a read-only token (so does Dependabot's unless the workflow's permissions grant more)";
  return `could not write the pull request comment (${why}). ${who}: publish the report from a workflow_run workflow (see the README). Otherwise give the job \`permissions: pull-requests: write\`. The verdict is unchanged.`;
}
async function comment(request, warn) {
  const { inputs, env } = request;
  if (inputs.comment === false) return void 0;
  const event = readEvent(env);
  const onWorkflowRun = workflowRunHead(event) !== void 0;
  if (!onWorkflowRun) {
    const number2 = pullRequestNumber(event, inputs.prNumber);
    if (!shouldComment(inputs.comment, number2)) return void 0;
    if (number2 === void 0) {
      core.info(
        `comment: true, but this run (${event.name || "no event"}) is not for a pull request: no comment`
      );
      return void 0;
    }
  }
  if (!inputs.githubToken) {
    warn("no github-token: the pull request comment is skipped (the default is ${{ github.token }})");
    return void 0;
  }
  let octokit;
  try {
    octokit = await loadOctokit(inputs.githubToken);
  } catch (error2) {
    warn(`could not write the pull request comment (${describeGitHubError(error2, request.secrets)}).`);
    return void 0;
  }
  const number = await targetPullRequest(request, octokit, warn);
  if (number === void 0) return void 0;
  const shown = request.gate === void 0 ? inertReport(request.report) : request.report;
  const body = buildCommentBody(renderMarkdown(shown, { advisory: request.mode === "advisory" }), {
    key: inputs.commentKey,
    summaryUrl: runSummaryUrl(env)
  });
  try {
    const result = await upsertStickyComment(
      octokit,
      { ...repositoryOf(env), number },
      inputs.commentKey,
      body
    );
    core.info(
      `pull request comment ${result.outcome}${result.url ? `: ${result.url}` : ` (id ${result.id})`}`
    );
    return result.id;
  } catch (error2) {
    warn(commentRefused(error2, request));
    return void 0;
  }
}
async function summary2(request, warn) {
  if (!request.env.GITHUB_STEP_SUMMARY) {
    core.info("GITHUB_STEP_SUMMARY is not set (not on a runner): no job summary");
    return;
  }
  try {
    const histories = request.gate?.histories ?? [];
    const shown = request.gate === void 0 ? inertReport(request.report) : request.report;
    await core.summary.addRaw(renderSummary(shown, histories, { advisory: request.mode === "advisory" })).write();
  } catch (error2) {
    warn(`could not write the job summary: ${describeGitHubError(error2, request.secrets)}`);
  }
}
async function sarif(request, file, warn) {
  try {
    const text = renderSarif(request.report, {
      rules: RULES.map((rule) => rule.meta),
      version: package_default.version,
      root: request.env.GITHUB_WORKSPACE || process.cwd()
    });
    const path = resolve(file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    core.info(`SARIF written to ${file}`);
  } catch (error2) {
    warn(
      `could not write sarif-file ${file}: ${error2.code ?? error2.message}`
    );
  }
}
async function publish(written) {
  written.secrets.forEach(registerSecret);
  const request = { ...written, report: redactDeep(written.report) };
  const { report, inputs } = request;
  const sinkWarnings = [];
  const warn = (message) => sinkWarnings.push(message);
  for (const [name, value] of Object.entries(reportOutputs(report))) setOutput2(name, String(value), warn);
  const reportFile = await writeReportFile(report, request.env, warn);
  setOutput2("report-file", reportFile ?? "", warn);
  printPlain(renderText(report, { color: false, advisory: request.mode === "advisory" }));
  setOutput2("comment-id", String(await comment(request, warn) ?? ""), warn);
  if (inputs.summary) await summary2(request, warn);
  if (inputs.sarifFile) await sarif(request, inputs.sarifFile, warn);
  annotate(request, sinkWarnings);
}

// src/github/report-input.ts
import { readFile, stat } from "node:fs/promises";
var MAX_BYTES = 20 * 1024 * 1024;
async function readPublishedReport(file) {
  const fail = (detail) => new UsageError(`input report: ${file} ${detail}`, {
    fix: "give the report-file written by an earlier slo-gate step (its `report-file` output)"
  });
  let size;
  try {
    size = (await stat(file)).size;
  } catch (error2) {
    throw fail(`cannot be read (${error2.code ?? "error"})`);
  }
  if (size > MAX_BYTES) throw fail(`is larger than ${MAX_BYTES / 1024 / 1024} MiB`);
  let json;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch {
    throw fail("is not JSON");
  }
  const parsed = ReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(
      `is not a slo-gate report (${issue ? `${issue.path.join(".") || "top level"}: ${issue.message}` : "invalid"})`
    );
  }
  return parsed.data;
}

// src/entry/action.ts
async function main() {
  const secrets = [];
  const keepSecret = (secret) => {
    if (!secret) return;
    core2.setSecret(secret);
    registerSecret(secret);
    secrets.push(secret);
  };
  keepSecret(core2.getInput("prometheus-token"));
  keepSecret(core2.getInput("github-token"));
  registerUrlCredentials(core2.getInput("prometheus-url"));
  const inputs = readInputs((name) => core2.getInput(name));
  Object.values(inputs.prometheusHeaders).forEach(keepSecret);
  if (inputs.report) {
    const report = await readPublishedReport(inputs.report);
    await publish({ report, inputs, mode: inputs.mode ?? "enforce", env: process.env, secrets });
    return;
  }
  const print = (message) => printPlain(`slo-gate: ${message}`);
  const run = await withProgress(
    core2.isDebug(),
    print,
    (progress) => runGate({
      configFile: inputs.config,
      scope: "check",
      at: inputs.at,
      prometheusUrl: inputs.prometheusUrl,
      prometheusHeaders: inputs.prometheusHeaders,
      prometheusToken: inputs.prometheusToken,
      manifests: inputs.manifests,
      namespace: inputs.namespace,
      strictReferences: inputs.strictReferences,
      mode: inputs.mode,
      maxDurationSeconds: inputs.maxDurationSeconds,
      log: print,
      verbose: core2.isDebug(),
      progress,
      // The summary's charts; without a summary file there is nowhere to draw them.
      histories: inputs.summary && Boolean(process.env.GITHUB_STEP_SUMMARY),
      loadSchemaCheck
    })
  );
  await publish({
    report: run.report,
    inputs,
    mode: run.config.mode,
    gate: { histories: run.histories },
    env: process.env,
    secrets
  });
}
try {
  await main();
} catch (error2) {
  if (error2 instanceof UsageError) {
    core2.setFailed(redact(error2.message));
  } else {
    core2.setFailed(
      redact(`slo-gate internal error (please report it): ${error2?.message ?? String(error2)}`)
    );
    if (error2 instanceof Error && error2.stack) core2.debug(redact(error2.stack));
  }
}
//# sourceMappingURL=index.js.map
