import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunk-5JTUPBDO.js";
import {
  renderMarkdown
} from "./chunk-5V7PBZV3.js";
import "./chunk-VAC67D4I.js";
import {
  renderSarif
} from "./chunk-AF4SNBCN.js";
import "./chunk-YA6DW627.js";

// src/report/index.ts
var FORMATS = ["text", "json", "markdown", "sarif"];
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
export {
  FORMATS,
  render
};
