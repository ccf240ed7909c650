/**
 * The GitHub Action shell (dist/index.js): reads the inputs, masks the secrets, runs the gate (or
 * loads an earlier run's report) and hands the Report to the GitHub sinks. No gate logic lives here.
 * Only the manifests' schema validators load lazily (./schema-check.ts), so a run without manifests
 * reaches Prometheus quickly.
 */
import * as core from '@actions/core';
import { UsageError } from '../errors.js';
import { runGate } from '../gate/run.js';
import { readInputs } from '../github/inputs.js';
import { printPlain, publish } from '../github/publish.js';
import { readPublishedReport } from '../github/report-input.js';
import { redact, registerSecret, registerUrlCredentials } from '../text/redact.js';
import { withProgress } from './progress.js';
import { loadSchemaCheck } from './schema-check.js';

async function main(): Promise<void> {
  // Masked in the runner's log and registered with the redaction layer before anything can print them.
  const secrets: string[] = [];
  const keepSecret = (secret: string) => {
    if (!secret) return;
    core.setSecret(secret);
    registerSecret(secret);
    secrets.push(secret);
  };
  keepSecret(core.getInput('prometheus-token'));
  keepSecret(core.getInput('github-token'));
  registerUrlCredentials(core.getInput('prometheus-url'));
  const inputs = readInputs((name) => core.getInput(name));
  // Every header value, whatever its name: a tenant's X-Auth-Token is as secret as Authorization.
  Object.values(inputs.prometheusHeaders).forEach(keepSecret);

  if (inputs.report) {
    const report = await readPublishedReport(inputs.report);
    await publish({ report, inputs, mode: inputs.mode ?? 'enforce', env: process.env, secrets });
    return;
  }

  const print = (message: string) => printPlain(`slo-gate: ${message}`);
  const run = await withProgress(core.isDebug(), print, (progress) =>
    runGate({
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
      maxDurationSeconds: inputs.maxDurationSeconds,
      log: print,
      verbose: core.isDebug(),
      progress,
      // The summary's charts; without a summary file there is nowhere to draw them.
      histories: inputs.summary && Boolean(process.env.GITHUB_STEP_SUMMARY),
      loadSchemaCheck,
    }),
  );
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
    core.setFailed(redact(error.message));
  } else {
    core.setFailed(
      redact(`slo-gate internal error (please report it): ${(error as Error)?.message ?? String(error)}`),
    );
    if (error instanceof Error && error.stack) core.debug(redact(error.stack));
  }
}
