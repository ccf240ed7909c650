import {
  UsageError,
  redact
} from "./chunk-JQVBXCJ4.js";

// src/sinks/output.ts
import { writeFile } from "node:fs/promises";
async function writeReport(report, file) {
  const text = redact(report);
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
//# sourceMappingURL=chunk-Y2UGXTGX.js.map
