import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  createBundle,
  podTemplateOf
} from "./chunk-P25BGOOJ.js";
import "./chunk-J6UQ2MQY.js";
import "./chunk-YA6DW627.js";
export {
  createBundle,
  podTemplateOf
};
