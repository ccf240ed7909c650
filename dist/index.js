import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  debug,
  getInput,
  isDebug,
  setFailed,
  setSecret
} from "./chunks/chunk-5TEQ652K.js";
import "./chunks/chunk-YH7C4ULE.js";
import {
  UsageError
} from "./chunks/chunk-QEPZ6EYX.js";
import "./chunks/chunk-YA6DW627.js";

// src/github/inputs.ts
var INPUT_DEFAULTS = {
  config: "slo-gate.yaml",
  manifests: "",
  "prometheus-url": "",
  "prometheus-headers": "",
  "prometheus-token": "",
  at: "",
  mode: "",
  "fail-on": "block",
  comment: "",
  "comment-key": "default",
  "github-token": "${{ github.token }}",
  summary: "true",
  annotations: "true",
  "sarif-file": "",
  namespace: "",
  "strict-references": "false",
  report: "",
  "pr-number": ""
};
var HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var COMMENT_KEY = /^[A-Za-z0-9._-]{1,64}$/;
var SECRET_HEADER = /authorization|cookie|token|secret|api-?key|password/i;
function invalid(name, detail, fix) {
  return new UsageError(`input ${name}: ${detail}`, { fix });
}
function oneOf(read, name, choices) {
  const value = read(name) || INPUT_DEFAULTS[name];
  if (value === "") return void 0;
  if (choices.includes(value)) return value;
  throw invalid(
    name,
    `${JSON.stringify(value)} is not one of ${choices.join(", ")}`,
    `write ${choices.join(" or ")}`
  );
}
function flag(read, name) {
  const value = read(name) || INPUT_DEFAULTS[name];
  if (value === "") return void 0;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw invalid(name, `${JSON.stringify(value)} is not a boolean`, "write true or false");
}
function lines(text) {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}
function parseHeaderLines(text) {
  const headers = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    const value = colon > 0 ? line.slice(colon + 1).trim() : "";
    if (!HEADER_NAME.test(name) || value === "") {
      throw invalid(
        "prometheus-headers",
        `line ${index + 1} is not a header`,
        "write one `Name: value` per line, e.g. `X-Scope-OrgID: team-a`"
      );
    }
    headers[name] = value;
  });
  return headers;
}
function secretHeaderValues(headers) {
  return Object.entries(headers).filter(([name]) => SECRET_HEADER.test(name)).map(([, value]) => value);
}
function readInputs(read) {
  const value = (name) => read(name) || INPUT_DEFAULTS[name] || void 0;
  const prometheusUrl = value("prometheus-url");
  if (prometheusUrl !== void 0 && !/^https?:\/\/[^\s/]+\S*$/.test(prometheusUrl)) {
    throw invalid(
      "prometheus-url",
      "expected an http(s):// URL",
      "write e.g. http://prometheus.monitoring:9090"
    );
  }
  const commentKey = value("comment-key") ?? "default";
  if (!COMMENT_KEY.test(commentKey)) {
    throw invalid(
      "comment-key",
      `${JSON.stringify(commentKey)} is not a key`,
      "use 1-64 letters, digits, dots, dashes or underscores, e.g. production"
    );
  }
  const prText = value("pr-number");
  let prNumber;
  if (prText !== void 0) {
    if (!/^[1-9]\d{0,9}$/.test(prText)) {
      throw invalid(
        "pr-number",
        `${JSON.stringify(prText)} is not a pull request number`,
        "write a number such as 42"
      );
    }
    prNumber = Number(prText);
  }
  const githubToken = read("github-token");
  const manifests = lines(read("manifests"));
  return {
    config: value("config") ?? INPUT_DEFAULTS.config,
    manifests: manifests.length > 0 ? manifests : void 0,
    prometheusUrl,
    prometheusHeaders: parseHeaderLines(read("prometheus-headers")),
    prometheusToken: read("prometheus-token") || void 0,
    at: value("at"),
    mode: oneOf(read, "mode", ["enforce", "advisory"]),
    failOn: oneOf(read, "fail-on", ["block", "warn"]) ?? "block",
    comment: flag(read, "comment") ?? "auto",
    commentKey,
    // The runner fills in `${{ github.token }}`; outside a runner there is no token.
    githubToken: githubToken && !githubToken.startsWith("${{") ? githubToken : void 0,
    summary: flag(read, "summary") ?? true,
    annotations: flag(read, "annotations") ?? true,
    sarifFile: value("sarif-file"),
    namespace: value("namespace"),
    strictReferences: flag(read, "strict-references") ?? false,
    report: value("report"),
    prNumber
  };
}

// src/entry/action.ts
async function main() {
  const secrets = [getInput("prometheus-token"), getInput("github-token")].filter(Boolean);
  secrets.forEach((secret) => setSecret(secret));
  const inputs = readInputs((name) => getInput(name));
  const headerSecrets = secretHeaderValues(inputs.prometheusHeaders);
  headerSecrets.forEach((secret) => setSecret(secret));
  secrets.push(...headerSecrets);
  const { publish, printPlain } = await import("./chunks/publish-GJAPURRB.js");
  if (inputs.report) {
    const { readPublishedReport } = await import("./chunks/report-input-JO3CUV5K.js");
    const report = await readPublishedReport(inputs.report);
    await publish({ report, inputs, mode: inputs.mode ?? "enforce", env: process.env, secrets });
    return;
  }
  const { runGate } = await import("./chunks/run-3QQYGWCT.js");
  const run = await runGate({
    configFile: inputs.config,
    scope: "check",
    at: inputs.at,
    prometheusUrl: inputs.prometheusUrl,
    prometheusHeaders: inputs.prometheusHeaders,
    prometheusToken: inputs.prometheusToken,
    manifests: inputs.manifests,
    namespace: inputs.namespace,
    strictReferences: inputs.strictReferences,
    mode: inputs.mode,
    log: (message) => printPlain(`slo-gate: ${message}`),
    verbose: isDebug()
  });
  await publish({
    report: run.report,
    inputs,
    mode: run.config.mode,
    gate: { config: run.config, at: run.at, client: run.client },
    env: process.env,
    secrets
  });
}
try {
  await main();
} catch (error) {
  if (error instanceof UsageError) {
    setFailed(error.message);
  } else {
    setFailed(
      `slo-gate internal error (please report it): ${error?.message ?? String(error)}`
    );
    if (error instanceof Error && error.stack) debug(error.stack);
  }
}
