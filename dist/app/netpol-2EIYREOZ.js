import {
  DEFAULT_CONFIG
} from "./chunk-H4EWDEAP.js";
import {
  package_default
} from "./chunk-7J4TBA5H.js";
import {
  writeReport
} from "./chunk-Y2UGXTGX.js";
import {
  connectivityJson,
  exitCodeFor,
  explainNetpol,
  explanationJson,
  listNetpol,
  loadConfig,
  netpolDiffReport,
  observedTrafficAt,
  parseEvaluationTime,
  renderConnectivityMarkdown,
  renderConnectivityText,
  renderDiffMarkdown,
  renderDiffSarif,
  renderDiffText,
  renderExplanationText
} from "./chunk-3HT76ZKV.js";
import "./chunk-5EFMPVFV.js";
import {
  UsageError
} from "./chunk-JQVBXCJ4.js";
import "./chunk-YNQBFZTT.js";

// src/entry/commands/netpol.ts
import { existsSync } from "node:fs";
async function networkConfig(file, prometheusUrl) {
  const configFile = file ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : void 0);
  const config = configFile ? await loadConfig(configFile, { prometheusUrl }) : void 0;
  return { configFile, config, network: config?.network };
}
async function runNetpolExplainCommand(flags) {
  const { network } = await networkConfig(flags.config);
  const explanation = await explainNetpol({
    namespaceLabels: network?.namespaceLabels,
    podNetworks: network?.podNetworks,
    paths: flags.manifests,
    defaultNamespace: flags.namespace ?? "default",
    from: flags.from,
    to: flags.to,
    port: flags.port
  });
  const text = flags.format === "json" ? `${JSON.stringify(explanationJson(explanation), null, 2)}
` : renderExplanationText(explanation);
  await writeReport(text, flags.output);
  return explanation.result === "allowed" ? 0 : 1;
}
async function runNetpolDiffCommand(flags) {
  const { configFile, config, network } = await networkConfig(flags.config, flags.prometheusUrl);
  const paths = flags.manifests && flags.manifests.length > 0 ? flags.manifests : config?.manifests.paths ?? [];
  if (paths.length === 0) {
    throw new UsageError("netpol diff: no manifests to compare", {
      fix: "give --manifests PATHS, or manifests.paths in the config"
    });
  }
  const at = parseEvaluationTime(flags.at);
  const report = await netpolDiffReport(
    { required: [], namespaceLabels: {}, podNetworks: [], ...network, baseline: flags.baseline },
    paths,
    flags.namespace ?? config?.manifests.namespace ?? "default",
    configFile,
    config && (() => observedTrafficAt(config, at))
  );
  const text = flags.format === "json" ? `${JSON.stringify(report, null, 2)}
` : flags.format === "markdown" ? renderDiffMarkdown(report) : flags.format === "sarif" ? renderDiffSarif(report, package_default.version, process.env.GITHUB_WORKSPACE || process.cwd()) : renderDiffText(report);
  await writeReport(text, flags.output);
  return exitCodeFor(report.verdict, { failOn: flags.failOn, mode: "enforce" });
}
async function runNetpolListCommand(flags) {
  const { network } = await networkConfig(flags.config);
  const connectivity = await listNetpol({
    paths: flags.manifests,
    defaultNamespace: flags.namespace ?? "default",
    namespaceLabels: network?.namespaceLabels,
    podNetworks: network?.podNetworks
  });
  const listing = { nodes: connectivity.nodes, edges: [...connectivity.edges()] };
  const text = flags.format === "json" ? connectivityJson(listing) : flags.format === "markdown" ? renderConnectivityMarkdown(listing) : renderConnectivityText(listing);
  await writeReport(text, flags.output);
  return 0;
}
export {
  runNetpolDiffCommand,
  runNetpolExplainCommand,
  runNetpolListCommand
};
//# sourceMappingURL=netpol-2EIYREOZ.js.map
