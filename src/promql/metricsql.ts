/**
 * MetricsQL, VictoriaMetrics's superset of PromQL: what only it accepts, and the one rewrite the gate
 * makes for it. Pure.
 */
import type { SyntaxNode } from '@lezer/common';
import { findSyntaxError, parsePromql, type SyntaxProblem } from './syntax.js';

import { isMetricsqlOnly } from './metricsql-names.js';

export { METRICSQL_ONLY_FUNCTIONS, METRICSQL_ONLY_KEYWORDS, isMetricsqlOnly } from './metricsql-names.js';

/**
 * The query with every `rate(<selector>[<range>])` read as `(increase(<selector>[<range>]) / <seconds>)`.
 *
 * Why: VictoriaMetrics's rate() divides by the time the series has samples inside the range, so an
 * error series that appeared 40 minutes ago counts its 40-minute rate over all 30 days; its increase()
 * counts what happened inside the range and so divided by the range is the rate over the whole window.
 * On Prometheus the two forms are the same number (increase is rate times the range) up to rounding.
 * Subqueries and anything the parser does not accept are left as written.
 */
export function rateAsIncrease(query: string): string {
  if (findSyntaxError(query)) return query;
  const edits: { from: number; to: number; text: string }[] = [];
  parsePromql(query).iterate({
    enter(ref) {
      if (ref.name !== 'FunctionCall') return undefined;
      const call = ref.node;
      const identifier = call.getChild('FunctionIdentifier');
      if (identifier?.firstChild?.name !== 'Rate') return undefined;
      const seconds = rangeSecondsOf(query, call);
      if (seconds === undefined) return undefined;
      const body = call.getChild('FunctionCallBody')!;
      edits.push({
        from: call.from,
        to: call.to,
        text: `(increase${query.slice(body.from, body.to)} / ${seconds})`,
      });
      return false;
    },
  });
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += query.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return out + query.slice(at);
}

/** The range of rate()'s one argument, a range selector (with offset or @ allowed), in seconds. */
function rangeSecondsOf(query: string, call: SyntaxNode): number | undefined {
  const body = call.getChild('FunctionCallBody');
  const args: SyntaxNode[] = [];
  for (let child = body?.firstChild; child; child = child.nextSibling) {
    if (child.type.is('Expr')) args.push(child);
  }
  if (args.length !== 1) return undefined;
  let argument = args[0]!;
  while (argument.name === 'OffsetExpr' || argument.name === 'StepInvariantExpr') {
    const inner = argument.firstChild;
    if (!inner) return undefined;
    argument = inner;
  }
  if (argument.name !== 'MatrixSelector') return undefined;
  const range = argument.getChild('DurationExpr');
  if (!range) return undefined;
  return durationSeconds(query.slice(range.from, range.to));
}

const DURATION_UNITS: Record<string, number> = {
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800,
  y: 31_536_000,
};

/** A PromQL duration ("5m", "1h30m", "30d") in seconds; undefined for anything else. */
export function durationSeconds(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^(\d+(ms|y|w|d|h|m|s))+$/.test(trimmed)) return undefined;
  let seconds = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+)(ms|y|w|d|h|m|s)/g)) {
    seconds += Number(amount) * DURATION_UNITS[unit!]!;
  }
  return seconds;
}

/**
 * Whether a syntax problem is MetricsQL written where PromQL was expected: valid on VictoriaMetrics,
 * so only the backend can tell whether the query runs.
 */
export function isMetricsqlProblem(problem: SyntaxProblem): boolean {
  return problem.message.endsWith('(MetricsQL?)');
}

/** Whether the query names anything only MetricsQL has: a cheap test before a full parse. */
export function mentionsMetricsql(query: string): boolean {
  return (query.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).some(isMetricsqlOnly);
}
