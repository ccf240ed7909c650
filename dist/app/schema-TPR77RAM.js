import {
  formatPath,
  validateSchema
} from "./chunk-WFT2LZSY.js";
import "./chunk-YNQBFZTT.js";
export {
  formatPath,
  validateSchema
};
//# sourceMappingURL=schema-TPR77RAM.js.map
