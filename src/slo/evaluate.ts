/**
 * SLO math and the gate's decision for one SLO: error budget, burn rates, time to exhaustion and
 * the multi-window multi-burn-rate alerts of the SRE workbook. Pure: measurements in, verdict out.
 */

import type { BurnRateAlert, SloDefinition, Verdict } from '../model/index.js';
import { rollingPeriod, type BudgetPeriod } from './calendar.js';
import { clean, readableCount, readableNumber, readablePercent, readableRate } from './format.js';

export interface WindowMeasurement {
  window: string;
  seconds: number;
  /** errors / total over the window as a fraction; null when the window had no traffic. */
  errorRatio: number | null;
  /** Events in the window; null when unknown (the window is then judged). */
  events: number | null;
}

export interface SloEvaluation {
  status: 'pass' | 'warn' | 'block' | 'nodata';
  /** What this SLO contributes to the verdict (nodata -> onNoData). */
  action: Verdict;
  errorBudgetRemaining: number | null;
  burnRates: Record<string, number | null>;
  exhaustsInSeconds: number | null;
  /** Every non-pass status has at least one, with the numbers. */
  reasons: string[];
  /** Windows/alerts skipped for minEvents or no traffic, with numbers. */
  notJudged: string[];
  /** Where to look for the cause: the long window of the worst firing alert, else the period. */
  attributionWindow?: { window: string; seconds: number };
}

type EvaluatedSlo = Pick<SloDefinition, 'objective' | 'window' | 'windowSeconds' | 'policy' | 'onNoData'>;

const ONE_HOUR = 3600;
const SEVERITY: Record<Verdict, number> = { pass: 0, warn: 1, block: 2 };

/** The burn rate at which the alert fires: given directly, or budgetConsumed × period / long window. */
export function alertFactor(alert: BurnRateAlert, periodSeconds: number): number {
  if (alert.factor !== undefined) return alert.factor;
  if (alert.budgetConsumed === undefined) {
    throw new Error(`burn-rate alert ${alert.long}/${alert.short} has neither factor nor budgetConsumed`);
  }
  return clean((alert.budgetConsumed * periodSeconds) / alert.longSeconds);
}

/** Most severe action wins: block > warn > pass. */
export function combineVerdict(actions: Verdict[]): Verdict {
  return actions.reduce<Verdict>(
    (worst, action) => (SEVERITY[action] > SEVERITY[worst] ? action : worst),
    'pass',
  );
}

/** A condition that moved the SLO away from pass, with the reason shown to the user. */
interface Trigger {
  action: 'warn' | 'block';
  reason: string;
  /** Set for alerts: the long window to attribute errors over. */
  alertWindow?: { window: string; seconds: number };
  /** An alert whose short window went silent: there are no recent errors to attribute. */
  nodata?: true;
}

/**
 * `period` says which measurement spends the budget and how long the whole period is: by default
 * the SLO's rolling window; for a calendar SLO the period so far, resolved at the evaluation time.
 */
export function evaluateSlo(
  slo: EvaluatedSlo,
  measurements: WindowMeasurement[],
  period: BudgetPeriod = rollingPeriod(slo),
): SloEvaluation {
  const { policy } = slo;
  const { budgetWindow, periodSeconds } = period;
  // "30d"; "calendar month so far (9d12h)".
  const budgetLabel = budgetWindow.range
    ? `${budgetWindow.window} so far (${budgetWindow.range})`
    : slo.window;
  const allowedRatio = clean(1 - slo.objective);
  const bySeconds = indexBySeconds(measurements);
  const burnOf = (m: WindowMeasurement | undefined): number | null => {
    const ratio = ratioOf(m);
    return ratio === null ? null : clean(ratio / allowedRatio);
  };

  const burnRates: Record<string, number | null> = {};
  for (const m of bySeconds.values()) burnRates[m.window] = burnOf(m);

  const periodMeasurement = budgetMeasurement(measurements, bySeconds, budgetWindow);
  if (periodMeasurement && budgetWindow.seconds > 0) {
    burnRates[periodMeasurement.window] = burnOf(periodMeasurement);
  }
  const periodRatio = ratioOf(periodMeasurement);
  if (periodRatio === null) {
    return {
      status: 'nodata',
      action: slo.onNoData,
      errorBudgetRemaining: null,
      burnRates,
      exhaustsInSeconds: null,
      reasons: [`no data over ${budgetLabel}: no series or no traffic (onNoData: ${slo.onNoData})`],
      notJudged: [],
    };
  }

  const remaining = clean(1 - periodRatio / allowedRatio);
  const burn1h = burnOf(bySeconds.get(ONE_HOUR));
  const exhaustsInSeconds = secondsToExhaustion(remaining, burn1h, periodSeconds);

  const triggers: Trigger[] = [];
  const notJudged: string[] = [];

  const periodTooFew = tooFewEvents(periodMeasurement, budgetLabel, policy.minEvents);
  if (periodTooFew) {
    notJudged.push(`${slo.window} budget not judged: ${periodTooFew}`);
  } else {
    const budget = budgetTrigger(slo, budgetLabel, remaining, periodRatio, allowedRatio);
    if (budget) triggers.push(budget);
  }

  const max = policy.maxBurnRate;
  if (max) {
    const measured = bySeconds.get(max.windowSeconds);
    const skipped = unjudgeable(measured, max.window, policy.minEvents);
    const burn = burnOf(measured);
    if (skipped) {
      notJudged.push(`maxBurnRate over ${max.window} not judged: ${skipped}`);
    } else if (burn !== null && burn > max.factor) {
      triggers.push({
        action: 'block',
        reason: `burn rate ${readableRate(burn)} over ${max.window} exceeds the maximum ${readableRate(max.factor)}`,
        alertWindow: { window: measured!.window, seconds: measured!.seconds },
      });
    }
  }

  for (const alert of policy.burnRateAlerts) {
    const label = `${alert.long}/${alert.short}`;
    const long = bySeconds.get(alert.longSeconds);
    const short = bySeconds.get(alert.shortSeconds);
    const stopped = stoppedReporting(long, short, alert, policy.minEvents);
    if (stopped) {
      const reason = `${label} alert: ${stopped} (onNoData: ${slo.onNoData})`;
      if (slo.onNoData === 'pass') notJudged.push(reason);
      else triggers.push({ action: slo.onNoData, reason, nodata: true });
      continue;
    }
    const skipped = [
      unjudgeable(long, alert.long, policy.minEvents),
      unjudgeable(short, alert.short, policy.minEvents),
    ]
      .filter((why) => why !== undefined)
      .join('; ');
    if (skipped) {
      notJudged.push(`${label} alert not judged: ${skipped}`);
      continue;
    }
    // Both measurements exist with a ratio here, so both burn rates are numbers.
    const longBurn = burnOf(long)!;
    const shortBurn = burnOf(short)!;
    const factor = alertFactor(alert, periodSeconds);
    if (longBurn > factor && shortBurn > factor) {
      // The same budget share for a factor given directly, so every reason reads alike.
      const consumed = clean((factor * alert.longSeconds) / periodSeconds);
      triggers.push({
        action: alert.action,
        reason:
          `burn rate ${readableRate(longBurn)} over ${alert.long} and ${readableRate(shortBurn)} over ${alert.short} ` +
          `exceeds ${readableRate(factor)} (${readablePercent(consumed)} of the ${slo.window} budget in ${alert.long})`,
        alertWindow: { window: long!.window, seconds: long!.seconds },
      });
    }
  }

  const action = combineVerdict(triggers.map((f) => f.action));
  const evaluation: SloEvaluation = {
    status: action,
    action,
    errorBudgetRemaining: remaining,
    burnRates,
    exhaustsInSeconds,
    // Most severe first, so the first reason is the headline; stable within a severity.
    reasons: [...triggers].sort((a, b) => SEVERITY[b.action] - SEVERITY[a.action]).map((f) => f.reason),
    notJudged,
  };
  const attributionWindow = chooseAttributionWindow(
    triggers.filter((t) => !t.nodata),
    { window: budgetWindow.window, seconds: budgetWindow.seconds },
  );
  if (action !== 'pass' && attributionWindow) evaluation.attributionWindow = attributionWindow;
  return evaluation;
}

/**
 * What the remaining budget alone decides. budgetBlockBelow blocks even an exhausted budget under
 * budgetExhausted: warn: "block below 15 % left" covers "nothing left".
 */
function budgetTrigger(
  slo: EvaluatedSlo,
  budgetLabel: string,
  remaining: number,
  periodRatio: number,
  allowedRatio: number,
): Trigger | undefined {
  const { policy } = slo;
  const blockBelow =
    policy.budgetBlockBelow !== undefined && remaining < policy.budgetBlockBelow
      ? policy.budgetBlockBelow
      : undefined;
  if (remaining <= 0 && (policy.budgetExhausted === 'block' || blockBelow === undefined)) {
    return {
      action: policy.budgetExhausted,
      reason:
        `error budget exhausted: ${readablePercent(remaining)} remaining ` +
        `(error ratio ${readablePercent(periodRatio)} over ${budgetLabel} against ${readablePercent(allowedRatio)} allowed)`,
    };
  }
  if (blockBelow !== undefined) {
    return {
      action: 'block',
      reason: `${readablePercent(remaining)} of the error budget left, below the ${readablePercent(blockBelow)} block threshold`,
    };
  }
  if (remaining < policy.budgetWarnBelow) {
    return {
      action: 'warn',
      reason:
        `error budget ${readablePercent(remaining)} remaining, ` +
        `below the ${readablePercent(policy.budgetWarnBelow)} warning threshold`,
    };
  }
  return undefined;
}

/** At the current 1h burn, remaining budget × period / burn; 0 once spent; null when not burning. */
function secondsToExhaustion(remaining: number, burn1h: number | null, periodSeconds: number): number | null {
  if (remaining <= 0) return 0;
  if (burn1h === null || burn1h === 0) return null;
  return clean((remaining * periodSeconds) / burn1h);
}

/**
 * The measurement that spends the budget. A calendar period so far is found by its label (it may
 * be as long as a standard window without being that window); an empty one, at the very start of
 * the period, has spent nothing: no events, no errors.
 */
function budgetMeasurement(
  measurements: WindowMeasurement[],
  bySeconds: Map<number, WindowMeasurement>,
  budgetWindow: BudgetPeriod['budgetWindow'],
): WindowMeasurement | undefined {
  if (budgetWindow.seconds === 0) {
    return { window: budgetWindow.window, seconds: 0, errorRatio: 0, events: 0 };
  }
  if (budgetWindow.range) return measurements.find((m) => m.window === budgetWindow.window);
  return bySeconds.get(budgetWindow.seconds);
}

/** The first measurement per window length; later duplicates are ignored. */
function indexBySeconds(measurements: WindowMeasurement[]): Map<number, WindowMeasurement> {
  const bySeconds = new Map<number, WindowMeasurement>();
  for (const m of measurements) if (!bySeconds.has(m.seconds)) bySeconds.set(m.seconds, m);
  return bySeconds;
}

/** The window's ratio, or null for no traffic (NaN and infinities included, defensively). */
function ratioOf(m: WindowMeasurement | undefined): number | null {
  return m && m.errorRatio !== null && Number.isFinite(m.errorRatio) ? m.errorRatio : null;
}

/** "42 events over 5m, fewer than minEvents 100" when the window is too thin to judge. */
function tooFewEvents(
  m: WindowMeasurement | undefined,
  label: string,
  minEvents: number,
): string | undefined {
  if (!m || m.events === null || m.events >= minEvents) return undefined;
  return `${readableNumber(m.events)} events over ${label}, fewer than minEvents ${minEvents}`;
}

/**
 * "no data over 5m while 1h has 5,400 events: ..." when the alert's short window went silent
 * while its long window still holds enough traffic to judge: the target stopped reporting (or
 * its traffic stopped), which a gate must not read as "no errors".
 */
function stoppedReporting(
  long: WindowMeasurement | undefined,
  short: WindowMeasurement | undefined,
  alert: BurnRateAlert,
  minEvents: number,
): string | undefined {
  if (!short || ratioOf(short) !== null) return undefined;
  if (unjudgeable(long, alert.long, minEvents) !== undefined) return undefined;
  const traffic = long!.events === null ? 'data' : `${readableCount(long!.events)} events`;
  return `no data over ${alert.short} while ${alert.long} has ${traffic}: the series stopped reporting`;
}

/** Why an alert's window cannot be judged, or undefined when it can. */
function unjudgeable(
  m: WindowMeasurement | undefined,
  written: string,
  minEvents: number,
): string | undefined {
  if (!m) return `${written} was not measured`;
  if (ratioOf(m) === null) return `no traffic over ${written}`;
  return tooFewEvents(m, written, minEvents);
}

/** The long window of the most severe firing alert (config order breaks ties), else the period. */
function chooseAttributionWindow(
  triggers: Trigger[],
  periodWindow: { window: string; seconds: number },
): { window: string; seconds: number } | undefined {
  if (triggers.length === 0) return undefined;
  let worstAlert: Trigger | undefined;
  for (const f of triggers) {
    if (f.alertWindow && (!worstAlert || SEVERITY[f.action] > SEVERITY[worstAlert.action])) worstAlert = f;
  }
  return worstAlert?.alertWindow ?? periodWindow;
}
