/** Number formatting of the human-readable renderers, on the rules reasons use (src/slo/format). */
import type { SloResult } from '../model/index.js';
import { formatIsoDuration } from '../slo/duration.js';
import { readablePercent, readableRate } from '../slo/format.js';

/** 0.75875 -> "75.88%", -0.25 -> "-25%", null -> "—". */
export function percent(fraction: number | null): string {
  return fraction === null ? '—' : readablePercent(fraction);
}

/** 20 -> "20x", 13.4444 -> "13.44x", null -> "—". */
export function burn(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : readableRate(rate);
}

/** "PT35H" -> "35h", "PT1H30M" -> "1h30m", "PT2880H" -> "120d", null -> "—". */
export function humanDuration(iso: string | null): string {
  if (iso === null) return '—';
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?/.exec(iso);
  const hours = Number(match?.[1] ?? 0);
  const minutes = Number(match?.[2] ?? 0);
  if (hours === 0 && minutes === 0) return 'now';
  // Beyond two days, minutes are noise.
  if (hours >= 48) return `${Math.floor(hours / 24)}d${hours % 24 ? `${hours % 24}h` : ''}`;
  return `${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}`;
}

/**
 * The objective and period of an SLO: "99.9% / 30d"; a calendar SLO with the time until its budget
 * resets, counted from the evaluation time: "99.9% / calendar month, resets in 20d12h".
 */
export function objectiveAndPeriod(
  slo: Pick<SloResult, 'objective' | 'window' | 'periodEnd'>,
  evaluatedAt: string,
): string {
  const objective = `${Number((slo.objective * 100).toFixed(4))}% / ${slo.window}`;
  if (slo.periodEnd === undefined) return objective;
  const seconds = (Date.parse(slo.periodEnd) - Date.parse(evaluatedAt)) / 1000;
  if (!Number.isFinite(seconds)) return objective;
  return `${objective}, resets in ${humanDuration(formatIsoDuration(seconds))}`;
}

/** A hint's evidence without a first line that only repeats its title (the renderers show the title). */
export function evidenceBeyondTitle(hint: { title: string; evidence: string[] }): string[] {
  return hint.evidence[0] === hint.title ? hint.evidence.slice(1) : hint.evidence;
}

/**
 * One line per slow query of an SLO, for the reasons: "slow query (30d): 6.9 s, timed out — sum(...)".
 * The JSON report has them in `slowQueries`; the query itself is cut to keep the line readable.
 */
export function slowQueryLines(slo: {
  slowQueries?: { window: string; promql: string; seconds: number; timedOut?: boolean }[];
}): string[] {
  return (slo.slowQueries ?? []).map((q) => {
    const promql = q.promql.length > 120 ? `${q.promql.slice(0, 119)}…` : q.promql;
    return `slow query (${q.window}): ${q.seconds.toFixed(1)} s${q.timedOut ? ', timed out' : ''} — ${promql}`;
  });
}
