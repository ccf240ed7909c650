/**
 * Shared reading of StatefulSets for the sts-* rules: the spec as the API server defaults it, the
 * pods' containers and volumes, label selectors validated as the API server validates them, and
 * the PodDisruptionBudgets that cover a set of pods (as the disruption controller computes them).
 * Pure: no I/O. Malformed shapes are skipped here (schema-invalid reports them).
 */
import {
  asLabelSelector,
  describeSelector,
  isEmptySelector,
  isRecord,
  selectorMatches,
  stringMap,
} from '../../k8s/labels.js';
import { valueText } from '../../text/value.js';
import { isDns1123Label } from '../../k8s/names.js';
import type { Bundle, JsonObject, LabelSelector, Path, PodTemplate, Resource } from '../../model/index.js';
import { podTemplateOf } from '../bundle.js';

export interface StatefulSetView {
  resource: Resource;
  spec: JsonObject;
  /** spec.template.metadata.labels: the labels every pod gets. */
  podLabels: Record<string, string>;
  /** spec.template.spec; undefined when absent. */
  podSpec: JsonObject | undefined;
  podSpecPath: Path;
  /** spec.replicas as defaulted (1 when absent); undefined when it is not a whole number. */
  replicas: number | undefined;
}

export const POD_SPEC_PATH: Path = ['spec', 'template', 'spec'];
export const POD_LABELS_PATH: Path = ['spec', 'template', 'metadata', 'labels'];

/** The replica count a workload spec asks for, defaulted like the API server (absent -> 1). */
export function replicasOf(spec: JsonObject): number | undefined {
  const replicas = spec.replicas;
  if (replicas === undefined || replicas === null) return 1;
  return typeof replicas === 'number' && Number.isInteger(replicas) ? replicas : undefined;
}

export function statefulSets(bundle: Bundle): StatefulSetView[] {
  const views: StatefulSetView[] = [];
  for (const resource of bundle.ofKind('StatefulSet')) {
    const spec = resource.object.spec;
    if (!isRecord(spec)) continue;
    const template: PodTemplate | undefined = podTemplateOf(resource);
    const templateMetadata =
      isRecord(spec.template) && isRecord(spec.template.metadata) ? spec.template.metadata : {};
    views.push({
      resource,
      spec,
      podLabels: template?.labels ?? stringMap(templateMetadata.labels),
      podSpec: template?.spec,
      podSpecPath: POD_SPEC_PATH,
      replicas: replicasOf(spec),
    });
  }
  return views;
}

/** The namespace and name a message uses: "StatefulSet web (namespace shop)". */
export function describeStatefulSet(view: StatefulSetView): string {
  return `StatefulSet ${view.resource.name} (namespace ${view.resource.namespace})`;
}

/** "app=web,tier=db" — or "(no labels)". */
export function describeLabels(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  return entries.length > 0 ? entries.map(([k, v]) => `${k}=${v}`).join(',') : '(no labels)';
}

/** A YAML flow map a hint can suggest: "{app.kubernetes.io/name: zk}". */
export function yamlMap(labels: Record<string, string>): string {
  return `{${Object.entries(labels)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')}}`;
}

// ---------------------------------------------------------------------------------------------
// Containers and volumes

export interface ContainerRef {
  container: JsonObject;
  /** Path from the resource root to the container. */
  path: Path;
  name: string;
  /** 'containers' or 'initContainers'. */
  list: 'containers' | 'initContainers';
}

/** The pod's containers, init containers first (the order the kubelet starts them). */
export function containersOf(
  view: StatefulSetView,
  lists: ContainerRef['list'][] = ['initContainers', 'containers'],
) {
  const refs: ContainerRef[] = [];
  if (!view.podSpec) return refs;
  for (const list of lists) {
    const containers = view.podSpec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, index) => {
      if (!isRecord(container)) return;
      refs.push({
        container,
        path: [...view.podSpecPath, list, index],
        name: typeof container.name === 'string' ? container.name : `#${index}`,
        list,
      });
    });
  }
  return refs;
}

/** Names given in a list of objects with `name` (volumes) or `metadata.name` (claim templates). */
export function namesIn(list: unknown, nameOf: (item: JsonObject) => unknown): string[] {
  if (!Array.isArray(list)) return [];
  const names: string[] = [];
  for (const item of list) {
    if (!isRecord(item)) continue;
    const name = nameOf(item);
    if (typeof name === 'string' && name !== '') names.push(name);
  }
  return names;
}

export function volumeClaimTemplateNames(spec: JsonObject): string[] {
  return namesIn(spec.volumeClaimTemplates, (t) => (isRecord(t.metadata) ? t.metadata.name : undefined));
}

// ---------------------------------------------------------------------------------------------
// Label selectors

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

export interface SelectorProblem {
  /** Path relative to the selector. */
  path: Path;
  message: string;
}

/**
 * What ValidateLabelSelector rejects in a selector's expressions: unknown operators, In/NotIn
 * without values, Exists/DoesNotExist with values. Empty when the selector is well-formed.
 */
export function selectorProblems(value: unknown): SelectorProblem[] {
  const problems: SelectorProblem[] = [];
  if (!isRecord(value) || !Array.isArray(value.matchExpressions)) return problems;
  value.matchExpressions.forEach((expression, index) => {
    if (!isRecord(expression)) return;
    const operator = expression.operator;
    const values = Array.isArray(expression.values) ? expression.values : [];
    if (typeof operator !== 'string' || !OPERATORS.has(operator)) {
      problems.push({
        path: ['matchExpressions', index, 'operator'],
        message: `operator ${JSON.stringify(operator ?? null)} is not one of In, NotIn, Exists, DoesNotExist`,
      });
    } else if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
      problems.push({
        path: ['matchExpressions', index, 'values'],
        message: `operator ${operator} needs at least one value`,
      });
    } else if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
      problems.push({
        path: ['matchExpressions', index, 'values'],
        message: `operator ${operator} takes no values`,
      });
    }
  });
  return problems;
}

/** A well-formed label selector, or undefined when absent or malformed (never guessed at). */
export function wellFormedSelector(value: unknown): LabelSelector | undefined {
  if (!isRecord(value) || selectorProblems(value).length > 0) return undefined;
  return asLabelSelector(value);
}

export { describeSelector, isEmptySelector, selectorMatches };

/** The first part of a selector the labels fail: its path from the resource root, and in words. */
export function firstMismatch(
  selector: LabelSelector,
  labels: Record<string, string>,
): { path: Path; what: string } | undefined {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] === value) continue;
    return {
      path: ['spec', 'selector', 'matchLabels', key],
      what: Object.hasOwn(labels, key)
        ? `the selector wants ${key}=${value}, the template has ${key}=${labels[key]}`
        : `the selector wants ${key}=${value}, the template has no label ${key}`,
    };
  }
  const expressions = selector.matchExpressions ?? [];
  for (let index = 0; index < expressions.length; index++) {
    const one: LabelSelector = { matchExpressions: [expressions[index]!] };
    if (selectorMatches(one, labels)) continue;
    return {
      path: ['spec', 'selector', 'matchExpressions', index],
      what: `the expression "${describeSelector(one)}" does not hold for the template labels`,
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// int-or-percent values (maxUnavailable, minAvailable)

export type IntOrPercent =
  { kind: 'int'; value: number } | { kind: 'percent'; value: number } | { kind: 'invalid'; text: string };

/** IntOrString as the API server reads it; a string must be "<digits>%" (IsValidPercent). */
export function parseIntOrPercent(value: unknown): IntOrPercent | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return { kind: 'int', value };
  if (typeof value === 'string' && /^[0-9]+%$/.test(value))
    return { kind: 'percent', value: Number(value.slice(0, -1)) };
  return { kind: 'invalid', text: valueText(value) };
}

/** GetScaledValueFromIntOrPercent with roundUp, as the disruption controller calls it. */
export function scaledValue(value: IntOrPercent & { kind: 'int' | 'percent' }, total: number): number {
  return value.kind === 'int' ? value.value : Math.ceil((value.value * total) / 100);
}

// ---------------------------------------------------------------------------------------------
// PodDisruptionBudgets

export interface DisruptionBudget {
  resource: Resource;
  /** 'all' for policy/v1's empty selector (every pod of the namespace); undefined selects nothing. */
  selector: LabelSelector | 'all' | undefined;
}

const budgetIndexes = new WeakMap<Bundle, Map<string, DisruptionBudget[]>>();

/** PodDisruptionBudgets of a namespace with their selectors read once per bundle. */
function budgetsIn(bundle: Bundle, namespace: string): DisruptionBudget[] {
  let index = budgetIndexes.get(bundle);
  if (!index) budgetIndexes.set(bundle, (index = new Map<string, DisruptionBudget[]>()));
  let budgets = index.get(namespace);
  if (!budgets) {
    budgets = bundle.inNamespace('PodDisruptionBudget', namespace).map((resource) => ({
      resource,
      selector: budgetSelector(resource),
    }));
    index.set(namespace, budgets);
  }
  return budgets;
}

/**
 * policy/v1: a null selector selects no pods, an empty one every pod of the namespace.
 * policy/v1beta1: an empty selector selects no pods.
 */
function budgetSelector(resource: Resource): DisruptionBudget['selector'] {
  const spec = resource.object.spec;
  if (!isRecord(spec)) return undefined;
  const selector = wellFormedSelector(spec.selector);
  if (!selector) return undefined;
  if (isEmptySelector(selector)) return resource.apiVersion === 'policy/v1' ? 'all' : undefined;
  return selector;
}

/** The budgets whose selector selects pods with these labels. */
export function budgetsCovering(bundle: Bundle, namespace: string, podLabels: Record<string, string>) {
  return budgetsIn(bundle, namespace).filter(
    (budget) =>
      budget.selector === 'all' ||
      (budget.selector !== undefined && selectorMatches(budget.selector, podLabels)),
  );
}

/** Kinds whose pod count the bundle states (spec.replicas); a bare Pod counts one. */
const SCALED_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/**
 * How many pods of the bundle a budget covers at full health; undefined when it also covers pods
 * whose number the bundle does not say (DaemonSets, Jobs).
 */
export function expectedPodCount(bundle: Bundle, budget: DisruptionBudget): number | undefined {
  if (budget.selector === undefined) return 0;
  const namespace = budget.resource.namespace;
  const templates =
    budget.selector === 'all'
      ? bundle.podTemplates(namespace)
      : bundle.podTemplatesMatching(namespace, budget.selector);
  let total = 0;
  for (const template of templates) {
    const workload = template.workload;
    if (workload.kind === 'Pod') {
      total += 1;
      continue;
    }
    if (!SCALED_KINDS.has(workload.kind) || !isRecord(workload.object.spec)) return undefined;
    const replicas = replicasOf(workload.object.spec);
    if (replicas === undefined) return undefined;
    total += replicas;
  }
  return total;
}

export interface EvictionBlock {
  /** Path inside the PodDisruptionBudget. */
  path: Path;
  /** Why no voluntary eviction is ever allowed, e.g. "minAvailable: 67% of 3 pods rounds up to 3". */
  reason: string;
}

/**
 * Whether a budget allows no voluntary eviction even when every pod it covers is healthy:
 * disruptionsAllowed = healthy - desiredHealthy, with percentages rounded up as the disruption
 * controller rounds them.
 */
export function evictionBlock(bundle: Bundle, budget: DisruptionBudget): EvictionBlock | undefined {
  const spec = budget.resource.object.spec;
  if (!isRecord(spec)) return undefined;
  const maxUnavailable = parseIntOrPercent(spec.maxUnavailable);
  const minAvailable = parseIntOrPercent(spec.minAvailable);
  // Both set is invalid, and so are malformed values: the API server rejects those budgets.
  if (maxUnavailable && minAvailable) return undefined;
  if (maxUnavailable) {
    if (maxUnavailable.kind === 'invalid' || maxUnavailable.value !== 0) return undefined;
    const written = maxUnavailable.kind === 'percent' ? '0%' : '0';
    return {
      path: ['spec', 'maxUnavailable'],
      reason: `maxUnavailable: ${written} allows no pod to be evicted`,
    };
  }
  if (!minAvailable || minAvailable.kind === 'invalid') return undefined;
  const expected = expectedPodCount(bundle, budget);
  if (expected === undefined || expected === 0) return undefined;
  const desired = scaledValue(minAvailable, expected);
  if (desired < expected) return undefined;
  const pods = `${expected} pod${expected === 1 ? '' : 's'}`;
  const reason =
    minAvailable.kind === 'percent'
      ? `minAvailable: ${minAvailable.value}% of ${pods} rounds up to ${desired} (all of them)`
      : `minAvailable: ${minAvailable.value} ${desired === expected ? 'equals' : 'exceeds'} the ${pods} it covers`;
  return { path: ['spec', 'minAvailable'], reason };
}

// ---------------------------------------------------------------------------------------------
// The governing Service

export interface GoverningService {
  /** spec.serviceName. */
  name: string;
  /** The Service of that name in the StatefulSet's namespace, when the bundle has it. */
  service: Resource | undefined;
}

/**
 * The Service named by spec.serviceName. Undefined when serviceName is absent or empty (optional
 * since Kubernetes 1.33: the pods then get no per-pod DNS names, which is a choice, not a mistake)
 * or not a DNS label (sts-spec-invalid reports that; no Service can carry such a name).
 */
export function governingService(bundle: Bundle, view: StatefulSetView): GoverningService | undefined {
  const name = view.spec.serviceName;
  if (typeof name !== 'string' || name === '' || !isDns1123Label(name)) return undefined;
  return { name, service: bundle.get('Service', view.resource.namespace, name) };
}
