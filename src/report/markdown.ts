/** Markdown for PR comments and job summaries: verdict, table, reasons, hints, resolved PromQL. */
import type { Report, SloStatus, Verdict } from '../model/index.js';
import { mapStrings, stripControlCharacters } from '../text/redact.js';
import { renderDiffMarkdown } from './netpol.js';
import {
  burn,
  evidenceBeyondTitle,
  humanDuration,
  objectiveAndPeriod,
  percent,
  slowQueryLines,
} from './format.js';

const ICONS: Record<SloStatus | Verdict, string> = {
  pass: '✅',
  warn: '⚠️',
  block: '⛔',
  nodata: '❔',
  error: '❗',
};

const SHOWN_WINDOWS = ['5m', '1h', '6h', '1d', '3d'];

/** Text inside a table cell or list item: no pipes or newlines that break the markdown. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderMarkdown(written: Report, options: { advisory?: boolean } = {}): string {
  // Names, messages and evidence come from manifests and servers: no raw ESC or CR reaches a PR page.
  const report = mapStrings(written, stripControlCharacters);
  const out: string[] = [];
  const advisory = options.advisory && report.verdict !== 'pass' ? ' (advisory mode: not enforced)' : '';
  out.push(`## ${ICONS[report.verdict]} slo-gate: ${report.verdict}${advisory}`, '');
  out.push(`Evaluated at \`${report.evaluatedAt}\`.`, '');

  if (report.slos.length > 0) {
    out.push(
      `| SLO | Status | Objective | Budget left | ${SHOWN_WINDOWS.map((w) => `Burn ${w}`).join(' | ')} | Exhausts in |`,
      `|---|---|---|---:|${SHOWN_WINDOWS.map(() => '---:').join('|')}|---|`,
    );
    for (const slo of report.slos) {
      out.push(
        `| ${cell(slo.name)} | ${ICONS[slo.status]} ${slo.status} | ${cell(objectiveAndPeriod(slo, report.evaluatedAt))} | ${percent(slo.errorBudgetRemaining)} | ${SHOWN_WINDOWS.map((w) => burn(slo.burnRates[w])).join(' | ')} | ${humanDuration(slo.exhaustsIn)} |`,
      );
    }
    out.push('');
  }

  const explained = report.slos.filter((slo) => slo.reasons.length > 0 || slo.warnings || slo.slowQueries);
  if (explained.length > 0) {
    out.push('### Reasons', '');
    for (const slo of explained) {
      out.push(`**${cell(slo.name)}** — ${slo.status}`, '');
      slo.reasons.forEach((r) => out.push(`- ${cell(r)}`));
      slo.warnings?.forEach((w) => out.push(`- Prometheus warning: ${cell(w)}`));
      slowQueryLines(slo).forEach((line) => out.push(`- ${cell(line)}`));
      out.push('');
    }
  }

  if (report.hints.length > 0) {
    out.push('### Hints', '');
    for (const hint of report.hints) {
      out.push(`- **${cell(hint.title)}**${hint.slo ? ` (${cell(hint.slo)})` : ''}`);
      evidenceBeyondTitle(hint).forEach((e) => out.push(`  - ${cell(e)}`));
    }
    out.push('');
  }

  if (report.findings.length > 0) {
    out.push('### Findings', '', '| Severity | Rule | Where | Resource | Message |', '|---|---|---|---|---|');
    for (const f of report.findings) {
      out.push(
        `| ${f.severity} | \`${f.ruleId}\` | \`${cell(f.file)}:${f.line}\` | ${cell(f.resource)} | ${cell(f.message)}${f.hint ? `<br>${cell(f.hint)}` : ''} |`,
      );
    }
    out.push('');
  }

  if (report.netpol) out.push(renderDiffMarkdown(report.netpol));

  for (const slo of report.slos) {
    if (slo.queries.length === 0) continue;
    out.push(`<details><summary>PromQL for ${cell(slo.name)}</summary>`, '');
    for (const q of slo.queries) out.push(`${q.window}:`, '', '```promql', q.promql, '```', '');
    out.push('</details>', '');
  }
  return out.join('\n');
}
