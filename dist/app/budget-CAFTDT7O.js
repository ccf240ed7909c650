import {
  runGateCommand
} from "./chunk-I47DYWD3.js";
import "./chunk-OMW3IRR5.js";
import "./chunk-7J4TBA5H.js";
import "./chunk-TYJ3XHYH.js";
import "./chunk-SPOOS4M2.js";
import "./chunk-HGFIDYBP.js";
import "./chunk-BP3F4KTI.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-J4XG2LD2.js";
import "./chunk-AEETVBPM.js";
import "./chunk-XTWN4XZC.js";
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
//# sourceMappingURL=budget-CAFTDT7O.js.map
