/**
 * A parsed YAML file that remembers where every value was written, so that config mistakes can be
 * reported as `file:line:column`. Pure: takes text, never reads files.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, Scalar, visit, type Document, type Node } from 'yaml';
import { UsageError } from '../errors.js';
import type { Path as YamlPath, Position } from '../model/index.js';
import { LineIndex } from '../yaml/lines.js';
import { positionInTree } from '../yaml/locate.js';
import { valueText } from '../text/value.js';

export interface YamlSource {
  /** The file name used in messages. */
  file: string;
  text: string;
  lines: LineIndex;
  /** The documents of the stream, empty ones (only comments or `---`) left out. */
  documents: Document.Parsed[];
}

// Aliases expand; a small bound stops a "billion laughs" file from exhausting memory.
const MAX_ALIAS_COUNT = 100;

/** Parse YAML text; a syntax error becomes a UsageError at the first error's line and column. */
export function parseYamlSource(file: string, text: string): YamlSource {
  const lines = new LineIndex(text);
  const parsed = parseAllDocuments(text, { prettyErrors: false });
  const all = Array.isArray(parsed) ? parsed : [];
  for (const document of all) {
    const error = document.errors[0];
    if (error) {
      const { line, column } = lines.position(error.pos[0]);
      throw new UsageError(`YAML syntax error: ${oneLine(error.message)}`, {
        file,
        line,
        column,
        fix: 'correct the YAML at that position (indentation, quotes and brackets are the usual suspects)',
      });
    }
  }
  const documents = all.filter((document) => !isEmptyDocument(document));
  for (const document of documents) refuseRoundedIntegers(file, lines, document);
  return { file, text, lines, documents };
}

// A YAML 1.2 core-schema integer: decimal, 0x hex or 0o octal.
const INTEGER_LITERAL = /^[-+]?(?:[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+)$/;

/**
 * An integer beyond 2^53 parses to the nearest number JavaScript holds, a different one
 * (9007199254740993 becomes ...992): a config error at its place, never a silently changed value.
 */
function refuseRoundedIntegers(file: string, lines: LineIndex, document: Document.Parsed): void {
  visit(document, {
    Scalar(_key, node) {
      const written = node.source;
      if (typeof node.value !== 'number' || typeof written !== 'string' || !INTEGER_LITERAL.test(written))
        return;
      const exact = BigInt(written.startsWith('0o') ? written : written.replace(/^\+/, ''));
      if (!Number.isInteger(node.value) || BigInt(node.value) === exact) return;
      const { line, column } = lines.position(node.range?.[0] ?? 0);
      throw new UsageError(
        `the integer ${written} is beyond 2^53 (9007199254740992): it would be read as ${BigInt(node.value)}`,
        {
          file,
          line,
          column,
          fix: 'write a number within ±9007199254740992 (quote it if it is meant as text)',
        },
      );
    },
  });
}

/** Nothing but comments, `---` or an explicit null: no content to read. */
function isEmptyDocument(document: Document.Parsed): boolean {
  const contents = document.contents;
  return contents === null || (isScalar(contents) && contents.value === null);
}

/** The plain JavaScript value of a document (aliases expanded within a bound). */
export function documentValue(source: YamlSource, document: Document.Parsed): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new UsageError(`cannot expand YAML aliases: ${oneLine(String((error as Error).message))}`, {
      file: source.file,
      fix: 'write the values out instead of using many nested aliases',
    });
  }
}

/** The node at a path, or undefined when the path does not exist in the document. */
export function nodeAt(document: Document.Parsed, path: YamlPath): Node | undefined {
  let node: unknown = document.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(key));
      node = pair?.value ?? undefined;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
    } else {
      return undefined;
    }
    if (node === undefined) return undefined;
  }
  return node as Node;
}

/** Whether the path names a key that is written in the document (even with an empty value). */
export function hasPath(document: Document.Parsed, path: YamlPath): boolean {
  if (path.length === 0) return true;
  const parent = nodeAt(document, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (isMap(parent)) return parent.items.some((item) => keyText(item.key) === String(last));
  if (isSeq(parent)) return typeof last === 'number' && last < parent.items.length;
  return false;
}

/** The key node of `path`'s last element, when it is a key in a mapping. */
export function keyNodeAt(document: Document.Parsed, path: YamlPath): Node | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(document, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const last = String(path[path.length - 1]);
  const pair = parent.items.find((item) => keyText(item.key) === last);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/**
 * Where the value at `path` is written: a scalar's first character; for a mapping or list, or a
 * key with nothing after it, the key that names it. A missing key points at the nearest enclosing
 * value that exists.
 */
export function positionOf(source: YamlSource, document: Document.Parsed, path: YamlPath): Position {
  const root = document.contents?.range?.[0];
  if (root === undefined) return { line: 1, column: 1 };
  return positionInTree(source.lines, { document, base: 0 }, root, path);
}

export function offsetPosition(source: YamlSource, offset: number): Position {
  return source.lines.position(offset);
}

/** How a value is written, for "got ..." in messages: the source text of a scalar, else its kind. */
export function describeWritten(source: YamlSource, node: Node | undefined): string {
  if (node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    if (node.value === null) return 'nothing';
    const range = node.range;
    const written = range ? source.text.slice(range[0], range[1]) : valueText(node.value);
    const flat = oneLine(written);
    return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
  }
  return 'an alias';
}

/**
 * Where the character at `offset` of a scalar's value is written. Exact for plain and quoted
 * scalars on one line; for folded, multi-line and escaped values the characters are aligned with
 * the source text, which finds the right line and nearly always the right column.
 */
export function valueCharPosition(source: YamlSource, node: Node, offset: number): Position {
  if (!isScalar(node) || !node.range)
    return node.range ? offsetPosition(source, node.range[0]) : { line: 1, column: 1 };
  const value = String(node.value);
  let start = node.range[0];
  const end = node.range[1];
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    // The content starts on the line after the `|` / `>` header (which may carry a comment).
    const headerEnd = source.text.indexOf('\n', start);
    start = headerEnd < 0 ? end : headerEnd + 1;
  }
  const sourceOffset = alignValueOffset(value, source.text, start, end, offset);
  return offsetPosition(source, sourceOffset);
}

// Source characters YAML drops or rewrites between value characters: quotes, indentation, folded
// line breaks and escape backslashes.
const SKIPPABLE = new Set([' ', '\t', '\n', '\r', '"', "'", '\\']);

function alignValueOffset(value: string, text: string, start: number, end: number, target: number): number {
  let cursor = start;
  let last = start;
  for (let i = 0; i < value.length && i <= target; i++) {
    const char = value[i]!;
    let probe = cursor;
    while (probe < end && text[probe] !== char && SKIPPABLE.has(text[probe]!)) probe++;
    if (probe < end && text[probe] === char) {
      last = probe;
      cursor = probe + 1;
    } else {
      // A character produced by an escape ("\n", "\x41", ...): step over the escape sequence.
      last = cursor;
      if (text[cursor] === '\\') cursor += escapeLength(text, cursor);
    }
    if (i === target) return last;
  }
  // Past the end of the value (e.g. "unexpected end of input"): just after the last character.
  return Math.min(last + 1, Math.max(start, end));
}

function escapeLength(text: string, at: number): number {
  const kind = text[at + 1];
  if (kind === 'x') return 4;
  if (kind === 'u') return 6;
  if (kind === 'U') return 10;
  return 2;
}

export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  return undefined;
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
