/** `slo-gate netpol explain` and `netpol diff`: NetworkPolicy impact of the manifests. */
import { existsSync } from 'node:fs';
import packageJson from '../../../package.json' with { type: 'json' };
import { loadConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { parseEvaluationTime } from '../../gate/check.js';
import { explainNetpol, listNetpol, netpolDiffReport, observedTrafficAt } from '../../gate/netpol.js';
import { exitCodeFor } from '../../model/index.js';
import {
  connectivityJson,
  explanationJson,
  renderConnectivityMarkdown,
  renderConnectivityText,
  renderDiffMarkdown,
  renderDiffSarif,
  renderDiffText,
  renderExplanationText,
} from '../../report/netpol.js';
import { writeReport } from '../../sinks/output.js';
import {
  DEFAULT_CONFIG,
  type NetpolDiffFlags,
  type NetpolExplainFlags,
  type NetpolListFlags,
} from './flags.js';

/** The config's network section, from --config or slo-gate.yaml when present. */
async function networkConfig(file: string | undefined, prometheusUrl?: string) {
  const configFile = file ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
  const config = configFile ? await loadConfig(configFile, { prometheusUrl }) : undefined;
  return { configFile, config, network: config?.network };
}

/** Exit 0 when the connection is certainly allowed, 1 when denied or not decidable from the manifests. */
export async function runNetpolExplainCommand(flags: NetpolExplainFlags): Promise<number> {
  const { network } = await networkConfig(flags.config);
  const explanation = await explainNetpol({
    namespaceLabels: network?.namespaceLabels,
    podNetworks: network?.podNetworks,
    paths: flags.manifests,
    defaultNamespace: flags.namespace ?? 'default',
    from: flags.from,
    to: flags.to,
    port: flags.port,
  });
  const text =
    flags.format === 'json'
      ? `${JSON.stringify(explanationJson(explanation), null, 2)}\n`
      : renderExplanationText(explanation);
  await writeReport(text, flags.output);
  return explanation.result === 'allowed' ? 0 : 1;
}

/**
 * `slo-gate netpol diff`: connections the manifests cut, add and change against a baseline. A cut
 * connection the config's network.required lists blocks (exit 1); other cuts warn.
 */
export async function runNetpolDiffCommand(flags: NetpolDiffFlags): Promise<number> {
  const { configFile, config, network } = await networkConfig(flags.config, flags.prometheusUrl);
  const paths =
    flags.manifests && flags.manifests.length > 0 ? flags.manifests : (config?.manifests.paths ?? []);
  if (paths.length === 0) {
    throw new UsageError('netpol diff: no manifests to compare', {
      fix: 'give --manifests PATHS, or manifests.paths in the config',
    });
  }
  const at = parseEvaluationTime(flags.at);
  // The same diff as `check` with network.baseline, against the baseline of the command line.
  const report = await netpolDiffReport(
    { required: [], namespaceLabels: {}, podNetworks: [], ...network, baseline: flags.baseline },
    paths,
    flags.namespace ?? config?.manifests.namespace ?? 'default',
    configFile,
    config && (() => observedTrafficAt(config, at)),
  );
  const text =
    flags.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : flags.format === 'markdown'
        ? renderDiffMarkdown(report)
        : flags.format === 'sarif'
          ? renderDiffSarif(report, packageJson.version, process.env.GITHUB_WORKSPACE || process.cwd())
          : renderDiffText(report);
  await writeReport(text, flags.output);
  return exitCodeFor(report.verdict, { failOn: flags.failOn, mode: 'enforce' });
}

/** `slo-gate netpol list`: every connection the manifests allow, as a matrix (or a list when large). */
export async function runNetpolListCommand(flags: NetpolListFlags): Promise<number> {
  const { network } = await networkConfig(flags.config);
  const connectivity = await listNetpol({
    paths: flags.manifests,
    defaultNamespace: flags.namespace ?? 'default',
    namespaceLabels: network?.namespaceLabels,
    podNetworks: network?.podNetworks,
  });
  const listing = { nodes: connectivity.nodes, edges: [...connectivity.edges()] };
  const text =
    flags.format === 'json'
      ? connectivityJson(listing)
      : flags.format === 'markdown'
        ? renderConnectivityMarkdown(listing)
        : renderConnectivityText(listing);
  await writeReport(text, flags.output);
  return 0;
}
