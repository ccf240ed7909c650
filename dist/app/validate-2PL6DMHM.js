import {
  DEFAULT_CONFIG
} from "./chunk-NHJOLZ4A.js";
import {
  validateSchema
} from "./chunk-JZBRXT6A.js";
import {
  emitReport
} from "./chunk-KYJ4TMNA.js";
import "./chunk-7J4TBA5H.js";
import "./chunk-KDFZDUJX.js";
import {
  runValidation
} from "./chunk-4LDTSFSR.js";
import "./chunk-BP3F4KTI.js";
import "./chunk-Y2UGXTGX.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import "./chunk-KOHULJML.js";
import "./chunk-XTWN4XZC.js";
import "./chunk-JQVBXCJ4.js";
import "./chunk-SYXEXEKM.js";
import "./chunk-ZNZLIOB5.js";

// src/entry/commands/validate.ts
async function runValidateCommand(paths, flags) {
  const { report, files, resources } = await runValidation({
    paths,
    // Rule settings come from the config when there is one (always when --config is given).
    configFile: flags.config,
    defaultConfigFile: DEFAULT_CONFIG,
    namespace: flags.namespace,
    strictReferences: flags.strictReferences,
    validateSchema,
    progress: flags.verbose ? log : void 0
  });
  return emitReport(report, flags, "enforce", { files, resources });
}
export {
  runValidateCommand
};
//# sourceMappingURL=validate-2PL6DMHM.js.map
