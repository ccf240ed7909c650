import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-XTXQERUG.js";
import {
  checkRuleOverrides,
  validateManifests,
  validateOptionsFor
} from "./chunk-A3ZUUA3A.js";
import {
  require_dist
} from "./chunk-S6UQSXQW.js";
import {
  closestKey
} from "./chunk-F7OLITJ3.js";
import {
  findingAction,
  formatEvaluatedAt,
  parseEvaluationTime,
  requirePrometheus,
  runCheck
} from "./chunk-FTKHHHV5.js";
import {
  parseDuration
} from "./chunk-UMJKAUM6.js";
import {
  PromqlRewriteError,
  combineVerdict,
  findTemplateSyntaxError,
  groupBy,
  isLabelName,
  substituteWindow
} from "./chunk-SMLNOKBD.js";
import {
  UsageError
} from "./chunk-QEPZ6EYX.js";
import {
  __toESM
} from "./chunk-YA6DW627.js";

// src/gate/run.ts
import { existsSync } from "node:fs";
import { dirname as dirname2, isAbsolute as isAbsolute2, join as join2 } from "node:path";

// src/config/load.ts
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";

// src/config/defaults.ts
var DEFAULT_TIMEOUT = "10s";
var DEFAULT_RETRIES = 2;
var DEFAULT_CONCURRENCY = 8;
var DEFAULT_WINDOW = "30d";
var DEFAULT_ON_NO_DATA = "warn";
var DEFAULT_MODE = "enforce";
var DEFAULT_POLICY = {
  budgetExhausted: "block",
  budgetWarnBelow: 0.25,
  burnRateAlerts: [
    { long: "1h", longSeconds: 3600, short: "5m", shortSeconds: 300, budgetConsumed: 0.02, action: "block" },
    {
      long: "6h",
      longSeconds: 21600,
      short: "30m",
      shortSeconds: 1800,
      budgetConsumed: 0.05,
      action: "block"
    },
    { long: "1d", longSeconds: 86400, short: "2h", shortSeconds: 7200, budgetConsumed: 0.1, action: "warn" },
    {
      long: "3d",
      longSeconds: 259200,
      short: "6h",
      shortSeconds: 21600,
      budgetConsumed: 0.1,
      action: "warn"
    }
  ],
  minEvents: 100,
  onPrometheusError: "block"
};

// src/config/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 100;
function parseYamlSource(file, text) {
  const lineCounter = new import_yaml.LineCounter();
  const parsed = (0, import_yaml.parseAllDocuments)(text, { lineCounter, prettyErrors: false });
  const all = Array.isArray(parsed) ? parsed : [];
  for (const document of all) {
    const error = document.errors[0];
    if (error) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      throw new UsageError(`YAML syntax error: ${oneLine(error.message)}`, {
        file,
        line,
        column: col,
        fix: "correct the YAML at that position (indentation, quotes and brackets are the usual suspects)"
      });
    }
  }
  const documents = all.filter((document) => !isEmptyDocument(document));
  return { file, text, lineCounter, documents };
}
function isEmptyDocument(document) {
  const contents = document.contents;
  return contents === null || (0, import_yaml.isScalar)(contents) && contents.value === null;
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
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(key));
      node = pair?.value ?? void 0;
    } else if ((0, import_yaml.isSeq)(node) && typeof key === "number") {
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
  if ((0, import_yaml.isMap)(parent)) return parent.items.some((item) => keyText(item.key) === String(last));
  if ((0, import_yaml.isSeq)(parent)) return typeof last === "number" && last < parent.items.length;
  return false;
}
function keyNodeAt(document, path) {
  if (path.length === 0) return void 0;
  const parent = nodeAt(document, path.slice(0, -1));
  if (!(0, import_yaml.isMap)(parent)) return void 0;
  const last = String(path[path.length - 1]);
  const pair = parent.items.find((item) => keyText(item.key) === last);
  return pair && (0, import_yaml.isScalar)(pair.key) ? pair.key : void 0;
}
function positionOf(source, document, path) {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = nodeAt(document, prefix);
    const key = keyNodeAt(document, prefix);
    const pointAtKey = (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node) || (0, import_yaml.isScalar)(node) && node.value === null;
    if (key?.range && (pointAtKey || !node)) return offsetPosition(source, key.range[0]);
    if (node?.range) return offsetPosition(source, node.range[0]);
  }
  return { line: 1, column: 1 };
}
function offsetPosition(source, offset) {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}
function describeWritten(source, node) {
  if (node === void 0) return "nothing";
  if ((0, import_yaml.isMap)(node)) return "a mapping";
  if ((0, import_yaml.isSeq)(node)) return "a list";
  if ((0, import_yaml.isScalar)(node)) {
    if (node.value === null) return "nothing";
    const range = node.range;
    const written = range ? source.text.slice(range[0], range[1]) : String(node.value);
    const flat = oneLine(written);
    return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
  }
  return "an alias";
}
function valueCharPosition(source, node, offset) {
  if (!(0, import_yaml.isScalar)(node) || !node.range)
    return node.range ? offsetPosition(source, node.range[0]) : { line: 1, column: 1 };
  const value = String(node.value);
  let start = node.range[0];
  const end = node.range[1];
  if (node.type === import_yaml.Scalar.BLOCK_LITERAL || node.type === import_yaml.Scalar.BLOCK_FOLDED) {
    const headerEnd = source.text.indexOf("\n", start);
    start = headerEnd < 0 ? end : headerEnd + 1;
  }
  const sourceOffset = alignValueOffset(value, source.text, start, end, offset);
  return offsetPosition(source, sourceOffset);
}
var SKIPPABLE = /* @__PURE__ */ new Set([" ", "	", "\n", "\r", '"', "'", "\\"]);
function alignValueOffset(value, text, start, end, target) {
  let cursor = start;
  let last = start;
  for (let i = 0; i < value.length && i <= target; i++) {
    const char = value[i];
    let probe = cursor;
    while (probe < end && text[probe] !== char && SKIPPABLE.has(text[probe])) probe++;
    if (probe < end && text[probe] === char) {
      last = probe;
      cursor = probe + 1;
    } else {
      last = cursor;
      if (text[cursor] === "\\") cursor += escapeLength(text, cursor);
    }
    if (i === target) return last;
  }
  return Math.min(last + 1, Math.max(start, end));
}
function escapeLength(text, at) {
  const kind = text[at + 1];
  if (kind === "x") return 4;
  if (kind === "u") return 6;
  if (kind === "U") return 10;
  return 2;
}
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  if (typeof key === "string" || typeof key === "number") return String(key);
  return void 0;
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ").trim();
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
      const position2 = keyNode?.range ? offsetPosition(source, keyNode.range[0]) : positionOf(source, document, path);
      const suggestion = closestKey(key, allowed);
      return suggestion ? at(position2, `unknown key "${key}" ${where} \u2014 did you mean "${suggestion}"?`) : at(
        position2,
        `unknown key "${key}" ${where}`,
        `remove it; the keys allowed here are: ${allowed.join(", ")}`
      );
    });
  }
  const label = pathLabel(path) || "the top level";
  const position = positionOf(source, document, path);
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
function redactCredentials(text) {
  return text.replace(/\/\/[^/@\s]*@/g, "//***@");
}

// src/config/resolve.ts
function errorAt(context, path, detail, fix) {
  const { line, column } = positionOf(context.source, context.document, path);
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
  return {
    budgetExhausted: override?.budgetExhausted ?? base.budgetExhausted,
    budgetWarnBelow: override?.budgetWarnBelow ?? base.budgetWarnBelow,
    burnRateAlerts: alerts,
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
var WINDOW_PLACEHOLDER = /\{\{\s*\.window\s*\}\}/;
function checkQueryTemplate(context, path, template) {
  const syntax = findTemplateSyntaxError(template);
  if (syntax) {
    const node = nodeAt(context.document, path);
    const { line, column } = node ? valueCharPosition(context.source, node, syntax.offset) : positionOf(context.source, context.document, path);
    throw new UsageError(`${pathLabel(path)} is not valid PromQL: ${syntax.message}`, {
      file: context.source.file,
      line,
      column,
      fix: "correct the query; it must parse once {{.window}} is replaced by a duration such as 5m"
    });
  }
  if (!WINDOW_PLACEHOLDER.test(template)) {
    throw errorAt(
      context,
      path,
      `${pathLabel(path)} does not use {{.window}}, so every window would measure the same range`,
      "write the range of the selectors as [{{.window}}], e.g. rate(http_requests_total[{{.window}}])"
    );
  }
}
function buildSlo(context, sloPath, fields, paths) {
  const { sli } = fields;
  if (sli.kind === "events") {
    checkQueryTemplate(context, paths.errorQuery, sli.errorQuery);
    checkQueryTemplate(context, paths.totalQuery, sli.totalQuery);
  } else {
    checkQueryTemplate(context, paths.errorRatioQuery, sli.errorRatioQuery);
  }
  checkAttribution(context, paths, sli, fields.attribution);
  const { line, column } = positionOf(context.source, context.document, sloPath);
  return {
    name: fields.name,
    objective: percentToFraction(fields.objectivePercent),
    window: fields.window,
    windowSeconds: seconds(fields.window),
    sli,
    attribution: fields.attribution,
    onNoData: fields.onNoData,
    policy: fields.policy,
    source: { file: context.source.file, line, column }
  };
}
function checkAttribution(context, paths, sli, labels) {
  if (labels.length === 0) return;
  const label = pathLabel(paths.attribution);
  if (sli.kind === "raw") {
    throw errorAt(
      context,
      paths.attribution,
      `${label} needs an events SLI: a raw error ratio has no error query to break down by label`,
      "remove attribution, or write the SLI as events: { errorQuery: ..., totalQuery: ... }"
    );
  }
  try {
    groupBy(substituteWindow(sli.errorQuery, "5m"), labels);
  } catch (error) {
    if (!(error instanceof PromqlRewriteError)) throw error;
    throw errorAt(
      context,
      paths.attribution,
      `${label} cannot break down ${pathLabel(paths.errorQuery)} by label: ${error.message}`,
      "make the error query a sum(...) or rate(...) of the error series, or remove attribution"
    );
  }
}

// src/config/schema.ts
var SLO_NAME = /^[A-Za-z0-9_.:-]+$/;
var DURATION_FIX = 'write a Prometheus duration: a whole number and a unit (ms, s, m, h, d, w, y), e.g. "5m", "1h", "30d"';
function duration() {
  const wording = expect('a duration such as "5m", "1h" or "30d"', DURATION_FIX);
  return external_exports.string(wording).refine((text) => parseDuration(text) !== void 0, wording);
}
function objectivePercent() {
  const wording = expect(
    "a percentage between 0 and 100 (exclusive)",
    "write the objective as a percent, e.g. 99.9"
  );
  return external_exports.number(wording).refine((value) => value > 0 && value < 100, wording);
}
function sloName() {
  const wording = expect(
    "a name of letters, digits and _ . : -",
    "use only letters, digits and _ . : - in the name, e.g. checkout-availability"
  );
  return external_exports.string(wording).regex(SLO_NAME, wording);
}
function queryTemplate() {
  const wording = expect(
    "a PromQL query template (a string)",
    'write the query as a string, e.g. sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))'
  );
  return external_exports.string(wording).min(1, wording);
}
function numberWhere(test, expected, fix) {
  const wording = expect(expected, fix);
  return external_exports.number(wording).refine(test, wording);
}
function wholeNumber(min, max, example) {
  return numberWhere(
    (value) => Number.isInteger(value) && value >= min && value <= max,
    `a whole number from ${min} to ${max}`,
    `write e.g. ${example}`
  );
}
function nonEmptyString(expected, fix) {
  const wording = expect(expected, fix);
  return external_exports.string(wording).min(1, wording);
}
var filePath = (what) => nonEmptyString("a file path", `write the path of the ${what}`);
function isPrometheusUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.username === "" && url.password === "" && url.search === "" && url.hash === "";
}
var PROMETHEUS_URL_EXPECTED = "an http:// or https:// URL without credentials, query or fragment";
var PROMETHEUS_URL_FIX = "write the base URL, e.g. http://prometheus.monitoring:9090 (a path prefix such as /prometheus is fine; credentials go in basicAuth or bearerTokenFile)";
var HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var BASIC_AUTH_KEYS = ["username", "password", "passwordFile"];
var basicAuthSchema = external_exports.strictObject(
  {
    username: external_exports.string(expect("a string", "write the user name")),
    password: external_exports.string(expect("a string", "quote the password", { secret: true })).optional(),
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
var tlsSchema = external_exports.strictObject(
  {
    caFile: filePath("CA certificate (PEM)").optional(),
    certFile: filePath("client certificate (PEM)").optional(),
    keyFile: filePath("client key (PEM)").optional(),
    insecureSkipVerify: external_exports.boolean(expect("true or false", "write insecureSkipVerify: true or false")).optional()
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
  "retries",
  "concurrency"
];
var prometheusSchema = external_exports.strictObject(
  {
    url: external_exports.string(expect(PROMETHEUS_URL_EXPECTED, PROMETHEUS_URL_FIX)).refine(isPrometheusUrl, expect(PROMETHEUS_URL_EXPECTED, PROMETHEUS_URL_FIX)),
    headers: external_exports.record(
      external_exports.string(),
      // Header values may be credentials: never echoed.
      external_exports.string(expect("a string", 'quote the header value, e.g. "1234"', { secret: true })).refine(
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
var burnRateAlertSchema = external_exports.strictObject(
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
    action: external_exports.enum(["block", "warn"], expect("block or warn", "write action: block or action: warn"))
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
var POLICY_KEYS = [
  "budgetExhausted",
  "budgetWarnBelow",
  "burnRateAlerts",
  "minEvents",
  "onPrometheusError"
];
var policySchema = external_exports.strictObject(
  {
    budgetExhausted: external_exports.enum(
      ["block", "warn"],
      expect("block or warn", "write budgetExhausted: block or budgetExhausted: warn")
    ).optional(),
    budgetWarnBelow: numberWhere(
      (value) => value >= 0 && value <= 1,
      "a fraction from 0 to 1",
      "write e.g. budgetWarnBelow: 0.25 (warn below 25 % remaining)"
    ).optional(),
    burnRateAlerts: external_exports.array(
      burnRateAlertSchema,
      expect(
        "a list of burn-rate alerts",
        "write e.g. burnRateAlerts: [{ long: 1h, short: 5m, budgetConsumed: 0.02, action: block }]"
      )
    ).optional(),
    minEvents: numberWhere(
      (value) => value >= 0,
      "a number of events, 0 or more",
      "write e.g. minEvents: 100"
    ).optional(),
    onPrometheusError: external_exports.enum(["block", "warn", "pass"], expect("block, warn or pass", ACTION_FIX("onPrometheusError"))).optional()
  },
  mappingOf(POLICY_KEYS, "a mapping of policy settings", "write e.g. policy: { budgetWarnBelow: 0.25 }")
);
var SLI_KEYS = ["events", "raw"];
var sliSchema = external_exports.strictObject(
  {
    events: external_exports.strictObject(
      { errorQuery: queryTemplate(), totalQuery: queryTemplate() },
      mappingOf(
        ["errorQuery", "totalQuery"],
        "a mapping with errorQuery and totalQuery",
        "write errorQuery: and totalQuery: under events:"
      )
    ).optional(),
    raw: external_exports.strictObject(
      { errorRatioQuery: queryTemplate() },
      mappingOf(
        ["errorRatioQuery"],
        "a mapping with errorRatioQuery",
        "write errorRatioQuery: under raw:"
      )
    ).optional()
  },
  mappingOf(
    SLI_KEYS,
    "a mapping with events or raw",
    "write sli: { events: { errorQuery: ..., totalQuery: ... } }"
  )
).superRefine((sli, ctx) => {
  if (sli.events === void 0 === (sli.raw === void 0)) {
    ctx.addIssue({
      code: "custom",
      message: problem(
        "needs exactly one of events (errorQuery and totalQuery) or raw (errorRatioQuery)",
        "keep one of events: or raw:"
      )
    });
  }
});
var SLO_KEYS = ["name", "objective", "description", "window", "sli", "attribution", "onNoData", "policy"];
var sloSchema = external_exports.strictObject(
  {
    name: sloName(),
    objective: objectivePercent(),
    description: external_exports.string(expect("a string", "quote the description")).optional(),
    window: duration().optional(),
    sli: sliSchema,
    attribution: external_exports.array(
      external_exports.string(expect("a label name", "write label names such as route or code")).refine(
        isLabelName,
        expect(
          "a label name (letters, digits and _, not starting with a digit)",
          "write label names such as route or code"
        )
      ),
      expect("a list of label names", "write e.g. attribution: [route, code]")
    ).optional(),
    onNoData: external_exports.enum(["pass", "warn", "block"], expect("pass, warn or block", ACTION_FIX("onNoData"))).optional(),
    policy: policySchema.optional()
  },
  mappingOf(
    SLO_KEYS,
    "a mapping with name, objective and sli",
    "write e.g. { name: checkout-availability, objective: 99.9, sli: ... }"
  )
);
var RULE_SEVERITIES = ["off", "error", "warning", "info"];
var MANIFESTS_KEYS = ["paths", "rules", "namespace", "strictReferences", "dns", "ingressController"];
var PODS_KEYS = ["namespace", "podLabels"];
var podsSchema = (what) => external_exports.strictObject(
  {
    namespace: nonEmptyString("a namespace", `write the namespace ${what} runs in`),
    podLabels: external_exports.record(
      external_exports.string(),
      external_exports.string(expect("a string", "quote the label value")),
      expect("a mapping of pod labels", "write e.g. podLabels: { app.kubernetes.io/name: ingress-nginx }")
    )
  },
  mappingOf(
    PODS_KEYS,
    "a mapping with namespace and podLabels",
    `write the namespace and pod labels of ${what}`
  )
);
var manifestsSchema = external_exports.strictObject(
  {
    namespace: nonEmptyString(
      "a namespace",
      "write the namespace of resources that name none, e.g. default"
    ).optional(),
    strictReferences: external_exports.boolean(expect("true or false", "write strictReferences: true")).optional(),
    dns: podsSchema("cluster DNS (CoreDNS)").optional(),
    ingressController: podsSchema("the ingress controller").optional(),
    paths: external_exports.array(
      nonEmptyString("a path", "write a file or folder path"),
      expect("a list of paths", "write e.g. paths: [deploy/]")
    ).optional(),
    rules: external_exports.record(
      external_exports.string(),
      external_exports.enum(RULE_SEVERITIES, expect("off, error, warning or info", "write e.g. sts-no-pdb: off")),
      expect("a mapping of rule ids to severities", "write e.g. rules: { sts-no-pdb: off }")
    ).optional()
  },
  mappingOf(MANIFESTS_KEYS, "a mapping with paths and rules", "write e.g. manifests: { paths: [deploy/] }")
);
var CONFIG_KEYS = ["prometheus", "slos", "include", "policy", "mode", "manifests"];
var configSchema = external_exports.strictObject(
  {
    prometheus: prometheusSchema.optional(),
    // `slos:` with every item commented out is an empty list, not a mistake.
    slos: external_exports.array(sloSchema, expect("a list of SLOs", "write each SLO as a list item: - name: ...")).nullish(),
    include: external_exports.array(
      nonEmptyString("a file path", "write the path of a Sloth spec file"),
      expect("a list of file paths", "write e.g. include: [slos/checkout.sloth.yaml]")
    ).nullish(),
    policy: policySchema.optional(),
    mode: external_exports.enum(["enforce", "advisory"], expect("enforce or advisory", "write mode: enforce or mode: advisory")).optional(),
    manifests: manifestsSchema.optional()
  },
  mappingOf(CONFIG_KEYS, "a mapping", "start the file with keys such as prometheus: and slos:")
);

// src/config/sloth.ts
var SLOTH_VERSION = "prometheus/v1";
var ignored = external_exports.unknown();
var SLI_KEYS2 = ["events", "raw", "plugin"];
var slothSliSchema = external_exports.strictObject(
  {
    events: external_exports.strictObject(
      { error_query: queryTemplate(), total_query: queryTemplate() },
      mappingOf(
        ["error_query", "total_query"],
        "a mapping with error_query and total_query",
        "write error_query: and total_query: under events:"
      )
    ).optional(),
    raw: external_exports.strictObject(
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
    SLI_KEYS2,
    "a mapping with events or raw",
    "write sli: { events: { error_query: ..., total_query: ... } }"
  )
).superRefine((sli, ctx) => {
  if (sli.plugin !== void 0) {
    ctx.addIssue({
      code: "custom",
      path: ["plugin"],
      message: problem(
        "is a Sloth SLI plugin, which slo-gate does not support (the plugin code runs only inside Sloth)",
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
var slothSloSchema = external_exports.strictObject(
  {
    name: sloName(),
    objective: objectivePercent(),
    description: external_exports.string(expect("a string", "quote the description")).optional(),
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
var slothSpecSchema = external_exports.strictObject(
  {
    version: external_exports.literal(
      SLOTH_VERSION,
      expect(
        `"${SLOTH_VERSION}"`,
        `slo-gate reads Sloth "${SLOTH_VERSION}" specs: write version: "${SLOTH_VERSION}"`
      )
    ),
    service: sloName(),
    labels: ignored.optional(),
    slo_plugins: ignored.optional(),
    slos: external_exports.array(slothSloSchema, expect("a list of SLOs", "write each SLO as a list item: - name: ...")).min(1, expect("a list of at least one SLO", "add an SLO under slos:"))
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
      const sli = slo.sli.events ? { kind: "events", errorQuery: slo.sli.events.error_query, totalQuery: slo.sli.events.total_query } : { kind: "raw", errorRatioQuery: slo.sli.raw.error_ratio_query };
      const sliPath = [...sloPath, "sli"];
      return buildSlo(
        context,
        sloPath,
        {
          name,
          objectivePercent: slo.objective,
          window: DEFAULT_WINDOW,
          sli,
          attribution: [],
          onNoData: DEFAULT_ON_NO_DATA,
          policy: resolvePolicy(policy, void 0)
        },
        {
          errorQuery: [...sliPath, "events", "error_query"],
          totalQuery: [...sliPath, "events", "total_query"],
          errorRatioQuery: [...sliPath, "raw", "error_ratio_query"],
          attribution: [...sloPath, "attribution"]
        }
      );
    });
  });
}

// src/config/load.ts
async function loadConfig(file, overrides = {}) {
  const overrideUrl = overrides.prometheusUrl;
  if (overrideUrl !== void 0 && !isPrometheusUrl(overrideUrl)) {
    throw new UsageError(
      `the Prometheus URL "${redactCredentials(overrideUrl)}" given on the command line must be ${PROMETHEUS_URL_EXPECTED}`,
      { fix: PROMETHEUS_URL_FIX }
    );
  }
  const text = await readText(file, (reason) => ({
    detail: `cannot read config file "${file}": ${reason}`,
    fix: `create it, or name the config file with ${overrides.configSetting ?? "--config FILE"}`
  }));
  const source = parseYamlSource(file, text);
  const first = source.documents[0];
  if (!first) {
    throw new UsageError("the config file is empty", {
      file,
      line: 1,
      fix: "write at least prometheus: and slos: (see the README for every key)"
    });
  }
  const top = documentValue(source, first);
  if (looksLikeSlothSpec(top)) {
    const slos2 = slothSlos(source, DEFAULT_POLICY);
    rejectDuplicateNames(slos2);
    return {
      file,
      ...overrideUrl !== void 0 ? { prometheus: resolvePrometheus({ url: overrideUrl }, (path) => path) } : {},
      slos: slos2,
      mode: DEFAULT_MODE,
      manifests: { paths: [], rules: {} }
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
  const slos = (input.slos ?? []).map((slo, index) => configSlo(context, index, slo, globalPolicy));
  for (const [index, include] of (input.include ?? []).entries()) {
    slos.push(...await includedSlos(context, index, relativeToConfig(include), globalPolicy));
  }
  rejectDuplicateNames(slos);
  return {
    file,
    ...input.prometheus ? { prometheus: resolvePrometheus(input.prometheus, relativeToConfig) } : {},
    slos,
    mode: input.mode ?? DEFAULT_MODE,
    manifests: {
      paths: input.manifests?.paths ?? [],
      rules: { ...input.manifests?.rules ?? {} },
      ...input.manifests?.namespace ? { namespace: input.manifests.namespace } : {},
      ...input.manifests?.strictReferences !== void 0 ? { strictReferences: input.manifests.strictReferences } : {},
      ...input.manifests?.dns ? { dns: input.manifests.dns } : {},
      ...input.manifests?.ingressController ? { ingressController: input.manifests.ingressController } : {}
    }
  };
}
function withPrometheusUrl(top, url) {
  if (url === void 0 || typeof top !== "object" || top === null || Array.isArray(top)) return top;
  const prometheus = top.prometheus;
  const isMapping = typeof prometheus === "object" && prometheus !== null && !Array.isArray(prometheus);
  if (prometheus !== void 0 && prometheus !== null && !isMapping) return top;
  return { ...top, prometheus: { ...isMapping ? prometheus : {}, url } };
}
function configSlo(context, index, slo, globalPolicy) {
  const sloPath = ["slos", index];
  const sli = slo.sli.events ? { kind: "events", errorQuery: slo.sli.events.errorQuery, totalQuery: slo.sli.events.totalQuery } : { kind: "raw", errorRatioQuery: slo.sli.raw.errorRatioQuery };
  return buildSlo(
    context,
    sloPath,
    {
      name: slo.name,
      objectivePercent: slo.objective,
      window: slo.window ?? DEFAULT_WINDOW,
      sli,
      attribution: slo.attribution ?? [],
      onNoData: slo.onNoData ?? DEFAULT_ON_NO_DATA,
      policy: resolvePolicy(globalPolicy, slo.policy)
    },
    {
      errorQuery: [...sloPath, "sli", "events", "errorQuery"],
      totalQuery: [...sloPath, "sli", "events", "totalQuery"],
      errorRatioQuery: [...sloPath, "sli", "raw", "errorRatioQuery"],
      attribution: [...sloPath, "attribution"]
    }
  );
}
async function includedSlos(config, index, file, globalPolicy) {
  const where = positionOf(config.source, config.document, ["include", index]);
  const at = { file: config.source.file, line: where.line, column: where.column };
  const text = await readText(file, (reason) => ({
    detail: `cannot read included file "${file}": ${reason}`,
    fix: `include paths are relative to the config file's folder (${dirname(config.source.file)}); correct the path`,
    ...at
  }));
  const source = parseYamlSource(file, text);
  if (source.documents.length === 0) {
    throw new UsageError(`included file "${file}" is empty`, {
      ...at,
      fix: 'include Sloth prometheus/v1 spec files (version: "prometheus/v1", service:, slos:)'
    });
  }
  return slothSlos(source, globalPolicy);
}
async function readText(file, failure) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const { detail, ...where } = failure(readFailureReason(error));
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

// src/gate/run.ts
function manifestsRelativeToConfig(config) {
  const base = dirname2(config.file);
  const paths = config.manifests.paths.map((p) => isAbsolute2(p) || base === "." ? p : join2(base, p));
  return { ...config.manifests, paths };
}
async function runGate(options) {
  const at = parseEvaluationTime(options.at);
  const loaded = await loadConfig(options.configFile, {
    prometheusUrl: options.prometheusUrl,
    configSetting: options.configSetting
  });
  const config = options.mode ? { ...loaded, mode: options.mode } : loaded;
  checkRuleOverrides(config.manifests.rules, config.file);
  if (options.scope === "budget" && config.slos.length === 0) {
    options.log(`${config.file} defines no SLOs: nothing to evaluate`);
  }
  let client;
  const report = await runCheck(config, {
    at,
    log: options.log,
    client: async () => {
      const { createPrometheusClient } = await import("./client-SWENMHSZ.js");
      const prometheus = requirePrometheus(config);
      client = createPrometheusClient(
        {
          ...prometheus,
          headers: { ...prometheus.headers, ...options.prometheusHeaders }
        },
        { onRetry: options.verbose ? options.log : void 0, bearerToken: options.prometheusToken }
      );
      return client;
    },
    manifests: options.scope === "check" ? validateOptionsFor(manifestsRelativeToConfig(config), {
      paths: options.manifests,
      namespace: options.namespace,
      strictReferences: options.strictReferences
    }) : void 0
  });
  return { report, config, at, client };
}
async function runValidation(options) {
  let manifests = { paths: [], rules: {} };
  const configFile = options.configFile ?? (options.defaultConfigFile && existsSync(options.defaultConfigFile) ? options.defaultConfigFile : void 0);
  if (configFile) {
    const config = await loadConfig(configFile);
    checkRuleOverrides(config.manifests.rules, config.file);
    manifests = config.manifests;
  }
  const { findings } = await validateManifests(
    validateOptionsFor(manifests, {
      paths: options.paths,
      namespace: options.namespace,
      strictReferences: options.strictReferences
    })
  );
  return {
    verdict: combineVerdict(findings.map(findingAction)),
    evaluatedAt: formatEvaluatedAt(parseEvaluationTime(void 0)),
    slos: [],
    findings,
    hints: []
  };
}

export {
  manifestsRelativeToConfig,
  runGate,
  runValidation
};
