import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-XTXQERUG.js";
import {
  UsageError
} from "./chunk-QEPZ6EYX.js";
import "./chunk-YA6DW627.js";

// src/github/report-input.ts
import { readFile, stat } from "node:fs/promises";
var MAX_BYTES = 20 * 1024 * 1024;
var text = external_exports.string().max(1e4);
var ratio = external_exports.number().nullable();
var REPORT = external_exports.object({
  verdict: external_exports.enum(["pass", "warn", "block"]),
  evaluatedAt: text,
  slos: external_exports.array(
    external_exports.object({
      name: text,
      objective: external_exports.number(),
      window: text,
      status: external_exports.enum(["pass", "warn", "block", "nodata", "error"]),
      errorBudgetRemaining: ratio,
      burnRates: external_exports.record(external_exports.string().max(20), ratio),
      exhaustsIn: text.nullable(),
      reasons: external_exports.array(text),
      queries: external_exports.array(external_exports.object({ window: text, promql: text })),
      warnings: external_exports.array(text).optional()
    })
  ).max(1e4),
  findings: external_exports.array(
    external_exports.object({
      ruleId: text,
      severity: external_exports.enum(["error", "warning", "info"]),
      file: text,
      line: external_exports.number().int(),
      column: external_exports.number().int(),
      resource: text,
      message: text,
      hint: text.optional()
    })
  ).max(1e5),
  hints: external_exports.array(external_exports.object({ id: text, title: text, evidence: external_exports.array(text), slo: text.optional() })).max(1e4)
});
async function readPublishedReport(file) {
  const fail = (detail) => new UsageError(`input report: ${file} ${detail}`, {
    fix: "give the report-file written by an earlier slo-gate step (its `report-file` output)"
  });
  let size;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw fail(`cannot be read (${error.code ?? "error"})`);
  }
  if (size > MAX_BYTES) throw fail(`is larger than ${MAX_BYTES / 1024 / 1024} MiB`);
  let json;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch {
    throw fail("is not JSON");
  }
  const parsed = REPORT.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(
      `is not a slo-gate report (${issue ? `${issue.path.join(".") || "top level"}: ${issue.message}` : "invalid"})`
    );
  }
  return parsed.data;
}
export {
  readPublishedReport
};
