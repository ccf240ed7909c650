/**
 * The job summary: the markdown report with, after its SLO table, charts of each warning or blocking
 * SLO's recent burn rate and remaining budget. GitHub refuses a step summary over 1 MiB, so the
 * summary is kept under a byte budget: charts go first, then the PromQL details, then findings, each
 * cut said so where it happened. Pure.
 */
import type { Report, SloHistory } from '../model/index.js';
import { budgetChart, burnRateChart } from './chart.js';
import { renderMarkdown } from './markdown.js';
import { mapStrings, stripControlCharacters } from '../text/redact.js';

/** GitHub's limit for one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room left for anything else the step writes to the same summary file. */
export const DEFAULT_SUMMARY_MAX_BYTES = SUMMARY_LIMIT_BYTES - 16 * 1024;

export interface SummaryOptions {
  /** Upper bound of the result in UTF-8 bytes. Default DEFAULT_SUMMARY_MAX_BYTES. */
  maxBytes?: number;
  advisory?: boolean;
}

const CHARTS_HEADING = '### Burn rate and budget';

export function renderSummary(report: Report, histories: SloHistory[], options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const limit =
    maxBytes === DEFAULT_SUMMARY_MAX_BYTES ? "GitHub's 1 MiB limit" : `the ${limitText(maxBytes)} limit`;
  const markdown = (r: Report) => renderMarkdown(r, { advisory: options.advisory });
  // The charts name SLOs too; the markdown strips the report's own text.
  const chartBlocks = mapStrings(histories, stripControlCharacters).map(chartsOf);

  // 1. Everything, then fewer and fewer charts (the last SLOs' first).
  const full = splitAfterSloTable(markdown(report));
  for (let shown = chartBlocks.length; shown >= 0; shown--) {
    const text = join(full.head, chartsSection(chartBlocks, shown, limit), full.tail);
    if (fits(text, maxBytes)) return text;
  }
  const noCharts = chartsSection(chartBlocks, 0, limit);

  // 2. Without the PromQL details.
  const withoutQueries: Report = { ...report, slos: report.slos.map((slo) => ({ ...slo, queries: [] })) };
  const hasQueries = report.slos.some((slo) => slo.queries.length > 0);
  const queriesNote = hasQueries
    ? `_PromQL details left out to keep the summary under ${limit}; the JSON report has every query._\n`
    : '';
  const lean = splitAfterSloTable(markdown(withoutQueries));
  const leanText = join(lean.head, noCharts, lean.tail, queriesNote);
  if (fits(leanText, maxBytes)) return leanText;

  // 3. The first findings only: the most that fit.
  const total = report.findings.length;
  const withFindings = (kept: number) => {
    const cut = splitAfterSloTable(markdown({ ...withoutQueries, findings: report.findings.slice(0, kept) }));
    const findingsNote =
      kept < total
        ? `_Showing ${kept} of ${total} findings: the rest were cut to keep the summary under ${limit}; ` +
          'the JSON report has them all._\n'
        : '';
    return join(cut.head, noCharts, cut.tail, findingsNote, queriesNote);
  };
  let low = 0;
  let high = total - 1;
  // Binary search for the largest count that fits; a count of 0 may still not fit (step 4).
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(withFindings(middle), maxBytes)) low = middle;
    else high = middle - 1;
  }
  const trimmed = withFindings(low);
  if (fits(trimmed, maxBytes)) return trimmed;

  // 4. Still too long (huge reasons or hints): cut the text itself at a line.
  const cutNote = `\n\n_The summary was cut here to stay under ${limit}; the JSON report has the whole report._\n`;
  if (byteLength(cutNote) > maxBytes) return cutToBytes(cutNote.trim(), maxBytes);
  return cutToBytes(trimmed, maxBytes - byteLength(cutNote)) + cutNote;
}

/** Markdown (burn-rate chart, budget chart) of one SLO, or a line saying why there is none. */
function chartsOf(history: SloHistory): string {
  const burn = burnRateChart(history);
  const budget = budgetChart(history);
  const times = [...history.burnRate, ...history.budgetRemaining].map(([t]) => t);
  const span =
    times.length > 0 ? ` (${utcMinute(Math.min(...times))} to ${utcMinute(Math.max(...times))} UTC)` : '';
  const heading = `**${history.slo.replace(/\r?\n/g, ' ')}**${span}`;
  if (!burn && !budget) return `${heading}: no traffic in this period, nothing to chart.\n`;
  const parts = [heading, ''];
  if (burn) parts.push(burn, '');
  else parts.push('_Burn rate: no traffic in this period._', '');
  if (budget) parts.push(budget, '');
  else if (history.budgetRemaining.length === 0)
    parts.push('_Budget: not charted for a calendar period._', '');
  else parts.push('_Budget: no traffic in this period._', '');
  return parts.join('\n');
}

/** "2023-11-14 22:13" */
function utcMinute(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

function chartsSection(blocks: string[], shown: number, limit: string): string {
  if (blocks.length === 0) return '';
  const out = [CHARTS_HEADING, ''];
  if (shown > 0) {
    out.push(
      '_Each point is the highest 1h burn rate, and the budget left, in its stretch of time; ' +
        'stretches without traffic repeat the value before them._',
      '',
    );
  }
  out.push(...blocks.slice(0, shown));
  if (shown < blocks.length) {
    const left = blocks.length - shown;
    out.push(
      `_Charts of ${left} SLO${left === 1 ? '' : 's'} left out to keep the summary under ${limit}._`,
      '',
    );
  }
  return out.join('\n') + '\n';
}

/**
 * The rendered markdown cut after the SLO table (the charts go there): up to and including the blank
 * line that ends the table. Without a table, everything is head.
 */
function splitAfterSloTable(markdown: string): { head: string; tail: string } {
  const table = markdown.indexOf('\n| SLO |');
  const end = table < 0 ? -1 : markdown.indexOf('\n\n', table);
  if (end < 0) return { head: markdown, tail: '' };
  return { head: markdown.slice(0, end + 2), tail: markdown.slice(end + 2) };
}

function join(head: string, charts: string, tail: string, ...notes: string[]): string {
  // A report with nothing after its table ends in a single line break: keep the section apart from it.
  const gap = charts === '' || head.endsWith('\n\n') ? '' : head.endsWith('\n') ? '\n' : '\n\n';
  const body = head + gap + charts + tail;
  const trailing = notes.filter((note) => note !== '');
  if (trailing.length === 0) return body;
  return `${body.replace(/\n*$/, '\n\n')}${trailing.join('\n')}`;
}

function fits(text: string, maxBytes: number): boolean {
  return byteLength(text) <= maxBytes;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** "1 MiB", "1008 KiB", "2000 bytes": the limit as notes name it. */
function limitText(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024) return `${Math.floor(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

/** At most `maxBytes` UTF-8 bytes of `text`, ending at a line break when there is one, never inside a character. */
function cutToBytes(text: string, maxBytes: number): string {
  if (maxBytes <= 0) return '';
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  // Back off continuation bytes (10xxxxxx) so no character is split.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  const cut = bytes.subarray(0, end).toString('utf8');
  const lastLine = cut.lastIndexOf('\n');
  return lastLine > 0 ? cut.slice(0, lastLine) : cut;
}
