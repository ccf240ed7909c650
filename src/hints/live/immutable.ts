/**
 * sts-immutable-field-change: a StatefulSet of the bundle that changes what the API server refuses
 * to change on an existing StatefulSet (ValidateStatefulSetUpdate compares the whole spec except
 * replicas, ordinals, template, updateStrategy, persistentVolumeClaimRetentionPolicy and
 * minReadySeconds). Compared field by field against the live object, with absent fields as their
 * API defaults, so the finding points at the changed line.
 */
import type { V1StatefulSet } from '@kubernetes/client-node';
import type { LiveState } from '../../cluster/types.js';
import { asLabelSelector, describeSelector, isRecord, stringMap } from '../../k8s/labels.js';
import { parseMilli } from '../../k8s/quantity.js';
import type { RawFinding } from '../../manifests/types.js';
import type { Bundle, LabelSelector, Path, Resource } from '../../model/index.js';

interface Change {
  path: Path;
  /** "spec.serviceName", "spec.volumeClaimTemplates[0] (data) storage" */
  field: string;
  live: string;
  bundle: string;
  /** What to do instead, specific to the field. */
  hint?: string;
}

const DEFAULTS = { podManagementPolicy: 'OrderedReady', revisionHistoryLimit: 10, volumeMode: 'Filesystem' };

export function immutableFieldChanges(state: LiveState, bundle: Bundle): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const resource of bundle.ofKind('StatefulSet')) {
    if (!isRecord(resource.object.spec)) continue;
    if (state.unreadable.has(`statefulsets/${resource.namespace}`)) continue;
    const live = state.statefulSets.find(
      (s) => s.metadata?.namespace === resource.namespace && s.metadata?.name === resource.name,
    );
    if (!live || live.metadata?.deletionTimestamp) continue;
    for (const change of specChanges(resource, live)) {
      const orphan = `kubectl delete statefulset ${resource.name} -n ${resource.namespace} --cascade=orphan`;
      findings.push({
        resource,
        path: change.path,
        message:
          `${change.field} changes from ${change.live} (live) to ${change.bundle}; the API server refuses changes to this ` +
          `field of an existing StatefulSet ("spec: Forbidden: updates to statefulset spec for fields other than ...")`,
        hint:
          change.hint ??
          `Keep ${change.field} as live (${change.live}), or delete the StatefulSet without its pods (${orphan}) so the ` +
            'sync creates it anew with the new value; its pods and volumes stay.',
      });
    }
  }
  return findings;
}

function specChanges(resource: Resource, live: V1StatefulSet): Change[] {
  const spec = resource.object.spec as Record<string, unknown>;
  const liveSpec = (live.spec ?? {}) as unknown as Record<string, unknown>;
  const changes: Change[] = [];

  const serviceName = text(spec.serviceName);
  const liveServiceName = text(liveSpec.serviceName);
  if (serviceName !== liveServiceName) {
    changes.push({
      path: ['spec', 'serviceName'],
      field: 'spec.serviceName',
      live: shown(liveServiceName),
      bundle: shown(serviceName),
    });
  }
  const policy = text(spec.podManagementPolicy) || DEFAULTS.podManagementPolicy;
  const livePolicy = text(liveSpec.podManagementPolicy) || DEFAULTS.podManagementPolicy;
  if (policy !== livePolicy) {
    changes.push({
      path: ['spec', 'podManagementPolicy'],
      field: 'spec.podManagementPolicy',
      live: livePolicy,
      bundle: policy,
    });
  }
  const history =
    typeof spec.revisionHistoryLimit === 'number' ? spec.revisionHistoryLimit : DEFAULTS.revisionHistoryLimit;
  const liveHistory =
    typeof liveSpec.revisionHistoryLimit === 'number'
      ? liveSpec.revisionHistoryLimit
      : DEFAULTS.revisionHistoryLimit;
  if (history !== liveHistory) {
    changes.push({
      path: ['spec', 'revisionHistoryLimit'],
      field: 'spec.revisionHistoryLimit',
      live: String(liveHistory),
      bundle: String(history),
    });
  }
  const selector = asLabelSelector(spec.selector);
  const liveSelector = asLabelSelector(liveSpec.selector);
  // An absent selector is schema-invalid's finding; the live one always exists.
  if (selector && liveSelector && canonicalSelector(selector) !== canonicalSelector(liveSelector)) {
    changes.push({
      path: ['spec', 'selector'],
      field: 'spec.selector',
      live: describeSelector(liveSelector),
      bundle: describeSelector(selector),
      hint:
        `Keep spec.selector as live (${describeSelector(liveSelector)}); a new selector means a new StatefulSet: delete the ` +
        `live one with --cascade=orphan only if the new selector still matches the running pods' labels.`,
    });
  }
  changes.push(...claimTemplateChanges(spec.volumeClaimTemplates, liveSpec.volumeClaimTemplates, resource));
  return changes;
}

function claimTemplateChanges(bundleValue: unknown, liveValue: unknown, resource: Resource): Change[] {
  const templates = Array.isArray(bundleValue) ? bundleValue : [];
  const liveTemplates: unknown[] = Array.isArray(liveValue) ? liveValue : [];
  const names = (list: unknown[]) =>
    list.map((t) => text(isRecord(t) && isRecord(t.metadata) ? t.metadata.name : undefined));
  const bundleNames = names(templates);
  const liveNames = names(liveTemplates);
  const changes: Change[] = [];
  if (bundleNames.join(',') !== liveNames.join(',')) {
    const added = bundleNames.findIndex((n) => !liveNames.includes(n));
    changes.push({
      path: added >= 0 ? ['spec', 'volumeClaimTemplates', added] : ['spec', 'volumeClaimTemplates'],
      field: 'spec.volumeClaimTemplates',
      live: `[${liveNames.join(', ')}]`,
      bundle: `[${bundleNames.join(', ')}]`,
      hint:
        'Keep the claim templates as live; to add or remove one, delete the StatefulSet with --cascade=orphan and let ' +
        'the sync recreate it (new claims are created for new pods only: existing pods must be recreated to get them).',
    });
    return changes;
  }
  templates.forEach((template: unknown, i) => {
    const liveTemplate = liveTemplates[i];
    const at: Path = ['spec', 'volumeClaimTemplates', i];
    const label = `spec.volumeClaimTemplates[${i}] (${bundleNames[i]})`;
    const spec = isRecord(template) && isRecord(template.spec) ? template.spec : {};
    const liveSpec = isRecord(liveTemplate) && isRecord(liveTemplate.spec) ? liveTemplate.spec : {};
    const storage = requestOf(spec);
    const liveStorage = requestOf(liveSpec);
    if (
      storage !== undefined &&
      liveStorage !== undefined &&
      parseMilli(storage) !== parseMilli(liveStorage)
    ) {
      const pvcs = `${bundleNames[i]}-${resource.name}-0 ...`;
      changes.push({
        path: [...at, 'spec', 'resources', 'requests', 'storage'],
        field: `${label} storage`,
        live: liveStorage,
        bundle: storage,
        hint:
          `Keep storage ${liveStorage} here. To resize, patch each claim (${pvcs}) to ${storage} (its StorageClass must ` +
          `allow volume expansion), then delete the StatefulSet with kubectl delete statefulset ${resource.name} -n ` +
          `${resource.namespace} --cascade=orphan and sync the new size.`,
      });
    }
    const compare = (field: string, path: Path, value: string, liveText: string) => {
      if (value !== liveText)
        changes.push({
          path: [...at, ...path],
          field: `${label} ${field}`,
          live: shown(liveText),
          bundle: shown(value),
        });
    };
    compare(
      'storageClassName',
      ['spec', 'storageClassName'],
      text(spec.storageClassName),
      text(liveSpec.storageClassName),
    );
    compare('accessModes', ['spec', 'accessModes'], list(spec.accessModes), list(liveSpec.accessModes));
    compare(
      'volumeMode',
      ['spec', 'volumeMode'],
      text(spec.volumeMode) || DEFAULTS.volumeMode,
      text(liveSpec.volumeMode) || DEFAULTS.volumeMode,
    );
    const metadata = isRecord(template) && isRecord(template.metadata) ? template.metadata : {};
    const liveMetadata =
      isRecord(liveTemplate) && isRecord(liveTemplate.metadata) ? liveTemplate.metadata : {};
    compare('labels', ['metadata', 'labels'], mapText(metadata.labels), mapText(liveMetadata.labels));
    compare(
      'annotations',
      ['metadata', 'annotations'],
      mapText(metadata.annotations),
      mapText(liveMetadata.annotations),
    );
  });
  return changes;
}

function requestOf(spec: Record<string, unknown>): string | undefined {
  const resources = isRecord(spec.resources) ? spec.resources : {};
  const requests = isRecord(resources.requests) ? resources.requests : {};
  const storage = requests.storage;
  return typeof storage === 'string' || typeof storage === 'number' ? String(storage) : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function shown(value: string): string {
  return value === '' ? '(none)' : JSON.stringify(value);
}

function list(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(',') : '';
}

function mapText(value: unknown): string {
  const map = stringMap(value);
  return Object.keys(map)
    .sort()
    .map((k) => `${k}=${map[k]}`)
    .join(',');
}

/** Selectors compared as the API server does: matchLabels as a map, matchExpressions in order. */
function canonicalSelector(selector: LabelSelector): string {
  const labels = selector.matchLabels ?? {};
  return JSON.stringify([
    Object.keys(labels)
      .sort()
      .map((k) => [k, labels[k]]),
    (selector.matchExpressions ?? []).map((e) => [e.key, e.operator, e.values ?? []]),
  ]);
}
