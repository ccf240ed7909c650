import {
  runGateCommand
} from "./chunk-3YTE4LGN.js";
import "./chunk-KYJ4TMNA.js";
import "./chunk-7J4TBA5H.js";
import "./chunk-KDFZDUJX.js";
import "./chunk-SPOOS4M2.js";
import "./chunk-4LDTSFSR.js";
import "./chunk-BP3F4KTI.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-J4XG2LD2.js";
import "./chunk-KOHULJML.js";
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
//# sourceMappingURL=budget-AV4W6NKA.js.map
