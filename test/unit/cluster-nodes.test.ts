/**
 * Nodes and EndpointSlices through the reader, as `slo-gate hook` reads them: client-node over real
 * HTTP from the stand-in API server. client-node keeps only the fields its models know, so a body
 * that survives the round trip unchanged uses the API's real field names: the Kubernetes
 * documentation's EndpointSlice and Node (test/fixtures/live/SOURCES.md), and the bodies the
 * tests build, are checked that way.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { V1EndpointSlice, V1Node } from '@kubernetes/client-node';
import { parse } from 'yaml';
import { readLiveState } from '../../src/cluster/read.js';
import {
  type KubeApi,
  type KubeObject,
  forbidden,
  kubeConfigFor,
  startKubeApi,
} from '../support/kube-api.js';
import { deploymentPod, minutesAgo, pod } from '../support/live-objects.js';
import { boundPod, node } from '../support/live-nodes.js';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/live/${name}`, import.meta.url)), 'utf8');

/** JSON as sent, with the Date objects client-node makes of Time fields back as RFC 3339 strings. */
const asSent = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'string' && /^\d{4}-\d\d-\d\dT.*\.000Z$/.test(v) ? v.replace('.000Z', 'Z') : v,
    ),
  );

/** A copy of `object` without `keys`. */
function omit<T extends object>(object: T, keys: string[]): T {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key))) as T;
}

/** The object without what the stand-in adds on create, as the API server does (uid, resourceVersion, ...). */
function withoutServerFields<T extends { metadata?: Record<string, unknown> }>(object: T): T {
  const metadata = omit(object.metadata ?? {}, ['uid', 'resourceVersion', 'creationTimestamp', 'generation']);
  return { ...object, metadata };
}

let api: KubeApi;
const docsSlice = {
  ...(parse(fixture('endpointslice-docs.yaml')) as KubeObject),
  metadata: { name: 'example-abc', namespace: 'shop', labels: { 'kubernetes.io/service-name': 'example' } },
};
const docsNode = JSON.parse(fixture('node-docs.json')) as KubeObject;
const ourNode = node({ name: 'node-a', taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] });
const pending = deploymentPod('search', '5d6c7b8a9', 'qx7rt', {
  nodeName: undefined,
  phase: 'Pending',
  containers: [{ name: 'app', image: 'registry.example.com/shop/search:3', requests: { memory: '16Gi' } }],
  conditions: [
    {
      type: 'PodScheduled',
      status: 'False',
      lastTransitionTime: minutesAgo(5),
      reason: 'Unschedulable',
      message: '0/2 nodes are available: 2 Insufficient memory.',
    },
  ],
});
const finished = pod({ name: 'migrate-x1', namespace: 'other', nodeName: 'node-a', phase: 'Succeeded' });

beforeAll(async () => {
  api = await startKubeApi({
    objects: [
      docsSlice,
      docsNode,
      { apiVersion: 'v1', kind: 'Node', ...ourNode },
      { apiVersion: 'v1', kind: 'Pod', ...pending },
      { apiVersion: 'v1', kind: 'Pod', ...boundPod('db-0', 'node-a', { memory: '6Gi' }) },
      { apiVersion: 'v1', kind: 'Pod', ...finished },
    ] as KubeObject[],
  });
});

afterAll(async () => {
  await api?.stop();
});

describe('the stand-in against the documented bodies', () => {
  it("keeps every field of the documentation's EndpointSlice through client-node", async () => {
    const state = await readLiveState(kubeConfigFor(api.url), { namespaces: ['shop'] });
    const slice = state.endpointSlices.find((s) => s.metadata?.name === 'example-abc')!;
    // List items carry no apiVersion/kind, as kube-apiserver sends them.
    const documented = omit(docsSlice, ['apiVersion', 'kind']);
    expect(
      asSent(withoutServerFields(slice as V1EndpointSlice & { metadata: Record<string, unknown> })),
    ).toEqual(documented);
    expect(slice.endpoints?.[0]?.conditions?.ready).toBe(true);
    expect(slice.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps every field of the documentation's Node and of the tests' Nodes", async () => {
    const state = await readLiveState(kubeConfigFor(api.url), { namespaces: ['shop'] });
    const read = (name: string) =>
      state.nodes.find((n) => n.metadata?.name === name)! as V1Node & { metadata: Record<string, unknown> };
    const documented = omit(docsNode, ['apiVersion', 'kind']);
    expect(asSent(withoutServerFields(read('10.240.79.157')))).toEqual(documented);
    expect(asSent(withoutServerFields(read('node-a')))).toEqual(
      asSent(withoutServerFields(ourNode as V1Node & { metadata: Record<string, unknown> })),
    );
  });
});

describe('reading the node profile', () => {
  it('lists Nodes and the bound pods of every namespace when a pod is Pending', async () => {
    const before = api.calls.length;
    const state = await readLiveState(kubeConfigFor(api.url), { namespaces: ['shop'] });
    const calls = api.calls.slice(before);
    expect(calls.some((c) => c.path === '/api/v1/nodes')).toBe(true);
    const allPods = calls.find((c) => c.path === '/api/v1/pods')!;
    expect(allPods.query.fieldSelector).toBe('spec.nodeName!=,status.phase!=Succeeded,status.phase!=Failed');
    // db-0 holds node-a; the Succeeded pod and the unbound Pending one do not.
    expect(state.nodePods.map((p) => p.metadata?.name)).toEqual(['db-0']);
    expect(state.nodes.map((n) => n.metadata?.name).sort()).toEqual(['10.240.79.157', 'node-a']);
  });

  it('reads no Node when nothing is Pending and no DaemonSet lacks pods', async () => {
    const before = api.calls.length;
    await readLiveState(kubeConfigFor(api.url), { namespaces: ['other'] });
    expect(api.calls.slice(before).some((c) => c.path === '/api/v1/nodes' || c.path === '/api/v1/pods')).toBe(
      false,
    );
  });

  it('notes the ClusterRole the node profile needs when it is refused', async () => {
    const refusing = await startKubeApi({
      objects: [{ apiVersion: 'v1', kind: 'Pod', ...pending }] as KubeObject[],
      overrides: {
        '/api/v1/nodes': forbidden({ verb: 'list', resource: 'nodes' }),
        '/api/v1/pods': forbidden({ verb: 'list', resource: 'pods' }),
      },
    });
    try {
      const state = await readLiveState(kubeConfigFor(refusing.url), { namespaces: ['shop'] });
      expect([...state.unreadable].sort()).toEqual(['nodes/*', 'pods/*']);
      expect(state.notes).toEqual(
        expect.arrayContaining([
          'skipped nodes: forbidden (needs list on nodes cluster-wide, a ClusterRole)',
          'skipped pods of all namespaces (node requests): forbidden (needs list on pods cluster-wide, a ClusterRole)',
        ]),
      );
    } finally {
      await refusing.stop();
    }
  });
});
