/**
 * The `report` input: a JSON report written by an earlier slo-gate run (its report-file output),
 * published here without evaluating anything — the fork-safe `workflow_run` commenter. The file came
 * from an artifact a pull request's workflow uploaded, so it is untrusted: size-capped and checked
 * against the report schema before anything renders it.
 */
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import type { Report } from '../report/types.js';

const MAX_BYTES = 20 * 1024 * 1024;

const text = z.string().max(10_000);
const ratio = z.number().nullable();

const REPORT = z.object({
  verdict: z.enum(['pass', 'warn', 'block']),
  evaluatedAt: text,
  slos: z
    .array(
      z.object({
        name: text,
        objective: z.number(),
        window: text,
        status: z.enum(['pass', 'warn', 'block', 'nodata', 'error']),
        errorBudgetRemaining: ratio,
        burnRates: z.record(z.string().max(20), ratio),
        exhaustsIn: text.nullable(),
        reasons: z.array(text),
        queries: z.array(z.object({ window: text, promql: text })),
        warnings: z.array(text).optional(),
      }),
    )
    .max(10_000),
  findings: z
    .array(
      z.object({
        ruleId: text,
        severity: z.enum(['error', 'warning', 'info']),
        file: text,
        line: z.number().int(),
        column: z.number().int(),
        resource: text,
        message: text,
        hint: text.optional(),
      }),
    )
    .max(100_000),
  hints: z
    .array(z.object({ id: text, title: text, evidence: z.array(text), slo: text.optional() }))
    .max(10_000),
});

export async function readPublishedReport(file: string): Promise<Report> {
  const fail = (detail: string) =>
    new UsageError(`input report: ${file} ${detail}`, {
      fix: 'give the report-file written by an earlier slo-gate step (its `report-file` output)',
    });
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > MAX_BYTES) throw fail(`is larger than ${MAX_BYTES / 1024 / 1024} MiB`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw fail('is not JSON');
  }
  const parsed = REPORT.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(
      `is not a slo-gate report (${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'invalid'})`,
    );
  }
  return parsed.data;
}
