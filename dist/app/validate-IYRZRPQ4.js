import {
  DEFAULT_CONFIG
} from "./chunk-NHJOLZ4A.js";
import {
  validateSchema
} from "./chunk-WFT2LZSY.js";
import {
  emitReport
} from "./chunk-KBRSCC2U.js";
import "./chunk-LTFHVYP2.js";
import "./chunk-O4EPJCPJ.js";
import "./chunk-3HKDX73Y.js";
import {
  runValidation
} from "./chunk-GPPTG3HG.js";
import "./chunk-EONDMRCW.js";
import "./chunk-QJ3UJW64.js";
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
//# sourceMappingURL=validate-IYRZRPQ4.js.map
