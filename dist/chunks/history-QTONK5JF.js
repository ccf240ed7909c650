import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  MAX_HISTORY_POINTS,
  MIN_BUDGET_STEP_SECONDS,
  chooseStep,
  ratioSeries,
  sloHistories
} from "./chunk-AMYT5EYG.js";
import "./chunk-ZP45G4O4.js";
import "./chunk-SLLEW7J4.js";
import "./chunk-GZBPZE7O.js";
import "./chunk-VAC67D4I.js";
import "./chunk-YA6DW627.js";
export {
  MAX_HISTORY_POINTS,
  MIN_BUDGET_STEP_SECONDS,
  chooseStep,
  ratioSeries,
  sloHistories
};
