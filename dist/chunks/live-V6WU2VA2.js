import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  MAX_HINTS_PER_FAMILY,
  MAX_LISTED,
  createLiveContext,
  deploymentHints,
  describeExit,
  describeWorkload,
  eventSeen,
  hintsPerWorkload,
  initFinished,
  largestFirst,
  namesCapped,
  plural,
  podHints,
  podReady,
  podStateSummary,
  quote,
  summarizePods,
  timeOf,
  timeWithAge,
  workloadKey
} from "./chunk-CKEZC24J.js";
import {
  compareFindings,
  placeFinding
} from "./chunk-J5B45OZK.js";
import {
  INGRESS_CLASS_ANNOTATION,
  NGINX_ANNOTATION_PREFIX,
  defaultIngressClass,
  effectiveIngressClass,
  ingressPaths,
  ingressServiceBackends,
  ingressTls,
  nginxBoolAnnotation,
  parseQuantity,
  rule,
  rule2,
  secretsCreatedInBundle
} from "./chunk-CD3BS6VY.js";
import "./chunk-P25BGOOJ.js";
import {
  asLabelSelector,
  describeSelector,
  isRecord,
  mapSelectorMatches,
  stringMap
} from "./chunk-J6UQ2MQY.js";
import "./chunk-YA6DW627.js";

// src/hints/live/pending.ts
var ENVELOPE = /^\s*(\d+)\/(\d+) nodes are available:?\s*/;
function parseSchedulingMessage(message) {
  const summary = message.split(/\.?\s+preemption:/)[0].trim().replace(/\.+$/, "") + ".";
  const envelope = ENVELOPE.exec(summary);
  if (!envelope)
    return {
      summary,
      availableNodes: void 0,
      totalNodes: void 0,
      reasons: [{ nodes: void 0, text: summary }]
    };
  const body = summary.slice(envelope[0].length).replace(/\.$/, "");
  const reasons = [];
  for (const part of body.split(/,\s+(?=\d+ |pod |persistentvolumeclaim )/)) {
    const counted = /^(\d+) (.+)$/.exec(part.trim());
    if (counted) reasons.push({ nodes: Number(counted[1]), text: counted[2] });
    else if (part.trim()) reasons.push({ nodes: void 0, text: part.trim() });
  }
  return { summary, availableNodes: Number(envelope[1]), totalNodes: Number(envelope[2]), reasons };
}
function pendingHints(context) {
  const groups = [];
  for (const { workload, pods } of context.podsByWorkload.values()) {
    const pending = [];
    for (const pod of pods) {
      if (pod.status?.phase !== "Pending" || pod.spec?.nodeName || pod.metadata?.deletionTimestamp) continue;
      const meta = pod.metadata;
      const event = context.eventsFor("Pod", meta?.namespace ?? "", meta?.name ?? "", meta?.uid).find((e) => e.reason === "FailedScheduling" && e.message);
      const condition = pod.status.conditions?.find((c) => c.type === "PodScheduled" && c.status === "False");
      const message = event?.message ?? condition?.message;
      if (!message) continue;
      pending.push({ pod, message, seen: event ? eventSeen(event, context.now) : "" });
    }
    if (pending.length > 0) groups.push({ workload, pending, size: pending.length });
  }
  return largestFirst(groups).map(
    (g) => pendingHint(
      g.workload,
      g.pending,
      context.podsByWorkload.get(workloadKey(g.workload))?.pods.length ?? g.size
    )
  );
}
function pendingHint(workload, pending, total) {
  const byMessage = /* @__PURE__ */ new Map();
  for (const p of pending) {
    const summary = parseSchedulingMessage(p.message).summary;
    byMessage.set(summary, [...byMessage.get(summary) ?? [], p]);
  }
  const ranked = [...byMessage.entries()].sort((a, b) => b[1].length - a[1].length);
  const [leadSummary, leadPods] = ranked[0];
  const failure = parseSchedulingMessage(leadPods[0].message);
  const first = pending[0].pod;
  const title = pending.length === 1 ? `${first.metadata?.name}: Pending, ${leadSummary}` : `${describeWorkload(workload)}: ${pending.length} of ${plural(total, "pod")} Pending, ${leadSummary}`;
  const evidence = [];
  for (const [summary, pods] of ranked.slice(0, MAX_LISTED)) {
    const names = namesCapped(pods.map((p) => p.pod.metadata?.name ?? ""));
    evidence.push(`${names}: scheduler: ${quote(summary)}${pods[0].seen}`);
  }
  if (ranked.length > MAX_LISTED) evidence.push(`and ${plural(ranked.length - MAX_LISTED, "more message")}`);
  const requests = describeRequests(first);
  if (requests) evidence.push(`each pod requests ${requests}`);
  evidence.push(schedulingFix(failure, first, workload));
  return { id: "pod-unschedulable", title, evidence };
}
function describeRequests(pod) {
  const containers = pod.spec?.containers ?? [];
  const parts = [];
  for (const resource of ["cpu", "memory"]) {
    const values = containers.map((c) => c.resources?.requests?.[resource]).filter((v) => !!v);
    if (values.length === 0) continue;
    const total = values.reduce((sum, v) => sum + (parseQuantity(v) ?? 0), 0);
    parts.push(`${resource} ${values.length === 1 ? values[0] : formatQuantity(resource, total)}`);
  }
  return parts.length > 0 ? parts.join(", ") : void 0;
}
function formatQuantity(resource, value) {
  if (resource === "cpu") return Number.isInteger(value) ? String(value) : `${Math.round(value * 1e3)}m`;
  for (const [suffix, size] of [
    ["Gi", 2 ** 30],
    ["Mi", 2 ** 20],
    ["Ki", 2 ** 10]
  ]) {
    if (value >= size && value % size === 0) return `${value / size}${suffix}`;
  }
  return String(value);
}
function schedulingFix(failure, pod, workload) {
  const where = describeWorkload(workload);
  const dominant = [...failure.reasons].sort((a, b) => (b.nodes ?? Infinity) - (a.nodes ?? Infinity))[0];
  const text2 = dominant?.text ?? "";
  const insufficient = /^Insufficient (\S+)/.exec(text2);
  if (insufficient) {
    const resource = insufficient[1];
    return `fix: no node has ${resource} left for the pods' requests: lower resources.requests.${resource} of ${where}, free capacity, or add nodes (a cluster autoscaler adds them only when a node group can fit one pod)`;
  }
  const taint = /untolerated taint \{([^:}]*):\s*([^}]*)\}|had taints? that the pod didn't tolerate/.exec(
    text2
  );
  if (taint) {
    const key = taint[1];
    if (key && /^node\.kubernetes\.io\/(not-ready|unreachable|disk-pressure|memory-pressure|pid-pressure|unschedulable|network-unavailable)$/.test(
      key
    )) {
      return `fix: the nodes carry ${key}: they are unhealthy or cordoned; repair or uncordon them (tolerating this taint would not make them work)`;
    }
    const value = taint[2]?.trim();
    return key ? `fix: the nodes carry taint ${key}${value ? `=${value}` : ""} that the pods do not tolerate: add a toleration {key: ${key}, operator: ${value ? `Equal, value: ${value}` : "Exists"}} to the pod template of ${where}, or schedule on untainted nodes` : `fix: add tolerations for the nodes' taints to the pod template of ${where}, or schedule on untainted nodes`;
  }
  if (/didn't match Pod's node affinity|didn't match node selector|didn't match the requested node name/.test(
    text2
  )) {
    const selector = pod.spec?.nodeSelector;
    const shown2 = selector && Object.keys(selector).length > 0 ? ` (nodeSelector ${Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(",")})` : "";
    return `fix: no node has the labels the pods require${shown2}: correct nodeSelector/nodeAffinity of ${where}, or label nodes to match`;
  }
  if (/anti-affinity/.test(text2)) {
    return `fix: required pod anti-affinity of ${where} allows one pod per topology domain and every domain is taken: add nodes (or zones), lower replicas, or make the rule preferredDuringSchedulingIgnoredDuringExecution`;
  }
  if (/pod affinity/.test(text2)) {
    return `fix: no node runs the pods that the required pod affinity of ${where} asks to sit next to: check its labelSelector and namespaces`;
  }
  if (/topology spread/.test(text2)) {
    return `fix: the topologySpreadConstraints of ${where} cannot be met (whenUnsatisfiable: DoNotSchedule): add nodes in the missing domains, make sure nodes carry the topologyKey label, or use ScheduleAnyway`;
  }
  if (/unbound immediate PersistentVolumeClaims|didn't find available persistent volumes|persistentvolumeclaim "[^"]*" not found/.test(
    text2
  )) {
    return "fix: a PersistentVolumeClaim of the pods is not bound: check that its StorageClass exists and provisions (kubectl describe pvc), or that a matching PersistentVolume exists";
  }
  if (/volume node affinity conflict|no available volume zone/.test(text2)) {
    return "fix: the pods' volumes live in a zone where no node fits: add nodes in that zone, or use a StorageClass with volumeBindingMode: WaitForFirstConsumer";
  }
  if (/exceed max volume count/.test(text2))
    return "fix: the nodes have reached their attachable-volume limit: add nodes or use fewer volumes per node";
  if (/were unschedulable/.test(text2))
    return "fix: the nodes are cordoned (unschedulable): uncordon them or add nodes";
  if (/didn't have free ports/.test(text2))
    return `fix: the hostPort of ${where} is taken on every node: drop hostPort or run fewer pods than nodes`;
  if (/Too many pods|Insufficient pods/.test(text2))
    return "fix: the nodes are at their pod limit (maxPods): add nodes";
  return `fix: the scheduler's message above names what no node satisfies; change that in the pod template of ${where} or in the nodes`;
}

// src/hints/live/daemonsets.ts
function targetNode(pod) {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const term of terms) {
    const field = term.matchFields?.find((f) => f.key === "metadata.name" && f.operator === "In");
    if (field?.values?.[0]) return field.values[0];
  }
  return void 0;
}
function daemonSetHints(context) {
  return hintsPerWorkload("DaemonSet", context.state.daemonSets, context, daemonSetHint);
}
function daemonSetHint(ds, ref, context) {
  const status = ds.status;
  if (!status) return void 0;
  const desired = status.desiredNumberScheduled ?? 0;
  const ready = status.numberReady ?? 0;
  const misscheduled = status.numberMisscheduled ?? 0;
  if (desired === 0 || ready >= desired && misscheduled === 0) return void 0;
  const pods = context.podsByWorkload.get(workloadKey(ref))?.pods ?? [];
  const notReady = pods.filter((p) => !podReady(p));
  const scheduled = status.currentNumberScheduled ?? pods.length;
  const withoutPod = Math.max(0, desired - scheduled);
  const nodes = notReady.map((p) => targetNode(p)).filter((n) => n !== void 0);
  const evidence = [
    `desired ${desired}, scheduled ${scheduled}, ready ${ready}, updated ${status.updatedNumberScheduled ?? 0}` + (misscheduled > 0 ? `, ${misscheduled} misscheduled (running where they should not)` : "")
  ];
  for (const pod of notReady.slice(0, MAX_LISTED)) {
    const node = targetNode(pod);
    const meta = pod.metadata;
    const scheduling = context.eventsFor("Pod", meta?.namespace ?? "", meta?.name ?? "", meta?.uid).find((e) => e.reason === "FailedScheduling");
    const why = scheduling ? `; scheduler: ${quote(parseSchedulingMessage(scheduling.message ?? "").summary)}` : "";
    evidence.push(`${node ?? "(node unknown)"}: pod ${meta?.name} ${podStateSummary(pod)}${why}`);
  }
  if (notReady.length > MAX_LISTED)
    evidence.push(`and ${plural(notReady.length - MAX_LISTED, "more pod")} not ready`);
  if (withoutPod > 0) {
    evidence.push(
      `${plural(withoutPod, "node")} that should run a pod ${withoutPod === 1 ? "has" : "have"} none (which ones is unknown: the gate does not read Nodes; compare kubectl get nodes with kubectl get pods -n ${ref.namespace} -o wide)`
    );
  }
  const failedCreate = context.eventsFor("DaemonSet", ref.namespace, ref.name, ds.metadata?.uid).find((e) => e.reason === "FailedCreate" || e.reason === "FailedPlacement");
  if (failedCreate)
    evidence.push(`controller: ${quote(failedCreate.message ?? "")}${eventSeen(failedCreate, context.now)}`);
  const pending = notReady.some((p) => p.status?.phase === "Pending" && !p.spec?.nodeName);
  evidence.push(
    pending ? `fix: the pods do not fit on their nodes next to what already runs there: lower their requests, or give ${describeWorkload(ref)} a priorityClassName such as system-node-critical so they preempt lower-priority pods` : withoutPod > 0 && notReady.length === 0 ? `fix: the controller did not create pods for some nodes${failedCreate ? " (see its message)" : ""}: fix what refuses them (quota, admission)` : `fix: the pods on ${nodes.length > 0 ? namesCapped(nodes) : "those nodes"} are not ready; the pod hints say why`
  );
  const where = nodes.length > 0 ? `; not ready on ${namesCapped(nodes, 3)}` : "";
  return {
    id: "daemonset-incomplete",
    title: `${describeWorkload(ref)}: ${ready} of ${plural(desired, "pod")} ready${where}`,
    evidence
  };
}

// src/hints/live/dns.ts
function dnsHints(context) {
  const pods = context.state.dnsPods.filter((p) => !p.metadata?.deletionTimestamp);
  const notReady = pods.filter((p) => !podReady(p));
  if (pods.length === 0 || notReady.length === 0) return [];
  const ready = pods.length - notReady.length;
  const evidence = notReady.slice(0, MAX_LISTED).map(
    (p) => `${p.metadata?.namespace}/${p.metadata?.name}${p.spec?.nodeName ? ` on ${p.spec.nodeName}` : ""}: ${podStateSummary(p)}`
  );
  if (notReady.length > MAX_LISTED)
    evidence.push(`and ${plural(notReady.length - MAX_LISTED, "more pod")} not ready`);
  for (const pod of notReady.slice(0, MAX_LISTED)) {
    const meta = pod.metadata;
    const event = context.state.events.find(
      (e) => e.involvedObject.kind === "Pod" && e.involvedObject.name === meta?.name && e.involvedObject.namespace === meta?.namespace && e.reason === "Unhealthy"
    );
    if (event) {
      evidence.push(`${meta?.name}: kubelet: ${quote(event.message ?? "")}${eventSeen(event, context.now)}`);
      break;
    }
  }
  const first = notReady[0];
  evidence.push(
    `fix: cluster DNS is ${ready === 0 ? "down: every name lookup from every pod fails" : "degraded: lookups that reach a broken replica time out"}; read kubectl logs -n ${first.metadata?.namespace} ${first.metadata?.name} (a forward loop, an unreachable upstream resolver or a Corefile error are the usual causes) \u2014 this is a cluster problem, not one of the release`
  );
  return [
    {
      id: "dns-not-ready",
      title: `cluster DNS: ${notReady.length} of ${plural(pods.length, "CoreDNS pod")} in ${first.metadata?.namespace} not ready (${first.metadata?.name}: ${podStateSummary(first)})`,
      evidence
    }
  ];
}

// src/hints/live/endpoints.ts
var SERVICE_NAME_LABEL = "kubernetes.io/service-name";
function endpointHints(context) {
  const bundle = context.bundle;
  if (!bundle) return [];
  const routes = /* @__PURE__ */ new Map();
  for (const ingress of bundle.ofKind("Ingress")) {
    const paths = ingressPaths(ingress);
    for (const backend of ingressServiceBackends(ingress)) {
      const entry = paths.find((p) => backend.where === p.where);
      const route = entry ? `${entry.host ?? "*"}${entry.path ?? "/"}` : "(default backend)";
      const key = `${ingress.namespace}/${backend.serviceName}`;
      const list2 = routes.get(key) ?? [];
      if (!list2.some((r) => r.ingress === ingress && r.route === route)) list2.push({ ingress, route });
      routes.set(key, list2);
    }
  }
  const hints = [];
  for (const [key, routedBy] of routes) {
    const [namespace, name] = key.split("/");
    if (context.state.unreadable.has(`endpointslices/${namespace}`) || !context.state.namespaces.includes(namespace))
      continue;
    const service = context.state.services.find(
      (s) => s.metadata?.namespace === namespace && s.metadata?.name === name
    );
    if (!service || service.spec?.type === "ExternalName") continue;
    const hint = serviceHint(service, routedBy, context);
    if (hint) hints.push(hint);
    if (hints.length >= MAX_HINTS_PER_FAMILY) break;
  }
  return hints;
}
function serviceHint(service, routedBy, context) {
  const namespace = service.metadata?.namespace ?? "";
  const name = service.metadata?.name ?? "";
  const endpoints = context.state.endpointSlices.filter((s) => s.metadata?.namespace === namespace && s.metadata?.labels?.[SERVICE_NAME_LABEL] === name).flatMap((s) => s.endpoints ?? []);
  const ready = endpoints.filter((e) => e.conditions?.ready !== false);
  if (ready.length > 0) return void 0;
  const ingresses = [...new Set(routedBy.map((r) => `Ingress ${r.ingress.namespace}/${r.ingress.name}`))];
  const routes = routedBy.map((r) => r.route);
  const evidence = [`routed by ${ingresses.join(", ")}: ${namesCapped(routes)}`];
  const selector = service.spec?.selector ?? {};
  const selectorText = Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(",");
  const podsByName = new Map(
    context.state.pods.filter((p) => p.metadata?.namespace === namespace).map((p) => [p.metadata?.name ?? "", p])
  );
  let fix;
  if (endpoints.length > 0) {
    const targets = endpoints.map((e) => e.targetRef?.name).filter((n) => !!n);
    const pods = targets.map((n) => podsByName.get(n)).filter((p) => p !== void 0);
    evidence.push(
      `${plural(endpoints.length, "endpoint")}, none ready: ${namesCapped(targets.length > 0 ? targets : endpoints.flatMap((e) => e.addresses), MAX_LISTED)}` + (pods.length > 0 ? ` (${summarizePods(pods)})` : "")
    );
    fix = `fix: the Ingress answers 503 on these routes until a pod of Service ${namespace}/${name} is Ready; the pod hints say why they are not`;
  } else if (Object.keys(selector).length === 0) {
    evidence.push("the Service has no selector, and no EndpointSlice lists an address for it");
    fix = `fix: give Service ${namespace}/${name} a selector matching its pods, or create the EndpointSlice that lists its addresses`;
  } else {
    const matching = [...podsByName.values()].filter(
      (p) => mapSelectorMatches(selector, p.metadata?.labels ?? {})
    );
    if (matching.length === 0) {
      evidence.push(`no pod in ${namespace} has the labels of its selector ${selectorText}`);
      fix = `fix: correct spec.selector of Service ${namespace}/${name} (${selectorText}) or the pod template labels so they match`;
    } else {
      evidence.push(
        `pods matching ${selectorText}: ${summarizePods(matching)}; none has an address in an EndpointSlice`
      );
      fix = `fix: the pods selected by Service ${namespace}/${name} are not running with an IP yet; the pod hints say why`;
    }
  }
  evidence.push(fix);
  return {
    id: "service-no-endpoints",
    title: `Service ${namespace}/${name}: 0 ready endpoints${endpoints.length > 0 ? ` of ${endpoints.length}` : ""}, routed by ${ingresses[0]}${ingresses.length > 1 ? ` and ${ingresses.length - 1} more` : ""} (${namesCapped(routes, 2)})`,
    evidence
  };
}

// src/hints/live/host-path.ts
function routeKey(ingressClass, host, path, pathType) {
  return [ingressClass, host ?? "", path === void 0 || path === "" ? "/" : path, pathType].join("\0");
}
function liveClass(ingress) {
  return ingress.spec?.ingressClassName || ingress.metadata?.annotations?.[INGRESS_CLASS_ANNOTATION] || "";
}
function liveCanary(ingress) {
  const value = ingress.metadata?.annotations?.[`${NGINX_ANNOTATION_PREFIX}canary`];
  return value !== void 0 && ["1", "t", "T", "true", "TRUE", "True"].includes(value.trim());
}
function liveHostPathConflicts(state, bundle) {
  if (state.unreadable.has("ingresses/*")) return [];
  const bundleIngresses = bundle.ofKind("Ingress");
  if (bundleIngresses.length === 0) return [];
  const served = /* @__PURE__ */ new Map();
  for (const live of state.ingresses) {
    const namespace = live.metadata?.namespace ?? "";
    const name = live.metadata?.name ?? "";
    if (live.metadata?.deletionTimestamp || liveCanary(live) || bundle.get("Ingress", namespace, name))
      continue;
    const ingressClass = liveClass(live);
    for (const rule3 of live.spec?.rules ?? []) {
      for (const path of rule3.http?.paths ?? []) {
        const key = routeKey(ingressClass, rule3.host || void 0, path.path, path.pathType);
        served.set(key, [...served.get(key) ?? [], live]);
      }
    }
  }
  const findings = [];
  const defaultClass = defaultIngressClass(bundle);
  for (const ingress of bundleIngresses) {
    if (nginxBoolAnnotation(ingress, "canary")) continue;
    const ingressClass = effectiveIngressClass(ingress, defaultClass) ?? "";
    for (const entry of ingressPaths(ingress)) {
      if (typeof entry.pathType !== "string") continue;
      const live = served.get(routeKey(ingressClass, entry.host, entry.path, entry.pathType))?.find((l) => l.metadata?.namespace !== ingress.namespace);
      if (!live) continue;
      const owner = `${live.metadata?.namespace}/${live.metadata?.name}`;
      const host = entry.host === void 0 ? "no host (every host)" : `host "${entry.host}"`;
      const path = entry.path === void 0 || entry.path === "" ? "/" : entry.path;
      findings.push({
        resource: ingress,
        path: entry.path === void 0 ? entry.at : [...entry.at, "path"],
        message: `${entry.where}: ${host} path "${path}" (${entry.pathType}) is already served by live Ingress ${owner} in namespace ${live.metadata?.namespace}${ingressClass ? ` (ingress class "${ingressClass}")` : ""}`,
        hint: `Hosts are global to an ingress controller: ingress-nginx refuses this Ingress at admission, others route the path to only one of the two. Use another host or path, or agree with the owner of Ingress ${owner} to remove that route first.`
      });
    }
  }
  return findings;
}

// src/hints/live/immutable.ts
var DEFAULTS = { podManagementPolicy: "OrderedReady", revisionHistoryLimit: 10, volumeMode: "Filesystem" };
function immutableFieldChanges(state, bundle) {
  const findings = [];
  for (const resource of bundle.ofKind("StatefulSet")) {
    if (!isRecord(resource.object.spec)) continue;
    if (state.unreadable.has(`statefulsets/${resource.namespace}`)) continue;
    const live = state.statefulSets.find(
      (s) => s.metadata?.namespace === resource.namespace && s.metadata?.name === resource.name
    );
    if (!live || live.metadata?.deletionTimestamp) continue;
    for (const change of specChanges(resource, live)) {
      const orphan = `kubectl delete statefulset ${resource.name} -n ${resource.namespace} --cascade=orphan`;
      findings.push({
        resource,
        path: change.path,
        message: `${change.field} changes from ${change.live} (live) to ${change.bundle}; the API server refuses changes to this field of an existing StatefulSet ("spec: Forbidden: updates to statefulset spec for fields other than ...")`,
        hint: change.hint ?? `Keep ${change.field} as live (${change.live}), or delete the StatefulSet without its pods (${orphan}) so the sync creates it anew with the new value; its pods and volumes stay.`
      });
    }
  }
  return findings;
}
function specChanges(resource, live) {
  const spec = resource.object.spec;
  const liveSpec = live.spec ?? {};
  const changes = [];
  const serviceName = text(spec.serviceName);
  const liveServiceName = text(liveSpec.serviceName);
  if (serviceName !== liveServiceName) {
    changes.push({
      path: ["spec", "serviceName"],
      field: "spec.serviceName",
      live: shown(liveServiceName),
      bundle: shown(serviceName)
    });
  }
  const policy = text(spec.podManagementPolicy) || DEFAULTS.podManagementPolicy;
  const livePolicy = text(liveSpec.podManagementPolicy) || DEFAULTS.podManagementPolicy;
  if (policy !== livePolicy) {
    changes.push({
      path: ["spec", "podManagementPolicy"],
      field: "spec.podManagementPolicy",
      live: livePolicy,
      bundle: policy
    });
  }
  const history = typeof spec.revisionHistoryLimit === "number" ? spec.revisionHistoryLimit : DEFAULTS.revisionHistoryLimit;
  const liveHistory = typeof liveSpec.revisionHistoryLimit === "number" ? liveSpec.revisionHistoryLimit : DEFAULTS.revisionHistoryLimit;
  if (history !== liveHistory) {
    changes.push({
      path: ["spec", "revisionHistoryLimit"],
      field: "spec.revisionHistoryLimit",
      live: String(liveHistory),
      bundle: String(history)
    });
  }
  const selector = asLabelSelector(spec.selector);
  const liveSelector = asLabelSelector(liveSpec.selector);
  if (selector && liveSelector && canonicalSelector(selector) !== canonicalSelector(liveSelector)) {
    changes.push({
      path: ["spec", "selector"],
      field: "spec.selector",
      live: describeSelector(liveSelector),
      bundle: describeSelector(selector),
      hint: `Keep spec.selector as live (${describeSelector(liveSelector)}); a new selector means a new StatefulSet: delete the live one with --cascade=orphan only if the new selector still matches the running pods' labels.`
    });
  }
  changes.push(...claimTemplateChanges(spec.volumeClaimTemplates, liveSpec.volumeClaimTemplates, resource));
  return changes;
}
function claimTemplateChanges(bundleValue, liveValue, resource) {
  const templates = Array.isArray(bundleValue) ? bundleValue : [];
  const liveTemplates = Array.isArray(liveValue) ? liveValue : [];
  const names = (list2) => list2.map((t) => text(isRecord(t) && isRecord(t.metadata) ? t.metadata.name : void 0));
  const bundleNames = names(templates);
  const liveNames = names(liveTemplates);
  const changes = [];
  if (bundleNames.join(",") !== liveNames.join(",")) {
    const added = bundleNames.findIndex((n) => !liveNames.includes(n));
    changes.push({
      path: added >= 0 ? ["spec", "volumeClaimTemplates", added] : ["spec", "volumeClaimTemplates"],
      field: "spec.volumeClaimTemplates",
      live: `[${liveNames.join(", ")}]`,
      bundle: `[${bundleNames.join(", ")}]`,
      hint: "Keep the claim templates as live; to add or remove one, delete the StatefulSet with --cascade=orphan and let the sync recreate it (new claims are created for new pods only: existing pods must be recreated to get them)."
    });
    return changes;
  }
  templates.forEach((template, i) => {
    const liveTemplate = liveTemplates[i];
    const at = ["spec", "volumeClaimTemplates", i];
    const label = `spec.volumeClaimTemplates[${i}] (${bundleNames[i]})`;
    const spec = isRecord(template) && isRecord(template.spec) ? template.spec : {};
    const liveSpec = isRecord(liveTemplate) && isRecord(liveTemplate.spec) ? liveTemplate.spec : {};
    const storage = requestOf(spec);
    const liveStorage = requestOf(liveSpec);
    if (storage !== void 0 && liveStorage !== void 0 && parseQuantity(storage) !== parseQuantity(liveStorage)) {
      const pvcs = `${bundleNames[i]}-${resource.name}-0 ...`;
      changes.push({
        path: [...at, "spec", "resources", "requests", "storage"],
        field: `${label} storage`,
        live: liveStorage,
        bundle: storage,
        hint: `Keep storage ${liveStorage} here. To resize, patch each claim (${pvcs}) to ${storage} (its StorageClass must allow volume expansion), then delete the StatefulSet with kubectl delete statefulset ${resource.name} -n ${resource.namespace} --cascade=orphan and sync the new size.`
      });
    }
    const compare = (field, path, value, liveText) => {
      if (value !== liveText)
        changes.push({
          path: [...at, ...path],
          field: `${label} ${field}`,
          live: shown(liveText),
          bundle: shown(value)
        });
    };
    compare(
      "storageClassName",
      ["spec", "storageClassName"],
      text(spec.storageClassName),
      text(liveSpec.storageClassName)
    );
    compare("accessModes", ["spec", "accessModes"], list(spec.accessModes), list(liveSpec.accessModes));
    compare(
      "volumeMode",
      ["spec", "volumeMode"],
      text(spec.volumeMode) || DEFAULTS.volumeMode,
      text(liveSpec.volumeMode) || DEFAULTS.volumeMode
    );
    const metadata = isRecord(template) && isRecord(template.metadata) ? template.metadata : {};
    const liveMetadata = isRecord(liveTemplate) && isRecord(liveTemplate.metadata) ? liveTemplate.metadata : {};
    compare("labels", ["metadata", "labels"], mapText(metadata.labels), mapText(liveMetadata.labels));
    compare(
      "annotations",
      ["metadata", "annotations"],
      mapText(metadata.annotations),
      mapText(liveMetadata.annotations)
    );
  });
  return changes;
}
function requestOf(spec) {
  const resources = isRecord(spec.resources) ? spec.resources : {};
  const requests = isRecord(resources.requests) ? resources.requests : {};
  const storage = requests.storage;
  return typeof storage === "string" || typeof storage === "number" ? String(storage) : void 0;
}
function text(value) {
  return typeof value === "string" ? value : "";
}
function shown(value) {
  return value === "" ? "(none)" : JSON.stringify(value);
}
function list(value) {
  return Array.isArray(value) ? value.map(String).join(",") : "";
}
function mapText(value) {
  const map = stringMap(value);
  return Object.keys(map).sort().map((k) => `${k}=${map[k]}`).join(",");
}
function canonicalSelector(selector) {
  const labels = selector.matchLabels ?? {};
  return JSON.stringify([
    Object.keys(labels).sort().map((k) => [k, labels[k]]),
    (selector.matchExpressions ?? []).map((e) => [e.key, e.operator, e.values ?? []])
  ]);
}

// src/hints/live/init.ts
var HANDLED_ELSEWHERE = /^(ImagePullBackOff|ErrImagePull|ErrImageNeverPull|InvalidImageName|CreateContainerConfigError|CreateContainerError)$/;
function stuckInit(pod, now) {
  if (pod.status?.phase !== "Pending" || !pod.spec?.nodeName || pod.metadata?.deletionTimestamp)
    return void 0;
  const statuses = pod.status.initContainerStatuses ?? [];
  const specs = pod.spec.initContainers ?? [];
  const index = statuses.findIndex(
    (s) => !initFinished(
      s,
      specs.find((c) => c.name === s.name)
    )
  );
  if (index < 0) return void 0;
  const status = statuses[index];
  const waiting = status.state?.waiting?.reason;
  if (waiting && HANDLED_ELSEWHERE.test(waiting)) return void 0;
  const position = `${index + 1}/${statuses.length}`;
  const running = status.state?.running;
  if (running) {
    const since = timeOf(running.startedAt);
    const restarts = status.restartCount > 0 ? `, ${describeExit(status.lastState?.terminated, "previous run exited")}` : "";
    return {
      pod,
      status,
      position,
      running: true,
      state: `running${since !== void 0 ? ` since ${timeWithAge(since, now)}` : ""}${restarts}`
    };
  }
  const terminated = status.state?.terminated;
  if (terminated && terminated.exitCode !== 0) {
    return { pod, status, position, running: false, state: `failed, ${describeExit(terminated, "exit")}` };
  }
  if (waiting === "CrashLoopBackOff") {
    const exit = describeExit(status.lastState?.terminated);
    return {
      pod,
      status,
      position,
      running: false,
      state: `CrashLoopBackOff${exit ? `, ${exit}` : ""}, restarted ${plural(status.restartCount, "time")}`
    };
  }
  return void 0;
}
function initHints(context) {
  const groups = /* @__PURE__ */ new Map();
  for (const { workload, pods } of context.podsByWorkload.values()) {
    for (const pod of pods) {
      const stuck = stuckInit(pod, context.now);
      if (!stuck) continue;
      const key = `${workloadKey(workload)}|${stuck.status.name}`;
      const group = groups.get(key) ?? {
        workload,
        container: stuck.status.name,
        stuck: [],
        total: pods.length,
        size: 0
      };
      group.stuck.push(stuck);
      group.size = group.stuck.length;
      groups.set(key, group);
    }
  }
  return largestFirst([...groups.values()]).map((group) => {
    const first = group.stuck[0];
    const name = first.pod.metadata?.name ?? "";
    const what = `init container ${group.container} (${first.position}) has not finished: ${first.state}`;
    const title = group.stuck.length === 1 ? `${name}: ${what}` : `${describeWorkload(group.workload)}: ${group.stuck.length} of ${plural(group.total, "pod")} stuck in init container ${group.container} (${first.position}): ${first.state}`;
    const evidence = group.stuck.slice(0, MAX_LISTED).map(
      (s) => `${s.pod.metadata?.name}${s.pod.spec?.nodeName ? ` on ${s.pod.spec.nodeName}` : ""}: init container ${group.container} ${s.state}`
    );
    const rest = group.stuck.slice(MAX_LISTED).map((s) => s.pod.metadata?.name ?? "");
    if (rest.length > 0) evidence.push(`and ${plural(rest.length, "more pod")}: ${namesCapped(rest)}`);
    const message = group.stuck.map((s) => s.status.lastState?.terminated?.message ?? s.status.state?.terminated?.message).find((m) => m?.trim());
    if (message) evidence.push(`last termination message: ${quote(message)}`);
    const logs = `kubectl logs -n ${group.workload.namespace} ${name} -c ${group.container}${first.running ? "" : " --previous"}`;
    evidence.push(
      first.running ? `fix: init container ${group.container} keeps running, so the main containers never start: it waits for something that is not there (${logs} shows what); make that dependency available or correct what it waits for` : `fix: init container ${group.container} fails, and the main containers start only after it succeeds: its log says why (${logs}); correct its command, configuration or the dependency it needs`
    );
    return { id: "init-stuck", title, evidence };
  });
}

// src/hints/live/missing.ts
var CERT_MANAGER_ANNOTATIONS = ["cert-manager.io/cluster-issuer", "cert-manager.io/issuer"];
function missingHints(context) {
  const bundle = context.bundle;
  if (!bundle) return [];
  const missing = /* @__PURE__ */ new Map();
  const add = (kind, namespace, name, reference, hosts = []) => {
    const key = `${kind}/${namespace}/${name}`;
    const entry = missing.get(key) ?? { kind, namespace, name, references: [], hosts: [] };
    entry.references.push(reference);
    for (const host of hosts) if (!entry.hosts.includes(host)) entry.hosts.push(host);
    missing.set(key, entry);
  };
  const { state } = context;
  const created = secretsCreatedInBundle(bundle);
  const liveSecrets = new Set(state.secrets.map((s) => `${s.namespace}/${s.name}`));
  const secretsReadable = (ns) => state.namespaces.includes(ns) && !state.unreadable.has(`secrets/${ns}`);
  const bundleClasses = new Set(bundle.ofKind("IngressClass").map((c) => c.name));
  const liveClasses = new Set(state.ingressClasses);
  const classesReadable = !state.unreadable.has("ingressclasses/*");
  for (const ingress of bundle.ofKind("Ingress")) {
    const ns = ingress.namespace;
    const issuedByCertManager = CERT_MANAGER_ANNOTATIONS.some((a) => ingress.annotations[a] !== void 0) || ingress.annotations["kubernetes.io/tls-acme"] === "true";
    if (!issuedByCertManager && secretsReadable(ns)) {
      for (const entry of ingressTls(ingress)) {
        const name = entry.secretName;
        if (!name || bundle.get("Secret", ns, name) || created.has(`${ns}/${name}`) || liveSecrets.has(`${ns}/${name}`))
          continue;
        add(
          "Secret",
          ns,
          name,
          {
            resource: ingress,
            path: [...entry.at, "secretName"],
            field: `spec.tls[${entry.index}].secretName`
          },
          entry.hosts.map((h) => h.host)
        );
      }
    }
    const spec = isRecord(ingress.object.spec) ? ingress.object.spec : {};
    const className = typeof spec.ingressClassName === "string" ? spec.ingressClassName : "";
    if (classesReadable && className && !bundleClasses.has(className) && !liveClasses.has(className)) {
      add("IngressClass", "", className, {
        resource: ingress,
        path: ["spec", "ingressClassName"],
        field: "spec.ingressClassName"
      });
    }
  }
  const storageReadable = !state.unreadable.has("storageclasses/*");
  const bundleStorage = new Set(bundle.ofKind("StorageClass").map((c) => c.name));
  const liveStorage = new Set(state.storageClasses);
  const needsStorageClass = (name) => typeof name === "string" && name !== "" && !bundleStorage.has(name) && !liveStorage.has(name);
  if (storageReadable) {
    for (const sts of bundle.ofKind("StatefulSet")) {
      const templates = isRecord(sts.object.spec) && Array.isArray(sts.object.spec.volumeClaimTemplates) ? sts.object.spec.volumeClaimTemplates : [];
      templates.forEach((template, i) => {
        const className = isRecord(template) && isRecord(template.spec) ? template.spec.storageClassName : void 0;
        if (needsStorageClass(className)) {
          add("StorageClass", "", className, {
            resource: sts,
            path: ["spec", "volumeClaimTemplates", i, "spec", "storageClassName"],
            field: `spec.volumeClaimTemplates[${i}].spec.storageClassName`
          });
        }
      });
    }
    for (const claim of bundle.ofKind("PersistentVolumeClaim")) {
      const className = isRecord(claim.object.spec) ? claim.object.spec.storageClassName : void 0;
      if (needsStorageClass(className)) {
        add("StorageClass", "", className, {
          resource: claim,
          path: ["spec", "storageClassName"],
          field: "spec.storageClassName"
        });
      }
    }
  }
  return [...missing.values()].slice(0, MAX_HINTS_PER_FAMILY).map((m) => missingHint(m, context));
}
function missingHint(missing, context) {
  const what = missing.kind === "Secret" ? `Secret ${missing.namespace}/${missing.name}` : `${missing.kind} ${missing.name}`;
  const first = missing.references[0];
  const referrers = [...new Set(missing.references.map((r) => r.resource.id))];
  const evidence = missing.references.slice(0, MAX_LISTED).map((r) => {
    const position = r.resource.positionOf(r.path);
    return `${r.resource.id} (${r.resource.file}:${position.line}): ${r.field} ${missing.name}`;
  });
  if (missing.references.length > MAX_LISTED)
    evidence.push(`and ${plural(missing.references.length - MAX_LISTED, "more reference")}`);
  const { state } = context;
  switch (missing.kind) {
    case "Secret":
      evidence.push(
        `fix: create a kubernetes.io/tls Secret ${missing.name} in namespace ${missing.namespace} (kubectl create secret tls ${missing.name} -n ${missing.namespace} --cert=... --key=...), or let cert-manager issue it (annotate the Ingress with cert-manager.io/cluster-issuer); until then the controller serves its default certificate` + (missing.hosts.length > 0 ? ` for ${namesCapped(missing.hosts, 3)}` : "")
      );
      break;
    case "IngressClass":
      evidence.push(
        `fix: no controller serves IngressClass ${missing.name}, so ${referrers.length === 1 ? "this Ingress gets" : "these Ingresses get"} no traffic: ` + (state.ingressClasses.length > 0 ? `use one of the cluster's classes (${namesCapped(state.ingressClasses, 5)})` : "the cluster has no IngressClass at all; install an ingress controller") + `, or install the controller that provides "${missing.name}"`
      );
      break;
    case "StorageClass":
      evidence.push(
        `fix: claims of StorageClass ${missing.name} stay Pending and their pods unschedulable: ` + (state.storageClasses.length > 0 ? `use one of the cluster's classes (${namesCapped(state.storageClasses, 5)})` : "the cluster has no StorageClass at all; create one") + ` or create StorageClass ${missing.name} (note that volumeClaimTemplates of an existing StatefulSet cannot be changed)`
      );
      break;
  }
  return {
    id: "missing-dependency",
    title: `${what} is missing: named by ${namesCapped(referrers, 2)} (${first.field}), in neither the bundle nor the cluster`,
    evidence
  };
}

// src/hints/live/statefulsets.ts
var REVISION_LABEL = "controller-revision-hash";
var POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";
function statefulPods(sts, pods) {
  const name = sts.metadata?.name ?? "";
  const start = sts.spec?.ordinals?.start ?? 0;
  const replicas = sts.spec?.replicas ?? 1;
  const byOrdinal = /* @__PURE__ */ new Map();
  for (const pod of pods) {
    const ordinal = ordinalOf(pod, name);
    if (ordinal !== void 0) byOrdinal.set(ordinal, pod);
  }
  return Array.from({ length: replicas }, (_, i) => {
    const ordinal = start + i;
    const pod = byOrdinal.get(ordinal);
    return {
      ordinal,
      name: `${name}-${ordinal}`,
      pod,
      revision: pod?.metadata?.labels?.[REVISION_LABEL],
      healthy: pod !== void 0 && !pod.metadata?.deletionTimestamp && pod.status?.phase === "Running" && podReady(pod)
    };
  });
}
function ordinalOf(pod, stsName) {
  const label = pod.metadata?.labels?.[POD_INDEX_LABEL];
  if (label !== void 0 && /^\d+$/.test(label)) return Number(label);
  const name = pod.metadata?.name ?? "";
  const suffix = name.startsWith(`${stsName}-`) ? name.slice(stsName.length + 1) : "";
  return /^\d+$/.test(suffix) ? Number(suffix) : void 0;
}
function statefulSetHints(context) {
  return hintsPerWorkload("StatefulSet", context.state.statefulSets, context, statefulSetHint);
}
function statefulSetHint(sts, ref, context) {
  const current = sts.status?.currentRevision;
  const update = sts.status?.updateRevision;
  const orderedReady = (sts.spec?.podManagementPolicy ?? "OrderedReady") === "OrderedReady";
  const strategy = sts.spec?.updateStrategy?.type ?? "RollingUpdate";
  const partition = sts.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
  const pods = statefulPods(sts, context.podsByWorkload.get(workloadKey(ref))?.pods ?? []);
  const rolling = current !== void 0 && update !== void 0 && current !== update;
  const outdated = update ? pods.filter((p) => p.pod && p.revision !== update) : [];
  const updated = update ? pods.filter((p) => p.pod && p.revision === update) : [];
  const blocker = orderedReady ? pods.find((p) => !p.healthy) : [...pods].reverse().find((p) => !p.healthy && (!rolling || p.revision === update || !p.pod));
  const policy = `podManagementPolicy ${orderedReady ? "OrderedReady" : "Parallel"}, updateStrategy ${strategy}` + (strategy === "RollingUpdate" && partition > 0 ? ` (partition ${partition})` : "");
  if (strategy === "OnDelete" && rolling && outdated.length > 0 && !blocker) {
    return {
      id: "sts-rollout-blocked",
      title: `${describeWorkload(ref)}: updateStrategy OnDelete, ${outdated.length} of ${plural(pods.length, "pod")} still at revision ${current} until deleted`,
      evidence: [
        `revisions: current ${current}, update ${update}; outdated: ${namesCapped(outdated.map((p) => p.name))}`,
        `fix: with OnDelete the controller replaces a pod only when it is deleted: delete ${namesCapped(outdated.map((p) => p.name))} one at a time (highest ordinal first), or switch updateStrategy to RollingUpdate`
      ]
    };
  }
  if (!blocker) return void 0;
  if (!rolling && !orderedReady) return void 0;
  const waiting = orderedReady ? pods.filter((p) => p.ordinal > blocker.ordinal && !p.healthy).map((p) => p.name) : [];
  if (!rolling && waiting.length === 0) return void 0;
  const state = blocker.pod ? podStateSummary(blocker.pod) : "not created";
  const evidence = [];
  if (rolling) {
    evidence.push(
      `revisions: current ${current}, update ${update}; ${updated.length} of ${plural(pods.length, "pod")} updated` + (updated.length > 0 ? ` (${namesCapped(updated.map((p) => p.name))})` : "") + `; ${policy}`
    );
  } else {
    evidence.push(`${sts.status?.readyReplicas ?? 0} of ${plural(pods.length, "replica")} ready; ${policy}`);
  }
  evidence.push(`${blocker.name}: ${state}${blocker.revision ? `, revision ${blocker.revision}` : ""}`);
  const behind = rolling ? pods.filter((p) => p.ordinal < blocker.ordinal && p.ordinal >= partition && p.revision !== update).map((p) => p.name).reverse() : waiting;
  if (behind.length > 0) {
    evidence.push(
      `${rolling ? "not updated until it is Ready" : "not created or started until it is Ready"}: ${namesCapped(behind)}`
    );
  }
  const failedCreate = context.eventsFor("StatefulSet", ref.namespace, ref.name, sts.metadata?.uid).find((e) => e.reason === "FailedCreate");
  if (failedCreate)
    evidence.push(`controller: ${quote(failedCreate.message ?? "")}${eventSeen(failedCreate, context.now)}`);
  evidence.push(
    blocker.pod ? `fix: make ${blocker.name} Running and Ready (the pod hints say why it is not); if you revert the template instead, delete pod ${blocker.name} afterwards: a StatefulSet does not replace a pod stuck at a broken revision by itself` : `fix: the controller cannot create ${blocker.name}${failedCreate ? " (see the FailedCreate message)" : ""}: fix what refuses it (quota, admission, a PersistentVolumeClaim that cannot be bound)`
  );
  const title = rolling ? `${describeWorkload(ref)}: rollout to revision ${update} blocked at pod ${blocker.name}: ${state}` : `${describeWorkload(ref)}: pod ${blocker.name} not Ready (${state}) blocks ${plural(waiting.length, "later pod")} (OrderedReady)`;
  return { id: "sts-rollout-blocked", title, evidence };
}

// src/hints/live/index.ts
var WORKLOAD_KINDS = ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "Pod"];
function bundleWorkloads(bundle) {
  return WORKLOAD_KINDS.flatMap(
    (kind) => bundle.ofKind(kind).map((r) => ({ kind, namespace: r.namespace, name: r.name }))
  );
}
function liveHints(state, scope) {
  const context = createLiveContext(state, scope);
  const hints = [
    ...podHints(context),
    ...pendingHints(context),
    ...initHints(context),
    ...deploymentHints(context),
    ...statefulSetHints(context),
    ...daemonSetHints(context),
    ...endpointHints(context),
    ...dnsHints(context),
    ...missingHints(context)
  ];
  return hints.map((hint) => ({ ...hint, evidence: [hint.title, ...hint.evidence] }));
}
function liveFindings(state, bundle, overrides = {}) {
  const findings = [];
  const add = (rule3, raws) => {
    if (overrides[rule3.meta.id] === "off") return;
    for (const raw of raws) {
      const finding = placeFinding(rule3, raw, overrides);
      if (finding) findings.push(finding);
    }
  };
  add(rule2, immutableFieldChanges(state, bundle));
  add(rule, liveHostPathConflicts(state, bundle));
  return findings.sort(compareFindings);
}
export {
  bundleWorkloads,
  liveFindings,
  liveHints
};
