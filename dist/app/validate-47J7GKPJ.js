import {
  DEFAULT_CONFIG
} from "./chunk-NHJOLZ4A.js";
import {
  validateSchema
} from "./chunk-2MSGWM5F.js";
import {
  emitReport
} from "./chunk-UN4K2ZWI.js";
import "./chunk-LTFHVYP2.js";
import "./chunk-SMSIC7EK.js";
import "./chunk-AJXQLAAW.js";
import {
  runValidation
} from "./chunk-KYWM2HBS.js";
import "./chunk-U75FTY44.js";
import "./chunk-6F4XGD4A.js";
import "./chunk-YNQBFZTT.js";

// src/entry/commands/validate.ts
async function runValidateCommand(paths, flags) {
  const report = await runValidation({
    paths,
    // Rule settings come from the config when there is one (always when --config is given).
    configFile: flags.config,
    defaultConfigFile: DEFAULT_CONFIG,
    namespace: flags.namespace,
    strictReferences: flags.strictReferences,
    validateSchema
  });
  return emitReport(report, flags, "enforce");
}
export {
  runValidateCommand
};
//# sourceMappingURL=validate-47J7GKPJ.js.map
