/**
 * Raw PromQL (as OpenSLO writes it, with fixed ranges such as [5m]) turned into a `{{.window}}`
 * template, so each burn-rate window measures its own range. Pure.
 */
import type { SyntaxNode } from '@lezer/common';
import { findSyntaxError, parsePromql } from './syntax.js';

export type WindowedQuery =
  | { ok: true; template: string }
  | { ok: false; reason: 'syntax'; offset: number; message: string }
  | { ok: false; reason: 'no-range' }
  | { ok: false; reason: 'subquery'; offset: number };

/**
 * Every range selector's range (`[5m]` in `rate(x[5m])`) replaced by `[{{.window}}]`; offsets
 * and everything else stay as written. A subquery is refused: its range and resolution step are
 * one choice the query's author made, which a window cannot stand in for.
 */
export function withWindowRanges(query: string): WindowedQuery {
  const problem = findSyntaxError(query);
  if (problem) return { ok: false, reason: 'syntax', ...problem };
  const ranges: SyntaxNode[] = [];
  let subquery: SyntaxNode | undefined;
  parsePromql(query).iterate({
    enter(ref) {
      if (ref.name === 'SubqueryExpr' && !subquery) subquery = ref.node;
      if (ref.name === 'MatrixSelector') {
        const range = ref.node.getChild('DurationExpr');
        if (range) ranges.push(range);
      }
    },
  });
  if (subquery) return { ok: false, reason: 'subquery', offset: subquery.from };
  if (ranges.length === 0) return { ok: false, reason: 'no-range' };
  let template = '';
  let at = 0;
  for (const range of ranges) {
    template += `${query.slice(at, range.from)}{{.window}}`;
    at = range.to;
  }
  return { ok: true, template: template + query.slice(at) };
}

/**
 * The series selectors a query reads over a range (`x{a="b"}` of `rate(x{a="b"}[30d])`), each once,
 * as written; empty for a query that does not parse. What a cost estimate counts the samples of.
 */
export function rangeSelectors(query: string): string[] {
  if (findSyntaxError(query)) return [];
  const selectors = new Set<string>();
  parsePromql(query).iterate({
    enter(ref) {
      if (ref.name !== 'MatrixSelector') return;
      const selector = ref.node.getChild('VectorSelector');
      if (selector) selectors.add(query.slice(selector.from, selector.to).trim());
    },
  });
  return [...selectors];
}
