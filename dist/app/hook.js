#!/usr/bin/env node
import {
  hook,
  hookSettingsFromEnv
} from "./chunk-PF63UZFG.js";
import "./chunk-LTOCDNL4.js";
import {
  loadSchemaCheck
} from "./chunk-ZIJMTWEO.js";
import "./chunk-O4EPJCPJ.js";
import {
  log
} from "./chunk-3HKDX73Y.js";
import "./chunk-GPPTG3HG.js";
import "./chunk-EONDMRCW.js";
import {
  reportFailure
} from "./chunk-QJ3UJW64.js";
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
