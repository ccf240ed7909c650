import {
  DEFAULT_CONFIG
} from "./chunk-NHJOLZ4A.js";
import {
  validateSchema
} from "./chunk-JZBRXT6A.js";
import {
  emitReport
} from "./chunk-XRZBI4KG.js";
import "./chunk-7J4TBA5H.js";
import "./chunk-JHQVPC65.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import {
  runValidation,
  withProgress
} from "./chunk-CUYD432K.js";
import "./chunk-O677KLBL.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-H7R7Q3BG.js";
import "./chunk-YCNUQE2E.js";
import "./chunk-JQVBXCJ4.js";
import "./chunk-SYXEXEKM.js";
import "./chunk-ZNZLIOB5.js";

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
//# sourceMappingURL=validate-EOQEOFJI.js.map
