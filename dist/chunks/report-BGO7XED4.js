import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  readablePercent,
  readableRate
} from "./chunk-VAC67D4I.js";
import "./chunk-YA6DW627.js";

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

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
      hint.evidence.slice(1).forEach((e) => out.push(`  - ${cell(e)}`));
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

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { isAbsolute, relative, sep } from "node:path";
var LEVELS = { error: "error", warning: "warning", info: "note" };
function pascalCase(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c) => c.toUpperCase());
}
function ruleHelp(meta) {
  const text = `${meta.description}

${meta.rationale}`;
  const markdown = [
    `**${meta.id}** (${meta.severity}) \u2014 ${meta.description}`,
    "",
    meta.rationale,
    "",
    "Reported:",
    "```yaml",
    meta.example.bad.trimEnd(),
    "```",
    "Fixed:",
    "```yaml",
    meta.example.good.trimEnd(),
    "```",
    "",
    `Opt a resource out with the annotation \`slo-gate.dev/ignore: ${meta.id}\`.`
  ].join("\n");
  return { text, markdown };
}
function artifactUri(file, root) {
  if (file === "<stdin>") return "stdin";
  const path = isAbsolute(file) ? relative(root, file) : file;
  return path.split(sep).map(encodeURIComponent).join("/").replace(/^(\.\/)+/, "");
}
function fingerprint(finding) {
  return createHash("sha256").update([finding.ruleId, finding.file, finding.resource, finding.message].join("\0")).digest("hex").slice(0, 32);
}
function renderSarif(report, options) {
  const ruleIndex = new Map(options.rules.map((meta, i) => [meta.id, i]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "slo-gate",
            version: options.version,
            informationUri: "https://github.com/slo-gate/slo-gate",
            rules: options.rules.map((meta) => ({
              id: meta.id,
              name: pascalCase(meta.id),
              shortDescription: { text: meta.description },
              fullDescription: { text: meta.rationale },
              help: ruleHelp(meta),
              defaultConfiguration: { level: LEVELS[meta.severity] },
              properties: { tags: ["kubernetes", meta.id.split("-")[0]] }
            }))
          }
        },
        results: report.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {},
          level: LEVELS[finding.severity],
          message: {
            text: `${finding.resource ? `${finding.resource}: ` : ""}${finding.message}${finding.hint ? ` \u2014 ${finding.hint}` : ""}`
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(finding.file, options.root), uriBaseId: "%SRCROOT%" },
                region: { startLine: Math.max(1, finding.line), startColumn: Math.max(1, finding.column) }
              }
            }
          ],
          partialFingerprints: { "sloGateFinding/v1": fingerprint(finding) }
        }))
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/report/text.ts
var SHOWN_WINDOWS2 = ["5m", "1h", "6h", "1d", "3d"];
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
      ...SHOWN_WINDOWS2.map((w) => `BURN ${w}`),
      "EXHAUSTS IN"
    ];
    const rows = report.slos.map((slo) => [
      slo.name,
      slo.status,
      `${Number((slo.objective * 100).toFixed(4))}% / ${slo.window}`,
      percent(slo.errorBudgetRemaining),
      ...SHOWN_WINDOWS2.map((w) => burn(slo.burnRates[w])),
      humanDuration(slo.exhaustsIn)
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells, status) => cells.map((cell2, i) => {
      const padded = cell2.padEnd(widths[i]);
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
      hint.evidence.slice(1).forEach((e) => lines.push(`      ${e}`));
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
