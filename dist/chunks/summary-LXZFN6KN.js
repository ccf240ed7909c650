import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  renderMarkdown
} from "./chunk-5V7PBZV3.js";
import "./chunk-VAC67D4I.js";
import "./chunk-YA6DW627.js";

// src/report/chart.ts
var MAX_CATEGORIES = 60;
var MAX_SHORT_LABELS = 8;
var MAX_LONG_LABELS = 5;
var DAY_SECONDS = 86400;
var MAX_TITLE_NAME = 60;
var PLOT_LIMIT = 1e15;
function xyChart(spec) {
  return [
    "```mermaid",
    "xychart-beta",
    `  title ${quoted(spec.title)}`,
    `  x-axis ${quoted(spec.xAxisTitle)} [${spec.categories.map(quoted).join(", ")}]`,
    `  y-axis ${quoted(spec.yAxis.title)} ${plainNumber(spec.yAxis.min)} --> ${plainNumber(spec.yAxis.max)}`,
    ...spec.lines.map((values) => `  line [${values.map(plainNumber).join(", ")}]`),
    "```"
  ].join("\n");
}
function burnRateChart(history, maxCategories = MAX_CATEGORIES) {
  const buckets = downsample(history.burnRate, maxCategories, "max");
  const values = fillGaps(buckets.map(([, value]) => value));
  if (!values) return void 0;
  const threshold = history.burnRateThreshold;
  const lines = threshold === void 0 ? [values] : [values, values.map(() => threshold)];
  return xyChart({
    title: `${titleName(history.slo)}: burn rate (1h window)`,
    xAxisTitle: "time (UTC)",
    categories: axisLabels(buckets.map(([t]) => t)),
    yAxis: { title: "burn rate (x)", ...axisRange(lines.flat(), { headroom: 1.1 }) },
    lines
  });
}
function budgetChart(history, maxCategories = MAX_CATEGORIES) {
  const buckets = downsample(history.budgetRemaining, maxCategories, "last");
  const fractions = fillGaps(buckets.map(([, value]) => value));
  if (!fractions) return void 0;
  const percents = fractions.map((fraction) => fraction * 100);
  return xyChart({
    title: `${titleName(history.slo)}: error budget left (${history.window} period)`,
    xAxisTitle: "time (UTC)",
    categories: axisLabels(buckets.map(([t]) => t)),
    // A full budget is the top; an overspent one goes below zero.
    yAxis: { title: "budget left (%)", ...axisRange([...percents, 100], { headroom: 1 }) },
    lines: [percents]
  });
}
function downsample(points, maxBuckets, pick) {
  const size = Math.max(1, Math.ceil(points.length / Math.max(1, maxBuckets)));
  const buckets = [];
  for (let end = points.length; end > 0; end -= size) {
    const bucket = points.slice(Math.max(0, end - size), end);
    const finite = bucket.map(([, value2]) => value2).filter((value2) => Number.isFinite(value2));
    const value = finite.length === 0 ? NaN : pick === "max" ? Math.max(...finite) : finite[finite.length - 1];
    buckets.push([bucket[bucket.length - 1][0], value]);
  }
  return buckets.reverse();
}
function fillGaps(values) {
  const firstKnown = values.find((value) => Number.isFinite(value));
  if (firstKnown === void 0) return void 0;
  let previous = firstKnown;
  return values.map((value) => Number.isFinite(value) ? previous = value : previous);
}
function axisLabels(times) {
  const count = times.length;
  const span = count > 1 ? times[count - 1] - times[0] : 0;
  const visible = /* @__PURE__ */ new Map();
  if (span >= 3 * DAY_SECONDS) {
    const dayStarts = times.map((t, i) => i).filter((i) => i > 0 && utcDay(times[i]) !== utcDay(times[i - 1]));
    const every = Math.ceil(dayStarts.length / MAX_SHORT_LABELS);
    dayStarts.forEach((i, n) => {
      if (n % every === 0) visible.set(i, utcIso(times[i]).slice(5, 10));
    });
  } else {
    const withDate = span >= DAY_SECONDS;
    const every = Math.ceil(count / (withDate ? MAX_LONG_LABELS : MAX_SHORT_LABELS));
    for (let i = count - 1; i >= 0; i -= every) {
      const iso = utcIso(times[i]);
      visible.set(i, withDate ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16));
    }
  }
  const used = /* @__PURE__ */ new Set();
  return times.map((_, i) => {
    const label = visible.get(i);
    if (label === void 0 || used.has(label)) return invisibleLabel(i, count);
    used.add(label);
    return label;
  });
}
function invisibleLabel(i, count) {
  const bits = Math.max(1, Math.ceil(Math.log2(count)));
  return i.toString(2).padStart(bits, "0").replace(/0/g, "\u200B").replace(/1/g, "\u200C");
}
function mermaidText(text) {
  return text.replace(/["`]/g, "'").replace(/[\r\n]+/g, " ").replace(/%{2,}/g, "%").trim();
}
function quoted(text) {
  return `"${mermaidText(text)}"`;
}
function titleName(name) {
  return name.length > MAX_TITLE_NAME ? `${name.slice(0, MAX_TITLE_NAME - 1)}\u2026` : name;
}
function plainNumber(value) {
  if (Number.isNaN(value)) throw new Error("a chart value is NaN: fill gaps before drawing");
  const clamped = Math.max(-PLOT_LIMIT, Math.min(PLOT_LIMIT, value));
  return String(Number(clamped.toFixed(4)) || 0);
}
function axisRange(values, options) {
  const lowest = Math.min(0, ...values);
  const highest = Math.max(...values) * options.headroom;
  const max = roundUp(highest) || 1;
  return { min: lowest < 0 ? -roundUp(-lowest) : 0, max };
}
function roundUp(value) {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * power >= value * (1 - 1e-12)) ?? 10;
  return Number((factor * power).toPrecision(12));
}
function utcIso(unixSeconds) {
  return new Date(unixSeconds * 1e3).toISOString();
}
function utcDay(unixSeconds) {
  return Math.floor(unixSeconds / DAY_SECONDS);
}

// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var DEFAULT_SUMMARY_MAX_BYTES = SUMMARY_LIMIT_BYTES - 16 * 1024;
var CHARTS_HEADING = "### Burn rate and budget";
function renderSummary(report, histories, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const limit = maxBytes === DEFAULT_SUMMARY_MAX_BYTES ? "GitHub's 1 MiB limit" : `the ${limitText(maxBytes)} limit`;
  const markdown = (r) => renderMarkdown(r, { advisory: options.advisory });
  const chartBlocks = histories.map(chartsOf);
  const full = splitAfterSloTable(markdown(report));
  for (let shown = chartBlocks.length; shown >= 0; shown--) {
    const text = join(full.head, chartsSection(chartBlocks, shown, limit), full.tail);
    if (fits(text, maxBytes)) return text;
  }
  const noCharts = chartsSection(chartBlocks, 0, limit);
  const withoutQueries = { ...report, slos: report.slos.map((slo) => ({ ...slo, queries: [] })) };
  const hasQueries = report.slos.some((slo) => slo.queries.length > 0);
  const queriesNote = hasQueries ? `_PromQL details left out to keep the summary under ${limit}; the JSON report has every query._
` : "";
  const lean = splitAfterSloTable(markdown(withoutQueries));
  const leanText = join(lean.head, noCharts, lean.tail, queriesNote);
  if (fits(leanText, maxBytes)) return leanText;
  const total = report.findings.length;
  const withFindings = (kept) => {
    const cut = splitAfterSloTable(markdown({ ...withoutQueries, findings: report.findings.slice(0, kept) }));
    const findingsNote = kept < total ? `_Showing ${kept} of ${total} findings: the rest were cut to keep the summary under ${limit}; the JSON report has them all._
` : "";
    return join(cut.head, noCharts, cut.tail, findingsNote, queriesNote);
  };
  let low = 0;
  let high = total - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(withFindings(middle), maxBytes)) low = middle;
    else high = middle - 1;
  }
  const trimmed = withFindings(low);
  if (fits(trimmed, maxBytes)) return trimmed;
  const cutNote = `

_The summary was cut here to stay under ${limit}; the JSON report has the whole report._
`;
  if (byteLength(cutNote) > maxBytes) return cutToBytes(cutNote.trim(), maxBytes);
  return cutToBytes(trimmed, maxBytes - byteLength(cutNote)) + cutNote;
}
function chartsOf(history) {
  const burn = burnRateChart(history);
  const budget = budgetChart(history);
  const times = [...history.burnRate, ...history.budgetRemaining].map(([t]) => t);
  const span = times.length > 0 ? ` (${utcMinute(Math.min(...times))} to ${utcMinute(Math.max(...times))} UTC)` : "";
  const heading = `**${history.slo.replace(/\r?\n/g, " ")}**${span}`;
  if (!burn && !budget) return `${heading}: no traffic in this period, nothing to chart.
`;
  const parts = [heading, ""];
  if (burn) parts.push(burn, "");
  else parts.push("_Burn rate: no traffic in this period._", "");
  if (budget) parts.push(budget, "");
  else parts.push("_Budget: no traffic in this period._", "");
  return parts.join("\n");
}
function utcMinute(unixSeconds) {
  return new Date(unixSeconds * 1e3).toISOString().slice(0, 16).replace("T", " ");
}
function chartsSection(blocks, shown, limit) {
  if (blocks.length === 0) return "";
  const out = [CHARTS_HEADING, ""];
  if (shown > 0) {
    out.push(
      "_Each point is the highest 1h burn rate, and the budget left, in its stretch of time; stretches without traffic repeat the value before them._",
      ""
    );
  }
  out.push(...blocks.slice(0, shown));
  if (shown < blocks.length) {
    const left = blocks.length - shown;
    out.push(
      `_Charts of ${left} SLO${left === 1 ? "" : "s"} left out to keep the summary under ${limit}._`,
      ""
    );
  }
  return out.join("\n") + "\n";
}
function splitAfterSloTable(markdown) {
  const table = markdown.indexOf("\n| SLO |");
  const end = table < 0 ? -1 : markdown.indexOf("\n\n", table);
  if (end < 0) return { head: markdown, tail: "" };
  return { head: markdown.slice(0, end + 2), tail: markdown.slice(end + 2) };
}
function join(head, charts, tail, ...notes) {
  const gap = charts === "" || head.endsWith("\n\n") ? "" : head.endsWith("\n") ? "\n" : "\n\n";
  const body = head + gap + charts + tail;
  const trailing = notes.filter((note) => note !== "");
  if (trailing.length === 0) return body;
  return `${body.replace(/\n*$/, "\n\n")}${trailing.join("\n")}`;
}
function fits(text, maxBytes) {
  return byteLength(text) <= maxBytes;
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
function limitText(bytes) {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024) return `${Math.floor(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
function cutToBytes(text, maxBytes) {
  if (maxBytes <= 0) return "";
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  while (end > 0 && (bytes[end] & 192) === 128) end--;
  const cut = bytes.subarray(0, end).toString("utf8");
  const lastLine = cut.lastIndexOf("\n");
  return lastLine > 0 ? cut.slice(0, lastLine) : cut;
}
export {
  DEFAULT_SUMMARY_MAX_BYTES,
  SUMMARY_LIMIT_BYTES,
  renderSummary
};
