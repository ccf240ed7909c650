import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);

// src/slo/format.ts
function clean(value) {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(12)) : value;
}
function readableNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.abs(value) >= 1 ? Number(value.toFixed(2)) : Number(value.toPrecision(3));
  return String(rounded || 0);
}
function readablePercent(fraction) {
  return `${readableNumber(clean(fraction * 100))}%`;
}
function readableRate(rate) {
  return `${readableNumber(rate)}x`;
}

export {
  clean,
  readableNumber,
  readablePercent,
  readableRate
};
