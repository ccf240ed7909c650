import {
  runGateCommand
} from "./chunk-6VDGALPK.js";
import "./chunk-B6ENEQ5Y.js";
import "./chunk-7J4TBA5H.js";
import "./chunk-EJFM2O6X.js";
import "./chunk-J4XG2LD2.js";
import "./chunk-ZIJMTWEO.js";
import "./chunk-FYULLDUC.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-63OHIEMA.js";
import "./chunk-5EFMPVFV.js";
import "./chunk-JQVBXCJ4.js";
import "./chunk-YNQBFZTT.js";

// src/entry/commands/budget.ts
function runBudgetCommand(flags) {
  return runGateCommand(flags, "budget");
}
export {
  runBudgetCommand
};
//# sourceMappingURL=budget-RB6XNVDZ.js.map
