import {
  loadSchemaCheck
} from "./chunk-ZIJMTWEO.js";
import {
  emitReport
} from "./chunk-KBRSCC2U.js";
import {
  log
} from "./chunk-3HKDX73Y.js";
import {
  runGate
} from "./chunk-GPPTG3HG.js";

// src/entry/commands/check.ts
async function runGateCommand(flags, scope) {
  const { report, config } = await runGate({
    configFile: flags.config,
    scope,
    at: flags.at,
    prometheusUrl: flags.prometheusUrl,
    manifests: flags.manifests,
    namespace: flags.namespace,
    strictReferences: flags.strictReferences,
    log,
    verbose: flags.verbose,
    maxDurationSeconds: flags.maxDuration,
    loadSchemaCheck
  });
  return emitReport(report, flags, config.mode);
}
function runCheckCommand(flags) {
  return runGateCommand(flags, "check");
}

export {
  runGateCommand,
  runCheckCommand
};
//# sourceMappingURL=chunk-RBHO6BKT.js.map
