#!/usr/bin/env node
import {
  hook,
  hookSettingsFromEnv
} from "./chunk-IKV64EBZ.js";
import "./chunk-RL57UDM5.js";
import "./chunk-QVX3MSY3.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import {
  loadSchemaCheck
} from "./chunk-SPOOS4M2.js";
import "./chunk-AWLRCGVU.js";
import "./chunk-O677KLBL.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-6XJ4DYHW.js";
import "./chunk-YCNUQE2E.js";
import {
  reportFailure
} from "./chunk-JQVBXCJ4.js";
import "./chunk-SYXEXEKM.js";
import "./chunk-ZNZLIOB5.js";

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
