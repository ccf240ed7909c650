import {
  DEFAULT_CONFIG
} from "./chunk-H4EWDEAP.js";
import {
  validateSchema
} from "./chunk-WFT2LZSY.js";
import {
  emitReport
} from "./chunk-6IDWG2QT.js";
import "./chunk-7J4TBA5H.js";
import "./chunk-VBZFVQHI.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import {
  runValidation,
  withProgress
} from "./chunk-6LLJJMD5.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-3HT76ZKV.js";
import "./chunk-5EFMPVFV.js";
import "./chunk-JQVBXCJ4.js";
import "./chunk-YNQBFZTT.js";

// src/entry/commands/validate.ts
async function runValidateCommand(paths, flags) {
  const { report, files, resources } = await withProgress(
    flags.verbose,
    log,
    (progress) => runValidation({
      paths,
      // Rule settings come from the config when there is one (always when --config is given).
      configFile: flags.config,
      defaultConfigFile: DEFAULT_CONFIG,
      namespace: flags.namespace,
      strictReferences: flags.strictReferences,
      validateSchema,
      progress
    })
  );
  return emitReport(report, flags, "enforce", { files, resources });
}
export {
  runValidateCommand
};
//# sourceMappingURL=validate-WEMGHHFW.js.map
