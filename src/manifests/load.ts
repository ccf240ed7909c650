/**
 * Reads manifests — files, folders, stdin — into resources that remember where they are written.
 *
 * The text of a stream is parsed once, document by document (yaml's Parser + Composer), and each
 * document is kept only as plain data plus its offset range: no YAML syntax tree stays in memory.
 * `positionOf` reads block-style YAML (what helm and kustomize write) line by line from the kept
 * text, and re-parses the one document it is asked about for anything else (flow style, anchors).
 *
 * One bad document never stops the others: syntax errors, leftover template syntax, alias bombs and
 * absurd nesting each become a finding for that document, and reading goes on with the next one.
 * `loadText` is pure; the I/O (files, folders, stdin) is at the bottom of this module.
 */
import type { Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  Composer,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Parser,
  type Document,
  type Node,
  type Pair,
  type ScalarTag,
  type Tags,
  type YAMLMap,
} from 'yaml';
import { UsageError } from '../errors.js';
import { isRecord, stringMap } from '../k8s/labels.js';
import type { Finding, JsonObject, Path, Position, Resource } from '../model/index.js';
import { rule as inputUnreadable } from './rules/input-unreadable.js';
import { rule as resourceSkipped } from './rules/resource-skipped.js';
import { rule as unrenderedTemplate } from './rules/unrendered-template.js';
import { rule as yamlSyntax } from './rules/yaml-syntax.js';

export interface LoadOptions {
  /** Namespace of resources that name none (the CLI's --namespace). */
  defaultNamespace: string;
  /** Larger inputs are an `input-unreadable` finding instead of being read. Default 64 MiB. */
  maxFileBytes?: number;
}

export interface LoadResult {
  resources: Resource[];
  findings: Finding[];
}

/** Large enough for a 50,000-resource `helm template` stream, small enough to stay well under 1 GB. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
/** The file name findings give for '-'. */
export const STDIN_FILE = '<stdin>';
/** Aliases expand to shared values; beyond this many a document is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 1000;

/** Built-in kinds that live outside namespaces: their resources have namespace ''. */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ClusterTrustBundle',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'DeviceClass',
  'FlowSchema',
  'IngressClass',
  'IPAddress',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'ResourceSlice',
  'RuntimeClass',
  'SelfSubjectAccessReview',
  'SelfSubjectReview',
  'SelfSubjectRulesReview',
  'ServiceCIDR',
  'StorageClass',
  'StorageVersion',
  'StorageVersionMigration',
  'SubjectAccessReview',
  'TokenReview',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
  'VolumeAttributesClass',
]);

// ---------------------------------------------------------------------------------------------
// Text -> resources (pure)

/** Parse one text (a file's content or stdin) into resources and loader findings. */
export function loadText(text: string, file: string, options: LoadOptions): LoadResult {
  const source = new SourceText(file, text);
  const result: LoadResult = { resources: [], findings: [] };
  const templates = new TemplateScanner(text);
  withPlainEnv(() =>
    forEachDocument(text, {
      document(document, base) {
        readDocument(source, document, base, templates, options, result);
      },
      unreadable(start, message, hint) {
        result.findings.push(loaderFinding(yamlSyntax.meta, source, start, '', message, hint));
      },
    }),
  );
  return result;
}

const PLAIN_ENV: NodeJS.ProcessEnv = {};

/**
 * yaml's Parser looks up process.env.LOG_TOKENS for every token, and process.env is a native
 * object whose lookups are slow: about a fifth of all parsing time. Parsing is synchronous, so for
 * its duration a plain object stands in — no other code runs meanwhile — and the real one is back
 * before anything else can look.
 */
function withPlainEnv<T>(parse: () => T): T {
  const env = process.env;
  process.env = PLAIN_ENV;
  try {
    return parse();
  } finally {
    process.env = env;
  }
}

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

/** The YAML reading options (see above); yaml's own warnings stay quiet, problems are findings. */
const COMPOSE_OPTIONS = {
  merge: true,
  customTags: (tags: Tags) => [GO_YAML_BOOL, GO_YAML_OCTAL, ...tags],
  logLevel: 'error',
  prettyErrors: false,
} as const;

interface DocumentVisitor {
  /** A composed document; its offsets are relative to `base`, the start of the chunk it was read from. */
  document(document: Document.Parsed, base: number): void;
  /** A part of the text that could not be read at all (nesting deeper than the parser's stack). */
  unreadable(start: number, message: string, hint: string): void;
}

/**
 * Every document of the stream. The text is cut at `---` lines first — YAML forbids them inside any
 * value, so they always start a document — and each piece is parsed on its own: an unclosed quote
 * or bracket cannot run on into the next document, and a document that overflows the parser's
 * stack (absurd nesting) loses only itself.
 */
function forEachDocument(text: string, visitor: DocumentVisitor): void {
  const starts = chunkStarts(text);
  for (let index = 0; index < starts.length; index++) {
    readChunk(text, starts[index]!, starts[index + 1] ?? text.length, visitor);
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

function readChunk(text: string, start: number, end: number, visitor: DocumentVisitor): void {
  const chunk = start === 0 && end === text.length ? text : text.slice(start, end);
  try {
    for (const document of composeAll(chunk)) visitor.document(document, start);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    visitor.unreadable(contentStart(text, start, end), TOO_DEEP.message, TOO_DEEP.hint);
  }
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

const TOO_DEEP = {
  message: 'YAML nested too deeply to read: no Kubernetes object nests hundreds of levels deep',
  hint: 'the file is probably generated wrongly: fix the generator, or leave the file out of the manifests',
};

const ALIAS_BOMB = {
  message: `YAML aliases expand beyond ${MAX_ALIAS_COUNT} values (a "billion laughs" expansion?); not read`,
  hint: 'write the values out instead of nesting aliases (*name) of aliases',
};

function readDocument(
  source: SourceText,
  document: Document.Parsed,
  base: number,
  templates: TemplateScanner,
  options: LoadOptions,
  result: LoadResult,
): void {
  const start = base + document.range[0];
  const end = base + document.range[2];
  const hasBraces = templates.within(start, end);

  if (document.errors.length > 0) {
    // Template syntax is the likely cause of the error: say that, not a misleading syntax error.
    const template = hasBraces ? templateInBrokenText(source.text, start, end) : -1;
    if (template >= 0) {
      result.findings.push(templateFinding(source, template));
      return;
    }
    const error = document.errors[0]!;
    const { message, hint } = describeYamlError(error.code, error.message);
    let at = base + error.pos[0];
    // An unclosed quote is noticed where the text ends: point at the quote that was left open.
    const quote = /Missing closing (["'])/.exec(error.message)?.[1];
    if (quote) at = openingQuote(source.text, start, at, quote);
    // Too deep is said of the whole document, not of the level where the stack ran out.
    if (message === TOO_DEEP.message) at = contentStart(source.text, base, end);
    result.findings.push(loaderFinding(yamlSyntax.meta, source, at, '', message, hint));
    return;
  }

  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return; // empty document

  if (hasBraces) {
    const template = templateInDocument(source.text, base, contents);
    if (template >= 0) {
      result.findings.push(templateFinding(source, template));
      return;
    }
  }

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand beyond maxAliasCount.
    if (!isStackOverflow(error) && !(error instanceof ReferenceError)) throw error;
    const { message, hint } = isStackOverflow(error) ? TOO_DEEP : ALIAS_BOMB;
    result.findings.push(
      loaderFinding(yamlSyntax.meta, source, objectStartOf(document, base), '', message, hint),
    );
    return;
  }

  const objectStart = objectStartOf(document, base);
  if (!isRecord(value)) {
    result.findings.push(notAnObject(source, objectStart, value));
    return;
  }
  const locator = new DocumentLocator(source, base, start, end, objectStart);

  const kind = value.kind;
  if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(value.items)) {
    // A List (kubectl get -o yaml, kustomize): every item is a resource of its own.
    const itemNodes = isMap(contents) ? listItemNodes(contents) : [];
    value.items.forEach((item: unknown, index: number) => {
      const itemStart = base + (itemNodes[index]?.range?.[0] ?? objectStart - base);
      if (!isRecord(item)) {
        result.findings.push(notAnObject(source, itemStart, item, `${kind} item ${index}`));
        return;
      }
      const resource = makeResource(source, item, itemStart, locator, ['items', index], options);
      if (resource) result.resources.push(resource);
      else result.findings.push(notAResource(source, itemStart, item, `${kind} item ${index}`));
    });
    return;
  }

  const resource = makeResource(source, value, objectStart, locator, [], options);
  if (resource) result.resources.push(resource);
  else result.findings.push(notAResource(source, objectStart, value));
}

function listItemNodes(contents: YAMLMap): (Node | null)[] {
  const items = contents.get('items', true);
  return isSeq(items) ? (items.items as (Node | null)[]) : [];
}

function makeResource(
  source: SourceText,
  object: JsonObject,
  start: number,
  locator: DocumentLocator,
  prefix: Path,
  options: LoadOptions,
): Resource | undefined {
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== 'string' || !apiVersion || typeof kind !== 'string' || !kind) return undefined;
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const clusterScoped = CLUSTER_SCOPED_KINDS.has(kind);
  const namespace = clusterScoped
    ? ''
    : typeof metadata.namespace === 'string' && metadata.namespace
      ? metadata.namespace
      : options.defaultNamespace;
  // generateName resources have no name yet: show the prefix ("Job/ci/migrate-*") in reports.
  const shownName = name || (typeof metadata.generateName === 'string' ? `${metadata.generateName}*` : '');
  const position = source.position(start);
  return {
    apiVersion,
    kind,
    name,
    namespace,
    id: clusterScoped ? `${kind}/${shownName}` : `${kind}/${namespace}/${shownName}`,
    labels: stringMap(metadata.labels),
    annotations: stringMap(metadata.annotations),
    object,
    file: source.file,
    line: position.line,
    column: position.column,
    positionOf:
      prefix.length === 0
        ? (path) => locator.positionOf(path)
        : (path) => locator.positionOf([...prefix, ...path]),
  };
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return 'not a mapping';
}

function notAnObject(source: SourceText, start: number, value: unknown, what = 'the document'): Finding {
  return loaderFinding(
    resourceSkipped.meta,
    source,
    start,
    '',
    `${what} is ${describeValue(value)}, not a Kubernetes object: skipped`,
    'a manifest document is a mapping with apiVersion, kind and metadata; leave other YAML out of the inputs',
  );
}

function notAResource(source: SourceText, start: number, object: JsonObject, what = 'the document'): Finding {
  const missing = ['apiVersion', 'kind'].filter((key) => typeof object[key] !== 'string' || !object[key]);
  return loaderFinding(
    resourceSkipped.meta,
    source,
    start,
    '',
    `${what} has no ${missing.join(' and ')}: not a Kubernetes object, skipped`,
    `add ${missing.join(' and ')} if it is a manifest; otherwise leave the file out of the inputs ` +
      '(values files, kustomization.yaml and the like are not manifests)',
  );
}

// ---------------------------------------------------------------------------------------------
// Leftover template syntax

// Helm's own objects and functions: in a rendered manifest these never survive, while `{{ $labels }}`
// (Prometheus alerts), `{{ .Status }}` (Alertmanager) or `{{workflow.name}}` (Argo) legitimately do.
const HELM_ACTION =
  /\{\{[^}]*?(?:\$?\.(?:Values|Release|Chart|Capabilities|Files|Template)\b|\b(?:include|tpl|toYaml|required|lookup)\b)/;
// Where YAML itself cannot hold `{{`: at the start of a line or of an unquoted value.
const UNQUOTED_ACTION = /(?:^[ \t]*(?:-[ \t]+)?|:[ \t]+)\{\{/m;

/** Finds `{{` without scanning the same text twice: documents come in order. */
class TemplateScanner {
  private next = -1;
  constructor(private readonly text: string) {}
  within(start: number, end: number): boolean {
    if (this.next < start) {
      const found = this.text.indexOf('{{', start);
      this.next = found < 0 ? Number.POSITIVE_INFINITY : found;
    }
    return this.next < end;
  }
}

/** In a document YAML could not read: where the template syntax is, or -1. */
function templateInBrokenText(text: string, start: number, end: number): number {
  const slice = text.slice(start, end);
  const helm = HELM_ACTION.exec(slice);
  const unquoted = UNQUOTED_ACTION.exec(slice);
  const at = Math.min(helm?.index ?? Infinity, unquoted ? unquoted.index + unquoted[0].length - 2 : Infinity);
  return at === Infinity ? -1 : start + at;
}

/** In a document YAML did read: the offset of the first template action, or -1. */
function templateInDocument(text: string, base: number, contents: Node): number {
  let first = Number.POSITIVE_INFINITY;
  const stack: unknown[] = [contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isScalar(node) && node.range) {
      const from = base + node.range[0];
      const match = HELM_ACTION.exec(text.slice(from, base + node.range[1]));
      if (match) first = Math.min(first, from + match.index);
    } else if (isMap(node) || isSeq(node)) {
      // `key: {{ .x }}` reads as a flow mapping inside a flow mapping: no manifest is written so.
      const at = base + (node.range?.[0] ?? 0);
      if (node.flow && text.startsWith('{{', at)) first = Math.min(first, at);
      for (const item of node.items as unknown[]) {
        if (isMap(node)) stack.push((item as Pair).key, (item as Pair).value);
        else stack.push(item);
      }
    }
  }
  return first === Number.POSITIVE_INFINITY ? -1 : first;
}

function templateFinding(source: SourceText, offset: number): Finding {
  const lineEnd = source.text.indexOf('\n', offset);
  const written = source.text.slice(offset, lineEnd < 0 ? undefined : lineEnd).trim();
  const shown = written.length > 60 ? `${written.slice(0, 57)}...` : written;
  return loaderFinding(
    unrenderedTemplate.meta,
    source,
    offset,
    '',
    `template syntax left in the manifest: ${shown}; the document is not checked further`,
    'validate the rendered output (helm template … | slo-gate validate -), not the chart sources; ' +
      'if the braces are meant literally (an alert template, say), quote the whole value',
  );
}

// ---------------------------------------------------------------------------------------------
// YAML errors

/** The last `quote` before `at` that is not escaped inside the string it opens (\" or ''). */
function openingQuote(text: string, start: number, at: number, quote: string): number {
  for (
    let index = text.lastIndexOf(quote, at - 1);
    index >= start;
    index = text.lastIndexOf(quote, index - 1)
  ) {
    const escaped =
      quote === '"' ? text[index - 1] === '\\' : text[index - 1] === "'" || text[index + 1] === "'";
    if (!escaped) return index;
    if (quote === "'") index--; // skip both quotes of ''
  }
  return at;
}

function describeYamlError(code: string, raw: string): { message: string; hint: string } {
  const detail = raw.replace(/\s*\n[\s\S]*$/, '').replace(/ at line \d+, column \d+:?$/, '');
  if (/call stack/i.test(detail)) return TOO_DEEP;
  const message = `YAML syntax error: ${detail}`;
  switch (code) {
    case 'DUPLICATE_KEY':
      return { message, hint: 'remove one of the two keys: kubectl rejects a mapping that repeats a key' };
    case 'TAB_AS_INDENT':
      return { message, hint: 'indent with spaces; YAML does not allow tabs for indentation' };
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return {
        message,
        hint: 'define the anchor (&name) before the alias (*name) that uses it, in the same document',
      };
    case 'MISSING_CHAR':
      return { message, hint: 'close the quote or bracket that starts here' };
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        message,
        hint: 'a key must fit on one line: check for a missing colon or a quote left open above',
      };
    default:
      return {
        message,
        hint: 'fix the YAML here: wrong indentation, a missing colon, or an unclosed quote or bracket are the usual causes',
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Positions

/** A file's text with the offsets of its line starts, for offset -> line/column. */
class SourceText {
  private lineStarts: number[] | undefined;
  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  position(offset: number): Position {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  /**
   * The document re-read last, so that a burst of findings on one resource parses it once. One
   * only: a larger cache keeps documents alive across garbage collections, and they then pile up
   * in the old generation (measured: 3x the memory when every resource has a finding).
   */
  lastDocument: { start: number; document: Document.Parsed | null } | undefined;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** Where paths of one document are written, found in the kept text of the file. */
class DocumentLocator {
  constructor(
    private readonly source: SourceText,
    private readonly sliceStart: number,
    private readonly start: number,
    private readonly end: number,
    /** Where the document's value (its root mapping) starts. */
    private readonly root: number,
  ) {}

  positionOf(path: Path): Position {
    // Plain block-style YAML (what helm and kustomize write) is located by reading its lines;
    // anything else (flow style, anchors, tags, merges) by re-reading the document.
    let offset = scanOffsetOf(this.source.text, this.root, this.end, path);
    if (offset === undefined) {
      const document = this.document();
      const relative = document ? offsetOf(document, path) : undefined;
      offset = relative === undefined ? this.root : this.sliceStart + relative;
    }
    return this.source.position(offset);
  }

  private document(): Document.Parsed | null {
    const last = this.source.lastDocument;
    if (last && last.start === this.start) return last.document;
    let document: Document.Parsed | null = null;
    try {
      const slice = this.source.text.slice(this.sliceStart, this.end);
      for (const candidate of withPlainEnv(() => [...composeAll(slice)])) {
        if (this.sliceStart + candidate.range[0] === this.start) document = candidate;
      }
    } catch {
      // it was read once, so this does not happen; positions then fall back to the document start
    }
    this.source.lastDocument = { start: this.start, document };
    return document;
  }
}

/**
 * Where the value at `path` is written, as an offset into the document's text: a scalar's first
 * character; for a mapping, a list or an empty value, the key that names it; for a path that is not
 * written, the nearest enclosing value that is.
 */
function offsetOf(document: Document.Parsed, path: Path): number | undefined {
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

function objectStartOf(document: Document.Parsed, base: number): number {
  return base + (document.contents?.range?.[0] ?? document.range[0]);
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

function scanOffsetOf(text: string, root: number, limit: number, path: Path): number | undefined {
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
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair as Pair;
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

function loaderFinding(
  meta: { id: string; severity: Finding['severity'] },
  source: SourceText,
  offset: number,
  resource: string,
  message: string,
  hint: string,
): Finding {
  const { line, column } = source.position(Math.max(0, Math.min(offset, source.text.length)));
  return {
    ruleId: meta.id,
    severity: meta.severity,
    file: source.file,
    line,
    column,
    resource,
    message,
    hint,
  };
}

// ---------------------------------------------------------------------------------------------
// Files, folders and stdin

const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Files, folders (recursive; .yaml .yml .json), and '-' for stdin, as one result in input order. */
export async function loadManifests(paths: string[], options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = { resources: [], findings: [] };
  const add = (part: LoadResult) => {
    for (const resource of part.resources) result.resources.push(resource);
    for (const finding of part.findings) result.findings.push(finding);
  };
  for (const path of paths) {
    if (path === '-') {
      if (process.stdin.isTTY) {
        throw new UsageError("'-' reads manifests from stdin, but stdin is a terminal", {
          fix: 'pipe them in: helm template … | slo-gate validate -',
        });
      }
      add(await loadStream(process.stdin, STDIN_FILE, options));
      continue;
    }
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      throw new UsageError(`${path}: ${describeFsError(error)}`, {
        fix: 'give an existing file or folder, or - for stdin',
      });
    }
    if (stats.isDirectory()) {
      const files: string[] = [];
      const findings: Finding[] = [];
      await collectFolder(path, files, findings, new Set());
      if (files.length === 0 && findings.length === 0) {
        throw new UsageError(`${path}: no .yaml, .yml or .json files in this folder or below`, {
          fix: 'give the folder that holds the manifests (dot-folders and node_modules are skipped)',
        });
      }
      for (const finding of findings) result.findings.push(finding);
      for (const file of files) add(await loadFile(file, options));
    } else {
      add(await loadFile(path, options, stats));
    }
  }
  return result;
}

/** Reads a stream (stdin) up to the size limit; larger input is a finding, not a crash. */
export async function loadStream(stream: Readable, file: string, options: LoadOptions): Promise<LoadResult> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > limit) {
        stream.destroy();
        return unreadable(file, `is larger than the ${formatBytes(limit)} limit`, TOO_LARGE_HINT);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    return unreadable(file, `cannot be read: ${describeFsError(error)}`, UNREADABLE_HINT);
  }
  return loadBytes(Buffer.concat(chunks, size), file, options);
}

/** Checks that bytes are UTF-8 text, then parses them. */
export function loadBytes(bytes: Uint8Array, file: string, options: LoadOptions): LoadResult {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (bytes.length > limit) {
    return unreadable(
      file,
      `is ${formatBytes(bytes.length)}, over the ${formatBytes(limit)} limit`,
      TOO_LARGE_HINT,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return unreadable(file, 'is UTF-16 text, not UTF-8', 'save the file as UTF-8 (without BOM)');
  }
  if (bytes.indexOf(0) >= 0) {
    return unreadable(file, 'is a binary file, not YAML text', 'give only YAML or JSON manifests as inputs');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return unreadable(
      file,
      'is not UTF-8 text',
      'save the file as UTF-8 (Kubernetes reads manifests as UTF-8)',
    );
  }
  return loadText(text, file, options);
}

const TOO_LARGE_HINT = 'split the manifests into several files, or raise the size limit';
const UNREADABLE_HINT = 'check the file permissions, or leave the file out of the inputs';

async function loadFile(file: string, options: LoadOptions, known?: Stats): Promise<LoadResult> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  try {
    const stats = known ?? (await stat(file));
    if (stats.isFile()) {
      // Checked before reading: a huge file is never loaded into memory.
      if (stats.size > limit) {
        return unreadable(
          file,
          `is ${formatBytes(stats.size)}, over the ${formatBytes(limit)} limit`,
          TOO_LARGE_HINT,
        );
      }
      return loadBytes(await readFile(file), file, options);
    }
    // A pipe given by name (e.g. <(helm template …)): read it as a stream, with the same limit.
    const { createReadStream } = await import('node:fs');
    return await loadStream(createReadStream(file), file, options);
  } catch (error) {
    return unreadable(file, `cannot be read: ${describeFsError(error)}`, UNREADABLE_HINT);
  }
}

/** Manifest files below `folder`, in sorted order; folders that cannot be listed become findings. */
async function collectFolder(
  folder: string,
  files: string[],
  findings: Finding[],
  visited: Set<string>,
): Promise<void> {
  let names: string[];
  try {
    const real = await realpath(folder);
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    names = (await readdir(folder)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    findings.push(
      ...unreadable(folder, `cannot be listed: ${describeFsError(error)}`, UNREADABLE_HINT).findings,
    );
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(folder, name);
    const isManifest = MANIFEST_EXTENSIONS.has(extname(name).toLowerCase());
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      // A broken link named like a manifest was meant to be read: say so.
      if (isManifest)
        findings.push(
          ...unreadable(path, `cannot be read: ${describeFsError(error)}`, UNREADABLE_HINT).findings,
        );
      continue;
    }
    if (stats.isDirectory()) await collectFolder(path, files, findings, visited);
    else if (stats.isFile() && isManifest) files.push(path);
  }
}

function unreadable(file: string, detail: string, hint: string): LoadResult {
  return {
    resources: [],
    findings: [
      {
        ruleId: inputUnreadable.meta.id,
        severity: inputUnreadable.meta.severity,
        file,
        line: 1,
        column: 1,
        resource: '',
        message: `${file} ${detail}`,
        hint,
      },
    ],
  };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a folder';
    default:
      return (error as Error | undefined)?.message ?? String(error);
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${bytes} bytes`;
}
