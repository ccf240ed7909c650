import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  ObjectSerializer2 as ObjectSerializer
} from "./chunk-ORASM67O.js";
import "./chunk-YA6DW627.js";

// src/argocd/live.ts
var MERGED_KINDS = {
  Deployment: { list: "deployments", model: "V1Deployment", resource: "deployments", complete: true },
  StatefulSet: { list: "statefulSets", model: "V1StatefulSet", resource: "statefulsets", complete: true },
  DaemonSet: { list: "daemonSets", model: "V1DaemonSet", resource: "daemonsets", complete: true },
  Service: { list: "services", model: "V1Service", resource: "services", complete: true },
  Ingress: { list: "ingresses", model: "V1Ingress", resource: "ingresses", complete: false }
};
function withArgoCdLiveObjects(state, resources) {
  const merged = {
    ...state,
    deployments: [...state.deployments],
    statefulSets: [...state.statefulSets],
    daemonSets: [...state.daemonSets],
    services: [...state.services],
    ingresses: [...state.ingresses],
    unreadable: new Set(state.unreadable)
  };
  const added = [];
  for (const resource of resources) {
    if (resource.hook || !(resource.kind in MERGED_KINDS)) continue;
    const kind = MERGED_KINDS[resource.kind];
    const namespace = resource.namespace || (metadataOf(resource.live).namespace ?? "");
    if (kind.complete && namespace) merged.unreadable.delete(`${kind.resource}/${namespace}`);
    if (!resource.live) continue;
    const { name, namespace: liveNamespace } = metadataOf(resource.live);
    if (!name || !liveNamespace) continue;
    const target = merged[kind.list];
    if (target.some((o) => o.metadata?.name === name && o.metadata?.namespace === liveNamespace)) continue;
    target.push(ObjectSerializer.deserialize(resource.live, kind.model));
    added.push(`${resource.kind} ${liveNamespace}/${name}`);
  }
  return { state: merged, added };
}
function metadataOf(object) {
  const metadata = object?.metadata ?? {};
  return {
    name: typeof metadata.name === "string" ? metadata.name : void 0,
    namespace: typeof metadata.namespace === "string" ? metadata.namespace : void 0
  };
}
export {
  withArgoCdLiveObjects
};
