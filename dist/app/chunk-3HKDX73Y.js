import {
  redact,
  stripControlCharacters
} from "./chunk-QJ3UJW64.js";

// src/entry/log.ts
function log(message) {
  process.stderr.write(`slo-gate: ${stripControlCharacters(redact(message))}
`);
}

export {
  log
};
//# sourceMappingURL=chunk-3HKDX73Y.js.map
