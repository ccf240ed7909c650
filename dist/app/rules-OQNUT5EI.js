import {
  RULES
} from "./chunk-5EFMPVFV.js";
import "./chunk-YNQBFZTT.js";

// src/report/catalog.ts
function renderCatalogText(rules) {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.description}`);
  return `${lines.join("\n")}
`;
}
var FAMILY_TITLES = {
  input: "Input",
  yaml: "Input",
  unrendered: "Input",
  resource: "Input",
  schema: "Schema",
  duplicate: "Schema",
  workload: "Workloads",
  service: "Services",
  ingress: "Ingress",
  netpol: "NetworkPolicy",
  sts: "StatefulSet"
};
function family(id) {
  return FAMILY_TITLES[id.split("-")[0]] ?? "Other";
}
function renderCatalogMarkdown(rules) {
  const out = [
    "# Rules",
    "",
    "<!-- Generated from the rule modules in src/manifests/rules by `npm run docs`. Do not edit. -->",
    "",
    "Severity: `error` blocks, `warning` warns, `info` only reports. A resource opts out of rules with the",
    "annotation `slo-gate.dev/ignore: rule-a,rule-b` (or `*`); `manifests.rules` in slo-gate.yaml changes",
    "any severity (`off`, `error`, `warning`, `info`).",
    "",
    "| Rule | Severity | Kinds | Catches |",
    "|---|---|---|---|",
    ...rules.map(
      (r) => `| [${r.id}](#${r.id}) | ${r.severity} | ${r.kinds.join(", ")} | ${r.description.replace(/\|/g, "\\|")} |`
    ),
    ""
  ];
  let current = "";
  for (const r of rules) {
    const title = family(r.id);
    if (title !== current) {
      out.push(`## ${title}`, "");
      current = title;
    }
    out.push(
      `### ${r.id}`,
      "",
      `**${r.severity}** \xB7 ${r.kinds.join(", ")}`,
      "",
      r.description,
      "",
      r.rationale,
      "",
      "Reported:",
      "",
      "```yaml",
      r.example.bad.trimEnd(),
      "```",
      "",
      "Fixed:",
      "",
      "```yaml",
      r.example.good.trimEnd(),
      "```",
      ""
    );
  }
  return out.join("\n");
}

// src/entry/commands/rules.ts
function runRulesCommand(flags) {
  const metas = RULES.map((r) => r.meta);
  const text = flags.format === "markdown" ? renderCatalogMarkdown(metas) : flags.format === "json" ? `${JSON.stringify(metas, null, 2)}
` : renderCatalogText(metas);
  process.stdout.write(text);
  return 0;
}
export {
  runRulesCommand
};
//# sourceMappingURL=rules-OQNUT5EI.js.map
