/**
 * NetworkPolicy semantics (src/netpol), case by case against Kubernetes' documented behaviour
 * (https://kubernetes.io/docs/concepts/services-networking/network-policies/ and the
 * networking.k8s.io/v1 API reference). Each case is small and hand-made; the expected answer is the
 * documented one, not the code's output.
 */
import { parse } from 'yaml';
import type { Endpoint, NamespaceDirectory, PodEndpoint } from '../../src/netpol/evaluate.js';
import {
  allows,
  connectionVerdict,
  evaluate,
  isIsolated,
  namespaceDirectory,
  policiesSelecting,
  selectorMatchesPartly,
} from '../../src/netpol/evaluate.js';
import type { Direction, NetworkPolicyModel } from '../../src/netpol/model.js';
import { parseNetworkPolicy } from '../../src/netpol/model.js';

/** A policy from YAML text (its `spec:` part), in namespace `ns`. */
function policy(specYaml: string, ns = 'shop', name = 'p'): NetworkPolicyModel {
  return parseNetworkPolicy({ metadata: { name }, spec: parse(specYaml) ?? {} }, ns);
}

const pod = (
  namespace: string,
  labels: Record<string, string>,
  extra: Partial<PodEndpoint> = {},
): PodEndpoint => ({
  kind: 'pod',
  namespace,
  labels,
  ...extra,
});
const ip = (address: string): Endpoint => ({ kind: 'ip', ip: address });

const web = pod('shop', { app: 'web' }, { ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] });
const api = pod('shop', { app: 'api' });
const apiElsewhere = pod('other', { app: 'api' });
const noNamespaces = namespaceDirectory([]);

/** The verdict on `to` receiving from `from` (ingress side only). */
const ingressResult = (
  policies: NetworkPolicyModel[],
  from: Endpoint,
  to: Endpoint = web,
  port = 8080,
  protocol = 'TCP',
  namespaces: NamespaceDirectory = noNamespaces,
) => evaluate({ from, to, port, protocol, direction: 'ingress' }, policies, namespaces).result;

const egressResult = (
  policies: NetworkPolicyModel[],
  to: Endpoint,
  port = 53,
  protocol = 'UDP',
  from: Endpoint = web,
  namespaces: NamespaceDirectory = noNamespaces,
) => evaluate({ from, to, port, protocol, direction: 'egress' }, policies, namespaces).result;

describe('parseNetworkPolicy: policyTypes defaulting', () => {
  const types = (spec: string) => policy(spec).types;
  it('absent policyTypes and no egress rules: Ingress only', () => {
    expect(types('podSelector: {}')).toEqual({ ingress: true, egress: false });
  });
  it('absent policyTypes with egress rules: Ingress and Egress', () => {
    expect(types('podSelector: {}\negress: [{}]')).toEqual({ ingress: true, egress: true });
  });
  it('absent policyTypes with an empty egress list: Ingress only (Egress needs non-empty rules)', () => {
    expect(types('podSelector: {}\negress: []')).toEqual({ ingress: true, egress: false });
  });
  it('an empty policyTypes list is defaulted like an absent one', () => {
    expect(types('policyTypes: []\negress: [{}]')).toEqual({ ingress: true, egress: true });
  });
  it('explicit policyTypes win: [Egress] does not isolate ingress even with ingress rules', () => {
    const p = policy('policyTypes: [Egress]\ningress: [{}]');
    expect(p.types).toEqual({ ingress: false, egress: true });
    expect(p.explicitTypes).toEqual(['Egress']);
  });
  it('explicit [Ingress] ignores egress rules', () => {
    expect(types('policyTypes: [Ingress]\negress: [{to: [{podSelector: {}}]}]')).toEqual({
      ingress: true,
      egress: false,
    });
  });
  it('an absent podSelector is the empty selector (every pod of the namespace)', () => {
    expect(policy('policyTypes: [Ingress]').podSelector).toEqual({});
  });
});

describe('parseNetworkPolicy: rules, peers and ports', () => {
  it('keeps paths to each rule, peer and port for positions', () => {
    const p = policy(`
ingress:
- from:
  - podSelector: {matchLabels: {app: api}}
  - namespaceSelector: {}
    podSelector: {matchLabels: {app: x}}
  - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
  ports:
  - port: 80
  - {protocol: UDP, port: 1000, endPort: 2000}
  - port: http
`);
    const [rule] = p.ingress;
    expect(rule?.path).toEqual(['spec', 'ingress', 0]);
    expect(rule?.peers).toEqual([
      {
        kind: 'selector',
        podSelector: { matchLabels: { app: 'api' } },
        path: ['spec', 'ingress', 0, 'from', 0],
      },
      {
        kind: 'selector',
        namespaceSelector: {},
        podSelector: { matchLabels: { app: 'x' } },
        path: ['spec', 'ingress', 0, 'from', 1],
      },
      {
        kind: 'ipBlock',
        cidr: '10.0.0.0/8',
        except: ['10.1.0.0/16'],
        mixedWithSelectors: false,
        path: ['spec', 'ingress', 0, 'from', 2],
      },
    ]);
    expect(rule?.ports).toEqual([
      { protocol: 'TCP', port: 80, path: ['spec', 'ingress', 0, 'ports', 0] }, // protocol defaults to TCP
      { protocol: 'UDP', port: 1000, endPort: 2000, path: ['spec', 'ingress', 0, 'ports', 1] },
      { protocol: 'TCP', port: 'http', path: ['spec', 'ingress', 0, 'ports', 2] },
    ]);
  });
  it('absent or empty from/ports mean "everything" (undefined), not "nothing"', () => {
    const p = policy('ingress: [{from: [], ports: []}, {}]');
    expect(p.ingress.map((r) => [r.peers, r.ports])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });
  it('a peer `{}` is kept as an empty peer (the API server rejects it)', () => {
    expect(policy('ingress: [{from: [{}]}]').ingress[0]?.peers?.[0]?.kind).toBe('empty');
  });
  it('never throws on malformed data', () => {
    for (const bad of [
      null,
      'text',
      42,
      { spec: 'x' },
      { spec: { ingress: 'x', egress: [null, 3], podSelector: 7 } },
    ]) {
      expect(() => parseNetworkPolicy(bad, 'shop')).not.toThrow();
    }
  });
});

describe('which policies select a pod', () => {
  it('an empty podSelector selects every pod of its own namespace, and none of another namespace', () => {
    const all = policy('podSelector: {}');
    expect(policiesSelecting(web, [all])).toEqual([all]);
    expect(policiesSelecting(api, [all])).toEqual([all]);
    expect(policiesSelecting(apiElsewhere, [all])).toEqual([]);
  });
  it('matchLabels and matchExpressions select by labels', () => {
    const webOnly = policy('podSelector: {matchLabels: {app: web}}');
    const notWeb = policy('podSelector: {matchExpressions: [{key: app, operator: NotIn, values: [web]}]}');
    expect(policiesSelecting(web, [webOnly, notWeb])).toEqual([webOnly]);
    expect(policiesSelecting(api, [webOnly, notWeb])).toEqual([notWeb]);
  });
});

describe('isolation: a pod is isolated in a direction when ANY policy selecting it has that type', () => {
  const ingressOnly = policy('podSelector: {}'); // defaulted to [Ingress]
  const egressOnly = policy('podSelector: {matchLabels: {app: web}}\npolicyTypes: [Egress]');
  it.each<[string, NetworkPolicyModel[], PodEndpoint, Direction, boolean]>([
    ['no policy at all', [], web, 'ingress', false],
    ['an Ingress policy isolates ingress', [ingressOnly], web, 'ingress', true],
    ['an Ingress-only policy does not isolate egress', [ingressOnly], web, 'egress', false],
    ['an Egress policy isolates egress', [ingressOnly, egressOnly], web, 'egress', true],
    ['a policy selecting other pods does not isolate this one', [egressOnly], api, 'egress', false],
    ['policies of another namespace never apply', [ingressOnly], apiElsewhere, 'ingress', false],
  ])('%s', (_name, policies, subject, direction, expected) => {
    expect(isIsolated(subject, direction, policies)).toBe(expected);
  });
  it('a pod no policy isolates allows everything in that direction', () => {
    expect(ingressResult([policy('podSelector: {matchLabels: {app: db}}')], ip('8.8.8.8'))).toBe('allowed');
    expect(egressResult([policy('podSelector: {}')], ip('8.8.8.8'))).toBe('allowed'); // Ingress-only policy
  });
});

describe('ingress rules', () => {
  it('`ingress: [{}]` allows every source: pods of any namespace and outside addresses', () => {
    const p = [policy('podSelector: {}\ningress: [{}]')];
    expect(ingressResult(p, api)).toBe('allowed');
    expect(ingressResult(p, apiElsewhere)).toBe('allowed');
    expect(ingressResult(p, ip('203.0.113.9'))).toBe('allowed');
  });
  it('`ingress: []` with the Ingress type denies everything', () => {
    expect(ingressResult([policy('podSelector: {}\ningress: []')], api)).toBe('denied');
  });
  it('absent ingress with policyTypes [Ingress] denies everything (default deny)', () => {
    const verdict = evaluate(
      { from: api, to: web, port: 8080, direction: 'ingress' },
      [policy('podSelector: {}\npolicyTypes: [Ingress]', 'shop', 'deny-all')],
      noNamespaces,
    );
    expect(verdict.result).toBe('denied');
    expect(verdict.isolatedBy.map((p) => p.name)).toEqual(['deny-all']);
  });
  it("`from: []` in a rule allows every source (on the rule's ports)", () => {
    const p = [policy('podSelector: {}\ningress: [{from: [], ports: [{port: 8080}]}]')];
    expect(ingressResult(p, apiElsewhere)).toBe('allowed');
    expect(ingressResult(p, ip('203.0.113.9'))).toBe('allowed');
    expect(ingressResult(p, api, web, 9090)).toBe('denied');
  });
  it("a podSelector-only peer means pods of the policy's own namespace", () => {
    const p = [policy('podSelector: {}\ningress: [{from: [{podSelector: {matchLabels: {app: api}}}]}]')];
    expect(ingressResult(p, api)).toBe('allowed');
    expect(ingressResult(p, apiElsewhere)).toBe('denied');
    expect(ingressResult(p, pod('shop', { app: 'db' }))).toBe('denied');
  });
  it('`podSelector: {}` as a peer means every pod of the own namespace, nothing outside it', () => {
    const p = [policy('podSelector: {}\ningress: [{from: [{podSelector: {}}]}]')];
    expect(ingressResult(p, api)).toBe('allowed');
    expect(ingressResult(p, apiElsewhere)).toBe('denied');
    expect(ingressResult(p, ip('10.0.0.1'))).toBe('denied');
  });
  it('`namespaceSelector: {}` means every pod of every namespace, but not outside addresses', () => {
    const p = [policy('podSelector: {}\ningress: [{from: [{namespaceSelector: {}}]}]')];
    expect(ingressResult(p, apiElsewhere)).toBe('allowed');
    expect(ingressResult(p, api)).toBe('allowed');
    expect(ingressResult(p, ip('10.0.0.1'))).toBe('denied');
  });
  it('podSelector and namespaceSelector in ONE element are ANDed', () => {
    const p = [
      policy(`
podSelector: {}
ingress:
- from:
  - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: other}}
    podSelector: {matchLabels: {app: api}}
`),
    ];
    expect(ingressResult(p, apiElsewhere)).toBe('allowed'); // both hold
    expect(ingressResult(p, api)).toBe('denied'); // right labels, wrong namespace
    expect(ingressResult(p, pod('other', { app: 'db' }))).toBe('denied'); // right namespace, wrong labels
  });
  it('separate elements are ORed: the same selectors as two elements admit either', () => {
    const p = [
      policy(`
podSelector: {}
ingress:
- from:
  - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: other}}
  - podSelector: {matchLabels: {app: api}}
`),
    ];
    expect(ingressResult(p, pod('other', { app: 'db' }))).toBe('allowed'); // any pod of "other"
    expect(ingressResult(p, api)).toBe('allowed'); // app=api of the own namespace
    expect(ingressResult(p, pod('shop', { app: 'db' }))).toBe('denied');
  });
  it('a peer `{}` matches nothing (the API server rejects it; it is no wildcard)', () => {
    expect(ingressResult([policy('podSelector: {}\ningress: [{from: [{}]}]')], api)).toBe('denied');
  });
  it('rules of one policy add up', () => {
    const p = [
      policy(`
podSelector: {}
ingress:
- {from: [{podSelector: {matchLabels: {app: api}}}], ports: [{port: 8080}]}
- {from: [{podSelector: {matchLabels: {app: db}}}], ports: [{port: 9090}]}
`),
    ];
    expect(ingressResult(p, api, web, 8080)).toBe('allowed');
    expect(ingressResult(p, pod('shop', { app: 'db' }), web, 9090)).toBe('allowed');
    expect(ingressResult(p, api, web, 9090)).toBe('denied'); // peer and port must hold in the SAME rule
  });
});

describe('policies add up (the union of every policy selecting the pod)', () => {
  const denyAll = policy('podSelector: {}\npolicyTypes: [Ingress, Egress]', 'shop', 'deny-all');
  const allowApi = policy(
    'podSelector: {matchLabels: {app: web}}\ningress: [{from: [{podSelector: {matchLabels: {app: api}}}]}]',
    'shop',
    'allow-api',
  );
  it('a deny-all policy plus an allow policy: the allowed traffic passes', () => {
    const verdict = evaluate(
      { from: api, to: web, port: 8080, direction: 'ingress' },
      [denyAll, allowApi],
      noNamespaces,
    );
    expect(verdict.result).toBe('allowed');
    expect(verdict.isolatedBy.map((p) => p.name)).toEqual(['deny-all', 'allow-api']);
    expect(verdict.rules.map((r) => r.policy.name)).toEqual(['allow-api']);
  });
  it('order does not matter', () => {
    expect(ingressResult([allowApi, denyAll], api)).toBe('allowed');
  });
  it('what no policy allows stays denied', () => {
    expect(ingressResult([denyAll, allowApi], pod('shop', { app: 'db' }))).toBe('denied');
  });
  it('deny-all plus `egress: [{}]` for the pod (online-boutique) allows all egress, DNS included', () => {
    const egressAll = policy(
      'podSelector: {matchLabels: {app: web}}\npolicyTypes: [Ingress, Egress]\negress: [{}]',
    );
    expect(egressResult([denyAll, egressAll], pod('kube-system', { 'k8s-app': 'kube-dns' }), 53, 'UDP')).toBe(
      'allowed',
    );
    expect(egressResult([denyAll, egressAll], pod('kube-system', { 'k8s-app': 'kube-dns' }), 53, 'TCP')).toBe(
      'allowed',
    );
    // A pod only deny-all selects stays blocked.
    expect(
      egressResult([denyAll, egressAll], pod('kube-system', { 'k8s-app': 'kube-dns' }), 53, 'UDP', api),
    ).toBe('denied');
  });
});

describe('ports', () => {
  const rule = (ports: string) => [policy(`podSelector: {}\ningress: [{ports: ${ports}}]`)];
  it('protocol defaults to TCP: `port: 53` does not admit UDP 53', () => {
    expect(ingressResult(rule('[{port: 53}]'), api, web, 53, 'TCP')).toBe('allowed');
    expect(ingressResult(rule('[{port: 53}]'), api, web, 53, 'UDP')).toBe('denied');
  });
  it('an entry without port matches every port of its protocol only', () => {
    expect(ingressResult(rule('[{protocol: UDP}]'), api, web, 12345, 'UDP')).toBe('allowed');
    expect(ingressResult(rule('[{protocol: UDP}]'), api, web, 12345, 'TCP')).toBe('denied');
  });
  it('endPort makes an inclusive range port..endPort', () => {
    const p = rule('[{port: 32000, endPort: 32768}]');
    expect(ingressResult(p, api, web, 31999)).toBe('denied');
    expect(ingressResult(p, api, web, 32000)).toBe('allowed');
    expect(ingressResult(p, api, web, 32768)).toBe('allowed');
    expect(ingressResult(p, api, web, 32769)).toBe('denied');
  });
  it('a named port resolves on the destination pod: name AND protocol AND number', () => {
    expect(ingressResult(rule('[{port: http}]'), api, web, 8080)).toBe('allowed');
    expect(ingressResult(rule('[{port: http}]'), api, web, 9090)).toBe('denied'); // another port of web
    expect(ingressResult(rule('[{port: http, protocol: UDP}]'), api, web, 8080, 'UDP')).toBe('denied'); // http is TCP
    expect(ingressResult(rule('[{port: metrics}]'), api, web, 8080)).toBe('denied'); // not declared
  });
  it('a named port on a pod whose containers are unknown is undecidable', () => {
    const unknownPorts = pod('shop', { app: 'x' });
    expect(ingressResult(rule('[{port: http}]'), api, unknownPorts, 8080)).toBe('unknown');
  });
  it('egress: a named port resolves on the destination, not on the source', () => {
    const p = [
      policy(
        'podSelector: {matchLabels: {app: api}}\npolicyTypes: [Egress]\negress: [{ports: [{port: http}]}]',
      ),
    ];
    expect(egressResult(p, web, 8080, 'TCP', api)).toBe('allowed');
    // To an address outside the cluster a name resolves on no container.
    expect(egressResult(p, ip('203.0.113.9'), 8080, 'TCP', api)).toBe('denied');
  });
});

describe('ipBlock', () => {
  const p = [
    policy(`
podSelector: {}
ingress:
- from: [{ipBlock: {cidr: 172.17.0.0/16, except: [172.17.1.0/24]}}]
`),
  ];
  it('admits addresses inside cidr and outside every except', () => {
    expect(ingressResult(p, ip('172.17.0.5'))).toBe('allowed');
    expect(ingressResult(p, ip('172.17.2.255'))).toBe('allowed');
  });
  it('denies addresses in except, and outside cidr', () => {
    expect(ingressResult(p, ip('172.17.1.7'))).toBe('denied');
    expect(ingressResult(p, ip('172.18.0.1'))).toBe('denied');
  });
  it('an IPv6 address never matches an IPv4 block', () => {
    expect(ingressResult(p, ip('2001:db8::ac11:5'))).toBe('denied');
  });
  it('a pod whose IP is unknown (as in manifests) is undecidable, a pod with a known IP is judged', () => {
    expect(ingressResult(p, api)).toBe('unknown');
    expect(ingressResult(p, pod('shop', { app: 'api' }, { ip: '172.17.0.9' }))).toBe('allowed');
    expect(ingressResult(p, pod('shop', { app: 'api' }, { ip: '172.17.1.9' }))).toBe('denied');
  });
  it('selector peers never match addresses outside the cluster', () => {
    const selectors = [
      policy('podSelector: {}\ningress: [{from: [{namespaceSelector: {}}, {podSelector: {}}]}]'),
    ];
    expect(ingressResult(selectors, ip('172.17.0.5'))).toBe('denied');
  });
  it('an ipBlock combined with a selector in one peer is rejected by the API server, so it admits nothing', () => {
    const mixed = [
      policy('podSelector: {}\ningress: [{from: [{ipBlock: {cidr: 0.0.0.0/0}, podSelector: {}}]}]'),
    ];
    expect(ingressResult(mixed, ip('1.2.3.4'))).toBe('denied');
  });
});

describe('namespace labels', () => {
  const directory = namespaceDirectory([{ name: 'monitoring', labels: { team: 'obs' } }]);
  const fromTeamObs = [
    policy('podSelector: {}\ningress: [{from: [{namespaceSelector: {matchLabels: {team: obs}}}]}]'),
  ];
  const prometheus = pod('monitoring', { app: 'prometheus' });
  it('come from Namespace objects of the bundle', () => {
    expect(ingressResult(fromTeamObs, prometheus, web, 8080, 'TCP', directory)).toBe('allowed');
  });
  it('include the automatic kubernetes.io/metadata.name label, for declared and undeclared namespaces', () => {
    const byName = [
      policy(
        'podSelector: {}\ningress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}}]}]',
      ),
    ];
    expect(ingressResult(byName, prometheus, web, 8080, 'TCP', directory)).toBe('allowed');
    expect(ingressResult(byName, prometheus, web, 8080, 'TCP', noNamespaces)).toBe('allowed');
    expect(ingressResult(byName, apiElsewhere, web, 8080, 'TCP', directory)).toBe('denied');
  });
  it('a declared namespace without the label is denied; an undeclared one is undecidable', () => {
    const declared = namespaceDirectory([{ name: 'other', labels: {} }]);
    expect(ingressResult(fromTeamObs, apiElsewhere, web, 8080, 'TCP', declared)).toBe('denied');
    expect(ingressResult(fromTeamObs, apiElsewhere, web, 8080, 'TCP', noNamespaces)).toBe('unknown');
  });
  it('the automatic label cannot be overridden by a Namespace object', () => {
    const spoofed = namespaceDirectory([{ name: 'a', labels: { 'kubernetes.io/metadata.name': 'b' } }]);
    expect(spoofed.labelsOf('a').labels['kubernetes.io/metadata.name']).toBe('a');
  });
  it('selectorMatchesPartly decides what the known labels decide', () => {
    const unknownNs = { labels: { 'kubernetes.io/metadata.name': 'x' }, complete: false };
    expect(selectorMatchesPartly({ matchLabels: { 'kubernetes.io/metadata.name': 'y' } }, unknownNs)).toBe(
      'no',
    );
    expect(selectorMatchesPartly({ matchLabels: { 'kubernetes.io/metadata.name': 'x' } }, unknownNs)).toBe(
      'yes',
    );
    expect(
      selectorMatchesPartly({ matchLabels: { 'kubernetes.io/metadata.name': 'x', team: 'a' } }, unknownNs),
    ).toBe('unknown');
    expect(
      selectorMatchesPartly({ matchExpressions: [{ key: 'team', operator: 'Exists' }] }, unknownNs),
    ).toBe('unknown');
    expect(selectorMatchesPartly({}, unknownNs)).toBe('yes');
  });
});

describe('egress is judged on the source, ingress on the destination', () => {
  const webEgressToApiOnly = policy(
    'podSelector: {matchLabels: {app: web}}\npolicyTypes: [Egress]\negress: [{to: [{podSelector: {matchLabels: {app: api}}}]}]',
  );
  const apiDenyIngress = policy('podSelector: {matchLabels: {app: api}}\npolicyTypes: [Ingress]');
  it("egress from web to api is allowed by web's egress policy, whatever api's ingress says", () => {
    expect(
      allows(
        { from: web, to: api, port: 80, direction: 'egress' },
        [webEgressToApiOnly, apiDenyIngress],
        noNamespaces,
      ),
    ).toBe(true);
  });
  it('a connection needs both sides: connectionVerdict is denied when api isolates its ingress', () => {
    expect(
      connectionVerdict({ from: web, to: api, port: 80 }, [webEgressToApiOnly, apiDenyIngress], noNamespaces),
    ).toBe('denied');
    expect(connectionVerdict({ from: web, to: api, port: 80 }, [webEgressToApiOnly], noNamespaces)).toBe(
      'allowed',
    );
    expect(
      connectionVerdict(
        { from: web, to: pod('shop', { app: 'db' }), port: 80 },
        [webEgressToApiOnly],
        noNamespaces,
      ),
    ).toBe('denied');
  });
  it('policies never restrict an address outside the cluster as the judged side', () => {
    expect(
      allows(
        { from: ip('1.2.3.4'), to: web, port: 80, direction: 'egress' },
        [webEgressToApiOnly],
        noNamespaces,
      ),
    ).toBe(true);
  });
  it('allows() is false for an undecidable connection', () => {
    const p = [policy('podSelector: {}\ningress: [{from: [{ipBlock: {cidr: 10.0.0.0/8}}]}]')];
    expect(allows({ from: api, to: web, port: 8080, direction: 'ingress' }, p, noNamespaces)).toBe(false);
  });
});
