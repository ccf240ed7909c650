/**
 * Helpers of the service-* rules: which pods a Service selects, including pods of custom workload
 * kinds (Argo Rollouts, OpenKruise, ...) that the bundle's pod-template index does not know.
 */
import { isRecord, mapSelectorMatches, stringMap } from '../../k8s/labels.js';
import type { Bundle, PodTemplate, Resource } from '../../model/index.js';

// API groups of custom resources that never create pods: their presence says nothing about where
// a Service's pods come from.
const NON_POD_GROUPS = [
  'cert-manager.io',
  'acme.cert-manager.io',
  'monitoring.coreos.com',
  'networking.istio.io',
  'security.istio.io',
  'telemetry.istio.io',
  'external-secrets.io',
  'bitnami.com',
  'traefik.io',
  'traefik.containo.us',
  'policy.linkerd.io',
  'cilium.io',
  'projectcontour.io',
  'getambassador.io',
  'keda.sh',
  'autoscaling.k8s.io',
];

function apiGroup(resource: Resource): string {
  const slash = resource.apiVersion.indexOf('/');
  return slash < 0 ? '' : resource.apiVersion.slice(0, slash);
}

/** A custom resource (not a Kubernetes API kind) that may run pods through its operator. */
export function mayCreatePods(resource: Resource): boolean {
  const group = apiGroup(resource);
  if (!group.includes('.') || group.endsWith('.k8s.io') || group === 'k8s.io') return false;
  return !NON_POD_GROUPS.includes(group);
}

/** Custom resources per namespace that may create pods; built once per rule run, on first need. */
export function podCreatingCustomResources(bundle: Bundle): Map<string, Resource[]> {
  const byNamespace = new Map<string, Resource[]>();
  for (const resource of bundle.resources) {
    if (!resource.namespace || !mayCreatePods(resource)) continue;
    const list = byNamespace.get(resource.namespace);
    if (list) list.push(resource);
    else byNamespace.set(resource.namespace, [resource]);
  }
  return byNamespace;
}

/** Labels of a custom workload's spec.template (Argo Rollout, OpenKruise CloneSet, ...), if it has one. */
export function customTemplateLabels(resource: Resource): Record<string, string> | undefined {
  const spec = resource.object.spec;
  if (!isRecord(spec) || !isRecord(spec.template) || !isRecord(spec.template.metadata)) return undefined;
  return stringMap(spec.template.metadata.labels);
}

/**
 * The pod template of the namespace that shares the most label pairs with a Service selector
 * (found through the label index, one pair at a time), and the pairs it lacks — for "did you
 * mean" hints. Undefined when no template shares any pair.
 */
export function nearestTemplate(
  bundle: Bundle,
  namespace: string,
  selector: Record<string, string>,
): { template: PodTemplate; missing: [string, string][] } | undefined {
  const shared = new Map<PodTemplate, number>();
  for (const [key, value] of Object.entries(selector)) {
    for (const template of bundle.podTemplatesMatching(namespace, { matchLabels: { [key]: value } })) {
      shared.set(template, (shared.get(template) ?? 0) + 1);
    }
  }
  let best: PodTemplate | undefined;
  for (const [template, count] of shared) if (!best || count > shared.get(best)!) best = template;
  if (!best) return undefined;
  const labels = best.labels;
  return { template: best, missing: Object.entries(selector).filter(([k, v]) => labels[k] !== v) };
}

/** Pods of the Service: pod templates of its namespace whose labels the (non-empty) selector matches. */
export function selectedTemplates(
  bundle: Bundle,
  namespace: string,
  selector: Record<string, string>,
): PodTemplate[] {
  // An empty Service selector selects nothing (the Service has no managed endpoints).
  if (Object.keys(selector).length === 0) return [];
  return bundle.podTemplatesMatching(namespace, { matchLabels: selector });
}

/** The custom workloads of the namespace whose template labels the selector matches. */
export function selectedCustomWorkloads(
  customByNamespace: Map<string, Resource[]>,
  namespace: string,
  selector: Record<string, string>,
): Resource[] {
  return (customByNamespace.get(namespace) ?? []).filter((r) => {
    const labels = customTemplateLabels(r);
    return labels !== undefined && mapSelectorMatches(selector, labels);
  });
}

/** The Service selector as a label map, or undefined when the Service selects no pods by label. */
export function serviceSelector(service: Resource): Record<string, string> | undefined {
  const spec = service.object.spec;
  if (!isRecord(spec) || spec.type === 'ExternalName') return undefined;
  const selector = stringMap(spec.selector);
  return Object.keys(selector).length > 0 ? selector : undefined;
}
