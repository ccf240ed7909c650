import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  readablePercent,
  readableRate
} from "./chunk-VAC67D4I.js";

// src/report/format.ts
function percent(fraction) {
  return fraction === null ? "\u2014" : readablePercent(fraction);
}
function burn(rate) {
  return rate === null || rate === void 0 ? "\u2014" : readableRate(rate);
}
function humanDuration(iso) {
  if (iso === null) return "\u2014";
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?/.exec(iso);
  const hours = Number(match?.[1] ?? 0);
  const minutes = Number(match?.[2] ?? 0);
  if (hours === 0 && minutes === 0) return "now";
  if (hours >= 48) return `${Math.floor(hours / 24)}d${hours % 24 ? `${hours % 24}h` : ""}`;
  return `${hours ? `${hours}h` : ""}${minutes ? `${minutes}m` : ""}`;
}
function evidenceBeyondTitle(hint) {
  return hint.evidence[0] === hint.title ? hint.evidence.slice(1) : hint.evidence;
}

// src/report/markdown.ts
var ICONS = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  block: "\u26D4",
  nodata: "\u2754",
  error: "\u2757"
};
var SHOWN_WINDOWS = ["5m", "1h", "6h", "1d", "3d"];
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function renderMarkdown(report, options = {}) {
  const out = [];
  const advisory = options.advisory && report.verdict !== "pass" ? " (advisory mode: not enforced)" : "";
  out.push(`## ${ICONS[report.verdict]} slo-gate: ${report.verdict}${advisory}`, "");
  out.push(`Evaluated at \`${report.evaluatedAt}\`.`, "");
  if (report.slos.length > 0) {
    out.push(
      `| SLO | Status | Objective | Budget left | ${SHOWN_WINDOWS.map((w) => `Burn ${w}`).join(" | ")} | Exhausts in |`,
      `|---|---|---|---:|${SHOWN_WINDOWS.map(() => "---:").join("|")}|---|`
    );
    for (const slo of report.slos) {
      out.push(
        `| ${cell(slo.name)} | ${ICONS[slo.status]} ${slo.status} | ${Number((slo.objective * 100).toFixed(4))}% / ${slo.window} | ${percent(slo.errorBudgetRemaining)} | ${SHOWN_WINDOWS.map((w) => burn(slo.burnRates[w])).join(" | ")} | ${humanDuration(slo.exhaustsIn)} |`
      );
    }
    out.push("");
  }
  const explained = report.slos.filter((slo) => slo.reasons.length > 0 || slo.warnings);
  if (explained.length > 0) {
    out.push("### Reasons", "");
    for (const slo of explained) {
      out.push(`**${cell(slo.name)}** \u2014 ${slo.status}`, "");
      slo.reasons.forEach((r) => out.push(`- ${cell(r)}`));
      slo.warnings?.forEach((w) => out.push(`- Prometheus warning: ${cell(w)}`));
      out.push("");
    }
  }
  if (report.hints.length > 0) {
    out.push("### Hints", "");
    for (const hint of report.hints) {
      out.push(`- **${cell(hint.title)}**${hint.slo ? ` (${cell(hint.slo)})` : ""}`);
      evidenceBeyondTitle(hint).forEach((e) => out.push(`  - ${cell(e)}`));
    }
    out.push("");
  }
  if (report.findings.length > 0) {
    out.push("### Findings", "", "| Severity | Rule | Where | Resource | Message |", "|---|---|---|---|---|");
    for (const f of report.findings) {
      out.push(
        `| ${f.severity} | \`${f.ruleId}\` | \`${cell(f.file)}:${f.line}\` | ${cell(f.resource)} | ${cell(f.message)}${f.hint ? `<br>${cell(f.hint)}` : ""} |`
      );
    }
    out.push("");
  }
  for (const slo of report.slos) {
    if (slo.queries.length === 0) continue;
    out.push(`<details><summary>PromQL for ${cell(slo.name)}</summary>`, "");
    for (const q of slo.queries) out.push(`${q.window}:`, "", "```promql", q.promql, "```", "");
    out.push("</details>", "");
  }
  return out.join("\n");
}

export {
  percent,
  burn,
  humanDuration,
  evidenceBeyondTitle,
  renderMarkdown
};
