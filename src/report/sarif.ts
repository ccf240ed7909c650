/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every catalog rule with its help text, one result
 * per manifest finding with a repo-relative URI and a fingerprint that survives moved lines, and,
 * when the report has a NetworkPolicy diff, one per connection it cuts at the causing policy's line.
 * SLO results have no place in a file and are not part of SARIF.
 */
import { createHash } from 'node:crypto';
import type { Log } from 'sarif';
import type { Finding, Report, RuleMeta } from '../model/index.js';
import { mapStrings, stripControlCharacters } from '../text/redact.js';
import { artifactUri } from './artifact-uri.js';
import { NETPOL_SARIF_RULES, netpolSarifResults } from './netpol-sarif.js';

export { artifactUri } from './artifact-uri.js';

const LEVELS = { error: 'error', warning: 'warning', info: 'note' } as const;

export interface SarifOptions {
  rules: readonly RuleMeta[];
  version: string;
  /** URIs are made relative to this folder (the repository root; GITHUB_WORKSPACE or cwd). */
  root: string;
}

/** "ingress-backend-service-missing" -> "IngressBackendServiceMissing" (SARIF's rule name). */
function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase());
}

function ruleHelp(meta: RuleMeta): { text: string; markdown: string } {
  const text = `${meta.description}\n\n${meta.rationale}`;
  const markdown = [
    `**${meta.id}** (${meta.severity}) — ${meta.description}`,
    '',
    meta.rationale,
    '',
    'Reported:',
    '```yaml',
    meta.example.bad.trimEnd(),
    '```',
    'Fixed:',
    '```yaml',
    meta.example.good.trimEnd(),
    '```',
    '',
    `Opt a resource out with the annotation \`slo-gate.dev/ignore: ${meta.id}\`.`,
  ].join('\n');
  return { text, markdown };
}

function fingerprint(finding: Finding): string {
  return createHash('sha256')
    .update([finding.ruleId, finding.file, finding.resource, finding.message].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

export function renderSarif(written: Report, options: SarifOptions): string {
  // JSON escapes C0 controls, but a SARIF viewer shows the message it decodes: none may carry ESC or CR.
  const report = mapStrings(written, stripControlCharacters);
  const ruleIndex = new Map(options.rules.map((meta, i) => [meta.id, i]));
  // Typed against the SARIF 2.1.0 object model (@types/sarif), so a misplaced property fails to compile.
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'slo-gate',
            version: options.version,
            informationUri: 'https://github.com/slo-gate/slo-gate',
            rules: [
              ...options.rules.map((meta) => ({
                id: meta.id,
                name: pascalCase(meta.id),
                shortDescription: { text: meta.description },
                fullDescription: { text: meta.rationale },
                help: ruleHelp(meta),
                defaultConfiguration: { level: LEVELS[meta.severity] },
                properties: { tags: ['kubernetes', meta.id.split('-')[0]!] },
              })),
              ...(report.netpol ? NETPOL_SARIF_RULES : []),
            ],
          },
        },
        results: [
          ...report.findings.map((finding) => ({
            ruleId: finding.ruleId,
            ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
            level: LEVELS[finding.severity],
            message: {
              text: `${finding.resource ? `${finding.resource}: ` : ''}${finding.message}${finding.hint ? ` — ${finding.hint}` : ''}`,
            },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(finding.file, options.root), uriBaseId: '%SRCROOT%' },
                  region: { startLine: Math.max(1, finding.line), startColumn: Math.max(1, finding.column) },
                },
              },
            ],
            partialFingerprints: { 'sloGateFinding/v1': fingerprint(finding) },
          })),
          ...(report.netpol ? netpolSarifResults(report.netpol, options.root, options.rules.length) : []),
        ],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
