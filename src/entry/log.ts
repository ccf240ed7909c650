import { redact, stripControlCharacters } from '../text/redact.js';

/**
 * Progress and warnings of the CLI and the hook: one line each on stderr, stdout being the report's.
 * Messages quote servers and manifests: secrets and control characters never reach the terminal.
 */
export function log(message: string): void {
  process.stderr.write(`slo-gate: ${stripControlCharacters(redact(message))}\n`);
}
