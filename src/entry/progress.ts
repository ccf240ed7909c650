/**
 * --verbose progress on stderr, only for a run that lasts: a run under a second says nothing; at one
 * second the lines held so far become one summary line, and later lines print as they come, each
 * with the seconds since the start. Retries and warnings do not pass through here: they print at once.
 */

export interface ProgressClock {
  /** Milliseconds, from any origin. */
  now: () => number;
  /** Calls `callback` once after `ms`; the function returned cancels it. */
  after: (ms: number, callback: () => void) => () => void;
}

export const SYSTEM_CLOCK: ProgressClock = {
  now: () => performance.now(),
  after: (ms, callback) => {
    const timer = setTimeout(callback, ms);
    // A run that is otherwise done must not wait for its progress summary.
    timer.unref();
    return () => clearTimeout(timer);
  },
};

/** How long a run stays silent before its progress shows. */
export const PROGRESS_DELAY_MS = 1000;

export interface Progress {
  /** One step done ("manifests: 12 files, 87 resources"). */
  report: (message: string) => void;
  /** The run is over: lines still held are dropped, and no summary comes later. */
  finish: () => void;
}

export function startProgress(
  write: (line: string) => void,
  clock: ProgressClock = SYSTEM_CLOCK,
  delayMs: number = PROGRESS_DELAY_MS,
): Progress {
  const started = clock.now();
  const elapsed = () => `${((clock.now() - started) / 1000).toFixed(1)}s`;
  // The lines held back while the run is young; undefined once progress is live (or the run is over).
  let held: string[] | undefined = [];
  let finished = false;
  const goLive = () => {
    if (finished || !held) return;
    if (held.length > 0) write(`still running after ${elapsed()}; so far: ${summarise(held)}`);
    held = undefined;
  };
  const cancel = clock.after(delayMs, goLive);
  return {
    report: (message) => {
      if (finished) return;
      // The timer may fire late on a busy machine: the clock decides, not the timer alone.
      if (held && clock.now() - started >= delayMs) goLive();
      if (held) held.push(message);
      else write(`${message} — ${elapsed()}`);
    },
    finish: () => {
      finished = true;
      held = undefined;
      cancel();
    },
  };
}

/**
 * The latest line of each kind (its first word), in the order those lines came: "measuring 5 SLOs;
 * manifests: 2 files, 3 resources; SLO b: pass (2 of 5 done)" for measuring, SLO a, manifests, SLO b.
 */
export function summarise(lines: string[]): string {
  const latest = new Map<string, string>();
  for (const line of lines) {
    const kind = line.split(' ', 1)[0]!;
    latest.delete(kind);
    latest.set(kind, line);
  }
  return [...latest.values()].join('; ');
}

/**
 * Runs `run` with a progress reporter when `verbose` (none otherwise), and ends the progress when the
 * run ends, however it ends.
 */
export async function withProgress<T>(
  verbose: boolean | undefined,
  write: (line: string) => void,
  run: (progress: ((message: string) => void) | undefined) => Promise<T>,
): Promise<T> {
  if (!verbose) return run(undefined);
  const progress = startProgress(write);
  try {
    return await run(progress.report);
  } finally {
    progress.finish();
  }
}
