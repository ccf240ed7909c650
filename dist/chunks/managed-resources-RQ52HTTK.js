import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  parseManagedResources,
  targetManifestsYaml
} from "./chunk-KICXPKP6.js";
import "./chunk-YA6DW627.js";
export {
  parseManagedResources,
  targetManifestsYaml
};
