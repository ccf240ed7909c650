import {
  runGateCommand
} from "./chunk-ETXS4RQK.js";
import "./chunk-GQWSSHEM.js";
import "./chunk-UN4K2ZWI.js";
import "./chunk-LTFHVYP2.js";
import "./chunk-SMSIC7EK.js";
import "./chunk-AJXQLAAW.js";
import "./chunk-KYWM2HBS.js";
import "./chunk-U75FTY44.js";
import "./chunk-6F4XGD4A.js";
import "./chunk-YNQBFZTT.js";

// src/entry/commands/budget.ts
function runBudgetCommand(flags) {
  return runGateCommand(flags, "budget");
}
export {
  runBudgetCommand
};
//# sourceMappingURL=budget-KUSNFMT2.js.map
