import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  DEFAULT_POLICY,
  loadConfig
} from "./chunk-FENAVYHH.js";
import "./chunk-XTXQERUG.js";
import "./chunk-6INLS6JY.js";
import "./chunk-QMXVFHLO.js";
import "./chunk-DHCQVIGO.js";
import "./chunk-SLLEW7J4.js";
import "./chunk-QEPZ6EYX.js";
import "./chunk-YA6DW627.js";
export {
  DEFAULT_POLICY,
  loadConfig
};
