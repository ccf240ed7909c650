import {
  MAX_PORT,
  MIN_PORT,
  NO_PORTS,
  RULES,
  RULES_BY_ID,
  allowEntryProblem,
  closestKey,
  connectivityOfBundle,
  containsPort,
  createBundle,
  equals,
  formatPortSet,
  intersect,
  isAll,
  isEmpty,
  isProtocol,
  parseIp,
  policyOf,
  rule,
  rule2,
  rule3,
  subtract
} from "./chunk-5EFMPVFV.js";
import {
  UsageError,
  formatDuration,
  formatIsoDuration,
  formatUsageError,
  parseDuration,
  redact,
  registerBasicAuth,
  registerSecret,
  registerUrlCredentials,
  unreachable
} from "./chunk-JQVBXCJ4.js";
import {
  isRecord,
  rule as rule4,
  stringMap,
  valueText
} from "./chunk-YNQBFZTT.js";

// src/config/load.ts
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";

// src/config/defaults.ts
var DEFAULT_TIMEOUT = "10s";
var DEFAULT_RETRIES = 2;
var DEFAULT_CONCURRENCY = 8;
var DEFAULT_ALIGN_TIME = "1m";
var DEFAULT_WINDOW = "30d";
var DEFAULT_ON_NO_DATA = "warn";
var DEFAULT_MODE = "enforce";
var DEFAULT_METRICS_LABELS = {
  namespaceLabel: "namespace",
  podLabel: "pod",
  containerLabel: "container"
};
var DEFAULT_MEMORY_SATURATION = 0.9;
var ALERT_WINDOW_TABLES = [
  {
    period: "30d",
    alerts: [
      { long: "1h", short: "5m", budgetPercent: 2, action: "block" },
      { long: "6h", short: "30m", budgetPercent: 5, action: "block" },
      { long: "1d", short: "2h", budgetPercent: 10, action: "warn" },
      { long: "3d", short: "6h", budgetPercent: 10, action: "warn" }
    ]
  },
  {
    period: "28d",
    alerts: [
      { long: "1h", short: "5m", budgetPercent: 2, action: "block" },
      { long: "6h", short: "30m", budgetPercent: 5, action: "block" },
      { long: "1d", short: "2h", budgetPercent: 10, action: "warn" },
      { long: "3d", short: "6h", budgetPercent: 10, action: "warn" }
    ]
  },
  {
    period: "7d",
    alerts: [
      { long: "1h", short: "5m", budgetPercent: 8, action: "block" },
      { long: "6h", short: "30m", budgetPercent: 12.5, action: "block" },
      { long: "1d", short: "2h", budgetPercent: 20, action: "warn" },
      { long: "3d", short: "6h", budgetPercent: 42, action: "warn" }
    ]
  }
];
function secondsOf(duration2) {
  const seconds3 = parseDuration(duration2);
  if (seconds3 === void 0) throw new Error(`not a duration in the alert-window table: ${duration2}`);
  return seconds3;
}
function defaultBurnRateAlerts(periodSeconds) {
  const tables = ALERT_WINDOW_TABLES.map((table2) => ({ ...table2, seconds: secondsOf(table2.period) }));
  const table = tables.find((t) => t.seconds <= periodSeconds) ?? tables[tables.length - 1];
  return table.alerts.map((alert) => {
    const longSeconds = secondsOf(alert.long);
    const share = alert.budgetPercent / 100;
    const threshold = table.seconds === periodSeconds ? { budgetConsumed: share } : { factor: Number((share * table.seconds / longSeconds).toPrecision(12)) };
    return {
      long: alert.long,
      longSeconds,
      short: alert.short,
      shortSeconds: secondsOf(alert.short),
      ...threshold,
      action: alert.action
    };
  }).filter((alert) => alert.longSeconds < periodSeconds);
}
var DEFAULT_POLICY = {
  budgetExhausted: "block",
  budgetWarnBelow: 0.25,
  burnRateAlerts: defaultBurnRateAlerts(secondsOf(DEFAULT_WINDOW)),
  minEvents: 100,
  onPrometheusError: "block"
};
var DEFAULT_OBSERVED_WINDOW = "1h";

// src/config/yaml-source.ts
import { isMap as isMap2, isScalar as isScalar2, isSeq as isSeq2, parseAllDocuments, Scalar, visit } from "../vendor/yaml.js";

// src/yaml/lines.ts
var LineIndex = class {
  constructor(text5) {
    this.text = text5;
  }
  text;
  starts;
  /** The 1-based line and column of `offset` (a CR before LF counts as the line's last column). */
  position(offset) {
    const starts = this.starts ??= lineStartsOf(this.text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }
};
function lineStartsOf(text5) {
  const starts = [0];
  for (let at = text5.indexOf("\n"); at >= 0; at = text5.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

// src/yaml/locate.ts
import { isAlias, isMap, isScalar, isSeq } from "../vendor/yaml.js";
function positionOf(document, path) {
  const { lines, root, end } = document;
  let offset = scanOffsetOf(lines.text, root, end, path);
  if (offset === void 0) {
    const tree = document.tree();
    const relative2 = tree ? offsetOf(tree.document, path) : void 0;
    offset = relative2 === void 0 ? root : tree.base + relative2;
  }
  return lines.position(offset);
}
function positionInTree(lines, tree, root, path) {
  const relative2 = offsetOf(tree.document, path);
  return lines.position(relative2 === void 0 ? root : tree.base + relative2);
}
function offsetOf(document, path) {
  let node = document.contents;
  let best = node?.range?.[0];
  for (const step of path) {
    node = resolveAlias(document, node);
    let key;
    let value;
    if (isMap(node)) {
      const pair = findPair(document, node, String(step));
      if (!pair) break;
      key = pair.key;
      value = pair.value;
    } else if (isSeq(node) && typeof step === "number" && step < node.items.length) {
      value = node.items[step];
    } else {
      break;
    }
    const resolved = resolveAlias(document, value);
    const pointAtKey = !resolved || isMap(resolved) || isSeq(resolved) || isScalar(resolved) && resolved.value === null;
    const at = pointAtKey && key?.range ? key.range[0] : value?.range?.[0];
    if (at !== void 0) best = at;
    node = value;
  }
  return best;
}
function lineAt(text5, at, limit) {
  const start = text5.lastIndexOf("\n", at - 1) + 1;
  let end = text5.indexOf("\n", at);
  if (end < 0 || end > limit) end = limit;
  let content = start;
  while (content < end && text5[content] === " ") content++;
  if (text5[content] === "	") return void 0;
  return { content, end, indent: content - start };
}
function nextContentLine(text5, line, limit) {
  let at = line.end + 1;
  while (at < limit) {
    const next = lineAt(text5, at, limit);
    if (!next) return void 0;
    const first = text5[next.content];
    if (next.content < next.end && first !== "#" && first !== "\r") {
      if (next.indent === 0 && (text5.startsWith("---", next.content) || text5.startsWith("...", next.content)))
        return null;
      return next;
    }
    at = next.end + 1;
  }
  return null;
}
var NULL_SCALAR = /^(?:~|null|Null|NULL)?[ \t]*(?:#.*)?\r?$/;
var SAFE_VALUE_START = /^[^&!*{[|>'"%@`]/;
function valueKind(text5, from, end) {
  let at = from;
  while (at < end && text5[at] === " ") at++;
  const rest = text5.slice(at, end);
  if (rest === "" || rest === "\r" || rest.startsWith("#")) return "empty";
  if (NULL_SCALAR.test(rest)) return "null";
  if (rest[0] === "{" || rest[0] === "[") return "collection";
  if (rest[0] === '"' || rest[0] === "'") return "scalar";
  return SAFE_VALUE_START.test(rest) ? "scalar" : "other";
}
function skipSpaces(text5, at, end) {
  while (at < end && text5[at] === " ") at++;
  return at;
}
function readKey(text5, at, end) {
  const first = text5[at];
  if (first === '"' || first === "'") {
    const close = text5.indexOf(first, at + 1);
    if (close < 0 || close > end) return void 0;
    const key = text5.slice(at + 1, close);
    if (key.includes("\\") || key.includes(first === "'" ? "''" : '"') || text5[close + 1] !== ":")
      return void 0;
    return { key, value: close + 2 };
  }
  if (!first || "?&!*{[|>%@`#-".includes(first) || text5.startsWith("<<", at)) {
    return void 0;
  }
  for (let colon = text5.indexOf(":", at); colon >= 0 && colon < end; colon = text5.indexOf(":", colon + 1)) {
    const after = text5[colon + 1];
    if (colon + 1 === end || after === " " || after === "\r") {
      const key = text5.slice(at, colon).trimEnd();
      if (key.includes(" #") || key.includes("	")) return void 0;
      return { key, value: colon + 1 };
    }
  }
  return void 0;
}
var isItemLine = (text5, line) => text5[line.content] === "-" && (line.content + 1 === line.end || " \r".includes(text5[line.content + 1]));
function childCollection(text5, line, indent, limit) {
  const next = nextContentLine(text5, line, limit);
  if (next === void 0) return void 0;
  if (next === null) return null;
  if (next.indent > indent) return next;
  if (next.indent === indent && isItemLine(text5, next)) return next;
  return null;
}
function scanOffsetOf(text5, root, limit, path) {
  let line = lineAt(text5, root, limit);
  if (!line || line.content !== root) return void 0;
  let from = root;
  let indent = line.indent;
  let best = root;
  for (let depth = 0; depth < path.length; depth++) {
    const step = path[depth];
    const isLast = depth === path.length - 1;
    if (text5[from] === "{" || text5[from] === "[") return void 0;
    const isList = isItemLine(text5, { ...line, content: from });
    if (typeof step === "string") {
      if (isList) return best;
      let current2 = { ...line, content: from };
      let found;
      let merges = false;
      while (current2) {
        if (current2.indent < indent && current2.content !== from) break;
        if (current2.indent === indent || current2.content === from) {
          if (isItemLine(text5, current2)) {
            current2 = nextContentLine(text5, current2, limit);
            if (current2 === void 0) return void 0;
            continue;
          }
          const entry2 = readKey(text5, current2.content, current2.end);
          if (!entry2) {
            if (text5.startsWith("<<", current2.content)) merges = true;
            else return void 0;
          } else if (entry2.key === step) {
            found = { ...entry2, line: current2 };
            break;
          }
        }
        current2 = nextContentLine(text5, current2, limit);
        if (current2 === void 0) return void 0;
      }
      if (!found) return merges ? void 0 : best;
      const kind2 = valueKind(text5, found.value, found.line.end);
      const keyAt = found.line.content;
      if (kind2 === "other") return void 0;
      if (kind2 === "scalar") return skipSpaces(text5, found.value, found.line.end);
      if (kind2 === "null") return keyAt;
      if (kind2 === "collection") return isLast ? keyAt : void 0;
      const child = childCollection(text5, found.line, indent, limit);
      if (child === void 0) return void 0;
      best = keyAt;
      if (child === null) return keyAt;
      if (!isItemLine(text5, child) && !readKey(text5, child.content, child.end)) {
        if (/:(?: |\r?$)/.test(text5.slice(child.content, child.end))) return void 0;
        const childKind = valueKind(text5, child.content, child.end);
        if (childKind === "collection" && isLast) return keyAt;
        return childKind === "scalar" ? child.content : void 0;
      }
      line = child;
      from = child.content;
      indent = child.indent;
      continue;
    }
    if (!isList) return void 0;
    let current = { ...line, content: from };
    let index = 0;
    let item;
    while (current) {
      if (current.indent < indent && current.content !== from) break;
      if (current.indent === indent || current.content === from) {
        if (!isItemLine(text5, current)) break;
        if (index === step) {
          item = current;
          break;
        }
        index++;
      }
      current = nextContentLine(text5, current, limit);
      if (current === void 0) return void 0;
    }
    if (!item) return best;
    const content = skipSpaces(text5, item.content + 1, item.end);
    const kind = valueKind(text5, content, item.end);
    if (kind === "empty" || kind === "null" || kind === "other") return void 0;
    if (kind === "collection") return isLast ? content : void 0;
    if (text5[content] === "-" && isItemLine(text5, { ...item, content })) return void 0;
    const entry = readKey(text5, content, item.end);
    if (!entry) return content;
    best = content;
    line = item;
    from = content;
    indent = content - (item.content - item.indent);
  }
  return best;
}
function resolveAlias(document, node) {
  return isAlias(node) ? node.resolve(document) : node;
}
function findPair(document, map, key, depth = 0) {
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair;
  }
  if (depth > 10) return void 0;
  for (const pair of map.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== "symbol" && pair.key.value !== "<<") continue;
    const merged = resolveAlias(document, pair.value);
    const sources = isSeq(merged) ? merged.items.map((item) => resolveAlias(document, item)) : [merged];
    for (const source of sources) {
      const found = isMap(source) ? findPair(document, source, key, depth + 1) : void 0;
      if (found) return found;
    }
  }
  return void 0;
}

// src/config/yaml-source.ts
var MAX_ALIAS_COUNT = 100;
function parseYamlSource(file, text5) {
  const lines = new LineIndex(text5);
  const parsed = parseAllDocuments(text5, { prettyErrors: false });
  const all = Array.isArray(parsed) ? parsed : [];
  for (const document of all) {
    const error = document.errors[0];
    if (error) {
      const { line, column } = lines.position(error.pos[0]);
      throw new UsageError(`YAML syntax error: ${oneLine(error.message)}`, {
        file,
        line,
        column,
        fix: "correct the YAML at that position (indentation, quotes and brackets are the usual suspects)"
      });
    }
  }
  const documents = all.filter((document) => !isEmptyDocument(document));
  for (const document of documents) refuseRoundedIntegers(file, lines, document);
  return { file, text: text5, lines, documents };
}
var INTEGER_LITERAL = /^[-+]?(?:[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+)$/;
function refuseRoundedIntegers(file, lines, document) {
  visit(document, {
    Scalar(_key, node) {
      const written = node.source;
      if (typeof node.value !== "number" || typeof written !== "string" || !INTEGER_LITERAL.test(written))
        return;
      const exact = BigInt(written.startsWith("0o") ? written : written.replace(/^\+/, ""));
      if (!Number.isInteger(node.value) || BigInt(node.value) === exact) return;
      const { line, column } = lines.position(node.range?.[0] ?? 0);
      throw new UsageError(
        `the integer ${written} is beyond 2^53 (9007199254740992): it would be read as ${BigInt(node.value)}`,
        {
          file,
          line,
          column,
          fix: "write a number within \xB19007199254740992 (quote it if it is meant as text)"
        }
      );
    }
  });
}
function isEmptyDocument(document) {
  const contents = document.contents;
  return contents === null || isScalar2(contents) && contents.value === null;
}
function documentValue(source, document) {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new UsageError(`cannot expand YAML aliases: ${oneLine(String(error.message))}`, {
      file: source.file,
      fix: "write the values out instead of using many nested aliases"
    });
  }
}
function nodeAt(document, path) {
  let node = document.contents;
  for (const key of path) {
    if (isMap2(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(key));
      node = pair?.value ?? void 0;
    } else if (isSeq2(node) && typeof key === "number") {
      node = node.items[key];
    } else {
      return void 0;
    }
    if (node === void 0) return void 0;
  }
  return node;
}
function hasPath(document, path) {
  if (path.length === 0) return true;
  const parent = nodeAt(document, path.slice(0, -1));
  const last = path[path.length - 1];
  if (isMap2(parent)) return parent.items.some((item) => keyText(item.key) === String(last));
  if (isSeq2(parent)) return typeof last === "number" && last < parent.items.length;
  return false;
}
function keyNodeAt(document, path) {
  if (path.length === 0) return void 0;
  const parent = nodeAt(document, path.slice(0, -1));
  if (!isMap2(parent)) return void 0;
  const last = String(path[path.length - 1]);
  const pair = parent.items.find((item) => keyText(item.key) === last);
  return pair && isScalar2(pair.key) ? pair.key : void 0;
}
function positionOf2(source, document, path) {
  const root = document.contents?.range?.[0];
  if (root === void 0) return { line: 1, column: 1 };
  return positionInTree(source.lines, { document, base: 0 }, root, path);
}
function offsetPosition(source, offset) {
  return source.lines.position(offset);
}
function describeWritten(source, node) {
  if (node === void 0) return "nothing";
  if (isMap2(node)) return "a mapping";
  if (isSeq2(node)) return "a list";
  if (isScalar2(node)) {
    if (node.value === null) return "nothing";
    const range = node.range;
    const written = range ? source.text.slice(range[0], range[1]) : valueText(node.value);
    const flat = oneLine(written);
    return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
  }
  return "an alias";
}
function valueCharPosition(source, node, offset) {
  if (!isScalar2(node) || !node.range)
    return node.range ? offsetPosition(source, node.range[0]) : { line: 1, column: 1 };
  const value = String(node.value);
  let start = node.range[0];
  const end = node.range[1];
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const headerEnd = source.text.indexOf("\n", start);
    start = headerEnd < 0 ? end : headerEnd + 1;
  }
  const sourceOffset = alignValueOffset(value, source.text, start, end, offset);
  return offsetPosition(source, sourceOffset);
}
var SKIPPABLE = /* @__PURE__ */ new Set([" ", "	", "\n", "\r", '"', "'", "\\"]);
function alignValueOffset(value, text5, start, end, target) {
  let cursor = start;
  let last = start;
  for (let i = 0; i < value.length && i <= target; i++) {
    const char = value[i];
    let probe = cursor;
    while (probe < end && text5[probe] !== char && SKIPPABLE.has(text5[probe])) probe++;
    if (probe < end && text5[probe] === char) {
      last = probe;
      cursor = probe + 1;
    } else {
      last = cursor;
      if (text5[cursor] === "\\") cursor += escapeLength(text5, cursor);
    }
    if (i === target) return last;
  }
  return Math.min(last + 1, Math.max(start, end));
}
function escapeLength(text5, at) {
  const kind = text5[at + 1];
  if (kind === "x") return 4;
  if (kind === "u") return 6;
  if (kind === "U") return 10;
  return 2;
}
function keyText(key) {
  if (isScalar2(key)) return String(key.value);
  if (typeof key === "string" || typeof key === "number") return String(key);
  return void 0;
}
function oneLine(text5) {
  return text5.replace(/\s*\n\s*/g, " ").trim();
}

// src/config/issues.ts
var MARK = "\0slo-gate:";
var encode = (wording) => MARK + JSON.stringify(wording);
function expect(expected, fix, options = {}) {
  const message = encode({ kind: "expected", expected, fix, ...options });
  return { error: () => message };
}
function mappingOf(allowed, expected, fix) {
  const message = encode({ kind: "keys", allowed, expected, fix });
  return { error: () => message };
}
function problem(detail, fix) {
  return encode({ kind: "custom", detail, fix });
}
function pathLabel(path) {
  let label = "";
  for (const part of path) {
    if (typeof part === "number") label += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) label += label ? `.${part}` : part;
    else label += `[${JSON.stringify(part)}]`;
  }
  return label;
}
function firstIssueError(source, document, issues, basePath = []) {
  const located = issues.flatMap((issue) => locateIssue(source, document, issue, basePath));
  located.sort(
    (a, b) => Number(b.unknownKey) - Number(a.unknownKey) || a.position.line - b.position.line || a.position.column - b.position.column
  );
  const first = located[0];
  if (!first) throw new Error("firstIssueError called without issues");
  return first.error;
}
function locateIssue(source, document, issue, basePath) {
  const path = [
    ...basePath,
    ...issue.path.map((part) => typeof part === "number" ? part : String(part))
  ];
  const wording = decode(issue.message);
  const at = (position2, detail, fix) => ({
    position: position2,
    unknownKey: issue.code === "unrecognized_keys",
    error: new UsageError(detail, { file: source.file, line: position2.line, column: position2.column, fix })
  });
  if (issue.code === "unrecognized_keys") {
    const allowed = wording?.kind === "keys" ? wording.allowed : [];
    const where = path.length ? `in ${pathLabel(path)}` : "at the top level";
    return issue.keys.map((key) => {
      const keyNode = keyNodeAt(document, [...path, key]);
      const position2 = keyNode?.range ? offsetPosition(source, keyNode.range[0]) : positionOf2(source, document, path);
      const suggestion = closestKey(key, allowed);
      return suggestion ? at(position2, `unknown key "${key}" ${where} \u2014 did you mean "${suggestion}"?`) : at(
        position2,
        `unknown key "${key}" ${where}`,
        `remove it; the keys allowed here are: ${allowed.join(", ")}`
      );
    });
  }
  const label = pathLabel(path) || "the top level";
  const position = positionOf2(source, document, path);
  if (!wording) {
    return [at(position, `${label}: ${issue.message}`)];
  }
  if (wording.kind === "custom") return [at(position, `${label} ${wording.detail}`, wording.fix)];
  if (!hasPath(document, path)) {
    return [at(position, `${label} is missing: it must be ${wording.expected}`, wording.fix)];
  }
  const secret = wording.kind === "expected" && wording.secret;
  const got = secret ? "" : `, got ${redactCredentials(describeWritten(source, nodeAt(document, path)))}`;
  return [at(position, `${label} must be ${wording.expected}${got}`, wording.fix)];
}
function decode(message) {
  if (!message.startsWith(MARK)) return void 0;
  return JSON.parse(message.slice(MARK.length));
}
function redactCredentials(text5) {
  return redact(text5);
}

// src/config/period.ts
import { z } from "../vendor/zod.js";

// src/slo/calendar.ts
var DAY_MS = 864e5;
var CALENDAR_NOMINAL_SECONDS = {
  month: 30 * 86400,
  week: 7 * 86400
};
function calendarWindowLabel(period) {
  return `calendar ${period}`;
}
function calendarBoundsAt(period, at) {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  if (period === "month") {
    return { start: new Date(Date.UTC(year, month, 1)), end: new Date(Date.UTC(year, month + 1, 1)) };
  }
  const midnight = Date.UTC(year, month, at.getUTCDate());
  const sinceMonday = (at.getUTCDay() + 6) % 7;
  const start = midnight - sinceMonday * DAY_MS;
  return { start: new Date(start), end: new Date(start + 7 * DAY_MS) };
}
function budgetPeriodAt(slo, at) {
  if (!slo.calendar) return rollingPeriod(slo);
  const { start, end } = calendarBoundsAt(slo.calendar, at);
  const elapsed = Math.floor((at.getTime() - start.getTime()) / 1e3);
  return {
    budgetWindow: { window: slo.window, seconds: elapsed, range: formatDuration(elapsed) },
    periodSeconds: (end.getTime() - start.getTime()) / 1e3,
    end
  };
}
function rollingPeriod(slo) {
  return {
    budgetWindow: { window: slo.window, seconds: slo.windowSeconds },
    periodSeconds: slo.windowSeconds
  };
}

// src/config/period.ts
var DAY = 86400;
var MIN_WINDOW_SECONDS = DAY;
var MAX_WINDOW_SECONDS = 90 * DAY;
function sloWindow() {
  const wording = expect(
    'a duration from 1d to 90d such as "28d" or "30d"',
    "write e.g. window: 30d (whole weeks: 7d, 28d), or calendar: month for a period aligned to the calendar"
  );
  return z.string(wording).refine((text5) => {
    const seconds3 = parseDuration(text5);
    return seconds3 !== void 0 && seconds3 >= MIN_WINDOW_SECONDS && seconds3 <= MAX_WINDOW_SECONDS;
  }, wording);
}
var CALENDAR_PERIODS = ["month", "week"];
function calendarPeriod() {
  return z.enum(
    CALENDAR_PERIODS,
    expect(
      "month or week",
      "write calendar: month (from the 1st, 00:00 UTC) or calendar: week (from Monday, 00:00 UTC)"
    )
  );
}
function checkOnePeriod(context, sloPath, slo) {
  if (slo.window === void 0 || slo.calendar === void 0) return;
  const path = [...sloPath, "calendar"];
  const { line, column } = positionOf2(context.source, context.document, path);
  throw new UsageError(
    `${pathLabel(path)} cannot be used together with window (${slo.window}): an SLO has one period`,
    {
      file: context.source.file,
      line,
      column,
      fix: "keep window: for a rolling period or calendar: for a calendar-aligned one, not both"
    }
  );
}
function periodFields(window, calendar) {
  if (calendar) {
    return {
      window: calendarWindowLabel(calendar),
      windowSeconds: CALENDAR_NOMINAL_SECONDS[calendar],
      calendar
    };
  }
  const windowSeconds = parseDuration(window);
  if (windowSeconds === void 0) throw new Error(`not a duration after validation: ${window}`);
  return { window, windowSeconds };
}

// src/config/schema.ts
import { z as z2 } from "../vendor/zod.js";

// src/promql/syntax.ts
import { parser } from "../vendor/@prometheus-io/lezer-promql.js";

// src/promql/metricsql-names.ts
var METRICSQL_ONLY_FUNCTIONS = /* @__PURE__ */ new Set([
  "histogram_share",
  "histogram_over_time",
  "histogram_avg",
  "histogram_stddev",
  "histogram_stdvar",
  "share_le_over_time",
  "share_gt_over_time",
  "share_lt_over_time",
  "share_ge_over_time",
  "share_eq_over_time",
  "count_le_over_time",
  "count_gt_over_time",
  "count_lt_over_time",
  "count_ge_over_time",
  "count_eq_over_time",
  "count_ne_over_time",
  "rollup",
  "rollup_rate",
  "rollup_increase",
  "rollup_delta",
  "rollup_deriv",
  "rollup_candlestick",
  "rollup_scrape_interval",
  "range_first",
  "range_last",
  "range_avg",
  "range_max",
  "range_min",
  "range_sum",
  "range_median",
  "increase_pure",
  "increase_prometheus",
  "default_rollup",
  "running_sum",
  "running_avg",
  "running_max",
  "running_min",
  "remove_resets",
  "keep_last_value",
  "keep_next_value",
  "rate_over_sum",
  "first_over_time",
  "tfirst_over_time",
  "tlast_over_time",
  "lifetime",
  "lag",
  "scrape_interval",
  "label_set",
  "label_del",
  "label_keep",
  "label_copy",
  "label_move",
  "limit_offset",
  "union",
  "ru",
  "ttf",
  "with"
]);
var METRICSQL_ONLY_KEYWORDS = /* @__PURE__ */ new Set([
  "default",
  "if",
  "ifnot",
  "keep_metric_names"
]);
function isMetricsqlOnly(word) {
  const lower = word.toLowerCase();
  return METRICSQL_ONLY_FUNCTIONS.has(lower) || METRICSQL_ONLY_KEYWORDS.has(lower);
}

// src/promql/syntax.ts
var recentTrees = /* @__PURE__ */ new Map();
var RECENT_TREES = 256;
function parsePromql(query) {
  let tree = recentTrees.get(query);
  if (!tree) {
    tree = parser.parse(query);
    if (recentTrees.size >= RECENT_TREES) recentTrees.delete(recentTrees.keys().next().value);
    recentTrees.set(query, tree);
  }
  return tree;
}
function findSyntaxError(query) {
  if (query.trim() === "") return { offset: 0, message: "the query is empty" };
  const tree = parsePromql(query);
  const errorNode = firstErrorNode(tree);
  const openString = firstUnterminatedString(tree, query);
  if (openString && (!errorNode || openString.offset <= errorNode.from)) return openString;
  return errorNode ? describeErrorNode(query, errorNode) : void 0;
}
function firstErrorNode(tree) {
  let found;
  tree.iterate({
    enter(ref) {
      if (found) return false;
      if (ref.type.isError) {
        found = ref.node;
        return false;
      }
      return void 0;
    }
  });
  return found;
}
function firstUnterminatedString(tree, query) {
  let found;
  tree.iterate({
    enter(ref) {
      if (found) return false;
      if (ref.name === "StringLiteral" && !isClosedString(query.slice(ref.from, ref.to))) {
        const quote = query[ref.from] ?? '"';
        found = { offset: ref.from, message: `unterminated string: add the closing ${quote}` };
      }
      return void 0;
    }
  });
  return found;
}
function isClosedString(literal) {
  const quote = literal[0];
  if (quote === "`") return literal.length >= 2 && literal.endsWith("`");
  for (let i = 1; i < literal.length; i++) {
    const char = literal[i];
    if (char === "\\") i++;
    else if (char === quote) return i === literal.length - 1;
  }
  return false;
}
var BINARY_OPERATORS = /* @__PURE__ */ new Set([
  "+",
  "-",
  "*",
  "/",
  "%",
  "^",
  "==",
  "!=",
  "<",
  ">",
  "<=",
  ">=",
  "and",
  "or",
  "unless",
  "atan2"
]);
function describeErrorNode(query, node) {
  const offset = node.from;
  const brackets = scanBrackets(query);
  const placeholder = templatePlaceholderAround(query, offset);
  if (placeholder) {
    const message = /^\{\{\s*\.window\s*\}\}$/.test(placeholder.text) ? `unexpected '${placeholder.text}': substitute the window before checking the query` : `unexpected '${placeholder.text}': the only template placeholder is {{.window}}`;
    return { offset: placeholder.offset, message };
  }
  if (node.to > node.from || query.slice(offset).trim() !== "") {
    const at = skipSpace(query, offset);
    const token = tokenAt(query, at);
    if (brackets.strayCloser?.offset === at) {
      const opener = OPENER_OF[token] ?? "(";
      return { offset: at, message: `unexpected '${token}' with no matching '${opener}'` };
    }
    const unknownFunction = token === "(" ? calledName(query, at) : void 0;
    if (unknownFunction) {
      const hint = isMetricsqlOnly(unknownFunction.name) ? " (MetricsQL?)" : "";
      return { offset: unknownFunction.offset, message: `unknown function ${unknownFunction.name}${hint}` };
    }
    if (isMetricsqlOnly(token)) {
      return { offset: at, message: `unexpected '${token}' (MetricsQL?)` };
    }
    return { offset: at, message: `unexpected '${token}'` };
  }
  const last = lastToken(query);
  if (BINARY_OPERATORS.has(last.text.toLowerCase())) {
    return { offset, message: `incomplete expression: nothing after '${last.text}'` };
  }
  const innermost = brackets.unclosed[brackets.unclosed.length - 1];
  if (innermost) {
    return {
      offset: innermost.offset,
      message: `unclosed '${innermost.char}': add the matching '${CLOSER_OF[innermost.char]}'`
    };
  }
  return { offset, message: "incomplete expression" };
}
function templatePlaceholderAround(query, offset) {
  for (const match of query.matchAll(/\{\{[^}\n]*\}?\}?/g)) {
    if (offset >= match.index && offset <= match.index + match[0].length) {
      const text5 = match[0].length > MAX_TOKEN_LENGTH ? `${match[0].slice(0, MAX_TOKEN_LENGTH)}\u2026` : match[0];
      return { offset: match.index, text: text5 };
    }
  }
  return void 0;
}
var KEYWORDS_BEFORE_PAREN = /* @__PURE__ */ new Set([
  "by",
  "without",
  "on",
  "ignoring",
  "group_left",
  "group_right",
  "bool",
  "and",
  "or",
  "unless",
  "offset",
  "atan2"
]);
function calledName(query, at) {
  const word = /([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(query.slice(0, at));
  if (!word || KEYWORDS_BEFORE_PAREN.has(word[1].toLowerCase())) return void 0;
  return { name: word[1], offset: word.index };
}
var CLOSER_OF = { "(": ")", "[": "]", "{": "}" };
var OPENER_OF = { ")": "(", "]": "[", "}": "{" };
function scanBrackets(query) {
  const stack = [];
  let strayCloser;
  for (let i = 0; i < query.length; i++) {
    const char = query[i];
    if (char === '"' || char === "'" || char === "`") {
      i = endOfString(query, i);
    } else if (char === "#") {
      while (i < query.length && query[i] !== "\n") i++;
    } else if (char in CLOSER_OF) {
      stack.push({ char, offset: i });
    } else if (char in OPENER_OF) {
      if (stack[stack.length - 1]?.char === OPENER_OF[char]) stack.pop();
      else if (!strayCloser) strayCloser = { char, offset: i };
    }
  }
  return { unclosed: stack, strayCloser };
}
function endOfString(query, start) {
  const quote = query[start];
  for (let i = start + 1; i < query.length; i++) {
    const char = query[i];
    if (char === "\\" && quote !== "`") i++;
    else if (char === quote) return i;
    else if (char === "\n" && quote !== "`") return i;
  }
  return query.length;
}
function skipSpace(query, from) {
  let i = from;
  while (i < query.length && /\s/.test(query[i])) i++;
  return i;
}
var TWO_CHAR_OPERATORS = ["==", "!=", "<=", ">=", "=~", "!~"];
var MAX_TOKEN_LENGTH = 30;
function tokenAt(query, at) {
  const rest = query.slice(at);
  const word = /^[A-Za-z0-9_:.]+/.exec(rest);
  let token;
  if (word) token = word[0];
  else if (TWO_CHAR_OPERATORS.some((op) => rest.startsWith(op))) token = rest.slice(0, 2);
  else token = rest.slice(0, 1);
  return token.length > MAX_TOKEN_LENGTH ? `${token.slice(0, MAX_TOKEN_LENGTH)}\u2026` : token;
}
function lastToken(query) {
  const trimmed = query.replace(/\s+$/, "");
  const word = /[A-Za-z0-9_:.]+$/.exec(trimmed);
  if (word) return { text: word[0] };
  const twoChars = trimmed.slice(-2);
  if (TWO_CHAR_OPERATORS.includes(twoChars)) return { text: twoChars };
  return { text: trimmed.slice(-1) };
}

// src/promql/template.ts
var WINDOW_PLACEHOLDER = /\{\{\s*\.window\s*\}\}/g;
var PROMETHEUS_DURATION = /^(?:\d+y)?(?:\d+w)?(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?(?:\d+ms)?$/;
var CHECK_WINDOW = "5m";
function substituteWindow(template, window) {
  if (window === "" || !PROMETHEUS_DURATION.test(window)) {
    throw new Error(`substituteWindow: "${window}" is not a Prometheus duration such as 5m or 1h30m`);
  }
  return template.replace(WINDOW_PLACEHOLDER, window);
}
function findTemplateSyntaxError(template) {
  const substitutions = [];
  let query = "";
  let copiedUpTo = 0;
  for (const match of template.matchAll(WINDOW_PLACEHOLDER)) {
    query += template.slice(copiedUpTo, match.index);
    substitutions.push({
      templateFrom: match.index,
      templateTo: match.index + match[0].length,
      queryFrom: query.length,
      queryTo: query.length + CHECK_WINDOW.length
    });
    query += CHECK_WINDOW;
    copiedUpTo = match.index + match[0].length;
  }
  query += template.slice(copiedUpTo);
  const problem2 = findSyntaxError(query);
  if (!problem2) return void 0;
  const offset = templateOffset(problem2.offset, substitutions);
  const inPlaceholder = substitutions.find((sub) => sub.templateFrom === offset);
  const message = inPlaceholder ? problem2.message.replace(
    `'${CHECK_WINDOW}'`,
    `'${template.slice(inPlaceholder.templateFrom, inPlaceholder.templateTo)}'`
  ) : problem2.message;
  return { offset, message };
}
function templateOffset(queryOffset, substitutions) {
  let shift = 0;
  for (const sub of substitutions) {
    if (queryOffset < sub.queryFrom) break;
    if (queryOffset < sub.queryTo) return sub.templateFrom;
    shift = sub.templateTo - sub.queryTo;
  }
  return queryOffset + shift;
}
function withCheckWindow(template) {
  return template.replace(WINDOW_PLACEHOLDER, CHECK_WINDOW);
}
function withSameLengthWindows(template) {
  return template.replace(WINDOW_PLACEHOLDER, (placeholder) => `${"1".repeat(placeholder.length - 1)}s`);
}

// src/promql/range-window.ts
function withWindowRanges(query) {
  const problem2 = findSyntaxError(query);
  if (problem2) return { ok: false, reason: "syntax", ...problem2 };
  const ranges = [];
  let subquery;
  parsePromql(query).iterate({
    enter(ref) {
      if (ref.name === "SubqueryExpr" && !subquery) subquery = ref.node;
      if (ref.name === "MatrixSelector") {
        const range = ref.node.getChild("DurationExpr");
        if (range) ranges.push(range);
      }
    }
  });
  if (subquery) return { ok: false, reason: "subquery", offset: subquery.from };
  if (ranges.length === 0) return { ok: false, reason: "no-range" };
  let template = "";
  let at = 0;
  for (const range of ranges) {
    template += `${query.slice(at, range.from)}{{.window}}`;
    at = range.to;
  }
  return { ok: true, template: template + query.slice(at) };
}
function rangeSelectors(query) {
  if (findSyntaxError(query)) return [];
  const selectors = /* @__PURE__ */ new Set();
  parsePromql(query).iterate({
    enter(ref) {
      if (ref.name !== "MatrixSelector") return;
      const selector = ref.node.getChild("VectorSelector");
      if (selector) selectors.add(query.slice(selector.from, selector.to).trim());
    }
  });
  return [...selectors];
}

// src/promql/rewrite.ts
var PromqlRewriteError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PromqlRewriteError";
  }
};
var LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
function isLabelName(text5) {
  return LABEL_NAME.test(text5);
}
var ATTRIBUTION_HINT = "the error query must be a sum or a plain rate() for attribution";
var SUMMABLE_FUNCTIONS = /* @__PURE__ */ new Set(["Rate", "Irate", "Increase"]);
function groupBy(query, labels) {
  if (labels.length === 0) throw new PromqlRewriteError("groupBy needs at least one label name");
  for (const label of labels) {
    if (!isLabelName(label)) {
      throw new PromqlRewriteError(
        `"${label}" is not a label name (letters, digits and _, not starting with a digit)`
      );
    }
  }
  const parsable = withSameLengthWindows(query);
  const problem2 = findSyntaxError(parsable);
  if (problem2)
    throw new PromqlRewriteError(
      `the query is not valid PromQL (offset ${problem2.offset}): ${problem2.message}`
    );
  const root = topExpression(parsable);
  const grouping2 = `sum by (${[...new Set(labels)].join(", ")})`;
  const edits = [];
  let node = root;
  for (; ; ) {
    if (node.name === "ParenExpr") {
      node = onlyExpression(node);
    } else if (node.name === "BinaryExpr" && isVectorFallback(node)) {
      const [left] = expressions(node);
      edits.push({ from: left.to, to: node.to, text: "" });
      node = left;
    } else {
      break;
    }
  }
  if (node.name === "AggregateExpr") {
    const operator = aggregateOperator(node);
    if (operator.name !== "Sum") {
      throw new PromqlRewriteError(
        `the outermost operation is ${text(query, operator)}(), not sum(); ${ATTRIBUTION_HINT}`
      );
    }
    const body = node.getChild("FunctionCallBody");
    edits.push({ from: node.from, to: node.to, text: `${grouping2} ${text(query, body)}` });
  } else if (isSummable(node)) {
    edits.push({ from: node.from, to: node.to, text: `${grouping2} (${text(query, node)})` });
  } else {
    throw new PromqlRewriteError(`${describeOutermost(query, node)}, not sum(); ${ATTRIBUTION_HINT}`);
  }
  const rewritten = applyEdits(query, root.from, root.to, edits);
  const check = findSyntaxError(withCheckWindow(rewritten));
  if (check) throw new Error(`groupBy produced invalid PromQL (${check.message}): ${rewritten}`);
  return rewritten;
}
function totalQueryUnit(query) {
  const concrete = withCheckWindow(query);
  if (findSyntaxError(concrete)) return "unknown";
  let node = topExpression(concrete);
  for (; ; ) {
    if (node.name === "ParenExpr") {
      node = onlyExpression(node);
    } else if (node.name === "BinaryExpr" && isVectorFallback(node)) {
      node = expressions(node)[0];
    } else if (node.name === "AggregateExpr" && aggregateOperator(node).name === "Sum") {
      const args = expressions(node.getChild("FunctionCallBody"));
      if (args.length !== 1) return "unknown";
      node = args[0];
    } else {
      break;
    }
  }
  const fn = node.name === "FunctionCall" ? functionName(node) : void 0;
  if (fn === "Rate" || fn === "Irate") return "per-second";
  if (fn === "Increase") return "count";
  return "unknown";
}
function topExpression(query) {
  const top = parsePromql(query).topNode.firstChild;
  if (!top) throw new Error("PromQL parse tree has no expression");
  return top;
}
function expressions(node) {
  const found = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.type.is("Expr")) found.push(child);
  }
  return found;
}
function onlyExpression(node) {
  const [inner] = expressions(node);
  if (!inner) throw new Error(`${node.name} without an expression`);
  return inner;
}
function isVectorFallback(node) {
  if (!node.getChild("Or")) return false;
  let right = expressions(node)[1];
  while (right?.name === "ParenExpr") right = expressions(right)[0];
  if (right?.name !== "FunctionCall" || functionName(right) !== "Vector") return false;
  const args = expressions(right.getChild("FunctionCallBody"));
  return args.length === 1 && args[0].name === "NumberDurationLiteral";
}
function aggregateOperator(node) {
  return node.getChild("AggregateOp").firstChild;
}
function functionName(call) {
  return call.getChild("FunctionIdentifier")?.firstChild?.name;
}
function isSummable(node) {
  if (node.name === "VectorSelector") return true;
  return node.name === "FunctionCall" && SUMMABLE_FUNCTIONS.has(functionName(node) ?? "");
}
function describeOutermost(query, node) {
  if (node.name === "FunctionCall") {
    return `the outermost operation is ${text(query, node.getChild("FunctionIdentifier"))}()`;
  }
  if (node.name === "BinaryExpr") {
    let operator = node.firstChild;
    while (operator && operator.type.is("Expr")) operator = operator.nextSibling;
    return `the outermost operation is the binary operator '${operator ? text(query, operator) : "?"}'`;
  }
  const kinds = {
    NumberDurationLiteral: "a number",
    StringLiteral: "a string",
    MatrixSelector: "a range selector",
    SubqueryExpr: "a subquery",
    UnaryExpr: "a negation",
    OffsetExpr: "an offset expression",
    StepInvariantExpr: "an @ expression"
  };
  return `the query is ${kinds[node.name] ?? `a ${node.name}`}`;
}
function text(query, node) {
  return query.slice(node.from, node.to);
}
function applyEdits(query, from, to, edits) {
  let out = "";
  let at = from;
  for (const edit of [...edits].sort((a, b) => a.from - b.from)) {
    out += query.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return out + query.slice(at, to);
}

// src/promql/selector.ts
var METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
function isMetricName(text5) {
  return METRIC_NAME.test(text5);
}
function selectorLabelNames(text5) {
  if (findSyntaxError(text5)) return void 0;
  const top = parsePromql(text5).topNode.firstChild;
  if (top?.name !== "VectorSelector" || top.nextSibling) return void 0;
  const names = [];
  top.getChild("LabelMatchers")?.cursor().iterate((node) => {
    if (node.name === "LabelName") names.push(text5.slice(node.from, node.to));
    if (node.name === "QuotedLabelName") names.push(text5.slice(node.from + 1, node.to - 1));
  });
  return names;
}
var PLAIN_SELECTOR = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(?:\{([\s\S]*)\})?\s*$/;
function splitSelector(text5) {
  if (!selectorLabelNames(text5)) return void 0;
  const match = PLAIN_SELECTOR.exec(text5);
  if (!match) return void 0;
  return { metric: match[1], matchers: (match[2] ?? "").trim().replace(/,\s*$/, "") };
}
function renamedSelector(text5, metric, extra) {
  const parts = splitSelector(text5);
  if (!parts) return void 0;
  return `${metric}{${[parts.matchers, ...extra].filter((m) => m !== "").join(",")}}`;
}

// src/promql/metricsql.ts
function rateAsIncrease(query) {
  if (findSyntaxError(query)) return query;
  const edits = [];
  parsePromql(query).iterate({
    enter(ref) {
      if (ref.name !== "FunctionCall") return void 0;
      const call = ref.node;
      const identifier = call.getChild("FunctionIdentifier");
      if (identifier?.firstChild?.name !== "Rate") return void 0;
      const seconds3 = rangeSecondsOf(query, call);
      if (seconds3 === void 0) return void 0;
      const body = call.getChild("FunctionCallBody");
      edits.push({
        from: call.from,
        to: call.to,
        text: `(increase${query.slice(body.from, body.to)} / ${seconds3})`
      });
      return false;
    }
  });
  let out = "";
  let at = 0;
  for (const edit of edits) {
    out += query.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return out + query.slice(at);
}
function rangeSecondsOf(query, call) {
  const body = call.getChild("FunctionCallBody");
  const args = [];
  for (let child = body?.firstChild; child; child = child.nextSibling) {
    if (child.type.is("Expr")) args.push(child);
  }
  if (args.length !== 1) return void 0;
  let argument = args[0];
  while (argument.name === "OffsetExpr" || argument.name === "StepInvariantExpr") {
    const inner = argument.firstChild;
    if (!inner) return void 0;
    argument = inner;
  }
  if (argument.name !== "MatrixSelector") return void 0;
  const range = argument.getChild("DurationExpr");
  if (!range) return void 0;
  return durationSeconds(query.slice(range.from, range.to));
}
var DURATION_UNITS = {
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31536e3
};
function durationSeconds(text5) {
  const trimmed = text5.trim();
  if (!/^(\d+(ms|y|w|d|h|m|s))+$/.test(trimmed)) return void 0;
  let seconds3 = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+)(ms|y|w|d|h|m|s)/g)) {
    seconds3 += Number(amount) * DURATION_UNITS[unit];
  }
  return seconds3;
}
function isMetricsqlProblem(problem2) {
  return problem2.message.endsWith("(MetricsQL?)");
}
function mentionsMetricsql(query) {
  return (query.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).some(isMetricsqlOnly);
}

// src/promql/combine.ts
var PART_LABEL = "slo_gate_part";
function combinedQuery(parts) {
  return parts.map((part, index) => `label_replace(${part}, "${PART_LABEL}", "${index}", "", "")`).join(" or ");
}
function splitCombined(samples, partCount) {
  const parts = Array.from({ length: partCount }, () => []);
  for (const sample of samples) {
    const tag = sample.labels[PART_LABEL];
    const index = tag !== void 0 && /^\d+$/.test(tag) ? Number(tag) : -1;
    if (index < 0 || index >= partCount) return void 0;
    const labels = { ...sample.labels };
    delete labels[PART_LABEL];
    parts[index].push({ ...sample, labels });
  }
  return parts;
}

// src/config/schema.ts
var SLO_NAME = /^[A-Za-z0-9_.:-]+$/;
var DURATION_FIX = 'write a Prometheus duration: a whole number and a unit (ms, s, m, h, d, w, y), e.g. "5m", "1h", "30d"';
function duration() {
  const wording = expect('a duration such as "5m", "1h" or "30d"', DURATION_FIX);
  return z2.string(wording).refine((text5) => parseDuration(text5) !== void 0, wording);
}
var PERCENT_TEXT = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/;
function objectivePercent() {
  const wording = expect(
    "a percentage between 0 and 100 (exclusive)",
    'write the objective as a percent, e.g. 99.9 or "99.9%"'
  );
  return z2.union([z2.number(), z2.string()], wording).transform((written, ctx) => {
    const text5 = typeof written === "string" ? PERCENT_TEXT.exec(written) : null;
    const value = typeof written === "number" ? written : text5 ? Number(text5[1]) : void 0;
    const refuse = (message) => {
      ctx.addIssue({ code: "custom", message });
      return z2.NEVER;
    };
    if (value === void 0 || !Number.isFinite(value) || value <= 0 || value > 100) {
      return refuse(wording.error());
    }
    if (value === 100) {
      return refuse(
        problem(
          "is 100 %, which leaves no error budget: any single error would exhaust it",
          "write the objective below 100, e.g. 99.9 or 99.99"
        )
      );
    }
    if (value <= 1 && typeof written === "number") {
      const percent = Number((value * 100).toPrecision(12));
      const guess = percent < 100 ? `did you mean ${percent}?` : "an objective is below 100, e.g. 99.9";
      return refuse(
        problem(
          `${written} looks like a fraction; slo-gate takes percent \u2014 ${guess}`,
          percent < 100 ? `write objective: ${percent}` : "write the objective as a percent, e.g. 99.9"
        )
      );
    }
    if (value <= 1) {
      return refuse(
        problem(
          `is ${String(written).trim()}, which lets more than 99 % of requests fail; an objective of 1 % or less is refused as a mistake`,
          "write the objective as a percent, e.g. 99.9"
        )
      );
    }
    return value;
  });
}
function sloName() {
  const wording = expect(
    "a name of letters, digits and _ . : -",
    "use only letters, digits and _ . : - in the name, e.g. checkout-availability"
  );
  return z2.string(wording).regex(SLO_NAME, wording);
}
function queryTemplate() {
  const wording = expect(
    "a PromQL query template (a string)",
    'write the query as a string, e.g. sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))'
  );
  return z2.string(wording).min(1, wording);
}
function latencyThreshold() {
  const wording = expect(
    'a duration such as "300ms" or "1s", or a number of seconds',
    'write e.g. threshold: 300ms (the bucket boundary le="0.3")'
  );
  return z2.union([z2.string(), z2.number()], wording).transform((written, ctx) => {
    const seconds3 = typeof written === "number" ? written : thresholdSeconds(written);
    if (seconds3 === void 0 || !Number.isFinite(seconds3) || seconds3 <= 0) {
      ctx.addIssue({ code: "custom", message: wording.error() });
      return z2.NEVER;
    }
    return { text: String(written).trim(), seconds: seconds3 };
  });
}
function thresholdSeconds(text5) {
  const seconds3 = parseDuration(text5);
  return seconds3 === void 0 ? void 0 : Math.round(seconds3 * 1e3) / 1e3;
}
function metricName(fix) {
  const wording = expect("a metric name (letters, digits, _ and :)", fix);
  return z2.string(wording).refine(isMetricName, wording);
}
function numberWhere(test, expected, fix) {
  const wording = expect(expected, fix);
  return z2.number(wording).refine(test, wording);
}
function wholeNumber(min, max, example) {
  return numberWhere(
    (value) => Number.isInteger(value) && value >= min && value <= max,
    `a whole number from ${min} to ${max}`,
    `write e.g. ${example}`
  );
}
var MAX_ALIGN_TIME_SECONDS = 3600;
function alignTimeSeconds(written) {
  if (written === 0 || written === false || written === "0" || written === "off") return 0;
  if (typeof written !== "string") return void 0;
  const seconds3 = parseDuration(written);
  return seconds3 !== void 0 && seconds3 <= MAX_ALIGN_TIME_SECONDS ? seconds3 : void 0;
}
function alignTime() {
  const wording = expect(
    'a duration up to 1h such as "1m", or 0 (off) for the exact evaluation time',
    "write e.g. alignTime: 1m, or alignTime: 0 to query at the exact time"
  );
  return z2.union([z2.number(), z2.string(), z2.boolean()], wording).refine((written) => alignTimeSeconds(written) !== void 0, wording);
}
function nonEmptyString(expected, fix) {
  const wording = expect(expected, fix);
  return z2.string(wording).min(1, wording);
}
var filePath = (what) => nonEmptyString("a file path", `write the path of the ${what}`);
function isPrometheusUrl(text5) {
  let url;
  try {
    url = new URL(text5);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.username === "" && url.password === "" && url.search === "" && url.hash === "";
}
var PROMETHEUS_URL_EXPECTED = "an http:// or https:// URL without credentials, query or fragment";
var PROMETHEUS_URL_FIX = "write the base URL, e.g. http://prometheus.monitoring:9090 (a path prefix such as /prometheus is fine; credentials go in basicAuth or bearerTokenFile)";
var HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var BASIC_AUTH_KEYS = ["username", "password", "passwordFile"];
var basicAuthSchema = z2.strictObject(
  {
    username: z2.string(expect("a string", "write the user name")),
    password: z2.string(expect("a string", "quote the password", { secret: true })).optional(),
    passwordFile: filePath("file holding the password").optional()
  },
  mappingOf(
    BASIC_AUTH_KEYS,
    "a mapping with username and password or passwordFile",
    "write e.g. basicAuth: { username: gate, passwordFile: /secrets/password }"
  )
).superRefine((auth, ctx) => {
  if (auth.password === void 0 === (auth.passwordFile === void 0)) {
    ctx.addIssue({
      code: "custom",
      message: problem(
        "needs exactly one of password or passwordFile",
        "give the password inline (password) or in a file (passwordFile), not both or neither"
      )
    });
  }
});
var TLS_KEYS = ["caFile", "certFile", "keyFile", "insecureSkipVerify"];
var tlsSchema = z2.strictObject(
  {
    caFile: filePath("CA certificate (PEM)").optional(),
    certFile: filePath("client certificate (PEM)").optional(),
    keyFile: filePath("client key (PEM)").optional(),
    insecureSkipVerify: z2.boolean(expect("true or false", "write insecureSkipVerify: true or false")).optional()
  },
  mappingOf(TLS_KEYS, "a mapping", "write e.g. tls: { caFile: /etc/ssl/prometheus-ca.pem }")
).superRefine((tls, ctx) => {
  if (tls.certFile === void 0 !== (tls.keyFile === void 0)) {
    ctx.addIssue({
      code: "custom",
      message: problem(
        "needs both certFile and keyFile for a client certificate",
        "give both files, or neither"
      )
    });
  }
});
var PROMETHEUS_KEYS = [
  "url",
  "headers",
  "bearerTokenFile",
  "basicAuth",
  "tls",
  "timeout",
  "periodTimeout",
  "maxPeriodSamples",
  "alignTime",
  "retries",
  "concurrency"
];
var prometheusSchema = z2.strictObject(
  {
    url: z2.string(expect(PROMETHEUS_URL_EXPECTED, PROMETHEUS_URL_FIX)).refine(isPrometheusUrl, expect(PROMETHEUS_URL_EXPECTED, PROMETHEUS_URL_FIX)),
    headers: z2.record(
      z2.string(),
      // Header values may be credentials: never echoed.
      z2.string(expect("a string", 'quote the header value, e.g. "1234"', { secret: true })).refine(
        (value) => !/[\r\n]/.test(value),
        expect("a single-line string", "remove the line break from the header value", { secret: true })
      ),
      expect("a mapping of header names to values", "write e.g. headers: { X-Scope-OrgID: team-a }")
    ).superRefine((headers, ctx) => {
      for (const name of Object.keys(headers)) {
        if (!HEADER_NAME.test(name)) {
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: problem(
              "is not a valid HTTP header name",
              "use letters, digits and - in header names"
            )
          });
        }
      }
    }).optional(),
    bearerTokenFile: filePath("file holding the bearer token").optional(),
    basicAuth: basicAuthSchema.optional(),
    tls: tlsSchema.optional(),
    timeout: duration().optional(),
    periodTimeout: duration().optional(),
    maxPeriodSamples: numberWhere(
      (value) => Number.isSafeInteger(value) && value >= 1,
      "a whole number of samples, at least 1",
      "write e.g. maxPeriodSamples: 50000000"
    ).optional(),
    alignTime: alignTime().optional(),
    retries: wholeNumber(0, 10, "retries: 2").optional(),
    concurrency: wholeNumber(1, 256, "concurrency: 8").optional()
  },
  mappingOf(
    PROMETHEUS_KEYS,
    "a mapping with at least url",
    "write e.g. prometheus: { url: http://prometheus:9090 }"
  )
).superRefine((prometheus, ctx) => {
  if (prometheus.bearerTokenFile !== void 0 && prometheus.basicAuth !== void 0) {
    ctx.addIssue({
      code: "custom",
      path: ["basicAuth"],
      message: problem(
        "cannot be used together with bearerTokenFile (both set the Authorization header)",
        "keep one of basicAuth or bearerTokenFile"
      )
    });
  }
});
var ALERT_KEYS = ["long", "short", "budgetConsumed", "factor", "action"];
var burnRateAlertSchema = z2.strictObject(
  {
    long: duration(),
    short: duration(),
    budgetConsumed: numberWhere(
      (value) => value > 0 && value <= 1,
      "a fraction of the budget, more than 0 and at most 1",
      "write e.g. budgetConsumed: 0.02 (2 % of the budget)"
    ).optional(),
    factor: numberWhere(
      (value) => value > 0,
      "a burn-rate factor greater than 0",
      "write e.g. factor: 14.4"
    ).optional(),
    action: z2.enum(["block", "warn"], expect("block or warn", "write action: block or action: warn"))
  },
  mappingOf(
    ALERT_KEYS,
    "a mapping with long, short, budgetConsumed or factor, and action",
    "write e.g. { long: 1h, short: 5m, budgetConsumed: 0.02, action: block }"
  )
).superRefine((alert, ctx) => {
  if (alert.budgetConsumed === void 0 === (alert.factor === void 0)) {
    ctx.addIssue({
      code: "custom",
      message: problem(
        "needs exactly one of budgetConsumed or factor",
        "give the budget share (budgetConsumed: 0.02) or the burn rate (factor: 14.4), not both or neither"
      )
    });
  }
  const long = parseDuration(alert.long);
  const short = parseDuration(alert.short);
  if (long !== void 0 && short !== void 0 && short >= long) {
    ctx.addIssue({
      code: "custom",
      path: ["short"],
      message: problem(
        `must be shorter than the long window (${alert.long})`,
        "use a short window of about 1/12 of the long one, e.g. long: 1h, short: 5m"
      )
    });
  }
});
var ACTION_FIX = (key) => `write ${key}: pass, warn or block`;
var MAX_BURN_RATE_KEYS = ["factor", "window"];
var maxBurnRateSchema = z2.strictObject(
  {
    factor: numberWhere((value) => value > 0, "a burn-rate factor greater than 0", "write e.g. factor: 2.5"),
    window: duration()
  },
  mappingOf(
    MAX_BURN_RATE_KEYS,
    "a mapping with factor and window",
    "write e.g. maxBurnRate: { factor: 2.5, window: 1h }"
  )
);
var POLICY_KEYS = [
  "budgetExhausted",
  "budgetWarnBelow",
  "budgetBlockBelow",
  "burnRateAlerts",
  "maxBurnRate",
  "minEvents",
  "onPrometheusError"
];
var policySchema = z2.strictObject(
  {
    budgetExhausted: z2.enum(
      ["block", "warn"],
      expect("block or warn", "write budgetExhausted: block or budgetExhausted: warn")
    ).optional(),
    budgetWarnBelow: numberWhere(
      (value) => value >= 0 && value <= 1,
      "a fraction from 0 to 1",
      "write e.g. budgetWarnBelow: 0.25 (warn below 25 % remaining)"
    ).optional(),
    budgetBlockBelow: numberWhere(
      (value) => value >= 0 && value <= 1,
      "a fraction from 0 to 1",
      "write e.g. budgetBlockBelow: 0.1 (block below 10 % remaining)"
    ).optional(),
    burnRateAlerts: z2.array(
      burnRateAlertSchema,
      expect(
        "a list of burn-rate alerts",
        "write e.g. burnRateAlerts: [{ long: 1h, short: 5m, budgetConsumed: 0.02, action: block }]"
      )
    ).optional(),
    maxBurnRate: maxBurnRateSchema.optional(),
    minEvents: numberWhere(
      (value) => value >= 0,
      "a number of events, 0 or more",
      "write e.g. minEvents: 100"
    ).optional(),
    onPrometheusError: z2.enum(["block", "warn", "pass"], expect("block, warn or pass", ACTION_FIX("onPrometheusError"))).optional()
  },
  mappingOf(POLICY_KEYS, "a mapping of policy settings", "write e.g. policy: { budgetWarnBelow: 0.25 }")
).superRefine((policy, ctx) => {
  const { budgetBlockBelow: block, budgetWarnBelow: warn } = policy;
  if (block !== void 0 && warn !== void 0 && block >= warn) {
    ctx.addIssue({
      code: "custom",
      path: ["budgetBlockBelow"],
      message: problem(
        `must be below budgetWarnBelow (${warn}), or the SLO blocks before it ever warns`,
        "lower budgetBlockBelow or raise budgetWarnBelow, e.g. budgetWarnBelow: 0.25 and budgetBlockBelow: 0.1"
      )
    });
  }
});
var LATENCY_KEYS = ["histogram", "selector", "threshold", "native"];
var latencySchema = z2.strictObject(
  {
    histogram: metricName("write the histogram name without a suffix, e.g. http_request_duration_seconds"),
    selector: z2.string(expect("label matchers (a string)", `write e.g. selector: '{service="checkout"}'`)).optional(),
    threshold: latencyThreshold(),
    native: z2.boolean(expect("true or false", "write native: true for a native histogram")).optional()
  },
  mappingOf(
    LATENCY_KEYS,
    "a mapping with histogram and threshold",
    "write e.g. latency: { histogram: http_request_duration_seconds, threshold: 300ms }"
  )
).superRefine((latency, ctx) => {
  const suffix = /_(bucket|count|sum)$/.exec(latency.histogram);
  if (suffix && !latency.native) {
    ctx.addIssue({
      code: "custom",
      path: ["histogram"],
      message: problem(
        `names the ${suffix[1]} series; slo-gate reads both _bucket and _count from the histogram's base name`,
        `write histogram: ${latency.histogram.slice(0, suffix.index)}`
      )
    });
  }
});
var eventsSliSchema = z2.strictObject(
  { errorQuery: queryTemplate(), totalQuery: queryTemplate() },
  mappingOf(
    ["errorQuery", "totalQuery"],
    "a mapping with errorQuery and totalQuery",
    "write errorQuery: and totalQuery: under events:"
  )
);
var rawSliSchema = z2.strictObject(
  { errorRatioQuery: queryTemplate() },
  mappingOf(["errorRatioQuery"], "a mapping with errorRatioQuery", "write errorRatioQuery: under raw:")
);
var SLI_KINDS = ["events", "raw", "latency", "boolGauge"];
var sliSchema = z2.strictObject(
  {
    events: eventsSliSchema.optional(),
    raw: rawSliSchema.optional(),
    latency: latencySchema.optional(),
    boolGauge: z2.strictObject(
      {
        query: z2.string(
          expect("a metric selector (a string)", `write e.g. query: 'probe_success{job="blackbox"}'`)
        )
      },
      mappingOf(["query"], "a mapping with query", `write e.g. boolGauge: { query: 'up{job="api"}' }`)
    ).optional()
  },
  mappingOf(
    SLI_KINDS,
    "a mapping with events, raw, latency or boolGauge",
    "write sli: { events: { errorQuery: ..., totalQuery: ... } }"
  )
).superRefine((sli, ctx) => {
  const written = SLI_KINDS.filter((kind) => sli[kind] !== void 0);
  if (written.length !== 1) {
    ctx.addIssue({
      code: "custom",
      message: problem(
        written.length === 0 ? "needs exactly one of events (errorQuery and totalQuery) or raw (errorRatioQuery), latency or boolGauge" : `needs exactly one of events, raw, latency or boolGauge, not ${written.join(" and ")}`,
        written.length === 0 ? "write one of events:, raw:, latency: or boolGauge:" : "keep one of them"
      )
    });
  }
});
var SLO_KEYS = [
  "name",
  "objective",
  "description",
  "window",
  "calendar",
  "sli",
  "attribution",
  "onNoData",
  "source",
  "policy"
];
var sloSchema = z2.strictObject(
  {
    name: sloName(),
    objective: objectivePercent(),
    description: z2.string(expect("a string", "quote the description")).optional(),
    window: sloWindow().optional(),
    calendar: calendarPeriod().optional(),
    sli: sliSchema,
    attribution: z2.array(
      z2.string(expect("a label name", "write label names such as route or code")).refine(
        isLabelName,
        expect(
          "a label name (letters, digits and _, not starting with a digit)",
          "write label names such as route or code"
        )
      ),
      expect("a list of label names", "write e.g. attribution: [route, code]")
    ).optional(),
    onNoData: z2.enum(["pass", "warn", "block"], expect("pass, warn or block", ACTION_FIX("onNoData"))).optional(),
    source: z2.enum(
      ["sloth", "pyrra", "raw"],
      expect(
        "sloth, pyrra or raw",
        "write source: sloth (Sloth recording rules), source: pyrra (Pyrra recording rules) or source: raw"
      )
    ).optional(),
    policy: policySchema.optional()
  },
  mappingOf(
    SLO_KEYS,
    "a mapping with name, objective and sli",
    "write e.g. { name: checkout-availability, objective: 99.9, sli: ... }"
  )
);
var RULE_SEVERITIES = ["off", "error", "warning", "info"];
var MANIFESTS_KEYS = [
  "paths",
  "rules",
  "namespace",
  "strictReferences",
  "dns",
  "ingressController",
  "images"
];
var IMAGES_KEYS = ["allow"];
var imagesSchema = z2.strictObject(
  {
    allow: z2.array(
      z2.string(expect("a registry/prefix", "write e.g. registry.example.com/shop/")).superRefine((entry, ctx) => {
        const problem2 = allowEntryProblem(entry);
        if (problem2)
          ctx.addIssue({
            code: "custom",
            message: expect(
              `a registry/prefix (${problem2})`,
              "write the registry host first, e.g. ghcr.io/acme/ or docker.io/library/nginx"
            ).error()
          });
      }),
      expect(
        "a list of registry/prefixes",
        "write e.g. allow: [registry.example.com/shop/, ghcr.io/acme/]"
      )
    ).optional()
  },
  mappingOf(
    IMAGES_KEYS,
    "a mapping with allow",
    "write e.g. images: { allow: [registry.example.com/shop/] }"
  )
);
var PODS_KEYS = ["namespace", "podLabels"];
var podsSchema = (what) => z2.strictObject(
  {
    namespace: nonEmptyString("a namespace", `write the namespace ${what} runs in`),
    podLabels: z2.record(
      z2.string(),
      z2.string(expect("a string", "quote the label value")),
      expect("a mapping of pod labels", "write e.g. podLabels: { app.kubernetes.io/name: ingress-nginx }")
    )
  },
  mappingOf(
    PODS_KEYS,
    "a mapping with namespace and podLabels",
    `write the namespace and pod labels of ${what}`
  )
);
var manifestsSchema = z2.strictObject(
  {
    namespace: nonEmptyString(
      "a namespace",
      "write the namespace of resources that name none, e.g. default"
    ).optional(),
    strictReferences: z2.boolean(expect("true or false", "write strictReferences: true")).optional(),
    dns: podsSchema("cluster DNS (CoreDNS)").optional(),
    ingressController: podsSchema("the ingress controller").optional(),
    images: imagesSchema.optional(),
    paths: z2.array(
      nonEmptyString("a path", "write a file or folder path"),
      expect("a list of paths", "write e.g. paths: [deploy/]")
    ).optional(),
    rules: z2.record(
      z2.string(),
      z2.enum(RULE_SEVERITIES, expect("off, error, warning or info", "write e.g. sts-no-pdb: off")),
      expect("a mapping of rule ids to severities", "write e.g. rules: { sts-no-pdb: off }")
    ).optional()
  },
  mappingOf(MANIFESTS_KEYS, "a mapping with paths and rules", "write e.g. manifests: { paths: [deploy/] }")
);
var HINTS_KEYS = ["metrics", "memorySaturation"];
var METRICS_LABEL_KEYS = ["namespaceLabel", "podLabel", "containerLabel"];
var labelName = (what) => z2.string(expect("a Prometheus label name", `write the label that carries the ${what}, e.g. ${what}`)).refine(
  isLabelName,
  expect("a Prometheus label name", `write the label that carries the ${what}, e.g. ${what}`)
);
var hintsSchema = z2.strictObject(
  {
    metrics: z2.strictObject(
      {
        namespaceLabel: labelName("namespace").optional(),
        podLabel: labelName("pod").optional(),
        containerLabel: labelName("container").optional()
      },
      mappingOf(
        METRICS_LABEL_KEYS,
        "a mapping with namespaceLabel, podLabel and containerLabel",
        "write e.g. metrics: { podLabel: pod_name }"
      )
    ).optional(),
    memorySaturation: z2.number(expect("a share between 0 and 1", "write e.g. memorySaturation: 0.9 (90 % of the limit)")).gt(0, expect("a share between 0 and 1", "write e.g. memorySaturation: 0.9 (90 % of the limit)")).max(1, expect("a share between 0 and 1", "write e.g. memorySaturation: 0.9 (90 % of the limit)")).optional()
  },
  mappingOf(
    HINTS_KEYS,
    "a mapping with metrics and memorySaturation",
    "write e.g. hints: { memorySaturation: 0.9 }"
  )
);
var NETWORK_KEYS = ["baseline", "required", "namespaceLabels", "podNetworks", "observed"];
var OBSERVED_KEYS = ["metrics", "window"];
var observedSchema = z2.strictObject(
  {
    metrics: z2.enum(
      ["istio", "linkerd", "hubble"],
      expect("istio, linkerd or hubble", "write the mesh whose metrics Prometheus has, e.g. metrics: istio")
    ),
    window: duration().optional()
  },
  mappingOf(
    OBSERVED_KEYS,
    "a mapping with metrics and window",
    "write e.g. observed: { metrics: istio, window: 1h }"
  )
);
var REQUIRED_CONNECTION_KEYS = ["from", "to", "port"];
var REQUIRED_PORT = /^[0-9]{1,5}(\/(TCP|UDP|SCTP))?$/i;
var requiredConnectionSchema = z2.strictObject(
  {
    from: nonEmptyString("a workload", "write the source workload as name or namespace/name"),
    to: nonEmptyString("a workload", "write the destination workload as name or namespace/name"),
    port: z2.union(
      [
        z2.number().int().min(1).max(65535),
        z2.string().regex(REQUIRED_PORT).refine((text5) => Number(text5.split("/")[0]) <= 65535)
      ],
      expect('a port such as 8080 or "53/UDP"', "write e.g. port: 8080")
    ).optional()
  },
  mappingOf(
    REQUIRED_CONNECTION_KEYS,
    "a mapping with from, to and port",
    "write e.g. - { from: frontend, to: checkout, port: 8080 }"
  )
);
var networkSchema = z2.strictObject(
  {
    baseline: nonEmptyString(
      "a path, git ref or live",
      "write the previous manifests as a folder, a git ref such as origin/main, or live (the cluster, in the hook)"
    ).optional(),
    required: z2.array(
      requiredConnectionSchema,
      expect(
        "a list of connections",
        "write e.g. required: [{ from: frontend, to: checkout, port: 8080 }]"
      )
    ).optional(),
    namespaceLabels: z2.record(
      z2.string(),
      z2.record(z2.string(), z2.string(expect("a string", "quote the label value"))),
      expect(
        "a mapping of namespaces to their labels",
        "write e.g. namespaceLabels: { shop: { team: web } }"
      )
    ).optional(),
    podNetworks: z2.array(
      nonEmptyString("a CIDR", "write the pod network as e.g. 10.244.0.0/16"),
      expect("a list of CIDRs", "write e.g. podNetworks: [10.244.0.0/16]")
    ).optional(),
    observed: observedSchema.optional()
  },
  mappingOf(
    NETWORK_KEYS,
    "a mapping with required",
    "write e.g. network: { required: [{ from: frontend, to: checkout, port: 8080 }] }"
  )
);
var CONFIG_KEYS = [
  "prometheus",
  "slos",
  "include",
  "policy",
  "mode",
  "manifests",
  "hints",
  "network"
];
var configSchema = z2.strictObject(
  {
    prometheus: prometheusSchema.optional(),
    // `slos:` with every item commented out is an empty list, not a mistake.
    slos: z2.array(sloSchema, expect("a list of SLOs", "write each SLO as a list item: - name: ...")).nullish(),
    include: z2.array(
      nonEmptyString("a file path", "write the path of a Sloth spec file"),
      expect("a list of file paths", "write e.g. include: [slos/checkout.sloth.yaml]")
    ).nullish(),
    policy: policySchema.optional(),
    mode: z2.enum(["enforce", "advisory"], expect("enforce or advisory", "write mode: enforce or mode: advisory")).optional(),
    manifests: manifestsSchema.optional(),
    hints: hintsSchema.optional(),
    network: networkSchema.optional()
  },
  mappingOf(CONFIG_KEYS, "a mapping", "start the file with keys such as prometheus: and slos:")
);

// src/config/resolve.ts
function errorAt(context, path, detail, fix) {
  const { line, column } = positionOf2(context.source, context.document, path);
  return new UsageError(detail, { file: context.source.file, line, column, fix });
}
function percentToFraction(percent) {
  return Number((percent / 100).toPrecision(15));
}
function seconds(duration2) {
  const value = parseDuration(duration2);
  if (value === void 0) throw new Error(`not a duration after validation: ${duration2}`);
  return value;
}
function resolvePolicy(base, override) {
  const alerts = override?.burnRateAlerts ? override.burnRateAlerts.map((alert) => ({
    long: alert.long,
    longSeconds: seconds(alert.long),
    short: alert.short,
    shortSeconds: seconds(alert.short),
    ...alert.budgetConsumed !== void 0 ? { budgetConsumed: alert.budgetConsumed } : {},
    ...alert.factor !== void 0 ? { factor: alert.factor } : {},
    action: alert.action
  })) : base.burnRateAlerts.map((alert) => ({ ...alert }));
  const budgetBlockBelow = override?.budgetBlockBelow ?? base.budgetBlockBelow;
  const maxBurnRate = override?.maxBurnRate ? { ...override.maxBurnRate, windowSeconds: seconds(override.maxBurnRate.window) } : base.maxBurnRate;
  return {
    budgetExhausted: override?.budgetExhausted ?? base.budgetExhausted,
    budgetWarnBelow: override?.budgetWarnBelow ?? base.budgetWarnBelow,
    ...budgetBlockBelow !== void 0 ? { budgetBlockBelow } : {},
    burnRateAlerts: alerts,
    ...maxBurnRate ? { maxBurnRate: { ...maxBurnRate } } : {},
    minEvents: override?.minEvents ?? base.minEvents,
    onPrometheusError: override?.onPrometheusError ?? base.onPrometheusError
  };
}
function resolvePrometheus(input, resolvePath) {
  const prometheus = {
    url: input.url.replace(/\/+$/, ""),
    headers: { ...input.headers ?? {} },
    timeoutMs: seconds(input.timeout ?? DEFAULT_TIMEOUT) * 1e3,
    retries: input.retries ?? DEFAULT_RETRIES,
    concurrency: input.concurrency ?? DEFAULT_CONCURRENCY
  };
  if (input.periodTimeout !== void 0) prometheus.periodTimeoutMs = seconds(input.periodTimeout) * 1e3;
  prometheus.alignTimeMs = (input.alignTime === void 0 ? seconds(DEFAULT_ALIGN_TIME) : alignTimeSeconds(input.alignTime) ?? 0) * 1e3;
  if (input.maxPeriodSamples !== void 0) prometheus.maxPeriodSamples = input.maxPeriodSamples;
  if (input.bearerTokenFile !== void 0) prometheus.bearerTokenFile = resolvePath(input.bearerTokenFile);
  if (input.basicAuth) {
    const { username, password, passwordFile } = input.basicAuth;
    prometheus.basicAuth = {
      username,
      ...password !== void 0 ? { password } : {},
      ...passwordFile !== void 0 ? { passwordFile: resolvePath(passwordFile) } : {}
    };
  }
  if (input.tls) {
    const { caFile, certFile, keyFile, insecureSkipVerify } = input.tls;
    prometheus.tls = {
      ...caFile !== void 0 ? { caFile: resolvePath(caFile) } : {},
      ...certFile !== void 0 ? { certFile: resolvePath(certFile) } : {},
      ...keyFile !== void 0 ? { keyFile: resolvePath(keyFile) } : {},
      ...insecureSkipVerify !== void 0 ? { insecureSkipVerify } : {}
    };
  }
  return prometheus;
}
function buildSlo(context, sloPath, fields) {
  const { line, column } = positionOf2(context.source, context.document, sloPath);
  return {
    name: fields.name,
    objective: percentToFraction(fields.objectivePercent),
    ...periodFields(fields.window, fields.calendar),
    sli: fields.sli,
    onNoData: fields.onNoData,
    ...fields.recorded ? { recorded: fields.recorded } : {},
    policy: fields.policy,
    source: { file: context.source.file, line, column }
  };
}

// src/slo/format.ts
function clean(value) {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(12)) : value;
}
function readableNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.abs(value) >= 1 ? Number(value.toFixed(2)) : Number(value.toPrecision(3));
  return String(rounded || 0);
}
function readablePercent(fraction) {
  return `${readableNumber(clean(fraction * 100))}%`;
}
function readableRate(rate) {
  return `${readableNumber(rate)}x`;
}
function readableCount(count2) {
  return Math.round(count2).toLocaleString("en-US");
}

// src/slo/evaluate.ts
var ONE_HOUR = 3600;
var SEVERITY = { pass: 0, warn: 1, block: 2 };
function alertFactor(alert, periodSeconds) {
  if (alert.factor !== void 0) return alert.factor;
  if (alert.budgetConsumed === void 0) {
    throw new Error(`burn-rate alert ${alert.long}/${alert.short} has neither factor nor budgetConsumed`);
  }
  return clean(alert.budgetConsumed * periodSeconds / alert.longSeconds);
}
function combineVerdict(actions) {
  return actions.reduce(
    (worst, action) => SEVERITY[action] > SEVERITY[worst] ? action : worst,
    "pass"
  );
}
function evaluateSlo(slo, measurements, period = rollingPeriod(slo)) {
  const { policy } = slo;
  const { budgetWindow, periodSeconds } = period;
  const budgetLabel = budgetWindow.range ? `${budgetWindow.window} so far (${budgetWindow.range})` : slo.window;
  const allowedRatio = clean(1 - slo.objective);
  const bySeconds = indexBySeconds(measurements);
  const burnOf = (m) => {
    const ratio2 = ratioOf(m);
    return ratio2 === null ? null : clean(ratio2 / allowedRatio);
  };
  const burnRates = {};
  for (const m of bySeconds.values()) burnRates[m.window] = burnOf(m);
  const periodMeasurement = budgetMeasurement(measurements, bySeconds, budgetWindow);
  if (periodMeasurement && budgetWindow.seconds > 0) {
    burnRates[periodMeasurement.window] = burnOf(periodMeasurement);
  }
  const periodRatio = ratioOf(periodMeasurement);
  if (periodRatio === null) {
    return {
      status: "nodata",
      action: slo.onNoData,
      errorBudgetRemaining: null,
      burnRates,
      exhaustsInSeconds: null,
      reasons: [`no data over ${budgetLabel}: no series or no traffic (onNoData: ${slo.onNoData})`],
      notJudged: []
    };
  }
  const remaining = clean(1 - periodRatio / allowedRatio);
  const burn1h = burnOf(bySeconds.get(ONE_HOUR));
  const exhaustsInSeconds = secondsToExhaustion(remaining, burn1h, periodSeconds);
  const triggers = [];
  const notJudged = [];
  const periodTooFew = tooFewEvents(periodMeasurement, budgetLabel, policy.minEvents);
  if (periodTooFew) {
    notJudged.push(`${slo.window} budget not judged: ${periodTooFew}`);
  } else {
    const budget = budgetTrigger(slo, budgetLabel, remaining, periodRatio, allowedRatio);
    if (budget) triggers.push(budget);
  }
  const max = policy.maxBurnRate;
  if (max) {
    const measured = bySeconds.get(max.windowSeconds);
    const skipped = unjudgeable(measured, max.window, policy.minEvents);
    const burn = burnOf(measured);
    if (skipped) {
      notJudged.push(`maxBurnRate over ${max.window} not judged: ${skipped}`);
    } else if (burn !== null && burn > max.factor) {
      triggers.push({
        action: "block",
        reason: `burn rate ${readableRate(burn)} over ${max.window} exceeds the maximum ${readableRate(max.factor)}`,
        alertWindow: { window: measured.window, seconds: measured.seconds }
      });
    }
  }
  for (const alert of policy.burnRateAlerts) {
    const label = `${alert.long}/${alert.short}`;
    const long = bySeconds.get(alert.longSeconds);
    const short = bySeconds.get(alert.shortSeconds);
    const stopped = stoppedReporting(long, short, alert, policy.minEvents);
    if (stopped) {
      const reason = `${label} alert: ${stopped} (onNoData: ${slo.onNoData})`;
      if (slo.onNoData === "pass") notJudged.push(reason);
      else triggers.push({ action: slo.onNoData, reason, nodata: true });
      continue;
    }
    const skipped = [
      unjudgeable(long, alert.long, policy.minEvents),
      unjudgeable(short, alert.short, policy.minEvents)
    ].filter((why) => why !== void 0).join("; ");
    if (skipped) {
      notJudged.push(`${label} alert not judged: ${skipped}`);
      continue;
    }
    const longBurn = burnOf(long);
    const shortBurn = burnOf(short);
    const factor = alertFactor(alert, periodSeconds);
    if (longBurn > factor && shortBurn > factor) {
      const consumed = clean(factor * alert.longSeconds / periodSeconds);
      triggers.push({
        action: alert.action,
        reason: `burn rate ${readableRate(longBurn)} over ${alert.long} and ${readableRate(shortBurn)} over ${alert.short} exceeds ${readableRate(factor)} (${readablePercent(consumed)} of the ${slo.window} budget in ${alert.long})`,
        alertWindow: { window: long.window, seconds: long.seconds }
      });
    }
  }
  const action = combineVerdict(triggers.map((f) => f.action));
  const evaluation = {
    status: action,
    action,
    errorBudgetRemaining: remaining,
    burnRates,
    exhaustsInSeconds,
    // Most severe first, so the first reason is the headline; stable within a severity.
    reasons: [...triggers].sort((a, b) => SEVERITY[b.action] - SEVERITY[a.action]).map((f) => f.reason),
    notJudged
  };
  const attributionWindow = chooseAttributionWindow(
    triggers.filter((t) => !t.nodata),
    { window: budgetWindow.window, seconds: budgetWindow.seconds }
  );
  if (action !== "pass" && attributionWindow) evaluation.attributionWindow = attributionWindow;
  return evaluation;
}
function budgetTrigger(slo, budgetLabel, remaining, periodRatio, allowedRatio) {
  const { policy } = slo;
  const blockBelow = policy.budgetBlockBelow !== void 0 && remaining < policy.budgetBlockBelow ? policy.budgetBlockBelow : void 0;
  if (remaining <= 0 && (policy.budgetExhausted === "block" || blockBelow === void 0)) {
    return {
      action: policy.budgetExhausted,
      reason: `error budget exhausted: ${readablePercent(remaining)} remaining (error ratio ${readablePercent(periodRatio)} over ${budgetLabel} against ${readablePercent(allowedRatio)} allowed)`
    };
  }
  if (blockBelow !== void 0) {
    return {
      action: "block",
      reason: `${readablePercent(remaining)} of the error budget left, below the ${readablePercent(blockBelow)} block threshold`
    };
  }
  if (remaining < policy.budgetWarnBelow) {
    return {
      action: "warn",
      reason: `error budget ${readablePercent(remaining)} remaining, below the ${readablePercent(policy.budgetWarnBelow)} warning threshold`
    };
  }
  return void 0;
}
function secondsToExhaustion(remaining, burn1h, periodSeconds) {
  if (remaining <= 0) return 0;
  if (burn1h === null || burn1h === 0) return null;
  return clean(remaining * periodSeconds / burn1h);
}
function budgetMeasurement(measurements, bySeconds, budgetWindow) {
  if (budgetWindow.seconds === 0) {
    return { window: budgetWindow.window, seconds: 0, errorRatio: 0, events: 0 };
  }
  if (budgetWindow.range) return measurements.find((m) => m.window === budgetWindow.window);
  return bySeconds.get(budgetWindow.seconds);
}
function indexBySeconds(measurements) {
  const bySeconds = /* @__PURE__ */ new Map();
  for (const m of measurements) if (!bySeconds.has(m.seconds)) bySeconds.set(m.seconds, m);
  return bySeconds;
}
function ratioOf(m) {
  return m && m.errorRatio !== null && Number.isFinite(m.errorRatio) ? m.errorRatio : null;
}
function tooFewEvents(m, label, minEvents) {
  if (!m || m.events === null || m.events >= minEvents) return void 0;
  return `${readableNumber(m.events)} events over ${label}, fewer than minEvents ${minEvents}`;
}
function stoppedReporting(long, short, alert, minEvents) {
  if (!short || ratioOf(short) !== null) return void 0;
  if (unjudgeable(long, alert.long, minEvents) !== void 0) return void 0;
  const traffic = long.events === null ? "data" : `${readableCount(long.events)} events`;
  return `no data over ${alert.short} while ${alert.long} has ${traffic}: the series stopped reporting`;
}
function unjudgeable(m, written, minEvents) {
  if (!m) return `${written} was not measured`;
  if (ratioOf(m) === null) return `no traffic over ${written}`;
  return tooFewEvents(m, written, minEvents);
}
function chooseAttributionWindow(triggers, periodWindow) {
  if (triggers.length === 0) return void 0;
  let worstAlert;
  for (const f of triggers) {
    if (f.alertWindow && (!worstAlert || SEVERITY[f.action] > SEVERITY[worstAlert.action])) worstAlert = f;
  }
  return worstAlert?.alertWindow ?? periodWindow;
}

// src/config/period-alerts.ts
function withPeriodAlerts(slo, written) {
  if (!written) {
    return {
      slo: { ...slo, policy: { ...slo.policy, burnRateAlerts: defaultBurnRateAlerts(slo.windowSeconds) } },
      warnings: []
    };
  }
  const warnings = [];
  slo.policy.burnRateAlerts.forEach((alert, index) => {
    const path = [...written.path, index];
    const label = pathLabel(path);
    if (alert.longSeconds >= slo.windowSeconds) {
      throw errorAt(
        written.context,
        [...path, "long"],
        `${label}.long ${alert.long} is not shorter than the ${slo.window} period of SLO "${slo.name}": the alert would measure the period against itself`,
        `use a long window shorter than ${slo.window} (the default alerts use 1h, 6h, 1d and 3d), or remove this alert`
      );
    }
    const factor = alertFactor(alert, slo.windowSeconds);
    if (factor < 1) {
      const { line, column } = positionOf2(written.context.source, written.context.document, path);
      warnings.push(
        formatUsageError(
          `warning: ${label} fires at ${readableRate(factor)} for SLO "${slo.name}" (${slo.window} period), a burn rate that would not spend the budget within the period`,
          {
            file: written.context.source.file,
            line,
            column,
            fix: "raise budgetConsumed or factor so the alert fires above 1x, or remove it"
          }
        )
      );
    }
  });
  return { slo, warnings };
}

// src/config/sli.ts
function queriesFor(sli, { window, seconds: seconds3 }) {
  switch (sli.kind) {
    case "events":
      return {
        kind: "events",
        window,
        seconds: seconds3,
        errorQuery: substituteWindow(sli.errorQuery, window),
        totalQuery: substituteWindow(sli.totalQuery, window),
        totalUnit: sli.totalUnit
      };
    case "ratio":
      return {
        kind: "ratio",
        window,
        seconds: seconds3,
        errorRatioQuery: substituteWindow(sli.errorRatioQuery, window)
      };
    default:
      return unreachable(sli);
  }
}
function attributionQueryFor(sli, window) {
  switch (sli.kind) {
    case "events":
      return sli.attribution && {
        labels: sli.attribution.labels,
        promql: substituteWindow(sli.attribution.errorQuery, window)
      };
    case "ratio":
      return void 0;
    default:
      return unreachable(sli);
  }
}
function compileSli(context, written, attribution) {
  switch (written.kind) {
    case "events": {
      const { errorQuery, totalQuery } = written;
      checkQueryTemplate(context, errorQuery);
      checkQueryTemplate(context, totalQuery);
      return {
        kind: "events",
        errorQuery: errorQuery.template,
        totalQuery: totalQuery.template,
        totalUnit: totalQueryUnit(totalQuery.template),
        ...attribution.labels.length > 0 ? { attribution: attributionOf(context, errorQuery, attribution) } : {}
      };
    }
    case "errorsOfTotal": {
      const errors = checkSelector(context, written.errors);
      const total = checkSelector(context, written.total);
      return builtEvents(attribution.labels, rateOf(errors), rateOf(total));
    }
    case "goodOfTotal":
      return goodOfTotalEvents(
        checkSelector(context, written.good),
        checkSelector(context, written.total),
        attribution.labels
      );
    case "latency": {
      const matchers = written.matchers ? checkMatchers(context, written.matchers) : "";
      if (written.native) {
        const histogram = `${written.histogram}${matchers === "" ? "" : `{${matchers}}`}`;
        return nativeLatencyEvents(histogram, written.threshold.seconds, attribution.labels);
      }
      const { line, column } = positionOf2(context.source, context.document, written.threshold.path);
      return {
        kind: "latency",
        histogram: written.histogram,
        matchers,
        threshold: written.threshold.text,
        thresholdSeconds: written.threshold.seconds,
        attributionLabels: attribution.labels,
        thresholdSource: { file: context.source.file, line, column }
      };
    }
    case "nativeLatency":
      return nativeLatencyEvents(
        checkSelector(context, written.histogram),
        written.threshold.seconds,
        attribution.labels
      );
    case "boolGauge":
      return boolGaugeEvents(checkSelector(context, written.query), attribution.labels);
    case "ratio":
      checkQueryTemplate(context, written.errorRatioQuery);
      if (attribution.labels.length > 0) {
        throw errorAt(
          context,
          attribution.path,
          `${pathLabel(attribution.path)} needs an events SLI: a raw error ratio has no error query to break down by label`,
          "remove attribution, or write the SLI as events: { errorQuery: ..., totalQuery: ... }"
        );
      }
      return { kind: "ratio", errorRatioQuery: written.errorRatioQuery.template };
    default:
      return unreachable(written);
  }
}
var WINDOW_PLACEHOLDER2 = /\{\{\s*\.window\s*\}\}/;
function promqlErrorAt(context, path, syntax, fix) {
  const node = nodeAt(context.document, path);
  const { line, column } = node ? valueCharPosition(context.source, node, syntax.offset) : positionOf2(context.source, context.document, path);
  return new UsageError(`${pathLabel(path)} is not valid PromQL: ${syntax.message}`, {
    file: context.source.file,
    line,
    column,
    fix
  });
}
function checkQueryTemplate(context, query) {
  const syntax = findTemplateSyntaxError(query.template);
  if (syntax && !isMetricsqlProblem(syntax)) {
    throw promqlErrorAt(
      context,
      query.path,
      syntax,
      "correct the query; it must parse once {{.window}} is replaced by a duration such as 5m"
    );
  }
  if (!WINDOW_PLACEHOLDER2.test(query.template)) {
    throw errorAt(
      context,
      query.path,
      `${pathLabel(query.path)} does not use {{.window}}, so every window would measure the same range`,
      "write the range of the selectors as [{{.window}}], e.g. rate(http_requests_total[{{.window}}])"
    );
  }
}
function attributionOf(context, errorQuery, attribution) {
  try {
    return { labels: attribution.labels, errorQuery: groupBy(errorQuery.template, attribution.labels) };
  } catch (error) {
    if (!(error instanceof PromqlRewriteError)) throw error;
    throw errorAt(
      context,
      attribution.path,
      `${pathLabel(attribution.path)} cannot break down ${pathLabel(errorQuery.path)} by label: ${error.message}`,
      "make the error query a sum(...) or rate(...) of the error series, or remove attribution"
    );
  }
}
var WINDOW = "{{.window}}";
function sumBy(labels) {
  return labels.length > 0 ? `sum by (${[...new Set(labels)].join(", ")}) ` : "sum";
}
var rateOf = (selector) => (sum) => `${sum}(rate(${selector}[${WINDOW}]))`;
function builtEvents(labels, errors, total, totalUnit = "per-second") {
  return {
    kind: "events",
    errorQuery: errors(sumBy([])),
    totalQuery: total(sumBy([])),
    totalUnit,
    ...labels.length > 0 ? { attribution: { labels, errorQuery: errors(sumBy(labels)) } } : {}
  };
}
function goodOfTotalEvents(good, total, labels) {
  return builtEvents(labels, (sum) => `${rateOf(total)(sum)} - ${rateOf(good)(sum)}`, rateOf(total));
}
function nativeLatencyEvents(histogram, thresholdSeconds2, labels) {
  const rate = rateOf(histogram);
  return builtEvents(
    labels,
    (sum) => `histogram_count(${rate(sum)}) * (1 - histogram_fraction(0, ${thresholdSeconds2}, ${rate(sum)}))`,
    (sum) => `histogram_count(${rate(sum)})`
  );
}
function boolGaugeEvents(query, labels) {
  const count2 = (sum) => `${sum}(count_over_time(${query}[${WINDOW}]))`;
  return builtEvents(
    labels,
    (sum) => `${count2(sum)} - ${sum}(sum_over_time(${query}[${WINDOW}]))`,
    count2,
    "count"
  );
}
function latencyEvents(sli, leMatcher) {
  const withMatchers = (extra) => {
    const matchers = [sli.matchers, extra].filter((m) => m !== "").join(", ");
    return matchers === "" ? "" : `{${matchers}}`;
  };
  return goodOfTotalEvents(
    `${sli.histogram}_bucket${withMatchers(leMatcher)}`,
    `${sli.histogram}_count${withMatchers("")}`,
    sli.attributionLabels
  );
}
function chooseBucket(thresholdSeconds2, leValues) {
  const boundaries = leValues.map((text5) => ({ text: text5, value: Number(text5) })).filter(({ value }) => Number.isFinite(value));
  if (leValues.length === 0) return { found: true, leMatcher: `le="${thresholdSeconds2}"` };
  const equal = (value) => Math.abs(value - thresholdSeconds2) <= 1e-9 * thresholdSeconds2;
  const matching = [...new Set(boundaries.filter(({ value }) => equal(value)).map(({ text: text5 }) => text5))];
  if (matching.length === 1) return { found: true, leMatcher: `le="${matching[0]}"` };
  if (matching.length > 1) {
    const alternatives = matching.map((text5) => text5.replace(/[.+]/g, "\\\\$&")).join("|");
    return { found: true, leMatcher: `le=~"${alternatives}"` };
  }
  const below = boundaries.filter(({ value }) => value < thresholdSeconds2).sort((a, b) => b.value - a.value)[0];
  const above = boundaries.filter(({ value }) => value > thresholdSeconds2).sort((a, b) => a.value - b.value)[0];
  return { found: false, ...below ? { below: below.text } : {}, ...above ? { above: above.text } : {} };
}
function checkSelector(context, selector) {
  const syntax = findSyntaxError(selector.text);
  if (syntax) {
    throw promqlErrorAt(
      context,
      selector.path,
      syntax,
      'write a metric selector such as http_requests_total{job="api"}'
    );
  }
  if (!selectorLabelNames(selector.text)) {
    throw errorAt(
      context,
      selector.path,
      `${pathLabel(selector.path)} must be a metric selector, not an expression: slo-gate adds the range and the functions itself`,
      'write only the metric and its labels, e.g. http_requests_total{job="api",code=~"5.."}'
    );
  }
  return selector.text.trim();
}
function checkMatchers(context, matchers) {
  const written = matchers.text.trim();
  const braced = written.startsWith("{") ? written : `{${written}}`;
  const labels = selectorLabelNames(braced);
  const fix = `write label matchers in braces, e.g. selector: '{service="checkout"}'`;
  if (!labels || !braced.startsWith("{")) {
    throw errorAt(context, matchers.path, `${pathLabel(matchers.path)} is not a list of label matchers`, fix);
  }
  if (labels.includes("le") || labels.includes("__name__")) {
    throw errorAt(
      context,
      matchers.path,
      `${pathLabel(matchers.path)} must not match on ${labels.includes("le") ? "le" : "__name__"}: slo-gate picks the histogram's series and bucket from histogram and threshold`,
      "remove that matcher; the bucket comes from threshold"
    );
  }
  return braced.slice(1, -1).trim().replace(/,\s*$/, "");
}

// src/config/sloth.ts
import { z as z3 } from "../vendor/zod.js";
var SLOTH_VERSION = "prometheus/v1";
var ignored = z3.unknown();
var SLI_KEYS = ["events", "raw", "plugin"];
var slothSliSchema = z3.strictObject(
  {
    events: z3.strictObject(
      { error_query: queryTemplate(), total_query: queryTemplate() },
      mappingOf(
        ["error_query", "total_query"],
        "a mapping with error_query and total_query",
        "write error_query: and total_query: under events:"
      )
    ).optional(),
    raw: z3.strictObject(
      { error_ratio_query: queryTemplate() },
      mappingOf(
        ["error_ratio_query"],
        "a mapping with error_ratio_query",
        "write error_ratio_query: under raw:"
      )
    ).optional(),
    plugin: ignored.optional()
  },
  mappingOf(
    SLI_KEYS,
    "a mapping with events or raw",
    "write sli: { events: { error_query: ..., total_query: ... } }"
  )
).superRefine((sli, ctx) => {
  if (sli.plugin !== void 0) {
    ctx.addIssue({
      code: "custom",
      path: ["plugin"],
      message: problem(
        "is a Sloth SLI plugin, which is not supported: its Go code runs only inside Sloth, so slo-gate has no query to measure",
        "write the SLI the plugin generates as events: { error_query: ..., total_query: ... } or raw: { error_ratio_query: ... }"
      )
    });
  } else if (sli.events === void 0 === (sli.raw === void 0)) {
    ctx.addIssue({
      code: "custom",
      message: problem(
        "needs exactly one of events (error_query and total_query) or raw (error_ratio_query)",
        "keep one of events: or raw:"
      )
    });
  }
});
var SLO_KEYS2 = [
  "name",
  "objective",
  "description",
  "labels",
  "infoLabels",
  "sli",
  "alerting",
  "interval",
  "plugins"
];
var slothSloSchema = z3.strictObject(
  {
    name: sloName(),
    objective: objectivePercent(),
    description: z3.string(expect("a string", "quote the description")).optional(),
    labels: ignored.optional(),
    infoLabels: ignored.optional(),
    sli: slothSliSchema,
    alerting: ignored.optional(),
    interval: ignored.optional(),
    plugins: ignored.optional()
  },
  mappingOf(
    SLO_KEYS2,
    "a mapping with name, objective and sli",
    "write e.g. { name: availability, objective: 99.9, sli: ... }"
  )
);
var SPEC_KEYS = ["version", "service", "labels", "slo_plugins", "slos"];
var slothSpecSchema = z3.strictObject(
  {
    version: z3.literal(
      SLOTH_VERSION,
      expect(
        `"${SLOTH_VERSION}"`,
        `slo-gate reads Sloth "${SLOTH_VERSION}" specs: write version: "${SLOTH_VERSION}"`
      )
    ),
    service: sloName(),
    labels: ignored.optional(),
    slo_plugins: ignored.optional(),
    slos: z3.array(slothSloSchema, expect("a list of SLOs", "write each SLO as a list item: - name: ...")).min(1, expect("a list of at least one SLO", "add an SLO under slos:"))
  },
  mappingOf(
    SPEC_KEYS,
    "a Sloth prometheus/v1 spec",
    `write a Sloth spec: version: "${SLOTH_VERSION}", service: ..., slos: [...]`
  )
);
function looksLikeSlothSpec(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "version" in value;
}
function slothSlos(source, policy) {
  return source.documents.flatMap((document) => {
    const context = { source, document };
    const value = documentValue(source, document);
    if (!looksLikeSlothSpec(value)) {
      throw errorAt(
        context,
        [],
        `not a Sloth spec: a Sloth file starts with version: "${SLOTH_VERSION}"`,
        "include only Sloth prometheus/v1 spec files (slo-gate settings belong in the main config)"
      );
    }
    const parsed = slothSpecSchema.safeParse(value);
    if (!parsed.success) throw firstIssueError(source, document, parsed.error.issues);
    const spec = parsed.data;
    return spec.slos.map((slo, index) => {
      const sloPath = ["slos", index];
      const name = `${spec.service}-${slo.name}`;
      if (!SLO_NAME.test(name)) {
        throw errorAt(
          context,
          [...sloPath, "name"],
          `SLO id "${name}" is not a valid name`,
          "use letters, digits and _ . : -"
        );
      }
      const sli = compileSli(context, writtenSli(slo.sli, [...sloPath, "sli"]), {
        labels: [],
        path: [...sloPath, "attribution"]
      });
      return buildSlo(context, sloPath, {
        name,
        objectivePercent: slo.objective,
        window: DEFAULT_WINDOW,
        sli,
        onNoData: DEFAULT_ON_NO_DATA,
        // Sloth records this SLO's ratios under sloth_id: read them where they exist.
        recorded: { rules: { tool: "sloth", slothId: name }, detected: true },
        policy: resolvePolicy(policy, void 0)
      });
    });
  });
}
function writtenSli(sli, path) {
  if (sli.events) {
    return {
      kind: "events",
      errorQuery: { template: sli.events.error_query, path: [...path, "events", "error_query"] },
      totalQuery: { template: sli.events.total_query, path: [...path, "events", "total_query"] }
    };
  }
  if (sli.raw) {
    return {
      kind: "ratio",
      errorRatioQuery: { template: sli.raw.error_ratio_query, path: [...path, "raw", "error_ratio_query"] }
    };
  }
  throw new Error("Sloth sli with neither events nor raw passed validation");
}

// src/config/importers/alert-windows.ts
import { z as z4 } from "../vendor/zod.js";

// src/config/importers/common.ts
function unsupported(context, path, what, why, fix) {
  const label = pathLabel(path);
  return errorAt(context, path, `${label ? `${label}: ` : ""}${what} is not supported: ${why}`, fix);
}
function parseWith(schema, { context, value }) {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw firstIssueError(context.source, context.document, parsed.error.issues);
  }
  return parsed.data;
}
function fractionToPercent(fraction) {
  return Number((fraction * 100).toPrecision(12));
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/config/importers/alert-windows.ts
var ALERT_WINDOWS_KIND = "AlertWindows";
var windowSchema = z4.strictObject(
  {
    errorBudgetPercent: z4.number(
      expect(
        "a percentage of the error budget, more than 0 and at most 100",
        "write e.g. errorBudgetPercent: 2"
      )
    ).refine(
      (value) => value > 0 && value <= 100,
      expect(
        "a percentage of the error budget, more than 0 and at most 100",
        "write e.g. errorBudgetPercent: 2"
      )
    ),
    shortWindow: duration(),
    longWindow: duration()
  },
  mappingOf(
    ["errorBudgetPercent", "shortWindow", "longWindow"],
    "a mapping with errorBudgetPercent, shortWindow and longWindow",
    "write e.g. { errorBudgetPercent: 2, shortWindow: 5m, longWindow: 1h }"
  )
).superRefine((window, ctx) => {
  const short = parseDuration(window.shortWindow);
  const long = parseDuration(window.longWindow);
  if (short !== void 0 && long !== void 0 && short >= long) {
    ctx.addIssue({
      code: "custom",
      path: ["shortWindow"],
      message: problem(
        `must be shorter than longWindow (${window.longWindow})`,
        "use a short window of about 1/12 of the long one, e.g. shortWindow: 5m, longWindow: 1h"
      )
    });
  }
});
var quickSlow = (severity) => z4.strictObject(
  { quick: windowSchema, slow: windowSchema },
  mappingOf(
    ["quick", "slow"],
    "a mapping with quick and slow",
    `write quick: and slow: under ${severity}:`
  )
);
var alertWindowsSchema = z4.strictObject(
  {
    apiVersion: z4.string(),
    kind: z4.string(),
    metadata: z4.unknown().optional(),
    spec: z4.strictObject(
      { sloPeriod: duration(), page: quickSlow("page"), ticket: quickSlow("ticket") },
      mappingOf(
        ["sloPeriod", "page", "ticket"],
        "a mapping with sloPeriod, page and ticket",
        "write spec: { sloPeriod: 30d, page: { quick: ..., slow: ... }, ticket: { quick: ..., slow: ... } }"
      )
    )
  },
  mappingOf(
    ["apiVersion", "kind", "metadata", "spec"],
    "a Sloth AlertWindows",
    "write apiVersion: sloth.slok.dev/v1, kind: AlertWindows and spec:"
  )
);
var ALERTS = [
  { severity: "page", speed: "quick", action: "block" },
  { severity: "page", speed: "slow", action: "block" },
  { severity: "ticket", speed: "quick", action: "warn" },
  { severity: "ticket", speed: "slow", action: "warn" }
];
function seconds2(text5) {
  const value = parseDuration(text5);
  if (value === void 0) throw new Error(`not a duration after validation: ${text5}`);
  return value;
}
function alertWindowsTable(document) {
  const { context } = document;
  const { spec } = parseWith(alertWindowsSchema, document);
  const periodSeconds = seconds2(spec.sloPeriod);
  const alerts = ALERTS.map(({ severity, speed, action }) => {
    const window = spec[severity][speed];
    const path = ["spec", severity, speed];
    const longSeconds = seconds2(window.longWindow);
    if (longSeconds >= periodSeconds) {
      throw errorAt(
        context,
        [...path, "longWindow"],
        `${pathLabel(path)}.longWindow ${window.longWindow} is not shorter than sloPeriod ${spec.sloPeriod}: the alert would measure the period against itself`,
        `use a long window shorter than ${spec.sloPeriod}`
      );
    }
    return {
      long: window.longWindow,
      longSeconds,
      short: window.shortWindow,
      shortSeconds: seconds2(window.shortWindow),
      budgetConsumed: Number((window.errorBudgetPercent / 100).toPrecision(15)),
      action
    };
  });
  const { line, column } = positionOf2(context.source, context.document, []);
  return {
    period: spec.sloPeriod,
    periodSeconds,
    alerts,
    source: { file: context.source.file, line, column }
  };
}
function withAlertWindows(slo, tables) {
  const table = tables.find((candidate) => candidate.periodSeconds === slo.windowSeconds);
  if (!table) return void 0;
  const alerts = table.alerts.map((alert) => ({ ...alert }));
  return { slo: { ...slo, policy: { ...slo.policy, burnRateAlerts: alerts } }, warnings: [] };
}
function rejectDuplicatePeriods(tables) {
  const seen = /* @__PURE__ */ new Map();
  for (const table of tables) {
    const earlier = seen.get(table.periodSeconds);
    if (earlier) {
      const first = `${earlier.source.file}:${earlier.source.line}:${earlier.source.column ?? 1}`;
      throw new UsageError(`AlertWindows for sloPeriod ${table.period} are already given at ${first}`, {
        ...table.source,
        fix: "keep one AlertWindows per SLO period"
      });
    }
    seen.set(table.periodSeconds, table);
  }
}
function unusedTableWarnings(tables, slos) {
  return tables.filter((table) => !slos.some((slo) => slo.windowSeconds === table.periodSeconds)).map(
    (table) => formatUsageError(
      `warning: the AlertWindows for sloPeriod ${table.period} apply to no SLO: no SLO has a ${table.period} period`,
      { ...table.source, fix: "give the SLOs it is meant for that period, or remove the include" }
    )
  );
}

// src/config/importers/metricsql.ts
var VICTORIA_METRICS_PLUGIN = /victoria_?metrics/i;
function rejectMetricsql(document) {
  walk(document.value, [], (value, path) => {
    const key = path[path.length - 1];
    if (key === "id" && typeof value === "string" && VICTORIA_METRICS_PLUGIN.test(value)) {
      throw unsupported(
        document.context,
        path,
        `the VictoriaMetrics plugin ${value} (MetricsQL)`,
        "slo-gate reads the SLI queries of a spec, not Sloth plugins",
        "write the SLI queries in place of the plugin (MetricsQL runs when prometheus.url is VictoriaMetrics), or leave this spec out of slo-gate"
      );
    }
  });
}
function walk(value, path, visit2) {
  visit2(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit2));
  else if (isMapping(value))
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit2);
}

// src/config/importers/openslo.ts
import { z as z6 } from "../vendor/zod.js";

// src/config/importers/openslo-calendar.ts
import { z as z5 } from "../vendor/zod.js";
var text2 = (what, fix) => z5.string(expect(what, fix)).min(1, expect(what, fix));
var calendarSchema = z5.looseObject(
  {
    startTime: text2(
      "a date and time such as 2022-01-01 00:00:00",
      "write startTime: 2022-01-01 00:00:00 (the start of one period, without a time zone)"
    ),
    timeZone: text2("an IANA time zone such as UTC", "write timeZone: UTC")
  },
  expect(
    "a mapping with startTime and timeZone",
    "write calendar: { startTime: 2022-01-01 00:00:00, timeZone: UTC }"
  )
);
var SUPPORTED = "slo-gate's calendar periods are one month (from the 1st) or one week (from Monday), each from 00:00 UTC";
function windowCalendar(context, window) {
  const { path, isRolling, calendar } = window;
  if (calendar !== void 0 && isRolling === true) {
    throw errorAt(
      context,
      [...path, "isRolling"],
      `${pathLabel(path)} has isRolling: true and a calendar: a time window is rolling or calendar-aligned, not both`,
      "write isRolling: false for the calendar-aligned window, or remove calendar: for a rolling one"
    );
  }
  if (calendar === void 0 && isRolling === false) {
    throw errorAt(
      context,
      [...path, "isRolling"],
      `${pathLabel(path)} has isRolling: false but no calendar: a calendar-aligned window needs its start and time zone`,
      "add calendar: { startTime: 2022-01-01 00:00:00, timeZone: UTC }, or write isRolling: true"
    );
  }
  return calendar;
}
function calendarPeriodOf(context, window) {
  const { path, length, calendar } = window;
  const period = periodOfLength(length);
  if (!period) {
    throw unsupported(
      context,
      length.path,
      `a calendar-aligned window of ${length.written}`,
      SUPPORTED,
      "write a calendar window of one month or one week, or a rolling window"
    );
  }
  checkUtc(context, [...path, "calendar", "timeZone"], calendar.timeZone);
  checkStart(context, [...path, "calendar", "startTime"], calendar.startTime, period);
  return period;
}
function periodOfLength({ count: count2, unit }) {
  if (count2 === 1 && unit === "month") return "month";
  if (count2 === 1 && unit === "week" || count2 === 7 && unit === "day") return "week";
  return void 0;
}
function checkUtc(context, path, timeZone) {
  let canonical;
  try {
    canonical = new Intl.DateTimeFormat("en", { timeZone }).resolvedOptions().timeZone;
  } catch {
    throw errorAt(
      context,
      path,
      `${pathLabel(path)} "${timeZone}" is not a time zone of the IANA database`,
      "write timeZone: UTC"
    );
  }
  if (canonical === "UTC") return;
  throw unsupported(
    context,
    path,
    `time zone ${timeZone}`,
    `${SUPPORTED}; a time zone's offset and daylight-saving changes would move every period boundary`,
    "write timeZone: UTC (a period then starts at 00:00 UTC), or a rolling window"
  );
}
var START_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;
function checkStart(context, path, startTime, period) {
  const start = parseStartTime(startTime);
  if (!start) {
    throw errorAt(
      context,
      path,
      `${pathLabel(path)} must be a date and time such as 2022-01-01 00:00:00, got ${startTime}`,
      "write startTime: 2022-01-01 00:00:00 (24-hour time, without a time zone)"
    );
  }
  const aligned = calendarBoundsAt(period, start).start;
  if (aligned.getTime() === start.getTime()) return;
  throw unsupported(
    context,
    path,
    `a calendar ${period} starting at ${startTime}`,
    period === "month" ? "slo-gate's calendar month starts on the 1st at 00:00 UTC" : "slo-gate's calendar week starts on Monday at 00:00 UTC",
    `write startTime: ${formatStartTime(aligned)} (the start of the ${period} holding ${startTime})`
  );
}
function parseStartTime(startTime) {
  const match = START_TIME.exec(startTime);
  if (!match) return void 0;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return formatStartTime(date) === `${match[1]}-${match[2]}-${match[3]} ${match[4]}:${match[5]}:${match[6]}` ? date : void 0;
}
function formatStartTime(date) {
  return date.toISOString().slice(0, 19).replace("T", " ");
}

// src/config/importers/openslo.ts
var OPENSLO_V1ALPHA = "openslo/v1alpha";
var OPENSLO_V1 = "openslo/v1";
var WINDOW2 = /\{\{\s*\.window\s*\}\}/;
var text3 = (what, fix) => z6.string(expect(what, fix)).min(1, expect(what, fix));
var metadataSchema = z6.looseObject({
  name: text3("a name", "write metadata: { name: my-slo }")
});
function objectivePercentOf(context, path, objective) {
  const { target, targetPercent } = objective;
  if (target === void 0 === (targetPercent === void 0)) {
    throw errorAt(
      context,
      path,
      `${pathLabel(path)} needs exactly one of target (a fraction, e.g. 0.999) or targetPercent (e.g. 99.9)`,
      "keep one of target: or targetPercent:"
    );
  }
  if (target !== void 0) {
    if (target > 1 && target < 100) {
      throw errorAt(
        context,
        [...path, "target"],
        `${pathLabel([...path, "target"])} ${target} looks like a percent; an OpenSLO target is a fraction \u2014 did you mean ${Number((target / 100).toPrecision(12))}?`,
        `write target: ${Number((target / 100).toPrecision(12))} or targetPercent: ${target}`
      );
    }
    if (!(target > 0 && target < 1)) {
      throw errorAt(
        context,
        [...path, "target"],
        `${pathLabel([...path, "target"])} must be a fraction above 0 and below 1, got ${target}`,
        "write e.g. target: 0.999 (99.9 %)"
      );
    }
    return fractionToPercent(target);
  }
  if (!(targetPercent > 0 && targetPercent < 100)) {
    throw errorAt(
      context,
      [...path, "targetPercent"],
      `${pathLabel([...path, "targetPercent"])} must be a percentage above 0 and below 100, got ${targetPercent}`,
      "write e.g. targetPercent: 99.9"
    );
  }
  return targetPercent;
}
function rejectTimeslices(context, method) {
  if (method === void 0 || method === "Occurrences") return;
  if (method === "Timeslices" || method === "RatioTimeslices") {
    throw unsupported(
      context,
      ["spec", "budgetingMethod"],
      method,
      "slo-gate counts good and bad events over the whole period (Occurrences) and has no time slices to judge against timeSliceTarget or timeSliceWindow",
      "use budgetingMethod: Occurrences, or leave this SLO out of slo-gate"
    );
  }
  throw errorAt(
    context,
    ["spec", "budgetingMethod"],
    `spec.budgetingMethod must be Occurrences, Timeslices or RatioTimeslices, got ${method}`,
    "write budgetingMethod: Occurrences"
  );
}
function windowTemplate(context, query, path) {
  if (WINDOW2.test(query)) return { template: query, path };
  const windowed = withWindowRanges(query);
  if (windowed.ok) return { template: windowed.template, path };
  switch (windowed.reason) {
    // compileSli reports the syntax error at its character in the query as written.
    case "syntax":
      return { template: query, path };
    case "no-range":
      throw errorAt(
        context,
        path,
        `${pathLabel(path)} has no range selector such as [5m], so slo-gate cannot measure it over each alert window`,
        "query a counter over a range, e.g. sum(rate(http_requests_total[5m])) (the range is replaced by each window), or write [{{.window}}] where the range goes"
      );
    case "subquery":
      throw unsupported(
        context,
        path,
        "a subquery",
        "its range and step cannot be replaced by each alert window",
        "write [{{.window}}] where the window goes yourself, or use a plain range selector such as rate(x[5m])"
      );
  }
}
function ratioSli(queries) {
  const { context, good, bad, total } = queries;
  const numerator = bad ?? good;
  compileSli(context, { kind: "events", errorQuery: numerator, totalQuery: total }, noAttribution);
  if (bad) return { kind: "events", errorQuery: bad, totalQuery: total };
  return {
    kind: "events",
    errorQuery: { template: `(${total.template}) - (${numerator.template})`, path: numerator.path },
    totalQuery: total
  };
}
var noAttribution = { labels: [], path: [] };
function sloOf(context, sloPath, parts, policy) {
  if (!SLO_NAME.test(parts.name)) {
    throw errorAt(
      context,
      ["metadata", "name"],
      `SLO id "${parts.name}" is not a valid name`,
      "use letters, digits and _ . : -"
    );
  }
  return buildSlo(context, sloPath, {
    name: parts.name,
    objectivePercent: parts.objectivePercent,
    window: parts.period.window,
    ...parts.period.calendar ? { calendar: parts.period.calendar } : {},
    sli: compileSli(parts.sliContext, parts.sli, noAttribution),
    onNoData: DEFAULT_ON_NO_DATA,
    policy: resolvePolicy(policy, void 0)
  });
}
var v1alphaQuerySchema = z6.looseObject({
  source: text3("a metric source", "write source: prometheus"),
  queryType: text3("a query type", "write queryType: promql"),
  query: text3("a PromQL query", "write query: sum(rate(http_requests_total[{{.window}}]))")
});
var v1alphaSchema = z6.looseObject({
  metadata: metadataSchema,
  spec: z6.looseObject({
    service: text3("a service name", "write service: my-service"),
    budgetingMethod: z6.string(expect("a string", "write budgetingMethod: Occurrences")).optional(),
    indicator: z6.unknown().optional(),
    objectives: z6.array(
      z6.looseObject({
        ratioMetrics: z6.looseObject({ good: v1alphaQuerySchema, total: v1alphaQuerySchema }).optional(),
        target: z6.number(expect("a fraction, e.g. 0.999", "write target: 0.999"))
      }),
      expect("a list of objectives", "write objectives: [{ ratioMetrics: ..., target: 0.999 }]")
    ).min(1, expect("a list of at least one objective", "add an objective under spec.objectives:")),
    timeWindows: z6.array(
      z6.looseObject({
        count: z6.number(expect("a whole number", "write count: 30")).int(expect("a whole number", "write count: 30")),
        unit: text3("a unit", "write unit: Day"),
        isRolling: z6.boolean(expect("true or false", "write isRolling: true")).optional(),
        calendar: calendarSchema.optional()
      }),
      expect("a list of one time window", "write timeWindows: [{ count: 30, unit: Day }]")
    ).optional()
  })
});
var V1ALPHA_UNITS = {
  second: "second",
  minute: "minute",
  hour: "hour",
  day: "day",
  week: "week",
  month: "month",
  quarter: "quarter",
  year: "year"
};
var ROLLING_V1ALPHA_UNITS = { day: "d", week: "w" };
function opensloV1alphaSlos(document, policy) {
  const { context } = document;
  const { metadata, spec } = parseWith(v1alphaSchema, document);
  rejectTimeslices(context, spec.budgetingMethod);
  if (isMapping(spec.indicator) && spec.indicator.thresholdMetric !== void 0) {
    throw unsupported(
      context,
      ["spec", "indicator", "thresholdMetric"],
      "a threshold metric",
      "slo-gate needs good and total events (ratioMetrics) to compute an error ratio",
      "write objectives[].ratioMetrics with good and total Prometheus queries"
    );
  }
  const period = v1alphaPeriod(context, spec.timeWindows);
  return spec.objectives.map((objective, index) => {
    const path = ["spec", "objectives", index];
    const ratio2 = objective.ratioMetrics;
    if (!ratio2) {
      throw errorAt(
        context,
        path,
        `${pathLabel(path)} has no ratioMetrics: slo-gate reads OpenSLO v1alpha objectives with ratioMetrics good and total, as Sloth does`,
        "write ratioMetrics: { good: { source: prometheus, queryType: promql, query: ... }, total: { ... } }"
      );
    }
    const query = (part) => {
      const at = [...path, "ratioMetrics", part];
      const written = ratio2[part];
      if (written.source !== "prometheus" && written.source !== "sloth") {
        throw unsupported(
          context,
          [...at, "source"],
          `metric source ${written.source}`,
          "slo-gate queries Prometheus only",
          "write source: prometheus with a PromQL query, or leave this SLO out of slo-gate"
        );
      }
      if (written.queryType !== "promql") {
        throw unsupported(
          context,
          [...at, "queryType"],
          `query type ${written.queryType}`,
          "slo-gate reads PromQL queries only",
          "write queryType: promql with a PromQL query"
        );
      }
      return windowTemplate(context, written.query, [...at, "query"]);
    };
    return sloOf(
      context,
      path,
      {
        // Sloth's id of an OpenSLO objective: <service>-<metadata.name>-<index>.
        name: `${spec.service}-${metadata.name}-${index}`,
        objectivePercent: objectivePercentOf(context, path, { target: objective.target }),
        period,
        sli: ratioSli({ context, good: query("good"), total: query("total") }),
        sliContext: context
      },
      policy
    );
  });
}
function v1alphaPeriod(context, windows) {
  if (!windows || windows.length === 0) return { window: DEFAULT_WINDOW };
  if (windows.length > 1) {
    throw errorAt(
      context,
      ["spec", "timeWindows", 1],
      "spec.timeWindows has more than one time window",
      "keep exactly one"
    );
  }
  const [window] = windows;
  const path = ["spec", "timeWindows", 0];
  const unit = V1ALPHA_UNITS[window.unit.toLowerCase()];
  const length = unit && {
    count: window.count,
    unit,
    written: `${window.count} ${window.unit}`,
    path: [...path, "unit"]
  };
  const calendar = windowCalendar(context, { path, isRolling: window.isRolling, calendar: window.calendar });
  if (calendar) {
    if (!length) {
      throw errorAt(
        context,
        [...path, "unit"],
        `${pathLabel([...path, "unit"])} must be Second, Minute, Hour, Day, Week, Month, Quarter or Year, got ${window.unit}`,
        "write { count: 1, unit: Month } for a calendar month"
      );
    }
    return {
      window: DEFAULT_WINDOW,
      calendar: calendarPeriodOf(context, { path, length, calendar })
    };
  }
  const rollingUnit = unit && ROLLING_V1ALPHA_UNITS[unit];
  if (!rollingUnit || window.count <= 0) {
    throw unsupported(
      context,
      [...path, "unit"],
      `a rolling time window of ${window.count} ${window.unit}`,
      "slo-gate reads rolling periods counted in days or weeks, as Sloth reads days",
      "write e.g. { count: 30, unit: Day }, or { count: 1, unit: Month } with a calendar: for a calendar month"
    );
  }
  return { window: `${window.count}${rollingUnit}` };
}
var metricSchema = z6.looseObject({
  metricSource: z6.looseObject({
    metricSourceRef: z6.string(expect("a DataSource name", "write metricSourceRef: prometheus")).optional(),
    type: z6.string(expect("a metric source type", "write type: Prometheus")).optional(),
    spec: z6.record(z6.string(), z6.unknown(), expect("a mapping", "write spec: { query: ... }")).optional()
  })
});
var sliSpecSchema = z6.looseObject({
  thresholdMetric: z6.unknown().optional(),
  ratioMetric: z6.looseObject({
    good: metricSchema.optional(),
    bad: metricSchema.optional(),
    total: metricSchema.optional(),
    raw: metricSchema.optional(),
    rawType: z6.enum(["success", "failure"], expect("success or failure", "write rawType: failure")).optional()
  }).optional()
});
var v1SliSchema = z6.looseObject({ metadata: metadataSchema, spec: sliSpecSchema });
var v1DataSourceSchema = z6.looseObject({
  metadata: metadataSchema,
  spec: z6.looseObject({ type: z6.string(expect("a data source type", "write type: Prometheus")).optional() })
});
var v1SloSchema = z6.looseObject({
  metadata: metadataSchema,
  spec: z6.looseObject({
    indicator: z6.looseObject({ spec: sliSpecSchema }).optional(),
    indicatorRef: z6.string(expect("an SLI name", "write indicatorRef: my-sli")).optional(),
    budgetingMethod: z6.string(expect("a string", "write budgetingMethod: Occurrences")).optional(),
    timeWindow: z6.array(
      z6.looseObject({
        duration: text3("a duration such as 28d", "write duration: 28d"),
        isRolling: z6.boolean(expect("true or false", "write isRolling: true")).optional(),
        calendar: calendarSchema.optional()
      }),
      expect("a list of one time window", "write timeWindow: [{ duration: 28d, isRolling: true }]")
    ).optional(),
    objectives: z6.array(
      z6.looseObject({
        target: z6.number(expect("a fraction, e.g. 0.999", "write target: 0.999")).optional(),
        targetPercent: z6.number(expect("a percentage, e.g. 99.9", "write targetPercent: 99.9")).optional(),
        indicator: z6.unknown().optional(),
        indicatorRef: z6.unknown().optional()
      }),
      expect("a list of objectives", "write objectives: [{ target: 0.999 }]")
    ).min(1, expect("a list of at least one objective", "add an objective under spec.objectives:"))
  })
});
function referenceName(document) {
  return parseWith(z6.looseObject({ metadata: metadataSchema }), document).metadata.name;
}
function opensloV1Slos(document, policy, references) {
  const { context } = document;
  const { metadata, spec } = parseWith(v1SloSchema, document);
  rejectTimeslices(context, spec.budgetingMethod);
  const period = v1Period(context, spec.timeWindow);
  spec.objectives.forEach((objective, index) => {
    if (objective.indicator !== void 0 || objective.indicatorRef !== void 0) {
      throw unsupported(
        context,
        ["spec", "objectives", index, objective.indicator !== void 0 ? "indicator" : "indicatorRef"],
        "a composite SLO (an indicator per objective)",
        "slo-gate measures each SLO against one indicator",
        "write one SLO per indicator, each with spec.indicator or spec.indicatorRef"
      );
    }
  });
  const indicator = v1Indicator(document, spec.indicator?.spec, spec.indicatorRef, references);
  const sli = v1Sli(indicator, references);
  const several = spec.objectives.length > 1;
  return spec.objectives.map((objective, index) => {
    const path = ["spec", "objectives", index];
    return sloOf(
      context,
      path,
      {
        name: several ? `${metadata.name}-${index}` : metadata.name,
        objectivePercent: objectivePercentOf(context, path, objective),
        period,
        sli,
        sliContext: indicator.document.context
      },
      policy
    );
  });
}
function v1Indicator(document, inline, ref, references) {
  if (inline === void 0 === (ref === void 0)) {
    throw errorAt(
      document.context,
      ["spec"],
      "spec needs exactly one of indicator (the SLI written inline) or indicatorRef (the name of a kind SLI)",
      "keep one of indicator: or indicatorRef:"
    );
  }
  if (inline) return { document, path: ["spec", "indicator", "spec"], spec: inline };
  const sli = references.slis.get(ref);
  if (!sli) {
    const known = [...references.slis.keys()];
    throw errorAt(
      document.context,
      ["spec", "indicatorRef"],
      `spec.indicatorRef "${ref}" names no SLI in the files slo-gate read${known.length ? ` (SLIs: ${known.join(", ")})` : ""}`,
      "include the file with that kind: SLI, or correct the name"
    );
  }
  return { document: sli, path: ["spec"], spec: parseWith(v1SliSchema, sli).spec };
}
function v1Sli({ document, path, spec }, references) {
  const { context } = document;
  const { thresholdMetric, ratioMetric } = spec;
  if (thresholdMetric !== void 0) {
    throw unsupported(
      context,
      [...path, "thresholdMetric"],
      "a threshold metric",
      "slo-gate needs good (or bad) and total events (ratioMetric) to compute an error ratio",
      "write a ratioMetric with good (or bad) and total Prometheus queries"
    );
  }
  if (!ratioMetric) {
    throw errorAt(
      context,
      path,
      `${pathLabel(path)} needs a ratioMetric`,
      "write ratioMetric: { good: ..., total: ... }"
    );
  }
  const ratioPath = [...path, "ratioMetric"];
  const query = (part) => {
    const metric = ratioMetric[part];
    return metric && prometheusQuery(document, [...ratioPath, part, "metricSource"], metric.metricSource, references);
  };
  if (ratioMetric.raw) {
    if (ratioMetric.good || ratioMetric.bad || ratioMetric.total) {
      throw errorAt(
        context,
        [...ratioPath, "raw"],
        `${pathLabel([...ratioPath, "raw"])} cannot be used with good, bad or total`,
        "keep raw with rawType, or good/bad with total"
      );
    }
    if (!ratioMetric.rawType) {
      throw errorAt(
        context,
        ratioPath,
        `${pathLabel(ratioPath)}.rawType is missing: it must be success or failure`,
        "write rawType: failure (raw is an error ratio) or rawType: success"
      );
    }
    const raw = query("raw");
    compileSli(context, { kind: "ratio", errorRatioQuery: raw }, noAttribution);
    return ratioMetric.rawType === "failure" ? { kind: "ratio", errorRatioQuery: raw } : { kind: "ratio", errorRatioQuery: { template: `1 - (${raw.template})`, path: raw.path } };
  }
  if (ratioMetric.good === void 0 === (ratioMetric.bad === void 0) || !ratioMetric.total) {
    throw errorAt(
      context,
      ratioPath,
      `${pathLabel(ratioPath)} needs total and exactly one of good or bad`,
      "write good: (or bad:) and total:, each with a metricSource"
    );
  }
  return ratioSli({ context, good: query("good"), bad: query("bad"), total: query("total") });
}
function prometheusQuery(document, path, source, references) {
  const { context } = document;
  let type = source.type;
  if (type === void 0 && source.metricSourceRef !== void 0) {
    const dataSource = references.dataSources.get(source.metricSourceRef);
    if (!dataSource) {
      throw errorAt(
        context,
        [...path, "metricSourceRef"],
        `${pathLabel([...path, "metricSourceRef"])} "${source.metricSourceRef}" names no DataSource in the files slo-gate read`,
        "write type: Prometheus next to it, or include the file with that kind: DataSource"
      );
    }
    type = parseWith(v1DataSourceSchema, dataSource).spec.type;
  }
  if (type === void 0 || type.toLowerCase() !== "prometheus") {
    throw unsupported(
      context,
      type === void 0 ? path : [...path, "type"],
      `metric source ${type ?? "(no type)"}`,
      "slo-gate queries Prometheus only",
      "write type: Prometheus with spec.query, or leave this SLO out of slo-gate"
    );
  }
  const spec = source.spec ?? {};
  const key = typeof spec.query === "string" ? "query" : typeof spec.promql === "string" ? "promql" : void 0;
  if (!key) {
    throw errorAt(
      context,
      [...path, "spec"],
      `${pathLabel([...path, "spec"])} needs query: (or promql:) with a PromQL query`,
      "write spec: { query: sum(rate(http_requests_total[5m])) }"
    );
  }
  return windowTemplate(context, spec[key], [...path, "spec", key]);
}
var V1_DURATION = /^(\d+)([smhdwMQY])$/;
var V1_UNITS = {
  s: "second",
  m: "minute",
  h: "hour",
  d: "day",
  w: "week",
  M: "month",
  Q: "quarter",
  Y: "year"
};
function v1Period(context, windows) {
  if (!windows || windows.length === 0) return { window: DEFAULT_WINDOW };
  if (windows.length > 1) {
    throw errorAt(
      context,
      ["spec", "timeWindow", 1],
      "spec.timeWindow has more than one time window",
      "keep exactly one"
    );
  }
  const [window] = windows;
  const path = ["spec", "timeWindow", 0];
  const durationPath = [...path, "duration"];
  const match = V1_DURATION.exec(window.duration);
  const calendar = windowCalendar(context, { path, isRolling: window.isRolling, calendar: window.calendar });
  if (calendar) {
    if (!match) {
      throw errorAt(
        context,
        durationPath,
        `${pathLabel(durationPath)} must be a duration such as 1M or 1w, got ${window.duration}`,
        "write duration: 1M for a calendar month, or 1w for a calendar week"
      );
    }
    const length = {
      count: Number(match[1]),
      unit: V1_UNITS[match[2]],
      written: window.duration,
      path: durationPath
    };
    return {
      window: DEFAULT_WINDOW,
      calendar: calendarPeriodOf(context, { path, length, calendar })
    };
  }
  if (match && "MQY".includes(match[2])) {
    throw unsupported(
      context,
      durationPath,
      `a rolling period of ${window.duration}`,
      "months, quarters and years have no fixed length",
      "write the period in days or weeks, e.g. 30d or 4w, or a calendar window (isRolling: false, calendar:) for a calendar month"
    );
  }
  if (!match || parseDuration(window.duration) === void 0) {
    throw errorAt(
      context,
      durationPath,
      `${pathLabel(durationPath)} must be a duration such as 28d or 4w, got ${window.duration}`,
      "write duration: 28d"
    );
  }
  return { window: window.duration };
}

// src/config/importers/pyrra.ts
import { z as z7 } from "../vendor/zod.js";
var PYRRA_API_VERSION = "pyrra.dev/v1alpha1";
var PYRRA_KIND = "ServiceLevelObjective";
var ignored2 = z7.unknown();
function metricOf(example) {
  const wording = expect("a PromQL metric selector (a string)", `write e.g. metric: ${example}`);
  return z7.strictObject(
    { metric: z7.string(wording).min(1, wording) },
    mappingOf(["metric"], "a mapping with metric", `write e.g. { metric: ${example} }`)
  );
}
var grouping = z7.array(
  z7.string(expect("a label name", "write label names such as route")).refine(isLabelName, expect("a label name (letters, digits and _)", "write label names such as route")),
  expect("a list of label names", "write e.g. grouping: [route]")
).optional();
var INDICATORS = ["ratio", "latency", "latencyNative", "bool_gauge"];
var indicatorSchema = z7.strictObject(
  {
    ratio: z7.strictObject(
      {
        errors: metricOf('http_requests_total{job="api",code=~"5.."}'),
        total: metricOf('http_requests_total{job="api"}'),
        grouping
      },
      mappingOf(
        ["errors", "total", "grouping"],
        "a mapping with errors and total",
        "write errors: and total:"
      )
    ).optional(),
    latency: z7.strictObject(
      {
        success: metricOf('http_request_duration_seconds_bucket{job="api",le="0.3"}'),
        total: metricOf('http_request_duration_seconds_count{job="api"}'),
        grouping
      },
      mappingOf(
        ["success", "total", "grouping"],
        "a mapping with success and total",
        "write success: and total:"
      )
    ).optional(),
    latencyNative: z7.strictObject(
      {
        total: metricOf('http_request_duration_seconds{job="api"}'),
        latency: latencyThreshold(),
        grouping
      },
      mappingOf(
        ["total", "latency", "grouping"],
        "a mapping with total and latency",
        "write total: and latency: (e.g. latency: 300ms)"
      )
    ).optional(),
    bool_gauge: z7.strictObject(
      {
        metric: z7.string(
          expect(
            "a PromQL metric selector (a string)",
            'write e.g. metric: probe_success{job="blackbox"}'
          )
        ),
        grouping
      },
      mappingOf(
        ["metric", "grouping"],
        "a mapping with metric",
        'write e.g. metric: probe_success{job="blackbox"}'
      )
    ).optional()
  },
  mappingOf(
    [...INDICATORS],
    "a mapping with one indicator",
    "write one of ratio:, latency:, latencyNative: or bool_gauge:"
  )
).superRefine((indicator, ctx) => {
  const written = INDICATORS.filter((kind) => indicator[kind] !== void 0);
  if (written.length !== 1) {
    ctx.addIssue({
      code: "custom",
      message: problem(
        written.length === 0 ? "needs one of ratio, latency, latencyNative or bool_gauge" : `needs exactly one indicator, not ${written.join(" and ")}`,
        written.length === 0 ? "write one of ratio:, latency:, latencyNative: or bool_gauge:" : "keep one of them"
      )
    });
  }
});
var SPEC_KEYS2 = ["description", "target", "window", "indicator", "alerting", "partial_response_strategy"];
var pyrraSchema = z7.strictObject(
  {
    apiVersion: z7.literal(
      PYRRA_API_VERSION,
      expect(`"${PYRRA_API_VERSION}"`, `write apiVersion: ${PYRRA_API_VERSION}`)
    ),
    kind: z7.literal(PYRRA_KIND, expect(PYRRA_KIND, `write kind: ${PYRRA_KIND}`)),
    // Kubernetes metadata carries much else (namespace, labels, uid, ...): only the name is read.
    metadata: z7.looseObject(
      { name: sloName() },
      expect("a mapping with name", "write metadata: { name: checkout-availability }")
    ),
    spec: z7.strictObject(
      {
        description: z7.string(expect("a string", "quote the description")).optional(),
        target: objectivePercent(),
        window: duration(),
        indicator: indicatorSchema,
        alerting: ignored2.optional(),
        partial_response_strategy: ignored2.optional()
      },
      mappingOf(
        SPEC_KEYS2,
        "a mapping with target, window and indicator",
        'write e.g. spec: { target: "99.9", window: 4w, indicator: ... }'
      )
    ),
    status: ignored2.optional()
  },
  mappingOf(
    ["apiVersion", "kind", "metadata", "spec", "status"],
    "a Pyrra ServiceLevelObjective",
    `write apiVersion: ${PYRRA_API_VERSION}, kind: ${PYRRA_KIND}, metadata: and spec:`
  )
);
function looksLikePyrra(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const apiVersion = value.apiVersion;
  return typeof apiVersion === "string" && apiVersion.startsWith("pyrra.dev/");
}
function pyrraSlos(source, policy) {
  return source.documents.flatMap((document) => {
    const context = { source, document };
    const value = documentValue(source, document);
    if (value === null || value === void 0) return [];
    if (!looksLikePyrra(value)) {
      throw errorAt(
        context,
        [],
        `not a Pyrra ServiceLevelObjective: a Pyrra file's documents start with apiVersion: ${PYRRA_API_VERSION}`,
        "keep only Pyrra ServiceLevelObjective documents in this file"
      );
    }
    const parsed = pyrraSchema.safeParse(value);
    if (!parsed.success) throw firstIssueError(source, document, parsed.error.issues);
    const slo = parsed.data;
    const success = slo.spec.indicator.latency?.success.metric;
    if (success !== void 0 && selectorLabelNames(success)?.includes("le") === false) {
      throw errorAt(
        context,
        ["spec", "indicator", "latency", "success", "metric"],
        "spec.indicator.latency.success.metric has no le matcher, so every request would count as a success",
        'select the bucket of the latency threshold, e.g. http_request_duration_seconds_bucket{job="api",le="0.3"}'
      );
    }
    const { sli, labels } = writtenSli2(slo.spec.indicator);
    return [
      buildSlo(context, [], {
        name: slo.metadata.name,
        objectivePercent: slo.spec.target,
        window: slo.spec.window,
        sli: compileSli(context, sli, { labels: labels.names, path: labels.path }),
        onNoData: DEFAULT_ON_NO_DATA,
        ...pyrraRecorded(slo.metadata.name, slo.spec.indicator, labels.names),
        policy: resolvePolicy(policy, void 0)
      })
    ];
  });
}
function pyrraRecorded(name, indicator, grouping2) {
  if (grouping2.length > 0) return {};
  let increase;
  if (indicator.ratio) {
    increase = {
      kind: "errors",
      counted: indicator.ratio.errors.metric,
      total: indicator.ratio.total.metric
    };
  } else if (indicator.latency) {
    increase = {
      kind: "good",
      counted: indicator.latency.success.metric,
      total: indicator.latency.total.metric
    };
  }
  return {
    recorded: { rules: { tool: "pyrra", slo: name, ...increase ? { increase } : {} }, detected: true }
  };
}
function writtenSli2(indicator) {
  const at = (kind, ...rest) => ["spec", "indicator", kind, ...rest];
  const selector = (text5, path) => ({ text: text5, path });
  const labels = (kind, names) => ({
    names: names ?? [],
    path: at(kind, "grouping")
  });
  if (indicator.ratio) {
    const { errors, total } = indicator.ratio;
    return {
      sli: {
        kind: "errorsOfTotal",
        errors: selector(errors.metric, at("ratio", "errors", "metric")),
        total: selector(total.metric, at("ratio", "total", "metric"))
      },
      labels: labels("ratio", indicator.ratio.grouping)
    };
  }
  if (indicator.latency) {
    const { success, total } = indicator.latency;
    return {
      sli: {
        kind: "goodOfTotal",
        good: selector(success.metric, at("latency", "success", "metric")),
        total: selector(total.metric, at("latency", "total", "metric"))
      },
      labels: labels("latency", indicator.latency.grouping)
    };
  }
  if (indicator.latencyNative) {
    const { total, latency } = indicator.latencyNative;
    return {
      sli: {
        kind: "nativeLatency",
        histogram: selector(total.metric, at("latencyNative", "total", "metric")),
        threshold: { ...latency, path: at("latencyNative", "latency") }
      },
      labels: labels("latencyNative", indicator.latencyNative.grouping)
    };
  }
  if (indicator.bool_gauge) {
    return {
      sli: { kind: "boolGauge", query: selector(indicator.bool_gauge.metric, at("bool_gauge", "metric")) },
      labels: labels("bool_gauge", indicator.bool_gauge.grouping)
    };
  }
  throw new Error("Pyrra indicator of no kind passed validation");
}

// src/config/importers/sloth-crd.ts
import { z as z8 } from "../vendor/zod.js";
var SLOTH_API_VERSION = "sloth.slok.dev/v1";
var SLOTH_CRD_KIND = "PrometheusServiceLevel";
var ignored3 = z8.unknown();
var sliSchema2 = z8.strictObject(
  {
    events: eventsSliSchema.optional(),
    raw: rawSliSchema.optional(),
    plugin: ignored3.optional()
  },
  mappingOf(
    ["events", "raw", "plugin"],
    "a mapping with events or raw",
    "write sli: { events: { errorQuery: ..., totalQuery: ... } }"
  )
);
var sloSchema2 = z8.strictObject(
  {
    name: sloName(),
    objective: objectivePercent(),
    description: z8.string(expect("a string", "quote the description")).optional(),
    labels: ignored3.optional(),
    plugins: ignored3.optional(),
    sli: sliSchema2,
    alerting: ignored3.optional()
  },
  mappingOf(
    ["name", "objective", "description", "labels", "plugins", "sli", "alerting"],
    "a mapping with name, objective and sli",
    "write e.g. { name: requests-availability, objective: 99.9, sli: ... }"
  )
);
var crdSchema = z8.strictObject(
  {
    apiVersion: z8.literal(SLOTH_API_VERSION),
    kind: z8.literal(SLOTH_CRD_KIND),
    metadata: ignored3.optional(),
    spec: z8.strictObject(
      {
        service: sloName(),
        labels: ignored3.optional(),
        sloPlugins: ignored3.optional(),
        slos: z8.array(sloSchema2, expect("a list of SLOs", "write each SLO as a list item: - name: ...")).min(1, expect("a list of at least one SLO", "add an SLO under spec.slos:"))
      },
      mappingOf(
        ["service", "labels", "sloPlugins", "slos"],
        "a mapping with service and slos",
        "write spec: { service: ..., slos: [...] }"
      )
    ),
    status: ignored3.optional()
  },
  mappingOf(
    ["apiVersion", "kind", "metadata", "spec", "status"],
    "a Sloth PrometheusServiceLevel",
    `write apiVersion: ${SLOTH_API_VERSION}, kind: ${SLOTH_CRD_KIND}, metadata: and spec:`
  )
);
function slothCrdSlos(document, policy) {
  const { context } = document;
  rejectMetricsql(document);
  const crd = parseWith(crdSchema, document);
  return crd.spec.slos.map((slo, index) => {
    const sloPath = ["spec", "slos", index];
    const name = `${crd.spec.service}-${slo.name}`;
    if (!SLO_NAME.test(name)) {
      throw errorAt(
        context,
        [...sloPath, "name"],
        `SLO id "${name}" is not a valid name`,
        "use letters, digits and _ . : -"
      );
    }
    const sli = compileSli(context, writtenSli3(document, slo.sli, [...sloPath, "sli"]), {
      labels: [],
      path: [...sloPath, "attribution"]
    });
    return buildSlo(context, sloPath, {
      name,
      objectivePercent: slo.objective,
      window: DEFAULT_WINDOW,
      sli,
      onNoData: DEFAULT_ON_NO_DATA,
      // Sloth records this SLO's ratios under sloth_id: read them where they exist.
      recorded: { rules: { tool: "sloth", slothId: name }, detected: true },
      policy: resolvePolicy(policy, void 0)
    });
  });
}
function writtenSli3(document, sli, path) {
  if (sli.plugin !== void 0) {
    throw unsupported(
      document.context,
      [...path, "plugin"],
      "a Sloth SLI plugin",
      "its Go code runs only inside Sloth, so slo-gate has no query to measure",
      "write the SLI the plugin generates as events: { errorQuery: ..., totalQuery: ... } or raw: { errorRatioQuery: ... }"
    );
  }
  if (sli.events && !sli.raw) {
    return {
      kind: "events",
      errorQuery: { template: sli.events.errorQuery, path: [...path, "events", "errorQuery"] },
      totalQuery: { template: sli.events.totalQuery, path: [...path, "events", "totalQuery"] }
    };
  }
  if (sli.raw && !sli.events) {
    return {
      kind: "ratio",
      errorRatioQuery: { template: sli.raw.errorRatioQuery, path: [...path, "raw", "errorRatioQuery"] }
    };
  }
  throw errorAt(
    document.context,
    path,
    `${pathLabel(path)} needs exactly one of events (errorQuery and totalQuery) or raw (errorRatioQuery)`,
    "keep one of events: or raw:"
  );
}

// src/config/importers/index.ts
function looksLikeImportedSpec(value) {
  return looksLikeSlothSpec(value) || isMapping(value) && "apiVersion" in value;
}
var OPENSLO_V1_SUPPORTING_KINDS = /* @__PURE__ */ new Set([
  "Service",
  "SLI",
  "DataSource",
  "AlertPolicy",
  "AlertCondition",
  "AlertNotificationTarget"
]);
var READABLE = `Sloth (version: "${SLOTH_VERSION}", or apiVersion: ${SLOTH_API_VERSION} with kind ${SLOTH_CRD_KIND} or ${ALERT_WINDOWS_KIND}), OpenSLO (apiVersion: ${OPENSLO_V1ALPHA} or ${OPENSLO_V1}, kind SLO) and Pyrra (apiVersion: pyrra.dev/v1alpha1, kind ServiceLevelObjective)`;
function importSpecs(sources, policy) {
  const documents = sources.flatMap(
    (source) => source.documents.map((document) => {
      const context = { source, document };
      const value = documentValue(source, document);
      if (!isMapping(value) || !looksLikeImportedSpec(value)) {
        throw errorAt(
          context,
          [],
          `not an SLO spec slo-gate reads: it reads ${READABLE}`,
          "include only such spec files (slo-gate settings belong in the main config)"
        );
      }
      return { context, value };
    })
  );
  const references = opensloReferences(documents);
  const imported = { slos: [], alertWindows: [] };
  for (const document of documents) {
    const { context, value } = document;
    if (looksLikeSlothSpec(value) && !("apiVersion" in value)) {
      rejectMetricsql(document);
      imported.slos.push(...slothSlos({ ...context.source, documents: [context.document] }, policy));
      continue;
    }
    const { apiVersion, kind } = value;
    if (apiVersion === SLOTH_API_VERSION && kind === SLOTH_CRD_KIND) {
      imported.slos.push(...slothCrdSlos(document, policy));
    } else if (apiVersion === SLOTH_API_VERSION && kind === ALERT_WINDOWS_KIND) {
      imported.alertWindows.push(alertWindowsTable(document));
    } else if (apiVersion === OPENSLO_V1ALPHA && kind === "SLO") {
      rejectMetricsql(document);
      imported.slos.push(...opensloV1alphaSlos(document, policy));
    } else if (apiVersion === OPENSLO_V1 && kind === "SLO") {
      rejectMetricsql(document);
      imported.slos.push(...opensloV1Slos(document, policy, references));
    } else if (looksLikePyrra(value)) {
      imported.slos.push(...pyrraSlos({ ...context.source, documents: [context.document] }, policy));
    } else if (apiVersion === OPENSLO_V1 && OPENSLO_V1_SUPPORTING_KINDS.has(String(kind)) || apiVersion === OPENSLO_V1ALPHA && kind === "Service") {
    } else {
      throw errorAt(
        context,
        ["kind"],
        `apiVersion ${String(apiVersion)}, kind ${String(kind)} is not supported: slo-gate reads ${READABLE}`,
        "include only those formats, or leave this document out of slo-gate"
      );
    }
  }
  rejectDuplicatePeriods(imported.alertWindows);
  return imported;
}
function opensloReferences(documents) {
  const references = { slis: /* @__PURE__ */ new Map(), dataSources: /* @__PURE__ */ new Map() };
  for (const document of documents) {
    const { apiVersion, kind } = document.value;
    if (apiVersion !== OPENSLO_V1) continue;
    if (kind === "SLI") references.slis.set(referenceName(document), document);
    if (kind === "DataSource") references.dataSources.set(referenceName(document), document);
  }
  return references;
}

// src/config/load.ts
async function loadConfig(file, overrides = {}) {
  const overrideUrl = overrides.prometheusUrl;
  registerUrlCredentials(overrideUrl);
  if (overrideUrl !== void 0 && !isPrometheusUrl(overrideUrl)) {
    throw new UsageError(
      `the Prometheus URL "${redactCredentials(overrideUrl)}" given on the command line must be ${PROMETHEUS_URL_EXPECTED}`,
      { fix: PROMETHEUS_URL_FIX }
    );
  }
  const text5 = await readText(file, (reason) => ({
    detail: `cannot read config file "${file}": ${reason}`,
    fix: `create it, or name the config file with ${overrides.configSetting ?? "--config FILE"}`
  }));
  const source = parseYamlSource(file, text5);
  const first = source.documents[0];
  if (!first) {
    throw new UsageError("the config file is empty", {
      file,
      line: 1,
      fix: "write at least prometheus: and slos: (see the README for every key)"
    });
  }
  const top = documentValue(source, first);
  registerWrittenSecrets(top);
  if (looksLikeImportedSpec(top)) {
    const imported2 = importSpecs([source], DEFAULT_POLICY);
    const fitted2 = imported2.slos.map(
      (slo) => withAlertWindows(slo, imported2.alertWindows) ?? withPeriodAlerts(slo, void 0)
    );
    const slos2 = fitted2.map((f) => f.slo);
    rejectDuplicateNames(slos2);
    return {
      file,
      ...overrideUrl !== void 0 ? { prometheus: resolvePrometheus({ url: overrideUrl }, (path) => path) } : {},
      importedSpec: true,
      slos: slos2,
      mode: DEFAULT_MODE,
      manifests: { paths: [], rules: {} },
      warnings: unusedTableWarnings(imported2.alertWindows, slos2)
    };
  }
  const second = source.documents[1];
  if (second) {
    const { line, column } = offsetPosition(source, second.range[0]);
    throw new UsageError("a slo-gate config is a single YAML document", {
      file,
      line,
      column,
      fix: "remove the --- separator and merge the documents (Sloth specs go in separate files listed under include:)"
    });
  }
  const parsed = configSchema.safeParse(withPrometheusUrl(top, overrideUrl));
  if (!parsed.success) throw firstIssueError(source, first, parsed.error.issues);
  const input = parsed.data;
  const context = { source, document: first };
  const relativeToConfig = (path) => isAbsolute(path) ? path : join(dirname(file), path);
  const globalPolicy = resolvePolicy(DEFAULT_POLICY, input.policy);
  const globalAlerts = input.policy?.burnRateAlerts ? { context, path: ["policy", "burnRateAlerts"] } : void 0;
  const includedSources = [];
  for (const [index, include] of (input.include ?? []).entries()) {
    includedSources.push(await includedSource(context, index, relativeToConfig(include)));
  }
  const imported = importSpecs(includedSources, globalPolicy);
  const fitted = (input.slos ?? []).map((slo, index) => {
    const built = configSlo(context, index, slo, globalPolicy);
    if (slo.policy?.burnRateAlerts) {
      return withPeriodAlerts(built, { context, path: ["slos", index, "policy", "burnRateAlerts"] });
    }
    return withAlertWindows(built, imported.alertWindows) ?? withPeriodAlerts(built, globalAlerts);
  });
  fitted.push(
    ...imported.slos.map(
      (slo) => withAlertWindows(slo, imported.alertWindows) ?? withPeriodAlerts(slo, globalAlerts)
    )
  );
  const slos = fitted.map((f) => f.slo);
  rejectDuplicateNames(slos);
  const prometheus = input.prometheus ? resolvePrometheus(input.prometheus, relativeToConfig) : void 0;
  if (prometheus) registerPrometheusSecrets(prometheus);
  return {
    file,
    ...prometheus ? { prometheus } : {},
    slos,
    mode: input.mode ?? DEFAULT_MODE,
    manifests: {
      paths: input.manifests?.paths ?? [],
      ...input.manifests?.paths ? {
        pathPositions: input.manifests.paths.map(
          (_, index) => positionOf2(source, first, ["manifests", "paths", index])
        )
      } : {},
      rules: { ...input.manifests?.rules ?? {} },
      ...input.manifests?.rules ? {
        rulePositions: Object.fromEntries(
          Object.keys(input.manifests.rules).map((id) => [
            id,
            positionOf2(source, first, ["manifests", "rules", id])
          ])
        )
      } : {},
      ...input.manifests?.namespace ? { namespace: input.manifests.namespace } : {},
      ...input.manifests?.strictReferences !== void 0 ? { strictReferences: input.manifests.strictReferences } : {},
      ...input.manifests?.dns ? { dns: input.manifests.dns } : {},
      ...input.manifests?.ingressController ? { ingressController: input.manifests.ingressController } : {},
      ...input.manifests?.images ? { images: { allow: input.manifests.images.allow ?? [] } } : {}
    },
    ...input.hints ? {
      hints: {
        metrics: { ...DEFAULT_METRICS_LABELS, ...input.hints.metrics },
        memorySaturation: input.hints.memorySaturation ?? DEFAULT_MEMORY_SATURATION
      }
    } : {},
    ...input.network ? {
      network: {
        ...input.network.baseline ? { baseline: input.network.baseline } : {},
        required: (input.network.required ?? []).map((entry, i) => ({
          ...entry,
          line: positionOf2(source, first, ["network", "required", i]).line
        })),
        namespaceLabels: input.network.namespaceLabels ?? {},
        podNetworks: input.network.podNetworks ?? [],
        ...input.network.observed ? {
          observed: {
            metrics: input.network.observed.metrics,
            window: input.network.observed.window ?? DEFAULT_OBSERVED_WINDOW
          }
        } : {}
      }
    } : {},
    warnings: [...fitted.flatMap((f) => f.warnings), ...unusedTableWarnings(imported.alertWindows, slos)]
  };
}
function registerWrittenSecrets(top) {
  const prometheus = top?.prometheus;
  if (typeof prometheus !== "object" || prometheus === null) return;
  const { url, headers } = prometheus;
  if (typeof url === "string") registerUrlCredentials(url);
  if (typeof headers === "object" && headers !== null) {
    for (const value of Object.values(headers)) if (typeof value === "string") registerSecret(value);
  }
}
function registerPrometheusSecrets(prometheus) {
  registerUrlCredentials(prometheus.url);
  Object.values(prometheus.headers).forEach(registerSecret);
  const basicAuth = prometheus.basicAuth;
  if (basicAuth) registerBasicAuth(basicAuth.username, basicAuth.password);
}
function withPrometheusUrl(top, url) {
  if (url === void 0 || typeof top !== "object" || top === null || Array.isArray(top)) return top;
  const prometheus = top.prometheus;
  const isMapping2 = typeof prometheus === "object" && prometheus !== null && !Array.isArray(prometheus);
  if (prometheus !== void 0 && prometheus !== null && !isMapping2) return top;
  return { ...top, prometheus: { ...isMapping2 ? prometheus : {}, url } };
}
function configSlo(context, index, slo, globalPolicy) {
  const sloPath = ["slos", index];
  checkOnePeriod(context, sloPath, slo);
  const sli = compileSli(context, writtenSli4(slo.sli, [...sloPath, "sli"]), {
    labels: slo.attribution ?? [],
    path: [...sloPath, "attribution"]
  });
  return buildSlo(context, sloPath, {
    name: slo.name,
    objectivePercent: slo.objective,
    window: slo.window ?? DEFAULT_WINDOW,
    ...slo.calendar ? { calendar: slo.calendar } : {},
    sli,
    onNoData: slo.onNoData ?? DEFAULT_ON_NO_DATA,
    ...writtenSource(slo.name, slo.source),
    policy: resolvePolicy(globalPolicy, slo.policy)
  });
}
function writtenSource(name, source) {
  switch (source) {
    case void 0:
    case "raw":
      return {};
    case "sloth":
      return { recorded: { rules: { tool: "sloth", slothId: name }, detected: false } };
    case "pyrra":
      return { recorded: { rules: { tool: "pyrra", slo: name }, detected: false } };
    default:
      return unreachable(source);
  }
}
function writtenSli4(sli, path) {
  if (sli.events) {
    return {
      kind: "events",
      errorQuery: { template: sli.events.errorQuery, path: [...path, "events", "errorQuery"] },
      totalQuery: { template: sli.events.totalQuery, path: [...path, "events", "totalQuery"] }
    };
  }
  if (sli.raw) {
    return {
      kind: "ratio",
      errorRatioQuery: { template: sli.raw.errorRatioQuery, path: [...path, "raw", "errorRatioQuery"] }
    };
  }
  if (sli.latency) {
    const { histogram, selector, threshold, native } = sli.latency;
    const at = [...path, "latency"];
    const matchers = selector === void 0 ? void 0 : { text: selector, path: [...at, "selector"] };
    return {
      kind: "latency",
      histogram,
      matchers,
      threshold: { ...threshold, path: [...at, "threshold"] },
      native: native ?? false
    };
  }
  if (sli.boolGauge) {
    return { kind: "boolGauge", query: { text: sli.boolGauge.query, path: [...path, "boolGauge", "query"] } };
  }
  throw new Error("sli of no kind passed validation");
}
async function includedSource(config, index, file) {
  const where = positionOf2(config.source, config.document, ["include", index]);
  const at = { file: config.source.file, line: where.line, column: where.column };
  const text5 = await readText(file, (reason) => ({
    detail: `cannot read included file "${file}": ${reason}`,
    fix: `include paths are relative to the config file's folder (${dirname(config.source.file)}); correct the path`,
    ...at
  }));
  const source = parseYamlSource(file, text5);
  if (source.documents.length === 0) {
    throw new UsageError(`included file "${file}" is empty`, {
      ...at,
      fix: "include Sloth or OpenSLO spec files (see the README for the formats slo-gate reads)"
    });
  }
  return source;
}
async function readText(file, failure2) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const { detail, ...where } = failure2(readFailureReason(error));
    throw new UsageError(detail, where);
  }
}
function readFailureReason(error) {
  const code = error.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return code ?? String(error.message);
}
function rejectDuplicateNames(slos) {
  const seen = /* @__PURE__ */ new Map();
  for (const slo of slos) {
    const earlier = seen.get(slo.name);
    if (earlier) {
      const first = `${earlier.source.file}:${earlier.source.line}:${earlier.source.column ?? 1}`;
      throw new UsageError(`SLO name "${slo.name}" is already used at ${first}`, {
        ...slo.source,
        fix: "give every SLO a unique name (an included Sloth SLO is named <service>-<name>)"
      });
    }
    seen.set(slo.name, slo);
  }
}

// src/model/verdict.ts
function exitCodeFor(verdict, policy) {
  if (policy.mode === "advisory") return 0;
  if (verdict === "block") return 1;
  if (verdict === "warn" && policy.failOn === "warn") return 1;
  return 0;
}

// src/model/report.ts
import { z as z9 } from "../vendor/zod.js";
var REPORT_VERSION = 1;
var text4 = z9.string().max(1e4);
var ratio = z9.number().nullable();
var VerdictSchema = z9.enum(["pass", "warn", "block"]).describe("pass and warn exit 0, block exits 1 (unless the mode is advisory)");
var SeveritySchema = z9.enum(["error", "warning", "info"]);
var SloStatusSchema = z9.enum(["pass", "warn", "block", "nodata", "error"]);
var SloQuerySchema = z9.object({
  window: text4.describe('The window the query was evaluated over, as written ("1h", "30d")'),
  promql: text4.describe("The PromQL sent to Prometheus")
});
var SlowQuerySchema = z9.object({
  window: text4.describe('The window the query measured, as written ("30d")'),
  promql: text4,
  seconds: z9.number().describe("How long Prometheus took to answer (or until the gate gave up)"),
  timedOut: z9.boolean().optional().describe("Set when the query did not answer within its timeout")
});
var SloResultSchema = z9.object({
  name: text4,
  objective: z9.number().describe("Objective as a fraction: 99.9 % is 0.999"),
  window: text4.describe('The SLO period as written ("30d"), or "calendar month" / "calendar week"'),
  status: SloStatusSchema,
  errorBudgetRemaining: ratio.describe(
    "Fraction of the period's error budget left (0.25 = 25 %); negative when overspent; null without data"
  ),
  burnRates: z9.record(z9.string().max(20), ratio).describe(
    'Burn rate per window ("1h": 14.4 = budget spent 14.4 times as fast as allowed); null without traffic'
  ),
  exhaustsIn: text4.nullable().describe("ISO 8601 duration until the budget is gone at the current 1h burn; null when not burning"),
  periodEnd: text4.optional().describe("RFC 3339: when the calendar period ends and its error budget resets; only for calendar SLOs"),
  reasons: z9.array(text4),
  queries: z9.array(SloQuerySchema),
  warnings: z9.array(text4).optional().describe("Warnings Prometheus (or Thanos, on partial responses) sent with the answers; only when any"),
  slowQueries: z9.array(SlowQuerySchema).max(100).optional().describe(
    "Queries of this SLO that took a second or more, or timed out: candidates for recording rules; only when any"
  )
});
var FindingSchema = z9.object({
  ruleId: text4,
  severity: SeveritySchema,
  file: text4,
  line: z9.number().int().describe("1-based"),
  column: z9.number().int().describe("1-based"),
  resource: text4.describe('"Kind/namespace/name", or "Kind/name" for cluster-scoped kinds'),
  message: text4,
  hint: text4.optional().describe("What to change, and where")
});
var HintSchema = z9.object({
  id: text4,
  title: text4,
  evidence: z9.array(text4),
  slo: text4.optional().describe("The SLO the hint explains, when it explains one")
});
var NetpolCauseSchema = z9.object({
  policy: text4.optional().describe('"namespace/name" of the NetworkPolicy; absent when a workload came or went'),
  file: text4.optional(),
  line: z9.number().int().optional().describe("1-based: the rule, or the policy when the whole policy is the cause"),
  column: z9.number().int().optional(),
  rule: text4.optional().describe('"spec.ingress[0]"'),
  inBaseline: z9.boolean().optional().describe("The location is in the baseline (a policy deleted since)"),
  reason: text4
});
var NetpolChangeSchema = z9.object({
  kind: z9.enum(["removed", "added", "changed"]),
  from: text4.describe('"namespace/name[Kind]", or an address range outside the cluster'),
  to: text4,
  before: text4.describe(
    'Ports allowed in the baseline: "TCP 8080,UDP 53", "All Connections", "No Connections"'
  ),
  after: text4,
  lost: text4.optional().describe("Ports allowed before and not after; absent when none"),
  undecided: text4.optional().describe(
    "Ports the manifests no longer let the model judge (undeclared namespace labels, ipBlocks over the pod network)"
  ),
  required: z9.array(
    z9.object({
      from: text4,
      to: text4,
      port: z9.union([z9.number(), text4]).optional(),
      line: z9.number().int().optional()
    })
  ).describe("network.required entries this change cuts: each blocks"),
  observed: text4.optional().describe(
    'Traffic Prometheus saw on this removed connection (network.observed): "frontend \u2192 checkout:8080 carried 1,240 req/s in the last hour and is denied after this release"; blocks'
  ),
  causes: z9.array(NetpolCauseSchema).max(1e3)
});
var NetpolDiffSchema = z9.object({
  baseline: text4.describe('What the release was compared with: a path, or "REF (git)"'),
  config: text4.optional().describe("The config file whose network.required lines `required` gives"),
  verdict: VerdictSchema,
  changes: z9.array(NetpolChangeSchema).max(1e6),
  notes: z9.array(text4).max(100).optional().describe('What the diff could not check: "observed traffic not checked: <why>"')
}).describe("NetworkPolicy impact: connections the release removes, adds and changes (network.baseline)");
var ReportSchema = z9.object({
  version: z9.literal(REPORT_VERSION).default(REPORT_VERSION).describe("The report format; a report without it (written before it existed) is version 1"),
  verdict: VerdictSchema,
  evaluatedAt: text4.describe(
    "RFC 3339: the pinned evaluation time of every instant query (--at, or the run start, on Thanos and Mimir rounded down to prometheus.alignTime)"
  ),
  slos: z9.array(SloResultSchema).max(1e4),
  findings: z9.array(FindingSchema).max(1e5),
  hints: z9.array(HintSchema).max(1e4),
  netpol: NetpolDiffSchema.optional()
}).describe("A slo-gate report");

// src/manifests/engine.ts
var IGNORE_ANNOTATION = "slo-gate.dev/ignore";
var DEFAULT_RULE_OPTIONS = {
  strictReferences: false,
  dns: { namespace: "kube-system", podLabels: { "k8s-app": "kube-dns" } },
  ingressController: { namespace: "ingress-nginx", podLabels: { "app.kubernetes.io/name": "ingress-nginx" } },
  images: { allow: [] }
};
function ignoredRules(annotations) {
  const value = annotations[IGNORE_ANNOTATION];
  if (!value) return /* @__PURE__ */ new Set();
  return new Set(
    value.split(",").map((id) => id.trim()).filter(Boolean)
  );
}
function effectiveSeverity(rule5, raw, overrides) {
  return overrides[rule5.meta.id] ?? raw.severity ?? rule5.meta.severity;
}
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function compareFindings(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId);
}
function placeFinding(rule5, raw, overrides) {
  const ignored4 = ignoredRules(raw.resource.annotations);
  if (ignored4.has(rule5.meta.id) || ignored4.has("*")) return void 0;
  const severity = effectiveSeverity(rule5, raw, overrides);
  if (severity === "off") return void 0;
  const position = raw.resource.positionOf(raw.path);
  return {
    ruleId: rule5.meta.id,
    severity,
    file: raw.resource.file,
    line: position.line,
    column: position.column,
    resource: raw.resource.id,
    message: raw.message,
    hint: raw.hint
  };
}
function runRules(bundle, options) {
  const findings = [];
  for (const rule5 of options.rules) {
    if (!rule5.check || options.overrides[rule5.meta.id] === "off") continue;
    const report = (raw) => {
      const finding = placeFinding(rule5, raw, options.overrides);
      if (finding) findings.push(finding);
    };
    rule5.check({ bundle, options: options.ruleOptions, report });
  }
  return findings;
}
function applyOverrides(findings, rulesById, overrides, annotationsOf) {
  const out = [];
  for (const finding of findings) {
    const rule5 = rulesById.get(finding.ruleId);
    const override = overrides[finding.ruleId];
    if (override === "off") continue;
    const annotations = finding.resource ? annotationsOf(finding.resource, finding.file) : void 0;
    if (annotations) {
      const ignored4 = ignoredRules(annotations);
      if (ignored4.has(finding.ruleId) || ignored4.has("*")) continue;
    }
    out.push(override && rule5 ? { ...finding, severity: override } : finding);
  }
  return out;
}

// src/manifests/sources.ts
import { createReadStream } from "node:fs";
import { readdir, readFile as readFile2, realpath, stat } from "node:fs/promises";
import { extname, join as join2 } from "node:path";

// src/yaml/read.ts
import {
  Composer,
  isMap as isMap4,
  isScalar as isScalar4,
  isSeq as isSeq4,
  Parser
} from "../vendor/yaml.js";

// src/yaml/errors.ts
var MAX_ALIAS_COUNT2 = 1e3;
var TOO_DEEP = {
  message: "YAML nested too deeply to read: no Kubernetes object nests hundreds of levels deep",
  hint: "the file is probably generated wrongly: fix the generator, or leave the file out of the manifests"
};
var ALIAS_BOMB = {
  message: `YAML aliases expand beyond ${MAX_ALIAS_COUNT2} values (a "billion laughs" expansion?); not read`,
  hint: "write the values out instead of nesting aliases (*name) of aliases"
};
function openingQuote(text5, start, at, quote) {
  for (let index = text5.lastIndexOf(quote, at - 1); index >= start; index = text5.lastIndexOf(quote, index - 1)) {
    const escaped = quote === '"' ? text5[index - 1] === "\\" : text5[index - 1] === "'" || text5[index + 1] === "'";
    if (!escaped) return index;
    if (quote === "'") index--;
  }
  return at;
}
function describeYamlError(code, raw) {
  const detail = raw.replace(/\s*\n[\s\S]*$/, "").replace(/ at line \d+, column \d+:?$/, "");
  if (/call stack/i.test(detail)) return TOO_DEEP;
  const message = `YAML syntax error: ${detail}`;
  switch (code) {
    case "DUPLICATE_KEY":
      return { message, hint: "remove one of the two keys: kubectl rejects a mapping that repeats a key" };
    case "TAB_AS_INDENT":
      return { message, hint: "indent with spaces; YAML does not allow tabs for indentation" };
    case "BAD_ALIAS":
    case "ALIAS_PROPS":
      return {
        message,
        hint: "define the anchor (&name) before the alias (*name) that uses it, in the same document"
      };
    case "MISSING_CHAR":
      return { message, hint: "close the quote or bracket that starts here" };
    case "MULTILINE_IMPLICIT_KEY":
    case "BLOCK_AS_IMPLICIT_KEY":
      return {
        message,
        hint: "a key must fit on one line: check for a missing colon or a quote left open above"
      };
    default:
      return {
        message,
        hint: "fix the YAML here: wrong indentation, a missing colon, or an unclosed quote or bracket are the usual causes"
      };
  }
}

// src/yaml/template.ts
import { isMap as isMap3, isScalar as isScalar3, isSeq as isSeq3 } from "../vendor/yaml.js";
var HELM_ACTION = /\{\{[^}]*?(?:\$?\.(?:Values|Release|Chart|Capabilities|Files|Template)\b|\b(?:include|tpl|toYaml|required|lookup)\b)/;
var UNQUOTED_ACTION = /(?:^[ \t]*(?:-[ \t]+)?|:[ \t]+)\{\{/m;
var TemplateScanner = class {
  constructor(text5) {
    this.text = text5;
  }
  text;
  next = -1;
  within(start, end) {
    if (this.next < start) {
      const found = this.text.indexOf("{{", start);
      this.next = found < 0 ? Number.POSITIVE_INFINITY : found;
    }
    return this.next < end;
  }
};
function templateInBrokenText(text5, start, end) {
  const slice = text5.slice(start, end);
  const helm = HELM_ACTION.exec(slice);
  const unquoted = UNQUOTED_ACTION.exec(slice);
  const at = Math.min(helm?.index ?? Infinity, unquoted ? unquoted.index + unquoted[0].length - 2 : Infinity);
  return at === Infinity ? -1 : start + at;
}
function templateInDocument(text5, base, contents) {
  let first = Number.POSITIVE_INFINITY;
  const stack = [contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isScalar3(node) && node.range) {
      const from = base + node.range[0];
      const match = HELM_ACTION.exec(text5.slice(from, base + node.range[1]));
      if (match) first = Math.min(first, from + match.index);
    } else if (isMap3(node) || isSeq3(node)) {
      const at = base + (node.range?.[0] ?? 0);
      if (node.flow && text5.startsWith("{{", at)) first = Math.min(first, at);
      for (const item of node.items) {
        if (isMap3(node)) stack.push(item.key, item.value);
        else stack.push(item);
      }
    }
  }
  return first === Number.POSITIVE_INFINITY ? -1 : first;
}
function templateExcerpt(text5, offset) {
  const lineEnd = text5.indexOf("\n", offset);
  const written = text5.slice(offset, lineEnd < 0 ? void 0 : lineEnd).trim();
  return written.length > 60 ? `${written.slice(0, 57)}...` : written;
}

// src/yaml/read.ts
var GO_YAML_BOOL = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/,
  resolve: (text5) => /^(?:yes|Yes|YES|on|On|ON)$/.test(text5)
};
var GO_YAML_OCTAL = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?0[0-7]+$/,
  resolve: (text5) => parseInt(text5, 8)
};
var COMPOSE_OPTIONS = {
  merge: true,
  customTags: (tags) => [GO_YAML_BOOL, GO_YAML_OCTAL, ...tags],
  logLevel: "error",
  prettyErrors: false
};
var runDirectly = (parse) => parse();
function readYamlStream(lines, visitor, runParse = runDirectly) {
  const text5 = lines.text;
  const templates = new TemplateScanner(text5);
  const reparse = new ReparseCache(text5, runParse);
  runParse(
    () => forEachChunk(text5, (base, end) => {
      const chunk = base === 0 && end === text5.length ? text5 : text5.slice(base, end);
      try {
        for (const document of composeAll(chunk)) {
          readDocument(lines, document, base, end, templates, reparse, visitor);
        }
      } catch (error) {
        if (!isStackOverflow(error)) throw error;
        visitor.problem(contentStart(text5, base, end), TOO_DEEP.message, TOO_DEEP.hint);
      }
    })
  );
}
function forEachChunk(text5, visit2) {
  const starts = chunkStarts(text5);
  for (let index = 0; index < starts.length; index++) {
    visit2(starts[index], starts[index + 1] ?? text5.length);
  }
}
var DOCUMENT_START = /^---(?=[ \t\r\n]|$)/gm;
function chunkStarts(text5) {
  const starts = [0];
  DOCUMENT_START.lastIndex = 0;
  for (let match = DOCUMENT_START.exec(text5); match; match = DOCUMENT_START.exec(text5)) {
    let start = match.index;
    while (start > 0) {
      const previousLine = text5.lastIndexOf("\n", start - 2) + 1;
      if (text5[previousLine] !== "%") break;
      start = previousLine;
    }
    if (start > starts[starts.length - 1]) starts.push(start);
  }
  return starts;
}
function composeAll(text5) {
  return new Composer(COMPOSE_OPTIONS).compose(new Parser().parse(text5), false, text5.length);
}
function contentStart(text5, start, end) {
  let at = start;
  while (at < end) {
    const lineEnd = text5.indexOf("\n", at);
    const next = lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1;
    const line = text5.slice(at, next).trim();
    const marker = at === start && /^---(?:\s*(?:#.*)?)?$/.test(line);
    if (line && !line.startsWith("#") && !marker)
      return at + (text5.slice(at, next).length - text5.slice(at, next).trimStart().length);
    at = next;
  }
  return start;
}
function isStackOverflow(error) {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
function readDocument(lines, document, base, chunkEnd, templates, reparse, visitor) {
  const text5 = lines.text;
  const start = base + document.range[0];
  const end = base + document.range[2];
  const hasBraces = templates.within(start, end);
  if (document.errors.length > 0) {
    const template = hasBraces ? templateInBrokenText(text5, start, end) : -1;
    if (template >= 0) {
      visitor.template(template);
      return;
    }
    const error = document.errors[0];
    const { message, hint } = describeYamlError(error.code, error.message);
    let at = base + error.pos[0];
    const quote = /Missing closing (["'])/.exec(error.message)?.[1];
    if (quote) at = openingQuote(text5, start, at, quote);
    if (message === TOO_DEEP.message) at = contentStart(text5, base, chunkEnd);
    visitor.problem(at, message, hint);
    return;
  }
  const contents = document.contents;
  if (contents === null || isScalar4(contents) && contents.value === null) return;
  if (hasBraces) {
    const template = templateInDocument(text5, base, contents);
    if (template >= 0) {
      visitor.template(template);
      return;
    }
  }
  const root = base + (contents.range?.[0] ?? document.range[0]);
  let value;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT2 });
  } catch (error) {
    if (!isStackOverflow(error) && !(error instanceof ReferenceError)) throw error;
    const { message, hint } = isStackOverflow(error) ? TOO_DEEP : ALIAS_BOMB;
    visitor.problem(root, message, hint);
    return;
  }
  visitor.value({
    value,
    root,
    locatable: { lines, root, end, tree: () => reparse.tree(base, start, end) },
    itemStarts: listItemStarts(contents, base, root)
  });
}
function listItemStarts(contents, base, root) {
  if (!isMap4(contents)) return [];
  const items = contents.get("items", true);
  if (!isSeq4(items)) return [];
  return items.items.map((item) => item?.range ? base + item.range[0] : root);
}
var ReparseCache = class {
  constructor(text5, runParse) {
    this.text = text5;
    this.runParse = runParse;
  }
  text;
  runParse;
  last;
  tree(base, start, end) {
    if (this.last?.start !== start) {
      let document = null;
      try {
        const slice = this.text.slice(base, end);
        for (const candidate of this.runParse(() => [...composeAll(slice)])) {
          if (base + candidate.range[0] === start) document = candidate;
        }
      } catch {
      }
      this.last = { start, document, base };
    }
    return this.last.document ? { document: this.last.document, base: this.last.base } : null;
  }
};

// src/manifests/load.ts
var DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
var CLUSTER_SCOPED_KINDS = /* @__PURE__ */ new Set([
  "APIService",
  "CertificateSigningRequest",
  "ClusterRole",
  "ClusterRoleBinding",
  "ClusterTrustBundle",
  "ComponentStatus",
  "CSIDriver",
  "CSINode",
  "CustomResourceDefinition",
  "DeviceClass",
  "FlowSchema",
  "IngressClass",
  "IPAddress",
  "MutatingAdmissionPolicy",
  "MutatingAdmissionPolicyBinding",
  "MutatingWebhookConfiguration",
  "Namespace",
  "Node",
  "PersistentVolume",
  "PodSecurityPolicy",
  "PriorityClass",
  "PriorityLevelConfiguration",
  "ResourceSlice",
  "RuntimeClass",
  "SelfSubjectAccessReview",
  "SelfSubjectReview",
  "SelfSubjectRulesReview",
  "ServiceCIDR",
  "StorageClass",
  "StorageVersion",
  "StorageVersionMigration",
  "SubjectAccessReview",
  "TokenReview",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "ValidatingWebhookConfiguration",
  "VolumeAttachment",
  "VolumeAttributesClass"
]);
function loadText(text5, file, options) {
  const lines = new LineIndex(text5);
  const result = { resources: [], findings: [] };
  const at = (offset) => lines.position(Math.max(0, Math.min(offset, text5.length)));
  readYamlStream(
    lines,
    {
      value({ value, root, locatable, itemStarts }) {
        const where = {
          file,
          at: lines.position(root),
          positionOf: (path) => positionOf(locatable, path)
        };
        addDocument(value, where, (index) => lines.position(itemStarts[index] ?? root), options, result);
      },
      problem(offset, message, hint) {
        result.findings.push(loaderFinding(rule.meta, file, at(offset), message, hint));
      },
      template(offset) {
        result.findings.push(templateFinding(file, at(offset), templateExcerpt(text5, offset)));
      }
    },
    withPlainEnv
  );
  return result;
}
function loadDocuments(documents, file, options) {
  const result = { resources: [], findings: [] };
  documents.forEach((document, index) => {
    const at = { line: index + 1, column: 1 };
    addDocument(document, { file, at, positionOf: () => at }, () => at, options, result);
  });
  return result;
}
function addDocument(value, where, itemAt, options, result) {
  if (!isRecord(value)) {
    result.findings.push(notAnObject(where.file, where.at, value));
    return;
  }
  const kind = value.kind;
  if (typeof kind === "string" && kind.endsWith("List") && Array.isArray(value.items)) {
    value.items.forEach((item, index) => {
      const at = itemAt(index);
      if (!isRecord(item)) {
        result.findings.push(notAnObject(where.file, at, item, `${kind} item ${index}`));
        return;
      }
      const prefix = ["items", index];
      const itemWhere = { ...where, at, positionOf: (path) => where.positionOf([...prefix, ...path]) };
      const resource2 = makeResource(item, itemWhere, options);
      if (resource2) result.resources.push(resource2);
      else result.findings.push(notAResource(where.file, at, item, `${kind} item ${index}`));
    });
    return;
  }
  const resource = makeResource(value, where, options);
  if (resource) result.resources.push(resource);
  else result.findings.push(notAResource(where.file, where.at, value));
}
function makeResource(object, where, options) {
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== "string" || !apiVersion || typeof kind !== "string" || !kind) return void 0;
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : "";
  const clusterScoped = CLUSTER_SCOPED_KINDS.has(kind);
  const namespace = clusterScoped ? "" : typeof metadata.namespace === "string" && metadata.namespace ? metadata.namespace : options.defaultNamespace;
  const shownName = name || (typeof metadata.generateName === "string" ? `${metadata.generateName}*` : "");
  return {
    apiVersion,
    kind,
    name,
    namespace,
    id: clusterScoped ? `${kind}/${shownName}` : `${kind}/${namespace}/${shownName}`,
    labels: stringMap(metadata.labels),
    annotations: stringMap(metadata.annotations),
    object,
    file: where.file,
    line: where.at.line,
    column: where.at.column,
    positionOf: where.positionOf
  };
}
function describeValue(value) {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  return "not a mapping";
}
function notAnObject(file, at, value, what = "the document") {
  return loaderFinding(
    rule4.meta,
    file,
    at,
    `${what} is ${describeValue(value)}, not a Kubernetes object: skipped`,
    "a manifest document is a mapping with apiVersion, kind and metadata; leave other YAML out of the inputs"
  );
}
function notAResource(file, at, object, what = "the document") {
  const missing = ["apiVersion", "kind"].filter((key) => typeof object[key] !== "string" || !object[key]);
  return loaderFinding(
    rule4.meta,
    file,
    at,
    `${what} has no ${missing.join(" and ")}: not a Kubernetes object, skipped`,
    `add ${missing.join(" and ")} if it is a manifest; otherwise leave the file out of the inputs (values files, kustomization.yaml and the like are not manifests)`
  );
}
function templateFinding(file, at, excerpt2) {
  return loaderFinding(
    rule2.meta,
    file,
    at,
    `template syntax left in the manifest: ${excerpt2}; the document is not checked further`,
    "validate the rendered output (helm template \u2026 | slo-gate validate -), not the chart sources; if the braces are meant literally (an alert template, say), quote the whole value"
  );
}
function loaderFinding(meta, file, at, message, hint) {
  return {
    ruleId: meta.id,
    severity: meta.severity,
    file,
    line: at.line,
    column: at.column,
    resource: "",
    message,
    hint
  };
}
function loadBytes(bytes, file, options) {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (bytes.length > limit) {
    return unreadable(
      file,
      `is ${formatBytes(bytes.length)}, over the ${formatBytes(limit)} limit`,
      TOO_LARGE_HINT
    );
  }
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return unreadable(file, "is UTF-16 text, not UTF-8", "save the file as UTF-8 (without BOM)");
  }
  if (bytes.indexOf(0) >= 0) {
    return unreadable(file, "is a binary file, not YAML text", "give only YAML or JSON manifests as inputs");
  }
  let text5;
  try {
    text5 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return unreadable(
      file,
      "is not UTF-8 text",
      "save the file as UTF-8 (Kubernetes reads manifests as UTF-8)"
    );
  }
  return loadText(text5, file, options);
}
var TOO_LARGE_HINT = "split the manifests into several files, or raise the size limit";
function unreadable(file, detail, hint) {
  return {
    resources: [],
    findings: [
      {
        ruleId: rule3.meta.id,
        severity: rule3.meta.severity,
        file,
        line: 1,
        column: 1,
        resource: "",
        message: `${file} ${detail}`,
        hint
      }
    ]
  };
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024)
    return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${bytes} bytes`;
}
var PLAIN_ENV = {};
function withPlainEnv(parse) {
  const env = process.env;
  process.env = PLAIN_ENV;
  try {
    return parse();
  } finally {
    process.env = env;
  }
}

// src/manifests/sources.ts
var STDIN_FILE = "<stdin>";
function pathSources(paths) {
  return paths.map((path) => path === "-" ? { kind: "stdin" } : { kind: "path", path });
}
var MANIFEST_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
async function readSources(sources, options) {
  const result = {
    resources: [],
    findings: [],
    files: 0
  };
  const add = (part, files = 1) => {
    result.files += files;
    for (const resource of part.resources) result.resources.push(resource);
    for (const finding of part.findings) result.findings.push(finding);
  };
  for (const source of sources) {
    switch (source.kind) {
      case "text":
        add(loadText(source.text, source.name, options));
        break;
      case "documents":
        add(loadDocuments(source.documents, source.name, options));
        break;
      case "stdin":
        if (process.stdin.isTTY) {
          throw new UsageError("'-' reads manifests from stdin, but stdin is a terminal", {
            fix: "pipe them in: helm template \u2026 | slo-gate validate -"
          });
        }
        add(await loadStream(process.stdin, STDIN_FILE, options));
        break;
      case "path":
        await readPath(source.path, options, add);
        break;
    }
  }
  requireSomethingRead(sources, result);
  return result;
}
function requireSomethingRead(sources, result) {
  const named = sources.flatMap(
    (source) => source.kind === "stdin" ? ["- (stdin)"] : source.kind === "path" ? [source.path] : []
  );
  if (named.length === 0 || named.length < sources.length) return;
  if (result.resources.length > 0 || result.findings.length > 0) return;
  throw new UsageError(
    `no manifests were read from ${named.join(", ")}: no YAML or JSON document with a Kubernetes resource`,
    {
      fix: "check that the command producing the manifests succeeded (helm template \u2026 | slo-gate validate -), or give files that hold Kubernetes resources"
    }
  );
}
async function requireExistingPaths(sources) {
  for (const source of sources) {
    if (source.kind !== "path") continue;
    try {
      await stat(source.path);
    } catch (error) {
      throw missingPath(source.path, error);
    }
  }
}
function missingPath(path, error) {
  return new UsageError(`${path}: ${describeFsError(error)}`, {
    fix: "give an existing file or folder, or - for stdin"
  });
}
async function readPath(path, options, add) {
  let stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw missingPath(path, error);
  }
  if (!stats.isDirectory()) {
    add(await loadFile(path, options, stats));
    return;
  }
  const files = [];
  const findings = [];
  await collectFolder(path, files, findings, /* @__PURE__ */ new Set());
  if (files.length === 0 && findings.length === 0) {
    throw new UsageError(`${path}: no .yaml, .yml or .json files in this folder or below`, {
      fix: "give the folder that holds the manifests (dot-folders and node_modules are skipped)"
    });
  }
  add({ resources: [], findings }, 0);
  for (const file of files) add(await loadFile(file, options));
}
async function loadStream(stream, file, options) {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > limit) {
        stream.destroy();
        return unreadable(file, `is larger than the ${formatBytes(limit)} limit`, TOO_LARGE_HINT);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    return unreadable(file, `cannot be read: ${describeFsError(error)}`, UNREADABLE_HINT);
  }
  return loadBytes(Buffer.concat(chunks, size), file, options);
}
var UNREADABLE_HINT = "check the file permissions, or leave the file out of the inputs";
async function loadFile(file, options, known) {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  try {
    const stats = known ?? await stat(file);
    if (stats.isFile()) {
      if (stats.size > limit) {
        return unreadable(
          file,
          `is ${formatBytes(stats.size)}, over the ${formatBytes(limit)} limit`,
          TOO_LARGE_HINT
        );
      }
      return loadBytes(await readFile2(file), file, options);
    }
    return await loadStream(createReadStream(file), file, options);
  } catch (error) {
    return unreadable(file, `cannot be read: ${describeFsError(error)}`, UNREADABLE_HINT);
  }
}
async function collectFolder(folder, files, findings, visited) {
  let names;
  try {
    const real = await realpath(folder);
    if (visited.has(real)) return;
    visited.add(real);
    names = (await readdir(folder)).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  } catch (error) {
    findings.push(
      ...unreadable(folder, `cannot be listed: ${describeFsError(error)}`, UNREADABLE_HINT).findings
    );
    return;
  }
  for (const name of names) {
    if (name.startsWith(".") || name === "node_modules") continue;
    const path = join2(folder, name);
    const isManifest = MANIFEST_EXTENSIONS.has(extname(name).toLowerCase());
    let stats;
    try {
      stats = await stat(path);
    } catch (error) {
      if (isManifest)
        findings.push(
          ...unreadable(path, `cannot be read: ${describeFsError(error)}`, UNREADABLE_HINT).findings
        );
      continue;
    }
    if (stats.isDirectory()) await collectFolder(path, files, findings, visited);
    else if (stats.isFile() && isManifest) files.push(path);
  }
}
function describeFsError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EISDIR":
      return "is a folder";
    default:
      return error?.message ?? String(error);
  }
}

// src/manifests/validate.ts
function checkRuleOverrides(overrides, where, positions = {}) {
  for (const id of Object.keys(overrides)) {
    if (RULES_BY_ID.has(id)) continue;
    const suggestion = closestKey(id, [...RULES_BY_ID.keys()]);
    throw new UsageError(`manifests.rules names an unknown rule "${id}"`, {
      file: where,
      ...positions[id],
      fix: suggestion ? `did you mean "${suggestion}"? (slo-gate rules lists them)` : "run `slo-gate rules` for the ids"
    });
  }
}
function validateOptionsFor(manifests, flags) {
  return {
    paths: flags.paths && flags.paths.length > 0 ? flags.paths : manifests.paths,
    defaultNamespace: flags.namespace ?? manifests.namespace ?? "default",
    strictReferences: flags.strictReferences ?? manifests.strictReferences ?? false,
    overrides: manifests.rules,
    ruleOptions: {
      ...manifests.dns ? { dns: manifests.dns } : {},
      ...manifests.ingressController ? { ingressController: manifests.ingressController } : {},
      ...manifests.images ? { images: manifests.images } : {}
    }
  };
}
async function validateManifests(sources, options, validateSchema) {
  const loaded = await readSources(sources, { defaultNamespace: options.defaultNamespace });
  const preliminary = [...loaded.findings];
  for (const resource of loaded.resources) preliminary.push(...validateSchema(resource));
  const bundle = createBundle(loaded.resources, options.defaultNamespace);
  const ruleOptions = {
    ...DEFAULT_RULE_OPTIONS,
    ...options.ruleOptions,
    strictReferences: options.strictReferences
  };
  const annotationsById = new Map(loaded.resources.map((r) => [`${r.file}\0${r.id}`, r.annotations]));
  const findings = [
    ...applyOverrides(
      preliminary,
      RULES_BY_ID,
      options.overrides,
      (id, file) => annotationsById.get(`${file}\0${id}`)
    ),
    ...runRules(bundle, { rules: RULES, ruleOptions, overrides: options.overrides })
  ];
  return { bundle, findings: findings.sort(compareFindings), files: loaded.files };
}

// src/text/plural.ts
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// src/hints/attribution.ts
var EXPLAINED_SHARE = 0.95;
var MAX_CONTRIBUTORS = 5;
function attributionHint(slo, window, labels, samples) {
  const contributors = samples.filter((s) => Number.isFinite(s.value) && s.value > 0).sort((a, b) => b.value - a.value);
  const total = contributors.reduce((sum, s) => sum + s.value, 0);
  if (total <= 0) return void 0;
  const evidence = [];
  let explained = 0;
  for (const [index, contributor] of contributors.entries()) {
    const last = index === contributors.length - 1;
    if (!last && (evidence.length >= MAX_CONTRIBUTORS || explained >= EXPLAINED_SHARE)) break;
    const share = contributor.value / total;
    explained += share;
    evidence.push(
      `${describeLabels(labels, contributor.labels)}: ${readablePercent(share)} of errors over ${window}`
    );
  }
  const rest = contributors.length - evidence.length;
  if (rest > 0) {
    evidence.push(
      `${rest} more label combination${rest === 1 ? "" : "s"}: ${readablePercent(1 - explained)} of errors`
    );
  }
  return { id: "error-attribution", title: evidence[0], evidence, slo };
}
function describeLabels(names, values) {
  return names.map((name) => `${name}=${values[name] ?? "(none)"}`).join(" ");
}

// src/prometheus/client.ts
import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { setTimeout as delay } from "node:timers/promises";
import axios from "../vendor/axios.js";
import pLimit from "../vendor/p-limit.js";

// src/prometheus/backend.ts
var UNKNOWN_BACKEND = { kind: "unknown" };
function identifyBackend(answer) {
  if (answer.status === void 0) return UNKNOWN_BACKEND;
  const data = successData(answer.body);
  const version = typeof data?.version === "string" && data.version !== "" ? data.version : void 0;
  const withVersion = (kind) => version ? { kind, version } : { kind };
  if (headerOf(answer.headers, "x-server-hostname") !== void 0) return withVersion("victoriametrics");
  if (answer.status < 200 || answer.status >= 300 || !data) return UNKNOWN_BACKEND;
  const application = typeof data.application === "string" ? data.application : "";
  if (/mimir/i.test(application)) return withVersion("mimir");
  if (/cortex/i.test(application)) return withVersion("cortex");
  if (typeof data.goVersion !== "string") {
    return withVersion("victoriametrics");
  }
  if (version && /^v?0\./.test(version)) return withVersion("thanos");
  return withVersion("prometheus");
}
function backendName(kind) {
  switch (kind) {
    case "prometheus":
      return "Prometheus";
    case "thanos":
      return "Thanos";
    case "mimir":
      return "Grafana Mimir";
    case "cortex":
      return "Cortex";
    case "victoriametrics":
      return "VictoriaMetrics";
    case "unknown":
      return "a Prometheus-compatible server";
    default:
      return kind;
  }
}
function successData(body) {
  try {
    const parsed = JSON.parse(body);
    if (typeof parsed !== "object" || parsed === null) return void 0;
    const { status, data } = parsed;
    if (status !== "success" || typeof data !== "object" || data === null || Array.isArray(data)) {
      return void 0;
    }
    return data;
  } catch {
    return void 0;
  }
}
function headerOf(headers, name) {
  const value = headers[name];
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return void 0;
}

// src/prometheus/client.ts
var MAX_POINTS_PER_SERIES = 11e3;
var PrometheusError = class extends Error {
  kind;
  status;
  errorType;
  attempts;
  constructor(kind, message, details) {
    super(message);
    this.name = "PrometheusError";
    this.kind = kind;
    this.status = details.status;
    this.errorType = details.errorType;
    this.attempts = details.attempts;
  }
};
var MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
var TIMEOUT_NOT_RETRIED = "not retried: the same query would take as long";
var BREAKER_THRESHOLD = 3;
var DEFAULT_BACKOFF_BASE_MS = 250;
var BACKEND_DETECTION_TIMEOUT_MS = 2e3;
var BACKOFF_CAP_MS = 5e3;
var EXCERPT_LENGTH = 160;
var URL_HINT = "the URL must be the API base including any path prefix, e.g. http://mimir/prometheus";
function createPrometheusClient(config, options = {}) {
  const target = parseBaseUrl(config.url);
  target.secrets.forEach(registerSecret);
  Object.values(config.headers).forEach(registerSecret);
  const headers = {
    Accept: "application/json",
    // An SLI's answer is about a hundred bytes: inflating it costs more CPU on both sides than the
    // bytes saved. Range answers (charts) ask for gzip themselves.
    "Accept-Encoding": "identity",
    "Content-Type": "application/x-www-form-urlencoded",
    "User-Agent": "slo-gate",
    ...config.headers
  };
  const authorization = authorizationHeader(config, target, options.bearerToken);
  if (authorization) {
    headers.Authorization = authorization.header;
    authorization.secrets.forEach(registerSecret);
  }
  const httpClient = axios.create({
    timeout: config.timeoutMs,
    headers,
    // Every status and body is judged here, to build messages without axios's error objects.
    validateStatus: () => true,
    responseType: "text",
    transformResponse: [(data) => data],
    // A redirect usually means a login page or a wrong base URL: report it rather than follow it.
    maxRedirects: 0,
    httpAgent: new http.Agent({ keepAlive: true }),
    httpsAgent: target.protocol === "https:" ? httpsAgent(config) : void 0,
    // Read while streaming: a larger body is cut off before it is held in memory.
    maxContentLength: options.maxResponseBytes ?? MAX_RESPONSE_BYTES
  });
  const context = {
    http: httpClient,
    endpoint: target.endpoint,
    rangeEndpoint: target.rangeEndpoint,
    seriesEndpoint: target.seriesEndpoint,
    buildInfoEndpoint: target.buildInfoEndpoint,
    where: `Prometheus at ${target.display}`,
    timeoutMs: config.timeoutMs,
    retries: Math.max(0, Math.floor(config.retries)),
    backoffBaseMs: options.backoffBaseMs ?? DEFAULT_BACKOFF_BASE_MS,
    onRetry: options.onRetry,
    redact,
    sent: 0,
    maxResponseBytes: options.maxResponseBytes ?? MAX_RESPONSE_BYTES,
    deadline: options.deadline,
    unanswered: 0,
    lastUnanswered: ""
  };
  const limit = pLimit(Math.max(1, Math.floor(config.concurrency)));
  let detected;
  return {
    query: async (promql, at) => {
      const request = instantRequest(context, promql, at);
      const { result, warnings } = await limit(() => queryWithRetries(context, request));
      return { samples: result, warnings };
    },
    queryRange: async (promql, start, end, stepSeconds) => {
      const request = rangeRequest(context, promql, start, end, stepSeconds);
      const { result, warnings } = await limit(() => queryWithRetries(context, request));
      return { series: result, warnings };
    },
    series: async (match, start, end) => {
      const request = seriesRequest(context, match, start, end);
      const { result, warnings } = await limit(() => queryWithRetries(context, request));
      return { series: result, warnings };
    },
    backend: () => {
      detected ??= limit(() => detectBackend(context));
      return detected;
    },
    get requestCount() {
      return context.sent;
    }
  };
}
async function detectBackend(context) {
  if (context.deadline?.signal.aborted) return UNKNOWN_BACKEND;
  const signals = [AbortSignal.timeout(Math.min(context.timeoutMs, BACKEND_DETECTION_TIMEOUT_MS))];
  if (context.deadline) signals.push(context.deadline.signal);
  try {
    context.sent++;
    const response = await context.http.get(context.buildInfoEndpoint, {
      signal: AbortSignal.any(signals)
    });
    const text5 = typeof response.data === "string" ? response.data : "";
    return identifyBackend({ status: response.status, headers: { ...response.headers }, body: text5 });
  } catch {
    return UNKNOWN_BACKEND;
  }
}
function instantRequest(context, promql, at) {
  const time = at.getTime();
  if (!Number.isFinite(time)) throw new Error("Prometheus query time is not a valid date");
  const body = new URLSearchParams({
    query: promql,
    time: unixSeconds(time),
    partial_response: "false"
  }).toString();
  return {
    endpoint: context.endpoint,
    path: "/api/v1/query",
    body,
    query: promql,
    parse: (data) => parseResult(data.resultType, data.result)
  };
}
function rangeRequest(context, promql, start, end, stepSeconds) {
  const from = start.getTime();
  const to = end.getTime();
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new Error("Prometheus range query start or end is not a valid date");
  }
  if (to < from) throw new Error("Prometheus range query ends before it starts");
  if (!Number.isFinite(stepSeconds) || stepSeconds <= 0) {
    throw new Error(`Prometheus range query step must be a positive number of seconds, not ${stepSeconds}`);
  }
  const spanSeconds = (to - from) / 1e3;
  const points = Math.floor(spanSeconds / stepSeconds) + 1;
  if (points > MAX_POINTS_PER_SERIES) {
    const smallestStep = Math.ceil(spanSeconds / (MAX_POINTS_PER_SERIES - 1));
    throw new Error(
      `Prometheus range query of ${spanSeconds}s at a ${stepSeconds}s step would return ${points} points per series; Prometheus allows at most ${MAX_POINTS_PER_SERIES} \u2014 use a step of at least ${smallestStep}s`
    );
  }
  const body = new URLSearchParams({
    query: promql,
    start: unixSeconds(from),
    end: unixSeconds(to),
    step: String(stepSeconds),
    partial_response: "false"
  }).toString();
  return {
    endpoint: context.rangeEndpoint,
    path: "/api/v1/query_range",
    body,
    query: promql,
    acceptEncoding: "gzip",
    parse: (data) => parseMatrix(data.resultType, data.result)
  };
}
function seriesRequest(context, match, start, end) {
  const from = start.getTime();
  const to = end.getTime();
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) {
    throw new Error("Prometheus series request needs a start before its end");
  }
  const body = new URLSearchParams({ "match[]": match, start: unixSeconds(from), end: unixSeconds(to) });
  return {
    endpoint: context.seriesEndpoint,
    path: "/api/v1/series",
    body: body.toString(),
    query: match,
    // The series endpoint answers a list of label sets where the query endpoints answer an object.
    parse: (data) => parseSeriesList(data)
  };
}
function parseSeriesList(data) {
  if (!Array.isArray(data)) throw new InvalidResult("the series result is not a list");
  return data.map((labels) => labelsOf(labels));
}
function unixSeconds(ms) {
  return (ms / 1e3).toFixed(3);
}
async function queryWithRetries(context, request) {
  const attemptsAllowed = context.retries + 1;
  for (let attempt = 1; ; attempt++) {
    refuseWhenStopped(context, attempt);
    const outcome = await attemptOnce(context, request);
    if (!("kind" in outcome)) return outcome;
    if (context.deadline?.signal.aborted) refuseWhenStopped(context, attempt + 1);
    const failure2 = outcome;
    if (!failure2.retryable || attempt >= attemptsAllowed) {
      const suffix = failure2.kind === "timeout" ? `${attempt > 1 ? ` (attempt ${attempt})` : ""}; ${TIMEOUT_NOT_RETRIED}` : failure2.countAttempts ? ` (${attempt} attempt${attempt === 1 ? "" : "s"})` : "";
      throw new PrometheusError(failure2.kind, context.redact(failure2.message + suffix), {
        status: failure2.status,
        errorType: failure2.errorType,
        attempts: attempt
      });
    }
    const delayMs = failure2.retryAfterMs ?? backoffDelay(context.backoffBaseMs, attempt);
    context.onRetry?.(
      context.redact(
        `${failure2.message}; retrying in ${formatMs(delayMs)} (attempt ${attempt + 1} of ${attemptsAllowed})`
      )
    );
    await sleep(delayMs, context.deadline?.signal);
  }
}
function refuseWhenStopped(context, attempt) {
  if (context.deadline?.signal.aborted) {
    throw new PrometheusError("deadline", context.deadline.reason, { attempts: attempt - 1 });
  }
  if (context.unanswered >= BREAKER_THRESHOLD) {
    throw new PrometheusError(
      "connection",
      context.redact(
        `${context.where} did not answer ${BREAKER_THRESHOLD} requests in a row (the last: ${context.lastUnanswered}): the remaining queries were not sent`
      ),
      { attempts: attempt - 1 }
    );
  }
}
function backoffDelay(baseMs, attempt) {
  const ceiling = Math.min(BACKOFF_CAP_MS, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * ceiling / 2);
}
async function attemptOnce(context, request) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, context.timeoutMs);
  const signal = context.deadline ? AbortSignal.any([controller.signal, context.deadline.signal]) : controller.signal;
  let response;
  try {
    context.sent++;
    response = await context.http.post(
      request.endpoint,
      request.body,
      request.acceptEncoding ? { signal, headers: { "Accept-Encoding": request.acceptEncoding } } : { signal }
    );
  } catch (error) {
    const failure2 = describeRequestError(context, error, timedOut, request);
    const unanswered = failure2.kind === "timeout" || failure2.kind === "connection";
    context.unanswered = unanswered ? context.unanswered + 1 : 0;
    if (unanswered)
      context.lastUnanswered = failure2.message.replace(context.where, "").replace(/^[:\s]+/, "");
    return failure2;
  } finally {
    clearTimeout(timer);
  }
  context.unanswered = 0;
  return judgeResponse(context, response, request);
}
function describeRequestError(context, error, timedOut, request) {
  const code = errorCode(error);
  const where = context.where;
  if (isSizeCapError(error)) {
    return failure(
      "invalid_response",
      `${where} answered more than ${formatBytes2(context.maxResponseBytes)} to ${request.path} "${excerpt(request.query)}": the answer was refused to keep the gate's memory bounded \u2014 aggregate the query (sum by the labels you need) so it returns few series`,
      {}
    );
  }
  if (timedOut || code === "ECONNABORTED" || code === "ETIMEDOUT" || code === "ERR_CANCELED") {
    return timeoutFailure(`${where} did not answer within ${formatMs(context.timeoutMs)}`);
  }
  if (code === "ECONNREFUSED") return connectionFailure(`${where} refused the connection`);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
    return connectionFailure(`${where}: the host name could not be resolved (${code})`);
  }
  if (code === "ECONNRESET" || code === "EPIPE" || code === "ERR_SOCKET_CONNECTION_TIMEOUT") {
    return connectionFailure(`${where} closed the connection unexpectedly (${code})`);
  }
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "ENETDOWN") {
    return connectionFailure(`${where} is unreachable (${code})`);
  }
  if (code && TLS_TRUST_ERRORS.has(code)) {
    return {
      kind: "connection",
      message: `${where} presented a TLS certificate that is not trusted (${code}) \u2014 set prometheus.tls.caFile to the CA that signed it (or tls.insecureSkipVerify: true, for tests only)`,
      retryable: false,
      countAttempts: false
    };
  }
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") {
    return {
      kind: "connection",
      message: `${where} presented a TLS certificate for another host name (${code}) \u2014 use the host name the certificate names`,
      retryable: false,
      countAttempts: false
    };
  }
  if (code?.startsWith("ERR_SSL") || code?.startsWith("ERR_TLS") || code?.includes("CERT")) {
    return {
      kind: "connection",
      message: `${where}: the TLS handshake failed (${code})`,
      retryable: false,
      countAttempts: false
    };
  }
  return connectionFailure(`${where}: the request failed (${code ?? "unknown network error"})`);
}
var TLS_TRUST_ERRORS = /* @__PURE__ */ new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_UNTRUSTED",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID"
]);
function isSizeCapError(error) {
  return error instanceof Error && /maxContentLength size of -?\d+ exceeded/.test(error.message);
}
function formatBytes2(bytes) {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}
function errorCode(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const { code, cause } = error;
  const causeCode = typeof cause === "object" && cause !== null ? cause.code : void 0;
  if (typeof causeCode === "string") return causeCode;
  return typeof code === "string" ? code : void 0;
}
function connectionFailure(message) {
  return { kind: "connection", message, retryable: true, countAttempts: true };
}
function timeoutFailure(message) {
  return { kind: "timeout", message, retryable: false, countAttempts: false };
}
function judgeResponse(context, response, request) {
  const where = context.where;
  const status = response.status;
  const text5 = typeof response.data === "string" ? response.data : String(response.data ?? "");
  const parsed = parseJsonObject(text5);
  const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(response.headers["retry-after"]) : void 0;
  if (parsed?.status === "error") {
    const errorType = typeof parsed.errorType === "string" ? parsed.errorType : "unknown";
    const detail = typeof parsed.error === "string" ? parsed.error : "no error text";
    if (errorType === "timeout") {
      return {
        ...timeoutFailure(`${where} timed out evaluating the query: ${detail}`),
        status,
        errorType,
        retryAfterMs
      };
    }
    if (errorType === "unavailable" || status >= 500 || status === 429) {
      return {
        kind: "http",
        message: `${where} answered HTTP ${status} (${errorType}): ${excerpt(detail)}`,
        retryable: true,
        countAttempts: true,
        status,
        errorType,
        retryAfterMs
      };
    }
    if (errorType === "bad_data") {
      return failure("bad_data", `Prometheus rejected the query: ${detail}`, { status, errorType });
    }
    return failure("query_error", `Prometheus could not run the query (${errorType}): ${detail}`, {
      status,
      errorType
    });
  }
  if (status >= 500 || status === 429) {
    return {
      kind: "http",
      message: `${where} answered HTTP ${status}: ${excerpt(text5) || "(empty body)"}`,
      retryable: true,
      countAttempts: true,
      status,
      retryAfterMs
    };
  }
  if (status >= 300 && status < 400) {
    return failure("http", `${where} answered HTTP ${status} (a redirect) \u2014 ${URL_HINT}`, { status });
  }
  if (status === 401 || status === 403) {
    return failure(
      "http",
      `${where} answered HTTP ${status}: ${excerpt(text5) || "(empty body)"} \u2014 check the bearer token, basic auth or tenant headers`,
      { status }
    );
  }
  if (status === 404) {
    return failure("http", `${where} answered HTTP 404 for ${request.path} \u2014 ${URL_HINT}`, { status });
  }
  if (status < 200 || status >= 300) {
    return failure("http", `${where} answered HTTP ${status}: ${excerpt(text5) || "(empty body)"}`, {
      status
    });
  }
  if (!parsed) {
    return failure(
      "invalid_response",
      `${where} did not answer with JSON (got "${excerpt(text5) || "an empty body"}") \u2014 ${URL_HINT}`,
      { status }
    );
  }
  if (parsed.status !== "success" || typeof parsed.data !== "object" || parsed.data === null) {
    return failure("invalid_response", `${where} answered JSON that is not a Prometheus API response`, {
      status
    });
  }
  try {
    return {
      result: request.parse(parsed.data),
      warnings: [...stringList(parsed.warnings), ...stringList(parsed.infos)].map(context.redact)
    };
  } catch (error) {
    const detail = error instanceof InvalidResult ? error.message : "malformed result";
    return failure("invalid_response", `${where} answered an unusable result: ${detail}`, { status });
  }
}
function failure(kind, message, details) {
  return { kind, message, retryable: false, countAttempts: false, ...details };
}
var InvalidResult = class extends Error {
};
function parseResult(resultType, result) {
  if (resultType === "scalar") {
    return [{ labels: {}, value: parseSampleValue(valueOf(result)) }];
  }
  if (resultType !== "vector") {
    throw new InvalidResult(
      `result type ${JSON.stringify(resultType)}, expected an instant vector or scalar (is the query a range selector?)`
    );
  }
  if (!Array.isArray(result)) throw new InvalidResult("the vector result is not a list");
  return result.map((entry) => {
    if (typeof entry !== "object" || entry === null)
      throw new InvalidResult("a vector sample is not an object");
    const { metric, value, histogram } = entry;
    if (value === void 0 && histogram !== void 0) {
      throw new InvalidResult(
        "native histogram samples are not supported; wrap the query in histogram_count() or similar"
      );
    }
    return { labels: labelsOf(metric), value: parseSampleValue(valueOf(value)) };
  });
}
function parseMatrix(resultType, result) {
  if (resultType !== "matrix") {
    throw new InvalidResult(`result type ${JSON.stringify(resultType)}, expected a range matrix`);
  }
  if (!Array.isArray(result)) throw new InvalidResult("the matrix result is not a list");
  return result.map((entry) => {
    if (typeof entry !== "object" || entry === null)
      throw new InvalidResult("a matrix series is not an object");
    const { metric, values, histograms } = entry;
    if (values === void 0 && histograms !== void 0) {
      throw new InvalidResult(
        "native histogram samples are not supported; wrap the query in histogram_count() or similar"
      );
    }
    if (!Array.isArray(values)) throw new InvalidResult("a matrix series has no list of values");
    const points = values.map((pair) => [
      timeOf(pair),
      parseSampleValue(valueOf(pair))
    ]);
    return { labels: labelsOf(metric), points };
  });
}
function timeOf(pair) {
  const time = Array.isArray(pair) ? pair[0] : void 0;
  if (typeof time !== "number" || !Number.isFinite(time))
    throw new InvalidResult("a sample time is not a number");
  return time;
}
function valueOf(pair) {
  if (!Array.isArray(pair) || pair.length !== 2)
    throw new InvalidResult("a sample is not a [time, value] pair");
  return pair[1];
}
function labelsOf(metric) {
  if (metric === void 0) return {};
  if (typeof metric !== "object" || metric === null)
    throw new InvalidResult("sample labels are not an object");
  const labels = {};
  for (const [name, value] of Object.entries(metric)) {
    if (typeof value !== "string") throw new InvalidResult(`label ${name} is not a string`);
    labels[name] = value;
  }
  return labels;
}
function parseSampleValue(text5) {
  if (typeof text5 !== "string") throw new InvalidResult("a sample value is not a string");
  if (text5 === "NaN") return NaN;
  if (text5 === "+Inf" || text5 === "Inf") return Infinity;
  if (text5 === "-Inf") return -Infinity;
  const value = Number(text5);
  if (text5.trim() === "" || Number.isNaN(value))
    throw new InvalidResult(`sample value "${excerpt(text5)}" is not a number`);
  return value;
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function parseJsonObject(text5) {
  try {
    const value = JSON.parse(text5);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function parseRetryAfter(header) {
  if (typeof header !== "string" || header.trim() === "") return void 0;
  const seconds3 = Number(header);
  const ms = Number.isFinite(seconds3) ? seconds3 * 1e3 : Date.parse(header) - Date.now();
  if (!Number.isFinite(ms)) return void 0;
  return Math.min(BACKOFF_CAP_MS, Math.max(0, ms));
}
function excerpt(text5) {
  const line = text5.replace(/\s+/g, " ").trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH)}\u2026` : line;
}
function formatMs(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  return `${Number((ms / 1e3).toFixed(2))}s`;
}
async function sleep(ms, signal) {
  await delay(ms, void 0, { signal }).catch(() => void 0);
}
function parseBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`prometheus.url "${maskUserinfo(raw)}" is not a URL`, {
      fix: "write the API base, e.g. http://prometheus.monitoring:9090 or https://mimir.example/prometheus"
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`prometheus.url must start with http:// or https://, not ${url.protocol}//`, {
      fix: "write the API base, e.g. http://prometheus.monitoring:9090"
    });
  }
  const username = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const secrets = [password, url.password].filter((secret) => secret !== "");
  url.username = "";
  url.password = "";
  url.hash = "";
  const prefix = url.pathname.replace(/\/+$/, "");
  const base = `${url.origin}${prefix}`;
  const display = username || password ? base.replace("://", "://***@") : base;
  url.pathname = `${prefix}/api/v1/query`;
  const endpoint = url.toString();
  url.pathname = `${prefix}/api/v1/query_range`;
  const rangeEndpoint = url.toString();
  url.pathname = `${prefix}/api/v1/series`;
  const seriesEndpoint = url.toString();
  url.pathname = `${prefix}/api/v1/status/buildinfo`;
  return {
    protocol: url.protocol,
    endpoint,
    rangeEndpoint,
    seriesEndpoint,
    buildInfoEndpoint: url.toString(),
    display,
    userinfo: username || password ? { username, password } : void 0,
    secrets
  };
}
function maskUserinfo(raw) {
  return raw.replace(/\/\/[^/@]*@/, "//***@");
}
function authorizationHeader(config, target, bearerToken) {
  if (bearerToken) {
    const token = bearerToken.trim();
    return { header: `Bearer ${token}`, secrets: [token] };
  }
  if (config.bearerTokenFile && config.basicAuth) {
    throw new UsageError("prometheus sets both bearerTokenFile and basicAuth", {
      fix: "keep one of them: Prometheus accepts a single Authorization header"
    });
  }
  if (config.bearerTokenFile) {
    const token = readSecretFile(config.bearerTokenFile, "prometheus.bearerTokenFile");
    return { header: `Bearer ${token}`, secrets: [token] };
  }
  if (config.basicAuth) {
    const { username, password, passwordFile } = config.basicAuth;
    const secret = passwordFile ? readSecretFile(passwordFile, "prometheus.basicAuth.passwordFile") : password ?? "";
    const encoded = Buffer.from(`${username}:${secret}`).toString("base64");
    return { header: `Basic ${encoded}`, secrets: [secret, encoded] };
  }
  if (target.userinfo) {
    const { username, password } = target.userinfo;
    const encoded = Buffer.from(`${username}:${password}`).toString("base64");
    return { header: `Basic ${encoded}`, secrets: [password, encoded] };
  }
  return void 0;
}
function readSecretFile(file, key) {
  let content;
  try {
    content = readFileSync(file, "utf8").trim();
  } catch (error) {
    const code = error.code ?? "unreadable";
    throw new UsageError(`cannot read ${key} ${file} (${code})`, {
      fix: `point ${key} at a readable file (in Kubernetes, mount the Secret as a volume)`
    });
  }
  if (content === "") {
    throw new UsageError(`${key} ${file} is empty`, { fix: `put the secret in ${file}` });
  }
  return content;
}
function readPemFile(file, key) {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = error.code ?? "unreadable";
    throw new UsageError(`cannot read ${key} ${file} (${code})`, {
      fix: `point ${key} at a readable PEM file`
    });
  }
}
function httpsAgent(config) {
  const tls = config.tls ?? {};
  if (Boolean(tls.certFile) !== Boolean(tls.keyFile)) {
    throw new UsageError("prometheus.tls needs both certFile and keyFile for a client certificate", {
      fix: "set both tls.certFile and tls.keyFile, or neither"
    });
  }
  return new https.Agent({
    keepAlive: true,
    ca: tls.caFile ? readPemFile(tls.caFile, "prometheus.tls.caFile") : void 0,
    cert: tls.certFile ? readPemFile(tls.certFile, "prometheus.tls.certFile") : void 0,
    key: tls.keyFile ? readPemFile(tls.keyFile, "prometheus.tls.keyFile") : void 0,
    rejectUnauthorized: !tls.insecureSkipVerify
  });
}

// src/slo/windows.ts
var STANDARD_WINDOWS = ["5m", "30m", "1h", "2h", "6h", "1d", "3d"];
function windowsToMeasure(slo, budgetWindow = { window: slo.window, seconds: slo.windowSeconds }) {
  const bySeconds = /* @__PURE__ */ new Map();
  const add = (window, seconds3) => {
    if (!bySeconds.has(seconds3)) bySeconds.set(seconds3, window);
  };
  if (!budgetWindow.range) add(budgetWindow.window, budgetWindow.seconds);
  for (const window of STANDARD_WINDOWS) add(window, parseDuration(window));
  for (const alert of slo.policy.burnRateAlerts) {
    add(alert.long, alert.longSeconds);
    add(alert.short, alert.shortSeconds);
  }
  const max = slo.policy.maxBurnRate;
  if (max) add(max.window, max.windowSeconds);
  const windows = [...bySeconds].map(([seconds3, window]) => ({ window, seconds: seconds3 }));
  if (budgetWindow.range && budgetWindow.seconds > 0) windows.push({ ...budgetWindow });
  return windows.sort((a, b) => a.seconds - b.seconds);
}

// src/gate/backend-form.ts
function readsRateAsIncrease(backend) {
  return backend.kind === "victoriametrics";
}
function queryForBackend(promql, backend) {
  return readsRateAsIncrease(backend) ? rateAsIncrease(promql) : promql;
}
function windowQueriesForBackend(queries, backend) {
  if (!readsRateAsIncrease(backend)) return queries;
  switch (queries.kind) {
    case "events":
      return {
        ...queries,
        errorQuery: rateAsIncrease(queries.errorQuery),
        totalQuery: rateAsIncrease(queries.totalQuery)
      };
    case "ratio":
      return { ...queries, errorRatioQuery: rateAsIncrease(queries.errorRatioQuery) };
    default:
      return unreachable(queries);
  }
}
var PROMQL_ONLY = /* @__PURE__ */ new Set(["prometheus", "thanos", "mimir", "cortex"]);
function dialectProblem(queries, backend) {
  if (!PROMQL_ONLY.has(backend.kind)) return void 0;
  const named = queries.kind === "events" ? [
    ["errorQuery", queries.errorQuery],
    ["totalQuery", queries.totalQuery]
  ] : [["errorRatioQuery", queries.errorRatioQuery]];
  for (const [role, query] of named) {
    if (!mentionsMetricsql(query)) continue;
    const problem2 = findSyntaxError(query);
    if (problem2 && isMetricsqlProblem(problem2)) {
      const version = backend.version ? ` ${backend.version}` : "";
      return `${role} is not PromQL: ${problem2.message} \u2014 ${backendName(backend.kind)}${version} runs PromQL only; write the query in PromQL, or point prometheus.url at VictoriaMetrics`;
    }
  }
  return void 0;
}

// src/gate/measure.ts
function displayedQuery(queries) {
  switch (queries.kind) {
    case "events":
      return `(${queries.errorQuery}) / (${queries.totalQuery})`;
    case "ratio":
      return queries.errorRatioQuery;
    default:
      return unreachable(queries);
  }
}
function sumOfSamples(answer) {
  if (answer.samples.length === 0) return void 0;
  return answer.samples.reduce((sum, sample) => sum + sample.value, 0);
}
function measureEvents(queries, errors, total) {
  const totalValue = sumOfSamples(total);
  const errorValue = sumOfSamples(errors) ?? 0;
  checkEventCount(totalValue, queries.totalQuery, "totalQuery", queries.window);
  checkEventCount(errorValue, queries.errorQuery, "errorQuery", queries.window);
  if (totalValue !== void 0 && exceeds(errorValue, totalValue)) {
    throw invalidAnswer(
      `errorQuery over ${queries.window} answered ${formatSample(errorValue)}, more than totalQuery's ${formatSample(totalValue)} ("${queries.errorQuery}" / "${queries.totalQuery}") \u2014 the errors must be a subset of the total: select the same series in both`
    );
  }
  const hasTraffic = totalValue !== void 0 && Number.isFinite(totalValue) && totalValue > 0;
  const errorRatio = hasTraffic && Number.isFinite(errorValue) ? errorValue / totalValue : null;
  let events = null;
  if (totalValue !== void 0 && Number.isFinite(totalValue)) {
    events = eventCount(totalValue, queries);
  }
  return { window: queries.window, seconds: queries.seconds, errorRatio, events };
}
function eventCount(total, queries) {
  switch (queries.totalUnit) {
    case "per-second":
      return total * queries.seconds;
    case "count":
      return total;
    case "unknown":
      return null;
    default:
      return unreachable(queries.totalUnit);
  }
}
function measureRatio(queries, ratio2) {
  const value = sumOfSamples(ratio2);
  if (value !== void 0 && (value === Infinity || value === -Infinity || value < 0 || exceeds(value, 1))) {
    throw invalidAnswer(
      `errorRatioQuery over ${queries.window} answered ${formatSample(value)} ("${queries.errorRatioQuery}") \u2014 an error ratio lies between 0 and 1: divide the errors by the total`
    );
  }
  const errorRatio = value !== void 0 && Number.isFinite(value) ? value : null;
  return { window: queries.window, seconds: queries.seconds, errorRatio, events: null };
}
function checkEventCount(value, query, role, window) {
  if (value === void 0 || Number.isNaN(value)) return;
  if (Number.isFinite(value) && value >= 0) return;
  throw invalidAnswer(
    `${role} over ${window} answered ${formatSample(value)} ("${query}") \u2014 a count or rate of events is finite and never negative: check the query`
  );
}
function exceeds(value, limit) {
  return value > limit * (1 + 1e-9) + Number.EPSILON;
}
function formatSample(value) {
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return String(value);
}
function invalidAnswer(detail) {
  return new PrometheusError("invalid_response", `invalid answer from Prometheus: ${detail}`, {
    attempts: 1
  });
}

// src/gate/cost.ts
var HOUR = 3600;
function queriesOf(queries) {
  switch (queries.kind) {
    case "events":
      return [queries.errorQuery, queries.totalQuery];
    case "ratio":
      return [queries.errorRatioQuery];
    default:
      return unreachable(queries);
  }
}
function costQuery(queries) {
  const selectors = [...new Set(queriesOf(queries).flatMap(rangeSelectors))];
  if (selectors.length === 0) return void 0;
  return selectors.map((selector) => `(sum(count_over_time(${selector}[1h])) or vector(0))`).join(" + ");
}
async function periodCostProblem(queries, client, at, maxSamples) {
  const estimate = costQuery(queries);
  if (estimate === void 0) return void 0;
  let perHour;
  try {
    perHour = (await client.query(estimate, at)).samples[0]?.value ?? 0;
  } catch (error) {
    if (error instanceof PrometheusError) return void 0;
    throw error;
  }
  const samples = Math.round(perHour * queries.seconds / HOUR);
  if (!(samples > maxSamples)) return void 0;
  return `the ${queries.window} query was not sent: it would read about ${readableCount(samples)} samples (${readableCount(perHour)} in the last hour \xD7 ${readableCount(queries.seconds / HOUR)} hours), more than prometheus.maxPeriodSamples ${readableCount(maxSamples)} \u2014 read the SLO from recording rules (source: sloth or pyrra, see docs/slo-sources.md) or raise maxPeriodSamples`;
}

// src/config/recorded.ts
var SLOTH_RATIO = "slo:sli_error:ratio_rate";
function ownMatcher(rules) {
  switch (rules.tool) {
    case "sloth":
      return `sloth_id="${rules.slothId}"`;
    case "pyrra":
      return `slo="${rules.slo}"`;
    default:
      return unreachable(rules);
  }
}
function recordedSeriesProbe(rules) {
  const names = rules.tool === "sloth" ? `${SLOTH_RATIO}.+` : ".+:(burnrate|increase).+";
  return `group by (__name__) ({__name__=~"${names}",${ownMatcher(rules)}})`;
}
function recordedNames(rules, names) {
  const pattern = rules.tool === "sloth" ? /^slo:sli_error:ratio_rate(.+)$/ : /^.+:(burnrate|increase)(.+)$/;
  return names.flatMap((name) => {
    const match = pattern.exec(name);
    if (!match) return [];
    const kind = rules.tool === "sloth" || match[1] === "burnrate" ? "ratio" : "increase";
    const seconds3 = parseDuration(match[match.length - 1]);
    return seconds3 === void 0 ? [] : [{ name, kind, seconds: seconds3 }];
  });
}
function recordedQueriesFor(source, window, available) {
  const { rules } = source;
  const find = (kind, seconds3) => available.find((r) => r.kind === kind && r.seconds === seconds3);
  const base = { window: window.window, seconds: window.seconds };
  if (window.isPeriod) {
    if (rules.tool === "sloth") {
      const fiveMinutes = find("ratio", 300);
      if (!fiveMinutes) return void 0;
      const range = window.range ?? window.window;
      return {
        ...base,
        kind: "ratio",
        errorRatioQuery: `avg_over_time(${fiveMinutes.name}{${ownMatcher(rules)}}[${range}])`
      };
    }
    if (window.range || !rules.increase) return void 0;
    return pyrraPeriod(rules.slo, rules.increase, window, available);
  }
  const ratio2 = find("ratio", window.seconds);
  if (!ratio2) return void 0;
  return { ...base, kind: "ratio", errorRatioQuery: `${ratio2.name}{${ownMatcher(rules)}}` };
}
function increaseBase(metric) {
  return metric.replace(/_total$/, "").replace(/_count$/, "").replace(/_bucket$/, "");
}
function pyrraPeriod(slo, increase, window, available) {
  const recordedAs = (selector, extra) => {
    const parts = splitSelector(selector);
    if (!parts) return void 0;
    const base = `${increaseBase(parts.metric)}:increase`;
    const name = available.find(
      (r) => r.kind === "increase" && r.seconds === window.seconds && r.name.startsWith(base)
    );
    if (!name || parseDuration(name.name.slice(base.length)) === void 0) return void 0;
    return renamedSelector(selector, name.name, [...extra, `slo="${slo}"`]);
  };
  const total = recordedAs(increase.total, increase.kind === "good" ? ['le=""'] : []);
  const counted = recordedAs(increase.counted, []);
  if (!total || !counted) return void 0;
  const errorQuery = increase.kind === "errors" ? `sum(${counted})` : `sum(${total}) - (sum(${counted}) or vector(0))`;
  return {
    window: window.window,
    seconds: window.seconds,
    kind: "events",
    errorQuery,
    totalQuery: `sum(${total})`,
    totalUnit: "count"
  };
}
function recordedSeriesLabel(rules) {
  return rules.tool === "sloth" ? `Sloth's ${SLOTH_RATIO}<window>{${ownMatcher(rules)}}` : `Pyrra's <metric>:burnrate<window> / :increase<period>{${ownMatcher(rules)}}`;
}

// src/gate/recorded.ts
async function planMeasurement(slo, measured, period, options, backend) {
  const { budgetWindow } = period;
  const isPeriod = (w) => budgetWindow.range ? w.window === budgetWindow.window : !w.range && w.seconds === budgetWindow.seconds;
  const raw = (w) => ({
    queries: {
      ...windowQueriesForBackend(
        queriesFor(slo.sli, { window: w.range ?? w.window, seconds: w.seconds }),
        backend
      ),
      window: w.window
    },
    isPeriod: isPeriod(w),
    recorded: false
  });
  const source = slo.recorded;
  if (!source) return { windows: measured.map(raw), notes: [] };
  let names;
  try {
    const answer = await options.client.query(recordedSeriesProbe(source.rules), options.at);
    names = answer.samples.flatMap((sample) => sample.labels.__name__ ?? []);
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    return {
      windows: measured.map(raw),
      notes: [`recorded series not looked up (${error.message}): measured with raw queries`]
    };
  }
  const available = recordedNames(source.rules, names);
  const rawWindows = [];
  const windows = measured.map((w) => {
    const recorded = recordedQueriesFor(source, { ...w, isPeriod: isPeriod(w) }, available);
    if (recorded) return { queries: recorded, isPeriod: isPeriod(w), recorded: true };
    rawWindows.push(w.window);
    return raw(w);
  });
  const usedAny = rawWindows.length < measured.length;
  const notes = rawWindows.length > 0 && (!source.detected || usedAny) ? [
    `warning: ${recordedSeriesLabel(source.rules)} absent for ${rawWindows.join(", ")}: measured with raw queries`
  ] : [];
  return { windows, notes };
}

// src/gate/resolve-sli.ts
async function measurableSli(slo, client, at) {
  const sli = slo.sli;
  switch (sli.kind) {
    case "events":
    case "ratio":
      return sli;
    case "latency":
      return resolveLatency(slo.name, sli, client, at, slo.windowSeconds);
    default:
      return unreachable(sli);
  }
}
async function resolveLatency(name, sli, client, at, periodSeconds) {
  const buckets = `${sli.histogram}_bucket${sli.matchers === "" ? "" : `{${sli.matchers}}`}`;
  const answer = await client.series(buckets, new Date(at.getTime() - periodSeconds * 1e3), at);
  const leValues = [
    ...new Set(answer.series.flatMap((labels) => labels.le === void 0 ? [] : [labels.le]))
  ];
  const choice = chooseBucket(sli.thresholdSeconds, leValues);
  if (choice.found) return latencyEvents(sli, choice.leMatcher);
  const nearest = [choice.below, choice.above].filter((le) => le !== void 0);
  const boundaries = nearest.map((le) => `le="${le}"`).join(" and ");
  throw new UsageError(
    `SLO "${name}": threshold ${sli.threshold} is not a bucket boundary of ${buckets} (no le equals ${sli.thresholdSeconds}); the nearest are ${boundaries}`,
    {
      ...sli.thresholdSource,
      fix: `set threshold to a bucket boundary (${nearest.map((le) => `${le}s`).join(" or ")}), or add a ${sli.thresholdSeconds} bucket to the histogram`
    }
  );
}

// src/gate/slos.ts
var SLOW_QUERY_SECONDS = 1;
async function evaluateSlos(slos, options) {
  const backend = slos.length > 0 ? await options.client.backend() : { kind: "unknown" };
  return Promise.all(
    slos.map(async (slo) => {
      const outcome = await evaluateOne(slo, options, backend);
      options.onDone?.(outcome);
      return outcome;
    })
  );
}
async function evaluateOne(definition, options, backend) {
  const period = budgetPeriodAt(definition, options.at);
  const periodEnd = period.end ? { periodEnd: period.end.toISOString().replace(/\.000Z$/, "Z") } : {};
  const collected = { warnings: /* @__PURE__ */ new Set(), slow: [] };
  let slo;
  try {
    slo = { ...definition, sli: await measurableSli(definition, options.client, options.at) };
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    return prometheusFailure(definition, error, [], collected, periodEnd, options);
  }
  const measured = windowsToMeasure(slo, period.budgetWindow);
  const { windows, notes } = await planMeasurement(slo, measured, period, options, backend);
  const queries = windows.map((w) => ({ window: w.queries.window, promql: displayedQuery(w.queries) }));
  const dialect = windows.filter((w) => !w.recorded).map((w) => dialectProblem(w.queries, backend)).find((problem2) => problem2 !== void 0);
  if (dialect) {
    const error = new PrometheusError("bad_data", dialect, { attempts: 0 });
    return { measured: slo, ...prometheusFailure(slo, error, queries, collected, periodEnd, options, notes) };
  }
  const settled = await measurePlan(windows, options, collected);
  const measurements = [];
  let periodProblem;
  for (const [index, outcome] of settled.entries()) {
    if (outcome.status === "fulfilled") {
      if (typeof outcome.value === "string") periodProblem = outcome.value;
      else measurements.push(outcome.value);
      continue;
    }
    const error = outcome.reason;
    if (!(error instanceof PrometheusError)) throw error;
    if (windows[index].isPeriod && error.kind !== "deadline") {
      periodProblem = error.message;
      continue;
    }
    return { measured: slo, ...prometheusFailure(slo, error, queries, collected, periodEnd, options, notes) };
  }
  const periodWindow = windows.find((w) => w.isPeriod)?.queries;
  const judged = periodProblem && periodWindow ? withoutPeriod(slo, measurements, period, periodWindow, periodProblem) : void 0;
  const evaluation = judged?.evaluation ?? evaluateSlo(slo, measurements, period);
  const hints = [];
  if (evaluation.attributionWindow) {
    const { window } = evaluation.attributionWindow;
    const range = measured.find((w) => w.window === window)?.range ?? window;
    const hint = await attribute(slo, range, options, collected.warnings, backend);
    if (hint) hints.push(hint);
  }
  return {
    measured: slo,
    action: judged?.action ?? evaluation.action,
    hints,
    result: withCollected(
      {
        name: slo.name,
        objective: slo.objective,
        window: slo.window,
        status: judged?.status ?? evaluation.status,
        errorBudgetRemaining: evaluation.errorBudgetRemaining,
        burnRates: evaluation.burnRates,
        exhaustsIn: evaluation.exhaustsInSeconds === null ? null : formatIsoDuration(evaluation.exhaustsInSeconds),
        ...periodEnd,
        reasons: [
          ...judged?.reasons ?? evaluation.reasons,
          ...evaluation.notJudged,
          ...notes,
          ...incompleteAnswers(collected.warnings)
        ],
        queries
      },
      collected
    )
  };
}
function withoutPeriod(slo, measurements, period, periodWindow, problem2) {
  const standIn = {
    window: periodWindow.window,
    seconds: periodWindow.seconds,
    errorRatio: 0,
    events: null
  };
  const judged = evaluateSlo(slo, [...measurements, standIn], period);
  const evaluation = {
    ...judged,
    errorBudgetRemaining: null,
    exhaustsInSeconds: null,
    burnRates: { ...judged.burnRates, [periodWindow.window]: null }
  };
  const onError = slo.policy.onPrometheusError;
  const action = combineVerdict([judged.action, onError]);
  const serviceDecides = judged.action !== "pass" && judged.action === action;
  const monitoring = `${slo.window} budget not judged: the monitoring failed, not the service: ${problem2}; onPrometheusError: ${onError}`;
  return {
    evaluation,
    action,
    status: serviceDecides ? judged.status : "error",
    reasons: serviceDecides ? [...judged.reasons, monitoring] : [monitoring, ...judged.reasons]
  };
}
function prometheusFailure(slo, error, queries, collected, periodEnd, options, notes = []) {
  const action = slo.policy.onPrometheusError;
  options.log(`SLO ${slo.name}: ${error.message}`);
  return {
    action,
    hints: [],
    result: withCollected(
      {
        name: slo.name,
        objective: slo.objective,
        window: slo.window,
        status: "error",
        errorBudgetRemaining: null,
        burnRates: {},
        exhaustsIn: null,
        ...periodEnd,
        reasons: [`${error.message}; onPrometheusError: ${action}`, ...notes],
        queries
      },
      collected
    )
  };
}
async function measurePlan(windows, options, collected) {
  const heavy = (planned) => planned.isPeriod && !planned.recorded;
  const light = windows.filter((w) => !heavy(w)).map((w) => w.queries);
  const [lightSettled, heavySettled] = await Promise.all([
    measureWindows(light, options.client, options.at, collected, { apartAfterTimeout: true }),
    Promise.all(windows.filter(heavy).map((w) => measurePeriod(w.queries, options, collected)))
  ]);
  let nextLight = 0;
  let nextHeavy = 0;
  return windows.map((w) => heavy(w) ? heavySettled[nextHeavy++] : lightSettled[nextLight++]);
}
async function measurePeriod(queries, options, collected) {
  if (options.maxPeriodSamples !== void 0) {
    try {
      const problem2 = await periodCostProblem(queries, options.client, options.at, options.maxPeriodSamples);
      if (problem2) return { status: "fulfilled", value: problem2 };
    } catch (error) {
      return { status: "rejected", reason: error };
    }
  }
  const client = options.periodClient ?? options.client;
  const [settled] = await measureWindows([queries], client, options.at, collected, {
    apartAfterTimeout: false
  });
  return settled;
}
function partsOf(queries) {
  const { window } = queries;
  switch (queries.kind) {
    case "events":
      return [
        { window, role: "errorQuery", promql: queries.errorQuery },
        { window, role: "totalQuery", promql: queries.totalQuery }
      ];
    case "ratio":
      return [{ window, role: "errorRatioQuery", promql: queries.errorRatioQuery }];
    default:
      return unreachable(queries);
  }
}
var ASK_APART = /* @__PURE__ */ new Set([
  "bad_data",
  "query_error",
  "invalid_response"
]);
async function measureWindows(list, client, at, collected, { apartAfterTimeout }) {
  const eachAlone = () => Promise.allSettled(list.map((q) => measureWindow(q, client, at, collected)));
  const parts = list.flatMap(partsOf);
  if (parts.length < 2) return eachAlone();
  const promql = combinedQuery(parts.map((part) => part.promql));
  const windows = list.map((q) => q.window).join(", ");
  let answers;
  try {
    const answer = await timedQuery(client, promql, at, windows, collected);
    answers = splitCombined(answer.samples, parts.length)?.map((samples) => ({
      samples,
      warnings: answer.warnings
    }));
  } catch (error) {
    const apart = error instanceof PrometheusError && (ASK_APART.has(error.kind) || apartAfterTimeout && error.kind === "timeout");
    if (!apart) return list.map(() => ({ status: "rejected", reason: error }));
  }
  if (!answers) return eachAlone();
  let next = 0;
  return list.map((queries) => {
    const own = partsOf(queries).map((part) => accepted(answers[next++], part, collected));
    try {
      return { status: "fulfilled", value: measureFrom(queries, own) };
    } catch (error) {
      return { status: "rejected", reason: error };
    }
  });
}
async function measureWindow(queries, client, at, collected) {
  const answers = await Promise.all(
    partsOf(queries).map(
      async (part) => accepted(await timedQuery(client, part.promql, at, part.window, collected), part, collected)
    )
  );
  return measureFrom(queries, answers);
}
async function timedQuery(client, promql, at, window, { slow }) {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started) / 1e3;
  let answer;
  try {
    answer = await client.query(promql, at);
  } catch (error) {
    if (error instanceof PrometheusError && error.kind === "timeout") {
      slow.push({ window, promql, seconds: took(), timedOut: true });
    }
    throw error;
  }
  if (took() >= SLOW_QUERY_SECONDS) slow.push({ window, promql, seconds: took() });
  return answer;
}
function accepted(answer, part, { warnings }) {
  answer.warnings.forEach((w) => warnings.add(w));
  if (answer.samples.length > 1) {
    warnings.add(
      `${part.role} over ${part.window} returned ${answer.samples.length} series; slo-gate summed them \u2014 aggregate the query with sum(...)`
    );
  }
  return answer;
}
function measureFrom(queries, answers) {
  switch (queries.kind) {
    case "events":
      return measureEvents(queries, answers[0], answers[1]);
    case "ratio":
      return measureRatio(queries, answers[0]);
    default:
      return unreachable(queries);
  }
}
async function attribute(slo, window, options, warnings, backend) {
  const breakdown = attributionQueryFor(slo.sli, window);
  if (!breakdown) return void 0;
  try {
    const answer = await options.client.query(queryForBackend(breakdown.promql, backend), options.at);
    answer.warnings.forEach((w) => warnings.add(w));
    return attributionHint(slo.name, window, breakdown.labels, answer.samples);
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    options.log(`SLO ${slo.name}: error attribution skipped: ${error.message}`);
    return void 0;
  }
}
var PARTIAL_ANSWER = /partial response|StoreAPI|\bstores?\b|unavailable/i;
function incompleteAnswers(warnings) {
  return [...warnings].filter((warning) => PARTIAL_ANSWER.test(warning)).map((warning) => `the answer may be incomplete: ${warning}`);
}
function withCollected(result, { warnings, slow }) {
  return {
    ...result,
    ...warnings.size > 0 ? { warnings: [...warnings] } : {},
    ...slow.length > 0 ? { slowQueries: slow.slice(0, 100) } : {}
  };
}

// src/gate/check.ts
async function runCheck(config, options) {
  const manifests = options.manifests;
  const progress = options.progress ?? (() => void 0);
  const slos = config.slos;
  let done = 0;
  if (slos.length > 0) progress(`measuring ${count(slos.length, "SLO")}`);
  const [outcomes, validation] = await Promise.all([
    slos.length === 0 ? [] : evaluateSlos(slos, {
      client: options.client(),
      periodClient: options.periodClient?.(),
      maxPeriodSamples: config.prometheus?.maxPeriodSamples,
      at: options.at,
      log: options.log,
      onDone: (outcome) => {
        done += 1;
        progress(`SLO ${outcome.result.name}: ${outcome.result.status} (${done} of ${slos.length} done)`);
      }
    }),
    manifests && manifests.sources.length > 0 ? manifests.loadSchemaCheck().then((validateSchema) => validateManifests(manifests.sources, manifests.options, validateSchema)).then((result) => {
      progress(`manifests: ${readCounts(result.files, result.bundle.resources.length)}`);
      return result;
    }) : void 0
  ]);
  const findings = validation?.findings ?? [];
  const report = {
    version: REPORT_VERSION,
    verdict: combineVerdict([...outcomes.map((o) => o.action), ...findings.map(findingAction)]),
    evaluatedAt: formatEvaluatedAt(options.at),
    slos: outcomes.map((o) => o.result),
    findings,
    hints: outcomes.flatMap((o) => o.hints)
  };
  const measured = outcomes.flatMap((o) => o.measured ? [o.measured] : []);
  return { report, bundle: validation?.bundle, measured };
}
function readCounts(files, resources) {
  return `${count(files, "file")}, ${count(resources, "resource")}`;
}
function findingAction(finding) {
  return finding.severity === "error" ? "block" : finding.severity === "warning" ? "warn" : "pass";
}
function formatEvaluatedAt(at) {
  return at.toISOString().replace(/\.000Z$/, "Z");
}
function parseEvaluationTime(text5, now = () => new Date(Math.floor(Date.now() / 1e3) * 1e3)) {
  if (text5 === void 0) return now();
  const trimmed = text5.trim();
  const date = /^\d+(\.\d+)?$/.test(trimmed) ? new Date(Number(trimmed) * 1e3) : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(trimmed) ? new Date(trimmed) : void 0;
  if (!date || Number.isNaN(date.getTime())) {
    throw new UsageError(`--at ${JSON.stringify(text5)} is not a time`, {
      fix: "give RFC 3339 (2026-11-26T12:00:00Z) or unix seconds (1795694400)"
    });
  }
  return date;
}
function requirePrometheus(config) {
  if (config.prometheus) return config.prometheus;
  if (config.importedSpec) {
    throw new UsageError(`${config.file} is an SLO spec (Sloth, OpenSLO or Pyrra) and names no Prometheus`, {
      fix: "pass --prometheus-url http://prometheus:9090 (Action input prometheus-url, hook env PROMETHEUS_URL), or include the spec from a slo-gate.yaml that sets prometheus.url"
    });
  }
  throw new UsageError(`${config.file} has SLOs but no Prometheus to ask`, {
    fix: "set prometheus.url in the config or pass --prometheus-url http://prometheus:9090"
  });
}

// src/report/artifact-uri.ts
import { isAbsolute as isAbsolute2, relative, sep } from "node:path";
function artifactUri(file, root) {
  if (file === "<stdin>") return "stdin";
  const path = isAbsolute2(file) ? relative(root, file) : file;
  return path.split(sep).map(encodeURIComponent).join("/").replace(/^(\.\/)+/, "");
}

// src/report/netpol-sarif.ts
var NETPOL_SARIF_RULES = [
  {
    id: "netpol-required-connection-cut",
    name: "NetpolRequiredConnectionCut",
    shortDescription: { text: "A connection listed in network.required is cut by this release" }
  },
  {
    id: "netpol-connection-cut",
    name: "NetpolConnectionCut",
    shortDescription: { text: "A connection that works today is cut by this release" }
  }
];
function netpolSarifResults(diff, root, ruleIndexBase = 0) {
  const results = [];
  for (const change of diff.changes) {
    if (change.lost === void 0) continue;
    const required = change.required.length > 0;
    for (const cause of change.causes) {
      if (!cause.policy || cause.inBaseline || !cause.file || !cause.line) continue;
      results.push({
        ruleId: required ? NETPOL_SARIF_RULES[0].id : NETPOL_SARIF_RULES[1].id,
        ruleIndex: ruleIndexBase + (required ? 0 : 1),
        level: required ? "error" : "warning",
        message: {
          text: `${change.from} -> ${change.to}: ${change.lost} cut${required ? " (required)" : ""}; ${cause.policy}: ${cause.reason}`
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(cause.file, root) },
              region: { startLine: cause.line, ...cause.column ? { startColumn: cause.column } : {} }
            }
          }
        ]
      });
    }
  }
  return results;
}
function renderDiffSarif(diff, version, root) {
  const results = netpolSarifResults(diff, root);
  const log = {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: [{ tool: { driver: { name: "slo-gate netpol", version, rules: NETPOL_SARIF_RULES } }, results }]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/netpol/explain.ts
function explainConnection(connectivity, from, to, protocol, port) {
  const sideOf = (direction) => {
    const verdict = connectivity.side(from, to, direction);
    const subject = direction === "egress" ? from : to;
    const carries = (rule5) => containsPort(rule5.ports, protocol, port);
    const result2 = containsPort(verdict.allowed, protocol, port) ? "allowed" : containsPort(verdict.undecided, protocol, port) ? "undecided" : "denied";
    const deciding = verdict.rules.filter((rule5) => carries(rule5) && rule5.certain === (result2 === "allowed"));
    return {
      direction,
      subject,
      result: result2,
      isolatedBy: verdict.isolatedBy,
      deciding: result2 === "denied" ? [] : deciding
    };
  };
  const egress = sideOf("egress");
  const ingress = sideOf("ingress");
  const result = egress.result === "denied" || ingress.result === "denied" ? "denied" : egress.result === "allowed" && ingress.result === "allowed" ? "allowed" : "undecided";
  return { from, to, protocol, port, result, egress, ingress };
}
function findNode(connectivity, text5, flag) {
  const address = parseIp(text5);
  if (address) {
    const block = connectivity.externalAt(address.family, address.value);
    if (block) return block;
    throw new UsageError(`${flag} ${text5}: no NetworkPolicy here speaks of IPv${address.family} addresses`, {
      fix: "name a workload as namespace/name, or an IPv4 address"
    });
  }
  const exact = connectivity.workloads.find((w) => w.id === text5);
  if (exact) return exact;
  const named = connectivity.workloads.filter((w) => `${w.namespace}/${w.name}` === text5);
  if (named.length === 1) return named[0];
  if (named.length > 1) {
    throw new UsageError(`${flag} ${text5} names ${named.length} workloads`, {
      fix: `write one of ${named.map((w) => w.id).join(", ")}`
    });
  }
  const names = [...new Set(connectivity.workloads.map((w) => `${w.namespace}/${w.name}`))];
  const suggestion = closestKey(text5, names) ?? (text5.includes("/") ? void 0 : names.find((n) => n.endsWith(`/${text5}`)));
  throw new UsageError(`${flag} ${text5}: no such workload in the manifests`, {
    fix: suggestion ? `did you mean ${suggestion}?` : names.length > 0 ? `write namespace/name, e.g. ${names[0]}` : "the manifests hold no workloads (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod)"
  });
}
function parsePortFlag(text5, destination) {
  const match = /^([^/\s]+)(?:\/([A-Za-z]+))?$/.exec(text5.trim());
  const protocol = (match?.[2] ?? "TCP").toUpperCase();
  const fix = "write a port and protocol such as 8080/TCP or 53/UDP";
  if (!match || !isProtocol(protocol)) throw new UsageError(`--port ${text5}: not a port`, { fix });
  const written = match[1];
  if (/^[0-9]+$/.test(written)) {
    const port = Number(written);
    if (port < MIN_PORT || port > MAX_PORT)
      throw new UsageError(`--port ${text5}: out of range 1-65535`, { fix });
    return { protocol, port };
  }
  const named = destination.kind === "workload" ? destination.ports.find((p) => p.name === written && p.protocol === protocol) : void 0;
  if (!named) {
    throw new UsageError(
      `--port ${text5}: ${destination.id} has no ${protocol} container port named ${written}`,
      {
        fix
      }
    );
  }
  return { protocol, port: named.containerPort };
}

// src/netpol/diff.ts
var pairKey = (from, to) => `${from.id}\0${to.id}`;
var policyKey = (p) => `${p.namespace}/${p.name}`;
function namesNode(text5, node) {
  if (node.kind !== "workload") return false;
  return text5.includes("/") ? `${node.namespace}/${node.name}` === text5 || node.id === text5 : node.name === text5;
}
function requiredPort(port) {
  if (port === void 0) return void 0;
  const [number, protocol] = String(port).split("/");
  return { port: Number(number), protocol: protocol?.toUpperCase() ?? "TCP" };
}
function causesOfLoss(baseline, current, from, to, lost) {
  const causes = [];
  const currentFrom = current.node(from.id);
  const currentTo = current.node(to.id);
  if (!currentFrom || !currentTo) {
    const gone = currentFrom ? to : from;
    return [{ path: [], inBaseline: true, reason: `workload ${gone.id} removed` }];
  }
  const baseFrom = baseline.node(from.id);
  const baseTo = baseline.node(to.id);
  if (!baseFrom || !baseTo) return [];
  for (const direction of ["egress", "ingress"]) {
    const now = current.side(currentFrom, currentTo, direction);
    const stillLost = subtract(lost, now.allowed);
    if (isEmpty(stillLost)) continue;
    const subject = direction === "egress" ? from.id : to.id;
    const before = baseline.side(baseFrom, baseTo, direction);
    if (before.isolatedBy.length === 0) {
      const known = /* @__PURE__ */ new Set();
      for (const policy of now.isolatedBy) {
        if (known.has(policyKey(policy))) continue;
        known.add(policyKey(policy));
        causes.push({
          policy,
          path: [],
          inBaseline: false,
          reason: `now isolates ${subject} for ${direction}`
        });
      }
      continue;
    }
    const currentPolicies = new Map(now.isolatedBy.map((p) => [policyKey(p), p]));
    for (const contribution of before.rules) {
      if (isEmpty(intersect(contribution.ports, stillLost))) continue;
      const key = policyKey(contribution.policy);
      const after = currentPolicies.get(key);
      if (!after) {
        causes.push({
          policy: contribution.policy,
          path: [],
          inBaseline: true,
          reason: `allowed it before; deleted or no longer selects ${subject}`
        });
        continue;
      }
      const index = contribution.rule.path[2];
      const ruleNow = typeof index === "number" ? after[direction][index] : void 0;
      causes.push({
        policy: after,
        path: ruleNow ? ruleNow.path : [],
        inBaseline: false,
        reason: ruleNow ? "allowed it before; narrowed, or its peers no longer match" : "its rule that allowed it is gone"
      });
    }
  }
  return causes;
}
function causesOfGain(current, from, to, gained) {
  const causes = [];
  const currentFrom = current.node(from.id);
  const currentTo = current.node(to.id);
  if (!currentFrom || !currentTo) return [];
  for (const direction of ["egress", "ingress"]) {
    const now = current.side(currentFrom, currentTo, direction);
    for (const contribution of now.rules) {
      if (!contribution.certain || isEmpty(intersect(contribution.ports, gained))) continue;
      causes.push({
        policy: contribution.policy,
        path: contribution.rule.path,
        inBaseline: false,
        reason: `allows it (${direction})`
      });
    }
  }
  return causes;
}
function diffConnectivity(baseline, current, required = []) {
  const changes = [];
  const record = (from, to, was, now, wasUndecided, nowUndecided) => {
    const lost = subtract(subtract(was, now), nowUndecided);
    const gained = subtract(subtract(now, was), wasUndecided);
    const undecided = subtract(nowUndecided, wasUndecided);
    if (isEmpty(lost) && isEmpty(gained) && isEmpty(undecided)) return;
    const kind = isEmpty(was) && isEmpty(wasUndecided) ? "added" : isEmpty(now) && isEmpty(nowUndecided) ? "removed" : "changed";
    const causes = [
      ...isEmpty(lost) ? [] : causesOfLoss(baseline, current, from, to, lost),
      ...isEmpty(gained) ? [] : causesOfGain(current, from, to, gained)
    ];
    const cut = isEmpty(lost) ? [] : required.filter((entry) => {
      if (!namesNode(entry.from, from) || !namesNode(entry.to, to)) return false;
      const port = requiredPort(entry.port);
      return !port || containsPort(lost, port.protocol, port.port);
    });
    changes.push({ kind, from, to, before: was, after: now, lost, gained, undecided, causes, required: cut });
  };
  const ids = [...new Set([...current.nodes, ...baseline.nodes].map((node) => node.id))];
  const pairs = ids.map((id) => ({
    was: baseline.node(id),
    now: current.node(id),
    wasAt: baseline.indexOf(id),
    nowAt: current.indexOf(id)
  }));
  for (const a of pairs) {
    for (const b of pairs) {
      if (a === b) continue;
      const was = a.wasAt !== void 0 && b.wasAt !== void 0 ? baseline.edgeAt(a.wasAt, b.wasAt) : void 0;
      const now = a.nowAt !== void 0 && b.nowAt !== void 0 ? current.edgeAt(a.nowAt, b.nowAt) : void 0;
      if (!was && !now) continue;
      const before = was?.allowed ?? NO_PORTS;
      const after = now?.allowed ?? NO_PORTS;
      const wasUndecided = was?.undecided ?? NO_PORTS;
      const nowUndecided = now?.undecided ?? NO_PORTS;
      if (equals(before, after) && equals(wasUndecided, nowUndecided)) continue;
      record(a.now ?? a.was, b.now ?? b.was, before, after, wasUndecided, nowUndecided);
    }
  }
  changes.sort((a, b) => pairKey(a.from, a.to) < pairKey(b.from, b.to) ? -1 : 1);
  const everyWorkload = [...baseline.workloads, ...current.workloads];
  const unmatchedRequired = required.filter(
    (entry) => !everyWorkload.some((w) => namesNode(entry.from, w)) || !everyWorkload.some((w) => namesNode(entry.to, w))
  );
  const verdict = changes.some((c) => c.required.length > 0) ? "block" : changes.some((c) => !isEmpty(c.lost) || !isEmpty(c.undecided)) ? "warn" : "pass";
  return { changes, unmatchedRequired, verdict };
}

// src/netpol/observed.ts
var workloadKey = (namespace, name) => `${namespace}/${name}`;
function windowText(window) {
  return window === "1h" ? "in the last hour" : `in the last ${window}`;
}
function formatRate(rate) {
  return rate.toLocaleString("en-US", { maximumFractionDigits: rate >= 100 ? 0 : 2 });
}
function portsText(change) {
  if (isAll(change.lost)) return "";
  const text5 = formatPortSet(change.lost);
  const tcpOnly = /^TCP ([0-9,-]+)$/.exec(text5);
  return `:${tcpOnly ? tcpOnly[1] : text5}`;
}
function judgeObservedTraffic(diff, traffic) {
  if ("unchecked" in traffic) {
    return { ...diff, notes: [...diff.notes ?? [], `observed traffic not checked: ${traffic.unchecked}`] };
  }
  const seen = /* @__PURE__ */ new Map();
  for (const connection of traffic.connections) {
    if (!(connection.rate > 0)) continue;
    const key = `${workloadKey(connection.fromNamespace, connection.from)}\0${workloadKey(connection.toNamespace, connection.to)}`;
    const known = seen.get(key);
    if (!known) seen.set(key, { ...connection });
    else if (known.unit === connection.unit) known.rate += connection.rate;
  }
  const changes = diff.changes.map((change) => {
    if (change.kind !== "removed" || change.from.kind !== "workload" || change.to.kind !== "workload")
      return change;
    const key = `${workloadKey(change.from.namespace, change.from.name)}\0${workloadKey(change.to.namespace, change.to.name)}`;
    const connection = seen.get(key);
    if (!connection) return change;
    const observed = `${change.from.name} \u2192 ${change.to.name}${portsText(change)} carried ${formatRate(connection.rate)} ${connection.unit} ${windowText(traffic.window)} and is denied after this release`;
    return { ...change, observed };
  });
  const verdict = changes.some((c) => c.observed !== void 0) ? "block" : diff.verdict;
  return { ...diff, changes, verdict };
}

// src/report/netpol.ts
function formatPath(path) {
  return path.map((key, i) => typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`).join("");
}
function policyLocation(policy, path = []) {
  const { line } = path.length > 0 ? policy.resource.positionOf(path) : policy.resource;
  return `${policy.resource.file}:${line}`;
}
var policyName = (policy) => `${policy.namespace}/${policy.name}`;
var ruleText = (rule5) => `${policyName(rule5.policy)} ${formatPath(rule5.rule.path)} (${policyLocation(rule5.policy, rule5.rule.path)})`;
function sideLine(side, peer, port) {
  const what = `${side.direction} of ${side.subject.id}`;
  if (side.subject.kind === "external")
    return `${what}: allowed (no NetworkPolicy applies outside the cluster)`;
  if (side.isolatedBy.length === 0)
    return `${what}: allowed (not isolated: no NetworkPolicy selects it for ${side.direction})`;
  const isolated = `isolated by ${side.isolatedBy.map((p) => `${policyName(p)} (${policyLocation(p)})`).join(", ")}`;
  switch (side.result) {
    case "allowed":
      return `${what}: allowed by ${side.deciding.map(ruleText).join(", ")}; ${isolated}`;
    case "undecided":
      return `${what}: cannot be judged from the manifests; it depends on ${side.deciding.map(ruleText).join(", ")} (namespace labels or ipBlocks the manifests do not settle)`;
    case "denied":
      return `${what}: denied; ${isolated}, and no rule of theirs allows ${port} ${side.direction === "egress" ? "to" : "from"} ${peer.id}`;
  }
}
function renderExplanationText(explanation) {
  const port = `${explanation.protocol} ${explanation.port}`;
  const lines = [
    `${explanation.from.id} -> ${explanation.to.id} on ${port}: ${explanation.result}`,
    `  ${sideLine(explanation.egress, explanation.to, port)}`,
    `  ${sideLine(explanation.ingress, explanation.from, port)}`
  ];
  return `${lines.join("\n")}
`;
}
function explanationJson(explanation) {
  const side = (s) => ({
    direction: s.direction,
    subject: s.subject.id,
    result: s.result,
    isolatedBy: s.isolatedBy.map((p) => ({ policy: policyName(p), location: policyLocation(p) })),
    rules: s.deciding.map((r) => ({
      policy: policyName(r.policy),
      rule: formatPath(r.rule.path),
      location: policyLocation(r.policy, r.rule.path)
    }))
  });
  return {
    from: explanation.from.id,
    to: explanation.to.id,
    protocol: explanation.protocol,
    port: explanation.port,
    result: explanation.result,
    egress: side(explanation.egress),
    ingress: side(explanation.ingress)
  };
}
function netpolReportOf(diff, baseline, configFile) {
  const causeOf = (cause) => {
    if (!cause.policy) return { reason: cause.reason };
    const { line, column } = cause.path.length > 0 ? cause.policy.resource.positionOf(cause.path) : cause.policy.resource;
    return {
      policy: policyName(cause.policy),
      file: cause.policy.resource.file,
      line,
      column,
      ...cause.path.length > 0 ? { rule: formatPath(cause.path) } : {},
      ...cause.inBaseline ? { inBaseline: true } : {},
      reason: cause.reason
    };
  };
  const notes = [
    ...diff.unmatchedRequired.map(
      (entry) => `network.required ${entry.from} -> ${entry.to}${configFile && entry.line ? ` (${configFile}:${entry.line})` : ""} names no workload of the manifests`
    ),
    ...diff.notes ?? []
  ];
  return {
    baseline,
    ...configFile ? { config: configFile } : {},
    verdict: diff.verdict,
    changes: diff.changes.map((change) => ({
      kind: change.kind,
      from: change.from.id,
      to: change.to.id,
      before: formatPortSet(change.before),
      after: formatPortSet(change.after),
      ...isEmpty(change.lost) ? {} : { lost: formatPortSet(change.lost) },
      ...isEmpty(change.undecided) ? {} : { undecided: formatPortSet(change.undecided) },
      required: change.required.map((r) => ({
        from: r.from,
        to: r.to,
        ...r.port !== void 0 ? { port: r.port } : {},
        ...r.line !== void 0 ? { line: r.line } : {}
      })),
      ...change.observed ? { observed: change.observed } : {},
      causes: change.causes.map(causeOf)
    })),
    ...notes.length > 0 ? { notes } : {}
  };
}
function causeText(cause) {
  if (!cause.policy) return cause.reason;
  const rule5 = cause.rule ? ` ${cause.rule}` : "";
  const where = cause.file ? `${cause.file}:${cause.line}${cause.inBaseline ? ", baseline" : ""}` : "live baseline";
  return `${cause.policy}${rule5} (${where}): ${cause.reason}`;
}
function changePorts(change) {
  const undecided = change.undecided ? `; cannot judge ${change.undecided}` : "";
  switch (change.kind) {
    case "removed":
      return `was ${change.before}${undecided}`;
    case "added":
      return `now ${change.after}${undecided}`;
    case "changed":
      return `${change.before} -> ${change.after}${undecided}`;
  }
}
var requiredText = (change, configFile) => change.required.map((r) => `required${configFile && r.line ? ` (${configFile}:${r.line})` : ""}`).join(", ");
function summaryLine(diff) {
  const count2 = (kind) => diff.changes.filter((c) => c.kind === kind).length;
  return `NetworkPolicy diff against ${diff.baseline}: ${count2("removed")} removed, ${count2("added")} added, ${count2("changed")} changed; verdict ${diff.verdict}`;
}
function renderDiffText(diff) {
  const lines = [summaryLine(diff)];
  for (const change of diff.changes) {
    const required = change.required.length > 0 ? `  BLOCK: ${requiredText(change, diff.config)}` : "";
    lines.push(`${change.kind.padEnd(7)} ${change.from} -> ${change.to}: ${changePorts(change)}${required}`);
    if (change.observed) lines.push(`        BLOCK: ${change.observed}`);
    for (const cause of change.causes) lines.push(`        because ${causeText(cause)}`);
  }
  for (const note of diff.notes ?? []) lines.push(`note: ${note}`);
  return `${lines.join("\n")}
`;
}
var MERMAID_MAX_EDGES = 15;
var mermaidId = (id) => `n${[...id].map((c) => /[A-Za-z0-9]/.test(c) ? c : "_").join("")}`;
var cell = (text5) => text5.replace(/\|/g, "\\|");
function renderDiffMarkdown(diff, heading = "### NetworkPolicy impact") {
  const out = [heading, "", summaryLine(diff), ""];
  const cut = diff.changes.filter((c) => c.lost !== void 0);
  if (cut.length > 0 && cut.length <= MERMAID_MAX_EDGES) {
    out.push("```mermaid", "flowchart LR");
    const nodes = /* @__PURE__ */ new Map();
    for (const change of cut) for (const id of [change.from, change.to]) nodes.set(mermaidId(id), id);
    for (const [id, label] of nodes) out.push(`  ${id}["${label.replace(/"/g, "'")}"]`);
    for (const change of cut) {
      const arrow = change.required.length > 0 || change.observed ? '-.->|"BLOCK ' : '-.->|"';
      out.push(`  ${mermaidId(change.from)} ${arrow}${change.lost} cut"| ${mermaidId(change.to)}`);
    }
    out.push("```", "");
  }
  if (diff.changes.length > 0) {
    out.push("| change | from | to | ports | cause | required |", "|---|---|---|---|---|---|");
    for (const change of diff.changes) {
      out.push(
        `| ${change.kind} | ${cell(change.from)} | ${cell(change.to)} | ${cell(changePorts(change))} | ${cell(change.causes.map(causeText).join("; "))} | ${cell([requiredText(change, diff.config), change.observed ?? ""].filter(Boolean).join("; "))} |`
      );
    }
    out.push("");
  }
  for (const note of diff.notes ?? []) out.push(`> ${note}`, "");
  return `${out.join("\n")}
`;
}
var MATRIX_MAX_NODES = 30;
var edgeCell = (edge) => {
  if (!edge) return "";
  const allowed = isEmpty(edge.allowed) ? "" : formatPortSet(edge.allowed);
  const undecided = isEmpty(edge.undecided) ? "" : `undecided: ${formatPortSet(edge.undecided)}`;
  return [allowed, undecided].filter(Boolean).join("; ");
};
function connectivityJson(listing) {
  const edges = listing.edges.map((e) => ({
    from: e.from.id,
    to: e.to.id,
    allowed: formatPortSet(e.allowed),
    ...isEmpty(e.undecided) ? {} : { undecided: formatPortSet(e.undecided) }
  }));
  return `${JSON.stringify(edges, null, 2)}
`;
}
function renderConnectivityText(listing) {
  const byPair2 = new Map(listing.edges.map((e) => [`${e.from.id}\0${e.to.id}`, e]));
  if (listing.nodes.length > MATRIX_MAX_NODES || listing.nodes.length === 0) {
    return `${listing.edges.map((e) => `${e.from.id} => ${e.to.id} : ${edgeCell(e)}`).join("\n")}
`;
  }
  const header = ["from \\ to", ...listing.nodes.map((_, j) => `[${j + 1}]`)];
  const rows = listing.nodes.map((from, i) => [
    `[${i + 1}] ${from.id}`,
    ...listing.nodes.map(
      (to) => from === to ? "-" : edgeCell(byPair2.get(`${from.id}\0${to.id}`)) || "."
    )
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => cells.map((cell2, c) => cell2.padEnd(widths[c])).join("  ").trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}
`;
}
function renderConnectivityMarkdown(listing) {
  const byPair2 = new Map(listing.edges.map((e) => [`${e.from.id}\0${e.to.id}`, e]));
  const out = ["### NetworkPolicy connectivity", ""];
  if (listing.nodes.length > MATRIX_MAX_NODES) {
    out.push("| from | to | ports |", "|---|---|---|");
    for (const e of listing.edges)
      out.push(`| ${cell(e.from.id)} | ${cell(e.to.id)} | ${cell(edgeCell(e))} |`);
  } else {
    out.push(`| from \\ to | ${listing.nodes.map((n) => cell(n.id)).join(" | ")} |`);
    out.push(`|---|${listing.nodes.map(() => "---").join("|")}|`);
    for (const from of listing.nodes) {
      const cells = listing.nodes.map(
        (to) => from === to ? "" : cell(edgeCell(byPair2.get(`${from.id}\0${to.id}`)))
      );
      out.push(`| ${cell(from.id)} | ${cells.join(" | ")} |`);
    }
  }
  return `${out.join("\n")}
`;
}

// src/gate/netpol.ts
import { stat as stat2 } from "node:fs/promises";
import { isAbsolute as isAbsolute3, join as join3 } from "node:path";

// src/manifests/git.ts
import { execFile } from "node:child_process";
import { extname as extname2 } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var MANIFEST_EXTENSIONS2 = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
var MAX_OUTPUT = 256 * 1024 * 1024;
async function git(args, cwd) {
  const { stdout } = await run("git", args, { cwd, maxBuffer: MAX_OUTPUT, encoding: "utf8" });
  return stdout;
}
async function isGitRef(ref, cwd) {
  if (ref.startsWith("-")) return false;
  try {
    await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}
async function gitRefSources(ref, paths, cwd) {
  if (!await isGitRef(ref, cwd)) {
    throw new UsageError(`--baseline ${ref}: neither an existing file or folder nor a git ref`, {
      fix: "give the folder of the previous manifests, or a commit, branch or tag (e.g. origin/main)"
    });
  }
  const sources = [];
  for (const path of paths) {
    const listed = await git(["ls-tree", "-r", "--name-only", "-z", ref, "--", path], cwd);
    const files = listed.split("\0").filter((file) => file !== "" && MANIFEST_EXTENSIONS2.has(extname2(file)));
    for (const file of files) {
      const text5 = await git(["show", `${ref}:./${file}`], cwd);
      sources.push({ kind: "text", name: `${ref}:${file}`, text: text5 });
    }
  }
  return sources;
}

// src/cluster/types.ts
function unreadableKey(resource, namespace) {
  return `${resource}/${namespace ?? "*"}`;
}
function emptyLiveState(namespaces = []) {
  return {
    namespaces,
    pods: [],
    events: [],
    deployments: [],
    statefulSets: [],
    daemonSets: [],
    replicaSets: [],
    controllerRevisions: [],
    endpointSlices: [],
    services: [],
    ingresses: [],
    secrets: [],
    networkPolicies: [],
    ingressClasses: [],
    storageClasses: [],
    dnsPods: [],
    nodes: [],
    nodePods: [],
    dnsLookups: [],
    notes: [],
    unreadable: /* @__PURE__ */ new Set()
  };
}

// src/prometheus/observed-traffic.ts
var ISTIO_LABELS = {
  from: "source_workload",
  fromNamespace: "source_workload_namespace",
  to: "destination_workload",
  toNamespace: "destination_workload_namespace"
};
var LINKERD_LABELS = {
  from: "deployment",
  fromNamespace: "namespace",
  to: "dst_deployment",
  toNamespace: "dst_namespace"
};
var HUBBLE_LABELS = {
  from: "source_workload",
  fromNamespace: "source_namespace",
  to: "destination_workload",
  toNamespace: "destination_namespace"
};
var byPair = (labels) => `${labels.from}, ${labels.fromNamespace}, ${labels.to}, ${labels.toNamespace}`;
function checkedWindow(window) {
  return /^[0-9]+(ms|s|m|h|d|w|y)$/.test(window) && parseDuration(window) !== void 0 ? window : void 0;
}
function observedTrafficQueries(metrics, window) {
  const checked = checkedWindow(window);
  if (!checked) throw new Error(`not a Prometheus duration: ${JSON.stringify(window)}`);
  switch (metrics) {
    case "istio": {
      const istio = (metric) => `max by (${byPair(ISTIO_LABELS)}) (sum by (${byPair(ISTIO_LABELS)}, reporter) (rate(${metric}[${checked}])))`;
      return [
        {
          metric: "istio_requests_total",
          unit: "req/s",
          labels: ISTIO_LABELS,
          promql: istio("istio_requests_total")
        },
        {
          metric: "istio_tcp_connections_opened_total",
          unit: "conn/s",
          labels: ISTIO_LABELS,
          promql: istio("istio_tcp_connections_opened_total")
        }
      ];
    }
    case "linkerd":
      return [
        {
          metric: "request_total",
          unit: "req/s",
          labels: LINKERD_LABELS,
          promql: `sum by (${byPair(LINKERD_LABELS)}) (rate(request_total{direction="outbound"}[${checked}]))`
        }
      ];
    case "hubble":
      return [
        {
          metric: "hubble_flows_processed_total",
          unit: "flows/s",
          labels: HUBBLE_LABELS,
          promql: `sum by (${byPair(HUBBLE_LABELS)}) (rate(hubble_flows_processed_total[${checked}]))`
        }
      ];
  }
}
async function readObservedTraffic(client, metrics, window, at) {
  let queries;
  try {
    queries = observedTrafficQueries(metrics, window);
  } catch (error) {
    return { unchecked: error.message };
  }
  const connections = [];
  for (const query of queries) {
    try {
      const answer = await client.query(query.promql, at);
      for (const sample of answer.samples) {
        const from = sample.labels[query.labels.from];
        const to = sample.labels[query.labels.to];
        const fromNamespace = sample.labels[query.labels.fromNamespace];
        const toNamespace = sample.labels[query.labels.toNamespace];
        if (!from || !to || !fromNamespace || !toNamespace || !Number.isFinite(sample.value)) continue;
        connections.push({ from, to, fromNamespace, toNamespace, rate: sample.value, unit: query.unit });
      }
    } catch (error) {
      return { unchecked: `${query.metric}: ${error.message}` };
    }
  }
  if (connections.length === 0) {
    const names = queries.map((q) => q.metric).join(" or ");
    return {
      unchecked: `no ${names} series with source and destination workloads in the last ${window} (are ${metrics}'s metrics scraped?)`
    };
  }
  return { window, connections };
}

// src/gate/netpol.ts
async function readBundle(paths, defaultNamespace) {
  const sources = pathSources(paths);
  await requireExistingPaths(sources);
  const { resources } = await readSources(sources, { defaultNamespace });
  return createBundle(resources, defaultNamespace);
}
async function explainNetpol(options) {
  const bundle = await readBundle(options.paths, options.defaultNamespace);
  const connectivity = connectivityOfBundle(bundle, options);
  const from = findNode(connectivity, options.from, "--from");
  const to = findNode(connectivity, options.to, "--to");
  const { protocol, port } = parsePortFlag(options.port, to);
  return explainConnection(connectivity, from, to, protocol, port);
}
async function readBaseline(options) {
  const cwd = options.cwd ?? process.cwd();
  const asPath = await stat2(
    isAbsolute3(options.baseline) ? options.baseline : join3(cwd, options.baseline)
  ).catch(() => void 0);
  if (asPath) {
    return {
      bundle: await readBundle([options.baseline], options.defaultNamespace),
      label: options.baseline
    };
  }
  const sources = await gitRefSources(options.baseline, options.paths, cwd);
  const { resources } = await readSources(sources, { defaultNamespace: options.defaultNamespace });
  return {
    bundle: createBundle(resources, options.defaultNamespace),
    label: `${options.baseline} (git)`
  };
}
async function diffNetpol(options) {
  if (options.baseline === LIVE_BASELINE) {
    throw new UsageError("live baseline: only in the hook", {
      fix: "run slo-gate hook in the cluster, or give --baseline a folder or git ref"
    });
  }
  const current = await readBundle(options.paths, options.defaultNamespace);
  const baseline = await readBaseline(options);
  const diff = diffBundles(baseline.bundle, current, options);
  return {
    diff: options.observed ? judgeObservedTraffic(diff, options.observed) : diff,
    baselineLabel: baseline.label
  };
}
function diffBundles(baseline, current, options) {
  const policies = (bundle) => bundle.ofKind("NetworkPolicy").map(policyOf);
  const settings = { namespaceLabels: options.namespaceLabels, podNetworks: options.podNetworks };
  const before = connectivityOfBundle(baseline, { ...settings, cutPolicies: policies(current) });
  const after = connectivityOfBundle(current, { ...settings, cutPolicies: policies(baseline) });
  return diffConnectivity(before, after, options.required ?? []);
}
var LIVE_BASELINE = "live";
var LIVE_SOURCE = "live cluster";
var LIVE_BASELINE_READS = [
  {
    resource: "networkpolicies",
    list: "networkPolicies",
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy"
  },
  { resource: "deployments", list: "deployments", apiVersion: "apps/v1", kind: "Deployment" },
  { resource: "statefulsets", list: "statefulSets", apiVersion: "apps/v1", kind: "StatefulSet" },
  { resource: "daemonsets", list: "daemonSets", apiVersion: "apps/v1", kind: "DaemonSet" }
];
function liveBaselineGap(state) {
  for (const namespace of state.namespaces) {
    for (const { resource } of LIVE_BASELINE_READS) {
      if (!state.unreadable.has(unreadableKey(resource, namespace))) continue;
      const prefix = `skipped ${resource} in ${namespace}: `;
      const why = state.notes.find((n) => n.startsWith(prefix))?.slice(prefix.length);
      return why ?? `${resource} in ${namespace} could not be read`;
    }
  }
  return void 0;
}
function liveBaselineDocuments(state) {
  return LIVE_BASELINE_READS.flatMap(
    ({ list, apiVersion, kind }) => state[list].map(
      (item) => JSON.parse(
        JSON.stringify({
          apiVersion,
          kind,
          metadata: {
            name: item.metadata?.name,
            namespace: item.metadata?.namespace,
            labels: item.metadata?.labels
          },
          spec: item.spec
        })
      )
    )
  );
}
async function netpolAgainstLive(network, current, state, defaultNamespace, configFile, observed) {
  const { resources } = await readSources(
    [{ kind: "documents", name: LIVE_SOURCE, documents: liveBaselineDocuments(state) }],
    { defaultNamespace }
  );
  const diff = diffBundles(createBundle(resources, defaultNamespace), current, {
    required: network.required,
    namespaceLabels: network.namespaceLabels,
    podNetworks: network.podNetworks
  });
  const judged = observed ? judgeObservedTraffic(diff, observed) : diff;
  const report = netpolReportOf(judged, LIVE_SOURCE, configFile);
  return {
    ...report,
    changes: report.changes.map((change) => ({
      ...change,
      causes: change.causes.map((cause) => {
        if (!cause.inBaseline || !cause.policy) return cause;
        const lineless = { ...cause };
        delete lineless.file;
        delete lineless.line;
        delete lineless.column;
        return lineless;
      })
    }))
  };
}
async function listNetpol(options) {
  return connectivityOfBundle(await readBundle(options.paths, options.defaultNamespace), options);
}
async function netpolDiffReport(network, paths, defaultNamespace, configFile, observedTraffic) {
  const observed = network.observed && observedTraffic ? await observedTraffic() : void 0;
  const { diff, baselineLabel } = await diffNetpol({
    ...observed ? { observed } : {},
    paths,
    baseline: network.baseline,
    defaultNamespace,
    required: network.required,
    namespaceLabels: network.namespaceLabels,
    podNetworks: network.podNetworks
  });
  return netpolReportOf(diff, baselineLabel, configFile);
}
function observedTrafficAt(config, at) {
  return observedTrafficOf(config, () => createPrometheusClient(config.prometheus), at);
}
async function observedTrafficOf(config, client, at) {
  const observed = config.network?.observed;
  if (!observed) return { unchecked: "network.observed is not set" };
  if (!config.prometheus) return { unchecked: `${config.file} names no Prometheus (prometheus.url)` };
  return readObservedTraffic(client(), observed.metrics, observed.window, at);
}

export {
  DEFAULT_METRICS_LABELS,
  DEFAULT_MEMORY_SATURATION,
  budgetPeriodAt,
  clean,
  readablePercent,
  readableRate,
  alertFactor,
  combineVerdict,
  queriesFor,
  loadConfig,
  compareFindings,
  placeFinding,
  pathSources,
  requireExistingPaths,
  checkRuleOverrides,
  validateOptionsFor,
  validateManifests,
  REPORT_VERSION,
  ReportSchema,
  exitCodeFor,
  count,
  createPrometheusClient,
  windowsToMeasure,
  queryForBackend,
  runCheck,
  readCounts,
  findingAction,
  formatEvaluatedAt,
  parseEvaluationTime,
  requirePrometheus,
  unreadableKey,
  emptyLiveState,
  artifactUri,
  NETPOL_SARIF_RULES,
  netpolSarifResults,
  renderDiffSarif,
  renderExplanationText,
  explanationJson,
  renderDiffText,
  renderDiffMarkdown,
  connectivityJson,
  renderConnectivityText,
  renderConnectivityMarkdown,
  explainNetpol,
  LIVE_BASELINE,
  liveBaselineGap,
  netpolAgainstLive,
  listNetpol,
  netpolDiffReport,
  observedTrafficAt,
  observedTrafficOf
};
//# sourceMappingURL=chunk-3HT76ZKV.js.map
