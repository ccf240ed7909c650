/**
 * Controller-level hints: init-stuck, rollout-stuck / deployment-unavailable, sts-rollout-blocked,
 * daemonset-incomplete. Objects are written as the API server lists them (status fields and
 * conditions as the controllers set them).
 */
import type { V1DaemonSet, V1Deployment, V1Pod, V1ReplicaSet, V1StatefulSet } from '@kubernetes/client-node';
import { liveHints } from '../../src/hints/live/index.js';
import {
  NOW_DATE,
  asLive,
  crashLoopStatus,
  deploymentPod,
  event,
  liveState,
  minutesAgo,
  pod,
  runningConditions,
  runningStatus,
} from '../support/live-objects.js';

const scope = { workloads: [], now: NOW_DATE };
const IMAGE = 'registry.example.com/shop/checkout:1.5.0';
const OLD_IMAGE = 'registry.example.com/shop/checkout:1.4.2';

function deployment(status: Record<string, unknown>, extra: { paused?: boolean } = {}): V1Deployment {
  return asLive<V1Deployment>({
    metadata: {
      name: 'checkout',
      namespace: 'shop',
      uid: 'a1c2e3f4-1111-4000-8000-000000000001',
      generation: 5,
      creationTimestamp: minutesAgo(60 * 24 * 30),
      annotations: { 'deployment.kubernetes.io/revision': '5' },
    },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'checkout' } },
      template: {
        metadata: { labels: { app: 'checkout' } },
        spec: { containers: [{ name: 'app', image: IMAGE }] },
      },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      ...(extra.paused ? { paused: true } : {}),
    },
    status: { observedGeneration: 5, ...status },
  });
}

function replicaSet(hash: string, revision: string, createdMinutesAgo: number): V1ReplicaSet {
  return asLive<V1ReplicaSet>({
    metadata: {
      name: `checkout-${hash}`,
      namespace: 'shop',
      uid: `b1c2e3f4-2222-4000-8000-00000000000${revision}`,
      creationTimestamp: minutesAgo(createdMinutesAgo),
      labels: { app: 'checkout', 'pod-template-hash': hash },
      annotations: {
        'deployment.kubernetes.io/revision': revision,
        'deployment.kubernetes.io/desired-replicas': '3',
      },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: 'checkout',
          uid: 'a1c2e3f4-1111-4000-8000-000000000001',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: { replicas: 1, selector: { matchLabels: { app: 'checkout', 'pod-template-hash': hash } } },
    status: { replicas: 1, observedGeneration: 1 },
  });
}

describe('init containers', () => {
  it('names the init container that keeps running and for how long', () => {
    const p = deploymentPod('checkout', '7d9f8c6b5', 'w41t1', {
      phase: 'Pending',
      initContainers: [
        { name: 'wait-for-db', image: 'docker.io/library/busybox:1.37' },
        { name: 'migrate', image: IMAGE },
      ],
      conditions: [
        {
          type: 'Initialized',
          status: 'False',
          lastProbeTime: null,
          lastTransitionTime: minutesAgo(18),
          reason: 'ContainersNotInitialized',
          message: 'containers with incomplete status: [wait-for-db migrate]',
        },
        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: minutesAgo(18) },
      ],
      initContainerStatuses: [
        {
          name: 'wait-for-db',
          state: { running: { startedAt: minutesAgo(18) } },
          lastState: {},
          ready: false,
          restartCount: 0,
          image: 'docker.io/library/busybox:1.37',
          imageID: '',
          started: true,
        },
        {
          name: 'migrate',
          state: { waiting: { reason: 'PodInitializing' } },
          lastState: {},
          ready: false,
          restartCount: 0,
          image: IMAGE,
          imageID: '',
          started: false,
        },
      ],
      containerStatuses: [
        {
          name: 'app',
          state: { waiting: { reason: 'PodInitializing' } },
          lastState: {},
          ready: false,
          restartCount: 0,
          image: IMAGE,
          imageID: '',
          started: false,
        },
      ],
    });
    const hints = liveHints(liveState({ pods: [p] }), scope);
    expect(hints).toHaveLength(1);
    expect(hints[0]!.id).toBe('init-stuck');
    expect(hints[0]!.title).toBe(
      `checkout-7d9f8c6b5-w41t1: init container wait-for-db (1/2) has not finished: running since ${minutesAgo(18)} (18 min before the check)`,
    );
    expect(hints[0]!.evidence.at(-1)).toMatch(
      /^fix: init container wait-for-db keeps running, so the main containers never start: it waits for something that is not there \(kubectl logs -n shop checkout-7d9f8c6b5-w41t1 -c wait-for-db shows what\)/,
    );
  });

  it('reports a crash-looping init container with its exit code, once per workload', () => {
    const pods = ['m1', 'm2'].map((s) =>
      deploymentPod('checkout', '7d9f8c6b5', s, {
        phase: 'Pending',
        initContainers: [{ name: 'migrate', image: IMAGE }],
        initContainerStatuses: [
          crashLoopStatus(
            'migrate',
            IMAGE,
            {
              exitCode: 1,
              reason: 'Error',
              finishedMinutesAgo: 1,
              message: 'relation "orders" already exists',
            },
            5,
          ),
        ],
        containerStatuses: [
          {
            name: 'app',
            state: { waiting: { reason: 'PodInitializing' } },
            lastState: {},
            ready: false,
            restartCount: 0,
            image: IMAGE,
            imageID: '',
            started: false,
          },
        ],
      }),
    );
    const hints = liveHints(liveState({ pods }), scope);
    expect(hints.map((h) => h.id)).toEqual(['init-stuck']);
    expect(hints[0]!.title).toBe(
      'Deployment shop/checkout: 2 of 2 pods stuck in init container migrate (1/1): CrashLoopBackOff, last exit 1 (Error), restarted 5 times',
    );
    expect(hints[0]!.evidence).toContain('last termination message: "relation \\"orders\\" already exists"');
    expect(hints[0]!.evidence.at(-1)).toContain(
      'kubectl logs -n shop checkout-7d9f8c6b5-m1 -c migrate --previous',
    );
  });

  it('counts a started native sidecar as finished', () => {
    const p = deploymentPod('checkout', '7d9f8c6b5', 's1dcr', {
      phase: 'Running',
      initContainers: [
        { name: 'proxy', image: 'docker.io/envoyproxy/envoy:v1.32.0', restartPolicy: 'Always' },
      ],
      initContainerStatuses: [runningStatus('proxy', 'docker.io/envoyproxy/envoy:v1.32.0')],
      containerStatuses: [runningStatus('app', IMAGE)],
    });
    expect(liveHints(liveState({ pods: [p] }), scope)).toEqual([]);
  });
});

describe('Deployments', () => {
  const newPods = (): V1Pod[] => [
    deploymentPod('checkout', '5c4d7c974b', 'n3wp0', {
      conditions: runningConditions(false),
      containers: [{ name: 'app', image: IMAGE }],
      containerStatuses: [
        crashLoopStatus('app', IMAGE, { exitCode: 1, reason: 'Error', finishedMinutesAgo: 1 }, 7),
      ],
    }),
  ];
  const oldPods = (): V1Pod[] =>
    ['o1', 'o2', 'o3'].map((s) =>
      deploymentPod('checkout', '7d9f8c6b5', s, {
        containers: [{ name: 'app', image: OLD_IMAGE }],
        containerStatuses: [runningStatus('app', OLD_IMAGE)],
      }),
    );

  it('reports a rollout past its progress deadline with the new ReplicaSet and its pods', () => {
    const state = liveState({
      deployments: [
        deployment({
          replicas: 4,
          updatedReplicas: 1,
          readyReplicas: 3,
          availableReplicas: 3,
          unavailableReplicas: 1,
          conditions: [
            {
              type: 'Available',
              status: 'True',
              lastUpdateTime: minutesAgo(100),
              lastTransitionTime: minutesAgo(100),
              reason: 'MinimumReplicasAvailable',
              message: 'Deployment has minimum availability.',
            },
            {
              type: 'Progressing',
              status: 'False',
              lastUpdateTime: minutesAgo(4),
              lastTransitionTime: minutesAgo(4),
              reason: 'ProgressDeadlineExceeded',
              message: 'ReplicaSet "checkout-5c4d7c974b" has timed out progressing.',
            },
          ],
        }),
      ],
      replicaSets: [replicaSet('7d9f8c6b5', '4', 60 * 24), replicaSet('5c4d7c974b', '5', 14)],
      pods: [...newPods(), ...oldPods()],
    });
    const hints = liveHints(state, scope);
    expect(hints.map((h) => h.id)).toEqual(['pod-crashloop', 'rollout-stuck']);
    const rollout = hints[1]!;
    expect(rollout.title).toBe(
      'Deployment shop/checkout: rollout stuck, ReplicaSet "checkout-5c4d7c974b" has timed out progressing (1 of 3 updated, 3 available)',
    );
    expect(rollout.evidence).toEqual([
      rollout.title,
      `condition Progressing=False ProgressDeadlineExceeded: "ReplicaSet \\"checkout-5c4d7c974b\\" has timed out progressing." at ${minutesAgo(4)} (4 min before the check) (progressDeadlineSeconds 600)`,
      'replicas: 3 desired, 1 updated, 3 ready, 3 available, 1 unavailable',
      'pods of new ReplicaSet checkout-5c4d7c974b (revision 5): 1 CrashLoopBackOff (app: last exit 1 (Error))',
      'pods of older ReplicaSets: 3 Running, ready',
      'fix: the pods of ReplicaSet checkout-5c4d7c974b do not become available; the pod hints say why; to restore the previous version now: kubectl rollout undo deployment/checkout -n shop',
    ]);
  });

  it('points at the ResourceQuota when the ReplicaSet cannot create pods', () => {
    const state = liveState({
      deployments: [
        deployment({
          replicas: 2,
          updatedReplicas: 0,
          readyReplicas: 2,
          availableReplicas: 2,
          unavailableReplicas: 1,
          conditions: [
            {
              type: 'Progressing',
              status: 'True',
              lastUpdateTime: minutesAgo(3),
              lastTransitionTime: minutesAgo(3),
              reason: 'ReplicaSetUpdated',
              message: 'ReplicaSet "checkout-5c4d7c974b" is progressing.',
            },
            {
              type: 'ReplicaFailure',
              status: 'True',
              lastUpdateTime: minutesAgo(3),
              lastTransitionTime: minutesAgo(3),
              reason: 'FailedCreate',
              message:
                'pods "checkout-5c4d7c974b-x8xvb" is forbidden: exceeded quota: compute, requested: limits.cpu=2, used: limits.cpu=8, limited: limits.cpu=9',
            },
          ],
        }),
      ],
      replicaSets: [replicaSet('7d9f8c6b5', '4', 60 * 24), replicaSet('5c4d7c974b', '5', 3)],
      pods: oldPods().slice(0, 2),
    });
    const [hint] = liveHints(state, scope);
    expect(hint!.id).toBe('deployment-unavailable');
    expect(hint!.title).toBe('Deployment shop/checkout: 1 of 3 replicas unavailable');
    expect(hint!.evidence).toContain('new ReplicaSet checkout-5c4d7c974b (revision 5) has no pods');
    expect(hint!.evidence.at(-1)).toBe(
      "fix: the namespace's ResourceQuota refuses the new pods: raise the quota, or lower the requests/limits of Deployment shop/checkout",
    );
  });

  it('says nothing about a healthy or paused Deployment', () => {
    const healthy = deployment({
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      conditions: [
        {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          message: 'ReplicaSet "checkout-7d9f8c6b5" has successfully progressed.',
        },
      ],
    });
    const paused = deployment({ replicas: 3, unavailableReplicas: 3 }, { paused: true });
    expect(liveHints(liveState({ deployments: [healthy] }), scope)).toEqual([]);
    expect(liveHints(liveState({ deployments: [paused] }), scope)).toEqual([]);
  });
});

describe('StatefulSets', () => {
  function statefulSet(spec: Record<string, unknown>, status: Record<string, unknown>): V1StatefulSet {
    return asLive<V1StatefulSet>({
      metadata: {
        name: 'web',
        namespace: 'shop',
        uid: 'c1c2e3f4-3333-4000-8000-000000000001',
        generation: 3,
      },
      spec: {
        replicas: 3,
        serviceName: 'web',
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', image: IMAGE }] },
        },
        podManagementPolicy: 'OrderedReady',
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
        revisionHistoryLimit: 10,
        ...spec,
      },
      status: { observedGeneration: 3, availableReplicas: 2, ...status },
    });
  }
  function statefulPod(ordinal: number, revision: string, healthy: boolean | 'pending'): V1Pod {
    const name = `web-${ordinal}`;
    return pod({
      name,
      owner: { kind: 'StatefulSet', name: 'web' },
      labels: {
        app: 'web',
        'controller-revision-hash': revision,
        'statefulset.kubernetes.io/pod-name': name,
        'apps.kubernetes.io/pod-index': String(ordinal),
      },
      nodeName: healthy === 'pending' ? undefined : 'node-a',
      phase: healthy === 'pending' ? 'Pending' : 'Running',
      containers: [{ name: 'web', image: IMAGE }],
      conditions:
        healthy === 'pending'
          ? [
              {
                type: 'PodScheduled',
                status: 'False',
                reason: 'Unschedulable',
                message: '0/3 nodes are available: 3 Insufficient memory.',
              },
            ]
          : runningConditions(healthy),
      containerStatuses:
        healthy === 'pending'
          ? undefined
          : [
              healthy
                ? runningStatus('web', IMAGE)
                : crashLoopStatus(
                    'web',
                    IMAGE,
                    { exitCode: 1, reason: 'Error', finishedMinutesAgo: 1 },
                    8,
                    name,
                  ),
            ],
    });
  }

  it('names the pod an OrderedReady rolling update waits for, and the forced-rollback step', () => {
    const state = liveState({
      statefulSets: [
        statefulSet(
          {},
          {
            replicas: 3,
            readyReplicas: 2,
            currentReplicas: 2,
            updatedReplicas: 1,
            currentRevision: 'web-6d8f7c9b5',
            updateRevision: 'web-7c9f9d8d6',
          },
        ),
      ],
      pods: [
        statefulPod(0, 'web-6d8f7c9b5', true),
        statefulPod(1, 'web-6d8f7c9b5', true),
        statefulPod(2, 'web-7c9f9d8d6', false),
      ],
    });
    const hints = liveHints(state, scope);
    expect(hints.map((h) => h.id)).toEqual(['pod-crashloop', 'sts-rollout-blocked']);
    const sts = hints[1]!;
    expect(sts.title).toBe(
      'StatefulSet shop/web: rollout to revision web-7c9f9d8d6 blocked at pod web-2: CrashLoopBackOff (web: last exit 1 (Error))',
    );
    expect(sts.evidence.slice(1)).toEqual([
      'revisions: current web-6d8f7c9b5, update web-7c9f9d8d6; 1 of 3 pods updated (web-2); podManagementPolicy OrderedReady, updateStrategy RollingUpdate',
      'web-2: CrashLoopBackOff (web: last exit 1 (Error)), revision web-7c9f9d8d6',
      'not updated until it is Ready: web-1, web-0',
      'fix: make web-2 Running and Ready (the pod hints say why it is not); if you revert the template instead, delete pod web-2 afterwards: a StatefulSet does not replace a pod stuck at a broken revision by itself',
    ]);
  });

  it('stays quiet when a partition holds the rollout by design', () => {
    const state = liveState({
      statefulSets: [
        statefulSet(
          { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } },
          {
            replicas: 3,
            readyReplicas: 3,
            currentReplicas: 2,
            updatedReplicas: 1,
            currentRevision: 'web-6d8f7c9b5',
            updateRevision: 'web-7c9f9d8d6',
          },
        ),
      ],
      pods: [
        statefulPod(0, 'web-6d8f7c9b5', true),
        statefulPod(1, 'web-6d8f7c9b5', true),
        statefulPod(2, 'web-7c9f9d8d6', true),
      ],
    });
    expect(liveHints(state, scope)).toEqual([]);
  });

  it('shows an OrderedReady scale-up stopped at a Pending pod, with the controller left waiting', () => {
    const state = liveState({
      statefulSets: [
        statefulSet(
          {},
          {
            replicas: 2,
            readyReplicas: 1,
            currentReplicas: 2,
            updatedReplicas: 2,
            currentRevision: 'web-6d8f7c9b5',
            updateRevision: 'web-6d8f7c9b5',
          },
        ),
      ],
      pods: [statefulPod(0, 'web-6d8f7c9b5', true), statefulPod(1, 'web-6d8f7c9b5', 'pending')],
    });
    const hints = liveHints(state, scope);
    expect(hints.map((h) => h.id)).toEqual(['pod-unschedulable', 'sts-rollout-blocked']);
    expect(hints[1]!.title).toBe(
      'StatefulSet shop/web: pod web-1 not Ready (Pending (Unschedulable)) blocks 1 later pod (OrderedReady)',
    );
    expect(hints[1]!.evidence).toContain('not created or started until it is Ready: web-2');
  });

  it('tells OnDelete users which pods to delete', () => {
    const state = liveState({
      statefulSets: [
        statefulSet(
          { updateStrategy: { type: 'OnDelete' } },
          {
            replicas: 3,
            readyReplicas: 3,
            currentReplicas: 3,
            updatedReplicas: 0,
            currentRevision: 'web-6d8f7c9b5',
            updateRevision: 'web-7c9f9d8d6',
          },
        ),
      ],
      pods: [0, 1, 2].map((i) => statefulPod(i, 'web-6d8f7c9b5', true)),
    });
    const [hint] = liveHints(state, scope);
    expect(hint!.title).toBe(
      'StatefulSet shop/web: updateStrategy OnDelete, 3 of 3 pods still at revision web-6d8f7c9b5 until deleted',
    );
  });
});

describe('DaemonSets', () => {
  it('names the nodes whose pods are not ready, from nodeName and the pinned node affinity', () => {
    const ds = asLive<V1DaemonSet>({
      metadata: {
        name: 'node-agent',
        namespace: 'shop',
        uid: 'd1c2e3f4-4444-4000-8000-000000000001',
        generation: 2,
      },
      spec: {
        selector: { matchLabels: { app: 'node-agent' } },
        template: {
          metadata: { labels: { app: 'node-agent' } },
          spec: { containers: [{ name: 'agent', image: IMAGE }] },
        },
      },
      status: {
        currentNumberScheduled: 3,
        numberMisscheduled: 0,
        desiredNumberScheduled: 3,
        numberReady: 1,
        observedGeneration: 2,
        updatedNumberScheduled: 3,
        numberAvailable: 1,
        numberUnavailable: 2,
      },
    });
    const owner = { kind: 'DaemonSet', name: 'node-agent' };
    const labels = { app: 'node-agent', 'controller-revision-hash': '7b9c5d6f8' };
    const pinned = (node: string) => ({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node] }] }],
        },
      },
    });
    const ok = pod({
      name: 'node-agent-4xk2p',
      owner,
      labels,
      nodeName: 'node-a',
      affinity: pinned('node-a'),
      containerStatuses: [runningStatus('agent', IMAGE)],
    });
    const crashing = pod({
      name: 'node-agent-9vq7z',
      owner,
      labels,
      nodeName: 'node-b',
      affinity: pinned('node-b'),
      conditions: runningConditions(false),
      containerStatuses: [
        crashLoopStatus('agent', IMAGE, { exitCode: 2, reason: 'Error', finishedMinutesAgo: 1 }, 3),
      ],
    });
    const pending = pod({
      name: 'node-agent-m7c2d',
      owner,
      labels,
      phase: 'Pending',
      affinity: pinned('node-c'),
      conditions: [
        {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          message:
            "0/3 nodes are available: 1 Insufficient memory, 2 node(s) didn't match Pod's node affinity/selector.",
        },
      ],
    });
    const scheduling = event({
      name: 'node-agent-m7c2d',
      reason: 'FailedScheduling',
      message:
        "0/3 nodes are available: 1 Insufficient memory, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
      seriesStyle: true,
    });
    const hints = liveHints(
      liveState({ daemonSets: [ds], pods: [ok, crashing, pending], events: [scheduling] }),
      scope,
    );
    const hint = hints.find((h) => h.id === 'daemonset-incomplete')!;
    expect(hint.title).toBe('DaemonSet shop/node-agent: 1 of 3 pods ready; not ready on node-b, node-c');
    expect(hint.evidence.slice(1, 4)).toEqual([
      'desired 3, scheduled 3, ready 1, updated 3',
      'node-b: pod node-agent-9vq7z CrashLoopBackOff (agent: last exit 2 (Error))',
      'node-c: pod node-agent-m7c2d Pending (Unschedulable); scheduler: "0/3 nodes are available: 1 Insufficient memory, 2 node(s) didn\'t match Pod\'s node affinity/selector."',
    ]);
    expect(hint.evidence.at(-1)).toMatch(
      /^fix: the pods do not fit on their nodes next to what already runs there/,
    );
  });
});
