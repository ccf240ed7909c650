/**
 * --verbose progress (src/entry/progress.ts) on a clock the test moves: nothing for a run under a
 * second; at one second a summary of the steps so far, then each step live with its seconds.
 */
import { startProgress, summarise, type ProgressClock } from '../../src/entry/progress.js';

/** A clock and one pending timer, both moved by hand. */
function manualClock() {
  let now = 5_000; // any origin: the progress counts from its own start
  let timer: { at: number; callback: () => void } | undefined;
  const clock: ProgressClock = {
    now: () => now,
    after: (ms, callback) => {
      timer = { at: now + ms, callback };
      return () => (timer = undefined);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    if (timer && now >= timer.at) {
      const { callback } = timer;
      timer = undefined;
      callback();
    }
  };
  return { clock, advance, pending: () => timer !== undefined };
}

function started() {
  const lines: string[] = [];
  const manual = manualClock();
  const progress = startProgress((line) => lines.push(line), manual.clock);
  return { lines, progress, ...manual };
}

it('a run over in 0.9 s prints no progress, and nothing comes after it ends', () => {
  const { lines, progress, advance, pending } = started();
  progress.report('measuring 2 SLOs');
  advance(400);
  progress.report('SLO a: pass (1 of 2 done)');
  advance(500);
  progress.report('SLO b: pass (2 of 2 done)');
  progress.finish();
  expect(pending()).toBe(false);
  advance(5_000);
  expect(lines).toEqual([]);
});

it('at 1 s the steps so far become one line; later steps print live with their seconds', () => {
  const { lines, progress, advance } = started();
  progress.report('measuring 2 SLOs');
  advance(300);
  progress.report('manifests: 2 files, 3 resources');
  advance(700); // 1.0 s: the timer fires
  expect(lines).toEqual([
    'still running after 1.0s; so far: measuring 2 SLOs; manifests: 2 files, 3 resources',
  ]);
  advance(200);
  progress.report('SLO a: pass (1 of 2 done)');
  advance(1_300);
  progress.report('SLO b: block (2 of 2 done)');
  progress.finish();
  expect(lines.slice(1)).toEqual(['SLO a: pass (1 of 2 done) — 1.2s', 'SLO b: block (2 of 2 done) — 2.5s']);
});

it('a step after 1 s when the timer has not fired yet (a busy machine) still goes live', () => {
  const lines: string[] = [];
  let now = 0;
  const never: ProgressClock = { now: () => now, after: () => () => undefined };
  const progress = startProgress((line) => lines.push(line), never);
  progress.report('measuring 1 SLO');
  now = 1_500;
  progress.report('SLO a: pass (1 of 1 done)');
  expect(lines).toEqual([
    'still running after 1.5s; so far: measuring 1 SLO',
    'SLO a: pass (1 of 1 done) — 1.5s',
  ]);
});

it('a run silent for its first second prints no summary, only the steps after', () => {
  const { lines, progress, advance } = started();
  advance(1_200);
  progress.report('measuring 1 SLO');
  expect(lines).toEqual(['measuring 1 SLO — 1.2s']);
});

it('the summary keeps the latest line of each kind, in the order those lines came', () => {
  expect(
    summarise([
      'measuring 5 SLOs',
      'SLO a: pass (1 of 5 done)',
      'manifests: 2 files, 3 resources',
      'SLO b: warn (2 of 5 done)',
    ]),
  ).toBe('measuring 5 SLOs; manifests: 2 files, 3 resources; SLO b: warn (2 of 5 done)');
});
