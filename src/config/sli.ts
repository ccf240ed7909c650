/**
 * Every way a config writes an SLI (slo-gate's `sli.events` / `sli.raw`, Sloth's `events` / `raw`)
 * compiled once, at load, into the one form the gate measures: events (error and total queries) or
 * a ratio (one error-ratio query), as Sloth compiles its SLIs. What the gate needs per SLI is derived
 * here too, so nothing above config/ knows which format an SLO was written in. Pure: no file access.
 */
import { unreachable, UsageError } from '../errors.js';
import {
  findTemplateSyntaxError,
  groupBy,
  PromqlRewriteError,
  substituteWindow,
  totalQueryUnit,
} from '../promql/index.js';
import { pathLabel } from './issues.js';
import { errorAt, type DocumentContext } from './resolve.js';
import { nodeAt, positionOf, valueCharPosition } from './yaml-source.js';
import type { Path as YamlPath, Sli, TotalUnit } from '../model/index.js';

interface Window {
  /** As the report labels it ("1h") and in seconds. */
  window: string;
  seconds: number;
}

/** An SLI's PromQL for one window, ready to send. */
export type WindowQueries =
  | (Window & { kind: 'events'; errorQuery: string; totalQuery: string; totalUnit: TotalUnit })
  | (Window & { kind: 'ratio'; errorRatioQuery: string });

export function queriesFor(sli: Sli, { window, seconds }: Window): WindowQueries {
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
  sli: Sli,
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

/** An SLI as a config format wrote it, after the format's schema accepted it. */
export type WrittenSli =
  | { kind: 'events'; errorQuery: WrittenQuery; totalQuery: WrittenQuery }
  | { kind: 'ratio'; errorRatioQuery: WrittenQuery };

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

/** Syntax and `{{.window}}` check of one query template, pointing at the offending character. */
function checkQueryTemplate(context: DocumentContext, query: WrittenQuery): void {
  const syntax = findTemplateSyntaxError(query.template);
  if (syntax) {
    const node = nodeAt(context.document, query.path);
    const { line, column } = node
      ? valueCharPosition(context.source, node, syntax.offset)
      : positionOf(context.source, context.document, query.path);
    throw new UsageError(`${pathLabel(query.path)} is not valid PromQL: ${syntax.message}`, {
      file: context.source.file,
      line,
      column,
      fix: 'correct the query; it must parse once {{.window}} is replaced by a duration such as 5m',
    });
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
