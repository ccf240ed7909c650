import { startDeadline } from '../../src/gate/deadline.js';
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
