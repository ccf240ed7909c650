import {
  redact,
  stripControlCharacters
} from "./chunk-JQVBXCJ4.js";

// src/entry/log.ts
function log(message) {
  process.stderr.write(`slo-gate: ${stripControlCharacters(redact(message))}
`);
}

export {
  log
};
//# sourceMappingURL=chunk-J4XG2LD2.js.map
