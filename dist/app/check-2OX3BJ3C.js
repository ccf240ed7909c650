import {
  runCheckCommand,
  runGateCommand
} from "./chunk-RBHO6BKT.js";
import "./chunk-ZIJMTWEO.js";
import "./chunk-KBRSCC2U.js";
import "./chunk-LTFHVYP2.js";
import "./chunk-O4EPJCPJ.js";
import "./chunk-3HKDX73Y.js";
import "./chunk-GPPTG3HG.js";
import "./chunk-EONDMRCW.js";
import "./chunk-QJ3UJW64.js";
import "./chunk-YNQBFZTT.js";
export {
  runCheckCommand,
  runGateCommand
};
//# sourceMappingURL=check-2OX3BJ3C.js.map
