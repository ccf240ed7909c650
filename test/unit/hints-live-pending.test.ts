/**
 * pod-unschedulable: Pending pods with the scheduler's FailedScheduling messages as kube-scheduler
 * writes them (FitError: "0/N nodes are available: <sorted reasons>. preemption: ..."), through
 * events.k8s.io/v1 (eventTime + series) or core/v1 (count + lastTimestamp), or only the PodScheduled
 * condition when events could not be read.
 */
import { liveHints } from '../../src/hints/live/index.js';
import { parseSchedulingMessage } from '../../src/hints/live/pending.js';
import { NOW_DATE, deploymentPod, event, liveState, minutesAgo } from '../support/live-objects.js';

const scope = { workloads: [], now: NOW_DATE };
const IMAGE = 'registry.example.com/shop/checkout:1.4.2';

const INSUFFICIENT_CPU =
  '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

function pendingPod(suffix: string, message: string, extra: Parameters<typeof deploymentPod>[3] = {}) {
  return deploymentPod('checkout', '7d9f8c6b5', suffix, {
    nodeName: undefined,
    phase: 'Pending',
    containers: [
      { name: 'app', image: IMAGE, requests: { cpu: '1500m', memory: '768Mi' } },
      {
        name: 'log-shipper',
        image: 'docker.io/fluent/fluent-bit:3.2',
        requests: { cpu: '500m', memory: '256Mi' },
      },
    ],
    conditions: [
      {
        type: 'PodScheduled',
        status: 'False',
        lastProbeTime: null,
        lastTransitionTime: minutesAgo(20),
        reason: 'Unschedulable',
        message,
      },
    ],
    ...extra,
  });
}

describe('parseSchedulingMessage', () => {
  it('splits the reasons with their node counts and drops the preemption part', () => {
    const parsed = parseSchedulingMessage(
      "0/5 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/5 nodes are available: 2 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.",
    );
    expect(parsed.availableNodes).toBe(0);
    expect(parsed.totalNodes).toBe(5);
    expect(parsed.reasons).toEqual([
      { nodes: 1, text: 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }' },
      { nodes: 2, text: 'Insufficient memory' },
      { nodes: 2, text: "node(s) didn't match Pod's node affinity/selector" },
    ]);
    expect(parsed.summary).toBe(
      "0/5 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory, 2 node(s) didn't match Pod's node affinity/selector.",
    );
  });

  it('keeps pod-level reasons without a count', () => {
    const parsed = parseSchedulingMessage(
      '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    );
    expect(parsed.reasons).toEqual([
      { nodes: undefined, text: 'pod has unbound immediate PersistentVolumeClaims' },
    ]);
  });

  it('reads the pre-1.24 form without a preemption part', () => {
    const parsed = parseSchedulingMessage(
      "0/3 nodes are available: 3 node(s) had taints that the pod didn't tolerate.",
    );
    expect(parsed.reasons).toEqual([{ nodes: 3, text: "node(s) had taints that the pod didn't tolerate" }]);
  });
});

describe('Pending pods', () => {
  it('groups the pods of a Deployment, quotes the scheduler and sums the requests', () => {
    const pods = ['a1b2c', 'd3e4f', 'g5h6i'].map((s) => pendingPod(s, INSUFFICIENT_CPU));
    const events = pods.map((p) =>
      event({
        name: p.metadata!.name!,
        reason: 'FailedScheduling',
        message: INSUFFICIENT_CPU,
        seriesStyle: true,
        count: 14,
        lastMinutesAgo: 1,
      }),
    );
    const hints = liveHints(liveState({ pods, events }), scope);
    expect(hints).toHaveLength(1);
    const [hint] = hints;
    expect(hint!.id).toBe('pod-unschedulable');
    expect(hint!.title).toBe(
      'Deployment shop/checkout: 3 of 3 pods Pending, 0/3 nodes are available: 3 Insufficient cpu.',
    );
    expect(hint!.evidence[1]).toBe(
      'checkout-7d9f8c6b5-a1b2c, checkout-7d9f8c6b5-d3e4f, checkout-7d9f8c6b5-g5h6i: scheduler: ' +
        '"0/3 nodes are available: 3 Insufficient cpu." (x14, last 2026-11-26T11:59:00Z (1 min before the check))',
    );
    // 1500m + 500m = 2 cores; 768Mi + 256Mi = 1Gi
    expect(hint!.evidence).toContain('each pod requests cpu 2, memory 1Gi');
    expect(hint!.evidence.at(-1)).toMatch(
      /^fix: no node has cpu left for the pods' requests: lower resources\.requests\.cpu of Deployment shop\/checkout/,
    );
  });

  it('uses the PodScheduled condition when no event was read', () => {
    const message =
      '0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 node(s) had untolerated taint {dedicated: gpu}. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.';
    const [hint] = liveHints(liveState({ pods: [pendingPod('t4int', message)] }), scope);
    expect(hint!.title).toBe(
      'checkout-7d9f8c6b5-t4int: Pending, 0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 node(s) had untolerated taint {dedicated: gpu}.',
    );
    // The taint on 3 nodes outweighs the one on the control plane.
    expect(hint!.evidence.at(-1)).toBe(
      'fix: the nodes carry taint dedicated=gpu that the pods do not tolerate: add a toleration {key: dedicated, operator: ' +
        'Equal, value: gpu} to the pod template of Deployment shop/checkout, or schedule on untainted nodes',
    );
  });

  it('says unhealthy nodes need repair rather than a toleration', () => {
    const message =
      '0/2 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.';
    const [hint] = liveHints(liveState({ pods: [pendingPod('d1skp', message)] }), scope);
    expect(hint!.evidence.at(-1)).toMatch(
      /^fix: the nodes carry node\.kubernetes\.io\/disk-pressure: they are unhealthy or cordoned/,
    );
  });

  it('shows the nodeSelector no node satisfies', () => {
    const message =
      "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";
    const p = pendingPod('n0sel', message, { nodeName: undefined, nodeSelector: { disktype: 'ssd' } });
    const [hint] = liveHints(liveState({ pods: [p] }), scope);
    expect(hint!.evidence.at(-1)).toBe(
      'fix: no node has the labels the pods require (nodeSelector disktype=ssd): correct nodeSelector/nodeAffinity of Deployment shop/checkout, or label nodes to match',
    );
  });

  it('prefers the newest FailedScheduling event of a pod', () => {
    const p = pendingPod('n3w3r', INSUFFICIENT_CPU);
    const older = event({
      name: p.metadata!.name!,
      reason: 'FailedScheduling',
      message: INSUFFICIENT_CPU,
      lastMinutesAgo: 15,
    });
    const newer = event({
      name: p.metadata!.name!,
      reason: 'FailedScheduling',
      message:
        '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
      lastMinutesAgo: 2,
    });
    const [hint] = liveHints(liveState({ pods: [p], events: [older, newer] }), scope);
    expect(hint!.title).toBe(
      'checkout-7d9f8c6b5-n3w3r: Pending, 0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.',
    );
    expect(hint!.evidence.at(-1)).toMatch(/^fix: a PersistentVolumeClaim of the pods is not bound/);
  });

  it('leaves out pods the scheduler has not looked at yet', () => {
    const p = deploymentPod('checkout', '7d9f8c6b5', 'fr3sh', {
      nodeName: undefined,
      phase: 'Pending',
      conditions: [],
    });
    expect(liveHints(liveState({ pods: [p] }), scope)).toEqual([]);
  });
});
