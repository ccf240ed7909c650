/**
 * Indexes over one run's resources, so cross-resource rules look things up instead of scanning
 * the bundle (nothing quadratic in its size).
 */
import { isRecord, selectorMatches, stringMap } from '../k8s/labels.js';
import type { Bundle, LabelSelector, Path, PodTemplate, Resource } from '../model/index.js';

/** Where each workload kind keeps its pod template. */
const POD_SPEC_PATHS: Record<string, Path> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

function valueAt(object: unknown, path: Path): unknown {
  let node: unknown = object;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return node;
}

/** The pod template of a workload, or of a bare Pod; undefined for other kinds. */
export function podTemplateOf(resource: Resource): PodTemplate | undefined {
  if (resource.kind === 'Pod') {
    const spec = resource.object.spec;
    if (!isRecord(spec)) return undefined;
    return {
      workload: resource,
      namespace: resource.namespace,
      labels: resource.labels,
      spec,
      specPath: ['spec'],
    };
  }
  const templatePath = POD_SPEC_PATHS[resource.kind];
  if (!templatePath) return undefined;
  const template = valueAt(resource.object, templatePath);
  if (!isRecord(template)) return undefined;
  const spec = template.spec;
  if (!isRecord(spec)) return undefined;
  const metadata = isRecord(template.metadata) ? template.metadata : {};
  return {
    workload: resource,
    namespace: resource.namespace,
    labels: stringMap(metadata.labels),
    spec,
    specPath: [...templatePath, 'spec'],
  };
}

const key = (...parts: string[]) => parts.join('\u0000');

export function createBundle(resources: Resource[], defaultNamespace: string): Bundle {
  const byName = new Map<string, Resource>();
  const byKind = new Map<string, Resource[]>();
  const byKindNamespace = new Map<string, Resource[]>();
  const templatesByNamespace = new Map<string, PodTemplate[]>();
  // namespace -> "label=value" -> templates carrying that label
  const templatesByLabel = new Map<string, Map<string, PodTemplate[]>>();
  const namespaces = new Set<string>();

  const push = <K, V>(map: Map<K, V[]>, k: K, v: V) => {
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  };

  for (const resource of resources) {
    // The first definition wins; duplicate-resource reports the others.
    const nameKey = key(resource.kind, resource.namespace, resource.name);
    if (!byName.has(nameKey)) byName.set(nameKey, resource);
    push(byKind, resource.kind, resource);
    push(byKindNamespace, key(resource.kind, resource.namespace), resource);
    if (resource.namespace) namespaces.add(resource.namespace);
    if (resource.kind === 'Namespace') namespaces.add(resource.name);

    const template = podTemplateOf(resource);
    if (template) {
      push(templatesByNamespace, template.namespace, template);
      let labelIndex = templatesByLabel.get(template.namespace);
      if (!labelIndex)
        templatesByLabel.set(template.namespace, (labelIndex = new Map<string, PodTemplate[]>()));
      for (const [label, value] of Object.entries(template.labels))
        push(labelIndex, key(label, value), template);
    }
  }

  const none: readonly never[] = [];

  return {
    resources,
    defaultNamespace,
    get: (kind, namespace, name) => byName.get(key(kind, namespace, name)),
    ofKind: (kind) => byKind.get(kind) ?? none,
    inNamespace: (kind, namespace) => byKindNamespace.get(key(kind, namespace)) ?? none,
    namespaces: () => namespaces,
    podTemplates: (namespace) => templatesByNamespace.get(namespace) ?? none,
    podTemplatesMatching(namespace, selector: LabelSelector) {
      // Start from the smallest candidate list of one required label, then check the whole selector.
      let candidates: readonly PodTemplate[] = templatesByNamespace.get(namespace) ?? none;
      const labelIndex = templatesByLabel.get(namespace);
      for (const [label, value] of Object.entries(selector.matchLabels ?? {})) {
        const list = labelIndex?.get(key(label, value)) ?? none;
        if (list.length < candidates.length) candidates = list;
      }
      return candidates.filter((t) => selectorMatches(selector, t.labels));
    },
  };
}
