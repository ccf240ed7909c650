import {
  runGateCommand
} from "./chunk-QL6UI4SG.js";
import "./chunk-HQ5HQ622.js";
import "./chunk-7J4TBA5H.js";
import "./chunk-GTVWESVX.js";
import "./chunk-SPOOS4M2.js";
import "./chunk-ASDCLBRU.js";
import "./chunk-ZFUE572C.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-J4XG2LD2.js";
import "./chunk-MOPJT277.js";
import "./chunk-PLDOLPIT.js";
import "./chunk-JQVBXCJ4.js";
import "./chunk-SYXEXEKM.js";
import "./chunk-ZNZLIOB5.js";

// src/entry/commands/budget.ts
function runBudgetCommand(flags) {
  return runGateCommand(flags, "budget");
}
export {
  runBudgetCommand
};
//# sourceMappingURL=budget-Y2RP5S7L.js.map
