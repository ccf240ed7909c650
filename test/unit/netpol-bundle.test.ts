/** The netpol model over a manifest bundle: selection through the bundle's indexes, ports, namespaces. */
import {
  containerPortsOf,
  namespacesOf,
  podEndpointOf,
  policiesInNamespace,
  templatesSelectedBy,
} from '../../src/netpol/bundle.js';
import { bundleOf } from '../support/manifests.js';

const yaml = `apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: web}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, tier: front}}
    spec:
      initContainers:
      - {name: setup, image: x, ports: [{name: setup, containerPort: 1}]}
      - {name: proxy, image: x, restartPolicy: Always, ports: [{name: proxy, containerPort: 15001}]}
      containers:
      - {name: web, image: x, ports: [{name: http, containerPort: 8080}, {name: dns, containerPort: 53, protocol: UDP}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: api, image: x}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: a, namespace: shop}
spec: {podSelector: {}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: b, namespace: other}
spec: {podSelector: {}}
`;

describe('netpol over a bundle', () => {
  const bundle = bundleOf(yaml);
  const names = (templates: { workload: { name: string } }[]) => templates.map((t) => t.workload.name);

  it('templatesSelectedBy: `{}` selects every pod template of the namespace', () => {
    expect(names(templatesSelectedBy(bundle, 'shop', {}))).toEqual(['web', 'api']);
    expect(names(templatesSelectedBy(bundle, 'other', {}))).toEqual([]);
  });
  it('templatesSelectedBy: matchLabels and matchExpressions-only selectors', () => {
    expect(names(templatesSelectedBy(bundle, 'shop', { matchLabels: { tier: 'front' } }))).toEqual(['web']);
    expect(
      names(
        templatesSelectedBy(bundle, 'shop', {
          matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }],
        }),
      ),
    ).toEqual(['api']);
  });
  it('containerPortsOf: containers and sidecar init containers, protocol defaulting to TCP', () => {
    const [web] = templatesSelectedBy(bundle, 'shop', { matchLabels: { app: 'web' } });
    expect(containerPortsOf(web?.spec)).toEqual([
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { name: 'dns', containerPort: 53, protocol: 'UDP' },
      { name: 'proxy', containerPort: 15001, protocol: 'TCP' }, // restartPolicy: Always serves traffic
    ]); // "setup" (a plain init container) has exited before traffic arrives
    expect(podEndpointOf(web!)).toMatchObject({
      kind: 'pod',
      namespace: 'shop',
      labels: { app: 'web', tier: 'front' },
    });
  });
  it('policiesInNamespace: only the policies of that namespace, parsed once', () => {
    const shop = policiesInNamespace(bundle, 'shop');
    expect(shop.map((p) => [p.name, p.resource.id])).toEqual([['a', 'NetworkPolicy/shop/a']]);
    expect(policiesInNamespace(bundle, 'shop')[0]).toBe(shop[0]);
  });
  it('namespacesOf: Namespace labels plus the name label; undeclared namespaces are incomplete', () => {
    expect(namespacesOf(bundle).labelsOf('shop')).toEqual({
      labels: { team: 'web', 'kubernetes.io/metadata.name': 'shop' },
      complete: true,
    });
    expect(namespacesOf(bundle).labelsOf('other')).toEqual({
      labels: { 'kubernetes.io/metadata.name': 'other' },
      complete: false,
    });
  });
});
