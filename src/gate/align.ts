/**
 * Query times chosen so that a query-frontend's results cache can answer them. Pure.
 *
 * - Range queries: Mimir caches a range query only when its start and end are multiples of its step
 *   (unless told to cache unaligned ones); Thanos's query-frontend (by default) and Cortex's (when
 *   configured) move start and end down to such multiples themselves. Asked aligned, every server
 *   answers the same points, and a cache can reuse them from one run to the next.
 * - Instant queries: asked at a time rounded down to a boundary (prometheus.alignTime), runs within
 *   the same boundary send byte-identical requests, which a cache in front of the server can share.
 *   Only where the backend is a query-frontend kind: Prometheus itself caches no results, so there
 *   the exact time costs nothing.
 */
import type { BackendKind } from '../prometheus/backend.js';

/** Backends usually queried through a query-frontend with a results cache. */
const QUERY_FRONTEND_BACKENDS: ReadonlySet<BackendKind> = new Set(['thanos', 'mimir', 'cortex']);

export function hasQueryFrontend(kind: BackendKind): boolean {
  return QUERY_FRONTEND_BACKENDS.has(kind);
}

/**
 * The span moved down to multiples of the step, as Thanos's and Cortex's step alignment does: the
 * same length for a span of whole steps, its newest point at most one step older than asked.
 */
export function alignSpanToStep(
  span: { start: Date; end: Date },
  stepSeconds: number,
): { start: Date; end: Date } {
  const stepMs = stepSeconds * 1000;
  const down = (time: Date) => new Date(Math.floor(time.getTime() / stepMs) * stepMs);
  return { start: down(span.start), end: down(span.end) };
}

/**
 * The evaluation time of a run's instant queries: `at` rounded down to a multiple of `alignMs` where
 * the backend is a query-frontend kind; `at` itself otherwise, and when alignMs is 0 (off).
 */
export function alignedEvaluationTime(at: Date, alignMs: number, backend: BackendKind): Date {
  if (!(alignMs > 0) || !hasQueryFrontend(backend)) return at;
  return new Date(Math.floor(at.getTime() / alignMs) * alignMs);
}
