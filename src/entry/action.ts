/**
 * The GitHub Action shell (dist/index.js): reads the inputs, masks the secrets, runs the gate (or
 * loads an earlier run's report) and hands the Report to the GitHub sinks. No gate logic lives here.
 * Only the manifests' schema validators load lazily (./schema-check.ts), so a run without manifests
 * reaches Prometheus quickly.
 */
import * as core from '@actions/core';
import { UsageError } from '../errors.js';
import { runGate } from '../gate/run.js';
import { readInputs, secretHeaderValues } from '../github/inputs.js';
import { printPlain, publish } from '../github/publish.js';
import { readPublishedReport } from '../github/report-input.js';
import { loadSchemaCheck } from './schema-check.js';

async function main(): Promise<void> {
  // Masked before anything else can print them.
  const secrets = [core.getInput('prometheus-token'), core.getInput('github-token')].filter(Boolean);
  secrets.forEach((secret) => core.setSecret(secret));
  const inputs = readInputs((name) => core.getInput(name));
  const headerSecrets = secretHeaderValues(inputs.prometheusHeaders);
  headerSecrets.forEach((secret) => core.setSecret(secret));
  secrets.push(...headerSecrets);

  if (inputs.report) {
    const report = await readPublishedReport(inputs.report);
    await publish({ report, inputs, mode: inputs.mode ?? 'enforce', env: process.env, secrets });
    return;
  }

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
    // The summary's charts; without a summary file there is nowhere to draw them.
    histories: inputs.summary && Boolean(process.env.GITHUB_STEP_SUMMARY),
    loadSchemaCheck,
  });
  await publish({
    report: run.report,
    inputs,
    mode: run.config.mode,
    gate: { histories: run.histories },
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
