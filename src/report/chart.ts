/**
 * Mermaid `xychart-beta` charts of an SLO's recent burn rate and remaining budget, as fenced
 * markdown blocks (GitHub renders Mermaid in markdown). Pure.
 *
 * What Mermaid's xychart grammar and band axis demand:
 * - numbers are plain decimals (`[+-]?digits[.digits]`): no exponent, NaN or Infinity, so a line
 *   cannot have gaps. A step without a value (no traffic) carries the previous value forward, and
 *   leading gaps take the first known value: a quiet stretch reads as "nothing changed", and an
 *   outage that stops all traffic keeps showing the burn it ended with rather than dropping to 0;
 * - quoted text has no escape for `"`: double quotes (and backticks, which open markdown strings)
 *   become `'`, line breaks spaces, and `%%` (comments, directives) a single `%`;
 * - every x-axis category is labelled, and categories must differ (d3's band scale merges equal
 *   ones; labels are trimmed, so blanks would all be equal). Only labels that fit are written as
 *   dates or times; the others are distinct strings of zero-width characters, which draw nothing.
 *
 * xychart has no legend and no dashed lines, so each chart sets its own palette (GitHub draws Mermaid
 * in its light or dark theme, whose default palettes make the first line pale in the light one): the
 * data line in a strong colour readable on white and on GitHub's dark background, a threshold in
 * grey, and the axis title says which line is which.
 */
import type { SloHistory } from '../model/index.js';

/** X-axis categories per chart: more make the line unreadable at GitHub's width. */
export const MAX_CATEGORIES = 60;
/** Visible "MM-DD" or "HH:MM" labels that fit side by side at Mermaid's default 700 px width. */
const MAX_SHORT_LABELS = 8;
/** Visible "MM-DD HH:MM" labels that fit. */
const MAX_LONG_LABELS = 5;
const DAY_SECONDS = 86_400;
/** Longer SLO names are cut in chart titles (the summary's heading carries the whole name). */
const MAX_TITLE_NAME = 60;
/** Values beyond this are drawn at it: JavaScript writes 1e21 and up with an exponent. */
const PLOT_LIMIT = 1e15;

/** Line colours, each readable on GitHub's light (#ffffff) and dark (#0d1117) backgrounds. */
export const PALETTE = {
  /** The burn rate: a strong red. */
  burn: '#e5534b',
  /** The budget left: a strong blue. */
  budget: '#1f6feb',
  /** A threshold: neutral grey, so the data line stands out. */
  threshold: '#8c959f',
} as const;

export interface XyChartSpec {
  title: string;
  /** One colour per line, in the order of `lines`. */
  colours: string[];
  xAxisTitle: string;
  categories: string[];
  yAxis: { title: string; min: number; max: number };
  /** One row of values per line, each as long as `categories`. */
  lines: number[][];
}

/** The fenced block for one chart. */
export function xyChart(spec: XyChartSpec): string {
  return [
    '```mermaid',
    // Front matter: Mermaid's per-diagram config (the theme's colours otherwise).
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${spec.colours.join(', ')}"`,
    '---',
    'xychart-beta',
    `  title ${quoted(spec.title)}`,
    `  x-axis ${quoted(spec.xAxisTitle)} [${spec.categories.map(quoted).join(', ')}]`,
    `  y-axis ${quoted(spec.yAxis.title)} ${plainNumber(spec.yAxis.min)} --> ${plainNumber(spec.yAxis.max)}`,
    ...spec.lines.map((values) => `  line [${values.map(plainNumber).join(', ')}]`),
    '```',
  ].join('\n');
}

/**
 * The 1h burn rate: the highest value in each bucket (peaks are what alerts fire on), with a flat
 * grey line at the alert threshold when the SLO has a 1h alert. Undefined when no step had traffic.
 */
export function burnRateChart(history: SloHistory, maxCategories = MAX_CATEGORIES): string | undefined {
  const buckets = downsample(history.burnRate, maxCategories, 'max');
  const values = fillGaps(buckets.map(([, value]) => value));
  if (!values) return undefined;
  const threshold = history.burnRateThreshold;
  const lines = threshold === undefined ? [values] : [values, values.map(() => threshold)];
  const legend =
    threshold === undefined
      ? 'red: 1h burn rate (x)'
      : `red: 1h burn rate (x), grey: alert at ${plainNumber(threshold)}x`;
  return xyChart({
    title: `${titleName(history.slo)}: burn rate, last ${spanOf(history.burnRate)}`,
    colours: threshold === undefined ? [PALETTE.burn] : [PALETTE.burn, PALETTE.threshold],
    xAxisTitle: 'time (UTC)',
    categories: axisLabels(buckets.map(([t]) => t)),
    yAxis: { title: legend, ...axisRange(lines.flat(), { headroom: 1.1 }) },
    lines,
  });
}

/**
 * The budget left over the SLO period, in percent: the value at the end of each bucket (it moves
 * slowly, and the end is "as of" that time). Undefined when no step had traffic.
 */
export function budgetChart(history: SloHistory, maxCategories = MAX_CATEGORIES): string | undefined {
  const buckets = downsample(history.budgetRemaining, maxCategories, 'last');
  const fractions = fillGaps(buckets.map(([, value]) => value));
  if (!fractions) return undefined;
  const percents = fractions.map((fraction) => fraction * 100);
  return xyChart({
    title: `${titleName(history.slo)}: error budget left, last ${spanOf(history.budgetRemaining)} (${history.window} period)`,
    colours: [PALETTE.budget],
    xAxisTitle: 'time (UTC)',
    categories: axisLabels(buckets.map(([t]) => t)),
    // A full budget is the top; an overspent one goes below zero.
    yAxis: { title: 'blue: budget left (%)', ...axisRange([...percents, 100], { headroom: 1 }) },
    lines: [percents],
  });
}

/**
 * At most `maxBuckets` buckets of consecutive points, each as many points wide, counted back from the
 * newest so the last bucket ends at the evaluation time (the oldest may be narrower). A bucket is
 * [time of its newest point, its highest or last finite value], NaN when it has none.
 */
export function downsample(
  points: [number, number][],
  maxBuckets: number,
  pick: 'max' | 'last',
): [number, number][] {
  const size = Math.max(1, Math.ceil(points.length / Math.max(1, maxBuckets)));
  const buckets: [number, number][] = [];
  for (let end = points.length; end > 0; end -= size) {
    const bucket = points.slice(Math.max(0, end - size), end);
    const finite = bucket.map(([, value]) => value).filter((value) => Number.isFinite(value));
    const value =
      finite.length === 0 ? NaN : pick === 'max' ? Math.max(...finite) : finite[finite.length - 1]!;
    buckets.push([bucket[bucket.length - 1]![0], value]);
  }
  return buckets.reverse();
}

/** Gaps (NaN, ±Infinity) carry the previous value; leading ones the first known value. Undefined if none is known. */
export function fillGaps(values: number[]): number[] | undefined {
  const firstKnown = values.find((value) => Number.isFinite(value));
  if (firstKnown === undefined) return undefined;
  let previous = firstKnown;
  return values.map((value) => (Number.isFinite(value) ? (previous = value) : previous));
}

/**
 * One distinct category per time (unix seconds, ascending), in UTC. Spans of three days or more name
 * the first point of each day ("11-20"), every few days if there are many; shorter ones name every
 * few points counted back from the last ("22:13", with the date from one day on: "11-20 22:13").
 * The rest are invisible (see the module comment).
 */
export function axisLabels(times: number[]): string[] {
  const count = times.length;
  const span = count > 1 ? times[count - 1]! - times[0]! : 0;
  const visible = new Map<number, string>();
  if (span >= 3 * DAY_SECONDS) {
    // Not the first point: a new day right after it would put two labels on top of each other.
    const dayStarts = times
      .map((t, i) => i)
      .filter((i) => i > 0 && utcDay(times[i]!) !== utcDay(times[i - 1]!));
    const every = Math.ceil(dayStarts.length / MAX_SHORT_LABELS);
    dayStarts.forEach((i, n) => {
      if (n % every === 0) visible.set(i, utcIso(times[i]!).slice(5, 10));
    });
  } else {
    const withDate = span >= DAY_SECONDS;
    const every = Math.ceil(count / (withDate ? MAX_LONG_LABELS : MAX_SHORT_LABELS));
    for (let i = count - 1; i >= 0; i -= every) {
      const iso = utcIso(times[i]!);
      visible.set(i, withDate ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16));
    }
  }
  const used = new Set<string>();
  return times.map((_, i) => {
    const label = visible.get(i);
    if (label === undefined || used.has(label)) return invisibleLabel(i, count);
    used.add(label);
    return label;
  });
}

/** `i` in binary, zero-width space for 0 and zero-width non-joiner for 1: distinct, and not trimmed. */
function invisibleLabel(i: number, count: number): string {
  const bits = Math.max(1, Math.ceil(Math.log2(count)));
  return i.toString(2).padStart(bits, '0').replace(/0/g, '\u200b').replace(/1/g, '\u200c');
}

/** Text safe inside Mermaid's double quotes (see the module comment). */
export function mermaidText(text: string): string {
  return text
    .replace(/["`]/g, "'")
    .replace(/[\r\n]+/g, ' ')
    .replace(/%{2,}/g, '%')
    .trim();
}

function quoted(text: string): string {
  return `"${mermaidText(text)}"`;
}

/** The time a series covers, from its first point to its last: "24h", "30d", "45m". */
function spanOf(points: [number, number][]): string {
  const seconds = points.length > 1 ? points[points.length - 1]![0] - points[0]![0] : 0;
  if (seconds >= 2 * DAY_SECONDS) return `${Math.round(seconds / DAY_SECONDS)}d`;
  if (seconds >= 3600) return `${Math.round(seconds / 3600)}h`;
  return `${Math.round(seconds / 60)}m`;
}

function titleName(name: string): string {
  return name.length > MAX_TITLE_NAME ? `${name.slice(0, MAX_TITLE_NAME - 1)}…` : name;
}

/** A plain decimal with at most four decimals, as the grammar accepts: 0.2, 14.4, -25, 0. */
export function plainNumber(value: number): string {
  if (Number.isNaN(value)) throw new Error('a chart value is NaN: fill gaps before drawing');
  const clamped = Math.max(-PLOT_LIMIT, Math.min(PLOT_LIMIT, value));
  // Number() drops trailing zeros; `|| 0` turns -0 into 0.
  return String(Number(clamped.toFixed(4)) || 0);
}

/** From 0 (or a round number below the lowest value) to a round number above the highest. */
function axisRange(values: number[], options: { headroom: number }): { min: number; max: number } {
  const lowest = Math.min(0, ...values);
  const highest = Math.max(...values) * options.headroom;
  const max = roundUp(highest) || 1;
  return { min: lowest < 0 ? -roundUp(-lowest) : 0, max };
}

/** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `value` (> 0); 0 for 0 or less. */
function roundUp(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * power >= value * (1 - 1e-12)) ?? 10;
  return Number((factor * power).toPrecision(12));
}

function utcIso(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}

function utcDay(unixSeconds: number): number {
  return Math.floor(unixSeconds / DAY_SECONDS);
}
