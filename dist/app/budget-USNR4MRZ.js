import {
  runGateCommand
} from "./chunk-2VL7A4IG.js";
import "./chunk-VBRB2L6V.js";
import "./chunk-7J4TBA5H.js";
import "./chunk-QVX3MSY3.js";
import "./chunk-J4XG2LD2.js";
import "./chunk-SPOOS4M2.js";
import "./chunk-AWLRCGVU.js";
import "./chunk-O677KLBL.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-6XJ4DYHW.js";
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
//# sourceMappingURL=budget-USNR4MRZ.js.map
