import {
  annotateTargets,
  hook,
  hookSettingsFromEnv
} from "./chunk-PF63UZFG.js";
import "./chunk-LTOCDNL4.js";
import {
  loadSchemaCheck
} from "./chunk-ZIJMTWEO.js";
import "./chunk-O4EPJCPJ.js";
import {
  log
} from "./chunk-3HKDX73Y.js";
import "./chunk-GPPTG3HG.js";
import "./chunk-EONDMRCW.js";
import "./chunk-QJ3UJW64.js";
import "./chunk-YNQBFZTT.js";

// src/entry/commands/hook.ts
function runHookCommand(flags, given) {
  const env = hookSettingsFromEnv(process.env);
  return hook(
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
      verbose: flags.verbose ?? env.verbose,
      maxDurationSeconds: flags.maxDuration ?? env.maxDurationSeconds,
      argocd: { ...env.argocd, app: flags.argocdApp ?? env.argocd.app },
      terminationLog: flags.terminationLog ?? env.terminationLog,
      pushgateway: flags.pushgateway ?? env.pushgateway,
      eventTarget: flags.eventTarget ?? env.eventTarget,
      annotate: flags.annotate !== void 0 ? annotateTargets(flags.annotate) : env.annotate
    },
    { log, loadSchemaCheck }
  );
}
export {
  runHookCommand
};
//# sourceMappingURL=hook-S54DUZXK.js.map
