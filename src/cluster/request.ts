/**
 * What every cluster call shares: a deadline passed to client-node as an AbortSignal, and one
 * classification of failures (RBAC, missing API, credentials, network, time-out) so readers and
 * writers word them the same way. Messages name the server by origin only: no credentials.
 */
import { Observable, type ConfigurationOptions, type KubeConfig } from '@kubernetes/client-node';

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

export type FailureKind =
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
