// src/text/redact.ts
var REDACTED = "***";
var MIN_SECRET_LENGTH = 3;
var registered = /* @__PURE__ */ new Set();
function spellings(secret) {
  const forms = [secret, encodeURIComponent(secret), encodeURI(secret), JSON.stringify(secret).slice(1, -1)];
  try {
    forms.push(decodeURIComponent(secret));
  } catch {
  }
  return forms;
}
function registerSecret(secret) {
  if (!secret) return;
  for (const value of [secret, secret.trim()]) {
    for (const form of spellings(value)) {
      if (form.length >= MIN_SECRET_LENGTH) registered.add(form);
    }
  }
}
function registerBasicAuth(username, password) {
  if (!password) return;
  registerSecret(password);
  registerSecret(Buffer.from(`${username}:${password}`).toString("base64"));
}
function registerUrlCredentials(url) {
  const userinfo = urlUserinfo(url);
  if (userinfo === void 0) return;
  const colon = userinfo.indexOf(":");
  registerSecret(colon === -1 ? userinfo : userinfo.slice(colon + 1));
  registerSecret(userinfo);
  if (colon !== -1)
    registerBasicAuth(safeDecode(userinfo.slice(0, colon)), safeDecode(userinfo.slice(colon + 1)));
}
function urlUserinfo(url) {
  const scheme = /^\s*[a-z][a-z0-9+.-]*:\/\//i.exec(url ?? "");
  if (!url || !scheme) return void 0;
  const rest = url.slice(scheme[0].length);
  const at = rest.lastIndexOf("@");
  return at > 0 ? rest.slice(0, at) : void 0;
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function redact(text) {
  let out = text;
  for (const secret of [...registered].sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, `$1${REDACTED}@`);
}
function redactInlineSecrets(text) {
  return redact(text).replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, `$1 ${REDACTED}`).replace(INLINE_SECRET, (_match, key, separator) => `${key}${separator}${REDACTED}`);
}
var INLINE_SECRET = /\b((?:[a-z0-9]+[_-])?(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|credentials?))(["']?\s*[:=]\s*["']?)(?!\*\*\*)[^\s"'&,;]+/gi;
function mapStrings(value, map) {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}
function redactDeep(value) {
  return mapStrings(value, redact);
}
function stripControlCharacters(text) {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "");
}

// src/errors.ts
var UsageError = class extends Error {
  file;
  line;
  column;
  fix;
  constructor(detail, where = {}) {
    super(formatUsageError(detail, where));
    this.name = "UsageError";
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.fix = where.fix;
  }
};
function formatUsageError(detail, where) {
  let location = where.file ?? "";
  if (where.file && where.line) location += `:${where.line}`;
  if (where.file && where.line && where.column) location += `:${where.column}`;
  const head = location ? `${location}: ${detail}` : detail;
  return where.fix ? `${head} \u2014 fix: ${where.fix}` : head;
}
function reportFailure(error, log) {
  if (error instanceof UsageError) {
    log(redact(error.message));
    return 2;
  }
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  log(`internal error (please report it): ${redact(detail)}`);
  return 2;
}
function unreachable(value) {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}

// src/slo/duration.ts
var UNIT_SECONDS = {
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31536e3
};
var DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
var ORDER = ["y", "w", "d", "h", "m", "s", "ms"];
function parseDuration(text) {
  const match = DURATION.exec(text.trim());
  if (!match || text.trim() === "") return void 0;
  let seconds = 0;
  ORDER.forEach((unit, i) => {
    const amount = match[i + 1];
    if (amount !== void 0) seconds += Number(amount) * UNIT_SECONDS[unit];
  });
  return seconds > 0 ? seconds : void 0;
}
function formatDuration(seconds) {
  if (!(seconds > 0)) return "0s";
  let rest = Math.round(seconds);
  let out = "";
  for (const unit of ["d", "h", "m", "s"]) {
    const size = UNIT_SECONDS[unit];
    const amount = Math.floor(rest / size);
    if (amount > 0) {
      out += `${amount}${unit}`;
      rest -= amount * size;
    }
  }
  return out;
}
function formatIsoDuration(seconds) {
  const minutes = Math.max(0, Math.round(seconds / 60));
  const hours = Math.floor(minutes / 60);
  const mins = minutes % 60;
  if (!hours && !mins) return "PT0S";
  return `PT${hours ? `${hours}H` : ""}${mins ? `${mins}M` : ""}`;
}

export {
  registerSecret,
  registerBasicAuth,
  registerUrlCredentials,
  redact,
  redactInlineSecrets,
  mapStrings,
  redactDeep,
  stripControlCharacters,
  UsageError,
  formatUsageError,
  reportFailure,
  unreachable,
  parseDuration,
  formatDuration,
  formatIsoDuration
};
//# sourceMappingURL=chunk-JQVBXCJ4.js.map
