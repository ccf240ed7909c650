/** netpol-named-port-unresolved: a named port in a NetworkPolicy that no destination container declares. */
import type { Bundle, LabelSelector, PodTemplate } from '../../model/index.js';
import type { BundlePolicy } from '../../netpol/bundle.js';
import { containerPortsOf, policyOf, templatesSelectedBy } from '../../netpol/bundle.js';
import { NAMESPACE_NAME_LABEL } from '../../netpol/evaluate.js';
import type { NetpolRule } from '../../netpol/model.js';
import type { Rule } from '../types.js';
import { listText, pathText, policyName, portNameProblem, rulesOf } from './netpol-util.js';

/** The namespaces a namespaceSelector names through kubernetes.io/metadata.name, or undefined when it selects by other labels. */
function namedNamespaces(selector: LabelSelector): string[] | undefined {
  let names: string[] | undefined;
  const narrow = (allowed: string[]) => (names = names ? names.filter((n) => allowed.includes(n)) : allowed);
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (key !== NAMESPACE_NAME_LABEL) return undefined;
    narrow([value]);
  }
  for (const e of selector.matchExpressions ?? []) {
    if (e.key !== NAMESPACE_NAME_LABEL || e.operator !== 'In') return undefined;
    narrow(e.values ?? []);
  }
  return names;
}

/**
 * The pod templates a rule's traffic goes to, when the bundle fully knows them: the selected pods
 * for ingress; for egress, pod peers in namespaces the bundle has workloads in. Undefined otherwise.
 */
function destinationsOf(
  bundle: Bundle,
  policy: BundlePolicy,
  direction: 'ingress' | 'egress',
  rule: NetpolRule,
): PodTemplate[] | undefined {
  if (direction === 'ingress') return templatesSelectedBy(bundle, policy.namespace, policy.podSelector);
  if (!rule.peers) return undefined; // every destination, most outside the bundle
  const destinations: PodTemplate[] = [];
  for (const peer of rule.peers) {
    if (peer.kind === 'empty') continue;
    if (peer.kind !== 'selector') return undefined; // a named port cannot resolve on an address anyway
    const names = peer.namespaceSelector ? namedNamespaces(peer.namespaceSelector) : [policy.namespace];
    if (!names) return undefined;
    for (const namespace of names) {
      if (bundle.podTemplates(namespace).length === 0) return undefined; // its pods live elsewhere
      destinations.push(...templatesSelectedBy(bundle, namespace, peer.podSelector ?? {}));
    }
  }
  return destinations;
}

/** The workloads of the documented example (shared by its bad and good halves). */
const WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx
        ports: [{name: http, containerPort: 8080}]
---
`;

export const rule: Rule = {
  meta: {
    id: 'netpol-named-port-unresolved',
    severity: 'error',
    kinds: ['NetworkPolicy'],
    description:
      'A NetworkPolicy port given by name that no container of the destination pods declares (containerPort name and protocol).',
    rationale:
      'A named port resolves on the destination pod: a container port with that name and protocol. When ' +
      'none has it, the rule matches no traffic at all, and the connections it was meant to allow are dropped.',
    example: {
      bad: `${WORKLOADS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - ports: [{port: web-http}]
`,
      good: `${WORKLOADS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - ports: [{port: http}]
`,
    },
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind('NetworkPolicy')) {
      const policy = policyOf(resource);
      for (const { direction, rule } of rulesOf(policy)) {
        // Rules of a direction the policy does not isolate are ignored (netpol-egress-ignored).
        if (!policy.types[direction]) continue;
        const named = (rule.ports ?? []).filter(
          (p): p is typeof p & { port: string } => typeof p.port === 'string' && !portNameProblem(p.port),
        );
        if (named.length === 0) continue;
        const destinations = destinationsOf(bundle, policy, direction, rule);
        if (!destinations || destinations.length === 0) continue;
        const declared = destinations.map((t) => ({
          workload: t.workload.id,
          ports: containerPortsOf(t.spec),
        }));
        for (const port of named) {
          if (declared.some((d) => d.ports.some((p) => p.name === port.port && p.protocol === port.protocol)))
            continue;
          const otherProtocol = declared.flatMap((d) =>
            d.ports
              .filter((p) => p.name === port.port)
              .map((p) => `${d.workload} declares ${port.port} as ${p.protocol}`),
          );
          const workloads = [...new Set(declared.map((d) => d.workload))];
          const whose = direction === 'ingress' ? 'the pods it selects' : 'the destination pods';
          const message =
            `${policyName(policy)} ${pathText([...port.path, 'port'])} names port "${port.port}" (${port.protocol}), ` +
            `but no container of ${whose} (${listText(workloads, 3)}) declares a ${port.protocol} port with that name` +
            `${otherProtocol.length > 0 ? ` (${listText(otherProtocol, 2)})` : ''}: this port entry matches no traffic`;
          const available = [
            ...new Set(
              declared.flatMap((d) =>
                d.ports.map((p) =>
                  p.name ? `${p.name}=${p.containerPort}/${p.protocol}` : `${p.containerPort}/${p.protocol}`,
                ),
              ),
            ),
          ];
          const hint =
            otherProtocol.length > 0
              ? `set protocol of ${pathText(port.path)} to match the container port, or declare the port with protocol ${port.protocol}`
              : `name a containerPort "${port.port}" in the pod template, or use a declared port (${
                  available.length > 0 ? listText(available, 6) : 'the containers declare no ports'
                })`;
          report({ resource, path: [...port.path, 'port'], message, hint });
        }
      }
    }
  },
};
