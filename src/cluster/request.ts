/**
 * What every cluster call shares: a deadline passed to client-node as an AbortSignal, and one
 * classification of failures (RBAC, missing API, credentials, network, time-out) so readers and
 * writers word them the same way. Messages name the server by origin only: no credentials.
 */
import { readCappedBody } from '../text/capped-body.js';
import {
  Observable,
  ResponseContext,
  type ConfigurationOptions,
  type KubeConfig,
} from '@kubernetes/client-node';

/** Per-call default: an in-cluster API server answers lists in milliseconds; 10 s means it is not answering. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * client-node options that abort the request when `signal` fires. Middleware is appended, so
 * client-node's own User-Agent middleware stays; `extra` adds e.g. setHeaderOptions(...).
 */
export function withSignal(signal: AbortSignal, extra?: ConfigurationOptions): ConfigurationOptions {
  return {
    ...extra,
    middleware: [
      ...(extra?.middleware ?? []),
      {
        pre: (context) => {
          context.setSignal(signal);
          return new Observable(Promise.resolve(context));
        },
        post: (response) => new Observable(Promise.resolve(response)),
      },
    ],
    middlewareMergeStrategy: 'append',
  };
}

/**
 * Largest answer read from the API server. A namespace's pods or events list stays far below; more
 * means a proxy or a misbehaving server, and reading it all would only exhaust the hook's memory.
 */
export const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

/** An answer that came back but cannot be used: too large, not JSON, or not a list of objects. */
export class UnreadableAnswer extends Error {
  override name = 'UnreadableAnswer';
}

export interface AnswerChecks {
  /** Bytes read at most (default MAX_ANSWER_BYTES). */
  maxBytes?: number;
  /** A successful answer must be a JSON list whose items are objects. */
  list?: boolean;
  /** A successful answer must be one JSON object (what a create or patch returns: the object written). */
  object?: boolean;
}

/**
 * client-node options whose answers are read within a size cap and, for lists, checked before
 * client-node deserialises them: client-node turns `items: [null]` into a null object and an HTML
 * page into an empty list, both of which the hints would take for the cluster's state.
 */
export function withAnswerChecks(checks: AnswerChecks, extra?: ConfigurationOptions): ConfigurationOptions {
  return {
    ...extra,
    middleware: [
      ...(extra?.middleware ?? []),
      {
        pre: (context) => new Observable(Promise.resolve(context)),
        post: (response) => new Observable(checkedAnswer(response, checks)),
      },
    ],
    middlewareMergeStrategy: 'append',
  };
}

async function checkedAnswer(response: ResponseContext, checks: AnswerChecks): Promise<ResponseContext> {
  const maxBytes = checks.maxBytes ?? MAX_ANSWER_BYTES;
  const text = await readCapped(response, maxBytes);
  const ok = response.httpStatusCode >= 200 && response.httpStatusCode < 300;
  if (checks.list && ok) {
    const items = listItems(text, response.headers['content-type']);
    const body = JSON.stringify({ ...(JSON.parse(text) as object), items });
    return new ResponseContext(response.httpStatusCode, response.headers, textBody(body));
  }
  if (checks.object && ok) requireJsonObject(text, response.headers['content-type']);
  return new ResponseContext(response.httpStatusCode, response.headers, textBody(text));
}

/** A write's answer: a proxy's HTML page or a bare 200 is not the API server saying it wrote. */
function requireJsonObject(text: string, contentType: string | undefined): void {
  requireJsonType(contentType);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UnreadableAnswer('not valid JSON');
  }
  if (!isObject(parsed)) throw new UnreadableAnswer('not a JSON object');
}

function requireJsonType(contentType: string | undefined): void {
  if (!contentType || !/\bjson\b/i.test(contentType))
    throw new UnreadableAnswer(
      `not JSON but ${contentType ? contentType.split(';')[0] : 'an answer without a content type'}`,
    );
}

function textBody(text: string) {
  return {
    text: () => Promise.resolve(text),
    binary: () => Promise.resolve(Buffer.from(text)),
    stream: () => null,
  };
}

/** "32 MiB", "1.5 KiB": sizes in notes. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Math.round(value * 10) / 10} ${units[unit]}`;
}

async function readCapped(response: ResponseContext, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new UnreadableAnswer(`larger than the ${formatBytes(maxBytes)} the gate reads from the API server`);
  const stream = response.body.stream();
  const declared = Number(response.headers['content-length']);
  if (!stream) {
    if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
    return response.body.text();
  }
  return (await readCappedBody(stream, declared, maxBytes, tooLarge)).toString('utf8');
}

/**
 * The items of a list answer, each a JSON object. Null entries inside an item's arrays (a null
 * container status) carry nothing and are dropped, so no hint trips over them.
 */
function listItems(text: string, contentType: string | undefined): object[] {
  requireJsonType(contentType);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UnreadableAnswer('not valid JSON');
  }
  const items = (parsed as { items?: unknown } | null)?.items;
  // kube-apiserver leaves out `items` of an empty list.
  if (items === undefined || items === null) {
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return [];
    throw new UnreadableAnswer('not a list of objects');
  }
  if (!Array.isArray(items) || !items.every(isObject)) throw new UnreadableAnswer('not a list of objects');
  return items.map((item) => withoutNullEntries(item) as object);
}

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function withoutNullEntries(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((entry) => entry !== null).map(withoutNullEntries);
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withoutNullEntries(field)]));
  return value;
}

export type FailureKind =
  | 'unreadable'
  | 'forbidden'
  | 'not-found'
  | 'unauthorized'
  | 'unreachable'
  | 'timeout'
  | 'rejected'
  | 'server-error'
  | 'other';

export interface CallFailure {
  kind: FailureKind;
  /** HTTP status when the API server answered. */
  code?: number;
  /** A short cause in plain words, without credentials: "connection refused", "HTTP 500: etcdserver: request timed out". */
  detail: string;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate not trusted',
};

/** The `message` of a Status body, when the body is one. */
function statusMessage(body: unknown): string | undefined {
  const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  try {
    const parsed = JSON.parse(text) as { kind?: string; message?: string };
    if (parsed && typeof parsed.message === 'string') return parsed.message;
  } catch {
    // not JSON (a proxy's HTML page, an empty body)
  }
  return undefined;
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Sorts a failed client-node call into what the gate can say about it. */
export function classifyFailure(error: unknown): CallFailure {
  if (error instanceof UnreadableAnswer) return { kind: 'unreadable', detail: error.message };
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return { kind: 'timeout', detail: 'no answer in time' };
  const status = (error as { code?: unknown } | undefined)?.code;
  if (typeof status === 'number' && 'body' in (error as object)) {
    const message = statusMessage((error as { body: unknown }).body);
    const detail = message ? `HTTP ${status}: ${message}` : `HTTP ${status}`;
    if (status === 403) return { kind: 'forbidden', code: status, detail };
    if (status === 404) return { kind: 'not-found', code: status, detail };
    if (status === 401)
      return { kind: 'unauthorized', code: status, detail: 'HTTP 401: the credentials were rejected' };
    if (status >= 500) return { kind: 'server-error', code: status, detail };
    return { kind: 'rejected', code: status, detail };
  }
  const code = errorCode(error);
  if (code && NETWORK_CODES[code]) return { kind: 'unreachable', detail: `${NETWORK_CODES[code]} (${code})` };
  if (error instanceof TypeError && /fetch failed/.test(error.message)) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    return { kind: 'unreachable', detail: cause ?? 'fetch failed' };
  }
  // client-node deserialises an answer by its type model and trips over fields of another shape.
  if (error instanceof TypeError)
    return { kind: 'unreadable', detail: `not in the shape Kubernetes sends (${error.message})` };
  return { kind: 'other', detail: error instanceof Error ? error.message : String(error) };
}

/** "300 ms", "10 s": durations in notes. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** The API server's origin (scheme, host, port) for messages; never a path, user or token. */
export function serverOf(kc: KubeConfig): string {
  const server = kc.getCurrentCluster()?.server;
  if (!server) return 'the API server (no cluster in the kubeconfig)';
  try {
    return new URL(server).origin;
  } catch {
    return 'the API server';
  }
}
