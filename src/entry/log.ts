/** Progress and warnings of the CLI and the hook: one line each on stderr, stdout being the report's. */
export function log(message: string): void {
  process.stderr.write(`slo-gate: ${message}\n`);
}
