import { writeFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { redact } from '../text/redact.js';

/** The report goes to stdout (nothing else does) or to --output FILE, without any registered secret. */
export async function writeReport(report: string, file: string | undefined): Promise<void> {
  const text = redact(report);
  if (!file) {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
    );
    return;
  }
  try {
    await writeFile(file, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot write the report to ${file} (${reason})`, {
      fix: 'pass --output a path in an existing, writable folder',
    });
  }
}
