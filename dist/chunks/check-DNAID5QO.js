import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  exitCodeFor,
  findingAction,
  formatEvaluatedAt,
  parseEvaluationTime,
  requirePrometheus,
  runCheck
} from "./chunk-YECDYZXN.js";
import "./chunk-CA3ZPL6T.js";
import "./chunk-GZBPZE7O.js";
import "./chunk-VAC67D4I.js";
import "./chunk-PE5ZKDKT.js";
import "./chunk-DJR2CCW6.js";
import "./chunk-YA6DW627.js";
export {
  exitCodeFor,
  findingAction,
  formatEvaluatedAt,
  parseEvaluationTime,
  requirePrometheus,
  runCheck
};
