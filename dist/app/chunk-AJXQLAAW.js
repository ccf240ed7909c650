// src/entry/log.ts
function log(message) {
  process.stderr.write(`slo-gate: ${message}
`);
}

export {
  log
};
//# sourceMappingURL=chunk-AJXQLAAW.js.map
