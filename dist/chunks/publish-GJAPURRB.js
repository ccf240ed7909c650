import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  planAnnotations,
  verdictReason
} from "./chunk-M3RRQYZK.js";
import {
  exitCodeFor
} from "./chunk-FTKHHHV5.js";
import "./chunk-UMJKAUM6.js";
import "./chunk-SMLNOKBD.js";
import {
  package_default
} from "./chunk-ZRYP7MNU.js";
import {
  debug,
  error,
  info,
  notice,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-5TEQ652K.js";
import "./chunk-YH7C4ULE.js";
import {
  renderJson,
  renderText
} from "./chunk-5JTUPBDO.js";
import {
  renderMarkdown
} from "./chunk-5V7PBZV3.js";
import "./chunk-VAC67D4I.js";
import "./chunk-4JZA25TA.js";
import "./chunk-D3WFAY5I.js";
import "./chunk-KKDPHI53.js";
import "./chunk-O7XBRFDR.js";
import "./chunk-QEPZ6EYX.js";
import "./chunk-YA6DW627.js";

// src/github/publish.ts
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

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
function describeGitHubError(error2, secrets) {
  const status = error2.status;
  let message = error2 instanceof Error ? error2.message : String(error2);
  for (const secret of secrets) if (secret) message = message.split(secret).join("***");
  message = message.replace(/\s*[\r\n]+\s*/g, " ").slice(0, 300);
  return typeof status === "number" ? `HTTP ${status} ${message}` : message;
}
function isPermissionDenied(error2) {
  const status = error2.status;
  return status === 403 || status === 401 || status === 404;
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
function printPlain(text) {
  const token = `slo-gate-${randomUUID()}`;
  process.stdout.write(
    `::stop-commands::${token}
${text.endsWith("\n") ? text : `${text}
`}::${token}::
`
  );
}
function warn(message) {
  warning(message, { title: "slo-gate" });
}
async function writeReportFile(report, env) {
  try {
    const dir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), "slo-gate-"));
    const file = join(dir, "report.json");
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
function annotate(request) {
  const { report, inputs, env } = request;
  const result = stepResult(report, {
    failOn: inputs.failOn,
    mode: request.mode,
    publishOnly: request.gate === void 0
  });
  const showAnnotations = inputs.annotations;
  if (result.kind === "fail") setFailed(result.message);
  else if (result.kind === "warning" && showAnnotations) warning(result.message, { title: "slo-gate" });
  else if (result.kind === "notice" && showAnnotations) notice(result.message, { title: "slo-gate" });
  else printPlain(result.message);
  if (!showAnnotations) return;
  const reservedKind = RESULT_KIND[result.kind];
  const plan = planAnnotations(report.findings, {
    root: env.GITHUB_WORKSPACE || process.cwd(),
    cwd: process.cwd(),
    reserved: reservedKind ? { [reservedKind]: 1 } : {},
    overflowPointer: inputs.summary ? "see the job summary" : "see the step log"
  });
  for (const annotation of plan) {
    const emit = annotation.kind === "error" ? error : annotation.kind === "warning" ? warning : notice;
    emit(annotation.message, annotation.properties);
  }
}
async function comment(request) {
  const { inputs, env, report } = request;
  const event = readEvent(env);
  const number = pullRequestNumber(event, inputs.prNumber);
  if (!shouldComment(inputs.comment, number)) return void 0;
  if (number === void 0) {
    info(
      `comment: true, but this run (${event.name || "no event"}) is not for a pull request: no comment`
    );
    return void 0;
  }
  if (!inputs.githubToken) {
    warn("no github-token: the pull request comment is skipped (the default is ${{ github.token }})");
    return void 0;
  }
  const body = buildCommentBody(renderMarkdown(report, { advisory: request.mode === "advisory" }), {
    key: inputs.commentKey,
    summaryUrl: runSummaryUrl(env)
  });
  try {
    const { getOctokit, context } = await import("./github-ZCY2EHZO.js");
    const { defaults } = await import("./utils-TCWDFMTF.js");
    const octokit = getOctokit(inputs.githubToken, {
      userAgent: `slo-gate/${package_default.version}`,
      // One deadline for the whole exchange: a hanging API must not hang the job.
      request: { ...defaults.request, signal: AbortSignal.timeout(6e4) },
      log: {
        debug: () => {
        },
        info: () => {
        },
        warn: (m) => debug(m),
        error: (m) => debug(m)
      }
    });
    const result = await upsertStickyComment(octokit, { ...context.repo, number }, inputs.commentKey, body);
    info(
      `pull request comment ${result.outcome}${result.url ? `: ${result.url}` : ` (id ${result.id})`}`
    );
    return result.id;
  } catch (error2) {
    const why = describeGitHubError(error2, request.secrets);
    warn(
      isPermissionDenied(error2) ? `could not write the pull request comment (${why}). A pull request from a fork gets a read-only token: publish the report from a workflow_run workflow (see the README). Otherwise give the job \`permissions: pull-requests: write\`. The verdict is unchanged.` : `could not write the pull request comment (${why}). The verdict is unchanged.`
    );
    return void 0;
  }
}
async function summary2(request) {
  if (!request.env.GITHUB_STEP_SUMMARY) {
    info("GITHUB_STEP_SUMMARY is not set (not on a runner): no job summary");
    return;
  }
  try {
    const log = (message) => printPlain(`slo-gate: ${message}`);
    const gate = request.gate;
    const histories = gate?.client !== void 0 ? await (await import("./history-U3SH4VSF.js")).sloHistories(request.report, gate.config, gate.client, gate.at, {
      log
    }) : [];
    const { renderSummary } = await import("./summary-LXZFN6KN.js");
    await summary.addRaw(renderSummary(request.report, histories, { advisory: request.mode === "advisory" })).write();
  } catch (error2) {
    warn(`could not write the job summary: ${describeGitHubError(error2, request.secrets)}`);
  }
}
async function sarif(request, file) {
  try {
    const [{ renderSarif }, { RULES }] = await Promise.all([
      import("./sarif-6MIE4OEZ.js"),
      import("./rules-FMFSKZY7.js")
    ]);
    const text = renderSarif(request.report, {
      rules: RULES.map((rule) => rule.meta),
      version: package_default.version,
      root: request.env.GITHUB_WORKSPACE || process.cwd()
    });
    const path = resolve(file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    info(`SARIF written to ${file}`);
  } catch (error2) {
    warn(
      `could not write sarif-file ${file}: ${error2.code ?? error2.message}`
    );
  }
}
async function publish(request) {
  const { report, inputs } = request;
  for (const [name, value] of Object.entries(reportOutputs(report))) setOutput(name, value);
  const reportFile = await writeReportFile(report, request.env);
  setOutput("report-file", reportFile ?? "");
  printPlain(renderText(report, { color: false, advisory: request.mode === "advisory" }));
  annotate(request);
  setOutput("comment-id", await comment(request) ?? "");
  if (inputs.summary) await summary2(request);
  if (inputs.sarifFile) await sarif(request, inputs.sarifFile);
}
export {
  printPlain,
  publish
};
