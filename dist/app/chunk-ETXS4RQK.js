import {
  loadSchemaCheck
} from "./chunk-GQWSSHEM.js";
import {
  emitReport
} from "./chunk-UN4K2ZWI.js";
import {
  log
} from "./chunk-AJXQLAAW.js";
import {
  runGate
} from "./chunk-KYWM2HBS.js";

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
//# sourceMappingURL=chunk-ETXS4RQK.js.map
