import {
  annotateTargets,
  hook,
  hookSettingsFromEnv
} from "./chunk-MMRGISAC.js";
import "./chunk-RL57UDM5.js";
import "./chunk-VBZFVQHI.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import {
  loadSchemaCheck
} from "./chunk-ZIJMTWEO.js";
import {
  withProgress
} from "./chunk-6LLJJMD5.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-3HT76ZKV.js";
import "./chunk-5EFMPVFV.js";
import "./chunk-JQVBXCJ4.js";
import "./chunk-YNQBFZTT.js";

// src/entry/commands/hook.ts
function runHookCommand(flags, given) {
  const env = hookSettingsFromEnv(process.env);
  const verbose = flags.verbose ?? env.verbose;
  return withProgress(
    verbose,
    log,
    (progress) => hook(
      {
        ...env,
        ...given("config") || !process.env.SLO_GATE_CONFIG ? { config: flags.config, configSetting: void 0 } : { config: env.config },
        at: flags.at ?? env.at,
        prometheusUrl: flags.prometheusUrl ?? env.prometheusUrl,
        manifests: flags.manifests ?? env.manifests,
        namespace: flags.namespace ?? env.namespace,
        strictReferences: flags.strictReferences ?? env.strictReferences,
        format: given("format") || !process.env.SLO_GATE_FORMAT ? flags.format : env.format,
        output: flags.output,
        failOn: given("failOn") || !process.env.SLO_GATE_FAIL_ON ? flags.failOn : env.failOn,
        verbose,
        maxDurationSeconds: flags.maxDuration ?? env.maxDurationSeconds,
        argocd: { ...env.argocd, app: flags.argocdApp ?? env.argocd.app },
        terminationLog: flags.terminationLog ?? env.terminationLog,
        pushgateway: flags.pushgateway ?? env.pushgateway,
        eventTarget: flags.eventTarget ?? env.eventTarget,
        annotate: flags.annotate !== void 0 ? annotateTargets(flags.annotate) : env.annotate
      },
      { log, progress, loadSchemaCheck }
    )
  );
}
export {
  runHookCommand
};
//# sourceMappingURL=hook-YHURJUNM.js.map
