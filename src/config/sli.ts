/**
 * Every way a config writes an SLI (slo-gate's `sli.events` / `raw` / `latency` / `boolGauge`,
 * Sloth's `events` / `raw`, Pyrra's indicators) compiled once, at load, into the one form the gate
 * measures: events (error and total queries) or a ratio (one error-ratio query), as Sloth compiles
 * its SLIs. A classic-histogram latency SLI stays apart until the gate has looked up how Prometheus
 * spells its bucket boundary; latencyEvents then turns it into events. What the gate needs per SLI
 * is derived here too, so nothing above config/ knows which format an SLO was written in. Pure.
 */
import { unreachable, UsageError } from '../errors.js';
import {
  findSyntaxError,
  findTemplateSyntaxError,
  isMetricsqlProblem,
  groupBy,
  PromqlRewriteError,
  selectorLabelNames,
  substituteWindow,
  totalQueryUnit,
} from '../promql/index.js';
import { pathLabel } from './issues.js';
import { errorAt, type DocumentContext } from './resolve.js';
import { nodeAt, positionOf, valueCharPosition } from './yaml-source.js';
import type {
  EventsSli,
  LatencySli,
  MeasurableSli,
  Path as YamlPath,
  Sli,
  TotalUnit,
} from '../model/index.js';

interface Window {
  /** As the report labels it ("1h") and in seconds. */
  window: string;
  seconds: number;
}

/** An SLI's PromQL for one window, ready to send. */
export type WindowQueries =
  | (Window & { kind: 'events'; errorQuery: string; totalQuery: string; totalUnit: TotalUnit })
  | (Window & { kind: 'ratio'; errorRatioQuery: string });

export function queriesFor(sli: MeasurableSli, { window, seconds }: Window): WindowQueries {
  switch (sli.kind) {
    case 'events':
      return {
        kind: 'events',
        window,
        seconds,
        errorQuery: substituteWindow(sli.errorQuery, window),
        totalQuery: substituteWindow(sli.totalQuery, window),
        totalUnit: sli.totalUnit,
      };
    case 'ratio':
      return {
        kind: 'ratio',
        window,
        seconds,
        errorRatioQuery: substituteWindow(sli.errorRatioQuery, window),
      };
    default:
      return unreachable(sli);
  }
}

/** The error breakdown query over `window`; undefined when the SLI has no attribution. */
export function attributionQueryFor(
  sli: MeasurableSli,
  window: string,
): { labels: string[]; promql: string } | undefined {
  switch (sli.kind) {
    case 'events':
      return (
        sli.attribution && {
          labels: sli.attribution.labels,
          promql: substituteWindow(sli.attribution.errorQuery, window),
        }
      );
    case 'ratio':
      return undefined;
    default:
      return unreachable(sli);
  }
}

/** A query template as a config file wrote it, and where, for messages. */
export interface WrittenQuery {
  template: string;
  path: YamlPath;
}

/** A plain PromQL vector selector as written (`metric{label="value"}`), and where. */
export interface WrittenSelector {
  text: string;
  path: YamlPath;
}

/** A latency threshold as written ("300ms") and in seconds, and where. */
export interface WrittenThreshold {
  text: string;
  seconds: number;
  path: YamlPath;
}

/** An SLI as a config format wrote it, after the format's schema accepted it. */
export type WrittenSli =
  | { kind: 'events'; errorQuery: WrittenQuery; totalQuery: WrittenQuery }
  | { kind: 'ratio'; errorRatioQuery: WrittenQuery }
  /** Counters of errors and of all events, as selectors (Pyrra's ratio indicator). */
  | { kind: 'errorsOfTotal'; errors: WrittenSelector; total: WrittenSelector }
  /** Counters of good and of all events, as selectors (Pyrra's latency indicator). */
  | { kind: 'goodOfTotal'; good: WrittenSelector; total: WrittenSelector }
  /** A histogram by its base name and label matchers (`{...}` or absent), classic or native. */
  | {
      kind: 'latency';
      histogram: string;
      matchers: WrittenSelector | undefined;
      threshold: WrittenThreshold;
      native: boolean;
    }
  /** A native histogram as a selector of its series (Pyrra's latencyNative indicator). */
  | { kind: 'nativeLatency'; histogram: WrittenSelector; threshold: WrittenThreshold }
  /** A 0/1 gauge (probe_success, up): 0 samples are errors. */
  | { kind: 'boolGauge'; query: WrittenSelector };

/** The SLO's attribution labels as written (already valid label names), and where. */
export interface WrittenAttribution {
  labels: string[];
  path: YamlPath;
}

/**
 * The compiled SLI, every query template checked. A mistake is a UsageError pointing at the
 * query or attribution as written.
 */
export function compileSli(
  context: DocumentContext,
  written: WrittenSli,
  attribution: WrittenAttribution,
): Sli {
  switch (written.kind) {
    case 'events': {
      const { errorQuery, totalQuery } = written;
      checkQueryTemplate(context, errorQuery);
      checkQueryTemplate(context, totalQuery);
      return {
        kind: 'events',
        errorQuery: errorQuery.template,
        totalQuery: totalQuery.template,
        totalUnit: totalQueryUnit(totalQuery.template),
        ...(attribution.labels.length > 0
          ? { attribution: attributionOf(context, errorQuery, attribution) }
          : {}),
      };
    }
    case 'errorsOfTotal': {
      const errors = checkSelector(context, written.errors);
      const total = checkSelector(context, written.total);
      return builtEvents(attribution.labels, rateOf(errors), rateOf(total));
    }
    case 'goodOfTotal':
      return goodOfTotalEvents(
        checkSelector(context, written.good),
        checkSelector(context, written.total),
        attribution.labels,
      );
    case 'latency': {
      const matchers = written.matchers ? checkMatchers(context, written.matchers) : '';
      if (written.native) {
        const histogram = `${written.histogram}${matchers === '' ? '' : `{${matchers}}`}`;
        return nativeLatencyEvents(histogram, written.threshold.seconds, attribution.labels);
      }
      const { line, column } = positionOf(context.source, context.document, written.threshold.path);
      return {
        kind: 'latency',
        histogram: written.histogram,
        matchers,
        threshold: written.threshold.text,
        thresholdSeconds: written.threshold.seconds,
        attributionLabels: attribution.labels,
        thresholdSource: { file: context.source.file, line, column },
      };
    }
    case 'nativeLatency':
      return nativeLatencyEvents(
        checkSelector(context, written.histogram),
        written.threshold.seconds,
        attribution.labels,
      );
    case 'boolGauge':
      return boolGaugeEvents(checkSelector(context, written.query), attribution.labels);
    case 'ratio':
      checkQueryTemplate(context, written.errorRatioQuery);
      if (attribution.labels.length > 0) {
        throw errorAt(
          context,
          attribution.path,
          `${pathLabel(attribution.path)} needs an events SLI: a raw error ratio has no error query to break down by label`,
          'remove attribution, or write the SLI as events: { errorQuery: ..., totalQuery: ... }',
        );
      }
      return { kind: 'ratio', errorRatioQuery: written.errorRatioQuery.template };
    default:
      return unreachable(written);
  }
}

const WINDOW_PLACEHOLDER = /\{\{\s*\.window\s*\}\}/;

/** A PromQL syntax error inside a written value, pointing at the offending character. */
function promqlErrorAt(
  context: DocumentContext,
  path: YamlPath,
  syntax: { offset: number; message: string },
  fix: string,
): UsageError {
  const node = nodeAt(context.document, path);
  const { line, column } = node
    ? valueCharPosition(context.source, node, syntax.offset)
    : positionOf(context.source, context.document, path);
  return new UsageError(`${pathLabel(path)} is not valid PromQL: ${syntax.message}`, {
    file: context.source.file,
    line,
    column,
    fix,
  });
}

/** Syntax and `{{.window}}` check of one query template, pointing at the offending character. */
function checkQueryTemplate(context: DocumentContext, query: WrittenQuery): void {
  const syntax = findTemplateSyntaxError(query.template);
  // MetricsQL runs on VictoriaMetrics only: the gate judges it once it knows the backend.
  if (syntax && !isMetricsqlProblem(syntax)) {
    throw promqlErrorAt(
      context,
      query.path,
      syntax,
      'correct the query; it must parse once {{.window}} is replaced by a duration such as 5m',
    );
  }
  if (!WINDOW_PLACEHOLDER.test(query.template)) {
    throw errorAt(
      context,
      query.path,
      `${pathLabel(query.path)} does not use {{.window}}, so every window would measure the same range`,
      'write the range of the selectors as [{{.window}}], e.g. rate(http_requests_total[{{.window}}])',
    );
  }
}

function attributionOf(
  context: DocumentContext,
  errorQuery: WrittenQuery,
  attribution: WrittenAttribution,
): { labels: string[]; errorQuery: string } {
  try {
    // groupBy keeps the {{.window}} placeholders: one rewrite serves every window.
    return { labels: attribution.labels, errorQuery: groupBy(errorQuery.template, attribution.labels) };
  } catch (error) {
    if (!(error instanceof PromqlRewriteError)) throw error;
    throw errorAt(
      context,
      attribution.path,
      `${pathLabel(attribution.path)} cannot break down ${pathLabel(errorQuery.path)} by label: ${error.message}`,
      'make the error query a sum(...) or rate(...) of the error series, or remove attribution',
    );
  }
}

const WINDOW = '{{.window}}';

/** `sum` or `sum by (labels)`: the one aggregation every built query uses, so attribution only swaps it. */
function sumBy(labels: string[]): string {
  return labels.length > 0 ? `sum by (${[...new Set(labels)].join(', ')}) ` : 'sum';
}

/** The rate of a counter selector, aggregated by `sum`. */
const rateOf = (selector: string) => (sum: string) => `${sum}(rate(${selector}[${WINDOW}]))`;

/**
 * Events from queries built around one aggregation: `errors(sum)` and `total(sum)` with plain
 * `sum`, and with attribution labels the error query once more with `sum by (labels)`.
 */
function builtEvents(
  labels: string[],
  errors: (sum: string) => string,
  total: (sum: string) => string,
  totalUnit: TotalUnit = 'per-second',
): EventsSli {
  return {
    kind: 'events',
    errorQuery: errors(sumBy([])),
    totalQuery: total(sumBy([])),
    totalUnit,
    ...(labels.length > 0 ? { attribution: { labels, errorQuery: errors(sumBy(labels)) } } : {}),
  };
}

/** Errors are the events that are not good: rate(total) - rate(good). */
export function goodOfTotalEvents(good: string, total: string, labels: string[]): EventsSli {
  return builtEvents(labels, (sum) => `${rateOf(total)(sum)} - ${rateOf(good)(sum)}`, rateOf(total));
}

/**
 * A native histogram: the requests slower than the threshold are the count times the fraction
 * above it. histogram_fraction interpolates inside the bucket that holds the threshold, so the
 * count is exact only when the threshold is a bucket boundary.
 */
export function nativeLatencyEvents(
  histogram: string,
  thresholdSeconds: number,
  labels: string[],
): EventsSli {
  const rate = rateOf(histogram);
  return builtEvents(
    labels,
    (sum) => `histogram_count(${rate(sum)}) * (1 - histogram_fraction(0, ${thresholdSeconds}, ${rate(sum)}))`,
    (sum) => `histogram_count(${rate(sum)})`,
  );
}

/** A 0/1 gauge: every sample is an event, and a 0 sample an error (count - sum of the samples). */
export function boolGaugeEvents(query: string, labels: string[]): EventsSli {
  const count = (sum: string) => `${sum}(count_over_time(${query}[${WINDOW}]))`;
  return builtEvents(
    labels,
    (sum) => `${count(sum)} - ${sum}(sum_over_time(${query}[${WINDOW}]))`,
    count,
    'count',
  );
}

/**
 * A classic-histogram latency SLI as events, once the gate knows the `le` values Prometheus holds
 * for its buckets: requests in the threshold's bucket are good.
 */
export function latencyEvents(sli: LatencySli, leMatcher: string): EventsSli {
  const withMatchers = (extra: string) => {
    const matchers = [sli.matchers, extra].filter((m) => m !== '').join(', ');
    return matchers === '' ? '' : `{${matchers}}`;
  };
  return goodOfTotalEvents(
    `${sli.histogram}_bucket${withMatchers(leMatcher)}`,
    `${sli.histogram}_count${withMatchers('')}`,
    sli.attributionLabels,
  );
}

/** Which `le` values equal the threshold: the matcher to use, or the nearest boundaries for the error. */
export type BucketChoice =
  { found: true; leMatcher: string } | { found: false; below?: string; above?: string };

/**
 * The `le` matcher for a threshold among the boundaries Prometheus holds ("0.3" and "0.30" are the
 * same boundary; several spellings are all matched). Without any bucket series, the threshold's own
 * spelling: the queries then find no data, which onNoData judges.
 */
export function chooseBucket(thresholdSeconds: number, leValues: string[]): BucketChoice {
  const boundaries = leValues
    .map((text) => ({ text, value: Number(text) }))
    .filter(({ value }) => Number.isFinite(value));
  if (leValues.length === 0) return { found: true, leMatcher: `le="${thresholdSeconds}"` };
  const equal = (value: number) => Math.abs(value - thresholdSeconds) <= 1e-9 * thresholdSeconds;
  const matching = [...new Set(boundaries.filter(({ value }) => equal(value)).map(({ text }) => text))];
  if (matching.length === 1) return { found: true, leMatcher: `le="${matching[0]}"` };
  if (matching.length > 1) {
    const alternatives = matching.map((text) => text.replace(/[.+]/g, '\\\\$&')).join('|');
    return { found: true, leMatcher: `le=~"${alternatives}"` };
  }
  const below = boundaries
    .filter(({ value }) => value < thresholdSeconds)
    .sort((a, b) => b.value - a.value)[0];
  const above = boundaries
    .filter(({ value }) => value > thresholdSeconds)
    .sort((a, b) => a.value - b.value)[0];
  return { found: false, ...(below ? { below: below.text } : {}), ...(above ? { above: above.text } : {}) };
}

/** A selector as written, checked to be one plain vector selector; its text. */
function checkSelector(context: DocumentContext, selector: WrittenSelector): string {
  const syntax = findSyntaxError(selector.text);
  if (syntax) {
    throw promqlErrorAt(
      context,
      selector.path,
      syntax,
      'write a metric selector such as http_requests_total{job="api"}',
    );
  }
  if (!selectorLabelNames(selector.text)) {
    throw errorAt(
      context,
      selector.path,
      `${pathLabel(selector.path)} must be a metric selector, not an expression: slo-gate adds the range and the functions itself`,
      'write only the metric and its labels, e.g. http_requests_total{job="api",code=~"5.."}',
    );
  }
  return selector.text.trim();
}

/** Label matchers written as `{a="b"}` (or without braces), checked; the text inside the braces. */
function checkMatchers(context: DocumentContext, matchers: WrittenSelector): string {
  const written = matchers.text.trim();
  const braced = written.startsWith('{') ? written : `{${written}}`;
  const labels = selectorLabelNames(braced);
  const fix = 'write label matchers in braces, e.g. selector: \'{service="checkout"}\'';
  if (!labels || !braced.startsWith('{')) {
    throw errorAt(context, matchers.path, `${pathLabel(matchers.path)} is not a list of label matchers`, fix);
  }
  if (labels.includes('le') || labels.includes('__name__')) {
    throw errorAt(
      context,
      matchers.path,
      `${pathLabel(matchers.path)} must not match on ${labels.includes('le') ? 'le' : '__name__'}: slo-gate picks the histogram's series and bucket from histogram and threshold`,
      'remove that matcher; the bucket comes from threshold',
    );
  }
  return braced.slice(1, -1).trim().replace(/,\s*$/, '');
}
