#!/usr/bin/env node
import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunks/chunk-DJR2CCW6.js";
import "./chunks/chunk-YA6DW627.js";

// src/entry/hook.ts
var log = (message) => process.stderr.write(`slo-gate: ${message}
`);
async function main() {
  try {
    const [{ hookSettingsFromEnv }, { hook }] = await Promise.all([
      import("./chunks/hook-env-ZOPRSTPZ.js"),
      import("./chunks/hook-DTL46PMH.js")
    ]);
    return await hook(hookSettingsFromEnv(process.env), { log });
  } catch (error) {
    if (error instanceof UsageError) {
      log(error.message);
      return 2;
    }
    log(
      `internal error (please report it): ${error instanceof Error ? error.stack ?? error.message : String(error)}`
    );
    return 2;
  }
}
process.exitCode = await main();
