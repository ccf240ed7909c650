import {
  runGateCommand
} from "./chunk-J2HBVFCC.js";
import "./chunk-XRZBI4KG.js";
import "./chunk-7J4TBA5H.js";
import "./chunk-JHQVPC65.js";
import "./chunk-J4XG2LD2.js";
import "./chunk-SPOOS4M2.js";
import "./chunk-CUYD432K.js";
import "./chunk-O677KLBL.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-H7R7Q3BG.js";
import "./chunk-YCNUQE2E.js";
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
//# sourceMappingURL=budget-5TXRAZKT.js.map
