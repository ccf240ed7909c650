#!/usr/bin/env node
import {
  hook,
  hookSettingsFromEnv
} from "./chunk-TFW5G2QV.js";
import "./chunk-LTOCDNL4.js";
import {
  loadSchemaCheck
} from "./chunk-GQWSSHEM.js";
import "./chunk-SMSIC7EK.js";
import {
  log
} from "./chunk-AJXQLAAW.js";
import "./chunk-KYWM2HBS.js";
import "./chunk-U75FTY44.js";
import {
  reportFailure
} from "./chunk-6F4XGD4A.js";
import "./chunk-YNQBFZTT.js";

// src/entry/hook.ts
async function main() {
  try {
    return await hook(hookSettingsFromEnv(process.env), { log, loadSchemaCheck });
  } catch (error) {
    return reportFailure(error, log);
  }
}
process.exitCode = await main();
//# sourceMappingURL=hook.js.map
