#!/usr/bin/env node
import {
  hook,
  hookSettingsFromEnv
} from "./chunk-MMRGISAC.js";
import "./chunk-RL57UDM5.js";
import "./chunk-VBZFVQHI.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import {
  loadSchemaCheck
} from "./chunk-ZIJMTWEO.js";
import {
  withProgress
} from "./chunk-6LLJJMD5.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-3HT76ZKV.js";
import "./chunk-5EFMPVFV.js";
import {
  reportFailure
} from "./chunk-JQVBXCJ4.js";
import "./chunk-YNQBFZTT.js";

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
