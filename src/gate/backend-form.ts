/**
 * The one place the backend decides how an SLI is asked: on VictoriaMetrics every rate() is read as
 * increase() over the same range divided by the range (see promql/metricsql.ts for why); elsewhere the
 * queries go out as compiled.
 */
import type { WindowQueries } from '../config/sli.js';
import { unreachable } from '../errors.js';
import type { Backend } from '../prometheus/backend.js';
import { rateAsIncrease } from '../promql/index.js';

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
