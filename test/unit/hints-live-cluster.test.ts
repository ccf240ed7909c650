/**
 * The same signals read the way `slo-gate hook` reads them: client-node over real HTTP from the
 * stand-in API server (test/support/kube-api.ts), so Time fields arrive as Date objects, MicroTime
 * fields (eventTime, series.lastObservedTime) as strings, and unknown fields are dropped.
 */
import { readLiveState } from '../../src/cluster/read.js';
import { liveHints } from '../../src/hints/live/index.js';
import { type KubeApi, type KubeObject, kubeConfigFor, startKubeApi } from '../support/kube-api.js';
import { NOW_DATE, crashLoopStatus, deploymentPod, event, minutesAgo } from '../support/live-objects.js';

const IMAGE = 'registry.example.com/shop/checkout:1.4.2';
const INSUFFICIENT_CPU =
  '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

let api: KubeApi;

beforeAll(async () => {
  const crashing = deploymentPod('checkout', '7d9f8c6b5', 'x2k4p', {
    containers: [{ name: 'app', image: IMAGE, limits: { memory: '256Mi' } }],
    containerStatuses: [
      crashLoopStatus('app', IMAGE, { exitCode: 137, reason: 'OOMKilled', finishedMinutesAgo: 2 }, 14),
    ],
  });
  const pending = deploymentPod('search', '5c4d7c974b', 'q8w7e', {
    nodeName: undefined,
    phase: 'Pending',
    containers: [{ name: 'app', image: IMAGE, requests: { cpu: '2' } }],
    conditions: [
      {
        type: 'PodScheduled',
        status: 'False',
        lastProbeTime: null,
        lastTransitionTime: minutesAgo(20),
        reason: 'Unschedulable',
        message: INSUFFICIENT_CPU,
      },
    ],
  });
  const scheduling = event({
    name: pending.metadata!.name!,
    uid: pending.metadata!.uid,
    reason: 'FailedScheduling',
    message: INSUFFICIENT_CPU,
    seriesStyle: true,
    count: 9,
    lastMinutesAgo: 1,
  });
  const objects = [
    { apiVersion: 'v1', kind: 'Pod', ...crashing },
    { apiVersion: 'v1', kind: 'Pod', ...pending },
    { apiVersion: 'v1', kind: 'Event', ...scheduling },
  ] as unknown as KubeObject[];
  api = await startKubeApi({ objects });
});

afterAll(async () => {
  await api?.stop();
});

it('gives the same hints from objects deserialized by client-node', async () => {
  const state = await readLiveState(kubeConfigFor(api.url), { namespaces: ['shop'] });
  expect(state.pods).toHaveLength(2);
  const crashing = state.pods.find((p) => p.metadata?.name === 'checkout-7d9f8c6b5-x2k4p');
  expect(crashing?.status?.containerStatuses?.[0]?.lastState?.terminated?.finishedAt).toBeInstanceOf(Date);
  // Typed V1MicroTime (a Date), but client-node 2.0.1 leaves MicroTime fields as the string sent.
  expect(typeof state.events[0]?.series?.lastObservedTime).toBe('string');
  const hints = liveHints(state, { workloads: [], now: NOW_DATE });
  expect(hints.map((h) => h.title)).toEqual([
    'checkout-7d9f8c6b5-x2k4p: CrashLoopBackOff, last exit 137 (OOMKilled) with memory limit 256Mi',
    'search-5c4d7c974b-q8w7e: Pending, 0/3 nodes are available: 3 Insufficient cpu.',
  ]);
  expect(hints[0]!.evidence).toContain(
    `checkout-7d9f8c6b5-x2k4p on node-a: container app restarted 14 times, last exit 137 (OOMKilled), at ${minutesAgo(2)} (2 min before the check)`,
  );
  expect(hints[1]!.evidence[1]).toBe(
    'search-5c4d7c974b-q8w7e: scheduler: "0/3 nodes are available: 3 Insufficient cpu." (x9, last 2026-11-26T11:59:00Z (1 min before the check))',
  );
});
