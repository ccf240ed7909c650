/**
 * The one answer to "where is the value at this path written?" for a YAML document: a scalar's first
 * character; for a mapping, a list or an empty value, the key that names it; for a path that is not
 * written, the nearest enclosing value that is. Pure.
 *
 * Plain block-style YAML (what helm and kustomize write, and most config files) is located by
 * reading its lines, which needs no syntax tree; anything else (flow style, anchors, tags, merge
 * keys) asks the caller for the document's syntax tree, which may be kept or parsed again on demand.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { LineIndex } from './lines.js';
import type { Path, Position } from '../model/index.js';

/** A document's syntax tree; its node ranges count from `base` in the text. */
export interface DocumentTree {
  document: Document.Parsed;
  base: number;
}

/** One document of a text, as the finder needs it. */
export interface LocatableDocument {
  /** The whole text the document is part of. */
  lines: LineIndex;
  /** Where the document's value (its root mapping or list) starts. */
  root: number;
  /** Where the document's text ends. */
  end: number;
  /** The syntax tree, asked for only when the lines alone do not answer; null when unavailable. */
  tree(): DocumentTree | null;
}

/** Where the value at `path` of `document` is written (see the top of this module). */
export function positionOf(document: LocatableDocument, path: Readonly<Path>): Position {
  const { lines, root, end } = document;
  let offset = scanOffsetOf(lines.text, root, end, path);
  if (offset === undefined) {
    const tree = document.tree();
    const relative = tree ? offsetOf(tree.document, path) : undefined;
    offset = relative === undefined ? root : tree!.base + relative;
  }
  return lines.position(offset);
}

/**
 * The same answer from a syntax tree the caller already holds: a walk down the path, where the line
 * scan would read every line before the value (a long config asks once per entry).
 */
export function positionInTree(
  lines: LineIndex,
  tree: DocumentTree,
  root: number,
  path: Readonly<Path>,
): Position {
  const relative = offsetOf(tree.document, path);
  return lines.position(relative === undefined ? root : tree.base + relative);
}

/**
 * Where the value at `path` is written, as an offset into the document's text: a scalar's first
 * character; for a mapping, a list or an empty value, the key that names it; for a path that is not
 * written, the nearest enclosing value that is.
 */
function offsetOf(document: Document.Parsed, path: Readonly<Path>): number | undefined {
  let node: unknown = document.contents;
  let best = (node as Node | null)?.range?.[0];
  for (const step of path) {
    node = resolveAlias(document, node);
    let key: Node | undefined;
    let value: unknown;
    if (isMap(node)) {
      const pair = findPair(document, node, String(step));
      if (!pair) break;
      key = pair.key as Node;
      value = pair.value;
    } else if (isSeq(node) && typeof step === 'number' && step < node.items.length) {
      value = node.items[step];
    } else {
      break;
    }
    const resolved = resolveAlias(document, value);
    const pointAtKey =
      !resolved || isMap(resolved) || isSeq(resolved) || (isScalar(resolved) && resolved.value === null);
    const at = pointAtKey && key?.range ? key.range[0] : (value as Node | null)?.range?.[0];
    if (at !== undefined) best = at;
    node = value;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Positions in block-style YAML, by reading lines
//
// Gives the same offset as offsetOf on the composed document, or undefined whenever the text holds
// anything it does not follow exactly (flow collections on the path, anchors, aliases, tags, merge
// keys, quoted keys with escapes, tabs, complex keys): the caller then re-reads the document.

interface Line {
  /** Offset of the first character that is not a space. */
  content: number;
  /** Offset of the line break (or of the region's end). */
  end: number;
  indent: number;
}

/** The line that holds `at`, with its indentation counted from its real start. */
function lineAt(text: string, at: number, limit: number): Line | undefined {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0 || end > limit) end = limit;
  let content = start;
  while (content < end && text[content] === ' ') content++;
  if (text[content] === '\t') return undefined;
  return { content, end, indent: content - start };
}

/** The next line after `line` with something on it other than a comment, or null at the end. */
function nextContentLine(text: string, line: Line, limit: number): Line | null | undefined {
  let at = line.end + 1;
  while (at < limit) {
    const next = lineAt(text, at, limit);
    if (!next) return undefined;
    const first = text[next.content];
    if (next.content < next.end && first !== '#' && first !== '\r') {
      if (next.indent === 0 && (text.startsWith('---', next.content) || text.startsWith('...', next.content)))
        return null;
      return next;
    }
    at = next.end + 1;
  }
  return null;
}

const NULL_SCALAR = /^(?:~|null|Null|NULL)?[ \t]*(?:#.*)?\r?$/;
const SAFE_VALUE_START = /^[^&!*{[|>'"%@`]/;

/** What follows `key:` or `- ` on a line: nothing, a scalar, or something this reader leaves alone. */
function valueKind(
  text: string,
  from: number,
  end: number,
): 'empty' | 'null' | 'scalar' | 'collection' | 'other' {
  let at = from;
  while (at < end && text[at] === ' ') at++;
  const rest = text.slice(at, end);
  if (rest === '' || rest === '\r' || rest.startsWith('#')) return 'empty';
  if (NULL_SCALAR.test(rest)) return 'null';
  if (rest[0] === '{' || rest[0] === '[') return 'collection';
  if (rest[0] === '"' || rest[0] === "'") return 'scalar';
  return SAFE_VALUE_START.test(rest) ? 'scalar' : 'other';
}

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && text[at] === ' ') at++;
  return at;
}

/** `key:` at `at`: the key and where its value starts, or undefined for keys this reader leaves alone. */
function readKey(text: string, at: number, end: number): { key: string; value: number } | undefined {
  const first = text[at];
  if (first === '"' || first === "'") {
    const close = text.indexOf(first, at + 1);
    if (close < 0 || close > end) return undefined;
    const key = text.slice(at + 1, close);
    if (key.includes('\\') || key.includes(first === "'" ? "''" : '"') || text[close + 1] !== ':')
      return undefined;
    return { key, value: close + 2 };
  }
  if (!first || '?&!*{[|>%@`#-'.includes(first) || text.startsWith('<<', at)) {
    // `-` alone starts a list item; `-foo:` is a key, but rare enough to leave to the parser.
    return undefined;
  }
  for (let colon = text.indexOf(':', at); colon >= 0 && colon < end; colon = text.indexOf(':', colon + 1)) {
    const after = text[colon + 1];
    if (colon + 1 === end || after === ' ' || after === '\r') {
      const key = text.slice(at, colon).trimEnd();
      if (key.includes(' #') || key.includes('\t')) return undefined;
      return { key, value: colon + 1 };
    }
  }
  return undefined;
}

const isItemLine = (text: string, line: Line) =>
  text[line.content] === '-' && (line.content + 1 === line.end || ' \r'.includes(text[line.content + 1]!));

/**
 * Where a collection written on the lines after `line` starts: a block mapping indented deeper, or
 * a list indented deeper or at the same indentation ("key:\n- item"); null when nothing follows.
 */
function childCollection(text: string, line: Line, indent: number, limit: number) {
  const next = nextContentLine(text, line, limit);
  if (next === undefined) return undefined;
  if (next === null) return null;
  if (next.indent > indent) return next;
  if (next.indent === indent && isItemLine(text, next)) return next;
  return null;
}

function scanOffsetOf(text: string, root: number, limit: number, path: Readonly<Path>): number | undefined {
  // The node being walked: a block mapping or list whose first entry is at `from` on `line`,
  // with its entries at `indent`.
  let line = lineAt(text, root, limit);
  if (!line || line.content !== root) return undefined; // the root shares its line with `---`
  let from = root;
  let indent = line.indent;
  let best = root;
  for (let depth = 0; depth < path.length; depth++) {
    const step = path[depth]!;
    const isLast = depth === path.length - 1;
    if (text[from] === '{' || text[from] === '[') return undefined;
    const isList = isItemLine(text, { ...line, content: from });
    if (typeof step === 'string') {
      if (isList) return best; // a key into a list: not there
      // The mapping's entries: `from` first, then lines at `indent`, until a line indented less.
      let current: Line | null | undefined = { ...line, content: from };
      let found: { key: string; value: number; line: Line } | undefined;
      let merges = false;
      while (current) {
        if (current.indent < indent && current.content !== from) break;
        if (current.indent === indent || current.content === from) {
          if (isItemLine(text, current)) {
            // a list written at the key's own indentation, as the previous key's value
            current = nextContentLine(text, current, limit);
            if (current === undefined) return undefined;
            continue;
          }
          const entry = readKey(text, current.content, current.end);
          if (!entry) {
            if (text.startsWith('<<', current.content)) merges = true;
            else return undefined;
          } else if (entry.key === step) {
            found = { ...entry, line: current };
            break;
          }
        }
        current = nextContentLine(text, current, limit);
        if (current === undefined) return undefined;
      }
      if (!found) return merges ? undefined : best;
      const kind = valueKind(text, found.value, found.line.end);
      const keyAt = found.line.content;
      if (kind === 'other') return undefined;
      // A scalar is where the walk ends, whether or not the path goes on (as offsetOf does).
      if (kind === 'scalar') return skipSpaces(text, found.value, found.line.end);
      if (kind === 'null') return keyAt;
      if (kind === 'collection') return isLast ? keyAt : undefined;
      // Nothing after the colon: the value is on the following lines, or null.
      const child = childCollection(text, found.line, indent, limit);
      if (child === undefined) return undefined;
      best = keyAt;
      if (child === null) return keyAt;
      if (!isItemLine(text, child) && !readKey(text, child.content, child.end)) {
        // Not a mapping or list this reader follows: a scalar on the next line, or to leave alone.
        if (/:(?: |\r?$)/.test(text.slice(child.content, child.end))) return undefined; // `<<:`, `? x:`, ...
        const childKind = valueKind(text, child.content, child.end);
        if (childKind === 'collection' && isLast) return keyAt;
        return childKind === 'scalar' ? child.content : undefined;
      }
      line = child;
      from = child.content;
      indent = child.indent;
      continue;
    }
    // A list index (a number into a mapping, a key like "0", is left to the parser).
    if (!isList) return undefined;
    let current: Line | null | undefined = { ...line, content: from };
    let index = 0;
    let item: Line | undefined;
    while (current) {
      if (current.indent < indent && current.content !== from) break;
      if (current.indent === indent || current.content === from) {
        if (!isItemLine(text, current)) break;
        if (index === step) {
          item = current;
          break;
        }
        index++;
      }
      current = nextContentLine(text, current, limit);
      if (current === undefined) return undefined;
    }
    if (!item) return best;
    const content = skipSpaces(text, item.content + 1, item.end);
    const kind = valueKind(text, content, item.end);
    if (kind === 'empty' || kind === 'null' || kind === 'other') return undefined;
    if (kind === 'collection') return isLast ? content : undefined;
    if (text[content] === '-' && isItemLine(text, { ...item, content })) return undefined; // `- - x`
    const entry = readKey(text, content, item.end);
    if (!entry) return content; // a scalar item
    // A mapping that starts on the item's line: its entries are at the column of its first key.
    best = content;
    line = item;
    from = content;
    indent = content - (item.content - item.indent);
  }
  return best;
}

function resolveAlias(document: Document.Parsed, node: unknown): unknown {
  return isAlias(node) ? node.resolve(document) : node;
}

/** The pair of `key` in a mapping, looking into `<<` merges as YAML 1.1 (and Kubernetes) do. */
function findPair(document: Document.Parsed, map: YAMLMap, key: string, depth = 0): Pair | undefined {
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair;
  }
  if (depth > 10) return undefined;
  for (const pair of map.items) {
    // With `merge` on, yaml gives the `<<` key a symbol value.
    if (!isScalar(pair.key) || (typeof pair.key.value !== 'symbol' && pair.key.value !== '<<')) continue;
    const merged = resolveAlias(document, pair.value);
    const sources = isSeq(merged) ? merged.items.map((item) => resolveAlias(document, item)) : [merged];
    for (const source of sources) {
      const found = isMap(source) ? findPair(document, source, key, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}
