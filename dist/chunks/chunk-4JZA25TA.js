import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  pLimit
} from "./chunk-D3WFAY5I.js";
import {
  axios_default
} from "./chunk-KKDPHI53.js";
import {
  UsageError
} from "./chunk-QEPZ6EYX.js";

// src/prometheus/client.ts
import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
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
var DEFAULT_BACKOFF_BASE_MS = 250;
var BACKOFF_CAP_MS = 5e3;
var EXCERPT_LENGTH = 160;
var URL_HINT = "the URL must be the API base including any path prefix, e.g. http://mimir/prometheus";
function createPrometheusClient(config, options = {}) {
  const target = parseBaseUrl(config.url);
  const secrets = [...target.secrets];
  const headers = {
    Accept: "application/json",
    "Content-Type": "application/x-www-form-urlencoded",
    "User-Agent": "slo-gate",
    ...config.headers
  };
  const authorization = authorizationHeader(config, target, options.bearerToken);
  if (authorization) {
    headers.Authorization = authorization.header;
    secrets.push(...authorization.secrets);
  }
  for (const [name, value] of Object.entries(config.headers)) {
    if (/^(authorization|cookie|x-api-key)$/i.test(name)) secrets.push(value);
  }
  const httpClient = axios_default.create({
    timeout: config.timeoutMs,
    headers,
    // Every status and body is judged here, to build messages without axios's error objects.
    validateStatus: () => true,
    responseType: "text",
    transformResponse: [(data) => data],
    // A redirect usually means a login page or a wrong base URL: report it rather than follow it.
    maxRedirects: 0,
    httpAgent: new http.Agent({ keepAlive: true }),
    httpsAgent: target.protocol === "https:" ? httpsAgent(config) : void 0
  });
  const context = {
    http: httpClient,
    endpoint: target.endpoint,
    rangeEndpoint: target.rangeEndpoint,
    where: `Prometheus at ${target.display}`,
    timeoutMs: config.timeoutMs,
    retries: Math.max(0, Math.floor(config.retries)),
    backoffBaseMs: options.backoffBaseMs ?? DEFAULT_BACKOFF_BASE_MS,
    onRetry: options.onRetry,
    redact: (text) => redact(text, secrets),
    sent: 0
  };
  const limit = pLimit(Math.max(1, Math.floor(config.concurrency)));
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
    get requestCount() {
      return context.sent;
    }
  };
}
function instantRequest(context, promql, at) {
  const time = at.getTime();
  if (!Number.isFinite(time)) throw new Error("Prometheus query time is not a valid date");
  const body = new URLSearchParams({ query: promql, time: unixSeconds(time) }).toString();
  return {
    endpoint: context.endpoint,
    path: "/api/v1/query",
    body,
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
    step: String(stepSeconds)
  }).toString();
  return {
    endpoint: context.rangeEndpoint,
    path: "/api/v1/query_range",
    body,
    parse: (data) => parseMatrix(data.resultType, data.result)
  };
}
function unixSeconds(ms) {
  return (ms / 1e3).toFixed(3);
}
async function queryWithRetries(context, request) {
  const attemptsAllowed = context.retries + 1;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(context, request);
    if (!("kind" in outcome)) return outcome;
    const failure2 = outcome;
    if (!failure2.retryable || attempt >= attemptsAllowed) {
      const suffix = failure2.countAttempts ? ` (${attempt} attempt${attempt === 1 ? "" : "s"})` : "";
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
    await sleep(delayMs);
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
  let response;
  try {
    context.sent++;
    response = await context.http.post(request.endpoint, request.body, { signal: controller.signal });
  } catch (error) {
    return describeRequestError(context, error, timedOut);
  } finally {
    clearTimeout(timer);
  }
  return judgeResponse(context, response, request);
}
function describeRequestError(context, error, timedOut) {
  const code = errorCode(error);
  const where = context.where;
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
  return { kind: "timeout", message, retryable: true, countAttempts: true };
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
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
var MIN_REDACTED_LENGTH = 3;
function redact(text, secrets) {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_REDACTED_LENGTH) out = out.split(secret).join("***");
  }
  return out;
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
  return {
    protocol: url.protocol,
    endpoint,
    rangeEndpoint: url.toString(),
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

export {
  MAX_POINTS_PER_SERIES,
  PrometheusError,
  createPrometheusClient
};
