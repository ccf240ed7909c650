#!/usr/bin/env node
import {
  hook,
  hookSettingsFromEnv
} from "./chunk-5H44RH36.js";
import "./chunk-RL57UDM5.js";
import "./chunk-JHQVPC65.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import {
  loadSchemaCheck
} from "./chunk-SPOOS4M2.js";
import {
  withProgress
} from "./chunk-CUYD432K.js";
import "./chunk-O677KLBL.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-H7R7Q3BG.js";
import "./chunk-YCNUQE2E.js";
import {
  reportFailure
} from "./chunk-JQVBXCJ4.js";
import "./chunk-SYXEXEKM.js";
import "./chunk-ZNZLIOB5.js";

// src/entry/hook.ts
async function main() {
  try {
    const settings = hookSettingsFromEnv(process.env);
    return await withProgress(
      settings.verbose,
      log,
      (progress) => hook(settings, { log, progress, loadSchemaCheck })
    );
  } catch (error) {
    return reportFailure(error, log);
  }
}
process.exitCode = await main();
//# sourceMappingURL=hook.js.map
