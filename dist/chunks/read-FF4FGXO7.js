import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  DEFAULT_TIMEOUT_MS,
  classifyFailure,
  formatMs,
  serverOf,
  withSignal
} from "./chunk-UL6US3WS.js";
import {
  emptyLiveState,
  unreadableKey
} from "./chunk-LX632PH5.js";
import {
  pLimit
} from "./chunk-D3WFAY5I.js";
import "./chunk-YA6DW627.js";

// src/cluster/read.ts
var METADATA_ONLY_ACCEPT = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json";
var DNS_POD_SELECTOR = "k8s-app=kube-dns";
var EVENT_FIELD_SELECTOR = "type=Warning";
var qualified = (read) => read.group ? `${read.resource}.${read.group}` : read.resource;
function neededPermission(read) {
  return read.namespace ? `list on ${qualified(read)} in namespace ${read.namespace}` : `list on ${qualified(read)} cluster-wide, a ClusterRole`;
}
function resourceNote(read, failure) {
  switch (failure.kind) {
    case "forbidden":
      return `skipped ${read.label}: forbidden (needs ${neededPermission(read)})`;
    case "not-found":
      return `skipped ${read.label}: the API server does not serve ${read.group || "core"}/${read.resource} (HTTP 404)`;
    default:
      return `skipped ${read.label}: ${failure.detail}`;
  }
}
var SERVER_LEVEL = /* @__PURE__ */ new Set(["unreachable", "timeout", "unauthorized", "other"]);
function serverNote(failure, server, timeoutMs) {
  if (failure.kind === "timeout") return `${server} did not answer within ${formatMs(timeoutMs)}`;
  if (failure.kind === "unauthorized") return `${server} rejected the credentials (HTTP 401)`;
  if (failure.kind === "unreachable") return `${server} is unreachable: ${failure.detail}`;
  return `${server}: ${failure.detail}`;
}
async function readLiveState(kc, scope, options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const namespaces = [...new Set(scope.namespaces)];
  const state = emptyLiveState(namespaces);
  const server = serverOf(kc);
  const started = Date.now();
  const k8s = await import("./dist-FSHPINPL.js");
  let apis;
  try {
    apis = {
      core: kc.makeApiClient(k8s.CoreV1Api),
      apps: kc.makeApiClient(k8s.AppsV1Api),
      discovery: kc.makeApiClient(k8s.DiscoveryV1Api),
      networking: kc.makeApiClient(k8s.NetworkingV1Api),
      storage: kc.makeApiClient(k8s.StorageV1Api)
    };
  } catch (error) {
    state.notes.push(`live cluster signals skipped: no usable kubeconfig (${error.message})`);
    markAllUnreadable(state, namespaces);
    return state;
  }
  const { core, apps, discovery, networking, storage } = apis;
  const reads = [];
  const namespaced = (resource, group, namespace, fetch, store) => reads.push({
    key: unreadableKey(resource, namespace),
    resource,
    group,
    namespace,
    label: `${resource} in ${namespace}`,
    fetch,
    store
  });
  for (const namespace of namespaces) {
    namespaced(
      "pods",
      "",
      namespace,
      async (o) => (await core.listNamespacedPod({ namespace }, o)).items,
      (items) => state.pods.push(...items)
    );
    namespaced(
      "events",
      "",
      namespace,
      async (o) => (await core.listNamespacedEvent({ namespace, fieldSelector: EVENT_FIELD_SELECTOR }, o)).items,
      (items) => state.events.push(...items)
    );
    namespaced(
      "services",
      "",
      namespace,
      async (o) => (await core.listNamespacedService({ namespace }, o)).items,
      (items) => state.services.push(...items)
    );
    namespaced(
      "secrets",
      "",
      namespace,
      async (o) => (await core.listNamespacedSecret(
        { namespace },
        k8s.setHeaderOptions("Accept", METADATA_ONLY_ACCEPT, o)
      )).items,
      (items) => state.secrets.push(
        ...items.map((s) => secretSummary(s, namespace))
      )
    );
    namespaced(
      "deployments",
      "apps",
      namespace,
      async (o) => (await apps.listNamespacedDeployment({ namespace }, o)).items,
      (items) => state.deployments.push(...items)
    );
    namespaced(
      "statefulsets",
      "apps",
      namespace,
      async (o) => (await apps.listNamespacedStatefulSet({ namespace }, o)).items,
      (items) => state.statefulSets.push(...items)
    );
    namespaced(
      "daemonsets",
      "apps",
      namespace,
      async (o) => (await apps.listNamespacedDaemonSet({ namespace }, o)).items,
      (items) => state.daemonSets.push(...items)
    );
    namespaced(
      "replicasets",
      "apps",
      namespace,
      async (o) => (await apps.listNamespacedReplicaSet({ namespace }, o)).items,
      (items) => state.replicaSets.push(...items)
    );
    namespaced(
      "controllerrevisions",
      "apps",
      namespace,
      async (o) => (await apps.listNamespacedControllerRevision({ namespace }, o)).items,
      (items) => state.controllerRevisions.push(...items)
    );
    namespaced(
      "endpointslices",
      "discovery.k8s.io",
      namespace,
      async (o) => (await discovery.listNamespacedEndpointSlice({ namespace }, o)).items,
      (items) => state.endpointSlices.push(...items)
    );
  }
  reads.push(
    {
      key: "dnspods/kube-system",
      resource: "pods",
      group: "",
      namespace: "kube-system",
      label: "CoreDNS pods in kube-system",
      fetch: async (o) => (await core.listNamespacedPod({ namespace: "kube-system", labelSelector: DNS_POD_SELECTOR }, o)).items,
      store: (items) => state.dnsPods.push(...items)
    },
    {
      key: unreadableKey("ingresses"),
      resource: "ingresses",
      group: "networking.k8s.io",
      label: "ingresses of all namespaces",
      fetch: async (o) => (await networking.listIngressForAllNamespaces({}, o)).items,
      store: (items) => state.ingresses.push(...items)
    },
    {
      key: unreadableKey("ingressclasses"),
      resource: "ingressclasses",
      group: "networking.k8s.io",
      label: "ingressclasses",
      fetch: async (o) => (await networking.listIngressClass({}, o)).items,
      store: (items) => state.ingressClasses.push(...names(items))
    },
    {
      key: unreadableKey("storageclasses"),
      resource: "storageclasses",
      group: "storage.k8s.io",
      label: "storageclasses",
      fetch: async (o) => (await storage.listStorageClass({}, o)).items,
      store: (items) => state.storageClasses.push(...names(items))
    }
  );
  const deadline = AbortSignal.timeout(timeoutMs);
  const callOptions = await withSignal(deadline);
  const limit = pLimit(options.concurrency ?? 8);
  const run = (batch) => Promise.all(
    batch.map(
      (read) => limit(async () => {
        try {
          return { read, items: await read.fetch(callOptions) ?? [] };
        } catch (error) {
          return { read, failure: classifyFailure(error) };
        }
      })
    )
  );
  const outcomes = await run(reads);
  const failed = [];
  for (const outcome of outcomes) {
    if (outcome.items) outcome.read.store(outcome.items);
    else failed.push({ read: outcome.read, failure: outcome.failure });
  }
  const allIngresses = failed.find((f) => f.read.key === unreadableKey("ingresses"));
  const fallbackNotes = [];
  if (allIngresses?.failure.kind === "forbidden" && namespaces.length > 0) {
    const fallback = namespaces.map((namespace) => ({
      key: unreadableKey("ingresses", namespace),
      resource: "ingresses",
      group: "networking.k8s.io",
      namespace,
      label: `ingresses in ${namespace}`,
      fetch: async (o) => (await networking.listNamespacedIngress({ namespace }, o)).items,
      store: (items) => state.ingresses.push(...items)
    }));
    const readable = [];
    for (const outcome of await run(fallback)) {
      if (outcome.items) {
        outcome.read.store(outcome.items);
        readable.push(outcome.read.namespace);
      } else failed.push({ read: outcome.read, failure: outcome.failure });
    }
    if (readable.length > 0)
      fallbackNotes.push(`Ingress host+path conflicts checked within ${readable.join(", ")} only`);
  }
  addNotes(state, failed, reads.length, { server, timeoutMs, fallbackNotes });
  const readCount = outcomes.filter((outcome) => outcome.items).length;
  options.log?.(
    `cluster: read ${readCount}/${reads.length} lists of ${namespaces.join(", ") || "(no namespace)"} from ${server} in ${formatMs(Date.now() - started)}`
  );
  return state;
}
function addNotes(state, failed, readCount, context) {
  for (const { read } of failed) state.unreadable.add(read.key);
  const byServerCause = /* @__PURE__ */ new Map();
  for (const entry of failed) {
    if (SERVER_LEVEL.has(entry.failure.kind)) {
      const cause = serverNote(entry.failure, context.server, context.timeoutMs);
      byServerCause.set(cause, [...byServerCause.get(cause) ?? [], entry]);
    } else {
      let note = resourceNote(entry.read, entry.failure);
      if (entry.read.key === unreadableKey("ingresses") && context.fallbackNotes.length > 0)
        note += `; ${context.fallbackNotes.join("; ")}`;
      state.notes.push(note);
    }
  }
  for (const [cause, entries] of byServerCause) {
    state.notes.push(
      entries.length >= readCount ? `live cluster signals skipped: ${cause}` : `skipped ${entries.map((e) => e.read.label).join(", ")}: ${cause}`
    );
  }
}
function markAllUnreadable(state, namespaces) {
  const resources = [
    "pods",
    "events",
    "services",
    "secrets",
    "deployments",
    "statefulsets",
    "daemonsets",
    "replicasets",
    "controllerrevisions",
    "endpointslices"
  ];
  for (const namespace of namespaces)
    for (const r of resources) state.unreadable.add(unreadableKey(r, namespace));
  for (const key of ["dnspods/kube-system", "ingresses/*", "ingressclasses/*", "storageclasses/*"])
    state.unreadable.add(key);
}
function names(items) {
  return items.map((item) => item.metadata?.name).filter((name) => typeof name === "string");
}
function secretSummary(secret, namespace) {
  const summary = {
    namespace: secret.metadata?.namespace ?? namespace,
    name: secret.metadata?.name ?? ""
  };
  if (secret.type) summary.type = secret.type;
  return summary;
}
export {
  DNS_POD_SELECTOR,
  EVENT_FIELD_SELECTOR,
  METADATA_ONLY_ACCEPT,
  readLiveState
};
