import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  checkRuleOverrides,
  validateManifests,
  validateOptionsFor
} from "./chunk-ZELBIQC3.js";
import "./chunk-PRUTO4GB.js";
import "./chunk-BULANKSX.js";
import "./chunk-6INLS6JY.js";
import "./chunk-QMXVFHLO.js";
import "./chunk-DJR2CCW6.js";
import "./chunk-YA6DW627.js";
export {
  checkRuleOverrides,
  validateManifests,
  validateOptionsFor
};
