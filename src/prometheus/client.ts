/**
 * Prometheus HTTP API client (instant and range queries) for Prometheus, Thanos, Mimir, Cortex and
 * VictoriaMetrics: POST form at one pinned time, auth and tenant headers, TLS, bounded retries with
 * backoff (never of a timeout), bounded concurrency, typed errors. Secrets never reach a message:
 * every message is built here (axios errors carry the request headers, so they are never rethrown)
 * and scrubbed.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { setTimeout as delay } from 'node:timers/promises';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import pLimit from 'p-limit';
import type { PrometheusConfig } from '../config/types.js';
import { UsageError } from '../errors.js';
import { redact, registerSecret } from '../text/redact.js';
import { identifyBackend, UNKNOWN_BACKEND, type Backend } from './backend.js';

export interface Sample {
  labels: Record<string, string>;
  /** May be NaN or ±Infinity, as Prometheus answered. */
  value: number;
}

export interface QueryAnswer {
  /** A scalar result is one sample with no labels. */
  samples: Sample[];
  /** Response `warnings` and `infos` (e.g. Thanos partial responses). */
  warnings: string[];
}

export interface RangeSeries {
  labels: Record<string, string>;
  /** [unix seconds, value] in time order; steps without a sample are absent. Values may be NaN or ±Infinity. */
  points: [number, number][];
}

export interface RangeAnswer {
  series: RangeSeries[];
  /** Response `warnings` and `infos`. */
  warnings: string[];
}

export interface SeriesAnswer {
  series: Record<string, string>[];
  /** Response `warnings` and `infos`. */
  warnings: string[];
}

/** Prometheus refuses a range query whose series would have more points ("exceeded maximum resolution"). */
export const MAX_POINTS_PER_SERIES = 11_000;

export type PrometheusErrorKind =
  | 'connection'
  | 'timeout'
  | 'http'
  | 'bad_data'
  | 'query_error'
  | 'invalid_response'
  /** The run's deadline passed before the query was answered. */
  | 'deadline';

export class PrometheusError extends Error {
  readonly kind: PrometheusErrorKind;
  readonly status?: number;
  readonly errorType?: string;
  readonly attempts: number;

  constructor(
    kind: PrometheusErrorKind,
    message: string,
    details: { status?: number; errorType?: string; attempts: number },
  ) {
    super(message);
    this.name = 'PrometheusError';
    this.kind = kind;
    this.status = details.status;
    this.errorType = details.errorType;
    this.attempts = details.attempts;
  }
}

export interface PrometheusClient {
  query(promql: string, at: Date): Promise<QueryAnswer>;
  /**
   * A range query (POST /api/v1/query_range) evaluated at start, start + step, ... up to end. Throws a
   * plain Error before sending when the span holds more than MAX_POINTS_PER_SERIES steps.
   */
  queryRange(promql: string, start: Date, end: Date, stepSeconds: number): Promise<RangeAnswer>;
  /**
   * The label sets of the series `match` selects that have samples between start and end
   * (POST /api/v1/series): the index only, no samples read.
   */
  series(match: string, start: Date, end: Date): Promise<SeriesAnswer>;
  /**
   * Which server answers (GET /api/v1/status/buildinfo, asked once and remembered). Never throws:
   * a server that does not say is `unknown` and queried as Prometheus.
   */
  backend(): Promise<Backend>;
  /** HTTP requests actually sent, retries included. */
  readonly requestCount: number;
}

export interface PrometheusClientOptions {
  /** Told each retry in one line (for stderr), without secrets. */
  onRetry?: (message: string) => void;
  /** First backoff delay; doubled per retry, with jitter, capped at 5 s. Default 250 ms. */
  backoffBaseMs?: number;
  /** A bearer token handed over directly (a CI secret), in place of bearerTokenFile. Never shown. */
  bearerToken?: string;
  /**
   * The run's deadline: when the signal aborts, queries in flight are aborted and queued ones are not
   * sent; each fails with `reason`.
   */
  deadline?: { signal: AbortSignal; reason: string };
  /** Largest response body read, in bytes (default MAX_RESPONSE_BYTES). */
  maxResponseBytes?: number;
}

/**
 * Bodies larger than this are refused: with `concurrency` (default 8) bodies read at once, the gate
 * must stay within the hook pod's 256Mi. A refused body is held until garbage collection, in axios's
 * chunks and their concatenation, so 8 bodies of 8 MiB measured 200-250 MiB of peak RSS; at 2 MiB
 * the peak stays far below. An SLI's answer is a few hundred bytes, a chart's range answer a few KiB.
 */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

/** Said of every timeout, the client-side one and Prometheus's errorType "timeout". */
export const TIMEOUT_NOT_RETRIED = 'not retried: the same query would take as long';

/** Consecutive timeouts or failed connections after which the remaining queries are not sent. */
export const BREAKER_THRESHOLD = 3;

const DEFAULT_BACKOFF_BASE_MS = 250;
const BACKEND_DETECTION_TIMEOUT_MS = 2000;
const BACKOFF_CAP_MS = 5000;
const EXCERPT_LENGTH = 160;
const URL_HINT = 'the URL must be the API base including any path prefix, e.g. http://mimir/prometheus';

export function createPrometheusClient(
  config: PrometheusConfig,
  options: PrometheusClientOptions = {},
): PrometheusClient {
  const target = parseBaseUrl(config.url);
  // Every credential this client sends joins the one redaction layer, so no message, log line or
  // report shows it; the token and password files are read here, once.
  target.secrets.forEach(registerSecret);
  Object.values(config.headers).forEach(registerSecret);
  const headers: Record<string, string> = {
    Accept: 'application/json',
    // An SLI's answer is about a hundred bytes: inflating it costs more CPU on both sides than the
    // bytes saved. Range answers (charts) ask for gzip themselves.
    'Accept-Encoding': 'identity',
    'Content-Type': 'application/x-www-form-urlencoded',
    'User-Agent': 'slo-gate',
    ...config.headers,
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
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    // A redirect usually means a login page or a wrong base URL: report it rather than follow it.
    maxRedirects: 0,
    httpAgent: new http.Agent({ keepAlive: true }),
    httpsAgent: target.protocol === 'https:' ? httpsAgent(config) : undefined,
    // Read while streaming: a larger body is cut off before it is held in memory.
    maxContentLength: options.maxResponseBytes ?? MAX_RESPONSE_BYTES,
  });

  const context: RequestContext = {
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
    lastUnanswered: '',
  };
  const limit = pLimit(Math.max(1, Math.floor(config.concurrency)));
  let detected: Promise<Backend> | undefined;

  return {
    query: async (promql, at) => {
      const request = instantRequest(context, promql, at);
      const { result, warnings } = await limit(() => queryWithRetries(context, request));
      return { samples: result, warnings };
    },
    queryRange: async (promql, start, end, stepSeconds) => {
      // Checked before queueing: a caller's mistake is not a request and never retried.
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
    },
  };
}

/** One GET of the buildinfo endpoint, no retries: a server that does not answer it is `unknown`. */
async function detectBackend(context: RequestContext): Promise<Backend> {
  if (context.deadline?.signal.aborted) return UNKNOWN_BACKEND;
  // Bounded below the query timeout: a server that hangs here costs the run little before the
  // queries find out for themselves.
  const signals = [AbortSignal.timeout(Math.min(context.timeoutMs, BACKEND_DETECTION_TIMEOUT_MS))];
  if (context.deadline) signals.push(context.deadline.signal);
  try {
    context.sent++;
    const response = await context.http.get<string>(context.buildInfoEndpoint, {
      signal: AbortSignal.any(signals),
    });
    const text = typeof response.data === 'string' ? response.data : '';
    return identifyBackend({ status: response.status, headers: { ...response.headers }, body: text });
  } catch {
    return UNKNOWN_BACKEND;
  }
}

interface RequestContext {
  http: AxiosInstance;
  /** The instant query, range query and series endpoints, all under the configured base URL. */
  endpoint: string;
  rangeEndpoint: string;
  seriesEndpoint: string;
  buildInfoEndpoint: string;
  /** "Prometheus at <url without credentials>", the start of most messages. */
  where: string;
  timeoutMs: number;
  retries: number;
  backoffBaseMs: number;
  onRetry?: (message: string) => void;
  redact: (text: string) => string;
  sent: number;
  maxResponseBytes: number;
  deadline?: { signal: AbortSignal; reason: string };
  /** Timeouts and failed connections in a row; at BREAKER_THRESHOLD no more requests are sent. */
  unanswered: number;
  /** What the last of them said. */
  lastUnanswered: string;
}

/** One attempt's failure: what to tell the user, and whether another attempt may help. */
interface Failure {
  kind: PrometheusErrorKind;
  /** Without the "(N attempts)" suffix. */
  message: string;
  retryable: boolean;
  /** Attempt counts only mean something for failures that could have been retried. */
  countAttempts: boolean;
  status?: number;
  errorType?: string;
  retryAfterMs?: number;
}

/** One API call: where to send the form, what to send, and how to read a successful `data`. */
interface ApiRequest<T> {
  endpoint: string;
  /** The endpoint's path for messages ("/api/v1/query"). */
  path: string;
  body: string;
  /** The PromQL or series selector, for messages. */
  query: string;
  /** Set for range answers, large enough for compression to pay; otherwise identity. */
  acceptEncoding?: 'gzip';
  parse: (data: { resultType?: unknown; result?: unknown }) => T;
}

function instantRequest(context: RequestContext, promql: string, at: Date): ApiRequest<Sample[]> {
  const time = at.getTime();
  if (!Number.isFinite(time)) throw new Error('Prometheus query time is not a valid date');
  // Unix seconds with milliseconds: every query of a run uses the same pinned instant.
  // partial_response=false: Thanos then fails a query some store could not answer instead of
  // answering without that store's data; every other server ignores the field.
  const body = new URLSearchParams({
    query: promql,
    time: unixSeconds(time),
    partial_response: 'false',
  }).toString();
  return {
    endpoint: context.endpoint,
    path: '/api/v1/query',
    body,
    query: promql,
    parse: (data) => parseResult(data.resultType, data.result),
  };
}

function rangeRequest(
  context: RequestContext,
  promql: string,
  start: Date,
  end: Date,
  stepSeconds: number,
): ApiRequest<RangeSeries[]> {
  const from = start.getTime();
  const to = end.getTime();
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new Error('Prometheus range query start or end is not a valid date');
  }
  if (to < from) throw new Error('Prometheus range query ends before it starts');
  if (!Number.isFinite(stepSeconds) || stepSeconds <= 0) {
    throw new Error(`Prometheus range query step must be a positive number of seconds, not ${stepSeconds}`);
  }
  const spanSeconds = (to - from) / 1000;
  const points = Math.floor(spanSeconds / stepSeconds) + 1;
  if (points > MAX_POINTS_PER_SERIES) {
    const smallestStep = Math.ceil(spanSeconds / (MAX_POINTS_PER_SERIES - 1));
    throw new Error(
      `Prometheus range query of ${spanSeconds}s at a ${stepSeconds}s step would return ${points} points ` +
        `per series; Prometheus allows at most ${MAX_POINTS_PER_SERIES} — use a step of at least ${smallestStep}s`,
    );
  }
  const body = new URLSearchParams({
    query: promql,
    start: unixSeconds(from),
    end: unixSeconds(to),
    step: String(stepSeconds),
    partial_response: 'false',
  }).toString();
  return {
    endpoint: context.rangeEndpoint,
    path: '/api/v1/query_range',
    body,
    query: promql,
    acceptEncoding: 'gzip',
    parse: (data) => parseMatrix(data.resultType, data.result),
  };
}

function seriesRequest(
  context: RequestContext,
  match: string,
  start: Date,
  end: Date,
): ApiRequest<Record<string, string>[]> {
  const from = start.getTime();
  const to = end.getTime();
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) {
    throw new Error('Prometheus series request needs a start before its end');
  }
  const body = new URLSearchParams({ 'match[]': match, start: unixSeconds(from), end: unixSeconds(to) });
  return {
    endpoint: context.seriesEndpoint,
    path: '/api/v1/series',
    body: body.toString(),
    query: match,
    // The series endpoint answers a list of label sets where the query endpoints answer an object.
    parse: (data) => parseSeriesList(data),
  };
}

function parseSeriesList(data: unknown): Record<string, string>[] {
  if (!Array.isArray(data)) throw new InvalidResult('the series result is not a list');
  return data.map((labels: unknown) => labelsOf(labels));
}

/** Milliseconds since the epoch as unix seconds with three decimals. */
function unixSeconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

async function queryWithRetries<T>(
  context: RequestContext,
  request: ApiRequest<T>,
): Promise<{ result: T; warnings: string[] }> {
  const attemptsAllowed = context.retries + 1;
  for (let attempt = 1; ; attempt++) {
    refuseWhenStopped(context, attempt);
    const outcome = await attemptOnce(context, request);
    if (!('kind' in outcome)) return outcome;
    // A query the deadline cut off failed for that reason, not for the aborted request's.
    if (context.deadline?.signal.aborted) refuseWhenStopped(context, attempt + 1);
    const failure = outcome;
    if (!failure.retryable || attempt >= attemptsAllowed) {
      const suffix =
        failure.kind === 'timeout'
          ? `${attempt > 1 ? ` (attempt ${attempt})` : ''}; ${TIMEOUT_NOT_RETRIED}`
          : failure.countAttempts
            ? ` (${attempt} attempt${attempt === 1 ? '' : 's'})`
            : '';
      throw new PrometheusError(failure.kind, context.redact(failure.message + suffix), {
        status: failure.status,
        errorType: failure.errorType,
        attempts: attempt,
      });
    }
    const delayMs = failure.retryAfterMs ?? backoffDelay(context.backoffBaseMs, attempt);
    context.onRetry?.(
      context.redact(
        `${failure.message}; retrying in ${formatMs(delayMs)} (attempt ${attempt + 1} of ${attemptsAllowed})`,
      ),
    );
    await sleep(delayMs, context.deadline?.signal);
  }
}

/** Throws instead of sending when the run's deadline passed or the breaker is open. */
function refuseWhenStopped(context: RequestContext, attempt: number): void {
  if (context.deadline?.signal.aborted) {
    throw new PrometheusError('deadline', context.deadline.reason, { attempts: attempt - 1 });
  }
  if (context.unanswered >= BREAKER_THRESHOLD) {
    throw new PrometheusError(
      'connection',
      context.redact(
        `${context.where} did not answer ${BREAKER_THRESHOLD} requests in a row ` +
          `(the last: ${context.lastUnanswered}): the remaining queries were not sent`,
      ),
      { attempts: attempt - 1 },
    );
  }
}

/** Exponential backoff with "equal jitter": between half and all of base·2^(attempt-1), capped. */
function backoffDelay(baseMs: number, attempt: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/** A successful answer: the parsed result and the warnings that came with it. */
interface Answered<T> {
  result: T;
  warnings: string[];
}

async function attemptOnce<T>(
  context: RequestContext,
  request: ApiRequest<T>,
): Promise<Answered<T> | Failure> {
  // axios's own timeout only notices an idle socket; the abort also bounds a trickling answer.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, context.timeoutMs);
  const signal = context.deadline
    ? AbortSignal.any([controller.signal, context.deadline.signal])
    : controller.signal;
  let response: AxiosResponse<string>;
  try {
    context.sent++;
    response = await context.http.post<string>(
      request.endpoint,
      request.body,
      request.acceptEncoding
        ? { signal, headers: { 'Accept-Encoding': request.acceptEncoding } }
        : { signal },
    );
  } catch (error) {
    const failure = describeRequestError(context, error, timedOut, request);
    const unanswered = failure.kind === 'timeout' || failure.kind === 'connection';
    context.unanswered = unanswered ? context.unanswered + 1 : 0;
    // Without the "Prometheus at URL" the breaker's message already starts with.
    if (unanswered)
      context.lastUnanswered = failure.message.replace(context.where, '').replace(/^[:\s]+/, '');
    return failure;
  } finally {
    clearTimeout(timer);
  }
  context.unanswered = 0;
  return judgeResponse(context, response, request);
}

function describeRequestError<T>(
  context: RequestContext,
  error: unknown,
  timedOut: boolean,
  request: ApiRequest<T>,
): Failure {
  const code = errorCode(error);
  const where = context.where;
  if (isSizeCapError(error)) {
    return failure(
      'invalid_response',
      `${where} answered more than ${formatBytes(context.maxResponseBytes)} to ${request.path} ` +
        `"${excerpt(request.query)}": the answer was refused to keep the gate's memory bounded — ` +
        'aggregate the query (sum by the labels you need) so it returns few series',
      {},
    );
  }
  if (timedOut || code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ERR_CANCELED') {
    return timeoutFailure(`${where} did not answer within ${formatMs(context.timeoutMs)}`);
  }
  if (code === 'ECONNREFUSED') return connectionFailure(`${where} refused the connection`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return connectionFailure(`${where}: the host name could not be resolved (${code})`);
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_SOCKET_CONNECTION_TIMEOUT') {
    return connectionFailure(`${where} closed the connection unexpectedly (${code})`);
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ENETDOWN') {
    return connectionFailure(`${where} is unreachable (${code})`);
  }
  if (code && TLS_TRUST_ERRORS.has(code)) {
    return {
      kind: 'connection',
      message:
        `${where} presented a TLS certificate that is not trusted (${code}) — set prometheus.tls.caFile ` +
        'to the CA that signed it (or tls.insecureSkipVerify: true, for tests only)',
      retryable: false,
      countAttempts: false,
    };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return {
      kind: 'connection',
      message: `${where} presented a TLS certificate for another host name (${code}) — use the host name the certificate names`,
      retryable: false,
      countAttempts: false,
    };
  }
  if (code?.startsWith('ERR_SSL') || code?.startsWith('ERR_TLS') || code?.includes('CERT')) {
    return {
      kind: 'connection',
      message: `${where}: the TLS handshake failed (${code})`,
      retryable: false,
      countAttempts: false,
    };
  }
  // Unknown network trouble: name the code only, never axios's message (it may hold the URL).
  return connectionFailure(`${where}: the request failed (${code ?? 'unknown network error'})`);
}

const TLS_TRUST_ERRORS = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
]);

/** axios's own error when a body passes maxContentLength (its code, ERR_BAD_RESPONSE, is shared). */
function isSizeCapError(error: unknown): boolean {
  return error instanceof Error && /maxContentLength size of -?\d+ exceeded/.test(error.message);
}

function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  const causeCode =
    typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  // axios wraps some network errors; the underlying code is the precise one.
  if (typeof causeCode === 'string') return causeCode;
  return typeof code === 'string' ? code : undefined;
}

function connectionFailure(message: string): Failure {
  return { kind: 'connection', message, retryable: true, countAttempts: true };
}

/**
 * A query that timed out is not sent again at the same size: it would take as long again and add
 * the same load to a server already too slow for it.
 */
function timeoutFailure(message: string): Failure {
  return { kind: 'timeout', message, retryable: false, countAttempts: false };
}

interface PrometheusBody {
  status?: unknown;
  data?: { resultType?: unknown; result?: unknown };
  errorType?: unknown;
  error?: unknown;
  warnings?: unknown;
  infos?: unknown;
}

function judgeResponse<T>(
  context: RequestContext,
  response: AxiosResponse<string>,
  request: ApiRequest<T>,
): Answered<T> | Failure {
  const where = context.where;
  const status = response.status;
  const text = typeof response.data === 'string' ? response.data : String(response.data ?? '');
  const parsed = parseJsonObject(text);
  const retryAfterMs =
    status === 429 || status === 503 ? parseRetryAfter(response.headers['retry-after']) : undefined;

  if (parsed?.status === 'error') {
    const errorType = typeof parsed.errorType === 'string' ? parsed.errorType : 'unknown';
    const detail = typeof parsed.error === 'string' ? parsed.error : 'no error text';
    if (errorType === 'timeout') {
      return {
        ...timeoutFailure(`${where} timed out evaluating the query: ${detail}`),
        status,
        errorType,
        retryAfterMs,
      };
    }
    if (errorType === 'unavailable' || status >= 500 || status === 429) {
      return {
        kind: 'http',
        message: `${where} answered HTTP ${status} (${errorType}): ${excerpt(detail)}`,
        retryable: true,
        countAttempts: true,
        status,
        errorType,
        retryAfterMs,
      };
    }
    if (errorType === 'bad_data') {
      return failure('bad_data', `Prometheus rejected the query: ${detail}`, { status, errorType });
    }
    return failure('query_error', `Prometheus could not run the query (${errorType}): ${detail}`, {
      status,
      errorType,
    });
  }

  if (status >= 500 || status === 429) {
    return {
      kind: 'http',
      message: `${where} answered HTTP ${status}: ${excerpt(text) || '(empty body)'}`,
      retryable: true,
      countAttempts: true,
      status,
      retryAfterMs,
    };
  }
  if (status >= 300 && status < 400) {
    return failure('http', `${where} answered HTTP ${status} (a redirect) — ${URL_HINT}`, { status });
  }
  if (status === 401 || status === 403) {
    return failure(
      'http',
      `${where} answered HTTP ${status}: ${excerpt(text) || '(empty body)'} — check the bearer token, basic auth or tenant headers`,
      { status },
    );
  }
  if (status === 404) {
    return failure('http', `${where} answered HTTP 404 for ${request.path} — ${URL_HINT}`, { status });
  }
  if (status < 200 || status >= 300) {
    return failure('http', `${where} answered HTTP ${status}: ${excerpt(text) || '(empty body)'}`, {
      status,
    });
  }

  if (!parsed) {
    return failure(
      'invalid_response',
      `${where} did not answer with JSON (got "${excerpt(text) || 'an empty body'}") — ${URL_HINT}`,
      { status },
    );
  }
  if (parsed.status !== 'success' || typeof parsed.data !== 'object' || parsed.data === null) {
    return failure('invalid_response', `${where} answered JSON that is not a Prometheus API response`, {
      status,
    });
  }
  try {
    return {
      result: request.parse(parsed.data),
      warnings: [...stringList(parsed.warnings), ...stringList(parsed.infos)].map(context.redact),
    };
  } catch (error) {
    const detail = error instanceof InvalidResult ? error.message : 'malformed result';
    return failure('invalid_response', `${where} answered an unusable result: ${detail}`, { status });
  }
}

function failure(
  kind: PrometheusErrorKind,
  message: string,
  details: { status?: number; errorType?: string },
): Failure {
  return { kind, message, retryable: false, countAttempts: false, ...details };
}

class InvalidResult extends Error {}

function parseResult(resultType: unknown, result: unknown): Sample[] {
  if (resultType === 'scalar') {
    return [{ labels: {}, value: parseSampleValue(valueOf(result)) }];
  }
  if (resultType !== 'vector') {
    throw new InvalidResult(
      `result type ${JSON.stringify(resultType)}, expected an instant vector or scalar (is the query a range selector?)`,
    );
  }
  if (!Array.isArray(result)) throw new InvalidResult('the vector result is not a list');
  return result.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null)
      throw new InvalidResult('a vector sample is not an object');
    const { metric, value, histogram } = entry as { metric?: unknown; value?: unknown; histogram?: unknown };
    if (value === undefined && histogram !== undefined) {
      throw new InvalidResult(
        'native histogram samples are not supported; wrap the query in histogram_count() or similar',
      );
    }
    return { labels: labelsOf(metric), value: parseSampleValue(valueOf(value)) };
  });
}

function parseMatrix(resultType: unknown, result: unknown): RangeSeries[] {
  if (resultType !== 'matrix') {
    throw new InvalidResult(`result type ${JSON.stringify(resultType)}, expected a range matrix`);
  }
  if (!Array.isArray(result)) throw new InvalidResult('the matrix result is not a list');
  return result.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null)
      throw new InvalidResult('a matrix series is not an object');
    const { metric, values, histograms } = entry as {
      metric?: unknown;
      values?: unknown;
      histograms?: unknown;
    };
    if (values === undefined && histograms !== undefined) {
      throw new InvalidResult(
        'native histogram samples are not supported; wrap the query in histogram_count() or similar',
      );
    }
    if (!Array.isArray(values)) throw new InvalidResult('a matrix series has no list of values');
    const points = values.map((pair: unknown): [number, number] => [
      timeOf(pair),
      parseSampleValue(valueOf(pair)),
    ]);
    return { labels: labelsOf(metric), points };
  });
}

/** `[<unix time>, "<value>"]` -> the time, in unix seconds. */
function timeOf(pair: unknown): number {
  const time: unknown = Array.isArray(pair) ? pair[0] : undefined;
  if (typeof time !== 'number' || !Number.isFinite(time))
    throw new InvalidResult('a sample time is not a number');
  return time;
}

/** `[<unix time>, "<value>"]` -> the value text. */
function valueOf(pair: unknown): unknown {
  if (!Array.isArray(pair) || pair.length !== 2)
    throw new InvalidResult('a sample is not a [time, value] pair');
  return pair[1];
}

function labelsOf(metric: unknown): Record<string, string> {
  if (metric === undefined) return {};
  if (typeof metric !== 'object' || metric === null)
    throw new InvalidResult('sample labels are not an object');
  const labels: Record<string, string> = {};
  for (const [name, value] of Object.entries(metric)) {
    if (typeof value !== 'string') throw new InvalidResult(`label ${name} is not a string`);
    labels[name] = value;
  }
  return labels;
}

/** Prometheus writes sample values as strings: "1.5", "NaN", "+Inf", "-Inf". */
function parseSampleValue(text: unknown): number {
  if (typeof text !== 'string') throw new InvalidResult('a sample value is not a string');
  if (text === 'NaN') return NaN;
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  const value = Number(text);
  if (text.trim() === '' || Number.isNaN(value))
    throw new InvalidResult(`sample value "${excerpt(text)}" is not a number`);
  return value;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function parseJsonObject(text: string): PrometheusBody | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Retry-After in seconds or as an HTTP date, capped like the backoff. */
function parseRetryAfter(header: unknown): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(BACKOFF_CAP_MS, Math.max(0, ms));
}

/** One line, at most EXCERPT_LENGTH characters: bodies can be whole HTML pages. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH)}…` : line;
}

function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  return `${Number((ms / 1000).toFixed(2))}s`;
}

/** Waits, or ends early when the signal aborts (the next attempt then sees it). */
async function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  await delay(ms, undefined, { signal }).catch(() => undefined);
}

interface BaseUrl {
  protocol: 'http:' | 'https:';
  /** The query endpoints, without credentials. */
  endpoint: string;
  rangeEndpoint: string;
  seriesEndpoint: string;
  buildInfoEndpoint: string;
  /** For messages: credentials masked as ***@. */
  display: string;
  userinfo?: { username: string; password: string };
  secrets: string[];
}

function parseBaseUrl(raw: string): BaseUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`prometheus.url "${maskUserinfo(raw)}" is not a URL`, {
      fix: 'write the API base, e.g. http://prometheus.monitoring:9090 or https://mimir.example/prometheus',
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`prometheus.url must start with http:// or https://, not ${url.protocol}//`, {
      fix: 'write the API base, e.g. http://prometheus.monitoring:9090',
    });
  }
  const username = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const secrets = [password, url.password].filter((secret) => secret !== '');
  url.username = '';
  url.password = '';
  url.hash = '';
  // Keep any path prefix (Mimir's /prometheus); a trailing slash is tolerated.
  const prefix = url.pathname.replace(/\/+$/, '');
  const base = `${url.origin}${prefix}`;
  const display = username || password ? base.replace('://', '://***@') : base;
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
    userinfo: username || password ? { username, password } : undefined,
    secrets,
  };
}

function maskUserinfo(raw: string): string {
  return raw.replace(/\/\/[^/@]*@/, '//***@');
}

function authorizationHeader(
  config: PrometheusConfig,
  target: BaseUrl,
  bearerToken: string | undefined,
): { header: string; secrets: string[] } | undefined {
  if (bearerToken) {
    const token = bearerToken.trim();
    return { header: `Bearer ${token}`, secrets: [token] };
  }
  if (config.bearerTokenFile && config.basicAuth) {
    throw new UsageError('prometheus sets both bearerTokenFile and basicAuth', {
      fix: 'keep one of them: Prometheus accepts a single Authorization header',
    });
  }
  if (config.bearerTokenFile) {
    const token = readSecretFile(config.bearerTokenFile, 'prometheus.bearerTokenFile');
    return { header: `Bearer ${token}`, secrets: [token] };
  }
  if (config.basicAuth) {
    const { username, password, passwordFile } = config.basicAuth;
    const secret = passwordFile
      ? readSecretFile(passwordFile, 'prometheus.basicAuth.passwordFile')
      : (password ?? '');
    const encoded = Buffer.from(`${username}:${secret}`).toString('base64');
    return { header: `Basic ${encoded}`, secrets: [secret, encoded] };
  }
  if (target.userinfo) {
    // Credentials in the URL: sent as basic auth, never kept in the URL the messages show.
    const { username, password } = target.userinfo;
    const encoded = Buffer.from(`${username}:${password}`).toString('base64');
    return { header: `Basic ${encoded}`, secrets: [password, encoded] };
  }
  return undefined;
}

/** Read once, trimmed (files written by `echo` end in a newline). */
function readSecretFile(file: string, key: string): string {
  let content: string;
  try {
    content = readFileSync(file, 'utf8').trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`cannot read ${key} ${file} (${code})`, {
      fix: `point ${key} at a readable file (in Kubernetes, mount the Secret as a volume)`,
    });
  }
  if (content === '') {
    throw new UsageError(`${key} ${file} is empty`, { fix: `put the secret in ${file}` });
  }
  return content;
}

function readPemFile(file: string, key: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`cannot read ${key} ${file} (${code})`, {
      fix: `point ${key} at a readable PEM file`,
    });
  }
}

function httpsAgent(config: PrometheusConfig): https.Agent {
  const tls = config.tls ?? {};
  if (Boolean(tls.certFile) !== Boolean(tls.keyFile)) {
    throw new UsageError('prometheus.tls needs both certFile and keyFile for a client certificate', {
      fix: 'set both tls.certFile and tls.keyFile, or neither',
    });
  }
  return new https.Agent({
    keepAlive: true,
    ca: tls.caFile ? readPemFile(tls.caFile, 'prometheus.tls.caFile') : undefined,
    cert: tls.certFile ? readPemFile(tls.certFile, 'prometheus.tls.certFile') : undefined,
    key: tls.keyFile ? readPemFile(tls.keyFile, 'prometheus.tls.keyFile') : undefined,
    rejectUnauthorized: !tls.insecureSkipVerify,
  });
}
