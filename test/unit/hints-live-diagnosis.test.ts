/**
 * The fusion as the live hints apply it: with a Diagnosis each failing workload's hint names its
 * cause and what each source said or why it said nothing; without one the pod hints are unchanged.
 */
import type { LogOutcome } from '../../src/cluster/logs.js';
import type { Diagnosis } from '../../src/hints/cause.js';
import { liveHints } from '../../src/hints/live/index.js';
import { crashLoopStatus, deploymentPod, liveState, NOW_DATE } from '../support/live-objects.js';

const IMAGE = 'registry.example.com/shop/checkout:1.4.2';
const POD = 'checkout-7d9f8c6b5-x2k4q';
const state = liveState({
  pods: [
    deploymentPod('checkout', '7d9f8c6b5', 'x2k4q', {
      containerStatuses: [
        crashLoopStatus('app', IMAGE, { exitCode: 1, reason: 'Error', finishedMinutesAgo: 3 }, 7, POD),
      ],
    }),
  ],
});
const target = { namespace: 'shop', pod: POD, container: 'app' };
const diagnosis = (log: LogOutcome | undefined, extra: Partial<Diagnosis> = {}): Diagnosis => ({
  logs: new Map(log ? [[`shop/${POD}/app`, log]] : []),
  memorySaturation: 0.9,
  ...extra,
});
const crashHint = (d?: Diagnosis) =>
  liveHints(state, { workloads: [], now: NOW_DATE, diagnosis: d }).find((h) => h.id === 'pod-crashloop')!;

describe('the crash-loop hint with a diagnosis', () => {
  it('names every source that could not be read, and keeps the title when the cause is unknown', () => {
    const hint = crashHint(
      diagnosis(
        { target, missing: 'not read within the 5 s log budget' },
        { metricsMissing: 'not read: no Prometheus configured' },
      ),
    );
    expect(hint.title).toBe(crashHint().title);
    expect(hint.evidence).toEqual(
      expect.arrayContaining([
        'cause: cause not determined from the sources read',
        `logs of ${POD} (previous instance): not read within the 5 s log budget`,
        'metrics: not read: no Prometheus configured',
      ]),
    );
  });

  it('quotes the last lines of a log no pattern knows, redacted', () => {
    const hint = crashHint(diagnosis({ target, text: 'starting\nusing token=abc123def456\nbye\n' }));
    expect(hint.evidence).toEqual(
      expect.arrayContaining([
        `log of ${POD} (previous instance), last lines: "starting"`,
        `log of ${POD} (previous instance), last lines: "using token=***"`,
        `log of ${POD} (previous instance), last lines: "bye"`,
      ]),
    );
  });

  it('without a diagnosis, the hint is the pod list alone', () => {
    expect(crashHint().evidence.some((e) => e.startsWith('cause: '))).toBe(false);
  });
});
