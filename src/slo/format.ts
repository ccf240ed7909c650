/** Numbers as people read them in reasons: "14.4", "-25", "0.125". Pure. */

/**
 * Drops binary floating-point noise: 1 − 0.999 is 0.0010000000000000009, so 0.02 / (1 − 0.999)
 * is 19.99999999999998. Twelve significant digits keep every real difference an SLO can show
 * and make "exactly at the factor" compare as equal.
 */
export function clean(value: number): number {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(12)) : value;
}

/**
 * At most two decimals from 1 up ("14.4", "15.05", "-25"); below 1, three significant digits so
 * small values stay meaningful ("0.125", "0.005", not "0.13" or "0.01").
 */
export function readableNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.abs(value) >= 1 ? Number(value.toFixed(2)) : Number(value.toPrecision(3));
  // Number() drops trailing zeros; `|| 0` turns -0 into 0.
  return String(rounded || 0);
}

/** A fraction as a percentage: 0.02 -> "2%", -0.25 -> "-25%", 0.00125 -> "0.125%". */
export function readablePercent(fraction: number): string {
  return `${readableNumber(clean(fraction * 100))}%`;
}

/** A burn rate or factor: 14.4 -> "14.4x". */
export function readableRate(rate: number): string {
  return `${readableNumber(rate)}x`;
}

/** A count of events, rounded, with thousands separators: 5400.2 -> "5,400". */
export function readableCount(count: number): string {
  return Math.round(count).toLocaleString('en-US');
}
