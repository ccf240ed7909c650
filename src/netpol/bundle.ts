/**
 * The netpol model over a manifest bundle: parsed policies per namespace, namespace labels, pod
 * templates as endpoints. Parsed once per bundle (memoized on the objects, so every rule of a run
 * shares the work). Pure.
 */
import { isRecord } from '../k8s/labels.js';
import type { Bundle, LabelSelector, PodTemplate, Resource } from '../model/index.js';
import type { ContainerPort, NamespaceDirectory, PodEndpoint } from './evaluate.js';
import { namespaceDirectory } from './evaluate.js';
import { buildConnectivity, workloadId, type Connectivity, type WorkloadNode } from './connectivity.js';
import type { NetworkPolicyModel } from './model.js';
import { parseNetworkPolicy } from './model.js';

/** A policy model with the resource it came from (for positions and messages). */
export interface BundlePolicy extends NetworkPolicyModel {
  resource: Resource;
}

const policyCache = new WeakMap<Resource, BundlePolicy>();
const directoryCache = new WeakMap<Bundle, NamespaceDirectory>();
const endpointCache = new WeakMap<PodTemplate, PodEndpoint>();
const namespacePolicyCache = new WeakMap<Bundle, Map<string, BundlePolicy[]>>();

export function policyOf(resource: Resource): BundlePolicy {
  let policy = policyCache.get(resource);
  if (!policy) {
    policy = { ...parseNetworkPolicy(resource.object, resource.namespace), resource };
    policyCache.set(resource, policy);
  }
  return policy;
}

/** NetworkPolicies of one namespace (only they can select its pods). */
export function policiesInNamespace(bundle: Bundle, namespace: string): readonly BundlePolicy[] {
  let byNamespace = namespacePolicyCache.get(bundle);
  if (!byNamespace) namespacePolicyCache.set(bundle, (byNamespace = new Map<string, BundlePolicy[]>()));
  let policies = byNamespace.get(namespace);
  if (!policies) {
    policies = bundle.inNamespace('NetworkPolicy', namespace).map(policyOf);
    byNamespace.set(namespace, policies);
  }
  return policies;
}

/** Namespace labels from the bundle's Namespace objects plus `kubernetes.io/metadata.name`. */
export function namespacesOf(bundle: Bundle): NamespaceDirectory {
  let directory = directoryCache.get(bundle);
  if (!directory) {
    directory = namespaceDirectory(
      bundle.ofKind('Namespace').map((ns) => ({ name: ns.name, labels: ns.labels })),
    );
    directoryCache.set(bundle, directory);
  }
  return directory;
}

/**
 * Ports of a pod spec's containers, and of sidecar init containers (restartPolicy: Always), which
 * serve traffic too; used to resolve named ports.
 */
export function containerPortsOf(spec: unknown): ContainerPort[] {
  if (!isRecord(spec)) return [];
  const containers = [
    ...(Array.isArray(spec.containers) ? (spec.containers as unknown[]) : []),
    ...(Array.isArray(spec.initContainers) ? (spec.initContainers as unknown[]) : []).filter(
      (c) => isRecord(c) && c.restartPolicy === 'Always',
    ),
  ];
  const ports: ContainerPort[] = [];
  for (const container of containers) {
    if (!isRecord(container) || !Array.isArray(container.ports)) continue;
    for (const port of container.ports) {
      if (!isRecord(port) || typeof port.containerPort !== 'number') continue;
      const entry: ContainerPort = {
        containerPort: port.containerPort,
        protocol: typeof port.protocol === 'string' ? port.protocol : 'TCP',
      };
      if (typeof port.name === 'string') entry.name = port.name;
      ports.push(entry);
    }
  }
  return ports;
}

export function podEndpointOf(template: PodTemplate): PodEndpoint {
  let endpoint = endpointCache.get(template);
  if (!endpoint) {
    endpoint = {
      kind: 'pod',
      namespace: template.namespace,
      labels: template.labels,
      ports: containerPortsOf(template.spec),
    };
    endpointCache.set(template, endpoint);
  }
  return endpoint;
}

/** Pod templates of the namespace a LabelSelector selects; `{}` selects every pod. */
export function templatesSelectedBy(
  bundle: Bundle,
  namespace: string,
  selector: LabelSelector,
): PodTemplate[] {
  return bundle.podTemplatesMatching(namespace, selector);
}

/** "Deployment/shop/web" for each template, deduplicated, in bundle order — for messages. */
export function workloadIds(templates: readonly PodTemplate[]): string[] {
  return [...new Set(templates.map((t) => t.workload.id))];
}

/** Every pod template of the bundle as a workload of the connectivity model, in bundle order. */
export function workloadNodesOf(bundle: Bundle): WorkloadNode[] {
  const nodes: WorkloadNode[] = [];
  const seen = new Set<string>();
  for (const namespace of [...bundle.namespaces()].sort()) {
    for (const template of bundle.podTemplates(namespace)) {
      const { workload } = template;
      const id = workloadId(template.namespace, workload.name, workload.kind);
      // A duplicate definition is duplicate-resource's finding; the first one counts.
      if (seen.has(id)) continue;
      seen.add(id);
      nodes.push({
        kind: 'workload',
        id,
        namespace: template.namespace,
        name: workload.name,
        workloadKind: workload.kind,
        labels: template.labels,
        ports: podEndpointOf(template).ports ?? [],
        resource: workload,
      });
    }
  }
  return nodes;
}

export interface BundleConnectivityOptions {
  /** Labels of namespaces the bundle does not declare (config or live cluster). */
  namespaceLabels?: Readonly<Record<string, Record<string, string>>>;
  podNetworks?: readonly string[];
  /** The other side of a diff: its ipBlocks cut the external blocks too. */
  cutPolicies?: readonly NetworkPolicyModel[];
}

/** The connectivity model of a bundle's workloads under its NetworkPolicies. */
export function connectivityOfBundle(
  bundle: Bundle,
  options: BundleConnectivityOptions = {},
): Connectivity<BundlePolicy> {
  const declared = new Map<string, Record<string, string>>();
  for (const [name, labels] of Object.entries(options.namespaceLabels ?? {})) declared.set(name, labels);
  for (const ns of bundle.ofKind('Namespace')) declared.set(ns.name, ns.labels);
  return buildConnectivity({
    workloads: workloadNodesOf(bundle),
    policies: bundle.ofKind('NetworkPolicy').map(policyOf),
    namespaces: namespaceDirectory([...declared].map(([name, labels]) => ({ name, labels }))),
    ...(options.podNetworks ? { podNetworks: options.podNetworks } : {}),
    ...(options.cutPolicies ? { cutPolicies: options.cutPolicies } : {}),
  });
}
