import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  rule,
  rule2 as rule3,
  rule3 as rule4
} from "./chunk-ITDATKHY.js";
import {
  rule as rule2
} from "./chunk-PCN7WPVY.js";
import {
  isRecord,
  stringMap
} from "./chunk-J6UQ2MQY.js";
import {
  require_dist
} from "./chunk-6INLS6JY.js";
import {
  UsageError
} from "./chunk-QEPZ6EYX.js";
import {
  __toESM
} from "./chunk-YA6DW627.js";

// src/manifests/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
var DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
var STDIN_FILE = "<stdin>";
var MAX_ALIAS_COUNT = 1e3;
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
function loadText(text, file, options) {
  const source = new SourceText(file, text);
  const result = { resources: [], findings: [] };
  const templates = new TemplateScanner(text);
  withPlainEnv(
    () => forEachDocument(text, {
      document(document, base) {
        readDocument(source, document, base, templates, options, result);
      },
      unreadable(start, message, hint) {
        result.findings.push(loaderFinding(rule4.meta, source, start, "", message, hint));
      }
    })
  );
  return result;
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
var GO_YAML_BOOL = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/,
  resolve: (text) => /^(?:yes|Yes|YES|on|On|ON)$/.test(text)
};
var GO_YAML_OCTAL = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?0[0-7]+$/,
  resolve: (text) => parseInt(text, 8)
};
var COMPOSE_OPTIONS = {
  merge: true,
  customTags: (tags) => [GO_YAML_BOOL, GO_YAML_OCTAL, ...tags],
  logLevel: "error",
  prettyErrors: false
};
function forEachDocument(text, visitor) {
  const starts = chunkStarts(text);
  for (let index = 0; index < starts.length; index++) {
    readChunk(text, starts[index], starts[index + 1] ?? text.length, visitor);
  }
}
var DOCUMENT_START = /^---(?=[ \t\r\n]|$)/gm;
function chunkStarts(text) {
  const starts = [0];
  DOCUMENT_START.lastIndex = 0;
  for (let match = DOCUMENT_START.exec(text); match; match = DOCUMENT_START.exec(text)) {
    let start = match.index;
    while (start > 0) {
      const previousLine = text.lastIndexOf("\n", start - 2) + 1;
      if (text[previousLine] !== "%") break;
      start = previousLine;
    }
    if (start > starts[starts.length - 1]) starts.push(start);
  }
  return starts;
}
function readChunk(text, start, end, visitor) {
  const chunk = start === 0 && end === text.length ? text : text.slice(start, end);
  try {
    for (const document of composeAll(chunk)) visitor.document(document, start);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    visitor.unreadable(contentStart(text, start, end), TOO_DEEP.message, TOO_DEEP.hint);
  }
}
function composeAll(text) {
  return new import_yaml.Composer(COMPOSE_OPTIONS).compose(new import_yaml.Parser().parse(text), false, text.length);
}
function contentStart(text, start, end) {
  let at = start;
  while (at < end) {
    const lineEnd = text.indexOf("\n", at);
    const next = lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1;
    const line = text.slice(at, next).trim();
    const marker = at === start && /^---(?:\s*(?:#.*)?)?$/.test(line);
    if (line && !line.startsWith("#") && !marker)
      return at + (text.slice(at, next).length - text.slice(at, next).trimStart().length);
    at = next;
  }
  return start;
}
function isStackOverflow(error) {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
var TOO_DEEP = {
  message: "YAML nested too deeply to read: no Kubernetes object nests hundreds of levels deep",
  hint: "the file is probably generated wrongly: fix the generator, or leave the file out of the manifests"
};
var ALIAS_BOMB = {
  message: `YAML aliases expand beyond ${MAX_ALIAS_COUNT} values (a "billion laughs" expansion?); not read`,
  hint: "write the values out instead of nesting aliases (*name) of aliases"
};
function readDocument(source, document, base, templates, options, result) {
  const start = base + document.range[0];
  const end = base + document.range[2];
  const hasBraces = templates.within(start, end);
  if (document.errors.length > 0) {
    const template = hasBraces ? templateInBrokenText(source.text, start, end) : -1;
    if (template >= 0) {
      result.findings.push(templateFinding(source, template));
      return;
    }
    const error = document.errors[0];
    const { message, hint } = describeYamlError(error.code, error.message);
    let at = base + error.pos[0];
    const quote = /Missing closing (["'])/.exec(error.message)?.[1];
    if (quote) at = openingQuote(source.text, start, at, quote);
    if (message === TOO_DEEP.message) at = contentStart(source.text, base, end);
    result.findings.push(loaderFinding(rule4.meta, source, at, "", message, hint));
    return;
  }
  const contents = document.contents;
  if (contents === null || (0, import_yaml.isScalar)(contents) && contents.value === null) return;
  if (hasBraces) {
    const template = templateInDocument(source.text, base, contents);
    if (template >= 0) {
      result.findings.push(templateFinding(source, template));
      return;
    }
  }
  let value;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!isStackOverflow(error) && !(error instanceof ReferenceError)) throw error;
    const { message, hint } = isStackOverflow(error) ? TOO_DEEP : ALIAS_BOMB;
    result.findings.push(
      loaderFinding(rule4.meta, source, objectStartOf(document, base), "", message, hint)
    );
    return;
  }
  const objectStart = objectStartOf(document, base);
  if (!isRecord(value)) {
    result.findings.push(notAnObject(source, objectStart, value));
    return;
  }
  const locator = new DocumentLocator(source, base, start, end, objectStart);
  const kind = value.kind;
  if (typeof kind === "string" && kind.endsWith("List") && Array.isArray(value.items)) {
    const itemNodes = (0, import_yaml.isMap)(contents) ? listItemNodes(contents) : [];
    value.items.forEach((item, index) => {
      const itemStart = base + (itemNodes[index]?.range?.[0] ?? objectStart - base);
      if (!isRecord(item)) {
        result.findings.push(notAnObject(source, itemStart, item, `${kind} item ${index}`));
        return;
      }
      const resource2 = makeResource(source, item, itemStart, locator, ["items", index], options);
      if (resource2) result.resources.push(resource2);
      else result.findings.push(notAResource(source, itemStart, item, `${kind} item ${index}`));
    });
    return;
  }
  const resource = makeResource(source, value, objectStart, locator, [], options);
  if (resource) result.resources.push(resource);
  else result.findings.push(notAResource(source, objectStart, value));
}
function listItemNodes(contents) {
  const items = contents.get("items", true);
  return (0, import_yaml.isSeq)(items) ? items.items : [];
}
function makeResource(source, object, start, locator, prefix, options) {
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== "string" || !apiVersion || typeof kind !== "string" || !kind) return void 0;
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : "";
  const clusterScoped = CLUSTER_SCOPED_KINDS.has(kind);
  const namespace = clusterScoped ? "" : typeof metadata.namespace === "string" && metadata.namespace ? metadata.namespace : options.defaultNamespace;
  const shownName = name || (typeof metadata.generateName === "string" ? `${metadata.generateName}*` : "");
  const position = source.position(start);
  return {
    apiVersion,
    kind,
    name,
    namespace,
    id: clusterScoped ? `${kind}/${shownName}` : `${kind}/${namespace}/${shownName}`,
    labels: stringMap(metadata.labels),
    annotations: stringMap(metadata.annotations),
    object,
    file: source.file,
    line: position.line,
    column: position.column,
    positionOf: prefix.length === 0 ? (path) => locator.positionOf(path) : (path) => locator.positionOf([...prefix, ...path])
  };
}
function describeValue(value) {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  return "not a mapping";
}
function notAnObject(source, start, value, what = "the document") {
  return loaderFinding(
    rule2.meta,
    source,
    start,
    "",
    `${what} is ${describeValue(value)}, not a Kubernetes object: skipped`,
    "a manifest document is a mapping with apiVersion, kind and metadata; leave other YAML out of the inputs"
  );
}
function notAResource(source, start, object, what = "the document") {
  const missing = ["apiVersion", "kind"].filter((key) => typeof object[key] !== "string" || !object[key]);
  return loaderFinding(
    rule2.meta,
    source,
    start,
    "",
    `${what} has no ${missing.join(" and ")}: not a Kubernetes object, skipped`,
    `add ${missing.join(" and ")} if it is a manifest; otherwise leave the file out of the inputs (values files, kustomization.yaml and the like are not manifests)`
  );
}
var HELM_ACTION = /\{\{[^}]*?(?:\$?\.(?:Values|Release|Chart|Capabilities|Files|Template)\b|\b(?:include|tpl|toYaml|required|lookup)\b)/;
var UNQUOTED_ACTION = /(?:^[ \t]*(?:-[ \t]+)?|:[ \t]+)\{\{/m;
var TemplateScanner = class {
  constructor(text) {
    this.text = text;
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
function templateInBrokenText(text, start, end) {
  const slice = text.slice(start, end);
  const helm = HELM_ACTION.exec(slice);
  const unquoted = UNQUOTED_ACTION.exec(slice);
  const at = Math.min(helm?.index ?? Infinity, unquoted ? unquoted.index + unquoted[0].length - 2 : Infinity);
  return at === Infinity ? -1 : start + at;
}
function templateInDocument(text, base, contents) {
  let first = Number.POSITIVE_INFINITY;
  const stack = [contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml.isScalar)(node) && node.range) {
      const from = base + node.range[0];
      const match = HELM_ACTION.exec(text.slice(from, base + node.range[1]));
      if (match) first = Math.min(first, from + match.index);
    } else if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) {
      const at = base + (node.range?.[0] ?? 0);
      if (node.flow && text.startsWith("{{", at)) first = Math.min(first, at);
      for (const item of node.items) {
        if ((0, import_yaml.isMap)(node)) stack.push(item.key, item.value);
        else stack.push(item);
      }
    }
  }
  return first === Number.POSITIVE_INFINITY ? -1 : first;
}
function templateFinding(source, offset) {
  const lineEnd = source.text.indexOf("\n", offset);
  const written = source.text.slice(offset, lineEnd < 0 ? void 0 : lineEnd).trim();
  const shown = written.length > 60 ? `${written.slice(0, 57)}...` : written;
  return loaderFinding(
    rule3.meta,
    source,
    offset,
    "",
    `template syntax left in the manifest: ${shown}; the document is not checked further`,
    "validate the rendered output (helm template \u2026 | slo-gate validate -), not the chart sources; if the braces are meant literally (an alert template, say), quote the whole value"
  );
}
function openingQuote(text, start, at, quote) {
  for (let index = text.lastIndexOf(quote, at - 1); index >= start; index = text.lastIndexOf(quote, index - 1)) {
    const escaped = quote === '"' ? text[index - 1] === "\\" : text[index - 1] === "'" || text[index + 1] === "'";
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
var SourceText = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
  }
  file;
  text;
  lineStarts;
  position(offset) {
    const starts = this.lineStarts ??= lineStartsOf(this.text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }
  /**
   * The document re-read last, so that a burst of findings on one resource parses it once. One
   * only: a larger cache keeps documents alive across garbage collections, and they then pile up
   * in the old generation (measured: 3x the memory when every resource has a finding).
   */
  lastDocument;
};
function lineStartsOf(text) {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}
var DocumentLocator = class {
  constructor(source, sliceStart, start, end, root) {
    this.source = source;
    this.sliceStart = sliceStart;
    this.start = start;
    this.end = end;
    this.root = root;
  }
  source;
  sliceStart;
  start;
  end;
  root;
  positionOf(path) {
    let offset = scanOffsetOf(this.source.text, this.root, this.end, path);
    if (offset === void 0) {
      const document = this.document();
      const relative = document ? offsetOf(document, path) : void 0;
      offset = relative === void 0 ? this.root : this.sliceStart + relative;
    }
    return this.source.position(offset);
  }
  document() {
    const last = this.source.lastDocument;
    if (last && last.start === this.start) return last.document;
    let document = null;
    try {
      const slice = this.source.text.slice(this.sliceStart, this.end);
      for (const candidate of withPlainEnv(() => [...composeAll(slice)])) {
        if (this.sliceStart + candidate.range[0] === this.start) document = candidate;
      }
    } catch {
    }
    this.source.lastDocument = { start: this.start, document };
    return document;
  }
};
function offsetOf(document, path) {
  let node = document.contents;
  let best = node?.range?.[0];
  for (const step of path) {
    node = resolveAlias(document, node);
    let key;
    let value;
    if ((0, import_yaml.isMap)(node)) {
      const pair = findPair(document, node, String(step));
      if (!pair) break;
      key = pair.key;
      value = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof step === "number" && step < node.items.length) {
      value = node.items[step];
    } else {
      break;
    }
    const resolved = resolveAlias(document, value);
    const pointAtKey = !resolved || (0, import_yaml.isMap)(resolved) || (0, import_yaml.isSeq)(resolved) || (0, import_yaml.isScalar)(resolved) && resolved.value === null;
    const at = pointAtKey && key?.range ? key.range[0] : value?.range?.[0];
    if (at !== void 0) best = at;
    node = value;
  }
  return best;
}
function objectStartOf(document, base) {
  return base + (document.contents?.range?.[0] ?? document.range[0]);
}
function lineAt(text, at, limit) {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  let end = text.indexOf("\n", at);
  if (end < 0 || end > limit) end = limit;
  let content = start;
  while (content < end && text[content] === " ") content++;
  if (text[content] === "	") return void 0;
  return { content, end, indent: content - start };
}
function nextContentLine(text, line, limit) {
  let at = line.end + 1;
  while (at < limit) {
    const next = lineAt(text, at, limit);
    if (!next) return void 0;
    const first = text[next.content];
    if (next.content < next.end && first !== "#" && first !== "\r") {
      if (next.indent === 0 && (text.startsWith("---", next.content) || text.startsWith("...", next.content)))
        return null;
      return next;
    }
    at = next.end + 1;
  }
  return null;
}
var NULL_SCALAR = /^(?:~|null|Null|NULL)?[ \t]*(?:#.*)?\r?$/;
var SAFE_VALUE_START = /^[^&!*{[|>'"%@`]/;
function valueKind(text, from, end) {
  let at = from;
  while (at < end && text[at] === " ") at++;
  const rest = text.slice(at, end);
  if (rest === "" || rest === "\r" || rest.startsWith("#")) return "empty";
  if (NULL_SCALAR.test(rest)) return "null";
  if (rest[0] === "{" || rest[0] === "[") return "collection";
  if (rest[0] === '"' || rest[0] === "'") return "scalar";
  return SAFE_VALUE_START.test(rest) ? "scalar" : "other";
}
function skipSpaces(text, at, end) {
  while (at < end && text[at] === " ") at++;
  return at;
}
function readKey(text, at, end) {
  const first = text[at];
  if (first === '"' || first === "'") {
    const close = text.indexOf(first, at + 1);
    if (close < 0 || close > end) return void 0;
    const key = text.slice(at + 1, close);
    if (key.includes("\\") || key.includes(first === "'" ? "''" : '"') || text[close + 1] !== ":")
      return void 0;
    return { key, value: close + 2 };
  }
  if (!first || "?&!*{[|>%@`#-".includes(first) || text.startsWith("<<", at)) {
    return void 0;
  }
  for (let colon = text.indexOf(":", at); colon >= 0 && colon < end; colon = text.indexOf(":", colon + 1)) {
    const after = text[colon + 1];
    if (colon + 1 === end || after === " " || after === "\r") {
      const key = text.slice(at, colon).trimEnd();
      if (key.includes(" #") || key.includes("	")) return void 0;
      return { key, value: colon + 1 };
    }
  }
  return void 0;
}
var isItemLine = (text, line) => text[line.content] === "-" && (line.content + 1 === line.end || " \r".includes(text[line.content + 1]));
function childCollection(text, line, indent, limit) {
  const next = nextContentLine(text, line, limit);
  if (next === void 0) return void 0;
  if (next === null) return null;
  if (next.indent > indent) return next;
  if (next.indent === indent && isItemLine(text, next)) return next;
  return null;
}
function scanOffsetOf(text, root, limit, path) {
  let line = lineAt(text, root, limit);
  if (!line || line.content !== root) return void 0;
  let from = root;
  let indent = line.indent;
  let best = root;
  for (let depth = 0; depth < path.length; depth++) {
    const step = path[depth];
    const isLast = depth === path.length - 1;
    if (text[from] === "{" || text[from] === "[") return void 0;
    const isList = isItemLine(text, { ...line, content: from });
    if (typeof step === "string") {
      if (isList) return best;
      let current2 = { ...line, content: from };
      let found;
      let merges = false;
      while (current2) {
        if (current2.indent < indent && current2.content !== from) break;
        if (current2.indent === indent || current2.content === from) {
          if (isItemLine(text, current2)) {
            current2 = nextContentLine(text, current2, limit);
            if (current2 === void 0) return void 0;
            continue;
          }
          const entry2 = readKey(text, current2.content, current2.end);
          if (!entry2) {
            if (text.startsWith("<<", current2.content)) merges = true;
            else return void 0;
          } else if (entry2.key === step) {
            found = { ...entry2, line: current2 };
            break;
          }
        }
        current2 = nextContentLine(text, current2, limit);
        if (current2 === void 0) return void 0;
      }
      if (!found) return merges ? void 0 : best;
      const kind2 = valueKind(text, found.value, found.line.end);
      const keyAt = found.line.content;
      if (kind2 === "other") return void 0;
      if (kind2 === "scalar") return skipSpaces(text, found.value, found.line.end);
      if (kind2 === "null") return keyAt;
      if (kind2 === "collection") return isLast ? keyAt : void 0;
      const child = childCollection(text, found.line, indent, limit);
      if (child === void 0) return void 0;
      best = keyAt;
      if (child === null) return keyAt;
      if (!isItemLine(text, child) && !readKey(text, child.content, child.end)) {
        if (/:(?: |\r?$)/.test(text.slice(child.content, child.end))) return void 0;
        const childKind = valueKind(text, child.content, child.end);
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
        if (!isItemLine(text, current)) break;
        if (index === step) {
          item = current;
          break;
        }
        index++;
      }
      current = nextContentLine(text, current, limit);
      if (current === void 0) return void 0;
    }
    if (!item) return best;
    const content = skipSpaces(text, item.content + 1, item.end);
    const kind = valueKind(text, content, item.end);
    if (kind === "empty" || kind === "null" || kind === "other") return void 0;
    if (kind === "collection") return isLast ? content : void 0;
    if (text[content] === "-" && isItemLine(text, { ...item, content })) return void 0;
    const entry = readKey(text, content, item.end);
    if (!entry) return content;
    best = content;
    line = item;
    from = content;
    indent = content - (item.content - item.indent);
  }
  return best;
}
function resolveAlias(document, node) {
  return (0, import_yaml.isAlias)(node) ? node.resolve(document) : node;
}
function findPair(document, map, key, depth = 0) {
  for (const pair of map.items) {
    if ((0, import_yaml.isScalar)(pair.key) && String(pair.key.value) === key) return pair;
  }
  if (depth > 10) return void 0;
  for (const pair of map.items) {
    if (!(0, import_yaml.isScalar)(pair.key) || typeof pair.key.value !== "symbol" && pair.key.value !== "<<") continue;
    const merged = resolveAlias(document, pair.value);
    const sources = (0, import_yaml.isSeq)(merged) ? merged.items.map((item) => resolveAlias(document, item)) : [merged];
    for (const source of sources) {
      const found = (0, import_yaml.isMap)(source) ? findPair(document, source, key, depth + 1) : void 0;
      if (found) return found;
    }
  }
  return void 0;
}
function loaderFinding(meta, source, offset, resource, message, hint) {
  const { line, column } = source.position(Math.max(0, Math.min(offset, source.text.length)));
  return {
    ruleId: meta.id,
    severity: meta.severity,
    file: source.file,
    line,
    column,
    resource,
    message,
    hint
  };
}
var MANIFEST_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
async function loadManifests(paths, options) {
  const result = { resources: [], findings: [] };
  const add = (part) => {
    for (const resource of part.resources) result.resources.push(resource);
    for (const finding of part.findings) result.findings.push(finding);
  };
  for (const path of paths) {
    if (path === "-") {
      if (process.stdin.isTTY) {
        throw new UsageError("'-' reads manifests from stdin, but stdin is a terminal", {
          fix: "pipe them in: helm template \u2026 | slo-gate validate -"
        });
      }
      add(await loadStream(process.stdin, STDIN_FILE, options));
      continue;
    }
    let stats;
    try {
      stats = await stat(path);
    } catch (error) {
      throw new UsageError(`${path}: ${describeFsError(error)}`, {
        fix: "give an existing file or folder, or - for stdin"
      });
    }
    if (stats.isDirectory()) {
      const files = [];
      const findings = [];
      await collectFolder(path, files, findings, /* @__PURE__ */ new Set());
      if (files.length === 0 && findings.length === 0) {
        throw new UsageError(`${path}: no .yaml, .yml or .json files in this folder or below`, {
          fix: "give the folder that holds the manifests (dot-folders and node_modules are skipped)"
        });
      }
      for (const finding of findings) result.findings.push(finding);
      for (const file of files) add(await loadFile(file, options));
    } else {
      add(await loadFile(path, options, stats));
    }
  }
  return result;
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
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return unreadable(
      file,
      "is not UTF-8 text",
      "save the file as UTF-8 (Kubernetes reads manifests as UTF-8)"
    );
  }
  return loadText(text, file, options);
}
var TOO_LARGE_HINT = "split the manifests into several files, or raise the size limit";
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
      return loadBytes(await readFile(file), file, options);
    }
    const { createReadStream } = await import("node:fs");
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
    const path = join(folder, name);
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
function unreadable(file, detail, hint) {
  return {
    resources: [],
    findings: [
      {
        ruleId: rule.meta.id,
        severity: rule.meta.severity,
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
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024)
    return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${bytes} bytes`;
}

export {
  DEFAULT_MAX_FILE_BYTES,
  STDIN_FILE,
  MAX_ALIAS_COUNT,
  CLUSTER_SCOPED_KINDS,
  loadText,
  loadManifests,
  loadStream,
  loadBytes
};
