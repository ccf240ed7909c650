import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);

// src/slo/duration.ts
var UNIT_SECONDS = {
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31536e3
};
var DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
var ORDER = ["y", "w", "d", "h", "m", "s", "ms"];
function parseDuration(text) {
  const match = DURATION.exec(text.trim());
  if (!match || text.trim() === "") return void 0;
  let seconds = 0;
  ORDER.forEach((unit, i) => {
    const amount = match[i + 1];
    if (amount !== void 0) seconds += Number(amount) * UNIT_SECONDS[unit];
  });
  return seconds > 0 ? seconds : void 0;
}
function formatIsoDuration(seconds) {
  const minutes = Math.max(0, Math.round(seconds / 60));
  const hours = Math.floor(minutes / 60);
  const mins = minutes % 60;
  if (!hours && !mins) return "PT0S";
  return `PT${hours ? `${hours}H` : ""}${mins ? `${mins}M` : ""}`;
}

// src/slo/windows.ts
var STANDARD_WINDOWS = ["5m", "30m", "1h", "2h", "6h", "1d", "3d"];
function windowsToMeasure(slo) {
  const bySeconds = /* @__PURE__ */ new Map();
  const add = (window, seconds) => {
    if (!bySeconds.has(seconds)) bySeconds.set(seconds, window);
  };
  add(slo.window, slo.windowSeconds);
  for (const window of STANDARD_WINDOWS) add(window, parseDuration(window));
  for (const alert of slo.policy.burnRateAlerts) {
    add(alert.long, alert.longSeconds);
    add(alert.short, alert.shortSeconds);
  }
  return [...bySeconds].map(([seconds, window]) => ({ window, seconds })).sort((a, b) => a.seconds - b.seconds);
}

export {
  parseDuration,
  formatIsoDuration,
  windowsToMeasure
};
