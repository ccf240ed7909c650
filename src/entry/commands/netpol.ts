/** `slo-gate netpol explain` and `netpol diff`: NetworkPolicy impact of the manifests. */
import { existsSync } from 'node:fs';
import { loadConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { diffNetpol, explainNetpol } from '../../gate/netpol.js';
import { exitCodeFor } from '../../model/index.js';
import {
  diffJson,
  explanationJson,
  renderDiffMarkdown,
  renderDiffText,
  renderExplanationText,
} from '../../report/netpol.js';
import { writeReport } from '../../sinks/output.js';
import { DEFAULT_CONFIG, type NetpolDiffFlags, type NetpolExplainFlags } from './flags.js';

/** Exit 0 when the connection is certainly allowed, 1 when denied or not decidable from the manifests. */
export async function runNetpolExplainCommand(flags: NetpolExplainFlags): Promise<number> {
  const explanation = await explainNetpol({
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
  const configFile = flags.config ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
  const config = configFile ? await loadConfig(configFile) : undefined;
  const paths =
    flags.manifests && flags.manifests.length > 0 ? flags.manifests : (config?.manifests.paths ?? []);
  if (paths.length === 0) {
    throw new UsageError('netpol diff: no manifests to compare', {
      fix: 'give --manifests PATHS, or manifests.paths in the config',
    });
  }
  const network = config?.network;
  const { diff, baselineLabel } = await diffNetpol({
    paths,
    baseline: flags.baseline,
    defaultNamespace: flags.namespace ?? config?.manifests.namespace ?? 'default',
    required: network?.required ?? [],
    namespaceLabels: network?.namespaceLabels,
    podNetworks: network?.podNetworks,
  });
  const text =
    flags.format === 'json'
      ? `${JSON.stringify(diffJson(diff, baselineLabel, configFile), null, 2)}\n`
      : flags.format === 'markdown'
        ? renderDiffMarkdown(diff, baselineLabel, configFile)
        : renderDiffText(diff, baselineLabel, configFile);
  await writeReport(text, flags.output);
  return exitCodeFor(diff.verdict, { failOn: flags.failOn, mode: 'enforce' });
}
