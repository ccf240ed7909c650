/**
 * The answer of Argo CD's `GET /api/v1/applications/{name}/managed-resources` (pure).
 * Each item is a ResourceDiff whose `targetState` and `liveState` (the object in the cluster now)
 * are JSON documents serialised into strings, "null" when absent. The targets come from the
 * controller's cache of the last refresh, which need not be the revision a sync applies: only the
 * live states are used (the manifests of the sync come from `/manifests`, ./manifests.ts).
 */
import { isRecord } from '../k8s/labels.js';
import { jsonObject } from './json.js';
export type KubeObject = Record<string, unknown>;

export interface ManagedResource {
  group: string;
  kind: string;
  namespace: string;
  name: string;
  /** A hook (PreSync, PostSync, ...) rather than part of the application proper. */
  hook: boolean;
  /** The rendered manifest of the sync; undefined when the resource is to be pruned. */
  target?: KubeObject;
  /** The live object; undefined when the resource does not exist yet. */
  live?: KubeObject;
}

export interface ParsedManagedResources {
  resources: ManagedResource[];
  /** Items that could not be read: "Deployment shop/web: targetState is not JSON". */
  problems: string[];
}

export function parseManagedResources(body: unknown): ParsedManagedResources {
  const result: ParsedManagedResources = { resources: [], problems: [] };
  const items = isRecord(body) && Array.isArray(body.items) ? body.items : undefined;
  if (!items) {
    // An application with no resources answers {} (the empty list is left out of the JSON).
    if (isRecord(body) && body.items === undefined) return result;
    result.problems.push('the answer has no items list');
    return result;
  }
  for (const item of items) {
    if (!isRecord(item)) continue;
    const resource: ManagedResource = {
      group: text(item.group),
      kind: text(item.kind),
      namespace: text(item.namespace),
      name: text(item.name),
      hook: item.hook === true,
    };
    const label = `${resource.kind} ${resource.namespace ? `${resource.namespace}/` : ''}${resource.name}`;
    for (const field of ['targetState', 'liveState'] as const) {
      const state = item[field];
      if (state === undefined || state === null || state === '' || state === 'null') continue;
      const object = jsonObject(state);
      if (!isRecord(object)) {
        result.problems.push(`${label}: ${field} is not a JSON object`);
        continue;
      }
      if (field === 'targetState') resource.target = object;
      else resource.live = object;
    }
    result.resources.push(resource);
  }
  return result;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
