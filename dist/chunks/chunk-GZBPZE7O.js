import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  clean,
  readableNumber,
  readablePercent,
  readableRate
} from "./chunk-VAC67D4I.js";

// src/slo/evaluate.ts
var ONE_HOUR = 3600;
var SEVERITY = { pass: 0, warn: 1, block: 2 };
function alertFactor(alert, periodSeconds) {
  if (alert.factor !== void 0) return alert.factor;
  if (alert.budgetConsumed === void 0) {
    throw new Error(`burn-rate alert ${alert.long}/${alert.short} has neither factor nor budgetConsumed`);
  }
  return clean(alert.budgetConsumed * periodSeconds / alert.longSeconds);
}
function combineVerdict(actions) {
  return actions.reduce(
    (worst, action) => SEVERITY[action] > SEVERITY[worst] ? action : worst,
    "pass"
  );
}
function evaluateSlo(slo, measurements) {
  const { policy } = slo;
  const allowedRatio = clean(1 - slo.objective);
  const bySeconds = indexBySeconds(measurements);
  const burnOf = (m) => {
    const ratio = ratioOf(m);
    return ratio === null ? null : clean(ratio / allowedRatio);
  };
  const burnRates = {};
  for (const m of bySeconds.values()) burnRates[m.window] = burnOf(m);
  const period = bySeconds.get(slo.windowSeconds);
  const periodRatio = ratioOf(period);
  if (periodRatio === null) {
    return {
      status: "nodata",
      action: slo.onNoData,
      errorBudgetRemaining: null,
      burnRates,
      exhaustsInSeconds: null,
      reasons: [`no data over ${slo.window}: no series or no traffic (onNoData: ${slo.onNoData})`],
      notJudged: []
    };
  }
  const remaining = clean(1 - periodRatio / allowedRatio);
  const burn1h = burnOf(bySeconds.get(ONE_HOUR));
  const exhaustsInSeconds = secondsToExhaustion(remaining, burn1h, slo.windowSeconds);
  const triggers = [];
  const notJudged = [];
  const periodTooFew = tooFewEvents(period, slo.window, policy.minEvents);
  if (periodTooFew) {
    notJudged.push(`${slo.window} budget not judged: ${periodTooFew}`);
  } else if (remaining <= 0) {
    triggers.push({
      action: policy.budgetExhausted,
      reason: `error budget exhausted: ${readablePercent(remaining)} remaining (error ratio ${readablePercent(periodRatio)} over ${slo.window} against ${readablePercent(allowedRatio)} allowed)`
    });
  } else if (remaining < policy.budgetWarnBelow) {
    triggers.push({
      action: "warn",
      reason: `error budget ${readablePercent(remaining)} remaining, below the ${readablePercent(policy.budgetWarnBelow)} warning threshold`
    });
  }
  for (const alert of policy.burnRateAlerts) {
    const label = `${alert.long}/${alert.short}`;
    const long = bySeconds.get(alert.longSeconds);
    const short = bySeconds.get(alert.shortSeconds);
    const skipped = [
      unjudgeable(long, alert.long, policy.minEvents),
      unjudgeable(short, alert.short, policy.minEvents)
    ].filter((why) => why !== void 0).join("; ");
    if (skipped) {
      notJudged.push(`${label} alert not judged: ${skipped}`);
      continue;
    }
    const longBurn = burnOf(long);
    const shortBurn = burnOf(short);
    const factor = alertFactor(alert, slo.windowSeconds);
    if (longBurn > factor && shortBurn > factor) {
      const consumed = clean(factor * alert.longSeconds / slo.windowSeconds);
      triggers.push({
        action: alert.action,
        reason: `burn rate ${readableRate(longBurn)} over ${alert.long} and ${readableRate(shortBurn)} over ${alert.short} exceeds ${readableRate(factor)} (${readablePercent(consumed)} of the ${slo.window} budget in ${alert.long})`,
        alertWindow: { window: long.window, seconds: long.seconds }
      });
    }
  }
  const action = combineVerdict(triggers.map((f) => f.action));
  const evaluation = {
    status: action,
    action,
    errorBudgetRemaining: remaining,
    burnRates,
    exhaustsInSeconds,
    // Most severe first, so the first reason is the headline; stable within a severity.
    reasons: [...triggers].sort((a, b) => SEVERITY[b.action] - SEVERITY[a.action]).map((f) => f.reason),
    notJudged
  };
  const attributionWindow = chooseAttributionWindow(triggers, {
    window: slo.window,
    seconds: slo.windowSeconds
  });
  if (action !== "pass" && attributionWindow) evaluation.attributionWindow = attributionWindow;
  return evaluation;
}
function secondsToExhaustion(remaining, burn1h, periodSeconds) {
  if (remaining <= 0) return 0;
  if (burn1h === null || burn1h === 0) return null;
  return clean(remaining * periodSeconds / burn1h);
}
function indexBySeconds(measurements) {
  const bySeconds = /* @__PURE__ */ new Map();
  for (const m of measurements) if (!bySeconds.has(m.seconds)) bySeconds.set(m.seconds, m);
  return bySeconds;
}
function ratioOf(m) {
  return m && m.errorRatio !== null && Number.isFinite(m.errorRatio) ? m.errorRatio : null;
}
function tooFewEvents(m, label, minEvents) {
  if (!m || m.events === null || m.events >= minEvents) return void 0;
  return `${readableNumber(m.events)} events over ${label}, fewer than minEvents ${minEvents}`;
}
function unjudgeable(m, written, minEvents) {
  if (!m) return `${written} was not measured`;
  if (ratioOf(m) === null) return `no traffic over ${written}`;
  return tooFewEvents(m, written, minEvents);
}
function chooseAttributionWindow(triggers, periodWindow) {
  if (triggers.length === 0) return void 0;
  let worstAlert;
  for (const f of triggers) {
    if (f.alertWindow && (!worstAlert || SEVERITY[f.action] > SEVERITY[worstAlert.action])) worstAlert = f;
  }
  return worstAlert?.alertWindow ?? periodWindow;
}

export {
  alertFactor,
  combineVerdict,
  evaluateSlo
};
