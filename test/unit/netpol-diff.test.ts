/**
 * The connectivity diff: np-guard's published diff of acs-security-demos, and one case per kind of
 * change a release makes (policy added, rule narrowed, port removed, namespace label changed, pod
 * label changed, default deny added), each with the change and the policy line that causes it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffNetpol } from '../../src/gate/netpol.js';
import {
  connectivityOfBundle,
  diffConnectivity,
  formatPortSet,
  policyOf,
  type RequiredMatch,
} from '../../src/netpol/index.js';
import { bundleOf } from '../support/manifests.js';

const npGuard = (name: string) =>
  fileURLToPath(new URL(`../fixtures/netpol/np-guard/${name}`, import.meta.url));

describe('np-guard netpol-analyzer diff', () => {
  test('acs-security-demos -> acs-security-demos-new: the same removed, added and changed connections', async () => {
    const { diff } = await diffNetpol({
      paths: [npGuard('acs-security-demos-new')],
      baseline: npGuard('acs-security-demos'),
      defaultNamespace: 'default',
    });
    const name = (id: string) => (/^\d/.test(id) ? `${id}[External]` : id);
    const ours = diff.changes
      .map(
        (c) =>
          `${c.kind} ${name(c.from.id)} ${name(c.to.id)} ${formatPortSet(c.before)} / ${formatPortSet(c.after)}`,
      )
      .sort();
    const theirs = readFileSync(
      npGuard('diff_between_acs-security-demos-new_and_acs-security-demos.txt'),
      'utf8',
    )
      .split('\n')
      .filter((line) => line.startsWith('diff-type:') && !line.includes('{ingress-controller}'))
      .map((line) => {
        const field = (key: string) => new RegExp(`${key}: ([^,]+(?:,[A-Z]+ [0-9-]+)*)`).exec(line)![1]!;
        return `${field('diff-type')} ${field('source')} ${field('destination')} ${field('ref1')} / ${field('ref2')}`;
      })
      .sort();
    expect(ours).toEqual(theirs);
  });
});

const ns = (name: string, labels: Record<string, string>) =>
  `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}, labels: ${JSON.stringify(labels)}}\n---\n`;
const deployment = (namespace: string, name: string, labels: Record<string, string>) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  selector: {matchLabels: ${JSON.stringify(labels)}}
  template:
    metadata: {labels: ${JSON.stringify(labels)}}
    spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}, {containerPort: 9090}]}]}
---
`;
const TOPOLOGY =
  ns('shop', { team: 'shop' }) +
  deployment('shop', 'frontend', { app: 'frontend' }) +
  deployment('shop', 'checkout', { app: 'checkout' }) +
  deployment('shop', 'cart', { app: 'cart' });

/** checkout accepts frontend on 8080 and 9090; `- from:` is the 7th line of the policy. */
const CHECKOUT_INGRESS = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: checkout-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: checkout}}
  ingress:
  - from:
    - podSelector: {matchLabels: {app: frontend}}
    ports:
    - {port: 8080}
    - {port: 9090}
---
`;

function diffOf(before: string, after: string, required: RequiredMatch[] = []) {
  const baseline = bundleOf(before);
  const current = bundleOf(after);
  const policies = (b: typeof baseline) => b.ofKind('NetworkPolicy').map(policyOf);
  return diffConnectivity(
    connectivityOfBundle(baseline, { cutPolicies: policies(current) }),
    connectivityOfBundle(current, { cutPolicies: policies(baseline) }),
    required,
  );
}

const summary = (d: ReturnType<typeof diffOf>) =>
  d.changes.map(
    (c) => `${c.kind} ${c.from.id} -> ${c.to.id}: ${formatPortSet(c.before)} / ${formatPortSet(c.after)}`,
  );
const lineOf = (cause: {
  policy?: { resource: { positionOf: (p: readonly (string | number)[]) => { line: number }; line: number } };
  path: readonly (string | number)[];
}) =>
  cause.path.length > 0 ? cause.policy!.resource.positionOf(cause.path).line : cause.policy!.resource.line;

describe('diff per kind of change', () => {
  test('policy added: checkout stops accepting everyone but frontend; the new policy is the cause', () => {
    const before = TOPOLOGY;
    const after = TOPOLOGY + CHECKOUT_INGRESS;
    const d = diffOf(before, after);
    expect(summary(d)).toEqual([
      'removed 0.0.0.0-255.255.255.255 -> shop/checkout[Deployment]: All Connections / No Connections',
      'removed shop/cart[Deployment] -> shop/checkout[Deployment]: All Connections / No Connections',
      'changed shop/frontend[Deployment] -> shop/checkout[Deployment]: All Connections / TCP 8080,9090',
    ]);
    const cause = d.changes[1]!.causes[0]!;
    expect(cause.policy?.name).toBe('checkout-in');
    expect(cause.reason).toBe('now isolates shop/checkout[Deployment] for ingress');
    // After the Namespace (3 lines and `---`) and 3 Deployments (8 lines and `---` each): line 32.
    expect(lineOf(cause)).toBe(4 + 3 * 9 + 1);
    expect(d.verdict).toBe('warn');
  });

  test('rule narrowed: the peer becomes a label frontend lacks; the rule line is the cause', () => {
    const narrowed = CHECKOUT_INGRESS.replace('{app: frontend}}', '{app: frontend, tier: web}}');
    const d = diffOf(TOPOLOGY + CHECKOUT_INGRESS, TOPOLOGY + narrowed);
    expect(summary(d)).toEqual([
      'removed shop/frontend[Deployment] -> shop/checkout[Deployment]: TCP 8080,9090 / No Connections',
    ]);
    const cause = d.changes[0]!.causes[0]!;
    expect(cause.policy?.name).toBe('checkout-in');
    expect(lineOf(cause)).toBe(32 + 6); // `- from:` is the 7th line of the policy at line 32
  });

  test('port removed: 9090 goes, 8080 stays; a changed connection', () => {
    const d = diffOf(
      TOPOLOGY + CHECKOUT_INGRESS,
      TOPOLOGY + CHECKOUT_INGRESS.replace('    - {port: 9090}\n', ''),
    );
    expect(summary(d)).toEqual([
      'changed shop/frontend[Deployment] -> shop/checkout[Deployment]: TCP 8080,9090 / TCP 8080',
    ]);
    expect(formatPortSet(d.changes[0]!.lost)).toBe('TCP 9090');
  });

  test('namespace label changed: a namespaceSelector stops matching the shop namespace', () => {
    const fromTeam = CHECKOUT_INGRESS.replace(
      '- podSelector: {matchLabels: {app: frontend}}',
      '- namespaceSelector: {matchLabels: {team: shop}}',
    );
    const relabelled = TOPOLOGY.replace('{"team":"shop"}', '{"team":"store"}');
    const d = diffOf(TOPOLOGY + fromTeam, relabelled + fromTeam);
    expect(summary(d)).toEqual([
      'removed shop/cart[Deployment] -> shop/checkout[Deployment]: TCP 8080,9090 / No Connections',
      'removed shop/frontend[Deployment] -> shop/checkout[Deployment]: TCP 8080,9090 / No Connections',
    ]);
  });

  test('pod label changed: frontend loses app=frontend and with it checkout', () => {
    const relabelled = TOPOLOGY.replace(/\{"app":"frontend"\}/g, '{"app":"web"}');
    const d = diffOf(TOPOLOGY + CHECKOUT_INGRESS, relabelled + CHECKOUT_INGRESS);
    expect(summary(d)).toEqual([
      'removed shop/frontend[Deployment] -> shop/checkout[Deployment]: TCP 8080,9090 / No Connections',
    ]);
  });

  test('default deny added: every connection in shop is cut, a required one blocks', () => {
    const denyAll = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
`;
    const d = diffOf(TOPOLOGY, TOPOLOGY + denyAll, [
      { from: 'frontend', to: 'checkout', port: 8080, line: 3 },
    ]);
    // 3 workloads: 6 ordered pairs inside, plus each to and from the outside.
    expect(d.changes.filter((c) => c.kind === 'removed')).toHaveLength(6 + 3 + 3);
    const cut = d.changes.find(
      (c) => c.from.id === 'shop/frontend[Deployment]' && c.to.id === 'shop/checkout[Deployment]',
    )!;
    expect(cut.required).toEqual([{ from: 'frontend', to: 'checkout', port: 8080, line: 3 }]);
    expect(cut.causes.map((c) => c.reason)).toEqual([
      'now isolates shop/frontend[Deployment] for egress',
      'now isolates shop/checkout[Deployment] for ingress',
    ]);
    expect(d.verdict).toBe('block');
  });

  test('a required connection on another port than the one cut does not block', () => {
    const d = diffOf(
      TOPOLOGY + CHECKOUT_INGRESS,
      TOPOLOGY + CHECKOUT_INGRESS.replace('    - {port: 9090}\n', ''),
      [{ from: 'shop/frontend', to: 'checkout', port: '8080/TCP' }],
    );
    expect(d.verdict).toBe('warn');
  });
});

describe('what the model cannot judge', () => {
  test('a namespace whose Namespace object leaves the manifests: its team label is unknown, so the connection is undecided, not cut', () => {
    const fromTeam = CHECKOUT_INGRESS.replace(
      '- podSelector: {matchLabels: {app: frontend}}',
      '- namespaceSelector: {matchLabels: {team: shop}}',
    );
    const withoutNamespace = TOPOLOGY.replace(`${ns('shop', { team: 'shop' })}`, '');
    const d = diffOf(TOPOLOGY + fromTeam, withoutNamespace + fromTeam);
    const change = d.changes.find((c) => c.from.id === 'shop/frontend[Deployment]')!;
    expect(change.kind).toBe('changed');
    expect(formatPortSet(change.lost)).toBe('No Connections');
    expect(formatPortSet(change.undecided)).toBe('TCP 8080,9090');
    expect(d.verdict).toBe('warn');
  });
});
