/**
 * Turns schema issues into one user-facing UsageError that points at the YAML that caused it.
 *
 * Schemas carry their wording in the issue message, encoded by the helpers below: what the value
 * must be and how to fix it. The "got ..." part is taken from the YAML source as written, so the
 * user sees their own text (never for secrets).
 */
import type { Document } from 'yaml';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import type { Path, Position } from '../model/index.js';
import { redact } from '../text/redact.js';
import { closestKey } from '../text/suggest.js';
import {
  describeWritten,
  hasPath,
  keyNodeAt,
  nodeAt,
  offsetPosition,
  positionOf,
  type YamlSource,
} from './yaml-source.js';

interface ExpectedValue {
  kind: 'expected';
  /** Completes "<path> must be ...". */
  expected: string;
  fix: string;
  /** Do not echo the written value (passwords, header values). */
  secret?: boolean;
}
interface AllowedKeys {
  kind: 'keys';
  allowed: string[];
  expected: string;
  fix: string;
}
interface CustomProblem {
  kind: 'custom';
  /** Completes "<path> ...", e.g. "needs exactly one of ...". */
  detail: string;
  fix: string;
}
type Wording = ExpectedValue | AllowedKeys | CustomProblem;

const MARK = '\u0000slo-gate:';
const encode = (wording: Wording): string => MARK + JSON.stringify(wording);

/** Error option for a schema or check: `z.number(expect('a number', 'write 3'))`. */
export function expect(expected: string, fix: string, options: { secret?: boolean } = {}) {
  const message = encode({ kind: 'expected', expected, fix, ...options });
  return { error: () => message };
}

/** Error option for a strict object: unknown keys get a "did you mean" against `allowed`. */
export function mappingOf(allowed: string[], expected: string, fix: string) {
  const message = encode({ kind: 'keys', allowed, expected, fix });
  return { error: () => message };
}

/** Message for an issue added by a refinement: `ctx.addIssue({ code: 'custom', message: problem(...) })`. */
export function problem(detail: string, fix: string): string {
  return encode({ kind: 'custom', detail, fix });
}

/** "slos[0].sli.events", `headers["X-Scope-OrgID"]`; empty for the top level. */
export function pathLabel(path: Path): string {
  let label = '';
  for (const part of path) {
    if (typeof part === 'number') label += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) label += label ? `.${part}` : part;
    else label += `[${JSON.stringify(part)}]`;
  }
  return label;
}

interface Located {
  error: UsageError;
  position: Position;
  unknownKey: boolean;
}

/**
 * The UsageError for the issue written first in the file (the one a reader meets first). Unknown
 * keys come before everything else: a misspelt key also makes the real key look missing, and the
 * typo is the message that helps.
 */
export function firstIssueError(
  source: YamlSource,
  document: Document.Parsed,
  issues: z.core.$ZodIssue[],
  basePath: Path = [],
): UsageError {
  const located = issues.flatMap((issue) => locateIssue(source, document, issue, basePath));
  located.sort(
    (a, b) =>
      Number(b.unknownKey) - Number(a.unknownKey) ||
      a.position.line - b.position.line ||
      a.position.column - b.position.column,
  );
  const first = located[0];
  if (!first) throw new Error('firstIssueError called without issues');
  return first.error;
}

function locateIssue(
  source: YamlSource,
  document: Document.Parsed,
  issue: z.core.$ZodIssue,
  basePath: Path,
): Located[] {
  const path: Path = [
    ...basePath,
    ...issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
  ];
  const wording = decode(issue.message);
  const at = (position: Position, detail: string, fix?: string): Located => ({
    position,
    unknownKey: issue.code === 'unrecognized_keys',
    error: new UsageError(detail, { file: source.file, line: position.line, column: position.column, fix }),
  });

  if (issue.code === 'unrecognized_keys') {
    const allowed = wording?.kind === 'keys' ? wording.allowed : [];
    const where = path.length ? `in ${pathLabel(path)}` : 'at the top level';
    return issue.keys.map((key) => {
      const keyNode = keyNodeAt(document, [...path, key]);
      const position = keyNode?.range
        ? offsetPosition(source, keyNode.range[0])
        : positionOf(source, document, path);
      const suggestion = closestKey(key, allowed);
      return suggestion
        ? at(position, `unknown key "${key}" ${where} — did you mean "${suggestion}"?`)
        : at(
            position,
            `unknown key "${key}" ${where}`,
            `remove it; the keys allowed here are: ${allowed.join(', ')}`,
          );
    });
  }

  const label = pathLabel(path) || 'the top level';
  const position = positionOf(source, document, path);
  if (!wording) {
    // A schema without its own wording: still one line with the place and zod's message.
    return [at(position, `${label}: ${issue.message}`)];
  }
  if (wording.kind === 'custom') return [at(position, `${label} ${wording.detail}`, wording.fix)];
  if (!hasPath(document, path)) {
    return [at(position, `${label} is missing: it must be ${wording.expected}`, wording.fix)];
  }
  const secret = wording.kind === 'expected' && wording.secret;
  const got = secret ? '' : `, got ${redactCredentials(describeWritten(source, nodeAt(document, path)))}`;
  return [at(position, `${label} must be ${wording.expected}${got}`, wording.fix)];
}

function decode(message: string): Wording | undefined {
  if (!message.startsWith(MARK)) return undefined;
  return JSON.parse(message.slice(MARK.length)) as Wording;
}

/** `https://user:pass@host` -> `https://***@host`, and every registered secret: credentials never reach a message. */
export function redactCredentials(text: string): string {
  return redact(text);
}
