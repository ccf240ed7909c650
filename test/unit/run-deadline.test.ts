import { resultsSignal, startDeadline } from '../../src/gate/deadline.js';
import { hookSettingsFromEnv } from '../../src/entry/hook-env.js';
import { UsageError } from '../../src/errors.js';

describe('the run deadline', () => {
  it('aborts its signal when it passes, not before', async () => {
    const deadline = startDeadline(0.05);
    expect(deadline.signal.aborted).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(deadline.signal.aborted).toBe(true);
  });

  it('names its length in the reason: 4m for the hook default of 240 seconds, 1m30s for 90', () => {
    expect(startDeadline(240).reason).toBe("not measured: the run's 4m deadline passed");
    expect(startDeadline(90).reason).toBe("not measured: the run's 1m30s deadline passed");
  });
});

describe("the results' allowance after the deadline", () => {
  it('ends 20 s after the deadline: a deadline that passed 19.95 s ago leaves 50 ms', async () => {
    const now = Date.now();
    const signal = resultsSignal({ endsAt: now - 19_950 }, now);
    expect(signal.aborted).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(signal.aborted).toBe(true);
  });

  it('a deadline that passed long ago leaves no time at all', async () => {
    const signal = resultsSignal({ endsAt: Date.now() - 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(signal.aborted).toBe(true);
  });

  it('a deadline names when it passes', () => {
    const before = Date.now();
    const { endsAt } = startDeadline(90);
    expect(endsAt - before).toBeGreaterThanOrEqual(90_000);
    expect(endsAt - before).toBeLessThan(91_000);
  });
});

describe('SLO_GATE_MAX_DURATION', () => {
  it('is read as a duration in seconds', () => {
    expect(hookSettingsFromEnv({ SLO_GATE_MAX_DURATION: '3m30s' }).maxDurationSeconds).toBe(210);
    expect(hookSettingsFromEnv({}).maxDurationSeconds).toBeUndefined();
  });

  it('refuses what is not a duration, saying how to write one', () => {
    expect(() => hookSettingsFromEnv({ SLO_GATE_MAX_DURATION: 'soon' })).toThrow(UsageError);
    expect(() => hookSettingsFromEnv({ SLO_GATE_MAX_DURATION: 'soon' })).toThrow(
      'SLO_GATE_MAX_DURATION="soon" is not a duration',
    );
  });
});
