import {
  emitReport
} from "./chunk-6IDWG2QT.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import {
  loadSchemaCheck
} from "./chunk-ZIJMTWEO.js";
import {
  runGate,
  withProgress
} from "./chunk-6LLJJMD5.js";

// src/entry/commands/check.ts
async function runGateCommand(flags, scope) {
  const { report, config } = await withProgress(
    flags.verbose,
    log,
    (progress) => runGate({
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
      loadSchemaCheck
    })
  );
  return emitReport(report, flags, config.mode, void 0, scope === "budget" ? "none" : "all");
}
function runCheckCommand(flags) {
  return runGateCommand(flags, "check");
}

export {
  runGateCommand,
  runCheckCommand
};
//# sourceMappingURL=chunk-S66EYXIY.js.map
