import {
  RULES,
  RULES_BY_ID
} from "./chunk-O677KLBL.js";
import {
  LIVE_BASELINE,
  NETPOL_SARIF_RULES,
  REPORT_VERSION,
  alertFactor,
  artifactUri,
  attributionQueryFor,
  budgetPeriodAt,
  chooseBucket,
  clean,
  combineVerdict,
  combinedQuery,
  evaluateSlo,
  findSyntaxError,
  isMetricsqlProblem,
  latencyEvents,
  loadConfig,
  mentionsMetricsql,
  netpolDiffReport,
  netpolSarifResults,
  observedTrafficOf,
  pathSources,
  queriesFor,
  rangeSelectors,
  rateAsIncrease,
  readSources,
  readableCount,
  readablePercent,
  readableRate,
  renamedSelector,
  renderDiffMarkdown,
  renderDiffText,
  requireExistingPaths,
  splitCombined,
  splitSelector
} from "./chunk-H7R7Q3BG.js";
import {
  closestKey,
  createBundle
} from "./chunk-YCNUQE2E.js";
import {
  UsageError,
  formatDuration,
  formatIsoDuration,
  mapStrings,
  parseDuration,
  redact,
  registerSecret,
  stripControlCharacters,
  unreachable
} from "./chunk-JQVBXCJ4.js";

// src/gate/run.ts
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";

// src/manifests/engine.ts
var IGNORE_ANNOTATION = "slo-gate.dev/ignore";
var DEFAULT_RULE_OPTIONS = {
  strictReferences: false,
  dns: { namespace: "kube-system", podLabels: { "k8s-app": "kube-dns" } },
  ingressController: { namespace: "ingress-nginx", podLabels: { "app.kubernetes.io/name": "ingress-nginx" } },
  images: { allow: [] }
};
function ignoredRules(annotations) {
  const value = annotations[IGNORE_ANNOTATION];
  if (!value) return /* @__PURE__ */ new Set();
  return new Set(
    value.split(",").map((id) => id.trim()).filter(Boolean)
  );
}
function effectiveSeverity(rule, raw, overrides) {
  return overrides[rule.meta.id] ?? raw.severity ?? rule.meta.severity;
}
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function compareFindings(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId);
}
function placeFinding(rule, raw, overrides) {
  const ignored = ignoredRules(raw.resource.annotations);
  if (ignored.has(rule.meta.id) || ignored.has("*")) return void 0;
  const severity = effectiveSeverity(rule, raw, overrides);
  if (severity === "off") return void 0;
  const position = raw.resource.positionOf(raw.path);
  return {
    ruleId: rule.meta.id,
    severity,
    file: raw.resource.file,
    line: position.line,
    column: position.column,
    resource: raw.resource.id,
    message: raw.message,
    hint: raw.hint
  };
}
function runRules(bundle, options) {
  const findings = [];
  for (const rule of options.rules) {
    if (!rule.check || options.overrides[rule.meta.id] === "off") continue;
    const report = (raw) => {
      const finding = placeFinding(rule, raw, options.overrides);
      if (finding) findings.push(finding);
    };
    rule.check({ bundle, options: options.ruleOptions, report });
  }
  return findings;
}
function applyOverrides(findings, rulesById, overrides, annotationsOf) {
  const out = [];
  for (const finding of findings) {
    const rule = rulesById.get(finding.ruleId);
    const override = overrides[finding.ruleId];
    if (override === "off") continue;
    const annotations = finding.resource ? annotationsOf(finding.resource, finding.file) : void 0;
    if (annotations) {
      const ignored = ignoredRules(annotations);
      if (ignored.has(finding.ruleId) || ignored.has("*")) continue;
    }
    out.push(override && rule ? { ...finding, severity: override } : finding);
  }
  return out;
}

// src/manifests/validate.ts
function checkRuleOverrides(overrides, where, positions = {}) {
  for (const id of Object.keys(overrides)) {
    if (RULES_BY_ID.has(id)) continue;
    const suggestion = closestKey(id, [...RULES_BY_ID.keys()]);
    throw new UsageError(`manifests.rules names an unknown rule "${id}"`, {
      file: where,
      ...positions[id],
      fix: suggestion ? `did you mean "${suggestion}"? (slo-gate rules lists them)` : "run `slo-gate rules` for the ids"
    });
  }
}
function validateOptionsFor(manifests, flags) {
  return {
    paths: flags.paths && flags.paths.length > 0 ? flags.paths : manifests.paths,
    defaultNamespace: flags.namespace ?? manifests.namespace ?? "default",
    strictReferences: flags.strictReferences ?? manifests.strictReferences ?? false,
    overrides: manifests.rules,
    ruleOptions: {
      ...manifests.dns ? { dns: manifests.dns } : {},
      ...manifests.ingressController ? { ingressController: manifests.ingressController } : {},
      ...manifests.images ? { images: manifests.images } : {}
    }
  };
}
async function validateManifests(sources, options, validateSchema) {
  const loaded = await readSources(sources, { defaultNamespace: options.defaultNamespace });
  const preliminary = [...loaded.findings];
  for (const resource of loaded.resources) preliminary.push(...validateSchema(resource));
  const bundle = createBundle(loaded.resources, options.defaultNamespace);
  const ruleOptions = {
    ...DEFAULT_RULE_OPTIONS,
    ...options.ruleOptions,
    strictReferences: options.strictReferences
  };
  const annotationsById = new Map(loaded.resources.map((r) => [`${r.file}\0${r.id}`, r.annotations]));
  const findings = [
    ...applyOverrides(
      preliminary,
      RULES_BY_ID,
      options.overrides,
      (id, file) => annotationsById.get(`${file}\0${id}`)
    ),
    ...runRules(bundle, { rules: RULES, ruleOptions, overrides: options.overrides })
  ];
  return { bundle, findings: findings.sort(compareFindings), files: loaded.files };
}

// src/prometheus/client.ts
import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { setTimeout as delay } from "node:timers/promises";
import axios from "../vendor/axios.js";
import pLimit from "../vendor/p-limit.js";

// src/prometheus/backend.ts
var UNKNOWN_BACKEND = { kind: "unknown" };
function identifyBackend(answer) {
  if (answer.status === void 0) return UNKNOWN_BACKEND;
  const data = successData(answer.body);
  const version = typeof data?.version === "string" && data.version !== "" ? data.version : void 0;
  const withVersion = (kind) => version ? { kind, version } : { kind };
  if (headerOf(answer.headers, "x-server-hostname") !== void 0) return withVersion("victoriametrics");
  if (answer.status < 200 || answer.status >= 300 || !data) return UNKNOWN_BACKEND;
  const application = typeof data.application === "string" ? data.application : "";
  if (/mimir/i.test(application)) return withVersion("mimir");
  if (/cortex/i.test(application)) return withVersion("cortex");
  if (typeof data.goVersion !== "string") {
    return withVersion("victoriametrics");
  }
  if (version && /^v?0\./.test(version)) return withVersion("thanos");
  return withVersion("prometheus");
}
function backendName(kind) {
  switch (kind) {
    case "prometheus":
      return "Prometheus";
    case "thanos":
      return "Thanos";
    case "mimir":
      return "Grafana Mimir";
    case "cortex":
      return "Cortex";
    case "victoriametrics":
      return "VictoriaMetrics";
    case "unknown":
      return "a Prometheus-compatible server";
    default:
      return kind;
  }
}
function successData(body) {
  try {
    const parsed = JSON.parse(body);
    if (typeof parsed !== "object" || parsed === null) return void 0;
    const { status, data } = parsed;
    if (status !== "success" || typeof data !== "object" || data === null || Array.isArray(data)) {
      return void 0;
    }
    return data;
  } catch {
    return void 0;
  }
}
function headerOf(headers, name) {
  const value = headers[name];
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return void 0;
}

// src/prometheus/client.ts
var MAX_POINTS_PER_SERIES = 11e3;
var PrometheusError = class extends Error {
  kind;
  status;
  errorType;
  attempts;
  constructor(kind, message, details) {
    super(message);
    this.name = "PrometheusError";
    this.kind = kind;
    this.status = details.status;
    this.errorType = details.errorType;
    this.attempts = details.attempts;
  }
};
var MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
var TIMEOUT_NOT_RETRIED = "not retried: the same query would take as long";
var BREAKER_THRESHOLD = 3;
var DEFAULT_BACKOFF_BASE_MS = 250;
var BACKEND_DETECTION_TIMEOUT_MS = 2e3;
var BACKOFF_CAP_MS = 5e3;
var EXCERPT_LENGTH = 160;
var URL_HINT = "the URL must be the API base including any path prefix, e.g. http://mimir/prometheus";
function createPrometheusClient(config, options = {}) {
  const target = parseBaseUrl(config.url);
  target.secrets.forEach(registerSecret);
  Object.values(config.headers).forEach(registerSecret);
  const headers = {
    Accept: "application/json",
    // An SLI's answer is about a hundred bytes: inflating it costs more CPU on both sides than the
    // bytes saved. Range answers (charts) ask for gzip themselves.
    "Accept-Encoding": "identity",
    "Content-Type": "application/x-www-form-urlencoded",
    "User-Agent": "slo-gate",
    ...config.headers
  };
  const authorization = authorizationHeader(config, target, options.bearerToken);
  if (authorization) {
    headers.Authorization = authorization.header;
    authorization.secrets.forEach(registerSecret);
  }
  const httpClient = axios.create({
    timeout: config.timeoutMs,
    headers,
    // Every status and body is judged here, to build messages without axios's error objects.
    validateStatus: () => true,
    responseType: "text",
    transformResponse: [(data) => data],
    // A redirect usually means a login page or a wrong base URL: report it rather than follow it.
    maxRedirects: 0,
    httpAgent: new http.Agent({ keepAlive: true }),
    httpsAgent: target.protocol === "https:" ? httpsAgent(config) : void 0,
    // Read while streaming: a larger body is cut off before it is held in memory.
    maxContentLength: options.maxResponseBytes ?? MAX_RESPONSE_BYTES
  });
  const context = {
    http: httpClient,
    endpoint: target.endpoint,
    rangeEndpoint: target.rangeEndpoint,
    seriesEndpoint: target.seriesEndpoint,
    buildInfoEndpoint: target.buildInfoEndpoint,
    where: `Prometheus at ${target.display}`,
    timeoutMs: config.timeoutMs,
    retries: Math.max(0, Math.floor(config.retries)),
    backoffBaseMs: options.backoffBaseMs ?? DEFAULT_BACKOFF_BASE_MS,
    onRetry: options.onRetry,
    redact,
    sent: 0,
    maxResponseBytes: options.maxResponseBytes ?? MAX_RESPONSE_BYTES,
    deadline: options.deadline,
    unanswered: 0,
    lastUnanswered: ""
  };
  const limit = pLimit(Math.max(1, Math.floor(config.concurrency)));
  let detected;
  return {
    query: async (promql, at) => {
      const request = instantRequest(context, promql, at);
      const { result, warnings } = await limit(() => queryWithRetries(context, request));
      return { samples: result, warnings };
    },
    queryRange: async (promql, start, end, stepSeconds) => {
      const request = rangeRequest(context, promql, start, end, stepSeconds);
      const { result, warnings } = await limit(() => queryWithRetries(context, request));
      return { series: result, warnings };
    },
    series: async (match, start, end) => {
      const request = seriesRequest(context, match, start, end);
      const { result, warnings } = await limit(() => queryWithRetries(context, request));
      return { series: result, warnings };
    },
    backend: () => {
      detected ??= limit(() => detectBackend(context));
      return detected;
    },
    get requestCount() {
      return context.sent;
    }
  };
}
async function detectBackend(context) {
  if (context.deadline?.signal.aborted) return UNKNOWN_BACKEND;
  const signals = [AbortSignal.timeout(Math.min(context.timeoutMs, BACKEND_DETECTION_TIMEOUT_MS))];
  if (context.deadline) signals.push(context.deadline.signal);
  try {
    context.sent++;
    const response = await context.http.get(context.buildInfoEndpoint, {
      signal: AbortSignal.any(signals)
    });
    const text = typeof response.data === "string" ? response.data : "";
    return identifyBackend({ status: response.status, headers: { ...response.headers }, body: text });
  } catch {
    return UNKNOWN_BACKEND;
  }
}
function instantRequest(context, promql, at) {
  const time = at.getTime();
  if (!Number.isFinite(time)) throw new Error("Prometheus query time is not a valid date");
  const body = new URLSearchParams({
    query: promql,
    time: unixSeconds(time),
    partial_response: "false"
  }).toString();
  return {
    endpoint: context.endpoint,
    path: "/api/v1/query",
    body,
    query: promql,
    parse: (data) => parseResult(data.resultType, data.result)
  };
}
function rangeRequest(context, promql, start, end, stepSeconds) {
  const from = start.getTime();
  const to = end.getTime();
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new Error("Prometheus range query start or end is not a valid date");
  }
  if (to < from) throw new Error("Prometheus range query ends before it starts");
  if (!Number.isFinite(stepSeconds) || stepSeconds <= 0) {
    throw new Error(`Prometheus range query step must be a positive number of seconds, not ${stepSeconds}`);
  }
  const spanSeconds = (to - from) / 1e3;
  const points = Math.floor(spanSeconds / stepSeconds) + 1;
  if (points > MAX_POINTS_PER_SERIES) {
    const smallestStep = Math.ceil(spanSeconds / (MAX_POINTS_PER_SERIES - 1));
    throw new Error(
      `Prometheus range query of ${spanSeconds}s at a ${stepSeconds}s step would return ${points} points per series; Prometheus allows at most ${MAX_POINTS_PER_SERIES} \u2014 use a step of at least ${smallestStep}s`
    );
  }
  const body = new URLSearchParams({
    query: promql,
    start: unixSeconds(from),
    end: unixSeconds(to),
    step: String(stepSeconds),
    partial_response: "false"
  }).toString();
  return {
    endpoint: context.rangeEndpoint,
    path: "/api/v1/query_range",
    body,
    query: promql,
    acceptEncoding: "gzip",
    parse: (data) => parseMatrix(data.resultType, data.result)
  };
}
function seriesRequest(context, match, start, end) {
  const from = start.getTime();
  const to = end.getTime();
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) {
    throw new Error("Prometheus series request needs a start before its end");
  }
  const body = new URLSearchParams({ "match[]": match, start: unixSeconds(from), end: unixSeconds(to) });
  return {
    endpoint: context.seriesEndpoint,
    path: "/api/v1/series",
    body: body.toString(),
    query: match,
    // The series endpoint answers a list of label sets where the query endpoints answer an object.
    parse: (data) => parseSeriesList(data)
  };
}
function parseSeriesList(data) {
  if (!Array.isArray(data)) throw new InvalidResult("the series result is not a list");
  return data.map((labels) => labelsOf(labels));
}
function unixSeconds(ms) {
  return (ms / 1e3).toFixed(3);
}
async function queryWithRetries(context, request) {
  const attemptsAllowed = context.retries + 1;
  for (let attempt = 1; ; attempt++) {
    refuseWhenStopped(context, attempt);
    const outcome = await attemptOnce(context, request);
    if (!("kind" in outcome)) return outcome;
    if (context.deadline?.signal.aborted) refuseWhenStopped(context, attempt + 1);
    const failure2 = outcome;
    if (!failure2.retryable || attempt >= attemptsAllowed) {
      const suffix = failure2.kind === "timeout" ? `${attempt > 1 ? ` (attempt ${attempt})` : ""}; ${TIMEOUT_NOT_RETRIED}` : failure2.countAttempts ? ` (${attempt} attempt${attempt === 1 ? "" : "s"})` : "";
      throw new PrometheusError(failure2.kind, context.redact(failure2.message + suffix), {
        status: failure2.status,
        errorType: failure2.errorType,
        attempts: attempt
      });
    }
    const delayMs = failure2.retryAfterMs ?? backoffDelay(context.backoffBaseMs, attempt);
    context.onRetry?.(
      context.redact(
        `${failure2.message}; retrying in ${formatMs(delayMs)} (attempt ${attempt + 1} of ${attemptsAllowed})`
      )
    );
    await sleep(delayMs, context.deadline?.signal);
  }
}
function refuseWhenStopped(context, attempt) {
  if (context.deadline?.signal.aborted) {
    throw new PrometheusError("deadline", context.deadline.reason, { attempts: attempt - 1 });
  }
  if (context.unanswered >= BREAKER_THRESHOLD) {
    throw new PrometheusError(
      "connection",
      context.redact(
        `${context.where} did not answer ${BREAKER_THRESHOLD} requests in a row (the last: ${context.lastUnanswered}): the remaining queries were not sent`
      ),
      { attempts: attempt - 1 }
    );
  }
}
function backoffDelay(baseMs, attempt) {
  const ceiling = Math.min(BACKOFF_CAP_MS, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * ceiling / 2);
}
async function attemptOnce(context, request) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, context.timeoutMs);
  const signal = context.deadline ? AbortSignal.any([controller.signal, context.deadline.signal]) : controller.signal;
  let response;
  try {
    context.sent++;
    response = await context.http.post(
      request.endpoint,
      request.body,
      request.acceptEncoding ? { signal, headers: { "Accept-Encoding": request.acceptEncoding } } : { signal }
    );
  } catch (error) {
    const failure2 = describeRequestError(context, error, timedOut, request);
    const unanswered = failure2.kind === "timeout" || failure2.kind === "connection";
    context.unanswered = unanswered ? context.unanswered + 1 : 0;
    if (unanswered)
      context.lastUnanswered = failure2.message.replace(context.where, "").replace(/^[:\s]+/, "");
    return failure2;
  } finally {
    clearTimeout(timer);
  }
  context.unanswered = 0;
  return judgeResponse(context, response, request);
}
function describeRequestError(context, error, timedOut, request) {
  const code = errorCode(error);
  const where = context.where;
  if (isSizeCapError(error)) {
    return failure(
      "invalid_response",
      `${where} answered more than ${formatBytes(context.maxResponseBytes)} to ${request.path} "${excerpt(request.query)}": the answer was refused to keep the gate's memory bounded \u2014 aggregate the query (sum by the labels you need) so it returns few series`,
      {}
    );
  }
  if (timedOut || code === "ECONNABORTED" || code === "ETIMEDOUT" || code === "ERR_CANCELED") {
    return timeoutFailure(`${where} did not answer within ${formatMs(context.timeoutMs)}`);
  }
  if (code === "ECONNREFUSED") return connectionFailure(`${where} refused the connection`);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
    return connectionFailure(`${where}: the host name could not be resolved (${code})`);
  }
  if (code === "ECONNRESET" || code === "EPIPE" || code === "ERR_SOCKET_CONNECTION_TIMEOUT") {
    return connectionFailure(`${where} closed the connection unexpectedly (${code})`);
  }
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "ENETDOWN") {
    return connectionFailure(`${where} is unreachable (${code})`);
  }
  if (code && TLS_TRUST_ERRORS.has(code)) {
    return {
      kind: "connection",
      message: `${where} presented a TLS certificate that is not trusted (${code}) \u2014 set prometheus.tls.caFile to the CA that signed it (or tls.insecureSkipVerify: true, for tests only)`,
      retryable: false,
      countAttempts: false
    };
  }
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") {
    return {
      kind: "connection",
      message: `${where} presented a TLS certificate for another host name (${code}) \u2014 use the host name the certificate names`,
      retryable: false,
      countAttempts: false
    };
  }
  if (code?.startsWith("ERR_SSL") || code?.startsWith("ERR_TLS") || code?.includes("CERT")) {
    return {
      kind: "connection",
      message: `${where}: the TLS handshake failed (${code})`,
      retryable: false,
      countAttempts: false
    };
  }
  return connectionFailure(`${where}: the request failed (${code ?? "unknown network error"})`);
}
var TLS_TRUST_ERRORS = /* @__PURE__ */ new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_UNTRUSTED",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID"
]);
function isSizeCapError(error) {
  return error instanceof Error && /maxContentLength size of -?\d+ exceeded/.test(error.message);
}
function formatBytes(bytes) {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}
function errorCode(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const { code, cause } = error;
  const causeCode = typeof cause === "object" && cause !== null ? cause.code : void 0;
  if (typeof causeCode === "string") return causeCode;
  return typeof code === "string" ? code : void 0;
}
function connectionFailure(message) {
  return { kind: "connection", message, retryable: true, countAttempts: true };
}
function timeoutFailure(message) {
  return { kind: "timeout", message, retryable: false, countAttempts: false };
}
function judgeResponse(context, response, request) {
  const where = context.where;
  const status = response.status;
  const text = typeof response.data === "string" ? response.data : String(response.data ?? "");
  const parsed = parseJsonObject(text);
  const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(response.headers["retry-after"]) : void 0;
  if (parsed?.status === "error") {
    const errorType = typeof parsed.errorType === "string" ? parsed.errorType : "unknown";
    const detail = typeof parsed.error === "string" ? parsed.error : "no error text";
    if (errorType === "timeout") {
      return {
        ...timeoutFailure(`${where} timed out evaluating the query: ${detail}`),
        status,
        errorType,
        retryAfterMs
      };
    }
    if (errorType === "unavailable" || status >= 500 || status === 429) {
      return {
        kind: "http",
        message: `${where} answered HTTP ${status} (${errorType}): ${excerpt(detail)}`,
        retryable: true,
        countAttempts: true,
        status,
        errorType,
        retryAfterMs
      };
    }
    if (errorType === "bad_data") {
      return failure("bad_data", `Prometheus rejected the query: ${detail}`, { status, errorType });
    }
    return failure("query_error", `Prometheus could not run the query (${errorType}): ${detail}`, {
      status,
      errorType
    });
  }
  if (status >= 500 || status === 429) {
    return {
      kind: "http",
      message: `${where} answered HTTP ${status}: ${excerpt(text) || "(empty body)"}`,
      retryable: true,
      countAttempts: true,
      status,
      retryAfterMs
    };
  }
  if (status >= 300 && status < 400) {
    return failure("http", `${where} answered HTTP ${status} (a redirect) \u2014 ${URL_HINT}`, { status });
  }
  if (status === 401 || status === 403) {
    return failure(
      "http",
      `${where} answered HTTP ${status}: ${excerpt(text) || "(empty body)"} \u2014 check the bearer token, basic auth or tenant headers`,
      { status }
    );
  }
  if (status === 404) {
    return failure("http", `${where} answered HTTP 404 for ${request.path} \u2014 ${URL_HINT}`, { status });
  }
  if (status < 200 || status >= 300) {
    return failure("http", `${where} answered HTTP ${status}: ${excerpt(text) || "(empty body)"}`, {
      status
    });
  }
  if (!parsed) {
    return failure(
      "invalid_response",
      `${where} did not answer with JSON (got "${excerpt(text) || "an empty body"}") \u2014 ${URL_HINT}`,
      { status }
    );
  }
  if (parsed.status !== "success" || typeof parsed.data !== "object" || parsed.data === null) {
    return failure("invalid_response", `${where} answered JSON that is not a Prometheus API response`, {
      status
    });
  }
  try {
    return {
      result: request.parse(parsed.data),
      warnings: [...stringList(parsed.warnings), ...stringList(parsed.infos)].map(context.redact)
    };
  } catch (error) {
    const detail = error instanceof InvalidResult ? error.message : "malformed result";
    return failure("invalid_response", `${where} answered an unusable result: ${detail}`, { status });
  }
}
function failure(kind, message, details) {
  return { kind, message, retryable: false, countAttempts: false, ...details };
}
var InvalidResult = class extends Error {
};
function parseResult(resultType, result) {
  if (resultType === "scalar") {
    return [{ labels: {}, value: parseSampleValue(valueOf(result)) }];
  }
  if (resultType !== "vector") {
    throw new InvalidResult(
      `result type ${JSON.stringify(resultType)}, expected an instant vector or scalar (is the query a range selector?)`
    );
  }
  if (!Array.isArray(result)) throw new InvalidResult("the vector result is not a list");
  return result.map((entry) => {
    if (typeof entry !== "object" || entry === null)
      throw new InvalidResult("a vector sample is not an object");
    const { metric, value, histogram } = entry;
    if (value === void 0 && histogram !== void 0) {
      throw new InvalidResult(
        "native histogram samples are not supported; wrap the query in histogram_count() or similar"
      );
    }
    return { labels: labelsOf(metric), value: parseSampleValue(valueOf(value)) };
  });
}
function parseMatrix(resultType, result) {
  if (resultType !== "matrix") {
    throw new InvalidResult(`result type ${JSON.stringify(resultType)}, expected a range matrix`);
  }
  if (!Array.isArray(result)) throw new InvalidResult("the matrix result is not a list");
  return result.map((entry) => {
    if (typeof entry !== "object" || entry === null)
      throw new InvalidResult("a matrix series is not an object");
    const { metric, values, histograms } = entry;
    if (values === void 0 && histograms !== void 0) {
      throw new InvalidResult(
        "native histogram samples are not supported; wrap the query in histogram_count() or similar"
      );
    }
    if (!Array.isArray(values)) throw new InvalidResult("a matrix series has no list of values");
    const points = values.map((pair) => [
      timeOf(pair),
      parseSampleValue(valueOf(pair))
    ]);
    return { labels: labelsOf(metric), points };
  });
}
function timeOf(pair) {
  const time = Array.isArray(pair) ? pair[0] : void 0;
  if (typeof time !== "number" || !Number.isFinite(time))
    throw new InvalidResult("a sample time is not a number");
  return time;
}
function valueOf(pair) {
  if (!Array.isArray(pair) || pair.length !== 2)
    throw new InvalidResult("a sample is not a [time, value] pair");
  return pair[1];
}
function labelsOf(metric) {
  if (metric === void 0) return {};
  if (typeof metric !== "object" || metric === null)
    throw new InvalidResult("sample labels are not an object");
  const labels = {};
  for (const [name, value] of Object.entries(metric)) {
    if (typeof value !== "string") throw new InvalidResult(`label ${name} is not a string`);
    labels[name] = value;
  }
  return labels;
}
function parseSampleValue(text) {
  if (typeof text !== "string") throw new InvalidResult("a sample value is not a string");
  if (text === "NaN") return NaN;
  if (text === "+Inf" || text === "Inf") return Infinity;
  if (text === "-Inf") return -Infinity;
  const value = Number(text);
  if (text.trim() === "" || Number.isNaN(value))
    throw new InvalidResult(`sample value "${excerpt(text)}" is not a number`);
  return value;
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function parseJsonObject(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function parseRetryAfter(header) {
  if (typeof header !== "string" || header.trim() === "") return void 0;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1e3 : Date.parse(header) - Date.now();
  if (!Number.isFinite(ms)) return void 0;
  return Math.min(BACKOFF_CAP_MS, Math.max(0, ms));
}
function excerpt(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH)}\u2026` : line;
}
function formatMs(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  return `${Number((ms / 1e3).toFixed(2))}s`;
}
async function sleep(ms, signal) {
  await delay(ms, void 0, { signal }).catch(() => void 0);
}
function parseBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`prometheus.url "${maskUserinfo(raw)}" is not a URL`, {
      fix: "write the API base, e.g. http://prometheus.monitoring:9090 or https://mimir.example/prometheus"
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`prometheus.url must start with http:// or https://, not ${url.protocol}//`, {
      fix: "write the API base, e.g. http://prometheus.monitoring:9090"
    });
  }
  const username = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const secrets = [password, url.password].filter((secret) => secret !== "");
  url.username = "";
  url.password = "";
  url.hash = "";
  const prefix = url.pathname.replace(/\/+$/, "");
  const base = `${url.origin}${prefix}`;
  const display = username || password ? base.replace("://", "://***@") : base;
  url.pathname = `${prefix}/api/v1/query`;
  const endpoint = url.toString();
  url.pathname = `${prefix}/api/v1/query_range`;
  const rangeEndpoint = url.toString();
  url.pathname = `${prefix}/api/v1/series`;
  const seriesEndpoint = url.toString();
  url.pathname = `${prefix}/api/v1/status/buildinfo`;
  return {
    protocol: url.protocol,
    endpoint,
    rangeEndpoint,
    seriesEndpoint,
    buildInfoEndpoint: url.toString(),
    display,
    userinfo: username || password ? { username, password } : void 0,
    secrets
  };
}
function maskUserinfo(raw) {
  return raw.replace(/\/\/[^/@]*@/, "//***@");
}
function authorizationHeader(config, target, bearerToken) {
  if (bearerToken) {
    const token = bearerToken.trim();
    return { header: `Bearer ${token}`, secrets: [token] };
  }
  if (config.bearerTokenFile && config.basicAuth) {
    throw new UsageError("prometheus sets both bearerTokenFile and basicAuth", {
      fix: "keep one of them: Prometheus accepts a single Authorization header"
    });
  }
  if (config.bearerTokenFile) {
    const token = readSecretFile(config.bearerTokenFile, "prometheus.bearerTokenFile");
    return { header: `Bearer ${token}`, secrets: [token] };
  }
  if (config.basicAuth) {
    const { username, password, passwordFile } = config.basicAuth;
    const secret = passwordFile ? readSecretFile(passwordFile, "prometheus.basicAuth.passwordFile") : password ?? "";
    const encoded = Buffer.from(`${username}:${secret}`).toString("base64");
    return { header: `Basic ${encoded}`, secrets: [secret, encoded] };
  }
  if (target.userinfo) {
    const { username, password } = target.userinfo;
    const encoded = Buffer.from(`${username}:${password}`).toString("base64");
    return { header: `Basic ${encoded}`, secrets: [password, encoded] };
  }
  return void 0;
}
function readSecretFile(file, key) {
  let content;
  try {
    content = readFileSync(file, "utf8").trim();
  } catch (error) {
    const code = error.code ?? "unreadable";
    throw new UsageError(`cannot read ${key} ${file} (${code})`, {
      fix: `point ${key} at a readable file (in Kubernetes, mount the Secret as a volume)`
    });
  }
  if (content === "") {
    throw new UsageError(`${key} ${file} is empty`, { fix: `put the secret in ${file}` });
  }
  return content;
}
function readPemFile(file, key) {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = error.code ?? "unreadable";
    throw new UsageError(`cannot read ${key} ${file} (${code})`, {
      fix: `point ${key} at a readable PEM file`
    });
  }
}
function httpsAgent(config) {
  const tls = config.tls ?? {};
  if (Boolean(tls.certFile) !== Boolean(tls.keyFile)) {
    throw new UsageError("prometheus.tls needs both certFile and keyFile for a client certificate", {
      fix: "set both tls.certFile and tls.keyFile, or neither"
    });
  }
  return new https.Agent({
    keepAlive: true,
    ca: tls.caFile ? readPemFile(tls.caFile, "prometheus.tls.caFile") : void 0,
    cert: tls.certFile ? readPemFile(tls.certFile, "prometheus.tls.certFile") : void 0,
    key: tls.keyFile ? readPemFile(tls.keyFile, "prometheus.tls.keyFile") : void 0,
    rejectUnauthorized: !tls.insecureSkipVerify
  });
}

// src/text/plural.ts
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

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

// src/slo/windows.ts
var STANDARD_WINDOWS = ["5m", "30m", "1h", "2h", "6h", "1d", "3d"];
function windowsToMeasure(slo, budgetWindow = { window: slo.window, seconds: slo.windowSeconds }) {
  const bySeconds = /* @__PURE__ */ new Map();
  const add = (window, seconds) => {
    if (!bySeconds.has(seconds)) bySeconds.set(seconds, window);
  };
  if (!budgetWindow.range) add(budgetWindow.window, budgetWindow.seconds);
  for (const window of STANDARD_WINDOWS) add(window, parseDuration(window));
  for (const alert of slo.policy.burnRateAlerts) {
    add(alert.long, alert.longSeconds);
    add(alert.short, alert.shortSeconds);
  }
  const max = slo.policy.maxBurnRate;
  if (max) add(max.window, max.windowSeconds);
  const windows = [...bySeconds].map(([seconds, window]) => ({ window, seconds }));
  if (budgetWindow.range && budgetWindow.seconds > 0) windows.push({ ...budgetWindow });
  return windows.sort((a, b) => a.seconds - b.seconds);
}

// src/gate/backend-form.ts
function readsRateAsIncrease(backend) {
  return backend.kind === "victoriametrics";
}
function queryForBackend(promql, backend) {
  return readsRateAsIncrease(backend) ? rateAsIncrease(promql) : promql;
}
function windowQueriesForBackend(queries, backend) {
  if (!readsRateAsIncrease(backend)) return queries;
  switch (queries.kind) {
    case "events":
      return {
        ...queries,
        errorQuery: rateAsIncrease(queries.errorQuery),
        totalQuery: rateAsIncrease(queries.totalQuery)
      };
    case "ratio":
      return { ...queries, errorRatioQuery: rateAsIncrease(queries.errorRatioQuery) };
    default:
      return unreachable(queries);
  }
}
var PROMQL_ONLY = /* @__PURE__ */ new Set(["prometheus", "thanos", "mimir", "cortex"]);
function dialectProblem(queries, backend) {
  if (!PROMQL_ONLY.has(backend.kind)) return void 0;
  const named = queries.kind === "events" ? [
    ["errorQuery", queries.errorQuery],
    ["totalQuery", queries.totalQuery]
  ] : [["errorRatioQuery", queries.errorRatioQuery]];
  for (const [role, query] of named) {
    if (!mentionsMetricsql(query)) continue;
    const problem = findSyntaxError(query);
    if (problem && isMetricsqlProblem(problem)) {
      const version = backend.version ? ` ${backend.version}` : "";
      return `${role} is not PromQL: ${problem.message} \u2014 ${backendName(backend.kind)}${version} runs PromQL only; write the query in PromQL, or point prometheus.url at VictoriaMetrics`;
    }
  }
  return void 0;
}

// src/gate/measure.ts
function displayedQuery(queries) {
  switch (queries.kind) {
    case "events":
      return `(${queries.errorQuery}) / (${queries.totalQuery})`;
    case "ratio":
      return queries.errorRatioQuery;
    default:
      return unreachable(queries);
  }
}
function sumOfSamples(answer) {
  if (answer.samples.length === 0) return void 0;
  return answer.samples.reduce((sum, sample) => sum + sample.value, 0);
}
function measureEvents(queries, errors, total) {
  const totalValue = sumOfSamples(total);
  const errorValue = sumOfSamples(errors) ?? 0;
  checkEventCount(totalValue, queries.totalQuery, "totalQuery", queries.window);
  checkEventCount(errorValue, queries.errorQuery, "errorQuery", queries.window);
  if (totalValue !== void 0 && exceeds(errorValue, totalValue)) {
    throw invalidAnswer(
      `errorQuery over ${queries.window} answered ${formatSample(errorValue)}, more than totalQuery's ${formatSample(totalValue)} ("${queries.errorQuery}" / "${queries.totalQuery}") \u2014 the errors must be a subset of the total: select the same series in both`
    );
  }
  const hasTraffic = totalValue !== void 0 && Number.isFinite(totalValue) && totalValue > 0;
  const errorRatio = hasTraffic && Number.isFinite(errorValue) ? errorValue / totalValue : null;
  let events = null;
  if (totalValue !== void 0 && Number.isFinite(totalValue)) {
    events = eventCount(totalValue, queries);
  }
  return { window: queries.window, seconds: queries.seconds, errorRatio, events };
}
function eventCount(total, queries) {
  switch (queries.totalUnit) {
    case "per-second":
      return total * queries.seconds;
    case "count":
      return total;
    case "unknown":
      return null;
    default:
      return unreachable(queries.totalUnit);
  }
}
function measureRatio(queries, ratio) {
  const value = sumOfSamples(ratio);
  if (value !== void 0 && (value === Infinity || value === -Infinity || value < 0 || exceeds(value, 1))) {
    throw invalidAnswer(
      `errorRatioQuery over ${queries.window} answered ${formatSample(value)} ("${queries.errorRatioQuery}") \u2014 an error ratio lies between 0 and 1: divide the errors by the total`
    );
  }
  const errorRatio = value !== void 0 && Number.isFinite(value) ? value : null;
  return { window: queries.window, seconds: queries.seconds, errorRatio, events: null };
}
function checkEventCount(value, query, role, window) {
  if (value === void 0 || Number.isNaN(value)) return;
  if (Number.isFinite(value) && value >= 0) return;
  throw invalidAnswer(
    `${role} over ${window} answered ${formatSample(value)} ("${query}") \u2014 a count or rate of events is finite and never negative: check the query`
  );
}
function exceeds(value, limit) {
  return value > limit * (1 + 1e-9) + Number.EPSILON;
}
function formatSample(value) {
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return String(value);
}
function invalidAnswer(detail) {
  return new PrometheusError("invalid_response", `invalid answer from Prometheus: ${detail}`, {
    attempts: 1
  });
}

// src/gate/cost.ts
var HOUR = 3600;
function queriesOf(queries) {
  switch (queries.kind) {
    case "events":
      return [queries.errorQuery, queries.totalQuery];
    case "ratio":
      return [queries.errorRatioQuery];
    default:
      return unreachable(queries);
  }
}
function costQuery(queries) {
  const selectors = [...new Set(queriesOf(queries).flatMap(rangeSelectors))];
  if (selectors.length === 0) return void 0;
  return selectors.map((selector) => `(sum(count_over_time(${selector}[1h])) or vector(0))`).join(" + ");
}
async function periodCostProblem(queries, client, at, maxSamples) {
  const estimate = costQuery(queries);
  if (estimate === void 0) return void 0;
  let perHour;
  try {
    perHour = (await client.query(estimate, at)).samples[0]?.value ?? 0;
  } catch (error) {
    if (error instanceof PrometheusError) return void 0;
    throw error;
  }
  const samples = Math.round(perHour * queries.seconds / HOUR);
  if (!(samples > maxSamples)) return void 0;
  return `the ${queries.window} query was not sent: it would read about ${readableCount(samples)} samples (${readableCount(perHour)} in the last hour \xD7 ${readableCount(queries.seconds / HOUR)} hours), more than prometheus.maxPeriodSamples ${readableCount(maxSamples)} \u2014 read the SLO from recording rules (source: sloth or pyrra, see docs/slo-sources.md) or raise maxPeriodSamples`;
}

// src/config/recorded.ts
var SLOTH_RATIO = "slo:sli_error:ratio_rate";
function ownMatcher(rules) {
  switch (rules.tool) {
    case "sloth":
      return `sloth_id="${rules.slothId}"`;
    case "pyrra":
      return `slo="${rules.slo}"`;
    default:
      return unreachable(rules);
  }
}
function recordedSeriesProbe(rules) {
  const names = rules.tool === "sloth" ? `${SLOTH_RATIO}.+` : ".+:(burnrate|increase).+";
  return `group by (__name__) ({__name__=~"${names}",${ownMatcher(rules)}})`;
}
function recordedNames(rules, names) {
  const pattern = rules.tool === "sloth" ? /^slo:sli_error:ratio_rate(.+)$/ : /^.+:(burnrate|increase)(.+)$/;
  return names.flatMap((name) => {
    const match = pattern.exec(name);
    if (!match) return [];
    const kind = rules.tool === "sloth" || match[1] === "burnrate" ? "ratio" : "increase";
    const seconds = parseDuration(match[match.length - 1]);
    return seconds === void 0 ? [] : [{ name, kind, seconds }];
  });
}
function recordedQueriesFor(source, window, available) {
  const { rules } = source;
  const find = (kind, seconds) => available.find((r) => r.kind === kind && r.seconds === seconds);
  const base = { window: window.window, seconds: window.seconds };
  if (window.isPeriod) {
    if (rules.tool === "sloth") {
      const fiveMinutes = find("ratio", 300);
      if (!fiveMinutes) return void 0;
      const range = window.range ?? window.window;
      return {
        ...base,
        kind: "ratio",
        errorRatioQuery: `avg_over_time(${fiveMinutes.name}{${ownMatcher(rules)}}[${range}])`
      };
    }
    if (window.range || !rules.increase) return void 0;
    return pyrraPeriod(rules.slo, rules.increase, window, available);
  }
  const ratio = find("ratio", window.seconds);
  if (!ratio) return void 0;
  return { ...base, kind: "ratio", errorRatioQuery: `${ratio.name}{${ownMatcher(rules)}}` };
}
function increaseBase(metric) {
  return metric.replace(/_total$/, "").replace(/_count$/, "").replace(/_bucket$/, "");
}
function pyrraPeriod(slo, increase, window, available) {
  const recordedAs = (selector, extra) => {
    const parts = splitSelector(selector);
    if (!parts) return void 0;
    const base = `${increaseBase(parts.metric)}:increase`;
    const name = available.find(
      (r) => r.kind === "increase" && r.seconds === window.seconds && r.name.startsWith(base)
    );
    if (!name || parseDuration(name.name.slice(base.length)) === void 0) return void 0;
    return renamedSelector(selector, name.name, [...extra, `slo="${slo}"`]);
  };
  const total = recordedAs(increase.total, increase.kind === "good" ? ['le=""'] : []);
  const counted = recordedAs(increase.counted, []);
  if (!total || !counted) return void 0;
  const errorQuery = increase.kind === "errors" ? `sum(${counted})` : `sum(${total}) - (sum(${counted}) or vector(0))`;
  return {
    window: window.window,
    seconds: window.seconds,
    kind: "events",
    errorQuery,
    totalQuery: `sum(${total})`,
    totalUnit: "count"
  };
}
function recordedSeriesLabel(rules) {
  return rules.tool === "sloth" ? `Sloth's ${SLOTH_RATIO}<window>{${ownMatcher(rules)}}` : `Pyrra's <metric>:burnrate<window> / :increase<period>{${ownMatcher(rules)}}`;
}

// src/gate/recorded.ts
async function planMeasurement(slo, measured, period, options, backend) {
  const { budgetWindow } = period;
  const isPeriod = (w) => budgetWindow.range ? w.window === budgetWindow.window : !w.range && w.seconds === budgetWindow.seconds;
  const raw = (w) => ({
    queries: {
      ...windowQueriesForBackend(
        queriesFor(slo.sli, { window: w.range ?? w.window, seconds: w.seconds }),
        backend
      ),
      window: w.window
    },
    isPeriod: isPeriod(w),
    recorded: false
  });
  const source = slo.recorded;
  if (!source) return { windows: measured.map(raw), notes: [] };
  let names;
  try {
    const answer = await options.client.query(recordedSeriesProbe(source.rules), options.at);
    names = answer.samples.flatMap((sample) => sample.labels.__name__ ?? []);
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    return {
      windows: measured.map(raw),
      notes: [`recorded series not looked up (${error.message}): measured with raw queries`]
    };
  }
  const available = recordedNames(source.rules, names);
  const rawWindows = [];
  const windows = measured.map((w) => {
    const recorded = recordedQueriesFor(source, { ...w, isPeriod: isPeriod(w) }, available);
    if (recorded) return { queries: recorded, isPeriod: isPeriod(w), recorded: true };
    rawWindows.push(w.window);
    return raw(w);
  });
  const usedAny = rawWindows.length < measured.length;
  const notes = rawWindows.length > 0 && (!source.detected || usedAny) ? [
    `warning: ${recordedSeriesLabel(source.rules)} absent for ${rawWindows.join(", ")}: measured with raw queries`
  ] : [];
  return { windows, notes };
}

// src/gate/resolve-sli.ts
async function measurableSli(slo, client, at) {
  const sli = slo.sli;
  switch (sli.kind) {
    case "events":
    case "ratio":
      return sli;
    case "latency":
      return resolveLatency(slo.name, sli, client, at, slo.windowSeconds);
    default:
      return unreachable(sli);
  }
}
async function resolveLatency(name, sli, client, at, periodSeconds) {
  const buckets = `${sli.histogram}_bucket${sli.matchers === "" ? "" : `{${sli.matchers}}`}`;
  const answer = await client.series(buckets, new Date(at.getTime() - periodSeconds * 1e3), at);
  const leValues = [
    ...new Set(answer.series.flatMap((labels) => labels.le === void 0 ? [] : [labels.le]))
  ];
  const choice = chooseBucket(sli.thresholdSeconds, leValues);
  if (choice.found) return latencyEvents(sli, choice.leMatcher);
  const nearest = [choice.below, choice.above].filter((le) => le !== void 0);
  const boundaries = nearest.map((le) => `le="${le}"`).join(" and ");
  throw new UsageError(
    `SLO "${name}": threshold ${sli.threshold} is not a bucket boundary of ${buckets} (no le equals ${sli.thresholdSeconds}); the nearest are ${boundaries}`,
    {
      ...sli.thresholdSource,
      fix: `set threshold to a bucket boundary (${nearest.map((le) => `${le}s`).join(" or ")}), or add a ${sli.thresholdSeconds} bucket to the histogram`
    }
  );
}

// src/gate/slos.ts
var SLOW_QUERY_SECONDS = 1;
async function evaluateSlos(slos, options) {
  const backend = slos.length > 0 ? await options.client.backend() : { kind: "unknown" };
  return Promise.all(
    slos.map(async (slo) => {
      const outcome = await evaluateOne(slo, options, backend);
      options.onDone?.(outcome);
      return outcome;
    })
  );
}
async function evaluateOne(definition, options, backend) {
  const period = budgetPeriodAt(definition, options.at);
  const periodEnd = period.end ? { periodEnd: period.end.toISOString().replace(/\.000Z$/, "Z") } : {};
  const collected = { warnings: /* @__PURE__ */ new Set(), slow: [] };
  let slo;
  try {
    slo = { ...definition, sli: await measurableSli(definition, options.client, options.at) };
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    return prometheusFailure(definition, error, [], collected, periodEnd, options);
  }
  const measured = windowsToMeasure(slo, period.budgetWindow);
  const { windows, notes } = await planMeasurement(slo, measured, period, options, backend);
  const queries = windows.map((w) => ({ window: w.queries.window, promql: displayedQuery(w.queries) }));
  const dialect = windows.filter((w) => !w.recorded).map((w) => dialectProblem(w.queries, backend)).find((problem) => problem !== void 0);
  if (dialect) {
    const error = new PrometheusError("bad_data", dialect, { attempts: 0 });
    return { measured: slo, ...prometheusFailure(slo, error, queries, collected, periodEnd, options, notes) };
  }
  const settled = await measurePlan(windows, options, collected);
  const measurements = [];
  let periodProblem;
  for (const [index, outcome] of settled.entries()) {
    if (outcome.status === "fulfilled") {
      if (typeof outcome.value === "string") periodProblem = outcome.value;
      else measurements.push(outcome.value);
      continue;
    }
    const error = outcome.reason;
    if (!(error instanceof PrometheusError)) throw error;
    if (windows[index].isPeriod && error.kind !== "deadline") {
      periodProblem = error.message;
      continue;
    }
    return { measured: slo, ...prometheusFailure(slo, error, queries, collected, periodEnd, options, notes) };
  }
  const periodWindow = windows.find((w) => w.isPeriod)?.queries;
  const judged = periodProblem && periodWindow ? withoutPeriod(slo, measurements, period, periodWindow, periodProblem) : void 0;
  const evaluation = judged?.evaluation ?? evaluateSlo(slo, measurements, period);
  const hints = [];
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
        exhaustsIn: evaluation.exhaustsInSeconds === null ? null : formatIsoDuration(evaluation.exhaustsInSeconds),
        ...periodEnd,
        reasons: [
          ...judged?.reasons ?? evaluation.reasons,
          ...evaluation.notJudged,
          ...notes,
          ...incompleteAnswers(collected.warnings)
        ],
        queries
      },
      collected
    )
  };
}
function withoutPeriod(slo, measurements, period, periodWindow, problem) {
  const standIn = {
    window: periodWindow.window,
    seconds: periodWindow.seconds,
    errorRatio: 0,
    events: null
  };
  const judged = evaluateSlo(slo, [...measurements, standIn], period);
  const evaluation = {
    ...judged,
    errorBudgetRemaining: null,
    exhaustsInSeconds: null,
    burnRates: { ...judged.burnRates, [periodWindow.window]: null }
  };
  const onError = slo.policy.onPrometheusError;
  const action = combineVerdict([judged.action, onError]);
  const serviceDecides = judged.action !== "pass" && judged.action === action;
  const monitoring = `${slo.window} budget not judged: the monitoring failed, not the service: ${problem}; onPrometheusError: ${onError}`;
  return {
    evaluation,
    action,
    status: serviceDecides ? judged.status : "error",
    reasons: serviceDecides ? [...judged.reasons, monitoring] : [monitoring, ...judged.reasons]
  };
}
function prometheusFailure(slo, error, queries, collected, periodEnd, options, notes = []) {
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
        status: "error",
        errorBudgetRemaining: null,
        burnRates: {},
        exhaustsIn: null,
        ...periodEnd,
        reasons: [`${error.message}; onPrometheusError: ${action}`, ...notes],
        queries
      },
      collected
    )
  };
}
async function measurePlan(windows, options, collected) {
  const heavy = (planned) => planned.isPeriod && !planned.recorded;
  const light = windows.filter((w) => !heavy(w)).map((w) => w.queries);
  const [lightSettled, heavySettled] = await Promise.all([
    measureWindows(light, options.client, options.at, collected, { apartAfterTimeout: true }),
    Promise.all(windows.filter(heavy).map((w) => measurePeriod(w.queries, options, collected)))
  ]);
  let nextLight = 0;
  let nextHeavy = 0;
  return windows.map((w) => heavy(w) ? heavySettled[nextHeavy++] : lightSettled[nextLight++]);
}
async function measurePeriod(queries, options, collected) {
  if (options.maxPeriodSamples !== void 0) {
    try {
      const problem = await periodCostProblem(queries, options.client, options.at, options.maxPeriodSamples);
      if (problem) return { status: "fulfilled", value: problem };
    } catch (error) {
      return { status: "rejected", reason: error };
    }
  }
  const client = options.periodClient ?? options.client;
  const [settled] = await measureWindows([queries], client, options.at, collected, {
    apartAfterTimeout: false
  });
  return settled;
}
function partsOf(queries) {
  const { window } = queries;
  switch (queries.kind) {
    case "events":
      return [
        { window, role: "errorQuery", promql: queries.errorQuery },
        { window, role: "totalQuery", promql: queries.totalQuery }
      ];
    case "ratio":
      return [{ window, role: "errorRatioQuery", promql: queries.errorRatioQuery }];
    default:
      return unreachable(queries);
  }
}
var ASK_APART = /* @__PURE__ */ new Set([
  "bad_data",
  "query_error",
  "invalid_response"
]);
async function measureWindows(list, client, at, collected, { apartAfterTimeout }) {
  const parts = list.flatMap(partsOf);
  if (parts.length < 2) return Promise.all(list.map((q) => settle(measureWindow(q, client, at, collected))));
  const promql = combinedQuery(parts.map((part) => part.promql));
  const windows = list.map((q) => q.window).join(", ");
  let answers;
  try {
    const answer = await timedQuery(client, promql, at, windows, collected);
    answers = splitCombined(answer.samples, parts.length)?.map((samples) => ({
      samples,
      warnings: answer.warnings
    }));
  } catch (error) {
    const apart = error instanceof PrometheusError && (ASK_APART.has(error.kind) || apartAfterTimeout && error.kind === "timeout");
    if (!apart) return list.map(() => ({ status: "rejected", reason: error }));
  }
  if (!answers) return Promise.all(list.map((q) => settle(measureWindow(q, client, at, collected))));
  let next = 0;
  return list.map((queries) => {
    const own = partsOf(queries).map((part) => accepted(answers[next++], part, collected));
    try {
      return { status: "fulfilled", value: measureFrom(queries, own) };
    } catch (error) {
      return { status: "rejected", reason: error };
    }
  });
}
async function settle(promise) {
  try {
    return { status: "fulfilled", value: await promise };
  } catch (error) {
    return { status: "rejected", reason: error };
  }
}
async function measureWindow(queries, client, at, collected) {
  const answers = await Promise.all(
    partsOf(queries).map(
      async (part) => accepted(await timedQuery(client, part.promql, at, part.window, collected), part, collected)
    )
  );
  return measureFrom(queries, answers);
}
async function timedQuery(client, promql, at, window, { slow }) {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started) / 1e3;
  let answer;
  try {
    answer = await client.query(promql, at);
  } catch (error) {
    if (error instanceof PrometheusError && error.kind === "timeout") {
      slow.push({ window, promql, seconds: took(), timedOut: true });
    }
    throw error;
  }
  if (took() >= SLOW_QUERY_SECONDS) slow.push({ window, promql, seconds: took() });
  return answer;
}
function accepted(answer, part, { warnings }) {
  answer.warnings.forEach((w) => warnings.add(w));
  if (answer.samples.length > 1) {
    warnings.add(
      `${part.role} over ${part.window} returned ${answer.samples.length} series; slo-gate summed them \u2014 aggregate the query with sum(...)`
    );
  }
  return answer;
}
function measureFrom(queries, answers) {
  switch (queries.kind) {
    case "events":
      return measureEvents(queries, answers[0], answers[1]);
    case "ratio":
      return measureRatio(queries, answers[0]);
    default:
      return unreachable(queries);
  }
}
async function attribute(slo, window, options, warnings, backend) {
  const breakdown = attributionQueryFor(slo.sli, window);
  if (!breakdown) return void 0;
  try {
    const answer = await options.client.query(queryForBackend(breakdown.promql, backend), options.at);
    answer.warnings.forEach((w) => warnings.add(w));
    return attributionHint(slo.name, window, breakdown.labels, answer.samples);
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    options.log(`SLO ${slo.name}: error attribution skipped: ${error.message}`);
    return void 0;
  }
}
var PARTIAL_ANSWER = /partial response|StoreAPI|\bstores?\b|unavailable/i;
function incompleteAnswers(warnings) {
  return [...warnings].filter((warning) => PARTIAL_ANSWER.test(warning)).map((warning) => `the answer may be incomplete: ${warning}`);
}
function withCollected(result, { warnings, slow }) {
  return {
    ...result,
    ...warnings.size > 0 ? { warnings: [...warnings] } : {},
    ...slow.length > 0 ? { slowQueries: slow.slice(0, 100) } : {}
  };
}

// src/gate/check.ts
async function runCheck(config, options) {
  const manifests = options.manifests;
  const progress = options.progress ?? (() => void 0);
  const slos = config.slos;
  let done = 0;
  if (slos.length > 0) progress(`measuring ${count(slos.length, "SLO")}`);
  const [outcomes, validation] = await Promise.all([
    slos.length === 0 ? [] : evaluateSlos(slos, {
      client: options.client(),
      periodClient: options.periodClient?.(),
      maxPeriodSamples: config.prometheus?.maxPeriodSamples,
      at: options.at,
      log: options.log,
      onDone: (outcome) => {
        done += 1;
        progress(`SLO ${outcome.result.name}: ${outcome.result.status} (${done} of ${slos.length} done)`);
      }
    }),
    manifests && manifests.sources.length > 0 ? manifests.loadSchemaCheck().then((validateSchema) => validateManifests(manifests.sources, manifests.options, validateSchema)).then((result) => {
      progress(`manifests: ${readCounts(result.files, result.bundle.resources.length)}`);
      return result;
    }) : void 0
  ]);
  const findings = validation?.findings ?? [];
  const report = {
    version: REPORT_VERSION,
    verdict: combineVerdict([...outcomes.map((o) => o.action), ...findings.map(findingAction)]),
    evaluatedAt: formatEvaluatedAt(options.at),
    slos: outcomes.map((o) => o.result),
    findings,
    hints: outcomes.flatMap((o) => o.hints)
  };
  const measured = outcomes.flatMap((o) => o.measured ? [o.measured] : []);
  return { report, bundle: validation?.bundle, measured };
}
function readCounts(files, resources) {
  return `${count(files, "file")}, ${count(resources, "resource")}`;
}
function findingAction(finding) {
  return finding.severity === "error" ? "block" : finding.severity === "warning" ? "warn" : "pass";
}
function formatEvaluatedAt(at) {
  return at.toISOString().replace(/\.000Z$/, "Z");
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
  if (config.importedSpec) {
    throw new UsageError(`${config.file} is an SLO spec (Sloth, OpenSLO or Pyrra) and names no Prometheus`, {
      fix: "pass --prometheus-url http://prometheus:9090 (Action input prometheus-url, hook env PROMETHEUS_URL), or include the spec from a slo-gate.yaml that sets prometheus.url"
    });
  }
  throw new UsageError(`${config.file} has SLOs but no Prometheus to ask`, {
    fix: "set prometheus.url in the config or pass --prometheus-url http://prometheus:9090"
  });
}

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
    budgetRemaining: slo.calendar ? [] : throughCheck(
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
function timeKey(unixSeconds2) {
  return Math.round(unixSeconds2 * 1e3);
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
  compareFindings,
  placeFinding,
  validateOptionsFor,
  windowsToMeasure,
  findingAction,
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
//# sourceMappingURL=chunk-CUYD432K.js.map
