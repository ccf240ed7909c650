/**
 * EndpointSlice hints for every Service of the bundle, routed by an Ingress or not:
 * service-no-endpoints, endpointslices-stale, endpoint-sync-lag and service-degraded. Counts and
 * ages in the expectations are worked out by hand from the objects (NOW is 2026-11-26T12:00:00Z).
 */
import type { V1Deployment, V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import { liveHints } from '../../src/hints/live/index.js';
import { bundleOf } from '../support/manifests.js';
import {
  NOW_DATE,
  asLive,
  deploymentPod,
  liveState,
  minutesAgo,
  runningConditions,
  runningStatus,
} from '../support/live-objects.js';

const IMAGE = 'registry.example.com/shop/cart:2.0.1';
const SERVICE_UID = 'e1c2e3f4-5555-4000-8000-00000000000a';
const OLD_SERVICE_UID = 'e1c2e3f4-5555-4000-8000-00000000000b';

// A Service of the bundle that no Ingress routes to.
const BUNDLE = `apiVersion: v1
kind: Service
metadata: { name: cart, namespace: shop }
spec:
  selector: { app: cart }
  ports: [{ name: http, port: 80, targetPort: 8080 }]
`;

const service = asLive<V1Service>({
  metadata: { name: 'cart', namespace: 'shop', uid: SERVICE_UID },
  spec: {
    type: 'ClusterIP',
    clusterIP: '10.96.40.7',
    selector: { app: 'cart' },
    ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 }],
  },
  status: { loadBalancer: {} },
});

function deployment(replicas: number): V1Deployment {
  return asLive<V1Deployment>({
    metadata: { name: 'cart', namespace: 'shop', uid: 'a1c2e3f4-1111-4000-8000-00000000000c', generation: 2 },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'cart' } },
      template: {
        metadata: { labels: { app: 'cart' } },
        spec: { containers: [{ name: 'app', image: IMAGE }] },
      },
    },
    status: { observedGeneration: 2, replicas, readyReplicas: replicas },
  });
}

interface EndpointSpec {
  ip: string;
  pod: string;
  ready?: boolean;
}

function slice(
  name: string,
  endpoints: EndpointSpec[],
  options: { ownerUid?: string; addressType?: string } = {},
): V1EndpointSlice {
  return asLive<V1EndpointSlice>({
    metadata: {
      name,
      generateName: 'cart-',
      namespace: 'shop',
      labels: {
        'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
        'kubernetes.io/service-name': 'cart',
      },
      ownerReferences: [
        {
          apiVersion: 'v1',
          kind: 'Service',
          name: 'cart',
          uid: options.ownerUid ?? SERVICE_UID,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    addressType: options.addressType ?? 'IPv4',
    endpoints: endpoints.map((e) => ({
      addresses: [e.ip],
      conditions: { ready: e.ready ?? true, serving: e.ready ?? true, terminating: false },
      targetRef: { kind: 'Pod', namespace: 'shop', name: e.pod },
      nodeName: 'node-a',
    })),
    ports: [{ name: 'http', protocol: 'TCP', port: 8080 }],
  });
}

/** A Ready cart pod with its own IP, Ready since `readyMinutesAgo`. */
function cartPod(suffix: string, ip: string, readyMinutesAgo = 30): V1Pod {
  const p = deploymentPod('cart', '6b8d9f7c4', suffix, { containerStatuses: [runningStatus('app', IMAGE)] });
  p.status!.podIP = ip;
  const conditions = runningConditions(true) as { type: string; lastTransitionTime: string }[];
  for (const c of conditions) if (c.type === 'Ready') c.lastTransitionTime = minutesAgo(readyMinutesAgo);
  p.status!.conditions = asLive(conditions);
  return p;
}

const bundle = bundleOf(BUNDLE);
const hintsOf = (state: ReturnType<typeof liveState>, id: string) =>
  liveHints(state, { bundle, workloads: [], now: NOW_DATE }).filter((h) => h.id === id);

describe('Services of the bundle without an Ingress', () => {
  it('reports zero ready endpoints of a Service no Ingress routes to', () => {
    const state = liveState({
      services: [service],
      deployments: [deployment(2)],
      endpointSlices: [
        slice('cart-x1', [
          { ip: '10.244.1.10', pod: 'cart-6b8d9f7c4-aaaaa', ready: false },
          { ip: '10.244.1.11', pod: 'cart-6b8d9f7c4-bbbbb', ready: false },
        ]),
      ],
    });
    const [hint] = hintsOf(state, 'service-no-endpoints');
    expect(hint!.title).toBe('Service shop/cart: 0 ready endpoints of 2');
    expect(hint!.evidence.at(-1)).toBe(
      'fix: connections to Service shop/cart fail until one of its pods is Ready; the pod hints say why they are not',
    );
  });

  it('leaves a Service scaled to zero alone', () => {
    const state = liveState({ services: [service], deployments: [deployment(0)], endpointSlices: [] });
    expect(liveHints(state, { bundle, workloads: [], now: NOW_DATE })).toEqual([]);
  });
});

describe('endpointslices-stale', () => {
  it('names slices owned by an older Service of the same name, and does not count their endpoints', () => {
    const state = liveState({
      services: [service],
      deployments: [deployment(2)],
      pods: [cartPod('aaaaa', '10.244.1.10'), cartPod('bbbbb', '10.244.1.11')],
      endpointSlices: [
        slice('cart-x1', [
          { ip: '10.244.1.10', pod: 'cart-6b8d9f7c4-aaaaa' },
          { ip: '10.244.1.11', pod: 'cart-6b8d9f7c4-bbbbb' },
        ]),
        slice('cart-old1', [{ ip: '10.244.3.99', pod: 'cart-5f5f5f5f5-zzzzz' }], {
          ownerUid: OLD_SERVICE_UID,
        }),
      ],
    });
    const hints = liveHints(state, { bundle, workloads: [], now: NOW_DATE });
    // The two current endpoints are ready and match the 2 desired replicas: only the stale slice is told.
    expect(hints.map((h) => h.id)).toEqual(['endpointslices-stale']);
    expect(hints[0]!.title).toBe(
      'Service shop/cart: 1 EndpointSlice owned by an older Service of the same name',
    );
    expect(hints[0]!.evidence).toContain(
      `cart-old1: owned by Service uid ${OLD_SERVICE_UID}, the live Service has uid ${SERVICE_UID}`,
    );
    expect(hints[0]!.evidence.at(-1)).toContain('kubectl delete endpointslice -n shop cart-old1');
  });
});

describe('endpoint-sync-lag', () => {
  it('reports Ready pods missing from the slices for longer than the threshold', () => {
    const state = liveState({
      services: [service],
      deployments: [deployment(3)],
      pods: [
        cartPod('aaaaa', '10.244.1.10'),
        cartPod('bbbbb', '10.244.1.11'),
        cartPod('ccccc', '10.244.2.12', 4), // Ready 4 min ago, not listed: lag
      ],
      endpointSlices: [
        slice('cart-x1', [
          { ip: '10.244.1.10', pod: 'cart-6b8d9f7c4-aaaaa' },
          { ip: '10.244.1.11', pod: 'cart-6b8d9f7c4-bbbbb' },
        ]),
      ],
    });
    const [hint, ...rest] = hintsOf(state, 'endpoint-sync-lag');
    expect(rest).toEqual([]);
    expect(hint!.title).toBe(
      'Service shop/cart: 1 Ready pod missing from its EndpointSlices for up to 4 min (endpoint sync lag)',
    );
    expect(hint!.evidence).toContain(
      'cart-6b8d9f7c4-ccccc (10.244.2.12): Ready for 4 min, in no EndpointSlice of the Service',
    );
    expect(hint!.evidence).toContain('2 endpoints listed in 1 slice');
  });

  it('gives the controller its normal delay', () => {
    const justReady = cartPod('ccccc', '10.244.2.12', 0.25); // 15 s
    const state = liveState({
      services: [service],
      deployments: [deployment(1)],
      pods: [cartPod('aaaaa', '10.244.1.10'), justReady],
      endpointSlices: [slice('cart-x1', [{ ip: '10.244.1.10', pod: 'cart-6b8d9f7c4-aaaaa' }])],
    });
    expect(hintsOf(state, 'endpoint-sync-lag')).toEqual([]);
  });
});

describe('service-degraded', () => {
  const endpoints = (ready: number, notReady: number): EndpointSpec[] => [
    ...Array.from({ length: ready }, (_, i) => ({ ip: `10.244.1.${i + 1}`, pod: `cart-r${i}` })),
    ...Array.from({ length: notReady }, (_, i) => ({
      ip: `10.244.2.${i + 1}`,
      pod: `cart-n${i}`,
      ready: false,
    })),
  ];

  it('reports ready endpoints below 80 % of the desired replicas', () => {
    // 3 ready of 5 desired = 60 %.
    const state = liveState({
      services: [service],
      deployments: [deployment(5)],
      endpointSlices: [slice('cart-x1', endpoints(3, 2))],
    });
    const [hint] = hintsOf(state, 'service-degraded');
    expect(hint!.title).toBe(
      'Service shop/cart: 3 ready endpoints of 5 desired replicas (60 %, below 80 %): degraded before the release',
    );
    expect(hint!.evidence).toContain('Deployment shop/cart: 5 desired');
  });

  it('does not report 4 of 5 (80 %)', () => {
    const state = liveState({
      services: [service],
      deployments: [deployment(5)],
      endpointSlices: [slice('cart-x1', endpoints(4, 1))],
    });
    expect(hintsOf(state, 'service-degraded')).toEqual([]);
  });

  it('counts a pod listed in an IPv4 and an IPv6 slice once', () => {
    // Dual stack: 2 pods, each in both slices; 2 of 3 desired = 66 %.
    const pods = [
      { ip: '10.244.1.1', pod: 'cart-a' },
      { ip: '10.244.1.2', pod: 'cart-b' },
    ];
    const v6 = [
      { ip: 'fd00:10:244:1::1', pod: 'cart-a' },
      { ip: 'fd00:10:244:1::2', pod: 'cart-b' },
    ];
    const state = liveState({
      services: [service],
      deployments: [deployment(3)],
      endpointSlices: [slice('cart-v4', pods), slice('cart-v6', v6, { addressType: 'IPv6' })],
    });
    const [hint] = hintsOf(state, 'service-degraded');
    expect(hint!.title).toContain('2 ready endpoints of 3 desired replicas (66 %');
  });
});
