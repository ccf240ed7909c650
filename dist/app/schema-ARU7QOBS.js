import {
  formatPath,
  validateSchema
} from "./chunk-2MSGWM5F.js";
import "./chunk-YNQBFZTT.js";
export {
  formatPath,
  validateSchema
};
//# sourceMappingURL=schema-ARU7QOBS.js.map
