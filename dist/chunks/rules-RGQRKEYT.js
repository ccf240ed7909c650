import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  RULES,
  RULES_BY_ID
} from "./chunk-PRUTO4GB.js";
import "./chunk-BULANKSX.js";
import "./chunk-QMXVFHLO.js";
import "./chunk-YA6DW627.js";
export {
  RULES,
  RULES_BY_ID
};
