// src/entry/commands/flags.ts
var DEFAULT_CONFIG = "slo-gate.yaml";

export {
  DEFAULT_CONFIG
};
//# sourceMappingURL=chunk-NHJOLZ4A.js.map
