import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  MAX_POINTS_PER_SERIES,
  PrometheusError,
  createPrometheusClient
} from "./chunk-OZB6LOPH.js";
import "./chunk-DJR2CCW6.js";
import "./chunk-YA6DW627.js";
export {
  MAX_POINTS_PER_SERIES,
  PrometheusError,
  createPrometheusClient
};
