// Typed entry point for tests: the real-VictoriaMetrics harness (scripts/lib/victoria-metrics.mjs).
import {
  VICTORIA_METRICS_INSTALL_COMMAND,
  findVictoriaMetrics,
} from '../../scripts/lib/victoria-metrics.mjs';

export { startVictoriaMetrics } from '../../scripts/lib/victoria-metrics.mjs';
export type { RunningVictoriaMetrics } from '../../scripts/lib/victoria-metrics.mjs';

/**
 * The victoria-metrics binary. Missing: in CI (CI=true) an error naming the install command; elsewhere
 * undefined, with the reason printed, and the caller skips its suite.
 */
export async function victoriaMetricsBinary(): Promise<string | undefined> {
  const binary = await findVictoriaMetrics();
  if (binary) return binary;
  const message = `victoria-metrics is not installed; install it with: ${VICTORIA_METRICS_INSTALL_COMMAND}`;
  if (process.env.CI === 'true') throw new Error(message);
  process.stderr.write(`skipping the VictoriaMetrics scenario tests: ${message}\n`);
  return undefined;
}
