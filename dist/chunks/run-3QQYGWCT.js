import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  manifestsRelativeToConfig,
  runGate,
  runValidation
} from "./chunk-YPAHBL7C.js";
import "./chunk-XTXQERUG.js";
import "./chunk-A3ZUUA3A.js";
import "./chunk-J5B45OZK.js";
import "./chunk-S6UQSXQW.js";
import "./chunk-F7OLITJ3.js";
import "./chunk-CD3BS6VY.js";
import "./chunk-P25BGOOJ.js";
import "./chunk-ITDATKHY.js";
import "./chunk-AVQ4M2GU.js";
import "./chunk-PCN7WPVY.js";
import "./chunk-J6UQ2MQY.js";
import "./chunk-FTKHHHV5.js";
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
  manifestsRelativeToConfig,
  runGate,
  runValidation
};
