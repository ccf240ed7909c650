import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  RULES,
  RULES_BY_ID
} from "./chunk-F7OLITJ3.js";
import "./chunk-CD3BS6VY.js";
import "./chunk-P25BGOOJ.js";
import "./chunk-ITDATKHY.js";
import "./chunk-AVQ4M2GU.js";
import "./chunk-PCN7WPVY.js";
import "./chunk-J6UQ2MQY.js";
import "./chunk-YA6DW627.js";
export {
  RULES,
  RULES_BY_ID
};
