import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);

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

export {
  artifactUri,
  renderSarif
};
