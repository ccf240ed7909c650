/**
 * Reads a YAML stream the way kubectl does, document by document, into plain values that remember
 * where they are written. Pure: text in, values and problems out.
 *
 * The text is parsed once (yaml's Parser + Composer) and each document is kept only as plain data
 * plus its offsets: no syntax tree stays in memory. Positions inside a document come from
 * `positionOf` (./locate.ts), which reads block-style lines from the kept text and re-parses the one
 * document it is asked about for anything else.
 *
 * One bad document never stops the others: syntax errors, leftover template syntax, alias bombs
 * and absurd nesting are each reported for that document, and reading goes on with the next one.
 */
import {
  Composer,
  isMap,
  isScalar,
  isSeq,
  Parser,
  type Document,
  type Node,
  type ScalarTag,
  type Tags,
} from 'yaml';
import { ALIAS_BOMB, describeYamlError, MAX_ALIAS_COUNT, openingQuote, TOO_DEEP } from './errors.js';
import type { LineIndex } from './lines.js';
import type { LocatableDocument } from './locate.js';
import { TemplateScanner, templateInBrokenText, templateInDocument } from './template.js';

/**
 * kubectl, Argo CD and Flux read manifests with go-yaml v2 (sigs.k8s.io/yaml), which keeps three
 * YAML 1.1 habits on top of YAML 1.2: unquoted yes/no/on/off are booleans, a leading 0 makes an
 * integer octal (`defaultMode: 0644` is 420), and `<<` merges mappings. Read the same way,
 * `enabled: yes` in an annotation is the boolean kubectl rejects, not the string it looks like.
 * (go-yaml also reads a bare y or n as a boolean; that is left out: `x:`/`y:` keys are common and
 * their meaning in a manifest is rarely what anyone intended to check.)
 */
const GO_YAML_BOOL: ScalarTag = {
  identify: (value) => typeof value === 'boolean',
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/,
  resolve: (text) => /^(?:yes|Yes|YES|on|On|ON)$/.test(text),
};
const GO_YAML_OCTAL: ScalarTag = {
  identify: (value) => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: /^[-+]?0[0-7]+$/,
  resolve: (text) => parseInt(text, 8),
};

/** The YAML reading options (see above); yaml's own warnings stay quiet, problems are reported. */
const COMPOSE_OPTIONS = {
  merge: true,
  customTags: (tags: Tags) => [GO_YAML_BOOL, GO_YAML_OCTAL, ...tags],
  logLevel: 'error',
  prettyErrors: false,
} as const;

/** Runs a parse; lets a caller set up the process around parsing (see manifests/load.ts). */
export type ParseRunner = <T>(parse: () => T) => T;
const runDirectly: ParseRunner = (parse) => parse();

/** A document read as plain data. */
export interface YamlValue {
  value: unknown;
  /** Where the document's value starts. */
  root: number;
  /** Where the value at a path of this document is written (./locate.ts's positionOf). */
  locatable: LocatableDocument;
  /** Where each item of the root mapping's `items` list starts (a Kubernetes List), else []. */
  itemStarts: number[];
}

export interface StreamVisitor {
  value(document: YamlValue): void;
  /** A document (or a part of the text) that cannot be read; `offset` is where to point. */
  problem(offset: number, message: string, hint: string): void;
  /** Template syntax at `offset`: the document was not read further. */
  template(offset: number): void;
}

/** Every document of `text`, in order, with kubectl's (go-yaml's) reading of scalars. */
export function readYamlStream(
  lines: LineIndex,
  visitor: StreamVisitor,
  runParse: ParseRunner = runDirectly,
): void {
  const text = lines.text;
  const templates = new TemplateScanner(text);
  const reparse = new ReparseCache(text, runParse);
  runParse(() =>
    forEachChunk(text, (base, end) => {
      const chunk = base === 0 && end === text.length ? text : text.slice(base, end);
      try {
        for (const document of composeAll(chunk)) {
          readDocument(lines, document, base, end, templates, reparse, visitor);
        }
      } catch (error) {
        if (!isStackOverflow(error)) throw error;
        visitor.problem(contentStart(text, base, end), TOO_DEEP.message, TOO_DEEP.hint);
      }
    }),
  );
}

/**
 * The text cut at `---` lines — YAML forbids them inside any value, so they always start a
 * document — so that each piece is parsed on its own: an unclosed quote or bracket cannot run on
 * into the next document, and a document that overflows the parser's stack loses only itself.
 */
function forEachChunk(text: string, visit: (start: number, end: number) => void): void {
  const starts = chunkStarts(text);
  for (let index = 0; index < starts.length; index++) {
    visit(starts[index]!, starts[index + 1] ?? text.length);
  }
}

const DOCUMENT_START = /^---(?=[ \t\r\n]|$)/gm;

/** Offsets where pieces start: 0 and each `---` line (with any `%` directive lines just above it). */
function chunkStarts(text: string): number[] {
  const starts = [0];
  DOCUMENT_START.lastIndex = 0;
  for (let match = DOCUMENT_START.exec(text); match; match = DOCUMENT_START.exec(text)) {
    let start = match.index;
    // Directives belong to the document after them.
    while (start > 0) {
      const previousLine = text.lastIndexOf('\n', start - 2) + 1;
      if (text[previousLine] !== '%') break;
      start = previousLine;
    }
    if (start > starts[starts.length - 1]!) starts.push(start);
  }
  return starts;
}

function composeAll(text: string): Generator<Document.Parsed> {
  return new Composer(COMPOSE_OPTIONS).compose(new Parser().parse(text), false, text.length);
}

/** The first line of a piece that is neither its `---` marker, blank, nor a comment. */
function contentStart(text: string, start: number, end: number): number {
  let at = start;
  while (at < end) {
    const lineEnd = text.indexOf('\n', at);
    const next = lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1;
    const line = text.slice(at, next).trim();
    const marker = at === start && /^---(?:\s*(?:#.*)?)?$/.test(line);
    if (line && !line.startsWith('#') && !marker)
      return at + (text.slice(at, next).length - text.slice(at, next).trimStart().length);
    at = next;
  }
  return start;
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function readDocument(
  lines: LineIndex,
  document: Document.Parsed,
  base: number,
  chunkEnd: number,
  templates: TemplateScanner,
  reparse: ReparseCache,
  visitor: StreamVisitor,
): void {
  const text = lines.text;
  const start = base + document.range[0];
  const end = base + document.range[2];
  const hasBraces = templates.within(start, end);

  if (document.errors.length > 0) {
    // Template syntax is the likely cause of the error: say that, not a misleading syntax error.
    const template = hasBraces ? templateInBrokenText(text, start, end) : -1;
    if (template >= 0) {
      visitor.template(template);
      return;
    }
    const error = document.errors[0]!;
    const { message, hint } = describeYamlError(error.code, error.message);
    let at = base + error.pos[0];
    // An unclosed quote is noticed where the text ends: point at the quote that was left open.
    const quote = /Missing closing (["'])/.exec(error.message)?.[1];
    if (quote) at = openingQuote(text, start, at, quote);
    // Too deep is said of the whole document, not of the level where the stack ran out.
    if (message === TOO_DEEP.message) at = contentStart(text, base, chunkEnd);
    visitor.problem(at, message, hint);
    return;
  }

  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return; // empty document

  if (hasBraces) {
    const template = templateInDocument(text, base, contents);
    if (template >= 0) {
      visitor.template(template);
      return;
    }
  }

  const root = base + (contents.range?.[0] ?? document.range[0]);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand beyond maxAliasCount.
    if (!isStackOverflow(error) && !(error instanceof ReferenceError)) throw error;
    const { message, hint } = isStackOverflow(error) ? TOO_DEEP : ALIAS_BOMB;
    visitor.problem(root, message, hint);
    return;
  }

  visitor.value({
    value,
    root,
    locatable: { lines, root, end, tree: () => reparse.tree(base, start, end) },
    itemStarts: listItemStarts(contents, base, root),
  });
}

/** Where the items of a List's `items` start (the document's start for an item without a range). */
function listItemStarts(contents: Node, base: number, root: number): number[] {
  if (!isMap(contents)) return [];
  const items = contents.get('items', true);
  if (!isSeq(items)) return [];
  return (items.items as (Node | null)[]).map((item) => (item?.range ? base + item.range[0] : root));
}

/**
 * The document re-read last, so that a burst of lookups on one document parses it once. One only:
 * a larger cache keeps documents alive across garbage collections, and they then pile up in the
 * old generation (measured: 3x the memory when every resource has a finding).
 */
class ReparseCache {
  private last: { start: number; document: Document.Parsed | null; base: number } | undefined;
  constructor(
    private readonly text: string,
    private readonly runParse: ParseRunner,
  ) {}

  tree(base: number, start: number, end: number): { document: Document.Parsed; base: number } | null {
    if (this.last?.start !== start) {
      let document: Document.Parsed | null = null;
      try {
        const slice = this.text.slice(base, end);
        for (const candidate of this.runParse(() => [...composeAll(slice)])) {
          if (base + candidate.range[0] === start) document = candidate;
        }
      } catch {
        // it was read once, so this does not happen; positions then fall back to the document start
      }
      this.last = { start, document, base };
    }
    return this.last.document ? { document: this.last.document, base: this.last.base } : null;
  }
}
