import {
  package_default
} from "./chunk-LTFHVYP2.js";
import {
  render,
  writeReport
} from "./chunk-O4EPJCPJ.js";
import {
  log
} from "./chunk-3HKDX73Y.js";
import {
  exitCodeFor
} from "./chunk-GPPTG3HG.js";
import {
  RULES
} from "./chunk-EONDMRCW.js";

// src/entry/commands/report-output.ts
async function emitReport(report, flags, mode) {
  const advisory = mode === "advisory";
  const color = flags.format === "text" && !flags.output && flags.color !== false && isColourTerminal();
  const sarif = flags.format === "sarif" ? {
    rules: RULES.map((r) => r.meta),
    version: package_default.version,
    root: process.env.GITHUB_WORKSPACE || process.cwd()
  } : void 0;
  await writeReport(render(report, flags.format, { color, advisory, sarif }), flags.output);
  if (advisory && report.verdict !== "pass") log(`verdict ${report.verdict}, not enforced (mode: advisory)`);
  return exitCodeFor(report.verdict, { failOn: flags.failOn, mode });
}
function isColourTerminal() {
  return Boolean(process.stdout.isTTY) && !("NO_COLOR" in process.env) && process.env.TERM !== "dumb";
}

export {
  emitReport
};
//# sourceMappingURL=chunk-KBRSCC2U.js.map
