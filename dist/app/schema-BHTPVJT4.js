import {
  formatPath,
  validateSchema
} from "./chunk-JZBRXT6A.js";
import "./chunk-SYXEXEKM.js";
import "./chunk-ZNZLIOB5.js";
export {
  formatPath,
  validateSchema
};
//# sourceMappingURL=schema-BHTPVJT4.js.map
