import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);

// src/cluster/types.ts
function unreadableKey(resource, namespace) {
  return `${resource}/${namespace ?? "*"}`;
}
function emptyLiveState(namespaces = []) {
  return {
    namespaces,
    pods: [],
    events: [],
    deployments: [],
    statefulSets: [],
    daemonSets: [],
    replicaSets: [],
    controllerRevisions: [],
    endpointSlices: [],
    services: [],
    ingresses: [],
    secrets: [],
    ingressClasses: [],
    storageClasses: [],
    dnsPods: [],
    notes: [],
    unreadable: /* @__PURE__ */ new Set()
  };
}

export {
  unreadableKey,
  emptyLiveState
};
