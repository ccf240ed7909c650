// `npm test`: make sure a real Prometheus is installed, bundle dist/ (the CLI tests run what users
// run), run jest in ESM mode, and close with one plain line "tests: N passed, N failed, N skipped"
// that CI reads.
import './lib/require-node-24.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePrometheus } from './lib/prometheus.mjs';
import { VICTORIA_METRICS_INSTALL_COMMAND, ensureVictoriaMetrics } from './lib/victoria-metrics.mjs';

try {
  await ensurePrometheus({ log: (line) => process.stderr.write(`${line}\n`) });
} catch (error) {
  process.stderr.write(`npm test needs Prometheus: ${error.message}\n`);
  process.exit(1);
}

// VictoriaMetrics's scenario tests need its Debian package: CI fails without it, elsewhere they skip.
const victoriaMetrics = await ensureVictoriaMetrics({ log: (line) => process.stderr.write(`${line}\n`) });
if (!victoriaMetrics) {
  if (process.env.CI === 'true') {
    process.stderr.write(`npm test needs VictoriaMetrics in CI: ${VICTORIA_METRICS_INSTALL_COMMAND}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `victoria-metrics is not installed: its scenario tests will be skipped (${VICTORIA_METRICS_INSTALL_COMMAND})\n`,
  );
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) {
  process.stderr.write('npm test: the build failed\n');
  process.exit(1);
}

const resultsDir = mkdtempSync(join(tmpdir(), 'slo-gate-jest-'));
const resultsFile = join(resultsDir, 'results.json');
const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    '--json',
    `--outputFile=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
let summary = 'tests: 0 passed, 1 failed (jest wrote no results)';
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
  summary = `tests: ${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests} skipped`;
} catch {
  // keep the failure summary
}
rmSync(resultsDir, { recursive: true, force: true });
process.stdout.write(`\n${summary}\n`);
process.exit(jest.status ?? 1);
