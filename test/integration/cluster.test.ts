/**
 * The cluster reader and writers over real HTTP: client-node talks to the stand-in API server
 * (test/support/kube-api.ts), which answers with list envelopes, Status bodies and merge-patch
 * semantics as kube-apiserver does. Faults come from overrides (403, 404, 401, slow) or a stopped server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { readLiveState } from '../../src/cluster/read.js';
import type { LiveState } from '../../src/cluster/types.js';
import {
  annotateApplication,
  annotateDeployments,
  noticeForVerdict,
  recordEvent,
} from '../../src/cluster/write.js';
import { UsageError } from '../../src/errors.js';
import {
  forbidden,
  type KubeApi,
  type KubeObject,
  kubeConfigFor,
  notFound,
  startKubeApi,
  statusBody,
  writeKubeconfig,
} from '../support/kube-api.js';

const TOKEN = 'test-token-abc123';
const NOW = new Date('2026-11-26T12:00:00Z');
const TLS_DATA = 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t'; // base64 of "-----BEGIN CERTIFICATE-----"

const crashingPod: KubeObject = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: 'web-7d9f8c6b5-x2x4k',
    namespace: 'shop',
    labels: { app: 'web', 'pod-template-hash': '7d9f8c6b5' },
    ownerReferences: [
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d9f8c6b5', uid: 'rs-uid', controller: true },
    ],
  },
  spec: { containers: [{ name: 'web', image: 'ghcr.io/acme/web:1.4.2' }] },
  status: {
    phase: 'Running',
    containerStatuses: [
      {
        name: 'web',
        ready: false,
        restartCount: 7,
        image: 'ghcr.io/acme/web:1.4.2',
        imageID: '',
        state: {
          waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=web' },
        },
        lastState: {
          terminated: {
            exitCode: 1,
            reason: 'Error',
            startedAt: '2026-11-26T11:54:00Z',
            finishedAt: '2026-11-26T11:54:03Z',
          },
        },
      },
    ],
  },
};

const objects: KubeObject[] = [
  crashingPod,
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'api-0', namespace: 'other', labels: { app: 'api' } },
    spec: { containers: [{ name: 'api', image: 'api:1' }] },
  },
  {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'web-7d9f8c6b5-x2x4k.18a1b2c3d4e5f6a7', namespace: 'shop' },
    involvedObject: { kind: 'Pod', namespace: 'shop', name: 'web-7d9f8c6b5-x2x4k', apiVersion: 'v1' },
    reason: 'BackOff',
    message: 'Back-off restarting failed container web in pod web-7d9f8c6b5-x2x4k_shop(1a2b)',
    type: 'Warning',
    count: 31,
    source: { component: 'kubelet', host: 'node-a' },
  },
  {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'web-7d9f8c6b5-x2x4k.18a1b2c3d4e5f000', namespace: 'shop' },
    involvedObject: { kind: 'Pod', namespace: 'shop', name: 'web-7d9f8c6b5-x2x4k', apiVersion: 'v1' },
    reason: 'Pulled',
    message: 'Container image "ghcr.io/acme/web:1.4.2" already present on machine',
    type: 'Normal',
  },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', annotations: { 'deployment.kubernetes.io/revision': '4' } },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' }, annotations: { 'kubectl.kubernetes.io/restartedAt': 'x' } },
        spec: { containers: [{ name: 'web', image: 'ghcr.io/acme/web:1.4.2' }] },
      },
    },
    status: {
      replicas: 3,
      unavailableReplicas: 3,
      conditions: [
        {
          type: 'Progressing',
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: 'ReplicaSet "web-7d9f8c6b5" has timed out progressing.',
        },
      ],
    },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web-7d9f8c6b5', namespace: 'shop', labels: { app: 'web' } },
    spec: { replicas: 3, selector: { matchLabels: { app: 'web' } } },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db', namespace: 'shop' },
    spec: { serviceName: 'db', selector: { matchLabels: { app: 'db' } } },
    status: { currentRevision: 'db-5c8d', updateRevision: 'db-6f9e' },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: { name: 'db-6f9e', namespace: 'shop' },
    revision: 2,
  },
  {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'log-agent', namespace: 'shop' },
    spec: { selector: { matchLabels: { app: 'log-agent' } } },
    status: { desiredNumberScheduled: 3, numberReady: 2 },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'shop' },
    spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
  },
  {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'web-abc12', namespace: 'shop', labels: { 'kubernetes.io/service-name': 'web' } },
    addressType: 'IPv4',
    endpoints: [{ addresses: ['10.0.0.7'], conditions: { ready: false } }],
    ports: [{ port: 8080 }],
  },
  {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'web-tls', namespace: 'shop' },
    type: 'kubernetes.io/tls',
    data: { 'tls.crt': TLS_DATA, 'tls.key': TLS_DATA },
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web', namespace: 'shop' },
    spec: { ingressClassName: 'nginx', rules: [{ host: 'shop.example.com' }] },
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'legacy', namespace: 'other' },
    spec: { ingressClassName: 'nginx', rules: [{ host: 'shop.example.com' }] },
  },
  { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx' }, spec: {} },
  { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'standard' }, provisioner: 'x' },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'coredns-5d78c9869d-abcde',
      namespace: 'kube-system',
      labels: { 'k8s-app': 'kube-dns' },
    },
    spec: { containers: [{ name: 'coredns', image: 'coredns:1.11' }] },
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }] },
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'kube-proxy-abcde', namespace: 'kube-system', labels: { 'k8s-app': 'kube-proxy' } },
    spec: { containers: [{ name: 'kube-proxy', image: 'kube-proxy:1.31' }] },
  },
  {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'shop', namespace: 'argocd', annotations: { 'team.example.com/owner': 'payments' } },
    spec: { project: 'default' },
  },
];

/** Every list the reader makes for scope [shop]: 10 per namespace plus DNS pods and 3 cluster-wide. */
const SHOP_READS = [
  '/api/v1/namespaces/shop/pods',
  '/api/v1/namespaces/shop/events',
  '/api/v1/namespaces/shop/services',
  '/api/v1/namespaces/shop/secrets',
  '/apis/apps/v1/namespaces/shop/deployments',
  '/apis/apps/v1/namespaces/shop/statefulsets',
  '/apis/apps/v1/namespaces/shop/daemonsets',
  '/apis/apps/v1/namespaces/shop/replicasets',
  '/apis/apps/v1/namespaces/shop/controllerrevisions',
  '/apis/discovery.k8s.io/v1/namespaces/shop/endpointslices',
  '/api/v1/namespaces/kube-system/pods',
  '/apis/networking.k8s.io/v1/ingresses',
  '/apis/networking.k8s.io/v1/ingressclasses',
  '/apis/storage.k8s.io/v1/storageclasses',
];
/** log-agent has 2 of 3 pods ready: the Nodes say which node lacks one (no pod is Pending, so the
 *  pods of all namespaces are not read). */
const NODE_READS = ['/api/v1/nodes'];

const namesOf = (items: { metadata?: { name?: string } }[]) => items.map((i) => i.metadata?.name).sort();

let api: KubeApi;
beforeEach(async () => {
  api = await startKubeApi({ objects, token: TOKEN, now: NOW });
});
afterEach(async () => {
  await api.stop();
});

const read = (namespaces = ['shop'], timeoutMs?: number): Promise<LiveState> =>
  readLiveState(kubeConfigFor(api.url, TOKEN), { namespaces }, { timeoutMs });

describe('readLiveState', () => {
  test('reads every list of the namespaces in scope, and only those', async () => {
    const state = await read();
    expect(state.notes).toEqual([]);
    expect([...state.unreadable]).toEqual([]);
    expect(state.namespaces).toEqual(['shop']);
    expect(namesOf(state.pods)).toEqual(['web-7d9f8c6b5-x2x4k']);
    expect(namesOf(state.deployments)).toEqual(['web']);
    expect(namesOf(state.replicaSets)).toEqual(['web-7d9f8c6b5']);
    expect(namesOf(state.statefulSets)).toEqual(['db']);
    expect(namesOf(state.controllerRevisions)).toEqual(['db-6f9e']);
    expect(namesOf(state.daemonSets)).toEqual(['log-agent']);
    expect(namesOf(state.services)).toEqual(['web']);
    expect(namesOf(state.endpointSlices)).toEqual(['web-abc12']);
    expect(namesOf(state.dnsPods)).toEqual(['coredns-5d78c9869d-abcde']);
    // Ingresses of every namespace: conflicts with other teams' hosts show.
    expect(state.ingresses.map((i) => `${i.metadata?.namespace}/${i.metadata?.name}`).sort()).toEqual([
      'other/legacy',
      'shop/web',
    ]);
    expect(state.ingressClasses).toEqual(['nginx']);
    expect(state.storageClasses).toEqual(['standard']);
    // Only the Warning event: the selector is applied by the server.
    expect(state.events.map((e) => e.reason)).toEqual(['BackOff']);

    const paths = api.calls.map((c) => c.path).sort();
    expect(paths).toEqual([...SHOP_READS, ...NODE_READS].sort());
    expect(api.calls.every((c) => c.method === 'GET' && c.headers.authorization === `Bearer ${TOKEN}`)).toBe(
      true,
    );
    expect(api.calls.find((c) => c.path === '/api/v1/namespaces/shop/events')?.query).toEqual({
      fieldSelector: 'type=Warning',
    });
    expect(api.calls.find((c) => c.path === '/api/v1/namespaces/kube-system/pods')?.query).toEqual({
      labelSelector: 'k8s-app=kube-dns',
    });
  });

  test('objects keep the API shapes, with timestamps as Date (client-node deserialises them)', async () => {
    const state = await read();
    const pod = state.pods[0]!;
    expect(pod.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(pod.metadata?.creationTimestamp).toEqual(NOW);
    const web = pod.status?.containerStatuses?.[0];
    expect(web?.state?.waiting?.reason).toBe('CrashLoopBackOff');
    expect(web?.lastState?.terminated?.exitCode).toBe(1);
    expect(web?.lastState?.terminated?.finishedAt).toEqual(new Date('2026-11-26T11:54:03Z'));
    expect(state.deployments[0]?.status?.conditions?.[0]?.reason).toBe('ProgressDeadlineExceeded');
    expect(state.endpointSlices[0]?.endpoints?.[0]?.conditions?.ready).toBe(false);
  });

  test('two namespaces are read in parallel, each with its own lists', async () => {
    const state = await read(['shop', 'other']);
    expect(namesOf(state.pods)).toEqual(['api-0', 'web-7d9f8c6b5-x2x4k']);
    expect(api.calls.filter((c) => c.path.includes('/namespaces/other/'))).toHaveLength(10);
    expect(api.calls).toHaveLength(SHOP_READS.length + 10 + NODE_READS.length);
  });

  test('Secrets: asked for metadata only, and only name and type are kept', async () => {
    const state = await read();
    const call = api.calls.find((c) => c.path === '/api/v1/namespaces/shop/secrets');
    expect(call?.headers.accept).toContain('as=PartialObjectMetadataList;g=meta.k8s.io;v=v1');
    // The metadata-only answer carries no type, as a real API server's does not.
    expect(state.secrets).toEqual([{ namespace: 'shop', name: 'web-tls' }]);
    expect(JSON.stringify(state.secrets)).not.toContain(TLS_DATA);
  });

  test('Secrets: a server that ignores the metadata-only request still leaves no data in the state', async () => {
    api.setOverride('/api/v1/namespaces/shop/secrets', {
      status: 200,
      body: {
        kind: 'SecretList',
        apiVersion: 'v1',
        metadata: { resourceVersion: '1' },
        items: [
          {
            metadata: { name: 'web-tls', namespace: 'shop', uid: 'u', resourceVersion: '9' },
            type: 'kubernetes.io/tls',
            data: { 'tls.crt': TLS_DATA, 'tls.key': TLS_DATA },
          },
        ],
      },
    });
    const state = await read();
    expect(state.secrets).toEqual([{ namespace: 'shop', name: 'web-tls', type: 'kubernetes.io/tls' }]);
    expect(Object.keys(state.secrets[0]!).sort()).toEqual(['name', 'namespace', 'type']);
  });

  test('403 on pods: a note naming the permission; every other signal is still read', async () => {
    api.setOverride(
      'GET /api/v1/namespaces/shop/pods',
      forbidden({ verb: 'list', resource: 'pods', namespace: 'shop' }),
    );
    const state = await read();
    expect(state.notes).toEqual(['skipped pods in shop: forbidden (needs list on pods in namespace shop)']);
    expect([...state.unreadable]).toEqual(['pods/shop']);
    expect(state.pods).toEqual([]);
    expect(namesOf(state.deployments)).toEqual(['web']);
    expect(namesOf(state.dnsPods)).toEqual(['coredns-5d78c9869d-abcde']);
    expect(state.events).toHaveLength(1);
  });

  test('403 on a namespaced apps resource names the API group', async () => {
    api.setOverride(
      '/apis/apps/v1/namespaces/shop/statefulsets',
      forbidden({ verb: 'list', resource: 'statefulsets', group: 'apps', namespace: 'shop' }),
    );
    const state = await read();
    expect(state.notes).toEqual([
      'skipped statefulsets in shop: forbidden (needs list on statefulsets.apps in namespace shop)',
    ]);
    expect([...state.unreadable]).toEqual(['statefulsets/shop']);
  });

  test('403 on Ingresses of all namespaces: falls back to the namespaces in scope and says so', async () => {
    api.setOverride(
      '/apis/networking.k8s.io/v1/ingresses',
      forbidden({ verb: 'list', resource: 'ingresses', group: 'networking.k8s.io' }),
    );
    const state = await read();
    expect(state.notes).toEqual([
      'skipped ingresses of all namespaces: forbidden (needs list on ingresses.networking.k8s.io cluster-wide, a ClusterRole); ' +
        'Ingress host+path conflicts checked within shop only',
    ]);
    expect([...state.unreadable]).toEqual(['ingresses/*']);
    expect(state.ingresses.map((i) => `${i.metadata?.namespace}/${i.metadata?.name}`)).toEqual(['shop/web']);
    expect(api.calls.some((c) => c.path === '/apis/networking.k8s.io/v1/namespaces/shop/ingresses')).toBe(
      true,
    );
  });

  test('403 on cluster-scoped classes and on kube-system: notes name the ClusterRole and the Role needed', async () => {
    api.setOverride(
      '/apis/storage.k8s.io/v1/storageclasses',
      forbidden({ verb: 'list', resource: 'storageclasses', group: 'storage.k8s.io' }),
    );
    api.setOverride(
      '/api/v1/namespaces/kube-system/pods',
      forbidden({ verb: 'list', resource: 'pods', namespace: 'kube-system' }),
    );
    const state = await read();
    expect(state.notes.sort()).toEqual([
      'skipped CoreDNS pods in kube-system: forbidden (needs list on pods in namespace kube-system)',
      'skipped storageclasses: forbidden (needs list on storageclasses.storage.k8s.io cluster-wide, a ClusterRole)',
    ]);
    expect([...state.unreadable].sort()).toEqual(['dnspods/kube-system', 'storageclasses/*']);
    expect(state.ingressClasses).toEqual(['nginx']);
  });

  test('an API the server does not serve (404) skips that list with a note', async () => {
    api.setOverride(
      '/apis/discovery.k8s.io/v1/namespaces/shop/endpointslices',
      statusBody(404, 'NotFound', 'the server could not find the requested resource'),
    );
    const state = await read();
    expect(state.notes).toEqual([
      'skipped endpointslices in shop: the API server does not serve discovery.k8s.io/endpointslices (HTTP 404)',
    ]);
    expect([...state.unreadable]).toEqual(['endpointslices/shop']);
  });

  test('rejected credentials: one note for the whole read', async () => {
    const state = await readLiveState(kubeConfigFor(api.url, 'wrong-token'), { namespaces: ['shop'] });
    expect(state.notes).toEqual([
      `live cluster signals skipped: ${api.url} rejected the credentials (HTTP 401)`,
    ]);
    expect(state.notes.join()).not.toContain('wrong-token');
    expect(state.unreadable.size).toBe(SHOP_READS.length);
  });

  test('a client-side failure hitting every list (http:// without skip-TLS-verify) is one note', async () => {
    const kc = kubeConfigFor(api.url, TOKEN);
    kc.clusters = kc.clusters.map((c) => ({ ...c, skipTLSVerify: false }));
    const state = await readLiveState(kc, { namespaces: ['shop'] });
    expect(state.notes).toEqual([
      `live cluster signals skipped: ${api.url}: HTTP protocol is not allowed when skipTLSVerify is not set or false`,
    ]);
    expect(api.calls).toEqual([]);
  });

  test('API server down: one note, an empty state, quickly, no throw', async () => {
    await api.stop();
    const started = Date.now();
    const state = await read(['shop', 'other']);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(2000);
    expect(state.notes).toHaveLength(1);
    expect(state.notes[0]).toMatch(
      new RegExp(
        `^live cluster signals skipped: ${api.url.replace(/\./g, '\\.')} is unreachable: connection refused`,
      ),
    );
    const lists: (keyof LiveState)[] = ['pods', 'events', 'deployments', 'ingresses', 'dnsPods', 'secrets'];
    for (const list of lists) expect(state[list]).toEqual([]);
    // 10 lists per namespace + CoreDNS pods + 3 cluster-wide lists, all unknown.
    expect(state.unreadable.size).toBe(2 * 10 + 4);
    expect(state.unreadable.has('pods/other')).toBe(true);
    api = await startKubeApi(); // afterEach stops it again
  });

  test('a server that never answers in time: the whole read is bounded by the timeout', async () => {
    api.setOverride('*', { delayMs: 10_000 });
    const started = Date.now();
    const state = await read(['shop'], 300);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1500);
    expect(state.notes).toEqual([`live cluster signals skipped: ${api.url} did not answer within 300 ms`]);
    expect(state.unreadable.size).toBe(SHOP_READS.length);
  });

  test('one slow list: only that list is skipped, the rest is read', async () => {
    api.setOverride('/apis/apps/v1/namespaces/shop/replicasets', { delayMs: 10_000 });
    const state = await read(['shop'], 500);
    expect(state.notes).toEqual([`skipped replicasets in shop: ${api.url} did not answer within 500 ms`]);
    expect([...state.unreadable]).toEqual(['replicasets/shop']);
    expect(namesOf(state.pods)).toEqual(['web-7d9f8c6b5-x2x4k']);
  });

  describe("the run's deadline", () => {
    const readBy = (endsAt: number, timeoutMs: number) =>
      readLiveState(
        kubeConfigFor(api.url, TOKEN),
        { namespaces: ['shop'] },
        { timeoutMs, runDeadline: { endsAt, label: "the run's 4m deadline" } },
      );

    test("closer than the read's own timeout: the read ends by it, and the note names it", async () => {
      api.setOverride('*', { delayMs: 10_000 });
      const started = Date.now();
      const state = await readBy(started + 400, 10_000);
      const elapsed = Date.now() - started;
      // Ended at the run's deadline (400 ms), not at the read's own 10 s.
      expect(elapsed).toBeGreaterThanOrEqual(390);
      expect(elapsed).toBeLessThan(1500);
      expect(state.notes).toHaveLength(1);
      expect(state.notes[0]).toMatch(
        new RegExp(
          `^live cluster signals skipped: ${api.url} did not answer in the (39\\d|400) ms left before the run's 4m deadline$`,
        ),
      );
      expect(state.unreadable.size).toBe(SHOP_READS.length);
    });

    test('already passed: nothing is asked, and every signal is unread', async () => {
      const state = await readBy(Date.now() - 1, 10_000);
      expect(api.calls).toEqual([]);
      expect(state.notes).toEqual([
        "live cluster signals skipped: the run's 4m deadline passed before they were read",
      ]);
      expect(state.unreadable.has('pods/shop')).toBe(true);
      expect(state.unreadable.has('events/shop')).toBe(true);
    });

    test("further away than the read's own timeout: the read's timeout ends it, as without one", async () => {
      api.setOverride('/apis/apps/v1/namespaces/shop/replicasets', { delayMs: 10_000 });
      const state = await readBy(Date.now() + 60_000, 500);
      expect(state.notes).toEqual([`skipped replicasets in shop: ${api.url} did not answer within 500 ms`]);
    });
  });

  test('a 500 from the API server is reported with its Status message', async () => {
    api.setOverride(
      '/api/v1/namespaces/shop/events',
      statusBody(500, 'InternalError', 'Internal error occurred: etcdserver: request timed out'),
    );
    const state = await read();
    expect(state.notes).toEqual([
      'skipped events in shop: HTTP 500: Internal error occurred: etcdserver: request timed out',
    ]);
  });

  test('a null list item makes that list unreadable with a note, never a crash', async () => {
    api.setOverride('/api/v1/namespaces/shop/pods', {
      status: 200,
      body: { kind: 'PodList', apiVersion: 'v1', metadata: {}, items: [null, crashingPod] },
    });
    const state = await read();
    expect(state.notes).toEqual([
      "the API server's answer for pods in shop was not a list of objects: live pod signals not checked",
    ]);
    expect([...state.unreadable]).toEqual(['pods/shop']);
    expect(state.pods).toEqual([]);
    expect(namesOf(state.services)).toEqual(['web']);
  });

  test('items that are not a list (a string) are unreadable, not one object per character', async () => {
    api.setOverride('/api/v1/namespaces/shop/events', {
      status: 200,
      body: { kind: 'EventList', apiVersion: 'v1', metadata: {}, items: 'none' },
    });
    const state = await read();
    expect(state.events).toEqual([]);
    expect([...state.unreadable]).toEqual(['events/shop']);
    expect(state.notes).toEqual([
      "the API server's answer for events in shop was not a list of objects: live event signals not checked",
    ]);
  });

  test('null entries inside an item (a null container status) are dropped, the item is kept', async () => {
    const status = crashingPod.status as { containerStatuses: unknown[] };
    api.setOverride('/api/v1/namespaces/shop/pods', {
      status: 200,
      body: {
        kind: 'PodList',
        apiVersion: 'v1',
        metadata: {},
        items: [
          { ...crashingPod, status: { ...status, containerStatuses: [null, ...status.containerStatuses] } },
        ],
      },
    });
    const state = await read();
    expect(state.notes).toEqual([]);
    expect(state.pods[0]?.status?.containerStatuses?.map((c) => c.name)).toEqual(['web']);
  });

  test('an item whose fields have other shapes (containerStatuses a number) is unreadable with a note', async () => {
    api.setOverride('/api/v1/namespaces/shop/pods', {
      status: 200,
      body: {
        kind: 'PodList',
        apiVersion: 'v1',
        metadata: {},
        items: [{ ...crashingPod, status: { phase: 'Running', containerStatuses: 7 } }],
      },
    });
    const state = await read();
    expect(state.notes).toEqual([
      "the API server's answer for pods in shop was not in the shape Kubernetes sends (data is not iterable): live pod signals not checked",
    ]);
    expect([...state.unreadable]).toEqual(['pods/shop']);
  });

  test('an HTML page answered with 200 is an unreadable source with a note, not an empty list', async () => {
    api.setOverride('/api/v1/namespaces/shop/services', {
      status: 200,
      body: '<html><body>Sign in</body></html>',
      contentType: 'text/html; charset=utf-8',
    });
    const state = await read();
    expect(state.notes).toEqual([
      "the API server's answer for services in shop was not JSON but text/html: live service signals not checked",
    ]);
    expect([...state.unreadable]).toEqual(['services/shop']);
  });

  test('HTML labelled as JSON is unreadable too', async () => {
    api.setOverride('/apis/apps/v1/namespaces/shop/deployments', {
      status: 200,
      body: '<html></html>',
      contentType: 'application/json',
    });
    const state = await read();
    expect(state.notes).toEqual([
      "the API server's answer for deployments in shop was not valid JSON: live deployment signals not checked",
    ]);
  });

  test('a proxy page for every list: one note for the whole read', async () => {
    api.setOverride('*', { status: 200, body: '<html></html>', contentType: 'text/html' });
    const state = await read();
    expect(state.notes).toEqual([
      `live cluster signals skipped: every answer of ${api.url} was not JSON but text/html`,
    ]);
    expect(state.unreadable.has('pods/shop')).toBe(true);
    expect(state.unreadable.has('ingressclasses/*')).toBe(true);
  });

  test('an answer over the size cap is not read: a note names the cap', async () => {
    // 300 ReplicaSets of about 40 bytes each: about 12 KB against a 10 KiB cap.
    const items = Array.from({ length: 300 }, (_, i) => ({
      metadata: { name: `web-${i}`, namespace: 'shop' },
    }));
    api.setOverride('/apis/apps/v1/namespaces/shop/replicasets', {
      status: 200,
      body: { kind: 'ReplicaSetList', apiVersion: 'apps/v1', metadata: {}, items },
    });
    const state = await readLiveState(
      kubeConfigFor(api.url, TOKEN),
      { namespaces: ['shop'] },
      { maxAnswerBytes: 10 * 1024 },
    );
    expect(state.notes).toEqual([
      "the API server's answer for replicasets in shop was larger than the 10 KiB the gate reads from the API server: live replicaset signals not checked",
    ]);
    expect(state.replicaSets).toEqual([]);
    expect(namesOf(state.pods)).toEqual(['web-7d9f8c6b5-x2x4k']);
  });
});

describe('recordEvent', () => {
  const application = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    namespace: 'argocd',
    name: 'shop',
    uid: '6f1c2b9e-0d5a-4f7e-9a43-2b8c1d0e7f11',
  };

  test('posts a core/v1 Warning Event on the Application for a block', async () => {
    const kc = kubeConfigFor(api.url, TOKEN);
    const warning = await recordEvent(kc, application, 'block', 'checkout: burn rate 20x over 1h and 5m', {
      now: NOW,
    });
    expect(warning).toBeUndefined();
    const call = api.calls.find((c) => c.method === 'POST');
    expect(call?.path).toBe('/api/v1/namespaces/argocd/events');
    expect(call?.headers['content-type']).toBe('application/json');
    // client-go names Events "<object>.<unix nanoseconds in hex>".
    const nanosHex = (BigInt(Date.UTC(2026, 10, 26, 12)) * 1_000_000n).toString(16);
    expect(call?.body).toMatchObject({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `shop.${nanosHex}`, namespace: 'argocd' },
      involvedObject: {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        name: 'shop',
        namespace: 'argocd',
        uid: application.uid,
      },
      reason: 'SloGateBlocked',
      message: 'checkout: burn rate 20x over 1h and 5m',
      type: 'Warning',
      reportingComponent: 'slo-gate',
      source: { component: 'slo-gate' },
      firstTimestamp: '2026-11-26T12:00:00.000Z',
      lastTimestamp: '2026-11-26T12:00:00.000Z',
      count: 1,
    });
    expect(api.list('Event', 'argocd')).toHaveLength(1);
  });

  test('a pass is a Normal event; warn is a Warning with its own reason', async () => {
    const kc = kubeConfigFor(api.url, TOKEN);
    await recordEvent(kc, application, 'pass', 'all SLOs within budget', { now: NOW });
    await recordEvent(kc, application, 'warn', 'budget below 25 %', { now: new Date(NOW.getTime() + 1000) });
    const events = api.list('Event', 'argocd').map((e) => [e.reason, e.type]);
    expect(events).toEqual([
      ['SloGatePassed', 'Normal'],
      ['SloGateWarned', 'Warning'],
    ]);
  });

  test('the message is cut to 1 KiB at a character boundary', async () => {
    const kc = kubeConfigFor(api.url, TOKEN);
    const long = 'Überlast '.repeat(300); // 10 bytes per repeat in UTF-8
    await recordEvent(kc, application, 'block', long, { now: NOW });
    const sent = (api.calls.find((c) => c.method === 'POST')?.body as { message: string }).message;
    expect(Buffer.byteLength(sent)).toBeLessThanOrEqual(1024);
    expect(Buffer.byteLength(sent)).toBeGreaterThan(1024 - 10);
    expect(sent.endsWith('…')).toBe(true);
    expect(long.startsWith(sent.slice(0, -1))).toBe(true);
  });

  test('a 403 returns a warning naming the permission, never throws', async () => {
    api.setOverride(
      'POST /api/v1/namespaces/argocd/events',
      forbidden({ verb: 'create', resource: 'events', namespace: 'argocd' }),
    );
    const warning = await recordEvent(kubeConfigFor(api.url, TOKEN), application, 'block', 'x', { now: NOW });
    expect(warning).toBe(
      'could not record the Event on Application argocd/shop: forbidden (needs create on events in namespace argocd)',
    );
  });

  test('the same Event name twice: the 409 AlreadyExists comes back as a warning', async () => {
    const kc = kubeConfigFor(api.url, TOKEN);
    expect(await recordEvent(kc, application, 'block', 'x', { now: NOW })).toBeUndefined();
    const warning = await recordEvent(kc, application, 'block', 'x', { now: NOW });
    expect(warning).toMatch(
      /^could not record the Event on Application argocd\/shop: HTTP 409: events "shop\.[0-9a-f]+" already exists$/,
    );
  });

  test('API server down: a warning, quickly', async () => {
    await api.stop();
    const started = Date.now();
    const warning = await recordEvent(kubeConfigFor(api.url, TOKEN), application, 'block', 'x');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(warning).toMatch(
      /^could not record the Event on Application argocd\/shop: http:\/\/127\.0\.0\.1:\d+ is unreachable: connection refused/,
    );
    api = await startKubeApi();
  });

  test('an HTML page answered with 200 is not a written Event: a warning naming what came back', async () => {
    api.setOverride('POST /api/v1/namespaces/argocd/events', {
      status: 200,
      contentType: 'text/html',
      body: '<html><body>Sign in</body></html>',
    });
    const warning = await recordEvent(kubeConfigFor(api.url, TOKEN), application, 'block', 'x', { now: NOW });
    expect(warning).toBe(
      `could not record the Event on Application argocd/shop: the answer of ${api.url} was not JSON but text/html, not the object written`,
    );
  });

  test('a JSON answer that is not an object (a list) is not a written Event either', async () => {
    api.setOverride('POST /api/v1/namespaces/argocd/events', { status: 201, body: [] });
    const warning = await recordEvent(kubeConfigFor(api.url, TOKEN), application, 'block', 'x', { now: NOW });
    expect(warning).toBe(
      `could not record the Event on Application argocd/shop: the answer of ${api.url} was not a JSON object, not the object written`,
    );
  });

  test('a hanging API server costs the write its own timeout, then a warning', async () => {
    api.setOverride('POST /api/v1/namespaces/argocd/events', { delayMs: 30_000 });
    const started = Date.now();
    const warning = await recordEvent(kubeConfigFor(api.url, TOKEN), application, 'block', 'x', {
      timeoutMs: 300,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(warning).toBe(
      `could not record the Event on Application argocd/shop: ${api.url} did not answer within 300 ms`,
    );
  });

  test("the caller's signal ends the write before its own timeout, and the warning says the time ran out", async () => {
    api.setOverride('POST /api/v1/namespaces/argocd/events', { delayMs: 30_000 });
    const started = Date.now();
    const warning = await recordEvent(kubeConfigFor(api.url, TOKEN), application, 'block', 'x', {
      timeoutMs: 20_000,
      signal: AbortSignal.timeout(300),
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(warning).toBe(
      'could not record the Event on Application argocd/shop: the time for writing results ran out',
    );
  });
});

describe('annotateDeployments', () => {
  test('merge-patches the verdict onto the Deployment metadata, keeping its other annotations', async () => {
    const warnings = await annotateDeployments(
      kubeConfigFor(api.url, TOKEN),
      [{ namespace: 'shop', name: 'web' }],
      'block',
    );
    expect(warnings).toEqual([]);
    const call = api.calls.find((c) => c.method === 'PATCH');
    expect(call?.path).toBe('/apis/apps/v1/namespaces/shop/deployments/web');
    expect(call?.headers['content-type']).toBe('application/merge-patch+json');
    expect(call?.body).toEqual({ metadata: { annotations: { 'slo-gate.dev/verdict': 'block' } } });
    const stored = api.get('Deployment', 'shop', 'web')!;
    expect((stored.metadata as { annotations: Record<string, string> }).annotations).toEqual({
      'deployment.kubernetes.io/revision': '4',
      'slo-gate.dev/verdict': 'block',
    });
    // The pod template is untouched: no rollout.
    expect(stored.spec).toEqual(objects.find((o) => o.kind === 'Deployment')!.spec);
  });

  test('a missing Deployment gives a warning; the others are still annotated', async () => {
    const warnings = await annotateDeployments(
      kubeConfigFor(api.url, TOKEN),
      [
        { namespace: 'shop', name: 'gone' },
        { namespace: 'shop', name: 'web' },
      ],
      'warn',
    );
    expect(warnings).toEqual([
      'could not annotate Deployment shop/gone: not found (HTTP 404: deployments.apps "gone" not found)',
    ]);
    expect(
      (api.get('Deployment', 'shop', 'web')!.metadata as { annotations: Record<string, string> }).annotations[
        'slo-gate.dev/verdict'
      ],
    ).toBe('warn');
  });

  test('a 403 names the patch permission', async () => {
    api.setOverride(
      'PATCH /apis/apps/v1/namespaces/shop/deployments/web',
      forbidden({ verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'shop', name: 'web' }),
    );
    const warnings = await annotateDeployments(
      kubeConfigFor(api.url, TOKEN),
      [{ namespace: 'shop', name: 'web' }],
      'block',
    );
    expect(warnings).toEqual([
      'could not annotate Deployment shop/web: forbidden (needs patch on deployments.apps in namespace shop)',
    ]);
  });
});

describe('annotateApplication', () => {
  const annotationsOfApp = () =>
    (api.get('Application', 'argocd', 'shop')!.metadata as { annotations: Record<string, string> })
      .annotations;

  test('sets the Argo CD notice annotations with a merge patch, and null removes them', async () => {
    const kc = kubeConfigFor(api.url, TOKEN);
    const notice = noticeForVerdict(
      'block',
      'checkout burns 20x its budget',
      'https://grafana.example.com/d/slo',
    );
    expect(await annotateApplication(kc, 'argocd', 'shop', notice)).toBeUndefined();
    const call = api.calls.find((c) => c.method === 'PATCH');
    expect(call?.path).toBe('/apis/argoproj.io/v1alpha1/namespaces/argocd/applications/shop');
    expect(call?.headers['content-type']).toBe('application/merge-patch+json');
    expect(annotationsOfApp()).toEqual({
      'team.example.com/owner': 'payments',
      'notice.argocd.argoproj.io/content': 'slo-gate blocked the sync: checkout burns 20x its budget',
      'notice.argocd.argoproj.io/severity': 'critical',
      'notice.argocd.argoproj.io/url': 'https://grafana.example.com/d/slo',
      'notice.argocd.argoproj.io/permanent': 'true',
    });

    expect(await annotateApplication(kc, 'argocd', 'shop', noticeForVerdict('pass', 'ok'))).toBeUndefined();
    expect(annotationsOfApp()).toEqual({ 'team.example.com/owner': 'payments' });
  });

  test('a warn notice replaces a block notice without leaving its url or permanence', async () => {
    const kc = kubeConfigFor(api.url, TOKEN);
    await annotateApplication(kc, 'argocd', 'shop', noticeForVerdict('block', 'a', 'https://x.example.com'));
    await annotateApplication(kc, 'argocd', 'shop', noticeForVerdict('warn', 'budget below 25 %'));
    expect(annotationsOfApp()).toEqual({
      'team.example.com/owner': 'payments',
      'notice.argocd.argoproj.io/content': 'slo-gate warns: budget below 25 %',
      'notice.argocd.argoproj.io/severity': 'warning',
    });
  });

  test('content is cut to the 500 characters Argo CD shows', async () => {
    await annotateApplication(kubeConfigFor(api.url, TOKEN), 'argocd', 'shop', {
      content: 'x'.repeat(800),
      severity: 'info',
    });
    const content = annotationsOfApp()['notice.argocd.argoproj.io/content']!;
    expect([...content]).toHaveLength(500);
    expect(content.endsWith('…')).toBe(true);
  });

  test('no such Application: a warning, never a throw', async () => {
    const warning = await annotateApplication(kubeConfigFor(api.url, TOKEN), 'argocd', 'missing', null);
    expect(warning).toBe(
      'could not set the notice on Application argocd/missing: not found (HTTP 404: applications.argoproj.io "missing" not found)',
    );
  });
});

describe('stand-in API server', () => {
  test('lists are envelopes without kind on built-in items; errors are Status bodies', async () => {
    const headers = { authorization: `Bearer ${TOKEN}` };
    const list = (await (
      await fetch(`${api.url}/apis/apps/v1/namespaces/shop/deployments`, { headers })
    ).json()) as {
      kind: string;
      apiVersion: string;
      metadata: { resourceVersion: string };
      items: KubeObject[];
    };
    expect(list.kind).toBe('DeploymentList');
    expect(list.apiVersion).toBe('apps/v1');
    expect(list.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(list.items[0]).not.toHaveProperty('kind');
    expect(list.items[0]?.metadata).toMatchObject({
      name: 'web',
      namespace: 'shop',
      creationTimestamp: '2026-11-26T12:00:00Z',
    });

    const response = await fetch(`${api.url}/apis/apps/v1/namespaces/shop/deployments/nope`, { headers });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'deployments.apps "nope" not found',
      reason: 'NotFound',
      details: { name: 'nope', group: 'apps', kind: 'deployments' },
      code: 404,
    });
    expect(notFound('deployments', 'nope', 'apps').body).toEqual(
      await (await fetch(`${api.url}/apis/apps/v1/namespaces/shop/deployments/nope`, { headers })).json(),
    );
  });

  test('a PATCH with plain application/json is refused with 415, as the real server does', async () => {
    const response = await fetch(`${api.url}/apis/apps/v1/namespaces/shop/deployments/web`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ metadata: { annotations: { a: 'b' } } }),
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { reason: string }).reason).toBe('UnsupportedMediaType');
  });
});

describe('loadKubeConfig', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'slo-gate-kubeconfig-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('loads a kubeconfig file written for the stand-in and reads through it', async () => {
    const file = writeKubeconfig(join(dir, 'config'), api.url, TOKEN);
    const kc = loadKubeConfig({ file });
    const state = await readLiveState(kc, { namespaces: ['shop'] });
    expect(state.notes).toEqual([]);
    expect(namesOf(state.deployments)).toEqual(['web']);
  });

  test('an unknown context is a usage error naming the file and the contexts there are', async () => {
    const file = writeKubeconfig(join(dir, 'config2'), api.url, TOKEN);
    expect(() => loadKubeConfig({ file, context: 'prod' })).toThrow(UsageError);
    expect(() => loadKubeConfig({ file, context: 'prod' })).toThrow(
      `${file}: no context "prod" in the kubeconfig — fix: use one of: stand-in`,
    );
  });

  test('a broken kubeconfig is a usage error that does not echo the file (tokens live there)', async () => {
    const file = join(dir, 'broken');
    writeFileSync(file, `users:\n- name: u\n  user:\n    token: ${TOKEN}\n   bad: [\n`);
    let error: unknown;
    try {
      loadKubeConfig({ file });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).not.toContain(TOKEN);
    expect((error as Error).message.split('\n')).toHaveLength(1);
  });
});
