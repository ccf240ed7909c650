/**
 * Kubernetes resource quantities (k8s.io/apimachinery resource.Quantity) parsed exactly: "1.5Gi",
 * "100m", "2e3", "128974848". Values are bigint milli-units, rounded up as the scheduler's
 * MilliValue() rounds, so sums and comparisons of requests never drift. Pure.
 */

const BINARY: Record<string, bigint> = {
  Ki: 1n << 10n,
  Mi: 1n << 20n,
  Gi: 1n << 30n,
  Ti: 1n << 40n,
  Pi: 1n << 50n,
  Ei: 1n << 60n,
};
const DECIMAL_EXPONENT: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};

const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;

/** a / b rounded towards +infinity, for b > 0. */
function divideUp(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}

/** A quantity in milli-units (1 CPU = 1000n, 1Gi = 1073741824000n); undefined when malformed. */
export function parseMilli(value: unknown): bigint | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return parseMilli(String(value));
  }
  if (typeof value !== 'string') return undefined;
  const match = QUANTITY.exec(value);
  if (!match) return undefined;
  const [, sign, number, suffix = ''] = match;
  const [whole = '', fraction = ''] = number!.split('.');
  const digits = BigInt(`${whole}${fraction}` || '0');
  // digits / 10^fraction.length * multiplier * 1000, as one exact fraction.
  let numerator = digits * 1000n;
  let denominator = 10n ** BigInt(fraction.length);
  if (suffix in BINARY) numerator *= BINARY[suffix]!;
  else {
    const exponent = suffix in DECIMAL_EXPONENT ? DECIMAL_EXPONENT[suffix]! : Number(suffix.slice(1));
    if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
    else denominator *= 10n ** BigInt(-exponent);
  }
  const milli = divideUp(numerator, denominator);
  return sign === '-' ? -milli : milli;
}

/** Bytes (memory, storage) for people: "3.1Gi", "512Mi", "900Ki", "12" — one decimal at most, rounded down. */
export function formatBytesMilli(milli: bigint): string {
  const bytes = milli / 1000n;
  for (const suffix of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki'] as const) {
    const unit = BINARY[suffix]!;
    if (bytes >= unit) {
      // From the milli-units, so a fraction of a byte does not turn 3.1Gi into 3.0Gi.
      const tenths = (milli * 10n) / (unit * 1000n);
      return tenths % 10n === 0n ? `${tenths / 10n}${suffix}` : `${tenths / 10n}.${tenths % 10n}${suffix}`;
    }
  }
  return String(bytes);
}

/** CPU for people: whole cores as "2", else millicores "1500m". */
export function formatCpuMilli(milli: bigint): string {
  return milli % 1000n === 0n ? String(milli / 1000n) : `${milli}m`;
}

/** A resource amount as Kubernetes users write it: cpu in cores/millicores, the rest in bytes or a count. */
export function formatResource(resource: string, milli: bigint): string {
  if (resource === 'cpu') return formatCpuMilli(milli);
  if (resource === 'memory' || resource.startsWith('ephemeral-storage') || resource.startsWith('hugepages-'))
    return formatBytesMilli(milli);
  return milli % 1000n === 0n ? String(milli / 1000n) : `${milli}m`;
}
