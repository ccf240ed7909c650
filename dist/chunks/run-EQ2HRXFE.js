import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  checkRuleOverrides,
  validateOptionsFor
} from "./chunk-MCV4N3QZ.js";
import {
  parseEvaluationTime,
  requirePrometheus,
  runCheck
} from "./chunk-YECDYZXN.js";
import {
  loadConfig
} from "./chunk-4LU3DZGU.js";
import "./chunk-6INLS6JY.js";
import "./chunk-CA3ZPL6T.js";
import "./chunk-GZBPZE7O.js";
import "./chunk-VAC67D4I.js";
import "./chunk-PE5ZKDKT.js";
import "./chunk-DJR2CCW6.js";
import "./chunk-KOJIC7PE.js";
import "./chunk-QMXVFHLO.js";
import "./chunk-BULANKSX.js";
import "./chunk-YA6DW627.js";

// src/gate/run.ts
import { dirname, isAbsolute, join } from "node:path";
function manifestsRelativeToConfig(config) {
  const base = dirname(config.file);
  const paths = config.manifests.paths.map((p) => isAbsolute(p) || base === "." ? p : join(base, p));
  return { ...config.manifests, paths };
}
async function runGate(options) {
  const at = parseEvaluationTime(options.at);
  const loaded = await loadConfig(options.configFile, { prometheusUrl: options.prometheusUrl });
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
      const { createPrometheusClient } = await import("./client-5KUSA644.js");
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
export {
  manifestsRelativeToConfig,
  runGate
};
