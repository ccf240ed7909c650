/**
 * Safe PromQL rewriting: edits are spliced into the original text at parse-tree positions, and the
 * only new text is fixed keywords plus label names that passed isLabelName. Pure.
 */
import type { SyntaxNode } from '@lezer/common';
import { findSyntaxError, parsePromql } from './syntax.js';
import { withCheckWindow, withSameLengthWindows } from './template.js';

export class PromqlRewriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PromqlRewriteError';
  }
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** A valid Prometheus label name: [a-zA-Z_][a-zA-Z0-9_]*. */
export function isLabelName(text: string): boolean {
  return LABEL_NAME.test(text);
}

const ATTRIBUTION_HINT = 'the error query must be a sum or a plain rate() for attribution';

/** Functions whose result can be summed by label into an error breakdown. */
const SUMMABLE_FUNCTIONS = new Set(['Rate', 'Irate', 'Increase']);

interface Edit {
  from: number;
  to: number;
  text: string;
}

/**
 * Rewrite the query (or a template with {{.window}}) so its outermost operation is
 * `sum by (<labels>) (...)`. A plain rate()/irate()/
 * increase() or selector is wrapped in one; a trailing `or vector(0)` fallback is dropped (it would
 * add a series without the labels). Anything else throws PromqlRewriteError saying why.
 */
export function groupBy(query: string, labels: string[]): string {
  if (labels.length === 0) throw new PromqlRewriteError('groupBy needs at least one label name');
  for (const label of labels) {
    if (!isLabelName(label)) {
      throw new PromqlRewriteError(
        `"${label}" is not a label name (letters, digits and _, not starting with a digit)`,
      );
    }
  }
  // Templates keep their {{.window}}: parse a same-length stand-in, splice into the text as written.
  const parsable = withSameLengthWindows(query);
  const problem = findSyntaxError(parsable);
  if (problem)
    throw new PromqlRewriteError(
      `the query is not valid PromQL (offset ${problem.offset}): ${problem.message}`,
    );

  const root = topExpression(parsable);
  const grouping = `sum by (${[...new Set(labels)].join(', ')})`;
  const edits: Edit[] = [];
  let node = root;
  for (;;) {
    if (node.name === 'ParenExpr') {
      node = onlyExpression(node);
    } else if (node.name === 'BinaryExpr' && isVectorFallback(node)) {
      const [left] = expressions(node);
      edits.push({ from: left!.to, to: node.to, text: '' });
      node = left!;
    } else {
      break;
    }
  }

  if (node.name === 'AggregateExpr') {
    const operator = aggregateOperator(node);
    if (operator.name !== 'Sum') {
      throw new PromqlRewriteError(
        `the outermost operation is ${text(query, operator)}(), not sum(); ${ATTRIBUTION_HINT}`,
      );
    }
    const body = node.getChild('FunctionCallBody')!;
    edits.push({ from: node.from, to: node.to, text: `${grouping} ${text(query, body)}` });
  } else if (isSummable(node)) {
    edits.push({ from: node.from, to: node.to, text: `${grouping} (${text(query, node)})` });
  } else {
    throw new PromqlRewriteError(`${describeOutermost(query, node)}, not sum(); ${ATTRIBUTION_HINT}`);
  }

  const rewritten = applyEdits(query, root.from, root.to, edits);
  const check = findSyntaxError(withCheckWindow(rewritten));
  if (check) throw new Error(`groupBy produced invalid PromQL (${check.message}): ${rewritten}`);
  return rewritten;
}

/**
 * What one sample of the total query measures: 'per-second' (outermost rate()/irate() under sums),
 * 'count' (increase()), or 'unknown'. Used to turn a value into an event count for minEvents.
 */
export function totalQueryUnit(query: string): 'per-second' | 'count' | 'unknown' {
  const concrete = withCheckWindow(query);
  if (findSyntaxError(concrete)) return 'unknown';
  let node = topExpression(concrete);
  for (;;) {
    if (node.name === 'ParenExpr') {
      node = onlyExpression(node);
    } else if (node.name === 'BinaryExpr' && isVectorFallback(node)) {
      node = expressions(node)[0]!;
    } else if (node.name === 'AggregateExpr' && aggregateOperator(node).name === 'Sum') {
      const args = expressions(node.getChild('FunctionCallBody')!);
      if (args.length !== 1) return 'unknown';
      node = args[0]!;
    } else {
      break;
    }
  }
  const fn = node.name === 'FunctionCall' ? functionName(node) : undefined;
  if (fn === 'Rate' || fn === 'Irate') return 'per-second';
  if (fn === 'Increase') return 'count';
  return 'unknown';
}

function topExpression(query: string): SyntaxNode {
  const top = parsePromql(query).topNode.firstChild;
  if (!top) throw new Error('PromQL parse tree has no expression');
  return top;
}

function expressions(node: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.type.is('Expr')) found.push(child);
  }
  return found;
}

function onlyExpression(node: SyntaxNode): SyntaxNode {
  const [inner] = expressions(node);
  if (!inner) throw new Error(`${node.name} without an expression`);
  return inner;
}

/** `<expr> or vector(<number>)`: the idiom that turns "no series" into 0. */
function isVectorFallback(node: SyntaxNode): boolean {
  if (!node.getChild('Or')) return false;
  let right = expressions(node)[1];
  while (right?.name === 'ParenExpr') right = expressions(right)[0];
  if (right?.name !== 'FunctionCall' || functionName(right) !== 'Vector') return false;
  const args = expressions(right.getChild('FunctionCallBody')!);
  return args.length === 1 && args[0]!.name === 'NumberDurationLiteral';
}

function aggregateOperator(node: SyntaxNode): SyntaxNode {
  return node.getChild('AggregateOp')!.firstChild!;
}

/** The grammar's name of a call's function, e.g. 'Rate', 'Vector'. */
function functionName(call: SyntaxNode): string | undefined {
  return call.getChild('FunctionIdentifier')?.firstChild?.name;
}

function isSummable(node: SyntaxNode): boolean {
  if (node.name === 'VectorSelector') return true;
  return node.name === 'FunctionCall' && SUMMABLE_FUNCTIONS.has(functionName(node) ?? '');
}

function describeOutermost(query: string, node: SyntaxNode): string {
  if (node.name === 'FunctionCall') {
    return `the outermost operation is ${text(query, node.getChild('FunctionIdentifier')!)}()`;
  }
  if (node.name === 'BinaryExpr') {
    let operator = node.firstChild;
    while (operator && operator.type.is('Expr')) operator = operator.nextSibling;
    return `the outermost operation is the binary operator '${operator ? text(query, operator) : '?'}'`;
  }
  const kinds: Record<string, string> = {
    NumberDurationLiteral: 'a number',
    StringLiteral: 'a string',
    MatrixSelector: 'a range selector',
    SubqueryExpr: 'a subquery',
    UnaryExpr: 'a negation',
    OffsetExpr: 'an offset expression',
    StepInvariantExpr: 'an @ expression',
  };
  return `the query is ${kinds[node.name] ?? `a ${node.name}`}`;
}

function text(query: string, node: SyntaxNode): string {
  return query.slice(node.from, node.to);
}

/** The slice [from, to) of `query` with non-overlapping edits applied. */
function applyEdits(query: string, from: number, to: number, edits: Edit[]): string {
  let out = '';
  let at = from;
  for (const edit of [...edits].sort((a, b) => a.from - b.from)) {
    out += query.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return out + query.slice(at, to);
}
