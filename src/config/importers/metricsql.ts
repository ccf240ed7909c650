/**
 * Specs written for VictoriaMetrics (MetricsQL) rather than Prometheus: named as not supported in
 * one sentence instead of failing as a PromQL syntax error somewhere in the query.
 */
import type { Path } from '../../model/index.js';
import { findTemplateSyntaxError } from '../../promql/index.js';
import { isMapping, unsupported, type SpecDocument } from './common.js';

/** Sloth's plugin that checks a spec's queries against MetricsQL: the spec targets VictoriaMetrics. */
const VICTORIA_METRICS_PLUGIN = /victoria_?metrics/i;

/** Functions (and the WITH template) that exist in MetricsQL only; a query using one is not PromQL. */
const METRICSQL_ONLY =
  /\b(histogram_share|histogram_over_time|share_(?:le|gt|lt|ge|eq)_over_time|count_(?:le|gt|lt|ge|eq|ne)_over_time|rollup(?:_\w+)?|range_(?:first|last|avg|max|min|sum|median)|increase_pure|default_rollup|running_(?:sum|avg|max|min)|WITH)\s*\(/;

/** Throws the "not supported" sentence when the document targets MetricsQL. */
export function rejectMetricsql(document: SpecDocument): void {
  walk(document.value, [], (value, path) => {
    const key = path[path.length - 1];
    if (key === 'id' && typeof value === 'string' && VICTORIA_METRICS_PLUGIN.test(value)) {
      throw unsupported(
        document.context,
        path,
        `the VictoriaMetrics plugin ${value} (MetricsQL)`,
        'slo-gate queries Prometheus with PromQL only',
        'remove the plugin and write the SLI queries in PromQL, or leave this spec out of slo-gate',
      );
    }
    if (typeof key === 'string' && /query|promql/i.test(key) && typeof value === 'string') {
      const metricsql = METRICSQL_ONLY.exec(value);
      if (metricsql && findTemplateSyntaxError(value)) {
        throw unsupported(
          document.context,
          path,
          `the MetricsQL function ${metricsql[1]}()`,
          'slo-gate queries Prometheus with PromQL only',
          'write the query in PromQL, or leave this SLO out of slo-gate',
        );
      }
    }
  });
}

function walk(value: unknown, path: Path, visit: (value: unknown, path: Path) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
  else if (isMapping(value))
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
}
