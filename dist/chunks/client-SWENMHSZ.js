import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  MAX_POINTS_PER_SERIES,
  PrometheusError,
  createPrometheusClient
} from "./chunk-4JZA25TA.js";
import "./chunk-D3WFAY5I.js";
import "./chunk-KKDPHI53.js";
import "./chunk-O7XBRFDR.js";
import "./chunk-QEPZ6EYX.js";
import "./chunk-YA6DW627.js";
export {
  MAX_POINTS_PER_SERIES,
  PrometheusError,
  createPrometheusClient
};
