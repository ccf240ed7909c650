/**
 * Terminal rendering: an aligned table, then reasons, hints and findings. Colour only when asked (a
 * TTY). Given a width, the table leaves out burn-rate columns until it fits and every other line
 * wraps at spaces, never inside a word; `--format json` keeps every number.
 */
import type { Report, SloResult, SloStatus, Verdict } from '../model/index.js';
import { mapStrings, stripControlCharacters } from '../text/redact.js';
import { count } from '../text/plural.js';
import { wrapWords } from '../text/wrap.js';
import {
  burn,
  evidenceBeyondTitle,
  humanDuration,
  objectiveAndPeriod,
  percent,
  slowQueryLines,
} from './format.js';

const SHOWN_WINDOWS = ['5m', '1h', '6h', '1d', '3d'];
/** When the table is too wide, burn-rate columns go from the end of this list first. */
const WINDOWS_BY_IMPORTANCE = ['1h', '5m', '6h', '1d', '3d'];
const COLUMN_GAP = '  ';

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
  /** Terminal columns to fit; none: lines as long as their content. */
  width?: number;
  /** What the run read: "— 12 files, 87 resources" after the verdict line. */
  read?: { files: number; resources: number };
}

interface TableLayout {
  windows: string[];
  /** Short headers ("BUDGET", "EXHAUSTS") for narrow terminals. */
  short: boolean;
}

/** The SLO table's cells: header first, then one row per SLO. */
function tableCells(report: Report, { windows, short }: TableLayout): string[][] {
  const header = [
    'SLO',
    'STATUS',
    'OBJECTIVE',
    short ? 'BUDGET' : 'BUDGET LEFT',
    ...windows.map((w) => `BURN ${w}`),
    short ? 'EXHAUSTS' : 'EXHAUSTS IN',
  ];
  const rows = report.slos.map((slo: SloResult) => [
    slo.name,
    slo.status,
    objectiveAndPeriod(slo, report.evaluatedAt),
    percent(slo.errorBudgetRemaining),
    ...windows.map((w) => burn(slo.burnRates[w])),
    humanDuration(slo.exhaustsIn),
  ]);
  return [header, ...rows];
}

function columnWidths(cells: string[][]): number[] {
  return cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
}

function tableWidth(cells: string[][]): number {
  const widths = columnWidths(cells);
  return widths.reduce((sum, w) => sum + w, 0) + COLUMN_GAP.length * (widths.length - 1);
}

/**
 * The table's layout: every burn-rate window, or the most important ones that fit, first under the
 * long headers, then under the short ones; the narrowest layout when nothing fits (long SLO names).
 */
function layoutThatFits(report: Report, width: number | undefined): TableLayout {
  if (width === undefined) return { windows: SHOWN_WINDOWS, short: false };
  for (const short of [false, true]) {
    for (let kept = WINDOWS_BY_IMPORTANCE.length; kept >= 1; kept--) {
      const windows = SHOWN_WINDOWS.filter((w) => WINDOWS_BY_IMPORTANCE.slice(0, kept).includes(w));
      if (tableWidth(tableCells(report, { windows, short })) <= width) return { windows, short };
    }
  }
  return { windows: WINDOWS_BY_IMPORTANCE.slice(0, 1), short: true };
}

export function renderText(written: Report, options: TextOptions): string {
  // Names, messages and evidence come from manifests and servers: none may drive the terminal.
  const report = mapStrings(written, stripControlCharacters);
  const paint = (status: SloStatus | Verdict, text: string) =>
    options.color ? `${COLOURS[status]}${text}${RESET}` : text;
  const lines: string[] = [];
  const advisory = options.advisory && report.verdict !== 'pass' ? ' (advisory mode: not enforced)' : '';
  const read = options.read
    ? ` — ${count(options.read.files, 'file')}, ${count(options.read.resources, 'resource')}`
    : '';
  lines.push(
    `slo-gate: ${paint(report.verdict, report.verdict.toUpperCase())}${advisory} at ${report.evaluatedAt}${read}`,
  );

  const { width } = options;
  const wrapped = (text: string, firstPrefix: string, restPrefix?: string) =>
    lines.push(...wrapWords(text, width, firstPrefix, restPrefix));

  if (report.slos.length > 0) {
    const layout = layoutThatFits(report, width);
    const { windows } = layout;
    const [header, ...rows] = tableCells(report, layout);
    const widths = columnWidths([header!, ...rows]);
    const line = (cells: string[], status?: SloStatus) =>
      cells
        .map((cell, i) => {
          const padded = cell.padEnd(widths[i]!);
          return i === 1 && status ? paint(status, padded) : padded;
        })
        .join(COLUMN_GAP)
        .trimEnd();
    lines.push('', line(header!));
    rows.forEach((row, i) => lines.push(line(row, report.slos[i]!.status)));
    const left = SHOWN_WINDOWS.filter((w) => !windows.includes(w));
    if (left.length > 0) {
      wrapped(
        `(burn rates over ${left.join(', ')} left out to fit ${width} columns; --format json has every window)`,
        '',
      );
    }
  }

  for (const slo of report.slos) {
    if (slo.reasons.length === 0 && !slo.warnings && !slo.slowQueries) continue;
    lines.push('', `${slo.name} (${paint(slo.status, slo.status)}):`);
    slo.reasons.forEach((reason) => wrapped(reason, '  - ', '    '));
    slo.warnings?.forEach((warning) => wrapped(`Prometheus warning: ${warning}`, '  ! ', '    '));
    slowQueryLines(slo).forEach((line) => wrapped(line, '  ~ ', '    '));
  }

  if (report.hints.length > 0) {
    lines.push('', 'Hints:');
    for (const hint of report.hints) {
      wrapped(`${hint.slo ? `[${hint.slo}] ` : ''}${hint.title}`, '  * ', '    ');
      evidenceBeyondTitle(hint).forEach((e) => wrapped(e, '      ', '        '));
    }
  }

  if (report.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const f of report.findings) {
      lines.push(`  ${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`);
      wrapped(`${f.resource}: ${f.message}`, '      ', '        ');
      if (f.hint) wrapped(`hint: ${f.hint}`, '      ', '        ');
    }
  }
  return `${lines.join('\n')}\n`;
}
