import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  alertFactor,
  combineVerdict,
  evaluateSlo
} from "./chunk-GZBPZE7O.js";
import "./chunk-VAC67D4I.js";
import "./chunk-YA6DW627.js";
export {
  alertFactor,
  combineVerdict,
  evaluateSlo
};
