import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-QEPZ6EYX.js";
import "./chunk-YA6DW627.js";

// src/entry/output.ts
import { writeFile } from "node:fs/promises";
async function writeReport(text, file) {
  if (!file) {
    await new Promise(
      (resolve, reject) => process.stdout.write(text, (error) => error ? reject(error) : resolve())
    );
    return;
  }
  try {
    await writeFile(file, text);
  } catch (error) {
    const reason = error.code ?? String(error);
    throw new UsageError(`cannot write the report to ${file} (${reason})`, {
      fix: "pass --output a path in an existing, writable folder"
    });
  }
}
export {
  writeReport
};
