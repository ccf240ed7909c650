/**
 * PromQL syntax check with the grammar the Prometheus UI uses (@prometheus-io/lezer-promql). Pure.
 * lezer recovers from every error and marks it with an error node; this module turns the first one
 * into an offset and a message a person can act on.
 */
import { parser } from '@prometheus-io/lezer-promql';
import type { SyntaxNode, Tree } from '@lezer/common';
import { isMetricsqlOnly } from './metricsql-names.js';

export interface SyntaxProblem {
  /** 0-based character offset into the query. */
  offset: number;
  message: string;
}

/** Parsed queries, newest last: loading a config checks each query up to four times. */
const recentTrees = new Map<string, Tree>();
const RECENT_TREES = 256;

/** The syntax tree of `query` (lezer trees are immutable, so one may be shared by every caller). */
export function parsePromql(query: string): Tree {
  let tree = recentTrees.get(query);
  if (!tree) {
    tree = parser.parse(query);
    if (recentTrees.size >= RECENT_TREES) recentTrees.delete(recentTrees.keys().next().value!);
    recentTrees.set(query, tree);
  }
  return tree;
}

/** undefined when `query` is valid PromQL; else where and what the first problem is. */
export function findSyntaxError(query: string): SyntaxProblem | undefined {
  if (query.trim() === '') return { offset: 0, message: 'the query is empty' };
  const tree = parsePromql(query);
  const errorNode = firstErrorNode(tree);
  // The grammar's closing quote is optional, so an unterminated string is no error node by itself,
  // and everything after it is misparsed: it wins unless the parser stumbled before it.
  const openString = firstUnterminatedString(tree, query);
  if (openString && (!errorNode || openString.offset <= errorNode.from)) return openString;
  return errorNode ? describeErrorNode(query, errorNode) : undefined;
}

function firstErrorNode(tree: Tree): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  // Pre-order walk: the first error entered is the one that starts earliest.
  tree.iterate({
    enter(ref) {
      if (found) return false;
      if (ref.type.isError) {
        found = ref.node;
        return false;
      }
      return undefined;
    },
  });
  return found;
}

function firstUnterminatedString(tree: Tree, query: string): SyntaxProblem | undefined {
  let found: SyntaxProblem | undefined;
  tree.iterate({
    enter(ref) {
      if (found) return false;
      if (ref.name === 'StringLiteral' && !isClosedString(query.slice(ref.from, ref.to))) {
        const quote = query[ref.from] ?? '"';
        found = { offset: ref.from, message: `unterminated string: add the closing ${quote}` };
      }
      return undefined;
    },
  });
  return found;
}

function isClosedString(literal: string): boolean {
  const quote = literal[0];
  if (quote === '`') return literal.length >= 2 && literal.endsWith('`');
  for (let i = 1; i < literal.length; i++) {
    const char = literal[i];
    if (char === '\\') i++;
    else if (char === quote) return i === literal.length - 1;
  }
  return false;
}

const BINARY_OPERATORS = new Set([
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '==',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  'and',
  'or',
  'unless',
  'atan2',
]);

function describeErrorNode(query: string, node: SyntaxNode): SyntaxProblem {
  const offset = node.from;
  const brackets = scanBrackets(query);

  const placeholder = templatePlaceholderAround(query, offset);
  if (placeholder) {
    const message = /^\{\{\s*\.window\s*\}\}$/.test(placeholder.text)
      ? `unexpected '${placeholder.text}': substitute the window before checking the query`
      : `unexpected '${placeholder.text}': the only template placeholder is {{.window}}`;
    return { offset: placeholder.offset, message };
  }

  if (node.to > node.from || query.slice(offset).trim() !== '') {
    const at = skipSpace(query, offset);
    const token = tokenAt(query, at);
    if (brackets.strayCloser?.offset === at) {
      const opener = OPENER_OF[token] ?? '(';
      return { offset: at, message: `unexpected '${token}' with no matching '${opener}'` };
    }
    const unknownFunction = token === '(' ? calledName(query, at) : undefined;
    if (unknownFunction) {
      const hint = isMetricsqlOnly(unknownFunction.name) ? ' (MetricsQL?)' : '';
      return { offset: unknownFunction.offset, message: `unknown function ${unknownFunction.name}${hint}` };
    }
    if (isMetricsqlOnly(token)) {
      return { offset: at, message: `unexpected '${token}' (MetricsQL?)` };
    }
    return { offset: at, message: `unexpected '${token}'` };
  }

  // The query ended while something was still expected.
  const last = lastToken(query);
  if (BINARY_OPERATORS.has(last.text.toLowerCase())) {
    return { offset, message: `incomplete expression: nothing after '${last.text}'` };
  }
  const innermost = brackets.unclosed[brackets.unclosed.length - 1];
  if (innermost) {
    return {
      offset: innermost.offset,
      message: `unclosed '${innermost.char}': add the matching '${CLOSER_OF[innermost.char]}'`,
    };
  }
  return { offset, message: 'incomplete expression' };
}

/** A `{{ ... }}` template placeholder (other than a substituted window) that contains `offset`. */
function templatePlaceholderAround(
  query: string,
  offset: number,
): { offset: number; text: string } | undefined {
  for (const match of query.matchAll(/\{\{[^}\n]*\}?\}?/g)) {
    if (offset >= match.index && offset <= match.index + match[0].length) {
      const text = match[0].length > MAX_TOKEN_LENGTH ? `${match[0].slice(0, MAX_TOKEN_LENGTH)}…` : match[0];
      return { offset: match.index, text };
    }
  }
  return undefined;
}

/** Words before '(' that are PromQL syntax, not a function name. */
const KEYWORDS_BEFORE_PAREN = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'atan2',
]);

/** The identifier written right before the '(' at `at`: a call of a function PromQL does not know. */
function calledName(query: string, at: number): { name: string; offset: number } | undefined {
  const word = /([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(query.slice(0, at));
  if (!word || KEYWORDS_BEFORE_PAREN.has(word[1]!.toLowerCase())) return undefined;
  return { name: word[1]!, offset: word.index };
}

const CLOSER_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const OPENER_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

interface BracketScan {
  unclosed: { char: string; offset: number }[];
  strayCloser?: { char: string; offset: number };
}

/** Bracket balance outside strings and comments, for messages about unclosed or stray brackets. */
function scanBrackets(query: string): BracketScan {
  const stack: { char: string; offset: number }[] = [];
  let strayCloser: BracketScan['strayCloser'];
  for (let i = 0; i < query.length; i++) {
    const char = query[i]!;
    if (char === '"' || char === "'" || char === '`') {
      i = endOfString(query, i);
    } else if (char === '#') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (char in CLOSER_OF) {
      stack.push({ char, offset: i });
    } else if (char in OPENER_OF) {
      if (stack[stack.length - 1]?.char === OPENER_OF[char]) stack.pop();
      else if (!strayCloser) strayCloser = { char, offset: i };
    }
  }
  return { unclosed: stack, strayCloser };
}

/** Index of the closing quote of the string starting at `start` (or the end of the line). */
function endOfString(query: string, start: number): number {
  const quote = query[start];
  for (let i = start + 1; i < query.length; i++) {
    const char = query[i];
    if (char === '\\' && quote !== '`') i++;
    else if (char === quote) return i;
    else if (char === '\n' && quote !== '`') return i;
  }
  return query.length;
}

function skipSpace(query: string, from: number): number {
  let i = from;
  while (i < query.length && /\s/.test(query[i]!)) i++;
  return i;
}

const TWO_CHAR_OPERATORS = ['==', '!=', '<=', '>=', '=~', '!~'];
const MAX_TOKEN_LENGTH = 30;

/** The token starting at `at`, for "unexpected '...'" messages. */
function tokenAt(query: string, at: number): string {
  const rest = query.slice(at);
  const word = /^[A-Za-z0-9_:.]+/.exec(rest);
  let token: string;
  if (word) token = word[0];
  else if (TWO_CHAR_OPERATORS.some((op) => rest.startsWith(op))) token = rest.slice(0, 2);
  else token = rest.slice(0, 1);
  return token.length > MAX_TOKEN_LENGTH ? `${token.slice(0, MAX_TOKEN_LENGTH)}…` : token;
}

/** The last word or operator of the query, ignoring trailing space. */
function lastToken(query: string): { text: string } {
  const trimmed = query.replace(/\s+$/, '');
  const word = /[A-Za-z0-9_:.]+$/.exec(trimmed);
  if (word) return { text: word[0] };
  const twoChars = trimmed.slice(-2);
  if (TWO_CHAR_OPERATORS.includes(twoChars)) return { text: twoChars };
  return { text: trimmed.slice(-1) };
}
