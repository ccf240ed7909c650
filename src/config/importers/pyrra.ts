/**
 * Pyrra `ServiceLevelObjective` resources (apiVersion pyrra.dev/v1alpha1) read as SLOs, so the
 * objectives Pyrra alerts on gate releases unchanged. Each indicator compiles to the error ratio
 * Pyrra's own burn-rate rules compute over a window:
 *   ratio          sum(rate(errors[w])) / sum(rate(total[w]))
 *   latency        (sum(rate(total[w])) - sum(rate(success[w]))) / sum(rate(total[w]))
 *   latencyNative  1 - histogram_fraction(0, latency, sum(rate(total[w])))
 *   bool_gauge     (sum(count_over_time(m[w])) - sum(sum_over_time(m[w]))) / sum(count_over_time(m[w]))
 * Pyrra's `grouping` splits one resource into an SLO per group; slo-gate judges the whole service
 * and breaks its errors down by those labels instead (attribution). The SLO is named after
 * metadata.name; alerting and the resource's other fields only shape Pyrra's rules: ignored.
 * Pure: takes parsed YAML.
 */
import { z } from 'zod';
import { isLabelName, selectorLabelNames } from '../../promql/index.js';
import type { Path as YamlPath, Policy, PyrraIncrease, SloDefinition } from '../../model/index.js';
import { DEFAULT_ON_NO_DATA } from '../defaults.js';
import { expect, firstIssueError, mappingOf, problem } from '../issues.js';
import { buildSlo, errorAt, resolvePolicy, type DocumentContext, type SloFields } from '../resolve.js';
import { duration, latencyThreshold, objectivePercent, sloName } from '../schema.js';
import { compileSli, type WrittenSelector, type WrittenSli } from '../sli.js';
import { documentValue, type YamlSource } from '../yaml-source.js';

export const PYRRA_API_VERSION = 'pyrra.dev/v1alpha1';
const PYRRA_KIND = 'ServiceLevelObjective';

const ignored = z.unknown();

function metricOf(example: string) {
  const wording = expect('a PromQL metric selector (a string)', `write e.g. metric: ${example}`);
  return z.strictObject(
    { metric: z.string(wording).min(1, wording) },
    mappingOf(['metric'], 'a mapping with metric', `write e.g. { metric: ${example} }`),
  );
}

const grouping = z
  .array(
    z
      .string(expect('a label name', 'write label names such as route'))
      .refine(isLabelName, expect('a label name (letters, digits and _)', 'write label names such as route')),
    expect('a list of label names', 'write e.g. grouping: [route]'),
  )
  .optional();

const INDICATORS = ['ratio', 'latency', 'latencyNative', 'bool_gauge'] as const;
const indicatorSchema = z
  .strictObject(
    {
      ratio: z
        .strictObject(
          {
            errors: metricOf('http_requests_total{job="api",code=~"5.."}'),
            total: metricOf('http_requests_total{job="api"}'),
            grouping,
          },
          mappingOf(
            ['errors', 'total', 'grouping'],
            'a mapping with errors and total',
            'write errors: and total:',
          ),
        )
        .optional(),
      latency: z
        .strictObject(
          {
            success: metricOf('http_request_duration_seconds_bucket{job="api",le="0.3"}'),
            total: metricOf('http_request_duration_seconds_count{job="api"}'),
            grouping,
          },
          mappingOf(
            ['success', 'total', 'grouping'],
            'a mapping with success and total',
            'write success: and total:',
          ),
        )
        .optional(),
      latencyNative: z
        .strictObject(
          {
            total: metricOf('http_request_duration_seconds{job="api"}'),
            latency: latencyThreshold(),
            grouping,
          },
          mappingOf(
            ['total', 'latency', 'grouping'],
            'a mapping with total and latency',
            'write total: and latency: (e.g. latency: 300ms)',
          ),
        )
        .optional(),
      bool_gauge: z
        .strictObject(
          {
            metric: z.string(
              expect(
                'a PromQL metric selector (a string)',
                'write e.g. metric: probe_success{job="blackbox"}',
              ),
            ),
            grouping,
          },
          mappingOf(
            ['metric', 'grouping'],
            'a mapping with metric',
            'write e.g. metric: probe_success{job="blackbox"}',
          ),
        )
        .optional(),
    },
    mappingOf(
      [...INDICATORS],
      'a mapping with one indicator',
      'write one of ratio:, latency:, latencyNative: or bool_gauge:',
    ),
  )
  .superRefine((indicator, ctx) => {
    const written = INDICATORS.filter((kind) => indicator[kind] !== undefined);
    if (written.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: problem(
          written.length === 0
            ? 'needs one of ratio, latency, latencyNative or bool_gauge'
            : `needs exactly one indicator, not ${written.join(' and ')}`,
          written.length === 0
            ? 'write one of ratio:, latency:, latencyNative: or bool_gauge:'
            : 'keep one of them',
        ),
      });
    }
  });

const SPEC_KEYS = ['description', 'target', 'window', 'indicator', 'alerting', 'partial_response_strategy'];
const pyrraSchema = z.strictObject(
  {
    apiVersion: z.literal(
      PYRRA_API_VERSION,
      expect(`"${PYRRA_API_VERSION}"`, `write apiVersion: ${PYRRA_API_VERSION}`),
    ),
    kind: z.literal(PYRRA_KIND, expect(PYRRA_KIND, `write kind: ${PYRRA_KIND}`)),
    // Kubernetes metadata carries much else (namespace, labels, uid, ...): only the name is read.
    metadata: z.looseObject(
      { name: sloName() },
      expect('a mapping with name', 'write metadata: { name: checkout-availability }'),
    ),
    spec: z.strictObject(
      {
        description: z.string(expect('a string', 'quote the description')).optional(),
        target: objectivePercent(),
        window: duration(),
        indicator: indicatorSchema,
        alerting: ignored.optional(),
        partial_response_strategy: ignored.optional(),
      },
      mappingOf(
        SPEC_KEYS,
        'a mapping with target, window and indicator',
        'write e.g. spec: { target: "99.9", window: 4w, indicator: ... }',
      ),
    ),
    status: ignored.optional(),
  },
  mappingOf(
    ['apiVersion', 'kind', 'metadata', 'spec', 'status'],
    'a Pyrra ServiceLevelObjective',
    `write apiVersion: ${PYRRA_API_VERSION}, kind: ${PYRRA_KIND}, metadata: and spec:`,
  ),
);
type PyrraInput = z.infer<typeof pyrraSchema>;

/** A document is a Pyrra resource when it names Pyrra's API group. */
export function looksLikePyrra(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const apiVersion = (value as Record<string, unknown>).apiVersion;
  return typeof apiVersion === 'string' && apiVersion.startsWith('pyrra.dev/');
}

/** Every Pyrra SLO in a file (one per YAML document), with `policy` applied to each. */
export function pyrraSlos(source: YamlSource, policy: Policy): SloDefinition[] {
  return source.documents.flatMap((document) => {
    const context: DocumentContext = { source, document };
    const value = documentValue(source, document);
    // An empty document (a trailing ---) holds no SLO.
    if (value === null || value === undefined) return [];
    if (!looksLikePyrra(value)) {
      throw errorAt(
        context,
        [],
        `not a Pyrra ServiceLevelObjective: a Pyrra file's documents start with apiVersion: ${PYRRA_API_VERSION}`,
        'keep only Pyrra ServiceLevelObjective documents in this file',
      );
    }
    const parsed = pyrraSchema.safeParse(value);
    if (!parsed.success) throw firstIssueError(source, document, parsed.error.issues);
    const slo = parsed.data;
    const success = slo.spec.indicator.latency?.success.metric;
    // Pyrra's latency counts the requests of one bucket as its successes: without le it would count all.
    if (success !== undefined && selectorLabelNames(success)?.includes('le') === false) {
      throw errorAt(
        context,
        ['spec', 'indicator', 'latency', 'success', 'metric'],
        'spec.indicator.latency.success.metric has no le matcher, so every request would count as a success',
        'select the bucket of the latency threshold, e.g. http_request_duration_seconds_bucket{job="api",le="0.3"}',
      );
    }
    const { sli, labels } = writtenSli(slo.spec.indicator);
    return [
      buildSlo(context, [], {
        name: slo.metadata.name,
        objectivePercent: slo.spec.target,
        window: slo.spec.window,
        sli: compileSli(context, sli, { labels: labels.names, path: labels.path }),
        onNoData: DEFAULT_ON_NO_DATA,
        ...pyrraRecorded(slo.metadata.name, slo.spec.indicator, labels.names),
        policy: resolvePolicy(policy, undefined),
      }),
    ];
  });
}

/**
 * The recording rules Pyrra generates for the resource, read where they exist. A grouped indicator
 * records a ratio per group, which do not add up to the service's: it is measured raw.
 */
function pyrraRecorded(
  name: string,
  indicator: PyrraInput['spec']['indicator'],
  grouping: string[],
): Pick<SloFields, 'recorded'> {
  if (grouping.length > 0) return {};
  let increase: PyrraIncrease | undefined;
  if (indicator.ratio) {
    increase = {
      kind: 'errors',
      counted: indicator.ratio.errors.metric,
      total: indicator.ratio.total.metric,
    };
  } else if (indicator.latency) {
    increase = {
      kind: 'good',
      counted: indicator.latency.success.metric,
      total: indicator.latency.total.metric,
    };
  }
  return {
    recorded: { rules: { tool: 'pyrra', slo: name, ...(increase ? { increase } : {}) }, detected: true },
  };
}

/** Pyrra's indicator as the compiler reads it, and its grouping as attribution labels. */
function writtenSli(indicator: PyrraInput['spec']['indicator']): {
  sli: WrittenSli;
  labels: { names: string[]; path: YamlPath };
} {
  const at = (kind: string, ...rest: string[]): YamlPath => ['spec', 'indicator', kind, ...rest];
  const selector = (text: string, path: YamlPath): WrittenSelector => ({ text, path });
  const labels = (kind: string, names: string[] | undefined) => ({
    names: names ?? [],
    path: at(kind, 'grouping'),
  });
  if (indicator.ratio) {
    const { errors, total } = indicator.ratio;
    return {
      sli: {
        kind: 'errorsOfTotal',
        errors: selector(errors.metric, at('ratio', 'errors', 'metric')),
        total: selector(total.metric, at('ratio', 'total', 'metric')),
      },
      labels: labels('ratio', indicator.ratio.grouping),
    };
  }
  if (indicator.latency) {
    const { success, total } = indicator.latency;
    return {
      sli: {
        kind: 'goodOfTotal',
        good: selector(success.metric, at('latency', 'success', 'metric')),
        total: selector(total.metric, at('latency', 'total', 'metric')),
      },
      labels: labels('latency', indicator.latency.grouping),
    };
  }
  if (indicator.latencyNative) {
    const { total, latency } = indicator.latencyNative;
    return {
      sli: {
        kind: 'nativeLatency',
        histogram: selector(total.metric, at('latencyNative', 'total', 'metric')),
        threshold: { ...latency, path: at('latencyNative', 'latency') },
      },
      labels: labels('latencyNative', indicator.latencyNative.grouping),
    };
  }
  if (indicator.bool_gauge) {
    return {
      sli: { kind: 'boolGauge', query: selector(indicator.bool_gauge.metric, at('bool_gauge', 'metric')) },
      labels: labels('bool_gauge', indicator.bool_gauge.grouping),
    };
  }
  // The schema accepts exactly one indicator.
  throw new Error('Pyrra indicator of no kind passed validation');
}
