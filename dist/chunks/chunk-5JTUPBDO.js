import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  burn,
  evidenceBeyondTitle,
  humanDuration,
  percent
} from "./chunk-5V7PBZV3.js";

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/text.ts
var SHOWN_WINDOWS = ["5m", "1h", "6h", "1d", "3d"];
var COLOURS = {
  pass: "\x1B[32m",
  warn: "\x1B[33m",
  block: "\x1B[31m",
  nodata: "\x1B[33m",
  error: "\x1B[31m"
};
var RESET = "\x1B[0m";
function renderText(report, options) {
  const paint = (status, text) => options.color ? `${COLOURS[status]}${text}${RESET}` : text;
  const lines = [];
  const advisory = options.advisory && report.verdict !== "pass" ? " (advisory mode: not enforced)" : "";
  lines.push(
    `slo-gate: ${paint(report.verdict, report.verdict.toUpperCase())}${advisory} at ${report.evaluatedAt}`
  );
  if (report.slos.length > 0) {
    const header = [
      "SLO",
      "STATUS",
      "OBJECTIVE",
      "BUDGET LEFT",
      ...SHOWN_WINDOWS.map((w) => `BURN ${w}`),
      "EXHAUSTS IN"
    ];
    const rows = report.slos.map((slo) => [
      slo.name,
      slo.status,
      `${Number((slo.objective * 100).toFixed(4))}% / ${slo.window}`,
      percent(slo.errorBudgetRemaining),
      ...SHOWN_WINDOWS.map((w) => burn(slo.burnRates[w])),
      humanDuration(slo.exhaustsIn)
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells, status) => cells.map((cell, i) => {
      const padded = cell.padEnd(widths[i]);
      return i === 1 && status ? paint(status, padded) : padded;
    }).join("  ").trimEnd();
    lines.push("", line(header));
    rows.forEach((row, i) => lines.push(line(row, report.slos[i].status)));
  }
  for (const slo of report.slos) {
    if (slo.reasons.length === 0 && !slo.warnings) continue;
    lines.push("", `${slo.name} (${paint(slo.status, slo.status)}):`);
    slo.reasons.forEach((reason) => lines.push(`  - ${reason}`));
    slo.warnings?.forEach((warning) => lines.push(`  ! Prometheus warning: ${warning}`));
  }
  if (report.hints.length > 0) {
    lines.push("", "Hints:");
    for (const hint of report.hints) {
      lines.push(`  * ${hint.slo ? `[${hint.slo}] ` : ""}${hint.title}`);
      evidenceBeyondTitle(hint).forEach((e) => lines.push(`      ${e}`));
    }
  }
  if (report.findings.length > 0) {
    lines.push("", "Findings:");
    for (const f of report.findings) {
      lines.push(`  ${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.resource}: ${f.message}`);
      if (f.hint) lines.push(`      hint: ${f.hint}`);
    }
  }
  return `${lines.join("\n")}
`;
}

export {
  renderJson,
  renderText
};
