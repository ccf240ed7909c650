import {
  emitReport
} from "./chunk-VBRB2L6V.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import {
  loadSchemaCheck
} from "./chunk-SPOOS4M2.js";
import {
  runGate
} from "./chunk-AWLRCGVU.js";

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
  return emitReport(report, flags, config.mode, void 0, scope === "budget" ? "none" : "all");
}
function runCheckCommand(flags) {
  return runGateCommand(flags, "check");
}

export {
  runGateCommand,
  runCheckCommand
};
//# sourceMappingURL=chunk-2VL7A4IG.js.map
