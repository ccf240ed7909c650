/** What every importer shares: one document to read, and the wording of what slo-gate cannot read. */
import type { UsageError } from '../../errors.js';
import type { Path } from '../../model/index.js';
import { firstIssueError, pathLabel } from '../issues.js';
import { errorAt, type DocumentContext } from '../resolve.js';
import type { z } from 'zod';

/** One document of a file, its plain value and where it came from. */
export interface SpecDocument {
  context: DocumentContext;
  value: Record<string, unknown>;
}

/**
 * The one sentence for a feature of another format that slo-gate cannot measure, at the place it
 * is written. Every such message says "is not supported", so a reader (and a script) can tell it
 * apart from a mistake in the file.
 */
export function unsupported(
  context: DocumentContext,
  path: Path,
  what: string,
  why: string,
  fix: string,
): UsageError {
  const label = pathLabel(path);
  return errorAt(context, path, `${label ? `${label}: ` : ''}${what} is not supported: ${why}`, fix);
}

/** The document's value checked against `schema`, or the first issue as a UsageError at file:line. */
export function parseWith<Schema extends z.ZodType>(
  schema: Schema,
  { context, value }: SpecDocument,
): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw firstIssueError(context.source, context.document, parsed.error.issues);
  }
  return parsed.data;
}

/** 0.999 -> 99.9: OpenSLO writes objectives as fractions, slo-gate's SLO builder takes percent. */
export function fractionToPercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
