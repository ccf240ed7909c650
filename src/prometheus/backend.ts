/**
 * Which Prometheus-compatible server answers: read from its `/api/v1/status/buildinfo` answer and
 * response headers. Pure: the client fetches, this module judges.
 *
 * What each server answers (recorded under test/fixtures/prometheus/):
 * - Prometheus: `data` with version (2.x, 3.x), revision, branch, buildUser, buildDate, goVersion.
 * - Thanos Query: the same fields, with Thanos's own version (0.x).
 * - Grafana Mimir: `data.application` "Grafana Mimir" (plus version and features).
 * - Cortex: no buildinfo endpoint (404) on most versions; `application` "Cortex" where it exists.
 * - VictoriaMetrics: `X-Server-Hostname` on every response; buildinfo `data` empty (1.79) or a
 *   Prometheus-compatible version only (newer), never a goVersion or revision.
 */

export type BackendKind = 'prometheus' | 'thanos' | 'mimir' | 'cortex' | 'victoriametrics' | 'unknown';

export interface Backend {
  kind: BackendKind;
  /** The version the server reported, when it did. */
  version?: string;
}

export interface BuildInfoAnswer {
  /** HTTP status, or undefined when no answer came (connection failure, timeout). */
  status?: number;
  /** Response headers, names in lower case. */
  headers: Record<string, unknown>;
  body: string;
}

export const UNKNOWN_BACKEND: Backend = { kind: 'unknown' };

/** The backend an answer to GET /api/v1/status/buildinfo reveals; `unknown` when it reveals none. */
export function identifyBackend(answer: BuildInfoAnswer): Backend {
  if (answer.status === undefined) return UNKNOWN_BACKEND;
  const data = successData(answer.body);
  const version = typeof data?.version === 'string' && data.version !== '' ? data.version : undefined;
  const withVersion = (kind: BackendKind): Backend => (version ? { kind, version } : { kind });
  if (headerOf(answer.headers, 'x-server-hostname') !== undefined) return withVersion('victoriametrics');
  if (answer.status < 200 || answer.status >= 300 || !data) return UNKNOWN_BACKEND;
  const application = typeof data.application === 'string' ? data.application : '';
  if (/mimir/i.test(application)) return withVersion('mimir');
  if (/cortex/i.test(application)) return withVersion('cortex');
  if (typeof data.goVersion !== 'string') {
    // Prometheus, Thanos and Mimir always report the Go version they were built with.
    return withVersion('victoriametrics');
  }
  // Thanos's releases are 0.x; Prometheus's buildinfo endpoint exists since 2.14.
  if (version && /^v?0\./.test(version)) return withVersion('thanos');
  return withVersion('prometheus');
}

/** A display name for messages. */
export function backendName(kind: BackendKind): string {
  switch (kind) {
    case 'prometheus':
      return 'Prometheus';
    case 'thanos':
      return 'Thanos';
    case 'mimir':
      return 'Grafana Mimir';
    case 'cortex':
      return 'Cortex';
    case 'victoriametrics':
      return 'VictoriaMetrics';
    case 'unknown':
      return 'a Prometheus-compatible server';
    default:
      return kind satisfies never;
  }
}

function successData(body: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { status, data } = parsed as { status?: unknown; data?: unknown };
    if (status !== 'success' || typeof data !== 'object' || data === null || Array.isArray(data)) {
      return undefined;
    }
    return data as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function headerOf(headers: Record<string, unknown>, name: string): string | undefined {
  const value = headers[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}
