/**
 * The connectivity model against the NetworkPolicy recipes (test/fixtures/netpol/recipes/): each
 * recipe's policy, copied unchanged, on the topology its README builds with `kubectl run`, and what
 * its README says is allowed and dropped.
 */
import { readFileSync } from 'node:fs';
import { connectivityOfBundle, type Connectivity, type BundlePolicy } from '../../src/netpol/index.js';
import { containsPort, formatPortSet } from '../../src/netpol/portset.js';
import { bundleOf } from '../support/manifests.js';

const recipe = (name: string) =>
  readFileSync(new URL(`../fixtures/netpol/recipes/${name}.yaml`, import.meta.url), 'utf8');

/** A bare pod as `kubectl run NAME --labels=... [--port=PORT]` creates it. */
function pod(
  name: string,
  labels: Record<string, string>,
  namespace = 'default',
  ports: string[] = [],
): string {
  const labelText = Object.entries(labels)
    .map(([k, v]) => `${k}: "${v}"`)
    .join(', ');
  return `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${namespace}, labels: {${labelText}}}
spec:
  containers:
  - name: ${name}
    image: nginx
    ports: [${ports.join(', ')}]
`;
}

const namespace = (name: string, labels: Record<string, string> = {}) =>
  `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}, labels: ${JSON.stringify(labels)}}\n`;

function model(...documents: string[]): Connectivity<BundlePolicy> {
  return connectivityOfBundle(bundleOf(documents.join('---\n')));
}

/** "All Connections", "TCP 5000", "No Connections" between two workloads (or an address). */
function ports(connectivity: Connectivity<BundlePolicy>, from: string, to: string): string {
  const node = (id: string) => {
    if (/^\d+\.\d+\.\d+\.\d+$/.test(id)) {
      const value = id.split('.').reduce((acc, octet) => (acc << 8n) | BigInt(octet), 0n);
      return connectivity.externalAt(4, value);
    }
    return connectivity.nodes.find((n) => n.id === id);
  };
  const a = node(from);
  const b = node(to);
  if (!a || !b) throw new Error(`no node ${a ? to : from}`);
  const edge = connectivity.edge(a, b);
  return edge ? formatPortSet(edge.allowed) : 'No Connections';
}

const allows = (
  c: Connectivity<BundlePolicy>,
  from: string,
  to: string,
  port: number,
  protocol: 'TCP' | 'UDP' = 'TCP',
) => {
  const a = c.nodes.find((n) => n.id === from)!;
  const b = c.nodes.find((n) => n.id === to)!;
  const edge = c.edge(a, b);
  return edge !== undefined && containsPort(edge.allowed, protocol, port);
};

describe('NetworkPolicy recipes', () => {
  test('01 deny all traffic to an application: every pod is dropped on its way to app=web', () => {
    const c = model(
      recipe('01-deny-all-traffic-to-an-application'),
      pod('web', { app: 'web' }, 'default', ['{containerPort: 80}']),
      pod('test', { run: 'test' }),
    );
    expect(ports(c, 'default/test[Pod]', 'default/web[Pod]')).toBe('No Connections');
    // Only ingress is isolated: web still reaches out.
    expect(ports(c, 'default/web[Pod]', 'default/test[Pod]')).toBe('All Connections');
  });

  test('02 limit traffic to an application: only app=bookstore pods reach the API', () => {
    const c = model(
      recipe('02-limit-traffic-to-an-application'),
      pod('apiserver', { app: 'bookstore', role: 'api' }),
      pod('test', { app: 'other' }),
      pod('frontend', { app: 'bookstore', role: 'frontend' }),
    );
    expect(ports(c, 'default/test[Pod]', 'default/apiserver[Pod]')).toBe('No Connections'); // "Traffic is blocked!"
    expect(ports(c, 'default/frontend[Pod]', 'default/apiserver[Pod]')).toBe('All Connections'); // "Traffic is allowed."
  });

  test('02a allow all traffic to an application: the allow-all policy adds up with web-deny-all', () => {
    const c = model(
      recipe('01-deny-all-traffic-to-an-application'),
      recipe('02a-allow-all-traffic-to-an-application'),
      pod('web', { app: 'web' }),
      pod('test', { run: 'test' }),
    );
    expect(ports(c, 'default/test[Pod]', 'default/web[Pod]')).toBe('All Connections');
  });

  test('03 deny all non-whitelisted traffic in the namespace: every pod of default is isolated, other namespaces are not', () => {
    const c = model(
      recipe('03-deny-all-non-whitelisted-traffic-in-the-namespace'),
      pod('web', { app: 'web' }),
      pod('db', { app: 'db' }),
      pod('other', { app: 'other' }, 'foo'),
    );
    expect(ports(c, 'default/web[Pod]', 'default/db[Pod]')).toBe('No Connections');
    expect(ports(c, 'foo/other[Pod]', 'default/web[Pod]')).toBe('No Connections');
    expect(ports(c, 'default/web[Pod]', 'foo/other[Pod]')).toBe('All Connections');
  });

  test('04 deny traffic from other namespaces: pods of default talk, pods of foo are blocked', () => {
    const c = model(
      recipe('04-deny-traffic-from-other-namespaces'),
      pod('web', { app: 'web' }),
      pod('test', { run: 'test' }),
      pod('test', { run: 'test' }, 'foo'),
    );
    expect(ports(c, 'foo/test[Pod]', 'default/web[Pod]')).toBe('No Connections'); // "It blocks the traffic from foo namespace!"
    expect(ports(c, 'default/test[Pod]', 'default/web[Pod]')).toBe('All Connections'); // "Any pod in default namespace should work fine"
  });

  test('05 allow traffic from all namespaces: pods of any namespace reach app=web', () => {
    const c = model(
      recipe('01-deny-all-traffic-to-an-application'),
      recipe('05-allow-traffic-from-all-namespaces'),
      pod('web', { app: 'web' }),
      pod('test', { run: 'test' }, 'secondary'),
    );
    expect(ports(c, 'secondary/test[Pod]', 'default/web[Pod]')).toBe('All Connections');
    // Pods only: an address outside the cluster is no namespace's pod.
    expect(ports(c, '8.8.8.8', 'default/web[Pod]')).toBe('No Connections');
  });

  test('06 allow traffic from a namespace: purpose=production reaches web, purpose=testing does not', () => {
    const c = model(
      recipe('06-allow-traffic-from-a-namespace'),
      namespace('dev', { purpose: 'testing' }),
      namespace('prod', { purpose: 'production' }),
      pod('web', { app: 'web' }),
      pod('test', { run: 'test' }, 'dev'),
      pod('test', { run: 'test' }, 'prod'),
    );
    expect(ports(c, 'dev/test[Pod]', 'default/web[Pod]')).toBe('No Connections');
    expect(ports(c, 'prod/test[Pod]', 'default/web[Pod]')).toBe('All Connections');
  });

  test('07 allow traffic from some pods in another namespace: team=operations AND type=monitoring', () => {
    const c = model(
      recipe('07-allow-traffic-from-some-pods-in-another-namespace'),
      namespace('other', { team: 'operations' }),
      pod('web', { app: 'web' }),
      pod('monitor', { type: 'monitoring' }, 'other'),
      pod('plain', { run: 'plain' }, 'other'),
      pod('monitor', { type: 'monitoring' }),
    );
    expect(ports(c, 'other/monitor[Pod]', 'default/web[Pod]')).toBe('All Connections');
    expect(ports(c, 'other/plain[Pod]', 'default/web[Pod]')).toBe('No Connections');
    // The namespace part is ANDed: default has no team=operations label.
    expect(ports(c, 'default/monitor[Pod]', 'default/web[Pod]')).toBe('No Connections');
  });

  test('08 allow external traffic: clients outside the cluster reach app=web', () => {
    const c = model(
      recipe('01-deny-all-traffic-to-an-application'),
      recipe('08-allow-external-traffic'),
      pod('web', { app: 'web' }),
    );
    expect(ports(c, '93.184.216.34', 'default/web[Pod]')).toBe('All Connections');
  });

  test('09 allow traffic only to a port: role=monitoring on 5000 only', () => {
    const c = model(
      recipe('09-allow-traffic-only-to-a-port'),
      pod('apiserver', { app: 'apiserver' }, 'default', ['{containerPort: 8000}', '{containerPort: 5000}']),
      pod('monitor', { role: 'monitoring' }),
      pod('test', { run: 'test' }),
    );
    expect(ports(c, 'default/monitor[Pod]', 'default/apiserver[Pod]')).toBe('TCP 5000');
    expect(allows(c, 'default/monitor[Pod]', 'default/apiserver[Pod]', 8000)).toBe(false);
    expect(ports(c, 'default/test[Pod]', 'default/apiserver[Pod]')).toBe('No Connections');
  });

  test('09 with the named port the README suggests: api-port resolves to containerPort 5000', () => {
    const named = recipe('09-allow-traffic-only-to-a-port').replace('- port: 5000', '- port: api-port');
    const c = model(
      named,
      pod('apiserver', { app: 'apiserver' }, 'default', [
        '{name: api-port, containerPort: 5000, protocol: TCP}',
      ]),
      pod('monitor', { role: 'monitoring' }),
    );
    expect(ports(c, 'default/monitor[Pod]', 'default/apiserver[Pod]')).toBe('TCP 5000');
  });

  test('10 allowing traffic with multiple selectors: the three listed services, nobody else', () => {
    const c = model(
      recipe('10-allowing-traffic-with-multiple-selectors'),
      pod('db', { app: 'bookstore', role: 'db' }),
      pod('search', { app: 'bookstore', role: 'search' }),
      pod('api', { app: 'bookstore', role: 'api' }),
      pod('inventory', { app: 'inventory', role: 'web' }),
      pod('other', { app: 'bookstore', role: 'web' }),
    );
    for (const from of ['search', 'api', 'inventory'])
      expect(ports(c, `default/${from}[Pod]`, 'default/db[Pod]')).toBe('All Connections');
    expect(ports(c, 'default/other[Pod]', 'default/db[Pod]')).toBe('No Connections');
  });

  const dns = [
    namespace('kube-system'),
    pod('kube-dns', { 'k8s-app': 'kube-dns' }, 'kube-system', [
      '{containerPort: 53, protocol: UDP}',
      '{containerPort: 53, protocol: TCP}',
    ]),
  ];

  test('11 deny egress traffic from an application: nothing leaves app=foo, not even DNS', () => {
    const c = model(
      recipe('11-deny-egress-traffic-from-an-application'),
      pod('foo', { app: 'foo' }),
      pod('web', { app: 'web' }),
      ...dns,
    );
    expect(ports(c, 'default/foo[Pod]', 'default/web[Pod]')).toBe('No Connections');
    expect(ports(c, 'default/foo[Pod]', 'kube-system/kube-dns[Pod]')).toBe('No Connections');
    expect(ports(c, 'default/web[Pod]', 'default/foo[Pod]')).toBe('All Connections');
  });

  test('11 with DNS allowed: port 53 to kube-dns only, everything else still blocked', () => {
    const c = model(
      recipe('11-deny-egress-traffic-from-an-application-2'),
      pod('foo', { app: 'foo' }),
      pod('web', { app: 'web' }),
      ...dns,
    );
    expect(ports(c, 'default/foo[Pod]', 'kube-system/kube-dns[Pod]')).toBe('TCP 53,UDP 53');
    expect(ports(c, 'default/foo[Pod]', 'default/web[Pod]')).toBe('No Connections');
    expect(ports(c, 'default/foo[Pod]', '93.184.216.34')).toBe('No Connections');
  });

  test('12 deny all non-whitelisted traffic from the namespace: every pod of default, egress, DNS included', () => {
    const c = model(
      recipe('12-deny-all-non-whitelisted-traffic-from-the-namespace'),
      pod('web', { app: 'web' }),
      pod('db', { app: 'db' }),
      pod('other', { app: 'other' }, 'foo'),
      ...dns,
    );
    expect(ports(c, 'default/web[Pod]', 'default/db[Pod]')).toBe('No Connections');
    expect(ports(c, 'default/web[Pod]', 'kube-system/kube-dns[Pod]')).toBe('No Connections');
    expect(ports(c, 'foo/other[Pod]', 'default/web[Pod]')).toBe('All Connections');
  });

  test('14 deny external egress traffic: DNS to kube-dns, no address outside the cluster', () => {
    const c = model(
      recipe('14-deny-external-egress-traffic'),
      pod('foo', { app: 'foo' }),
      pod('web', { app: 'web' }, 'default', ['{containerPort: 80}']),
      ...dns,
    );
    expect(ports(c, 'default/foo[Pod]', 'kube-system/kube-dns[Pod]')).toBe('TCP 53,UDP 53');
    expect(ports(c, 'default/foo[Pod]', '93.184.216.34')).toBe('No Connections');
    // The README also shows foo reaching the web Service, but its policy has no rule for web: under
    // Kubernetes semantics (and its own remark that only the kube-dns pods are selected) that is denied.
    expect(ports(c, 'default/foo[Pod]', 'default/web[Pod]')).toBe('No Connections');
  });
});
