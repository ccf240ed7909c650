/** An SLO as the config compiles it, with its policy; and its recent past, for the charts. */
import type { SourceRef } from './position.js';
import type { Verdict } from './report.js';

export interface BurnRateAlert {
  /** Long window as written, e.g. "1h", and in seconds. */
  long: string;
  longSeconds: number;
  short: string;
  shortSeconds: number;
  /** Exactly one of budgetConsumed / factor is set, as the user wrote it. */
  budgetConsumed?: number;
  factor?: number;
  action: 'block' | 'warn';
}

/** Block whenever the burn rate over `window` is above `factor`. */
export interface MaxBurnRate {
  factor: number;
  /** Window as written, e.g. "1h", and in seconds. */
  window: string;
  windowSeconds: number;
}

export interface Policy {
  budgetExhausted: 'block' | 'warn';
  /** Remaining budget fraction below which the SLO warns (0.25 = 25 %). */
  budgetWarnBelow: number;
  /** Remaining budget fraction below which the SLO blocks; absent: off. */
  budgetBlockBelow?: number;
  burnRateAlerts: BurnRateAlert[];
  /** Absent: off. */
  maxBurnRate?: MaxBurnRate;
  /** Fewer events than this in a window: that window is not judged. */
  minEvents: number;
  onPrometheusError: Verdict;
}

/** What one sample of a total query counts: a rate (events per second), a count, or unknown. */
export type TotalUnit = 'per-second' | 'count' | 'unknown';

/** Query templates keep Sloth's `{{.window}}` placeholder until a window is chosen. */
export interface EventsSli {
  kind: 'events';
  errorQuery: string;
  totalQuery: string;
  /** Turns a window's total into an event count for minEvents; 'unknown' leaves minEvents unjudged. */
  totalUnit: TotalUnit;
  /** The error query summed by the SLO's attribution labels; absent when the SLO names none. */
  attribution?: { labels: string[]; errorQuery: string };
}

export interface RatioSli {
  kind: 'ratio';
  errorRatioQuery: string;
}

/**
 * A classic histogram's latency SLI (a request slower than the threshold is an error), kept apart
 * until the gate has asked Prometheus how it spells the threshold's bucket boundary ("0.3" or
 * "0.30"): the gate resolves it into an EventsSli before measuring.
 */
export interface LatencySli {
  kind: 'latency';
  /** The histogram's base name: the gate reads `<histogram>_bucket` and `<histogram>_count`. */
  histogram: string;
  /** Label matchers without the braces, e.g. `service="checkout"`; '' for none. */
  matchers: string;
  /** The threshold as written ("300ms") and in seconds. */
  threshold: string;
  thresholdSeconds: number;
  /** The SLO's attribution labels; empty when it names none. */
  attributionLabels: string[];
  /** Where the threshold is written: the error when no bucket boundary equals it points there. */
  thresholdSource: SourceRef;
}

/** Every SLI format the config reads compiles to one of these, once, at load. */
export type Sli = EventsSli | RatioSli | LatencySli;

/** An SLI the gate measures as it stands: every kind but a latency SLI not yet resolved. */
export type MeasurableSli = EventsSli | RatioSli;

/**
 * The recording rules a rule generator (Sloth, Pyrra) keeps for an SLO: its error ratio per window,
 * already computed, so the gate reads one recorded series instead of rating raw counters over 30 days.
 */
export type RecordingRules =
  /** Sloth: `slo:sli_error:ratio_rate<window>{sloth_id="<id>"}`. */
  | { tool: 'sloth'; slothId: string }
  /**
   * Pyrra: `<metric>:burnrate<window>{slo="<name>"}` per window; the period from its
   * `<metric>:increase<period>` rules, when the indicator's selectors are known (an imported resource).
   */
  | { tool: 'pyrra'; slo: string; increase?: PyrraIncrease };

/** The selectors of an imported Pyrra indicator its increase rules are recorded from. */
export interface PyrraIncrease {
  /** Errors are counted directly (ratio) or as total minus good events (latency). */
  kind: 'errors' | 'good';
  /** Plain vector selectors as written in the resource, e.g. `http_requests_total{code=~"5.."}`. */
  counted: string;
  total: string;
}

/** How an SLO is measured: `raw` queries, or recorded series that fall back to raw where absent. */
export interface MeasurementSource {
  rules: RecordingRules;
  /** Set by an importer (use the series if they exist), not written: a missing series is not a warning. */
  detected: boolean;
}

/** A calendar-aligned SLO period, in UTC: the month from the 1st, the week from Monday. */
export type CalendarPeriod = 'month' | 'week';

export interface SloDefinition<S extends Sli = Sli> {
  name: string;
  /** Objective as a fraction: 99.9 % is 0.999. */
  objective: number;
  /**
   * The SLO period as written ("30d") and in seconds. A calendar SLO has "calendar month" (or
   * week) and the nominal length its default alerts are chosen by (30d, 7d); its real period is
   * resolved at each evaluation time (slo/calendar.ts).
   */
  window: string;
  windowSeconds: number;
  /** Set when the period is calendar-aligned rather than rolling. */
  calendar?: CalendarPeriod;
  /** Compiled at load from whichever format the SLO was written in. */
  sli: S;
  onNoData: Verdict;
  /** Absent: raw queries only. */
  recorded?: MeasurementSource;
  /** Global policy with this SLO's overrides applied. */
  policy: Policy;
  source: SourceRef;
}

/** An SLO as the gate measures it: its SLI resolved against Prometheus where that was needed. */
export type MeasurableSlo = SloDefinition<MeasurableSli>;

/** The recent past of an SLO, from range queries: what the job summary's charts draw. */
export interface SloHistory {
  slo: string;
  /**
   * [unix seconds, burn rate of the 1h window] on a regular grid on multiples of the step, then the
   * check's own value at `at` when the grid ends before it; NaN without traffic.
   */
  burnRate: [number, number][];
  /**
   * [unix seconds, fraction of the period's budget left] (negative when overspent), gridded like
   * burnRate; NaN without traffic. Empty for a calendar SLO: its period so far has another length at
   * every point.
   */
  budgetRemaining: [number, number][];
  /** Step of burnRate. */
  stepSeconds: number;
  /** Step of budgetRemaining: coarser, since every point evaluates the whole SLO period. */
  budgetStepSeconds: number;
  /** The SLO period as written ("30d"). */
  window: string;
  /** The lowest factor among the alerts whose long window is 1h: where the burn-rate chart's line is drawn. */
  burnRateThreshold?: number;
}
