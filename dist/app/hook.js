#!/usr/bin/env node
import {
  hook,
  hookSettingsFromEnv
} from "./chunk-ZYIVDSJ2.js";
import "./chunk-NC6MZW2F.js";
import "./chunk-KDFZDUJX.js";
import {
  loadSchemaCheck
} from "./chunk-SPOOS4M2.js";
import "./chunk-4LDTSFSR.js";
import "./chunk-BP3F4KTI.js";
import "./chunk-Y2UGXTGX.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import "./chunk-KOHULJML.js";
import "./chunk-XTWN4XZC.js";
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
