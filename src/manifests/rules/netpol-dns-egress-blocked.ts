/**
 * netpol-dns-egress-blocked: a pod isolated for egress whose policies, taken together, do not let
 * it reach cluster DNS on both UDP 53 and TCP 53.
 */
import { describeSelector, isEmptySelector, isRecord } from '../../k8s/labels.js';
import type { Bundle, Path } from '../../model/index.js';
import type { BundlePolicy } from '../../netpol/bundle.js';
import { namespacesOf, podEndpointOf, policiesInNamespace } from '../../netpol/bundle.js';
import type { Endpoint, PodEndpoint } from '../../netpol/evaluate.js';
import { evaluate, NAMESPACE_NAME_LABEL } from '../../netpol/evaluate.js';
import type { Rule, RuleOptions } from '../types.js';
import { flowMap, listText, policyName } from './netpol-util.js';

/** Container ports of the standard CoreDNS Deployment, for named ports (`port: dns`) in rules. */
const COREDNS_PORTS = [
  { name: 'dns', containerPort: 53, protocol: 'UDP' },
  { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
  { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
];

const PROTOCOLS = ['UDP', 'TCP'] as const;

/** The DNS pods as the bundle has them, or a hypothetical CoreDNS pod where the options say. */
function dnsPodOf(bundle: Bundle, dns: RuleOptions['dns']): PodEndpoint {
  const [template] = bundle.podTemplatesMatching(dns.namespace, { matchLabels: dns.podLabels });
  if (template) return podEndpointOf(template);
  return { kind: 'pod', namespace: dns.namespace, labels: dns.podLabels, ports: COREDNS_PORTS };
}

/** Where the pod sends DNS queries, or undefined when the manifests cannot say. */
function resolversOf(spec: Record<string, unknown>, dnsPod: PodEndpoint): Endpoint[] | undefined {
  // NetworkPolicy does not govern host-network pods in most implementations; skip them.
  if (spec.hostNetwork === true) return undefined;
  const dnsPolicy = typeof spec.dnsPolicy === 'string' ? spec.dnsPolicy : 'ClusterFirst';
  // "Default" uses the node's resolver, whose address the manifests do not give.
  if (dnsPolicy === 'Default') return undefined;
  if (dnsPolicy === 'None') {
    const config = isRecord(spec.dnsConfig) ? spec.dnsConfig : {};
    const nameservers = Array.isArray(config.nameservers) ? config.nameservers.map(String) : [];
    return nameservers.length > 0 ? nameservers.map((ip) => ({ kind: 'ip', ip })) : undefined;
  }
  return [dnsPod];
}

function dnsRuleYaml(resolvers: Endpoint[], dns: RuleOptions['dns']): string {
  const ports = '[{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]';
  if (resolvers[0]?.kind === 'ip') {
    const blocks = resolvers.map((r) => {
      const ip = (r as { ip: string }).ip;
      return `{ipBlock: {cidr: ${ip}/${ip.includes(':') ? 128 : 32}}}`;
    });
    return `{to: [${blocks.join(', ')}], ports: ${ports}}`;
  }
  const podSelector =
    Object.keys(dns.podLabels).length > 0 ? `, podSelector: {matchLabels: ${flowMap(dns.podLabels)}}` : '';
  return `{to: [{namespaceSelector: {matchLabels: {${NAMESPACE_NAME_LABEL}: ${dns.namespace}}}${podSelector}}], ports: ${ports}}`;
}

/** Where to point: the egress rules of the policy, or the `Egress` policy type that isolates. */
function blamePath(policy: BundlePolicy): Path {
  if (policy.egress.length > 0) return ['spec', 'egress'];
  const index = policy.explicitTypes?.indexOf('Egress') ?? -1;
  return index >= 0 ? ['spec', 'policyTypes', index] : ['spec', 'podSelector'];
}

/** The workloads of the documented example (shared by its bad and good halves). */
const WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
---
`;

export const rule: Rule = {
  meta: {
    id: 'netpol-dns-egress-blocked',
    severity: 'error',
    kinds: ['NetworkPolicy'],
    description:
      'A pod isolated for egress cannot reach cluster DNS on both UDP 53 and TCP 53, judging all the policies that select it together.',
    rationale:
      'Once any policy with the Egress type selects a pod, it may only send what some policy allows. ' +
      'Without DNS every lookup of a Service name fails and the pod cannot reach anything by name; ' +
      'without TCP 53, answers too large for UDP (truncated, retried over TCP) fail intermittently.',
    example: {
      bad: `${WORKLOADS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: db}}}]
    ports: [{port: 5432}]
`,
      good: `${WORKLOADS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: db}}}]
    ports: [{port: 5432}]
  - to:
    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
      podSelector: {matchLabels: {k8s-app: kube-dns}}
    ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]
`,
    },
  },
  check({ bundle, options, report }) {
    const namespaces = namespacesOf(bundle);
    const dnsPod = dnsPodOf(bundle, options.dns);
    for (const namespace of bundle.namespaces()) {
      const policies = policiesInNamespace(bundle, namespace);
      if (!policies.some((policy) => policy.types.egress)) continue;
      // One finding per blamed policy and missing protocols, naming every affected workload.
      const groups = new Map<
        string,
        {
          policy: BundlePolicy;
          isolatedBy: Set<string>;
          missing: string[];
          resolvers: Endpoint[];
          workloads: string[];
        }
      >();
      for (const template of bundle.podTemplates(namespace)) {
        const resolvers = resolversOf(template.spec, dnsPod);
        if (!resolvers) continue;
        const pod = podEndpointOf(template);
        const missing: string[] = [];
        let isolatedBy: BundlePolicy[] = [];
        for (const protocol of PROTOCOLS) {
          // Policies add up: evaluate judges every policy selecting the pod at once.
          const verdicts = resolvers.map((to) =>
            evaluate({ from: pod, to, port: 53, protocol, direction: 'egress' }, policies, namespaces),
          );
          isolatedBy = verdicts[0]?.isolatedBy ?? [];
          // Blocked only when certainly denied towards every resolver ('unknown' is not reported).
          if (verdicts.every((v) => v.result === 'denied')) missing.push(protocol);
        }
        if (missing.length === 0) continue;
        // Blame where the fix goes: a policy with egress rules, else a namespace-wide one (deny-all).
        const blamed =
          isolatedBy.find((p) => p.egress.length > 0) ??
          isolatedBy.find((p) => isEmptySelector(p.podSelector)) ??
          isolatedBy[0];
        if (!blamed) continue;
        const resolverKey = resolvers.map((r) => (r.kind === 'ip' ? r.ip : 'cluster-dns')).join();
        const key = `${blamed.resource.id}\u0000${missing.join()}\u0000${resolverKey}`;
        let group = groups.get(key);
        if (!group) {
          group = { policy: blamed, isolatedBy: new Set(), missing, resolvers, workloads: [] };
          groups.set(key, group);
        }
        for (const policy of isolatedBy) group.isolatedBy.add(policy.name);
        if (!group.workloads.includes(template.workload.id)) group.workloads.push(template.workload.id);
      }
      for (const { policy, isolatedBy, missing, resolvers, workloads } of groups.values()) {
        const target =
          resolvers[0]?.kind === 'ip'
            ? `its nameservers ${resolvers.map((r) => (r as { ip: string }).ip).join(', ')} (dnsPolicy: None)`
            : `cluster DNS (${describeSelector(options.dns.podLabels)} pods in namespace ${options.dns.namespace})`;
        const what =
          missing.length === 2
            ? `neither UDP 53 nor TCP 53 to ${target}: every name lookup fails`
            : missing[0] === 'TCP'
              ? `UDP 53 but not TCP 53 to ${target}: answers too large for UDP, retried over TCP, fail`
              : `TCP 53 but not UDP 53 to ${target}: resolvers query over UDP first, so lookups time out`;
        const message =
          `${listText(workloads)} ${workloads.length === 1 ? 'is' : 'are'} isolated for egress by ` +
          `${listText(
            [...isolatedBy].map((name) => `${namespace}/${name}`),
            3,
          )}; together these policies allow ${what}`;
        const hint =
          `add this rule to spec.egress of ${policyName(policy)} (or to an allow-dns policy selecting these pods): ` +
          `${dnsRuleYaml(resolvers, options.dns)}; if cluster DNS runs elsewhere, set manifests.dns (namespace, podLabels) in slo-gate.yaml`;
        report({ resource: policy.resource, path: blamePath(policy), message, hint });
      }
    }
  },
};
