import {
  package_default
} from "./chunk-7J4TBA5H.js";
import {
  render
} from "./chunk-VBZFVQHI.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import {
  writeReport
} from "./chunk-Y2UGXTGX.js";
import {
  exitCodeFor
} from "./chunk-3HT76ZKV.js";
import {
  RULES
} from "./chunk-5EFMPVFV.js";

// src/text/terminal.ts
function outputWidth(env, terminal) {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return terminal.isTTY && terminal.columns && terminal.columns > 0 ? terminal.columns : void 0;
}
function colourWanted(env, terminal) {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR) return true;
  return Boolean(terminal.isTTY) && env.TERM !== "dumb";
}

// src/entry/commands/report-output.ts
async function emitReport(report, flags, mode, read, ruleCatalog = "all") {
  const advisory = mode === "advisory";
  const color = flags.format === "text" && !flags.output && flags.color !== false && colourWanted(process.env, process.stdout);
  const sarif = flags.format === "sarif" ? {
    rules: ruleCatalog === "all" ? RULES.map((r) => r.meta) : [],
    version: package_default.version,
    root: process.env.GITHUB_WORKSPACE || process.cwd()
  } : void 0;
  const width = flags.output ? void 0 : outputWidth(process.env, process.stdout);
  await writeReport(render(report, flags.format, { color, advisory, sarif, width, read }), flags.output);
  if (advisory && report.verdict !== "pass") log(`verdict ${report.verdict}, not enforced (mode: advisory)`);
  return exitCodeFor(report.verdict, { failOn: flags.failOn, mode });
}

export {
  emitReport
};
//# sourceMappingURL=chunk-6IDWG2QT.js.map
