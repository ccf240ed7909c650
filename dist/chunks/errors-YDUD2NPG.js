import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  UsageError,
  formatUsageError,
  reportFailure
} from "./chunk-QEPZ6EYX.js";
import "./chunk-YA6DW627.js";
export {
  UsageError,
  formatUsageError,
  reportFailure
};
