/**
 * The `report` input: a JSON report written by an earlier slo-gate run (its report-file output),
 * published here without evaluating anything — the fork-safe `workflow_run` commenter. The file came
 * from an artifact a pull request's workflow uploaded, so it is untrusted: size-capped and checked
 * against the report schema before anything renders it.
 */
import { readFile, stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { ReportSchema, type Report } from '../model/index.js';

const MAX_BYTES = 20 * 1024 * 1024;

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
  const parsed = ReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(
      `is not a slo-gate report (${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'invalid'})`,
    );
  }
  return parsed.data;
}
