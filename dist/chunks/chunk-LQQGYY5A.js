import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  parseDuration
} from "./chunk-DHCQVIGO.js";

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
  windowsToMeasure
};
