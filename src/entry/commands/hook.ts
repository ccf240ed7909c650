/** `slo-gate hook`: the hook's environment (see src/entry/hook-env.ts), with the flags given winning. */
import { hook } from '../../gate/hook.js';
import { annotateTargets, hookSettingsFromEnv } from '../hook-env.js';
import { log } from '../log.js';
import { withProgress } from '../progress.js';
import { loadSchemaCheck } from '../schema-check.js';
import type { HookFlags } from './flags.js';

/** `given(name)`: whether the flag was on the command line (not a default). */
export function runHookCommand(flags: HookFlags, given: (name: keyof HookFlags) => boolean): Promise<number> {
  const env = hookSettingsFromEnv(process.env);
  const verbose = flags.verbose ?? env.verbose;
  return withProgress(verbose, log, (progress) =>
    hook(
      {
        ...env,
        ...(given('config') || !process.env.SLO_GATE_CONFIG
          ? { config: flags.config, configSetting: undefined }
          : { config: env.config }),
        at: flags.at ?? env.at,
        prometheusUrl: flags.prometheusUrl ?? env.prometheusUrl,
        manifests: flags.manifests ?? env.manifests,
        namespace: flags.namespace ?? env.namespace,
        strictReferences: flags.strictReferences ?? env.strictReferences,
        format: given('format') || !process.env.SLO_GATE_FORMAT ? flags.format : env.format,
        output: flags.output,
        failOn: given('failOn') || !process.env.SLO_GATE_FAIL_ON ? flags.failOn : env.failOn,
        verbose,
        maxDurationSeconds: flags.maxDuration ?? env.maxDurationSeconds,
        argocd: { ...env.argocd, app: flags.argocdApp ?? env.argocd.app },
        terminationLog: flags.terminationLog ?? env.terminationLog,
        pushgateway: flags.pushgateway ?? env.pushgateway,
        eventTarget: flags.eventTarget ?? env.eventTarget,
        annotate: flags.annotate !== undefined ? annotateTargets(flags.annotate) : env.annotate,
      },
      { log, progress, loadSchemaCheck },
    ),
  );
}
