import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_KIND,
  annotationPath,
  planAnnotations,
  verdictReason
} from "./chunk-M3RRQYZK.js";
import "./chunk-YA6DW627.js";
export {
  ANNOTATIONS_PER_KIND,
  annotationPath,
  planAnnotations,
  verdictReason
};
