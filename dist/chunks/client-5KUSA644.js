import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  PrometheusError,
  createPrometheusClient
} from "./chunk-PE5ZKDKT.js";
import "./chunk-DJR2CCW6.js";
import "./chunk-YA6DW627.js";
export {
  PrometheusError,
  createPrometheusClient
};
