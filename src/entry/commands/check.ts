/** `slo-gate check`: every SLO and the manifests, one verdict. */
import { runGate } from '../../gate/run.js';
import { log } from '../log.js';
import { withProgress } from '../progress.js';
import { loadSchemaCheck } from '../schema-check.js';
import type { GateFlags } from './flags.js';
import { emitReport } from './report-output.js';

/** A gate run as `check` (SLOs and manifests) or `budget` (SLOs only) does it. */
export async function runGateCommand(flags: GateFlags, scope: 'check' | 'budget'): Promise<number> {
  const { report, config } = await withProgress(flags.verbose, log, (progress) =>
    runGate({
      configFile: flags.config,
      scope,
      at: flags.at,
      prometheusUrl: flags.prometheusUrl,
      manifests: flags.manifests,
      namespace: flags.namespace,
      strictReferences: flags.strictReferences,
      log,
      verbose: flags.verbose,
      progress,
      maxDurationSeconds: flags.maxDuration,
      loadSchemaCheck,
    }),
  );
  return emitReport(report, flags, config.mode, undefined, scope === 'budget' ? 'none' : 'all');
}

export function runCheckCommand(flags: GateFlags): Promise<number> {
  return runGateCommand(flags, 'check');
}
