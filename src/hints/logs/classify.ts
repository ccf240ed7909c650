/**
 * Why a container crashed, read from the tail of its previous instance's log. Pure: text in, one
 * class out (or none). The pattern table below is the documented one (docs/hints.md): the first
 * row whose pattern occurs anywhere in the tail decides, so specific causes (a missing environment
 * variable raised as a Python KeyError) come before the generic crash of their runtime.
 *
 * Quoted lines pass through redactInlineSecrets: a log may print a connection string or a token.
 */
import { redactInlineSecrets } from '../../text/redact.js';

export type LogCauseKind =
  | 'exec-format'
  | 'java-oom'
  | 'missing-config'
  | 'address-in-use'
  | 'connection-refused'
  | 'permission-denied'
  | 'go-panic'
  | 'java-exception'
  | 'node-uncaught'
  | 'python-traceback';

export interface LogClass {
  kind: LogCauseKind;
  /** What the log says happened, in a few words: "Go panic: runtime error: ...". */
  summary: string;
  /** Where it happened, when the log names it: "main.ReadRoutines (/src/parse.go:76)". */
  frame?: string;
  /** The dependency a refused connection names: "postgres:5432". */
  dependency?: string;
  /** At most MAX_QUOTED_LINES lines of the log, as written but with secrets redacted. */
  quoted: string[];
}

/** Lines of the log a hint quotes at most. */
export const MAX_QUOTED_LINES = 3;
/** A quoted line is cut here. */
const MAX_LINE = 200;

interface Pattern {
  kind: LogCauseKind;
  /** For the docs table: what the row looks for. */
  looksFor: string;
  match(lines: string[]): Omit<LogClass, 'kind'> | undefined;
}

/** Index of the first line that matches, or -1. */
function find(lines: string[], pattern: RegExp, from = 0): number {
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]!)) return i;
  return -1;
}

function cut(line: string): string {
  const text = redactInlineSecrets(line.replace(/\s+$/, ''));
  return text.length > MAX_LINE ? `${text.slice(0, MAX_LINE - 1)}…` : text;
}

/** The lines at `indexes` (missing ones skipped, duplicates once), quoted. */
function quote(lines: string[], ...indexes: number[]): string[] {
  const seen = new Set<number>();
  const quoted: string[] = [];
  for (const i of indexes) {
    if (i < 0 || i >= lines.length || seen.has(i)) continue;
    seen.add(i);
    quoted.push(cut(lines[i]!.trim()));
  }
  return quoted.slice(0, MAX_QUOTED_LINES);
}

/** A simple one-line row: the first line matching `pattern` is the summary. */
function lineRow(
  kind: LogCauseKind,
  looksFor: string,
  pattern: RegExp,
  summary: (m: RegExpExecArray) => string,
  extra?: (m: RegExpExecArray) => Partial<LogClass>,
): Pattern {
  return {
    kind,
    looksFor,
    match(lines) {
      const i = find(lines, pattern);
      if (i < 0) return undefined;
      const m = pattern.exec(lines[i]!)!;
      return { summary: summary(m), quoted: quote(lines, i), ...extra?.(m) };
    },
  };
}

const GO_PANIC = /(?:^|\s)(panic|fatal error): (.+)$/;
const GO_GOROUTINE = /^goroutine \d+ \[[^\]]+\]:\s*$/;
const GO_FILE = /^\s+(\S+\.go:\d+)(?: \+0x[0-9a-f]+)?\s*$/;

const JAVA_OOM = /java\.lang\.OutOfMemoryError(?::\s*(.+))?/;
const JAVA_EXCEPTION =
  /^(?:Exception in thread "[^"]*" )?((?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error))(?::\s*(.*))?$/;
const JAVA_FRAME = /^\s*at ([\w$.<>]+)\(([^)]*)\)/;

const NODE_ERROR = /^(?:Uncaught )?((?:[A-Z]\w*)?Error)(?: \[(\w+)\])?: (.+)$/;
const NODE_FRAME = /^\s+at (.+)$/;
const NODE_MARK = /^(?:node:internal\/|Node\.js v\d+|\s+at .+\(node:internal\/)/m;

const PYTHON_START = /^Traceback \(most recent call last\):\s*$/;
const PYTHON_FRAME = /^\s+File "([^"]+)", line (\d+), in (\S+)/;
const PYTHON_ERROR = /^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)|KeyError)(?::\s*(.*))?$/;
const PYTHON_LIBRARY = /\/(?:site-packages|dist-packages|lib\/python\d[\d.]*)\//;

/** Python's frames run outermost first; the innermost one of the application's own code is where it broke. */
function pythonFrame(lines: string[], start: number, end: number): number {
  let own = -1;
  let any = -1;
  for (let i = start; i < end; i++) {
    const m = PYTHON_FRAME.exec(lines[i]!);
    if (!m) continue;
    any = i;
    if (!PYTHON_LIBRARY.test(m[1]!)) own = i;
  }
  return own >= 0 ? own : any;
}

function describePythonFrame(line: string): string | undefined {
  const m = PYTHON_FRAME.exec(line);
  return m ? `${m[3]} (${m[1]}:${m[2]})` : undefined;
}

/** The pattern table, in the order it is applied. */
export const LOG_PATTERNS: readonly Pattern[] = [
  lineRow(
    'exec-format',
    '"exec format error": the image was built for another CPU architecture',
    /exec format error/i,
    () => "the image's binary is for another CPU architecture (exec format error)",
  ),
  {
    kind: 'java-oom',
    looksFor: '`java.lang.OutOfMemoryError` (heap, metaspace, native threads)',
    match(lines) {
      const i = find(lines, JAVA_OOM);
      if (i < 0) return undefined;
      const what = JAVA_OOM.exec(lines[i]!)![1]?.trim();
      const frame = find(lines, JAVA_FRAME, i + 1);
      const frameMatch = frame >= 0 && frame <= i + 3 ? JAVA_FRAME.exec(lines[frame]!) : null;
      return {
        summary: `Java OutOfMemoryError${what ? `: ${what}` : ''}`,
        frame: frameMatch ? `${frameMatch[1]} (${frameMatch[2]})` : undefined,
        quoted: quote(lines, i, frameMatch ? frame : -1),
      };
    },
  },
  {
    kind: 'missing-config',
    looksFor:
      'a missing environment variable (Python `KeyError` from `os.environ`, "environment variable X is not set"), ' +
      'or a config file that does not exist ("open /etc/app/config.yaml: no such file or directory")',
    match(lines) {
      const environ = find(lines, /os\.environ\[\s*['"](\w+)['"]\s*\]/);
      const keyError = find(lines, /^KeyError: ['"](\w+)['"]/);
      if (environ >= 0 && keyError >= 0) {
        const name = /^KeyError: ['"](\w+)['"]/.exec(lines[keyError]!)![1];
        return {
          summary: `environment variable ${name} is not set`,
          frame: describePythonFrame(lines[environ - 1] ?? ''),
          quoted: quote(lines, environ, keyError),
        };
      }
      const unset =
        /(?:environment variable|env var(?:iable)?)\s+["'`]?([A-Za-z_]\w*)["'`]?\s+(?:is\s+)?(?:not set|missing|required|must be set|is empty)/i;
      const env = find(lines, unset);
      if (env >= 0)
        return {
          summary: `environment variable ${unset.exec(lines[env]!)![1]} is not set`,
          quoted: quote(lines, env),
        };
      const file =
        /(?:open|read|load(?:ing)?|stat)\s+["']?((?:\/|\.\/)[^\s:"']*(?:conf|config|settings|\.ya?ml|\.json|\.toml|\.ini|\.properties|\.env)[^\s:"']*)["']?:?\s*(?:no such file or directory|not found|ENOENT)/i;
      const missing = find(lines, file);
      if (missing >= 0)
        return {
          summary: `config file ${file.exec(lines[missing]!)![1]} does not exist`,
          quoted: quote(lines, missing),
        };
      return undefined;
    },
  },
  lineRow(
    'address-in-use',
    '"address already in use" (EADDRINUSE): two processes or containers bind one port',
    /address already in use|EADDRINUSE/i,
    (m) => `the port is taken: "${m.input.trim().slice(0, 120)}"`,
  ),
  {
    kind: 'connection-refused',
    looksFor: '"connection refused" (ECONNREFUSED) to a named host:port: a dependency down or not yet up',
    match(lines) {
      const i = find(lines, /connection refused|ECONNREFUSED/i);
      if (i < 0) return undefined;
      const target = /((?:[a-z0-9-]+\.)*[a-z0-9-]+|\d+\.\d+\.\d+\.\d+|\[[0-9a-f:]+\]):(\d{2,5})\b/i.exec(
        lines[i]!.replace(/^\S*\d{2}:\d{2}:\d{2}\S*\s*/, ''),
      );
      const dependency = target ? `${target[1]}:${target[2]}` : undefined;
      return {
        summary: `connection refused${dependency ? ` by ${dependency}` : ''}`,
        dependency,
        quoted: quote(lines, i),
      };
    },
  },
  lineRow(
    'permission-denied',
    '"permission denied" / EACCES / "operation not permitted": the user or a read-only filesystem',
    /permission denied|EACCES|operation not permitted/i,
    () => 'permission denied',
  ),
  {
    kind: 'go-panic',
    looksFor: 'Go `panic:` / `fatal error:` with the first frame of the goroutine that panicked',
    match(lines) {
      const i = find(lines, GO_PANIC);
      if (i < 0) return undefined;
      const m = GO_PANIC.exec(lines[i]!)!;
      const goroutine = find(lines, GO_GOROUTINE, i + 1);
      let frame: string | undefined;
      let frameLine = -1;
      if (goroutine >= 0) {
        const call = lines[goroutine + 1] ?? '';
        const file = GO_FILE.exec(lines[goroutine + 2] ?? '');
        const name = /^([^\s(]+(?:\([^)]*\))?[^\s(]*)\(/.exec(call)?.[1] ?? call.trim();
        if (name && file) {
          frame = `${name} (${file[1]})`;
          frameLine = goroutine + 2;
        }
      }
      return {
        summary: `Go ${m[1]}: ${m[2]!.trim()}`,
        frame,
        quoted: quote(lines, i, frameLine >= 0 ? frameLine - 1 : -1, frameLine),
      };
    },
  },
  {
    kind: 'java-exception',
    looksFor:
      'an uncaught Java exception ("Exception in thread "main" ...", a class name ending in Exception/Error with `at` frames)',
    match(lines) {
      for (let i = 0; i < lines.length; i++) {
        const m = JAVA_EXCEPTION.exec(lines[i]!.trim());
        if (!m) continue;
        const next = JAVA_FRAME.exec(lines[i + 1] ?? '');
        if (!next && !/^Exception in thread/.test(lines[i]!.trim())) continue;
        return {
          summary: `uncaught ${m[1]}${m[2] ? `: ${m[2]}` : ''}`,
          frame: next ? `${next[1]} (${next[2]})` : undefined,
          quoted: quote(lines, i, next ? i + 1 : -1),
        };
      }
      return undefined;
    },
  },
  {
    kind: 'node-uncaught',
    looksFor: 'a Node.js uncaught error (`Error: ...` with `at` frames and `node:internal` or `Node.js vNN`)',
    match(lines) {
      if (!NODE_MARK.test(lines.join('\n'))) return undefined;
      const i = find(lines, NODE_ERROR);
      if (i < 0) return undefined;
      const m = NODE_ERROR.exec(lines[i]!)!;
      let frameLine = -1;
      for (let j = i + 1; j < lines.length && NODE_FRAME.test(lines[j]!); j++) {
        if (!/node:internal\//.test(lines[j]!)) {
          frameLine = j;
          break;
        }
      }
      return {
        summary: `Node.js uncaught ${m[1]}${m[2] ? ` ${m[2]}` : ''}: ${m[3]}`,
        frame: frameLine >= 0 ? NODE_FRAME.exec(lines[frameLine]!)![1] : undefined,
        quoted: quote(lines, i, frameLine),
      };
    },
  },
  {
    kind: 'python-traceback',
    looksFor: 'a Python traceback: the exception on its last line and the innermost frame of the application',
    match(lines) {
      const start = find(lines, PYTHON_START);
      if (start < 0) return undefined;
      let error = -1;
      for (let i = start + 1; i < lines.length; i++) {
        if (PYTHON_ERROR.test(lines[i]!)) {
          error = i;
          break;
        }
      }
      const frame = pythonFrame(lines, start + 1, error >= 0 ? error : lines.length);
      const m = error >= 0 ? PYTHON_ERROR.exec(lines[error]!) : null;
      return {
        summary: m ? `Python ${m[1]}${m[2] ? `: ${m[2]}` : ''}` : 'Python traceback',
        frame: frame >= 0 ? describePythonFrame(lines[frame]!) : undefined,
        quoted: quote(lines, error, frame),
      };
    },
  },
];

/** The class of a log tail, or undefined when no row of the table matches. */
export function classifyLog(text: string): LogClass | undefined {
  const lines = text.split(/\r?\n/);
  for (const pattern of LOG_PATTERNS) {
    const found = pattern.match(lines);
    if (found) return { kind: pattern.kind, ...found };
  }
  return undefined;
}

/** The last non-empty lines of a log, for a hint when no pattern matches. */
export function lastLines(text: string, count = MAX_QUOTED_LINES): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(-count)
    .map(cut);
}
