import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  exitCodeFor,
  findingAction,
  formatEvaluatedAt,
  parseEvaluationTime,
  requirePrometheus,
  runCheck
} from "./chunk-FTKHHHV5.js";
import "./chunk-UMJKAUM6.js";
import "./chunk-SMLNOKBD.js";
import "./chunk-VAC67D4I.js";
import "./chunk-4JZA25TA.js";
import "./chunk-D3WFAY5I.js";
import "./chunk-KKDPHI53.js";
import "./chunk-O7XBRFDR.js";
import "./chunk-QEPZ6EYX.js";
import "./chunk-YA6DW627.js";
export {
  exitCodeFor,
  findingAction,
  formatEvaluatedAt,
  parseEvaluationTime,
  requirePrometheus,
  runCheck
};
