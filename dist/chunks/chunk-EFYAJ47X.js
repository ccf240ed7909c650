import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  checkRuleOverrides,
  validateOptionsFor
} from "./chunk-LNVQXJP7.js";
import {
  parseEvaluationTime,
  requirePrometheus,
  runCheck
} from "./chunk-2SQEICDH.js";
import {
  loadConfig
} from "./chunk-FENAVYHH.js";

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

export {
  manifestsRelativeToConfig,
  runGate
};
