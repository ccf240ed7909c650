/**
 * The node profile: pod-unschedulable says which nodes are short of what ("largest free memory on
 * any eligible node is 3.1Gi; the pod asks 16Gi"), and daemonset-incomplete names the nodes without
 * a pod and why. Free amounts are allocatable minus the requests of the pods bound there, by hand.
 */
import type { V1DaemonSet } from '@kubernetes/client-node';
import { liveHints } from '../../src/hints/live/index.js';
import {
  NOW_DATE,
  asLive,
  deploymentPod,
  liveState,
  minutesAgo,
  pod,
  runningStatus,
} from '../support/live-objects.js';
import { boundPod, node } from '../support/live-nodes.js';

const scope = { workloads: [], now: NOW_DATE };
const IMAGE = 'registry.example.com/shop/search:3.0.0';
const MESSAGE =
  '0/4 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 1 node(s) were unschedulable, 2 Insufficient memory. preemption: 0/4 nodes are available: 2 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.';

const pendingSearch = deploymentPod('search', '5d6c7b8a9', 'qx7rt', {
  nodeName: undefined,
  phase: 'Pending',
  containers: [{ name: 'app', image: IMAGE, requests: { cpu: '500m', memory: '16Gi' } }],
  conditions: [
    {
      type: 'PodScheduled',
      status: 'False',
      lastTransitionTime: minutesAgo(12),
      reason: 'Unschedulable',
      message: MESSAGE,
    },
  ],
});

const NODES = [
  node({ name: 'node-a', cpu: '4', memory: '8Gi' }),
  node({ name: 'node-b', cpu: '4', memory: '8Gi' }),
  node({
    name: 'node-c',
    cpu: '16',
    memory: '64Gi',
    taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }],
  }),
  node({
    name: 'node-d',
    memory: '32Gi',
    unschedulable: true,
    taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }],
  }),
];
const BOUND = [
  // node-a: 8Gi - (4Gi + 0.9Gi) = 3.1Gi memory free; 4 - (250m + 250m) = 3500m cpu free.
  boundPod('cache-0', 'node-a', { cpu: '250m', memory: '4Gi' }),
  boundPod('api-1', 'node-a', { cpu: '250m', memory: '0.9Gi' }),
  // node-b: 8Gi - 6Gi = 2Gi memory free; 4 - 1 = 3 cpu free.
  boundPod('db-0', 'node-b', { cpu: '1', memory: '6Gi' }),
];

describe('pod-unschedulable with the node profile', () => {
  it('says what each eligible node has left against what the pod asks', () => {
    const state = liveState({ pods: [pendingSearch], nodes: NODES, nodePods: BOUND });
    const hint = liveHints(state, scope).find((h) => h.id === 'pod-unschedulable')!;
    expect(hint.evidence).toEqual(
      expect.arrayContaining([
        'node profile of 4 nodes: 2 kept off by taints (node-c: taint dedicated=gpu:NoSchedule not tolerated, node-d: taint node.kubernetes.io/unschedulable:NoSchedule not tolerated); 2 eligible',
        'node-a: free cpu 3500m, memory 3.1Gi; short of memory (asks 16Gi)',
        'node-b: free cpu 3, memory 2Gi; short of memory (asks 16Gi)',
        'largest free memory on any eligible node is 3.1Gi (node-a); the pod asks 16Gi',
      ]),
    );
    // The profile sits before the fix, which stays last.
    expect(hint.evidence.at(-1)).toMatch(/^fix: no node has memory left/);
  });

  it('names the node the pod fits on now', () => {
    const small = deploymentPod('search', '5d6c7b8a9', 'qx7rt', {
      nodeName: undefined,
      phase: 'Pending',
      containers: [{ name: 'app', image: IMAGE, requests: { memory: '3Gi' } }],
      conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: MESSAGE }],
    });
    const hint = liveHints(liveState({ pods: [small], nodes: NODES, nodePods: BOUND }), scope)[0]!;
    // 3Gi fits node-a (3.1Gi free), not node-b (2Gi).
    expect(hint.evidence).toContain(
      "fits now on node-a: capacity was freed after the scheduler's message, or a volume or spread rule keeps it off",
    );
  });

  it('says the profile is unknown without the optional RBAC', () => {
    const state = liveState({ pods: [pendingSearch], unreadable: ['nodes/*', 'pods/*'] });
    const hint = liveHints(state, scope)[0]!;
    expect(hint.evidence).toContain(
      'node profile unknown: the gate may not list nodes and pods cluster-wide (apply hooks/optional/cluster-read.yaml)',
    );
  });

  it('names the one list it may not read', () => {
    // Nodes alone would show taints, but not what is left on them: the profile is not guessed.
    const state = liveState({ pods: [pendingSearch], nodes: NODES, unreadable: ['pods/*'] });
    const hint = liveHints(state, scope)[0]!;
    expect(hint.evidence).toContain(
      'node profile unknown: the gate may not list pods cluster-wide (apply hooks/optional/cluster-read.yaml)',
    );
    expect(hint.evidence.some((line) => line.startsWith('largest free'))).toBe(false);
  });

  it('adds nothing when the Nodes were not read', () => {
    const hint = liveHints(liveState({ pods: [pendingSearch] }), scope)[0]!;
    expect(hint.evidence.some((line) => line.startsWith('node profile'))).toBe(false);
  });
});

describe('daemonset-incomplete with the node profile', () => {
  const ds = asLive<V1DaemonSet>({
    metadata: {
      name: 'log-agent',
      namespace: 'shop',
      uid: 'd1c2e3f4-4444-4000-8000-00000000000e',
      generation: 1,
    },
    spec: {
      selector: { matchLabels: { app: 'log-agent' } },
      template: {
        metadata: { labels: { app: 'log-agent' } },
        spec: {
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          containers: [
            { name: 'agent', image: IMAGE, resources: { requests: { cpu: '100m', memory: '512Mi' } } },
          ],
        },
      },
    },
    // node-a, node-b and node-d should run one (node-c is tainted, node-e is Windows).
    status: {
      currentNumberScheduled: 2,
      numberMisscheduled: 0,
      desiredNumberScheduled: 3,
      numberReady: 1,
      observedGeneration: 1,
      updatedNumberScheduled: 2,
    },
  });
  const owner = { kind: 'DaemonSet', name: 'log-agent' };
  const labels = { app: 'log-agent' };
  const pinned = (name: string) => ({
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [name] }] }],
      },
    },
  });
  const agentContainers = [{ name: 'agent', image: IMAGE, requests: { cpu: '100m', memory: '512Mi' } }];
  const running = pod({
    name: 'log-agent-7kq2m',
    owner,
    labels,
    nodeName: 'node-a',
    affinity: pinned('node-a'),
    containers: agentContainers,
    containerStatuses: [runningStatus('agent', IMAGE)],
  });
  const pending = pod({
    name: 'log-agent-p4x9z',
    owner,
    labels,
    phase: 'Pending',
    affinity: pinned('node-b'),
    containers: agentContainers,
    conditions: [
      {
        type: 'PodScheduled',
        status: 'False',
        reason: 'Unschedulable',
        message: '0/5 nodes are available: 1 Insufficient memory.',
      },
    ],
  });
  const nodes = [
    node({ name: 'node-a' }),
    node({ name: 'node-b', memory: '4Gi' }),
    node({ name: 'node-c', taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] }),
    node({ name: 'node-d' }),
    node({ name: 'node-e', labels: { 'kubernetes.io/os': 'windows' } }),
  ];
  // node-b: 4Gi - 3.75Gi = 256Mi free; the agent asks 512Mi.
  const bound = [boundPod('db-0', 'node-b', { memory: '3.75Gi' })];

  it('names the nodes without a pod, and why', () => {
    const state = liveState({ daemonSets: [ds], pods: [running, pending], nodes, nodePods: bound });
    const hint = liveHints(state, scope).find((h) => h.id === 'daemonset-incomplete')!;
    expect(hint.title).toBe(
      'DaemonSet shop/log-agent: 1 of 3 pods ready; not ready on node-b; no pod on node-d',
    );
    expect(hint.evidence).toEqual(
      expect.arrayContaining([
        'node-b: pod log-agent-p4x9z Pending (Unschedulable); node-b has memory 256Mi free, the pod asks 512Mi',
        'node-d: no pod, though no taint or node selection keeps it off (the controller did not create one)',
        'node-c: no pod: taint dedicated=gpu:NoSchedule not tolerated (add a toleration if the DaemonSet must run there)',
        'node-e: no pod: nodeSelector kubernetes.io/os=linux (the node has kubernetes.io/os=windows) (by design, unless the labels are wrong)',
        '5 nodes: 2 with a pod, 1 without one that should have it, 2 excluded',
      ]),
    );
  });

  it('keeps a cordoned node eligible, as the controller tolerates the cordon', () => {
    const cordoned = node({
      name: 'node-d',
      unschedulable: true,
      taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }],
    });
    const state = liveState({
      daemonSets: [ds],
      pods: [running, pending],
      nodes: [nodes[0]!, nodes[1]!, cordoned],
      nodePods: bound,
    });
    const hint = liveHints(state, scope).find((h) => h.id === 'daemonset-incomplete')!;
    expect(hint.title).toContain('no pod on node-d');
  });

  it('says which permission names the nodes when Nodes cannot be listed', () => {
    const state = liveState({ daemonSets: [ds], pods: [running, pending], unreadable: ['nodes/*'] });
    const hint = liveHints(state, scope).find((h) => h.id === 'daemonset-incomplete')!;
    expect(hint.evidence).toContain(
      '1 node that should run a pod has none (which ones is unknown: the gate may not list nodes (apply hooks/optional/cluster-read.yaml); compare kubectl get nodes with kubectl get pods -n shop -o wide)',
    );
  });
});
