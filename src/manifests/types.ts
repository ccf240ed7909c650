/** The manifest bundle every rule works on: resources with positions, and indexes over them. */
import type { Path, Position } from '../yaml/position.js';

export type { Path, Position } from '../yaml/position.js';

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
  /** The source's display name: the file as the user gave it (relative paths stay relative), "<stdin>", "argocd:<app>". */
  file: string;
  /** Where the document starts (1-based). */
  line: number;
  column: number;
  /** Where the value at `path` is written; the nearest written ancestor when it is absent. */
  positionOf(path: Path): Position;
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

export type Severity = 'error' | 'warning' | 'info';

export interface RuleMeta {
  /** Stable kebab-case id, prefixed by its family (ingress-, netpol-, sts-, service-, ...). */
  id: string;
  severity: Severity;
  /** Kinds the rule looks at, for the docs. */
  kinds: string[];
  /** One sentence: what the rule catches. */
  description: string;
  /** Why it matters; what breaks at run time. */
  rationale: string;
  /** A minimal manifest the rule reports, and its fix. */
  example: { bad: string; good: string };
}

export interface RuleOptions {
  /** References to targets that may live outside the bundle are errors, not hints. */
  strictReferences: boolean;
  /** Where cluster DNS runs and how its pods are labelled (netpol-dns-egress-blocked). */
  dns: { namespace: string; podLabels: Record<string, string> };
  /** Where the ingress controller runs (netpol-blocks-ingress-backend). */
  ingressController: { namespace: string; podLabels: Record<string, string> };
}

export interface RawFinding {
  resource: Resource;
  /** Where in the resource; [] for the resource itself. */
  path: Path;
  message: string;
  /** What to change, and where. */
  hint: string;
  /** Overrides the rule's severity for this finding (e.g. a reference error downgraded when the
   *  target may live outside the bundle and strictReferences is off). */
  severity?: Severity;
}

export interface RuleContext {
  bundle: Bundle;
  options: RuleOptions;
  report(finding: RawFinding): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Absent for rules the loader reports itself (yaml-syntax, unrendered-template, ...). */
  check?(context: RuleContext): void;
}
