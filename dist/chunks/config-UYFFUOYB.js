import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  DEFAULT_POLICY,
  loadConfig
} from "./chunk-4LU3DZGU.js";
import "./chunk-6INLS6JY.js";
import "./chunk-CA3ZPL6T.js";
import "./chunk-DJR2CCW6.js";
import "./chunk-QMXVFHLO.js";
import "./chunk-YA6DW627.js";
export {
  DEFAULT_POLICY,
  loadConfig
};
