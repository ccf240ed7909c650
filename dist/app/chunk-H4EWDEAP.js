// src/entry/commands/flags.ts
import { InvalidArgumentError } from "../vendor/commander.js";
var DEFAULT_CONFIG = "slo-gate.yaml";
function validUrl(text) {
  if (!/^https?:\/\/[^\s/]+/.test(text)) throw new InvalidArgumentError("expected an http(s):// URL");
  return text;
}

export {
  DEFAULT_CONFIG,
  validUrl
};
//# sourceMappingURL=chunk-H4EWDEAP.js.map
