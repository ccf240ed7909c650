/** Prometheus duration strings ("5m", "1h30m", "30d") <-> seconds. Pure. */

const UNIT_SECONDS: Record<string, number> = {
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31536000,
};

// Units must appear largest first, each at most once, as Prometheus requires.
const DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const ORDER = ['y', 'w', 'd', 'h', 'm', 's', 'ms'] as const;

/** Seconds in a Prometheus duration, or undefined when the text is not one (or is zero). */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match || text.trim() === '') return undefined;
  let seconds = 0;
  ORDER.forEach((unit, i) => {
    const amount = match[i + 1];
    if (amount !== undefined) seconds += Number(amount) * UNIT_SECONDS[unit]!;
  });
  return seconds > 0 ? seconds : undefined;
}

/** Shortest Prometheus duration for whole seconds: 5400 -> "1h30m", 2592000 -> "30d". */
export function formatDuration(seconds: number): string {
  if (!(seconds > 0)) return '0s';
  let rest = Math.round(seconds);
  let out = '';
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const size = UNIT_SECONDS[unit]!;
    const amount = Math.floor(rest / size);
    if (amount > 0) {
      out += `${amount}${unit}`;
      rest -= amount * size;
    }
  }
  return out;
}

/**
 * ISO 8601 duration for a report, in hours and minutes as Java's Duration writes it ("PT35H",
 * "PT1H30M"): a calendar day is not always 24 hours, so days are not used. Rounded to the minute.
 */
export function formatIsoDuration(seconds: number): string {
  const minutes = Math.max(0, Math.round(seconds / 60));
  const hours = Math.floor(minutes / 60);
  const mins = minutes % 60;
  if (!hours && !mins) return 'PT0S';
  return `PT${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}`;
}
