import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-QEPZ6EYX.js";
import "./chunk-YA6DW627.js";

// src/entry/hook-env.ts
var HOOK_CONFIG_FILE = "/etc/slo-gate/slo-gate.yaml";
function hookSettingsFromEnv(env) {
  const value = (name) => {
    const text = env[name]?.trim();
    return text ? text : void 0;
  };
  return {
    config: value("SLO_GATE_CONFIG") ?? HOOK_CONFIG_FILE,
    configSetting: `SLO_GATE_CONFIG (default ${HOOK_CONFIG_FILE}: the ConfigMap slo-gate-config)`,
    at: value("SLO_GATE_AT"),
    prometheusUrl: value("PROMETHEUS_URL"),
    manifests: list(value("SLO_GATE_MANIFESTS"), /[:,]/),
    namespace: value("POD_NAMESPACE"),
    strictReferences: flag(value("SLO_GATE_STRICT_REFERENCES"), "SLO_GATE_STRICT_REFERENCES"),
    format: choice(value("SLO_GATE_FORMAT"), ["text", "json", "markdown", "sarif"], "SLO_GATE_FORMAT") ?? "text",
    failOn: choice(value("SLO_GATE_FAIL_ON"), ["block", "warn"], "SLO_GATE_FAIL_ON") ?? "block",
    verbose: flag(value("SLO_GATE_VERBOSE"), "SLO_GATE_VERBOSE"),
    argocd: {
      app: value("ARGOCD_APP_NAME"),
      appNamespace: value("ARGOCD_APP_NAMESPACE") ?? "argocd",
      server: value("ARGOCD_SERVER"),
      token: value("ARGOCD_TOKEN") ?? value("ARGOCD_AUTH_TOKEN"),
      tokenFile: value("ARGOCD_TOKEN_FILE"),
      insecure: flag(value("ARGOCD_INSECURE"), "ARGOCD_INSECURE"),
      caFile: value("ARGOCD_CA_FILE")
    },
    terminationLog: value("SLO_GATE_TERMINATION_LOG") ?? "/dev/termination-log",
    pushgateway: value("PUSHGATEWAY_URL"),
    eventTarget: value("SLO_GATE_EVENT_TARGET") ?? "job",
    annotate: annotateTargets(value("SLO_GATE_ANNOTATE"), "SLO_GATE_ANNOTATE"),
    pod: { name: value("POD_NAME") ?? value("HOSTNAME"), namespace: value("POD_NAMESPACE") },
    job: { name: value("JOB_NAME"), uid: value("JOB_UID") }
  };
}
function list(text, separator) {
  const items = text?.split(separator).map((s) => s.trim()).filter(Boolean);
  return items && items.length > 0 ? items : void 0;
}
function flag(text, name) {
  if (text === void 0) return void 0;
  if (/^(true|1|yes)$/i.test(text)) return true;
  if (/^(false|0|no)$/i.test(text)) return false;
  throw new UsageError(`${name}=${JSON.stringify(text)} is not a boolean`, {
    fix: `set ${name} to true or false`
  });
}
function choice(text, choices, name) {
  if (text === void 0) return void 0;
  if (choices.includes(text)) return text;
  throw new UsageError(`${name}=${JSON.stringify(text)} is not one of ${choices.join(", ")}`, {
    fix: `set ${name} to one of ${choices.join(", ")}`
  });
}
function annotateTargets(text, name = "--annotate") {
  const targets = { deployments: false, application: false };
  for (const item of list(text, /,/) ?? []) {
    if (item === "deployments") targets.deployments = true;
    else if (item === "application") targets.application = true;
    else if (item !== "none") {
      throw new UsageError(`${name} names "${item}", which is not an annotation target`, {
        fix: "give a comma list of deployments, application (or none)"
      });
    }
  }
  return targets;
}
export {
  HOOK_CONFIG_FILE,
  annotateTargets,
  hookSettingsFromEnv
};
