import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  ObjectSerializer2 as ObjectSerializer,
  defaultSerializer
} from "../../../chunks/chunk-XQXDPQ6S.js";
import "../../../chunks/chunk-YA6DW627.js";
export {
  ObjectSerializer,
  defaultSerializer
};
