import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  MAX_HISTORY_POINTS,
  MIN_BUDGET_STEP_SECONDS,
  chooseStep,
  ratioSeries,
  sloHistories
} from "./chunk-MMXSLIKK.js";
import "./chunk-SMLNOKBD.js";
import "./chunk-VAC67D4I.js";
import "./chunk-YA6DW627.js";
export {
  MAX_HISTORY_POINTS,
  MIN_BUDGET_STEP_SECONDS,
  chooseStep,
  ratioSeries,
  sloHistories
};
