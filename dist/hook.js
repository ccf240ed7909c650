#!/usr/bin/env node
import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  reportFailure
} from "./chunks/chunk-QEPZ6EYX.js";
import "./chunks/chunk-YA6DW627.js";

// src/entry/hook.ts
var log = (message) => process.stderr.write(`slo-gate: ${message}
`);
async function main() {
  try {
    const [{ hookSettingsFromEnv }, { hook }] = await Promise.all([
      import("./chunks/hook-env-MLTPZYEE.js"),
      import("./chunks/hook-U3IBTPQB.js")
    ]);
    return await hook(hookSettingsFromEnv(process.env), { log });
  } catch (error) {
    return reportFailure(error, log);
  }
}
process.exitCode = await main();
