/**
 * The one place the backend decides how an SLI is asked: on VictoriaMetrics every rate() is read as
 * increase() over the same range divided by the range (see promql/metricsql.ts for why); elsewhere the
 * queries go out as compiled. MetricsQL (accepted at load) runs on VictoriaMetrics only.
 */
import type { WindowQueries } from '../config/sli.js';
import { unreachable } from '../errors.js';
import { backendName, type Backend } from '../prometheus/backend.js';
import { findSyntaxError, isMetricsqlProblem, mentionsMetricsql, rateAsIncrease } from '../promql/index.js';

/** Whether this backend's rate() is wrong for series younger than the window. */
export function readsRateAsIncrease(backend: Backend): boolean {
  return backend.kind === 'victoriametrics';
}

/** A query in the form the backend answers correctly. */
export function queryForBackend(promql: string, backend: Backend): string {
  return readsRateAsIncrease(backend) ? rateAsIncrease(promql) : promql;
}

/** A window's queries in the form the backend answers correctly. */
export function windowQueriesForBackend(queries: WindowQueries, backend: Backend): WindowQueries {
  if (!readsRateAsIncrease(backend)) return queries;
  switch (queries.kind) {
    case 'events':
      return {
        ...queries,
        errorQuery: rateAsIncrease(queries.errorQuery),
        totalQuery: rateAsIncrease(queries.totalQuery),
      };
    case 'ratio':
      return { ...queries, errorRatioQuery: rateAsIncrease(queries.errorRatioQuery) };
    default:
      return unreachable(queries);
  }
}

/** Backends known to run PromQL only; an unknown one is asked and answers for itself. */
const PROMQL_ONLY = new Set<Backend['kind']>(['prometheus', 'thanos', 'mimir', 'cortex']);

/**
 * Why a window's queries cannot run on this backend: MetricsQL sent to a server known to run PromQL
 * only. Undefined when they can.
 */
export function dialectProblem(queries: WindowQueries, backend: Backend): string | undefined {
  if (!PROMQL_ONLY.has(backend.kind)) return undefined;
  const named: [role: string, query: string][] =
    queries.kind === 'events'
      ? [
          ['errorQuery', queries.errorQuery],
          ['totalQuery', queries.totalQuery],
        ]
      : [['errorRatioQuery', queries.errorRatioQuery]];
  for (const [role, query] of named) {
    // A full parse per query would cost more than the query itself (3,200 of them for 200 SLOs).
    if (!mentionsMetricsql(query)) continue;
    const problem = findSyntaxError(query);
    if (problem && isMetricsqlProblem(problem)) {
      const version = backend.version ? ` ${backend.version}` : '';
      return (
        `${role} is not PromQL: ${problem.message} — ${backendName(backend.kind)}${version} runs PromQL ` +
        'only; write the query in PromQL, or point prometheus.url at VictoriaMetrics'
      );
    }
  }
  return undefined;
}
