import {
  renderJson,
  renderMarkdown,
  renderSarif,
  renderText
} from "./chunk-GPPTG3HG.js";
import {
  UsageError,
  redact
} from "./chunk-QJ3UJW64.js";

// src/report/index.ts
function render(report, format, options) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report, options);
    case "text":
      return renderText(report, options);
    case "sarif":
      if (!options.sarif) throw new Error("SARIF needs the rule catalog");
      return renderSarif(report, options.sarif);
  }
}

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
  render,
  writeReport
};
//# sourceMappingURL=chunk-O4EPJCPJ.js.map
