import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  artifactUri,
  renderSarif
} from "./chunk-AF4SNBCN.js";
import "./chunk-YA6DW627.js";
export {
  artifactUri,
  renderSarif
};
