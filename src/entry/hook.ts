#!/usr/bin/env node
/**
 * The Argo CD PreSync hook shell (dist/hook.js, the container's entry point): the environment
 * becomes the hook's settings, the core runs, the exit code is the verdict's — 0 pass or warn,
 * 1 block (Argo CD stops the sync), 2 the gate's own config or settings are wrong.
 * Configured by environment variables only (see src/entry/hook-env.ts and hooks/job.yaml);
 * `slo-gate hook` is the same run with flags.
 */
import { reportFailure } from '../errors.js';
import { hook } from '../gate/hook.js';
import { hookSettingsFromEnv } from './hook-env.js';
import { log } from './log.js';
import { withProgress } from './progress.js';
import { loadSchemaCheck } from './schema-check.js';

async function main(): Promise<number> {
  try {
    const settings = hookSettingsFromEnv(process.env);
    return await withProgress(settings.verbose, log, (progress) =>
      hook(settings, { log, progress, loadSchemaCheck }),
    );
  } catch (error) {
    return reportFailure(error, log);
  }
}

process.exitCode = await main();
