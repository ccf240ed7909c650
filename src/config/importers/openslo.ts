/**
 * OpenSLO SLOs with Prometheus queries: `openslo/v1alpha` as Sloth reads it (objectives[].ratioMetrics
 * with good and total, source prometheus, queryType promql), and `openslo/v1` (an inline indicator
 * or an indicatorRef to a kind SLI of the same file set; ratioMetric good/bad/total or raw; metric
 * source type Prometheus, query in spec.query or spec.promql). Each objective is one SLO. The period is
 * the rolling time window, or a calendar-aligned one as slo-gate's calendar month or week
 * (openslo-calendar.ts).
 *
 * Queries: one that already uses `{{.window}}` (as Sloth's OpenSLO examples do) is taken as written;
 * in any other, the range of every range selector (`[5m]`) becomes `{{.window}}`, so each alert
 * window measures its own range. A `good` query becomes errors = total - good.
 */
import { z } from 'zod';
import type { CalendarPeriod, Path, Policy, SloDefinition } from '../../model/index.js';
import { withWindowRanges } from '../../promql/index.js';
import { parseDuration } from '../../slo/duration.js';
import { DEFAULT_ON_NO_DATA, DEFAULT_WINDOW } from '../defaults.js';
import { expect, pathLabel } from '../issues.js';
import { buildSlo, errorAt, resolvePolicy, type DocumentContext } from '../resolve.js';
import { SLO_NAME } from '../schema.js';
import { compileSli, type WrittenQuery, type WrittenSli } from '../sli.js';
import { fractionToPercent, isMapping, parseWith, unsupported, type SpecDocument } from './common.js';
import {
  calendarPeriodOf,
  calendarSchema,
  windowCalendar,
  type OpensloCalendar,
  type WindowLength,
} from './openslo-calendar.js';

export const OPENSLO_V1ALPHA = 'openslo/v1alpha';
export const OPENSLO_V1 = 'openslo/v1';

const WINDOW = /\{\{\s*\.window\s*\}\}/;

/** SLI and DataSource documents of the file set, by metadata.name, for indicatorRef and metricSourceRef. */
export interface OpensloReferences {
  slis: Map<string, SpecDocument>;
  dataSources: Map<string, SpecDocument>;
}

const text = (what: string, fix: string) => z.string(expect(what, fix)).min(1, expect(what, fix));
const metadataSchema = z.looseObject({
  name: text('a name', 'write metadata: { name: my-slo }'),
});

// ---------------------------------------------------------------- shared parts

interface Objective {
  target?: number | undefined;
  targetPercent?: number | undefined;
}

/** The objective in percent, from target (a fraction) or targetPercent. */
function objectivePercentOf(context: DocumentContext, path: Path, objective: Objective): number {
  const { target, targetPercent } = objective;
  if ((target === undefined) === (targetPercent === undefined)) {
    throw errorAt(
      context,
      path,
      `${pathLabel(path)} needs exactly one of target (a fraction, e.g. 0.999) or targetPercent (e.g. 99.9)`,
      'keep one of target: or targetPercent:',
    );
  }
  if (target !== undefined) {
    if (target > 1 && target < 100) {
      throw errorAt(
        context,
        [...path, 'target'],
        `${pathLabel([...path, 'target'])} ${target} looks like a percent; an OpenSLO target is a fraction — did you mean ${Number((target / 100).toPrecision(12))}?`,
        `write target: ${Number((target / 100).toPrecision(12))} or targetPercent: ${target}`,
      );
    }
    if (!(target > 0 && target < 1)) {
      throw errorAt(
        context,
        [...path, 'target'],
        `${pathLabel([...path, 'target'])} must be a fraction above 0 and below 1, got ${target}`,
        'write e.g. target: 0.999 (99.9 %)',
      );
    }
    return fractionToPercent(target);
  }
  if (!(targetPercent! > 0 && targetPercent! < 100)) {
    throw errorAt(
      context,
      [...path, 'targetPercent'],
      `${pathLabel([...path, 'targetPercent'])} must be a percentage above 0 and below 100, got ${targetPercent}`,
      'write e.g. targetPercent: 99.9',
    );
  }
  return targetPercent!;
}

function rejectTimeslices(context: DocumentContext, method: string | undefined): void {
  if (method === undefined || method === 'Occurrences') return;
  if (method === 'Timeslices' || method === 'RatioTimeslices') {
    throw unsupported(
      context,
      ['spec', 'budgetingMethod'],
      method,
      'slo-gate counts good and bad events over the whole period (Occurrences) and has no time slices to judge against timeSliceTarget or timeSliceWindow',
      'use budgetingMethod: Occurrences, or leave this SLO out of slo-gate',
    );
  }
  throw errorAt(
    context,
    ['spec', 'budgetingMethod'],
    `spec.budgetingMethod must be Occurrences, Timeslices or RatioTimeslices, got ${method}`,
    'write budgetingMethod: Occurrences',
  );
}

/** The query as a `{{.window}}` template, or an error at `path` saying why it cannot be one. */
function windowTemplate(context: DocumentContext, query: string, path: Path): WrittenQuery {
  if (WINDOW.test(query)) return { template: query, path };
  const windowed = withWindowRanges(query);
  if (windowed.ok) return { template: windowed.template, path };
  switch (windowed.reason) {
    // compileSli reports the syntax error at its character in the query as written.
    case 'syntax':
      return { template: query, path };
    case 'no-range':
      throw errorAt(
        context,
        path,
        `${pathLabel(path)} has no range selector such as [5m], so slo-gate cannot measure it over each alert window`,
        'query a counter over a range, e.g. sum(rate(http_requests_total[5m])) (the range is replaced by each window), or write [{{.window}}] where the range goes',
      );
    case 'subquery':
      throw unsupported(
        context,
        path,
        'a subquery',
        'its range and step cannot be replaced by each alert window',
        'write [{{.window}}] where the window goes yourself, or use a plain range selector such as rate(x[5m])',
      );
  }
}

interface RatioQueries {
  context: DocumentContext;
  good?: WrittenQuery;
  bad?: WrittenQuery;
  total: WrittenQuery;
}

/** good/bad over total as the compiled SLI; each query is checked where it is written first. */
function ratioSli(queries: RatioQueries): WrittenSli {
  const { context, good, bad, total } = queries;
  const numerator = (bad ?? good)!;
  // Checked on their own first, so a mistake points at the query as written, not at a composition.
  compileSli(context, { kind: 'events', errorQuery: numerator, totalQuery: total }, noAttribution);
  if (bad) return { kind: 'events', errorQuery: bad, totalQuery: total };
  return {
    kind: 'events',
    errorQuery: { template: `(${total.template}) - (${numerator.template})`, path: numerator.path },
    totalQuery: total,
  };
}

const noAttribution = { labels: [], path: [] };

/** The period of an OpenSLO SLO: a rolling window as written ("28d"), or a calendar period. */
interface SloPeriod {
  window: string;
  calendar?: CalendarPeriod;
}

interface SloParts {
  name: string;
  objectivePercent: number;
  period: SloPeriod;
  sli: WrittenSli;
  sliContext: DocumentContext;
}

function sloOf(context: DocumentContext, sloPath: Path, parts: SloParts, policy: Policy): SloDefinition {
  if (!SLO_NAME.test(parts.name)) {
    throw errorAt(
      context,
      ['metadata', 'name'],
      `SLO id "${parts.name}" is not a valid name`,
      'use letters, digits and _ . : -',
    );
  }
  return buildSlo(context, sloPath, {
    name: parts.name,
    objectivePercent: parts.objectivePercent,
    window: parts.period.window,
    ...(parts.period.calendar ? { calendar: parts.period.calendar } : {}),
    sli: compileSli(parts.sliContext, parts.sli, noAttribution),
    onNoData: DEFAULT_ON_NO_DATA,
    policy: resolvePolicy(policy, undefined),
  });
}

// ---------------------------------------------------------------- openslo/v1alpha (as Sloth reads it)

const v1alphaQuerySchema = z.looseObject({
  source: text('a metric source', 'write source: prometheus'),
  queryType: text('a query type', 'write queryType: promql'),
  query: text('a PromQL query', 'write query: sum(rate(http_requests_total[{{.window}}]))'),
});

const v1alphaSchema = z.looseObject({
  metadata: metadataSchema,
  spec: z.looseObject({
    service: text('a service name', 'write service: my-service'),
    budgetingMethod: z.string(expect('a string', 'write budgetingMethod: Occurrences')).optional(),
    indicator: z.unknown().optional(),
    objectives: z
      .array(
        z.looseObject({
          ratioMetrics: z.looseObject({ good: v1alphaQuerySchema, total: v1alphaQuerySchema }).optional(),
          target: z.number(expect('a fraction, e.g. 0.999', 'write target: 0.999')),
        }),
        expect('a list of objectives', 'write objectives: [{ ratioMetrics: ..., target: 0.999 }]'),
      )
      .min(1, expect('a list of at least one objective', 'add an objective under spec.objectives:')),
    timeWindows: z
      .array(
        z.looseObject({
          count: z
            .number(expect('a whole number', 'write count: 30'))
            .int(expect('a whole number', 'write count: 30')),
          unit: text('a unit', 'write unit: Day'),
          isRolling: z.boolean(expect('true or false', 'write isRolling: true')).optional(),
          calendar: calendarSchema.optional(),
        }),
        expect('a list of one time window', 'write timeWindows: [{ count: 30, unit: Day }]'),
      )
      .optional(),
  }),
});

// OpenSLO v1alpha's units; slo-gate's rolling periods are counted in days or weeks.
const V1ALPHA_UNITS: Record<string, WindowLength['unit']> = {
  second: 'second',
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};
const ROLLING_V1ALPHA_UNITS: Partial<Record<WindowLength['unit'], string>> = { day: 'd', week: 'w' };

export function opensloV1alphaSlos(document: SpecDocument, policy: Policy): SloDefinition[] {
  const { context } = document;
  const { metadata, spec } = parseWith(v1alphaSchema, document);
  rejectTimeslices(context, spec.budgetingMethod);
  if (isMapping(spec.indicator) && spec.indicator.thresholdMetric !== undefined) {
    throw unsupported(
      context,
      ['spec', 'indicator', 'thresholdMetric'],
      'a threshold metric',
      'slo-gate needs good and total events (ratioMetrics) to compute an error ratio',
      'write objectives[].ratioMetrics with good and total Prometheus queries',
    );
  }
  const period = v1alphaPeriod(context, spec.timeWindows);
  return spec.objectives.map((objective, index) => {
    const path = ['spec', 'objectives', index];
    const ratio = objective.ratioMetrics;
    if (!ratio) {
      throw errorAt(
        context,
        path,
        `${pathLabel(path)} has no ratioMetrics: slo-gate reads OpenSLO v1alpha objectives with ratioMetrics good and total, as Sloth does`,
        'write ratioMetrics: { good: { source: prometheus, queryType: promql, query: ... }, total: { ... } }',
      );
    }
    const query = (part: 'good' | 'total') => {
      const at = [...path, 'ratioMetrics', part];
      const written = ratio[part];
      if (written.source !== 'prometheus' && written.source !== 'sloth') {
        throw unsupported(
          context,
          [...at, 'source'],
          `metric source ${written.source}`,
          'slo-gate queries Prometheus only',
          'write source: prometheus with a PromQL query, or leave this SLO out of slo-gate',
        );
      }
      if (written.queryType !== 'promql') {
        throw unsupported(
          context,
          [...at, 'queryType'],
          `query type ${written.queryType}`,
          'slo-gate reads PromQL queries only',
          'write queryType: promql with a PromQL query',
        );
      }
      return windowTemplate(context, written.query, [...at, 'query']);
    };
    return sloOf(
      context,
      path,
      {
        // Sloth's id of an OpenSLO objective: <service>-<metadata.name>-<index>.
        name: `${spec.service}-${metadata.name}-${index}`,
        objectivePercent: objectivePercentOf(context, path, { target: objective.target }),
        period,
        sli: ratioSli({ context, good: query('good'), total: query('total') }),
        sliContext: context,
      },
      policy,
    );
  });
}

function v1alphaPeriod(
  context: DocumentContext,
  windows:
    | {
        count: number;
        unit: string;
        isRolling?: boolean | undefined;
        calendar?: OpensloCalendar | undefined;
      }[]
    | undefined,
): SloPeriod {
  if (!windows || windows.length === 0) return { window: DEFAULT_WINDOW };
  if (windows.length > 1) {
    throw errorAt(
      context,
      ['spec', 'timeWindows', 1],
      'spec.timeWindows has more than one time window',
      'keep exactly one',
    );
  }
  const [window] = windows as [(typeof windows)[number]];
  const path = ['spec', 'timeWindows', 0];
  const unit = V1ALPHA_UNITS[window.unit.toLowerCase()];
  const length = unit && {
    count: window.count,
    unit,
    written: `${window.count} ${window.unit}`,
    path: [...path, 'unit'],
  };
  const calendar = windowCalendar(context, { path, isRolling: window.isRolling, calendar: window.calendar });
  if (calendar) {
    if (!length) {
      throw errorAt(
        context,
        [...path, 'unit'],
        `${pathLabel([...path, 'unit'])} must be Second, Minute, Hour, Day, Week, Month, Quarter or Year, got ${window.unit}`,
        'write { count: 1, unit: Month } for a calendar month',
      );
    }
    return {
      window: DEFAULT_WINDOW,
      calendar: calendarPeriodOf(context, { path, length, calendar }),
    };
  }
  const rollingUnit = unit && ROLLING_V1ALPHA_UNITS[unit];
  if (!rollingUnit || window.count <= 0) {
    throw unsupported(
      context,
      [...path, 'unit'],
      `a rolling time window of ${window.count} ${window.unit}`,
      'slo-gate reads rolling periods counted in days or weeks, as Sloth reads days',
      'write e.g. { count: 30, unit: Day }, or { count: 1, unit: Month } with a calendar: for a calendar month',
    );
  }
  return { window: `${window.count}${rollingUnit}` };
}

// ---------------------------------------------------------------- openslo/v1

const metricSchema = z.looseObject({
  metricSource: z.looseObject({
    metricSourceRef: z.string(expect('a DataSource name', 'write metricSourceRef: prometheus')).optional(),
    type: z.string(expect('a metric source type', 'write type: Prometheus')).optional(),
    spec: z.record(z.string(), z.unknown(), expect('a mapping', 'write spec: { query: ... }')).optional(),
  }),
});

const sliSpecSchema = z.looseObject({
  thresholdMetric: z.unknown().optional(),
  ratioMetric: z
    .looseObject({
      good: metricSchema.optional(),
      bad: metricSchema.optional(),
      total: metricSchema.optional(),
      raw: metricSchema.optional(),
      rawType: z
        .enum(['success', 'failure'], expect('success or failure', 'write rawType: failure'))
        .optional(),
    })
    .optional(),
});

const v1SliSchema = z.looseObject({ metadata: metadataSchema, spec: sliSpecSchema });
const v1DataSourceSchema = z.looseObject({
  metadata: metadataSchema,
  spec: z.looseObject({ type: z.string(expect('a data source type', 'write type: Prometheus')).optional() }),
});

const v1SloSchema = z.looseObject({
  metadata: metadataSchema,
  spec: z.looseObject({
    indicator: z.looseObject({ spec: sliSpecSchema }).optional(),
    indicatorRef: z.string(expect('an SLI name', 'write indicatorRef: my-sli')).optional(),
    budgetingMethod: z.string(expect('a string', 'write budgetingMethod: Occurrences')).optional(),
    timeWindow: z
      .array(
        z.looseObject({
          duration: text('a duration such as 28d', 'write duration: 28d'),
          isRolling: z.boolean(expect('true or false', 'write isRolling: true')).optional(),
          calendar: calendarSchema.optional(),
        }),
        expect('a list of one time window', 'write timeWindow: [{ duration: 28d, isRolling: true }]'),
      )
      .optional(),
    objectives: z
      .array(
        z.looseObject({
          target: z.number(expect('a fraction, e.g. 0.999', 'write target: 0.999')).optional(),
          targetPercent: z.number(expect('a percentage, e.g. 99.9', 'write targetPercent: 99.9')).optional(),
          indicator: z.unknown().optional(),
          indicatorRef: z.unknown().optional(),
        }),
        expect('a list of objectives', 'write objectives: [{ target: 0.999 }]'),
      )
      .min(1, expect('a list of at least one objective', 'add an objective under spec.objectives:')),
  }),
});

/** The name of an SLI or DataSource document, for the references of the file set. */
export function referenceName(document: SpecDocument): string {
  return parseWith(z.looseObject({ metadata: metadataSchema }), document).metadata.name;
}

export function opensloV1Slos(
  document: SpecDocument,
  policy: Policy,
  references: OpensloReferences,
): SloDefinition[] {
  const { context } = document;
  const { metadata, spec } = parseWith(v1SloSchema, document);
  rejectTimeslices(context, spec.budgetingMethod);
  const period = v1Period(context, spec.timeWindow);
  spec.objectives.forEach((objective, index) => {
    if (objective.indicator !== undefined || objective.indicatorRef !== undefined) {
      throw unsupported(
        context,
        ['spec', 'objectives', index, objective.indicator !== undefined ? 'indicator' : 'indicatorRef'],
        'a composite SLO (an indicator per objective)',
        'slo-gate measures each SLO against one indicator',
        'write one SLO per indicator, each with spec.indicator or spec.indicatorRef',
      );
    }
  });
  const indicator = v1Indicator(document, spec.indicator?.spec, spec.indicatorRef, references);
  const sli = v1Sli(indicator, references);
  const several = spec.objectives.length > 1;
  return spec.objectives.map((objective, index) => {
    const path = ['spec', 'objectives', index];
    return sloOf(
      context,
      path,
      {
        name: several ? `${metadata.name}-${index}` : metadata.name,
        objectivePercent: objectivePercentOf(context, path, objective),
        period,
        sli,
        sliContext: indicator.document.context,
      },
      policy,
    );
  });
}

type SliSpec = z.infer<typeof sliSpecSchema>;

function v1Indicator(
  document: SpecDocument,
  inline: SliSpec | undefined,
  ref: string | undefined,
  references: OpensloReferences,
): { document: SpecDocument; path: Path; spec: SliSpec } {
  if ((inline === undefined) === (ref === undefined)) {
    throw errorAt(
      document.context,
      ['spec'],
      'spec needs exactly one of indicator (the SLI written inline) or indicatorRef (the name of a kind SLI)',
      'keep one of indicator: or indicatorRef:',
    );
  }
  if (inline) return { document, path: ['spec', 'indicator', 'spec'], spec: inline };
  const sli = references.slis.get(ref!);
  if (!sli) {
    const known = [...references.slis.keys()];
    throw errorAt(
      document.context,
      ['spec', 'indicatorRef'],
      `spec.indicatorRef "${ref}" names no SLI in the files slo-gate read${known.length ? ` (SLIs: ${known.join(', ')})` : ''}`,
      'include the file with that kind: SLI, or correct the name',
    );
  }
  return { document: sli, path: ['spec'], spec: parseWith(v1SliSchema, sli).spec };
}

function v1Sli(
  { document, path, spec }: { document: SpecDocument; path: Path; spec: SliSpec },
  references: OpensloReferences,
): WrittenSli {
  const { context } = document;
  const { thresholdMetric, ratioMetric } = spec;
  if (thresholdMetric !== undefined) {
    throw unsupported(
      context,
      [...path, 'thresholdMetric'],
      'a threshold metric',
      'slo-gate needs good (or bad) and total events (ratioMetric) to compute an error ratio',
      'write a ratioMetric with good (or bad) and total Prometheus queries',
    );
  }
  if (!ratioMetric) {
    throw errorAt(
      context,
      path,
      `${pathLabel(path)} needs a ratioMetric`,
      'write ratioMetric: { good: ..., total: ... }',
    );
  }
  const ratioPath = [...path, 'ratioMetric'];
  const query = (part: 'good' | 'bad' | 'total' | 'raw') => {
    const metric = ratioMetric[part];
    return (
      metric &&
      prometheusQuery(document, [...ratioPath, part, 'metricSource'], metric.metricSource, references)
    );
  };
  if (ratioMetric.raw) {
    if (ratioMetric.good || ratioMetric.bad || ratioMetric.total) {
      throw errorAt(
        context,
        [...ratioPath, 'raw'],
        `${pathLabel([...ratioPath, 'raw'])} cannot be used with good, bad or total`,
        'keep raw with rawType, or good/bad with total',
      );
    }
    if (!ratioMetric.rawType) {
      throw errorAt(
        context,
        ratioPath,
        `${pathLabel(ratioPath)}.rawType is missing: it must be success or failure`,
        'write rawType: failure (raw is an error ratio) or rawType: success',
      );
    }
    const raw = query('raw')!;
    compileSli(context, { kind: 'ratio', errorRatioQuery: raw }, noAttribution);
    return ratioMetric.rawType === 'failure'
      ? { kind: 'ratio', errorRatioQuery: raw }
      : { kind: 'ratio', errorRatioQuery: { template: `1 - (${raw.template})`, path: raw.path } };
  }
  if ((ratioMetric.good === undefined) === (ratioMetric.bad === undefined) || !ratioMetric.total) {
    throw errorAt(
      context,
      ratioPath,
      `${pathLabel(ratioPath)} needs total and exactly one of good or bad`,
      'write good: (or bad:) and total:, each with a metricSource',
    );
  }
  return ratioSli({ context, good: query('good'), bad: query('bad'), total: query('total')! });
}

function prometheusQuery(
  document: SpecDocument,
  path: Path,
  source: z.infer<typeof metricSchema>['metricSource'],
  references: OpensloReferences,
): WrittenQuery {
  const { context } = document;
  let type = source.type;
  if (type === undefined && source.metricSourceRef !== undefined) {
    const dataSource = references.dataSources.get(source.metricSourceRef);
    if (!dataSource) {
      throw errorAt(
        context,
        [...path, 'metricSourceRef'],
        `${pathLabel([...path, 'metricSourceRef'])} "${source.metricSourceRef}" names no DataSource in the files slo-gate read`,
        'write type: Prometheus next to it, or include the file with that kind: DataSource',
      );
    }
    type = parseWith(v1DataSourceSchema, dataSource).spec.type;
  }
  if (type === undefined || type.toLowerCase() !== 'prometheus') {
    throw unsupported(
      context,
      type === undefined ? path : [...path, 'type'],
      `metric source ${type ?? '(no type)'}`,
      'slo-gate queries Prometheus only',
      'write type: Prometheus with spec.query, or leave this SLO out of slo-gate',
    );
  }
  const spec = source.spec ?? {};
  const key =
    typeof spec.query === 'string' ? 'query' : typeof spec.promql === 'string' ? 'promql' : undefined;
  if (!key) {
    throw errorAt(
      context,
      [...path, 'spec'],
      `${pathLabel([...path, 'spec'])} needs query: (or promql:) with a PromQL query`,
      'write spec: { query: sum(rate(http_requests_total[5m])) }',
    );
  }
  return windowTemplate(context, spec[key] as string, [...path, 'spec', key]);
}

const V1_DURATION = /^(\d+)([smhdwMQY])$/;
const V1_UNITS: Record<string, WindowLength['unit']> = {
  s: 'second',
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  M: 'month',
  Q: 'quarter',
  Y: 'year',
};

function v1Period(
  context: DocumentContext,
  windows:
    | { duration: string; isRolling?: boolean | undefined; calendar?: OpensloCalendar | undefined }[]
    | undefined,
): SloPeriod {
  if (!windows || windows.length === 0) return { window: DEFAULT_WINDOW };
  if (windows.length > 1) {
    throw errorAt(
      context,
      ['spec', 'timeWindow', 1],
      'spec.timeWindow has more than one time window',
      'keep exactly one',
    );
  }
  const [window] = windows as [(typeof windows)[number]];
  const path = ['spec', 'timeWindow', 0];
  const durationPath = [...path, 'duration'];
  const match = V1_DURATION.exec(window.duration);
  const calendar = windowCalendar(context, { path, isRolling: window.isRolling, calendar: window.calendar });
  if (calendar) {
    if (!match) {
      throw errorAt(
        context,
        durationPath,
        `${pathLabel(durationPath)} must be a duration such as 1M or 1w, got ${window.duration}`,
        'write duration: 1M for a calendar month, or 1w for a calendar week',
      );
    }
    const length = {
      count: Number(match[1]),
      unit: V1_UNITS[match[2]!]!,
      written: window.duration,
      path: durationPath,
    };
    return {
      window: DEFAULT_WINDOW,
      calendar: calendarPeriodOf(context, { path, length, calendar }),
    };
  }
  if (match && 'MQY'.includes(match[2]!)) {
    throw unsupported(
      context,
      durationPath,
      `a rolling period of ${window.duration}`,
      'months, quarters and years have no fixed length',
      'write the period in days or weeks, e.g. 30d or 4w, or a calendar window (isRolling: false, calendar:) for a calendar month',
    );
  }
  if (!match || parseDuration(window.duration) === undefined) {
    throw errorAt(
      context,
      durationPath,
      `${pathLabel(durationPath)} must be a duration such as 28d or 4w, got ${window.duration}`,
      'write duration: 28d',
    );
  }
  return { window: window.duration };
}
