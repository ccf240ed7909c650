/**
 * Specs that depend on Sloth's VictoriaMetrics plugin: named as not supported in one sentence. Their
 * MetricsQL queries themselves load (as an slo-gate `sli:` does): only the backend can tell whether
 * they run, and VictoriaMetrics does.
 */
import type { Path } from '../../model/index.js';
import { isMapping, unsupported, type SpecDocument } from './common.js';

/** Sloth's plugin that checks a spec's queries against MetricsQL: the spec targets VictoriaMetrics. */
const VICTORIA_METRICS_PLUGIN = /victoria_?metrics/i;

/** Throws the "not supported" sentence when the document uses Sloth's VictoriaMetrics plugin. */
export function rejectMetricsql(document: SpecDocument): void {
  walk(document.value, [], (value, path) => {
    const key = path[path.length - 1];
    if (key === 'id' && typeof value === 'string' && VICTORIA_METRICS_PLUGIN.test(value)) {
      throw unsupported(
        document.context,
        path,
        `the VictoriaMetrics plugin ${value} (MetricsQL)`,
        'slo-gate reads the SLI queries of a spec, not Sloth plugins',
        'write the SLI queries in place of the plugin (MetricsQL runs when prometheus.url is VictoriaMetrics), or leave this spec out of slo-gate',
      );
    }
  });
}

function walk(value: unknown, path: Path, visit: (value: unknown, path: Path) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
  else if (isMapping(value))
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
}
