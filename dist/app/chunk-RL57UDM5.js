import {
  mapStrings,
  stripControlCharacters
} from "./chunk-JQVBXCJ4.js";

// src/report/annotations.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var ANNOTATIONS_PER_KIND = 10;
var KIND = {
  error: "error",
  warning: "warning",
  info: "notice"
};
var RANK = { error: 0, warning: 1, info: 2 };
function annotationPath(file, root, cwd) {
  if (file === "<stdin>" || file === "") return void 0;
  const path = relative(root, isAbsolute(file) ? file : resolve(cwd, file));
  if (path === "" || path.startsWith("..") || isAbsolute(path)) return void 0;
  return path.split(sep).join("/");
}
function annotationOf(written, options) {
  const finding = mapStrings(written, stripControlCharacters);
  const file = annotationPath(finding.file, options.root, options.cwd);
  const line = Math.max(1, finding.line);
  const properties = { title: finding.ruleId };
  if (file) {
    properties.file = file;
    properties.startLine = line;
    properties.endLine = line;
    if (finding.column > 0) properties.startColumn = finding.column;
  }
  const subject = finding.resource ? `${finding.resource}: ${finding.message}` : finding.message;
  const where = file ? "" : `${finding.file}:${line}: `;
  return {
    kind: KIND[finding.severity],
    message: `${where}${subject}${finding.hint ? `
Hint: ${finding.hint}` : ""}`,
    properties
  };
}
function planAnnotations(findings, options) {
  const perKind = options.perKind ?? ANNOTATIONS_PER_KIND;
  const room = (kind) => Math.max(0, perKind - (options.reserved?.[kind] ?? 0));
  const sorted = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const count = (kind) => sorted.filter((f) => KIND[f.severity] === kind).length;
  const overflows = count("error") > room("error") || count("warning") > room("warning") || count("notice") > room("notice");
  const limit = {
    error: room("error"),
    warning: room("warning"),
    notice: overflows ? Math.max(0, room("notice") - 1) : room("notice")
  };
  const used = { error: 0, warning: 0, notice: 0 };
  const plan = [];
  for (const finding of sorted) {
    const kind = KIND[finding.severity];
    if (used[kind] >= limit[kind]) continue;
    used[kind] += 1;
    plan.push(annotationOf(finding, options));
  }
  const omitted = findings.length - plan.length;
  if (omitted > 0 && room("notice") > 0) {
    plan.push({
      kind: "notice",
      message: `${omitted} more ${omitted === 1 ? "finding" : "findings"} \u2014 ${options.overflowPointer ?? "see the job summary"}`,
      properties: { title: "slo-gate" }
    });
  }
  return plan;
}
function oneLine(text, max = 200) {
  const flat = text.replace(/\s*[\r\n]+\s*/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function verdictReason(report) {
  if (report.verdict === "pass") return "every SLO and manifest check passed";
  const verdict = report.verdict;
  let slos = report.slos.filter((s) => s.status === verdict);
  if (slos.length === 0) slos = report.slos.filter((s) => s.status === "error" || s.status === "nodata");
  const parts = slos.slice(0, 2).map((s) => `${s.name} ${oneLine(s.reasons[0] ?? s.status)}`);
  if (slos.length > 2) parts.push(`${slos.length - 2} more ${slos.length - 2 === 1 ? "SLO" : "SLOs"}`);
  const severity = verdict === "block" ? "error" : "warning";
  const findings = report.findings.filter((f) => f.severity === severity).length;
  if (findings > 0) parts.push(`${findings} ${severity} ${findings === 1 ? "finding" : "findings"}`);
  return parts.length > 0 ? parts.join("; ") : verdict;
}

// src/text/capped-body.ts
async function readCappedBody(stream, declaredLength, maxBytes, tooLarge) {
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    await stream.cancel();
    throw tooLarge();
  }
  const chunks = [];
  let size = 0;
  const reader = stream.getReader();
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export {
  readCappedBody,
  planAnnotations,
  verdictReason
};
//# sourceMappingURL=chunk-RL57UDM5.js.map
