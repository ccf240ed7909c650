#!/usr/bin/env node
import {
  hook,
  hookSettingsFromEnv
} from "./chunk-G4MQG77I.js";
import "./chunk-NC6MZW2F.js";
import "./chunk-GTVWESVX.js";
import {
  loadSchemaCheck
} from "./chunk-SPOOS4M2.js";
import "./chunk-ASDCLBRU.js";
import "./chunk-ZFUE572C.js";
import "./chunk-Y2UGXTGX.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import "./chunk-MOPJT277.js";
import "./chunk-PLDOLPIT.js";
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
