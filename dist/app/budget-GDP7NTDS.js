import {
  runGateCommand
} from "./chunk-S66EYXIY.js";
import "./chunk-6IDWG2QT.js";
import "./chunk-7J4TBA5H.js";
import "./chunk-VBZFVQHI.js";
import "./chunk-J4XG2LD2.js";
import "./chunk-ZIJMTWEO.js";
import "./chunk-6LLJJMD5.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-3HT76ZKV.js";
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
//# sourceMappingURL=budget-GDP7NTDS.js.map
