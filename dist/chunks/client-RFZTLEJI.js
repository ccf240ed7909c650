import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  MAX_POINTS_PER_SERIES,
  PrometheusError,
  createPrometheusClient
} from "./chunk-YSSA6YSY.js";
import "./chunk-D3WFAY5I.js";
import "./chunk-KKDPHI53.js";
import "./chunk-O7XBRFDR.js";
import "./chunk-DJR2CCW6.js";
import "./chunk-YA6DW627.js";
export {
  MAX_POINTS_PER_SERIES,
  PrometheusError,
  createPrometheusClient
};
