import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  CLUSTER_SCOPED_KINDS,
  DEFAULT_MAX_FILE_BYTES,
  MAX_ALIAS_COUNT,
  STDIN_FILE,
  loadBytes,
  loadManifests,
  loadStream,
  loadText
} from "./chunk-S6UQSXQW.js";
import "./chunk-ITDATKHY.js";
import "./chunk-PCN7WPVY.js";
import "./chunk-J6UQ2MQY.js";
import "./chunk-QEPZ6EYX.js";
import "./chunk-YA6DW627.js";
export {
  CLUSTER_SCOPED_KINDS,
  DEFAULT_MAX_FILE_BYTES,
  MAX_ALIAS_COUNT,
  STDIN_FILE,
  loadBytes,
  loadManifests,
  loadStream,
  loadText
};
