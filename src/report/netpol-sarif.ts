/** The NetworkPolicy diff in SARIF: each connection the release cuts, at the policy that cuts it. */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { NetpolDiffReport } from '../model/index.js';
import { artifactUri } from './artifact-uri.js';

/** The rules of the diff's results, after any other rules of the same run. */
export const NETPOL_SARIF_RULES: ReportingDescriptor[] = [
  {
    id: 'netpol-required-connection-cut',
    name: 'NetpolRequiredConnectionCut',
    shortDescription: { text: 'A connection listed in network.required is cut by this release' },
  },
  {
    id: 'netpol-connection-cut',
    name: 'NetpolConnectionCut',
    shortDescription: { text: 'A connection that works today is cut by this release' },
  },
];

/**
 * One SARIF result per cut connection and causing policy, at the policy's line (baseline policies,
 * deleted since, have no line in the release and are left out). Rule indexes start at
 * `ruleIndexBase`, where NETPOL_SARIF_RULES stand in the run's rules.
 */
export function netpolSarifResults(diff: NetpolDiffReport, root: string, ruleIndexBase = 0): Result[] {
  const results: Result[] = [];
  for (const change of diff.changes) {
    if (change.lost === undefined) continue;
    const required = change.required.length > 0;
    for (const cause of change.causes) {
      if (!cause.policy || cause.inBaseline || !cause.file || !cause.line) continue;
      results.push({
        ruleId: required ? NETPOL_SARIF_RULES[0]!.id : NETPOL_SARIF_RULES[1]!.id,
        ruleIndex: ruleIndexBase + (required ? 0 : 1),
        level: required ? 'error' : 'warning',
        message: {
          text: `${change.from} -> ${change.to}: ${change.lost} cut${required ? ' (required)' : ''}; ${cause.policy}: ${cause.reason}`,
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(cause.file, root) },
              region: { startLine: cause.line, ...(cause.column ? { startColumn: cause.column } : {}) },
            },
          },
        ],
      });
    }
  }
  return results;
}

/** SARIF 2.1.0 of a diff alone (`netpol diff -f sarif`). */
export function renderDiffSarif(diff: NetpolDiffReport, version: string, root: string): string {
  const results = netpolSarifResults(diff, root);
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{ tool: { driver: { name: 'slo-gate netpol', version, rules: NETPOL_SARIF_RULES } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
