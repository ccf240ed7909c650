import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  manifestsRelativeToConfig,
  runGate
} from "./chunk-EFYAJ47X.js";
import "./chunk-LNVQXJP7.js";
import "./chunk-J5B45OZK.js";
import "./chunk-VGZRFKO4.js";
import "./chunk-HP45XYJ3.js";
import "./chunk-ELOOZ4ZB.js";
import "./chunk-P25BGOOJ.js";
import "./chunk-ITDATKHY.js";
import "./chunk-AVQ4M2GU.js";
import "./chunk-PCN7WPVY.js";
import "./chunk-J6UQ2MQY.js";
import "./chunk-2SQEICDH.js";
import "./chunk-LQQGYY5A.js";
import "./chunk-ZP45G4O4.js";
import "./chunk-4JZA25TA.js";
import "./chunk-D3WFAY5I.js";
import "./chunk-KKDPHI53.js";
import "./chunk-O7XBRFDR.js";
import "./chunk-FENAVYHH.js";
import "./chunk-XTXQERUG.js";
import "./chunk-6INLS6JY.js";
import "./chunk-QMXVFHLO.js";
import "./chunk-DHCQVIGO.js";
import "./chunk-SLLEW7J4.js";
import "./chunk-QEPZ6EYX.js";
import "./chunk-GZBPZE7O.js";
import "./chunk-VAC67D4I.js";
import "./chunk-YA6DW627.js";
export {
  manifestsRelativeToConfig,
  runGate
};
