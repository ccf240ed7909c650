import {
  renderJson,
  renderMarkdown,
  renderSarif,
  renderText
} from "./chunk-6LLJJMD5.js";

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

export {
  render
};
//# sourceMappingURL=chunk-VBZFVQHI.js.map
