import {
  loadSchemaCheck
} from "./chunk-ZIJMTWEO.js";
import {
  emitReport
} from "./chunk-H4M4BHHY.js";
import {
  log
} from "./chunk-3HKDX73Y.js";
import {
  runGate
} from "./chunk-OCR34NS2.js";

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
//# sourceMappingURL=chunk-QNR3M6JC.js.map
