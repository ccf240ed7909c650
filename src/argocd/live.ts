/**
 * Live objects from Argo CD added to the cluster snapshot. Argo CD's application controller reads
 * the cluster with its own rights, so its liveState fills in what the hook's ServiceAccount may not
 * read (or cannot, with the API server unreachable): the live StatefulSet that
 * sts-immutable-field-change compares against, the live Deployments, Services and Ingresses.
 * Objects the cluster reader already returned win: they are as fresh or fresher.
 *
 * Argo CD lists every resource of the Application, with liveState null for one not created yet, so
 * for workload and Service kinds the Application's own objects are then known even where the
 * reader was denied: those namespaces leave `unreadable` for that kind (the hints judge only the
 * release's workloads). Ingresses stay unreadable: conflicts need other applications' Ingresses too.
 */
import type { V1DaemonSet, V1Deployment, V1Ingress, V1Service, V1StatefulSet } from '@kubernetes/client-node';
import { ObjectSerializer } from '@kubernetes/client-node/dist/serializer.js';
import type { LiveState } from '../cluster/types.js';
import type { ManagedResource } from './managed-resources.js';

/** Kinds the snapshot keeps, the LiveState list they go to, and the client-node model that types them. */
const MERGED_KINDS = {
  Deployment: { list: 'deployments', model: 'V1Deployment', resource: 'deployments', complete: true },
  StatefulSet: { list: 'statefulSets', model: 'V1StatefulSet', resource: 'statefulsets', complete: true },
  DaemonSet: { list: 'daemonSets', model: 'V1DaemonSet', resource: 'daemonsets', complete: true },
  Service: { list: 'services', model: 'V1Service', resource: 'services', complete: true },
  Ingress: { list: 'ingresses', model: 'V1Ingress', resource: 'ingresses', complete: false },
} as const;

type MergedKind = keyof typeof MERGED_KINDS;
type MergedObject = V1Deployment | V1StatefulSet | V1DaemonSet | V1Service | V1Ingress;

/**
 * A copy of `state` with the live objects of Argo CD's managed resources (hooks left out) added
 * where the snapshot lacks them. Returns what was added ("StatefulSet shop/db") for the log.
 */
export function withArgoCdLiveObjects(
  state: LiveState,
  resources: readonly ManagedResource[],
): { state: LiveState; added: string[] } {
  const merged: LiveState = {
    ...state,
    deployments: [...state.deployments],
    statefulSets: [...state.statefulSets],
    daemonSets: [...state.daemonSets],
    services: [...state.services],
    ingresses: [...state.ingresses],
    unreadable: new Set(state.unreadable),
  };
  const added: string[] = [];
  for (const resource of resources) {
    if (resource.hook || !(resource.kind in MERGED_KINDS)) continue;
    const kind = MERGED_KINDS[resource.kind as MergedKind];
    const namespace = resource.namespace || (metadataOf(resource.live).namespace ?? '');
    if (kind.complete && namespace) merged.unreadable.delete(`${kind.resource}/${namespace}`);
    if (!resource.live) continue;
    const { name, namespace: liveNamespace } = metadataOf(resource.live);
    if (!name || !liveNamespace) continue;
    const target = merged[kind.list] as MergedObject[];
    if (target.some((o) => o.metadata?.name === name && o.metadata?.namespace === liveNamespace)) continue;
    // Typed as the API client types them (creationTimestamp a Date, and so on).
    target.push(ObjectSerializer.deserialize(resource.live, kind.model) as MergedObject);
    added.push(`${resource.kind} ${liveNamespace}/${name}`);
  }
  return { state: merged, added };
}

function metadataOf(object: Record<string, unknown> | undefined): { name?: string; namespace?: string } {
  const metadata = (object?.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  return {
    name: typeof metadata.name === 'string' ? metadata.name : undefined,
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
  };
}
