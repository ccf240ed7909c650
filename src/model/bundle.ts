/** The manifest bundle every rule and every NetworkPolicy question works on: resources with positions, and indexes over them. */
import type { Path, Position } from './position.js';

export type JsonObject = Record<string, unknown>;

export interface Resource {
  apiVersion: string;
  kind: string;
  name: string;
  /** Resolved: metadata.namespace, or the run's default namespace; '' for cluster-scoped kinds. */
  namespace: string;
  /** "Ingress/shop/web", or "Namespace/shop" for cluster-scoped kinds (the report's `resource`). */
  id: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** The document as plain data. */
  object: JsonObject;
  /** The file as the user gave it (relative paths stay relative), or "<stdin>". */
  file: string;
  /** Where the document starts (1-based). */
  line: number;
  column: number;
  /** Where the value at `path` is written; the nearest written ancestor when it is absent. */
  positionOf: (path: Path) => Position;
}

/** A pod template of a workload (or a bare Pod), with the path to it for positions. */
export interface PodTemplate {
  workload: Resource;
  namespace: string;
  labels: Record<string, string>;
  /** The pod spec object (template.spec, jobTemplate.spec.template.spec, or a Pod's spec). */
  spec: JsonObject;
  /** Path from the workload's root to the pod spec. */
  specPath: Path;
}

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export interface Bundle {
  resources: readonly Resource[];
  defaultNamespace: string;
  get(kind: string, namespace: string, name: string): Resource | undefined;
  ofKind(kind: string): readonly Resource[];
  inNamespace(kind: string, namespace: string): readonly Resource[];
  /** Namespaces the bundle declares (kind Namespace) or puts resources in. */
  namespaces(): ReadonlySet<string>;
  podTemplates(namespace: string): readonly PodTemplate[];
  /**
   * Pod templates of `namespace` whose labels a LabelSelector matches; the empty selector `{}`
   * matches every pod, as in Kubernetes. (A Service-style map is `{ matchLabels: map }`, and an
   * empty Service selector selects nothing: callers skip it.) Uses a label index: no scan of the
   * whole bundle.
   */
  podTemplatesMatching(namespace: string, selector: LabelSelector): PodTemplate[];
}
