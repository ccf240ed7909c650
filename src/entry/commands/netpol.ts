/** `slo-gate netpol explain`: one connection between workloads, allowed or denied, and why. */
import { explainNetpol } from '../../gate/netpol.js';
import { explanationJson, renderExplanationText } from '../../report/netpol.js';
import { writeReport } from '../../sinks/output.js';
import type { NetpolExplainFlags } from './flags.js';

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
