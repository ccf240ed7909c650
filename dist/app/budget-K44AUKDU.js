import {
  runGateCommand
} from "./chunk-QNR3M6JC.js";
import "./chunk-ZIJMTWEO.js";
import "./chunk-H4M4BHHY.js";
import "./chunk-LTFHVYP2.js";
import "./chunk-RN7YBUAK.js";
import "./chunk-3HKDX73Y.js";
import "./chunk-OCR34NS2.js";
import "./chunk-EONDMRCW.js";
import "./chunk-QJ3UJW64.js";
import "./chunk-YNQBFZTT.js";

// src/entry/commands/budget.ts
function runBudgetCommand(flags) {
  return runGateCommand(flags, "budget");
}
export {
  runBudgetCommand
};
//# sourceMappingURL=budget-K44AUKDU.js.map
