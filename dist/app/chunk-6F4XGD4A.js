// src/errors.ts
var UsageError = class extends Error {
  file;
  line;
  column;
  fix;
  constructor(detail, where = {}) {
    super(formatUsageError(detail, where));
    this.name = "UsageError";
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.fix = where.fix;
  }
};
function formatUsageError(detail, where) {
  let location = where.file ?? "";
  if (where.file && where.line) location += `:${where.line}`;
  if (where.file && where.line && where.column) location += `:${where.column}`;
  const head = location ? `${location}: ${detail}` : detail;
  return where.fix ? `${head} \u2014 fix: ${where.fix}` : head;
}
function reportFailure(error, log) {
  if (error instanceof UsageError) {
    log(error.message);
    return 2;
  }
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  log(`internal error (please report it): ${detail}`);
  return 2;
}
function unreachable(value) {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}

export {
  UsageError,
  formatUsageError,
  reportFailure,
  unreachable
};
//# sourceMappingURL=chunk-6F4XGD4A.js.map
