/** Terminal rendering: an aligned table, then reasons and hints. Colour only when asked (a TTY). */
import type { Report, SloStatus, Verdict } from '../model/index.js';
import { mapStrings, stripControlCharacters } from '../text/redact.js';
import { burn, evidenceBeyondTitle, humanDuration, objectiveAndPeriod, percent } from './format.js';

const SHOWN_WINDOWS = ['5m', '1h', '6h', '1d', '3d'];

const COLOURS: Record<SloStatus | Verdict, string> = {
  pass: '\u001b[32m',
  warn: '\u001b[33m',
  block: '\u001b[31m',
  nodata: '\u001b[33m',
  error: '\u001b[31m',
};
const RESET = '\u001b[0m';

export interface TextOptions {
  color: boolean;
  /** Advisory mode: say that a block is not enforced. */
  advisory?: boolean;
}

export function renderText(written: Report, options: TextOptions): string {
  // Names, messages and evidence come from manifests and servers: none may drive the terminal.
  const report = mapStrings(written, stripControlCharacters);
  const paint = (status: SloStatus | Verdict, text: string) =>
    options.color ? `${COLOURS[status]}${text}${RESET}` : text;
  const lines: string[] = [];
  const advisory = options.advisory && report.verdict !== 'pass' ? ' (advisory mode: not enforced)' : '';
  lines.push(
    `slo-gate: ${paint(report.verdict, report.verdict.toUpperCase())}${advisory} at ${report.evaluatedAt}`,
  );

  if (report.slos.length > 0) {
    const header = [
      'SLO',
      'STATUS',
      'OBJECTIVE',
      'BUDGET LEFT',
      ...SHOWN_WINDOWS.map((w) => `BURN ${w}`),
      'EXHAUSTS IN',
    ];
    const rows = report.slos.map((slo) => [
      slo.name,
      slo.status,
      objectiveAndPeriod(slo, report.evaluatedAt),
      percent(slo.errorBudgetRemaining),
      ...SHOWN_WINDOWS.map((w) => burn(slo.burnRates[w])),
      humanDuration(slo.exhaustsIn),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[], status?: SloStatus) =>
      cells
        .map((cell, i) => {
          const padded = cell.padEnd(widths[i]!);
          return i === 1 && status ? paint(status, padded) : padded;
        })
        .join('  ')
        .trimEnd();
    lines.push('', line(header));
    rows.forEach((row, i) => lines.push(line(row, report.slos[i]!.status)));
  }

  for (const slo of report.slos) {
    if (slo.reasons.length === 0 && !slo.warnings) continue;
    lines.push('', `${slo.name} (${paint(slo.status, slo.status)}):`);
    slo.reasons.forEach((reason) => lines.push(`  - ${reason}`));
    slo.warnings?.forEach((warning) => lines.push(`  ! Prometheus warning: ${warning}`));
  }

  if (report.hints.length > 0) {
    lines.push('', 'Hints:');
    for (const hint of report.hints) {
      lines.push(`  * ${hint.slo ? `[${hint.slo}] ` : ''}${hint.title}`);
      evidenceBeyondTitle(hint).forEach((e) => lines.push(`      ${e}`));
    }
  }

  if (report.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const f of report.findings) {
      lines.push(`  ${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.resource}: ${f.message}`);
      if (f.hint) lines.push(`      hint: ${f.hint}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
