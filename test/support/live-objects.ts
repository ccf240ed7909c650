/**
 * Live objects for the hint tests, written as the API server returns them in a list (JSON: times
 * are RFC 3339 strings, absent fields absent, built-in list items without apiVersion/kind). Shapes
 * follow real kube-apiserver / kubelet output: containerStatuses with state/lastState, conditions
 * with lastTransitionTime, Warning events with involvedObject and either count/lastTimestamp
 * (core/v1 writers) or series/eventTime (events.k8s.io/v1 writers such as the scheduler).
 */
import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import { emptyLiveState, type LiveState } from '../../src/cluster/types.js';

export const NOW = '2026-11-26T12:00:00Z';
export const NOW_DATE = new Date(NOW);

/** Minutes before NOW as RFC 3339. */
export function minutesAgo(minutes: number): string {
  return new Date(NOW_DATE.getTime() - minutes * 60_000).toISOString().replace(/\.000Z$/, 'Z');
}

let uidCounter = 0;
function uid(): string {
  uidCounter++;
  return `6f1c2a3b-0000-4000-8000-${String(uidCounter).padStart(12, '0')}`;
}

/** JSON as the API server sends it, typed as what the reader hands over. */
export function asLive<T>(json: unknown): T {
  return json as T;
}

export function liveState(
  parts: Partial<Omit<LiveState, 'unreadable'>> & { unreadable?: string[] } = {},
): LiveState {
  const { unreadable, ...rest } = parts;
  const state = emptyLiveState(parts.namespaces ?? ['shop']);
  return { ...state, ...rest, unreadable: new Set(unreadable ?? []) };
}

export interface ContainerSpec {
  name: string;
  image: string;
  requests?: Record<string, string>;
  limits?: Record<string, string>;
}

export interface PodOptions {
  name: string;
  namespace?: string;
  /** ownerReferences[0] (controller). */
  owner?: { kind: string; name: string };
  labels?: Record<string, string>;
  nodeName?: string;
  phase?: string;
  containers?: ContainerSpec[];
  initContainers?: (ContainerSpec & { restartPolicy?: string })[];
  containerStatuses?: unknown[];
  initContainerStatuses?: unknown[];
  conditions?: unknown[];
  affinity?: unknown;
  nodeSelector?: Record<string, string>;
  uid?: string;
  createdMinutesAgo?: number;
}

function containerJson(c: ContainerSpec & { restartPolicy?: string }) {
  const resources: Record<string, unknown> = {};
  if (c.requests) resources.requests = c.requests;
  if (c.limits) resources.limits = c.limits;
  return {
    name: c.name,
    image: c.image,
    resources,
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    imagePullPolicy: 'IfNotPresent',
    ...(c.restartPolicy ? { restartPolicy: c.restartPolicy } : {}),
  };
}

/** Conditions of a pod that runs and is Ready (or not). */
export function runningConditions(ready: boolean): unknown[] {
  const status = ready ? 'True' : 'False';
  return [
    {
      type: 'PodReadyToStartContainers',
      status: 'True',
      lastProbeTime: null,
      lastTransitionTime: minutesAgo(60),
    },
    { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: minutesAgo(60) },
    {
      type: 'Ready',
      status,
      lastProbeTime: null,
      lastTransitionTime: minutesAgo(30),
      ...(ready ? {} : { reason: 'ContainersNotReady', message: 'containers with unready status: [app]' }),
    },
    {
      type: 'ContainersReady',
      status,
      lastProbeTime: null,
      lastTransitionTime: minutesAgo(30),
      ...(ready ? {} : { reason: 'ContainersNotReady', message: 'containers with unready status: [app]' }),
    },
    { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: minutesAgo(60) },
  ];
}

export function pod(options: PodOptions): V1Pod {
  const namespace = options.namespace ?? 'shop';
  const containers = options.containers ?? [
    { name: 'app', image: 'registry.example.com/shop/checkout:1.4.2' },
  ];
  return asLive<V1Pod>({
    metadata: {
      name: options.name,
      namespace,
      uid: options.uid ?? uid(),
      resourceVersion: '48213',
      creationTimestamp: minutesAgo(options.createdMinutesAgo ?? 60),
      labels: options.labels ?? {},
      ...(options.owner
        ? {
            ownerReferences: [
              {
                apiVersion: 'apps/v1',
                kind: options.owner.kind,
                name: options.owner.name,
                uid: uid(),
                controller: true,
                blockOwnerDeletion: true,
              },
            ],
          }
        : {}),
    },
    spec: {
      ...(options.initContainers ? { initContainers: options.initContainers.map(containerJson) } : {}),
      containers: containers.map(containerJson),
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      serviceAccountName: 'default',
      schedulerName: 'default-scheduler',
      ...(options.nodeName ? { nodeName: options.nodeName } : {}),
      ...(options.nodeSelector ? { nodeSelector: options.nodeSelector } : {}),
      ...(options.affinity ? { affinity: options.affinity } : {}),
      tolerations: [
        {
          key: 'node.kubernetes.io/not-ready',
          operator: 'Exists',
          effect: 'NoExecute',
          tolerationSeconds: 300,
        },
        {
          key: 'node.kubernetes.io/unreachable',
          operator: 'Exists',
          effect: 'NoExecute',
          tolerationSeconds: 300,
        },
      ],
    },
    status: {
      phase: options.phase ?? 'Running',
      conditions: options.conditions ?? runningConditions(true),
      ...(options.nodeName ? { hostIP: '10.0.1.12', podIP: '10.244.1.37' } : {}),
      startTime: minutesAgo(60),
      ...(options.initContainerStatuses ? { initContainerStatuses: options.initContainerStatuses } : {}),
      ...(options.containerStatuses ? { containerStatuses: options.containerStatuses } : {}),
      qosClass: 'Burstable',
    },
  });
}

/** A Deployment pod: owned by ReplicaSet `${deployment}-${hash}`, labelled with pod-template-hash. */
export function deploymentPod(
  deployment: string,
  hash: string,
  suffix: string,
  options: Omit<PodOptions, 'name' | 'owner'> = {},
): V1Pod {
  return pod({
    ...options,
    name: `${deployment}-${hash}-${suffix}`,
    owner: { kind: 'ReplicaSet', name: `${deployment}-${hash}` },
    labels: { app: deployment, 'pod-template-hash': hash, ...options.labels },
    nodeName: 'nodeName' in options ? options.nodeName : 'node-a',
  });
}

/** containerStatuses[] entry in CrashLoopBackOff after a termination. */
export function crashLoopStatus(
  name: string,
  image: string,
  last: { exitCode: number; reason: string; finishedMinutesAgo: number; message?: string },
  restartCount: number,
  podName = 'pod',
): unknown {
  return {
    name,
    state: {
      waiting: {
        reason: 'CrashLoopBackOff',
        message: `back-off 5m0s restarting failed container=${name} pod=${podName}_shop(7f8061d3-3603-49d6-8e03-77cb4b1bbed4)`,
      },
    },
    lastState: {
      terminated: {
        exitCode: last.exitCode,
        reason: last.reason,
        ...(last.message ? { message: last.message } : {}),
        startedAt: minutesAgo(last.finishedMinutesAgo + 1),
        finishedAt: minutesAgo(last.finishedMinutesAgo),
        containerID: 'containerd://2c0ce8efadd4bd6159613b26d1e7ad1f251fb4a84b7fb6ec39657640a0ffbb94',
      },
    },
    ready: false,
    restartCount,
    image,
    imageID: `${image.split(':')[0]}@sha256:9b09e8a419f03915b9673fa4445dfae1520e467249fb55f54a93895419c13f7a`,
    containerID: 'containerd://2c0ce8efadd4bd6159613b26d1e7ad1f251fb4a84b7fb6ec39657640a0ffbb94',
    started: false,
  };
}

export function waitingStatus(name: string, image: string, reason: string, message?: string): unknown {
  return {
    name,
    state: { waiting: { reason, ...(message ? { message } : {}) } },
    lastState: {},
    ready: false,
    restartCount: 0,
    image,
    imageID: '',
    started: false,
  };
}

export function runningStatus(
  name: string,
  image: string,
  ready = true,
  restartCount = 0,
  lastState: unknown = {},
): unknown {
  return {
    name,
    state: { running: { startedAt: minutesAgo(50) } },
    lastState,
    ready,
    restartCount,
    image,
    imageID: `${image.split(':')[0]}@sha256:5528e8b1b1719d34604c87e11dcd1c0a20bedf46e83b5632cdeac91b8c04efc1`,
    containerID: 'containerd://bb2ef7c54ebaa63d601705ac318660308d0364fa99113042cc3ad1c610ae7e44',
    started: true,
  };
}

export interface EventOptions {
  kind?: string;
  name: string;
  namespace?: string;
  uid?: string;
  reason: string;
  message: string;
  type?: 'Warning' | 'Normal';
  count?: number;
  lastMinutesAgo?: number;
  firstMinutesAgo?: number;
  /** Written through events.k8s.io/v1 (scheduler): eventTime and series, no count/lastTimestamp. */
  seriesStyle?: boolean;
  component?: string;
}

export function event(options: EventOptions): CoreV1Event {
  const namespace = options.namespace ?? 'shop';
  const involvedObject = {
    kind: options.kind ?? 'Pod',
    namespace,
    name: options.name,
    ...(options.uid ? { uid: options.uid } : {}),
    apiVersion: options.kind && options.kind !== 'Pod' ? 'apps/v1' : 'v1',
    resourceVersion: '48200',
  };
  const metadata = {
    name: `${options.name}.17c9f4a1b2c3d4e5`,
    namespace,
    uid: uid(),
    resourceVersion: '48230',
    creationTimestamp: minutesAgo(options.firstMinutesAgo ?? 30),
  };
  if (options.seriesStyle) {
    return asLive<CoreV1Event>({
      metadata,
      involvedObject,
      reason: options.reason,
      message: options.message,
      source: {},
      firstTimestamp: null,
      lastTimestamp: null,
      type: options.type ?? 'Warning',
      eventTime: `${minutesAgo(options.firstMinutesAgo ?? 30).replace('Z', '')}.531000Z`,
      ...(options.count && options.count > 1
        ? {
            series: {
              count: options.count,
              lastObservedTime: `${minutesAgo(options.lastMinutesAgo ?? 1).replace('Z', '')}.104529Z`,
            },
          }
        : {}),
      action: 'Scheduling',
      reportingComponent: options.component ?? 'default-scheduler',
      reportingInstance: `${options.component ?? 'default-scheduler'}-control-plane`,
    });
  }
  return asLive<CoreV1Event>({
    metadata,
    involvedObject,
    reason: options.reason,
    message: options.message,
    source: { component: options.component ?? 'kubelet', host: 'node-a' },
    firstTimestamp: minutesAgo(options.firstMinutesAgo ?? 30),
    lastTimestamp: minutesAgo(options.lastMinutesAgo ?? 1),
    count: options.count ?? 1,
    type: options.type ?? 'Warning',
    eventTime: null,
    reportingComponent: options.component ?? 'kubelet',
    reportingInstance: 'node-a',
  });
}
