/**
 * The traffic path and the cluster around the release: service-no-endpoints (EndpointSlices of
 * Services an Ingress of the bundle routes to), dns-not-ready (CoreDNS pods), missing-dependency
 * (TLS Secrets, IngressClasses, StorageClasses neither the bundle nor the cluster has), and the scope.
 */
import type { V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import { bundleWorkloads, liveHints } from '../../src/hints/live/index.js';
import { bundleOf } from '../support/manifests.js';
import {
  NOW_DATE,
  asLive,
  crashLoopStatus,
  deploymentPod,
  liveState,
  pod,
  runningConditions,
  runningStatus,
} from '../support/live-objects.js';

const IMAGE = 'registry.example.com/shop/checkout:1.4.2';

const BUNDLE = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: shop
spec:
  ingressClassName: nginx
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /api
            pathType: Prefix
            backend: { service: { name: checkout, port: { number: 80 } } }
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: shop }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { storageClassName: fast-ssd, accessModes: [ReadWriteOnce], resources: { requests: { storage: 10Gi } } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout, namespace: shop }
spec:
  selector: { matchLabels: { app: checkout } }
  template:
    metadata: { labels: { app: checkout } }
    spec: { containers: [{ name: app, image: ${IMAGE} }] }
`;

const service = asLive<V1Service>({
  metadata: { name: 'checkout', namespace: 'shop', uid: 'e1c2e3f4-5555-4000-8000-000000000001' },
  spec: {
    type: 'ClusterIP',
    clusterIP: '10.96.14.22',
    clusterIPs: ['10.96.14.22'],
    selector: { app: 'checkout' },
    ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 }],
    sessionAffinity: 'None',
    internalTrafficPolicy: 'Cluster',
    ipFamilies: ['IPv4'],
    ipFamilyPolicy: 'SingleStack',
  },
  status: { loadBalancer: {} },
});

function slice(endpoints: { ip: string; pod: string; ready?: boolean }[]): V1EndpointSlice {
  return asLive<V1EndpointSlice>({
    metadata: {
      name: 'checkout-7x2kq',
      generateName: 'checkout-',
      namespace: 'shop',
      labels: {
        'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
        'kubernetes.io/service-name': 'checkout',
      },
      ownerReferences: [
        {
          apiVersion: 'v1',
          kind: 'Service',
          name: 'checkout',
          uid: 'e1c2e3f4-5555-4000-8000-000000000001',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    addressType: 'IPv4',
    endpoints: endpoints.map((e) => ({
      addresses: [e.ip],
      // The controller always sets the conditions; `ready` absent is tested on purpose below.
      conditions: e.ready === undefined ? {} : { ready: e.ready, serving: e.ready, terminating: false },
      targetRef: { kind: 'Pod', namespace: 'shop', name: e.pod, uid: '0c1d2e3f-6666-4000-8000-000000000001' },
      nodeName: 'node-a',
      zone: 'eu-west-1a',
    })),
    ports: [{ name: 'http', protocol: 'TCP', port: 8080 }],
  });
}

const notReadyPod = (suffix: string): V1Pod =>
  deploymentPod('checkout', '7d9f8c6b5', suffix, {
    conditions: runningConditions(false),
    containerStatuses: [runningStatus('app', IMAGE, false)],
  });

const everything = {
  secrets: [{ namespace: 'shop', name: 'shop-tls', type: 'kubernetes.io/tls' }],
  ingressClasses: ['nginx'],
  storageClasses: ['fast-ssd'],
};

describe('service-no-endpoints', () => {
  const bundle = bundleOf(BUNDLE);

  it('reports a routed Service whose endpoints are all not ready', () => {
    const state = liveState({
      ...everything,
      services: [service],
      endpointSlices: [
        slice([
          { ip: '10.244.1.37', pod: 'checkout-7d9f8c6b5-aaaaa', ready: false },
          { ip: '10.244.2.14', pod: 'checkout-7d9f8c6b5-bbbbb', ready: false },
        ]),
      ],
      pods: [notReadyPod('aaaaa'), notReadyPod('bbbbb')],
    });
    const hints = liveHints(state, { bundle, workloads: [] }).filter((h) => h.id === 'service-no-endpoints');
    expect(hints).toHaveLength(1);
    expect(hints[0]!.title).toBe(
      'Service shop/checkout: 0 ready endpoints of 2, routed by Ingress shop/web (shop.example.com/api)',
    );
    expect(hints[0]!.evidence.slice(1)).toEqual([
      'routed by Ingress shop/web: shop.example.com/api',
      '2 endpoints, none ready: checkout-7d9f8c6b5-aaaaa, checkout-7d9f8c6b5-bbbbb (2 Running, not ready (app))',
      'fix: the Ingress answers 503 on these routes until a pod of Service shop/checkout is Ready; the pod hints say why they are not',
    ]);
  });

  it('counts an endpoint without a ready condition as ready, as the API says', () => {
    const state = liveState({
      ...everything,
      services: [service],
      endpointSlices: [slice([{ ip: '10.244.1.37', pod: 'checkout-7d9f8c6b5-aaaaa' }])],
    });
    expect(liveHints(state, { bundle, workloads: [] })).toEqual([]);
  });

  it('says the selector matches no pod when no slice lists an address', () => {
    const other = deploymentPod('checkout-v2', '5c4d7c974b', 'zz9', {
      containerStatuses: [runningStatus('app', IMAGE)],
    });
    const state = liveState({
      ...everything,
      services: [service],
      endpointSlices: [slice([])],
      pods: [other],
    });
    const [hint] = liveHints(state, { bundle, workloads: [] });
    expect(hint!.evidence).toContain('no pod in shop has the labels of its selector app=checkout');
    expect(hint!.evidence.at(-1)).toBe(
      'fix: correct spec.selector of Service shop/checkout (app=checkout) or the pod template labels so they match',
    );
  });

  it('does not judge a Service the cluster does not have yet, or unreadable slices', () => {
    expect(liveHints(liveState({ ...everything }), { bundle, workloads: [] })).toEqual([]);
    const unreadable = liveState({ ...everything, services: [service], unreadable: ['endpointslices/shop'] });
    expect(liveHints(unreadable, { bundle, workloads: [] })).toEqual([]);
  });
});

describe('dns-not-ready', () => {
  const coredns = (suffix: string, ready: boolean): V1Pod =>
    pod({
      name: `coredns-5d78c9869d-${suffix}`,
      namespace: 'kube-system',
      owner: { kind: 'ReplicaSet', name: 'coredns-5d78c9869d' },
      labels: { 'k8s-app': 'kube-dns', 'pod-template-hash': '5d78c9869d' },
      nodeName: 'node-a',
      containers: [{ name: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.11.3' }],
      conditions: runningConditions(ready),
      containerStatuses: ready
        ? [runningStatus('coredns', 'registry.k8s.io/coredns/coredns:v1.11.3')]
        : [
            crashLoopStatus(
              'coredns',
              'registry.k8s.io/coredns/coredns:v1.11.3',
              { exitCode: 1, reason: 'Error', finishedMinutesAgo: 2 },
              12,
            ),
          ],
    });

  it('reports CoreDNS pods that are not ready', () => {
    const state = liveState({
      namespaces: ['shop', 'kube-system'],
      dnsPods: [coredns('abcde', false), coredns('fghij', true)],
    });
    const hints = liveHints(state, {
      workloads: [{ kind: 'Deployment', namespace: 'shop', name: 'checkout' }],
    });
    expect(hints.map((h) => h.id)).toEqual(['dns-not-ready']);
    expect(hints[0]!.title).toBe(
      'cluster DNS: 1 of 2 CoreDNS pods in kube-system not ready (coredns-5d78c9869d-abcde: CrashLoopBackOff (coredns: last exit 1 (Error)))',
    );
    expect(hints[0]!.evidence.at(-1)).toMatch(
      /^fix: cluster DNS is degraded: lookups that reach a broken replica time out/,
    );
  });

  it('says nothing when every CoreDNS pod is ready or none was found', () => {
    expect(liveHints(liveState({ dnsPods: [coredns('abcde', true)] }), { workloads: [] })).toEqual([]);
    expect(liveHints(liveState({ dnsPods: [] }), { workloads: [] })).toEqual([]);
  });
});

describe('missing-dependency', () => {
  const bundle = bundleOf(BUNDLE);

  it('reports each object neither the bundle nor the cluster has, at the line that names it', () => {
    const state = liveState({
      secrets: [],
      ingressClasses: ['traefik'],
      storageClasses: ['standard', 'gp3'],
    });
    const hints = liveHints(state, { bundle, workloads: [] });
    expect(hints.map((h) => h.title)).toEqual([
      'Secret shop/shop-tls is missing: named by Ingress/shop/web (spec.tls[0].secretName), in neither the bundle nor the cluster',
      'IngressClass nginx is missing: named by Ingress/shop/web (spec.ingressClassName), in neither the bundle nor the cluster',
      'StorageClass fast-ssd is missing: named by StatefulSet/shop/db (spec.volumeClaimTemplates[0].spec.storageClassName), in neither the bundle nor the cluster',
    ]);
    expect(hints[0]!.evidence[1]).toBe(
      'Ingress/shop/web (manifests.yaml:10): spec.tls[0].secretName shop-tls',
    );
    expect(hints[1]!.evidence.at(-1)).toBe(
      'fix: no controller serves IngressClass nginx, so this Ingress gets no traffic: use one of the cluster\'s classes (traefik), or install the controller that provides "nginx"',
    );
    expect(hints[2]!.evidence[1]).toBe(
      'StatefulSet/shop/db (manifests.yaml:30): spec.volumeClaimTemplates[0].spec.storageClassName fast-ssd',
    );
  });

  it('does not guess where the cluster could not be read', () => {
    const state = liveState({ unreadable: ['secrets/shop', 'ingressclasses/*', 'storageclasses/*'] });
    expect(liveHints(state, { bundle, workloads: [] })).toEqual([]);
  });

  it('trusts cert-manager to create the Secret of an annotated Ingress', () => {
    const annotated = bundleOf(
      BUNDLE.replace(
        '  namespace: shop\nspec:\n  ingressClassName',
        '  namespace: shop\n  annotations: { cert-manager.io/cluster-issuer: letsencrypt }\nspec:\n  ingressClassName',
      ),
    );
    const hints = liveHints(liveState({ ingressClasses: ['nginx'], storageClasses: ['fast-ssd'] }), {
      bundle: annotated,
      workloads: [],
    });
    expect(hints).toEqual([]);
  });
});

describe('scope', () => {
  it('follows only the pods of the workloads in scope', () => {
    const crashing = (deployment: string) =>
      deploymentPod(deployment, '7d9f8c6b5', 'x1', {
        containerStatuses: [
          crashLoopStatus('app', IMAGE, { exitCode: 1, reason: 'Error', finishedMinutesAgo: 1 }, 3),
        ],
      });
    const bundle = bundleOf(BUNDLE);
    expect(bundleWorkloads(bundle)).toEqual([
      { kind: 'Deployment', namespace: 'shop', name: 'checkout' },
      { kind: 'StatefulSet', namespace: 'shop', name: 'db' },
    ]);
    const state = liveState({ ...everything, pods: [crashing('checkout'), crashing('search')] });
    const hints = liveHints(state, { bundle, workloads: bundleWorkloads(bundle), now: NOW_DATE });
    expect(hints.map((h) => h.title)).toEqual([
      'checkout-7d9f8c6b5-x1: CrashLoopBackOff, last exit 1 (Error)',
    ]);
  });

  it('falls back to the ReplicaSet name when the ReplicaSet was not read', () => {
    const p = deploymentPod('checkout', '7d9f8c6b5', 'x2', {
      containerStatuses: [
        crashLoopStatus('app', IMAGE, { exitCode: 1, reason: 'Error', finishedMinutesAgo: 1 }, 3),
      ],
    });
    const hints = liveHints(liveState({ pods: [p] }), {
      workloads: [{ kind: 'Deployment', namespace: 'shop', name: 'checkout' }],
    });
    expect(hints.map((h) => h.title)).toEqual([
      'checkout-7d9f8c6b5-x2: CrashLoopBackOff, last exit 1 (Error)',
    ]);
  });
});
