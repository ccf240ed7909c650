import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  verdictReason
} from "./chunk-M3RRQYZK.js";
import "./chunk-YA6DW627.js";

// src/sinks/termination.ts
import { writeFile } from "node:fs/promises";
var TERMINATION_MESSAGE_MAX_BYTES = 4096;
var DEFAULT_TERMINATION_LOG = "/dev/termination-log";
var MAX_FINDINGS = 3;
var MAX_HINTS = 3;
function terminationMessage(report, policy) {
  const parts = [`${headline(report, policy)}: ${verdictReason(report)}`];
  if (report.verdict !== "pass") {
    const severity = report.verdict === "block" ? "error" : "warning";
    for (const finding of report.findings.filter((f) => f.severity === severity).slice(0, MAX_FINDINGS)) {
      parts.push(`${finding.ruleId} ${finding.resource || finding.file}: ${finding.message}`);
    }
  }
  for (const hint of report.hints.slice(0, MAX_HINTS)) parts.push(`hint: ${hint.title}`);
  return truncateUtf8(oneLine(parts.join(" | ")), TERMINATION_MESSAGE_MAX_BYTES);
}
function headline(report, policy) {
  if (report.verdict === "pass") return "slo-gate passed";
  const verb = report.verdict === "block" ? "blocked" : "warned";
  if (policy.mode === "advisory") return `slo-gate ${verb} (mode: advisory, the sync goes on)`;
  return policy.exitCode === 0 ? `slo-gate ${verb} (the sync goes on)` : `slo-gate ${verb}${report.verdict === "warn" ? " (fail-on: warn)" : ""}, the sync is stopped`;
}
function oneLine(text) {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
function truncateUtf8(text, maxBytes) {
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  const ellipsis = "\u2026";
  const budget = maxBytes - Buffer.byteLength(ellipsis, "utf8");
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, "utf8");
    if (bytes + size > budget) break;
    bytes += size;
    end += char.length;
  }
  return `${text.slice(0, end)}${ellipsis}`;
}
async function writeTerminationMessage(path, message, warn) {
  try {
    await writeFile(path, message);
    return true;
  } catch (error) {
    const reason = error.code ?? String(error);
    warn(`could not write the termination message to ${path} (${reason}); the verdict stands`);
    return false;
  }
}
export {
  DEFAULT_TERMINATION_LOG,
  TERMINATION_MESSAGE_MAX_BYTES,
  terminationMessage,
  truncateUtf8,
  writeTerminationMessage
};
