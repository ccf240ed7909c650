import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  UsageError,
  formatUsageError
} from "./chunk-DJR2CCW6.js";
import "./chunk-YA6DW627.js";
export {
  UsageError,
  formatUsageError
};
