import { redact } from './text/redact.js';

/**
 * A mistake in the gate's own usage or configuration: the CLI prints `message` as one line
 * (no stack trace) and exits 2. `file`/`line`/`column` point at the mistake, `fix` says what to write.
 */
export class UsageError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly fix?: string;

  constructor(detail: string, where: { file?: string; line?: number; column?: number; fix?: string } = {}) {
    super(formatUsageError(detail, where));
    this.name = 'UsageError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.fix = where.fix;
  }
}

/** `file:line:column: detail. Fix: ...` — the one line a user sees. */
export function formatUsageError(
  detail: string,
  where: { file?: string; line?: number; column?: number; fix?: string },
): string {
  let location = where.file ?? '';
  if (where.file && where.line) location += `:${where.line}`;
  if (where.file && where.line && where.column) location += `:${where.column}`;
  const head = location ? `${location}: ${detail}` : detail;
  return where.fix ? `${head} — fix: ${where.fix}` : head;
}

/**
 * What an entry point does with an error it did not expect to handle: a user's mistake is one line;
 * anything else is our bug and keeps its stack. Either way the exit code is 2.
 */
export function reportFailure(error: unknown, log: (message: string) => void): 2 {
  if (error instanceof UsageError) {
    log(redact(error.message));
    return 2;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`internal error (please report it): ${redact(detail)}`);
  return 2;
}

/**
 * The end of a switch that handles every member of a tagged union: `value` has type `never` only
 * when every case is handled, so a new member fails to compile until each switch handles it.
 */
export function unreachable(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
