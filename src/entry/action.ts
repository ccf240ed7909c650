/**
 * The GitHub Action shell (dist/index.js): reads the inputs, masks the secrets, runs the gate (or
 * loads an earlier run's report) and hands the Report to the GitHub sinks. No gate logic lives here.
 * Everything past the inputs loads lazily, so the step reaches Prometheus quickly.
 */
import * as core from '@actions/core';
import { UsageError } from '../errors.js';
import { readInputs, secretHeaderValues } from '../github/inputs.js';

async function main(): Promise<void> {
  // Masked before anything else can print them.
  const secrets = [core.getInput('prometheus-token'), core.getInput('github-token')].filter(Boolean);
  secrets.forEach((secret) => core.setSecret(secret));
  const inputs = readInputs((name) => core.getInput(name));
  const headerSecrets = secretHeaderValues(inputs.prometheusHeaders);
  headerSecrets.forEach((secret) => core.setSecret(secret));
  secrets.push(...headerSecrets);

  const { publish, printPlain } = await import('../github/publish.js');
  if (inputs.report) {
    const { readPublishedReport } = await import('../github/report-input.js');
    const report = await readPublishedReport(inputs.report);
    await publish({ report, inputs, mode: inputs.mode ?? 'enforce', env: process.env, secrets });
    return;
  }

  const { runGate } = await import('../gate/run.js');
  const run = await runGate({
    configFile: inputs.config,
    scope: 'check',
    at: inputs.at,
    prometheusUrl: inputs.prometheusUrl,
    prometheusHeaders: inputs.prometheusHeaders,
    prometheusToken: inputs.prometheusToken,
    manifests: inputs.manifests,
    namespace: inputs.namespace,
    strictReferences: inputs.strictReferences,
    mode: inputs.mode,
    log: (message) => printPlain(`slo-gate: ${message}`),
    verbose: core.isDebug(),
  });
  await publish({
    report: run.report,
    inputs,
    mode: run.config.mode,
    gate: {
      histories: async (log) => {
        if (!run.client) return [];
        const { sloHistories } = await import('../gate/history.js');
        return sloHistories(run.report, run.config, run.client, run.at, { log });
      },
    },
    env: process.env,
    secrets,
  });
}

try {
  await main();
} catch (error) {
  // A user's mistake is one line; anything else is our bug and keeps its stack in the log.
  if (error instanceof UsageError) {
    core.setFailed(error.message);
  } else {
    core.setFailed(
      `slo-gate internal error (please report it): ${(error as Error)?.message ?? String(error)}`,
    );
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}
