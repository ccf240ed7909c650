/** `slo-gate validate`: manifests only, with the rule settings of the config when there is one. */
import { runValidation } from '../../gate/run.js';
import { validateSchema } from '../../manifests/schema.js';
import { DEFAULT_CONFIG, type ValidateFlags } from './flags.js';
import { log } from '../log.js';
import { withProgress } from '../progress.js';
import { emitReport } from './report-output.js';

export async function runValidateCommand(paths: string[], flags: ValidateFlags): Promise<number> {
  const { report, files, resources } = await withProgress(flags.verbose, log, (progress) =>
    runValidation({
      paths,
      // Rule settings come from the config when there is one (always when --config is given).
      configFile: flags.config,
      defaultConfigFile: DEFAULT_CONFIG,
      namespace: flags.namespace,
      strictReferences: flags.strictReferences,
      validateSchema,
      progress,
    }),
  );
  return emitReport(report, flags, 'enforce', { files, resources });
}
