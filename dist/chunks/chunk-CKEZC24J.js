import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);

// src/hints/live/context.ts
var MAX_LISTED = 5;
var MAX_HINTS_PER_FAMILY = 10;
var MAX_QUOTE = 240;
function workloadKey(ref) {
  return `${ref.kind}/${ref.namespace}/${ref.name}`;
}
function describeWorkload(ref) {
  return `${ref.kind} ${ref.namespace}/${ref.name}`;
}
function createLiveContext(state, scope) {
  const replicaSetOwners = /* @__PURE__ */ new Map();
  for (const rs of state.replicaSets) {
    const owner = controllerOf(rs.metadata);
    if (owner && rs.metadata?.name)
      replicaSetOwners.set(`${rs.metadata.namespace}/${rs.metadata.name}`, owner);
  }
  const workloadOf = (pod) => {
    const namespace = pod.metadata?.namespace ?? "";
    const owner = controllerOf(pod.metadata);
    if (!owner) return { kind: "Pod", namespace, name: pod.metadata?.name ?? "" };
    if (owner.kind === "ReplicaSet") {
      const deployment = replicaSetOwners.get(`${namespace}/${owner.name}`);
      if (deployment) return { kind: deployment.kind, namespace, name: deployment.name };
      const hash = pod.metadata?.labels?.["pod-template-hash"];
      if (hash && owner.name.endsWith(`-${hash}`)) {
        return { kind: "Deployment", namespace, name: owner.name.slice(0, -hash.length - 1) };
      }
    }
    return { kind: owner.kind, namespace, name: owner.name };
  };
  const wanted = new Set(scope.workloads.map(workloadKey));
  const inScope = (ref) => wanted.size === 0 || wanted.has(workloadKey(ref));
  const podsByWorkload = /* @__PURE__ */ new Map();
  for (const pod of state.pods) {
    const workload = workloadOf(pod);
    if (!inScope(workload)) continue;
    const key = workloadKey(workload);
    const group = podsByWorkload.get(key) ?? { workload, pods: [] };
    group.pods.push(pod);
    podsByWorkload.set(key, group);
  }
  for (const group of podsByWorkload.values()) group.pods.sort(byName);
  const events = /* @__PURE__ */ new Map();
  for (const event of state.events) {
    const involved = event.involvedObject;
    const key = `${involved.kind}/${involved.namespace ?? event.metadata?.namespace ?? ""}/${involved.name}`;
    const list = events.get(key) ?? [];
    list.push(event);
    events.set(key, list);
  }
  for (const list of events.values()) list.sort((a, b) => (eventLastSeen(b) ?? 0) - (eventLastSeen(a) ?? 0));
  return {
    state,
    bundle: scope.bundle,
    now: scope.now?.getTime(),
    workloadOf,
    inScope,
    podsByWorkload,
    eventsFor: (kind, namespace, name, uid) => (events.get(`${kind}/${namespace}/${name}`) ?? []).filter(
      (e) => !uid || !e.involvedObject.uid || e.involvedObject.uid === uid
    )
  };
}
function controllerOf(metadata) {
  const owners = metadata?.ownerReferences ?? [];
  return owners.find((o) => o.controller) ?? owners[0];
}
function byName(a, b) {
  return (a.metadata?.name ?? "").localeCompare(b.metadata?.name ?? "", "en", { numeric: true });
}
function timeOf(value) {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? void 0 : value.getTime();
  if (typeof value === "string" && value !== "") {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? void 0 : parsed;
  }
  return void 0;
}
function formatTime(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function humanDuration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}
function timeWithAge(ms, now) {
  if (now === void 0 || ms > now) return formatTime(ms);
  return `${formatTime(ms)} (${humanDuration((now - ms) / 1e3)} before the check)`;
}
function eventLastSeen(event) {
  return timeOf(event.series?.lastObservedTime) ?? timeOf(event.lastTimestamp) ?? timeOf(event.eventTime) ?? timeOf(event.firstTimestamp) ?? timeOf(event.metadata?.creationTimestamp);
}
function eventCount(event) {
  return event.series?.count ?? event.count ?? 1;
}
function eventSeen(event, now) {
  const count = eventCount(event);
  const last = eventLastSeen(event);
  const parts = [count > 1 ? `x${count}` : "", last !== void 0 ? `last ${timeWithAge(last, now)}` : ""];
  const text = parts.filter(Boolean).join(", ");
  return text ? ` (${text})` : "";
}
function plural(count, word, many = `${word}s`) {
  return `${count} ${count === 1 ? word : many}`;
}
function quote(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE - 1)}\u2026` : line);
}
function namesCapped(names, max = MAX_LISTED) {
  if (names.length <= max) return names.join(", ");
  return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}
function rollbackCommand(ref) {
  if (!["Deployment", "StatefulSet", "DaemonSet"].includes(ref.kind)) return void 0;
  return `kubectl rollout undo ${ref.kind.toLowerCase()}/${ref.name} -n ${ref.namespace}`;
}
function largestFirst(groups, max = MAX_HINTS_PER_FAMILY) {
  return [...groups].sort((a, b) => b.size - a.size).slice(0, max);
}
function hintsPerWorkload(kind, objects, context, hintFor2) {
  const hints = [];
  for (const object of objects) {
    const ref = {
      kind,
      namespace: object.metadata?.namespace ?? "",
      name: object.metadata?.name ?? ""
    };
    if (!context.inScope(ref)) continue;
    const hint = hintFor2(object, ref, context);
    if (hint) hints.push(hint);
  }
  return hints;
}

// src/hints/live/pods.ts
var IMAGE_PULL_REASONS = /* @__PURE__ */ new Set([
  "ImagePullBackOff",
  "ErrImagePull",
  "ErrImageNeverPull",
  "InvalidImageName"
]);
var CONFIG_REASONS = /* @__PURE__ */ new Set(["CreateContainerConfigError", "CreateContainerError"]);
function containerProblems(pod) {
  const problems = [];
  const specs = /* @__PURE__ */ new Map();
  for (const c of [...pod.spec?.initContainers ?? [], ...pod.spec?.containers ?? []])
    specs.set(c.name, c);
  const scan = (statuses, init) => {
    for (const status of statuses ?? []) {
      const spec = specs.get(status.name);
      const waiting = status.state?.waiting;
      const last = status.lastState?.terminated ?? status.state?.terminated;
      const base = {
        pod,
        container: status.name,
        init,
        message: waiting?.message,
        restarts: status.restartCount ?? 0,
        last,
        memoryLimit: spec?.resources?.limits?.memory,
        image: spec?.image ?? status.image
      };
      const reason = waiting?.reason ?? "";
      if (IMAGE_PULL_REASONS.has(reason)) problems.push({ ...base, kind: "image-pull", state: reason });
      else if (CONFIG_REASONS.has(reason))
        problems.push({ ...base, kind: "pod-config-error", state: reason });
      else if (init)
        continue;
      else if (reason === "CrashLoopBackOff") {
        const oom = last?.reason === "OOMKilled";
        problems.push({ ...base, kind: oom ? "pod-oomkilled" : "pod-crashloop", state: reason });
      } else if (status.state?.running && status.restartCount > 0 && status.lastState?.terminated?.reason === "OOMKilled") {
        problems.push({ ...base, kind: "pod-oomkilled", state: "Running" });
      }
    }
  };
  scan(pod.status?.initContainerStatuses, true);
  scan(pod.status?.containerStatuses, false);
  return problems;
}
function describeExit(terminated, word = "last exit") {
  if (!terminated) return "";
  const signal = signalOf(terminated.exitCode);
  const reason = terminated.reason ?? (terminated.exitCode === 0 ? "Completed" : "Error");
  const detail = signal && reason !== "OOMKilled" ? `${reason}, killed by ${signal}` : reason;
  return `${word} ${terminated.exitCode} (${detail})`;
}
var SIGNALS = {
  1: "SIGHUP",
  2: "SIGINT",
  6: "SIGABRT",
  9: "SIGKILL",
  11: "SIGSEGV",
  15: "SIGTERM"
};
function signalOf(exitCode) {
  return exitCode > 128 ? SIGNALS[exitCode - 128] : void 0;
}
function podStateSummary(pod) {
  if (pod.metadata?.deletionTimestamp) return "Terminating";
  const status = pod.status;
  const scheduled = status?.conditions?.find((c) => c.type === "PodScheduled");
  if (status?.phase === "Pending" && scheduled?.status === "False") {
    return `Pending (${scheduled.reason ?? "not scheduled"})`;
  }
  const inits = status?.initContainerStatuses ?? [];
  const initSpecs = pod.spec?.initContainers ?? [];
  const unfinished = inits.findIndex((s, i) => !initFinished(s, initSpecs[i]));
  if (unfinished >= 0 && status?.phase === "Pending") {
    const s = inits[unfinished];
    const reason = s.state?.waiting?.reason ?? (s.state?.running ? "running" : "not started");
    return `Init:${unfinished}/${inits.length} (${s.name}: ${reason})`;
  }
  for (const s of status?.containerStatuses ?? []) {
    const reason = s.state?.waiting?.reason;
    if (reason && reason !== "ContainerCreating" && reason !== "PodInitializing") {
      const exit = describeExit(s.lastState?.terminated);
      return `${reason} (${s.name}${exit ? `: ${exit}` : ""})`;
    }
  }
  if (status?.phase === "Running") {
    const notReady = (status.containerStatuses ?? []).filter((s) => !s.ready).map((s) => s.name);
    return notReady.length > 0 ? `Running, not ready (${notReady.join(", ")})` : "Running, ready";
  }
  const phase = status?.phase ?? "Unknown";
  return status?.reason ? `${phase} (${status.reason})` : phase;
}
function initFinished(status, spec) {
  if (spec?.restartPolicy === "Always") return status.started === true || status.state?.running !== void 0;
  return status.state?.terminated?.exitCode === 0;
}
function podReady(pod) {
  return pod.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false;
}
function podHints(context) {
  const groups = /* @__PURE__ */ new Map();
  for (const { workload, pods } of context.podsByWorkload.values()) {
    for (const pod of pods) {
      for (const problem of containerProblems(pod)) {
        const key = [
          problem.kind,
          workloadKey(workload),
          problem.container,
          problem.kind === "image-pull" ? problem.image : ""
        ].join("|");
        const group = groups.get(key) ?? {
          kind: problem.kind,
          workload,
          container: problem.container,
          problems: [],
          total: pods.length,
          size: 0
        };
        group.problems.push(problem);
        group.size = group.problems.length;
        groups.set(key, group);
      }
    }
  }
  const hints = [];
  for (const kind of ["pod-oomkilled", "pod-crashloop", "image-pull", "pod-config-error"]) {
    const ofKind = [...groups.values()].filter((g) => g.kind === kind);
    for (const group of largestFirst(ofKind)) hints.push(hintFor(group, context));
  }
  return hints;
}
function hintFor(group, context) {
  switch (group.kind) {
    case "pod-oomkilled":
      return oomHint(group, context);
    case "pod-crashloop":
      return crashLoopHint(group, context);
    case "image-pull":
      return imagePullHint(group, context);
    case "pod-config-error":
      return configErrorHint(group, context);
  }
}
function subject(group, what, asIs = false) {
  const first = group.problems[0];
  const container = hasSeveralContainers(first.pod) ? ` (container ${group.container})` : "";
  if (group.problems.length === 1) return `${first.pod.metadata?.name}${container}: ${what}`;
  const count = `${group.problems.length} of ${plural(group.total, "pod")}`;
  return `${describeWorkload(group.workload)}: ${count}${container} ${asIs ? "" : "in "}${what}`;
}
function hasSeveralContainers(pod) {
  return (pod.spec?.containers?.length ?? 0) + (pod.spec?.initContainers?.length ?? 0) > 1;
}
function perPod(group, line) {
  const lines = group.problems.slice(0, MAX_LISTED).map(line);
  const rest = group.problems.slice(MAX_LISTED).map((p) => p.pod.metadata?.name ?? "");
  if (rest.length > 0)
    lines.push(`and ${plural(rest.length, "more pod")} in the same state: ${namesCapped(rest)}`);
  return lines;
}
function podLabel(problem) {
  const node = problem.pod.spec?.nodeName;
  return `${problem.pod.metadata?.name}${node ? ` on ${node}` : ""}`;
}
function lastRun(problem, context) {
  const finished = timeOf(problem.last?.finishedAt);
  return [
    `container ${problem.container} restarted ${plural(problem.restarts, "time")}`,
    describeExit(problem.last),
    finished !== void 0 ? `at ${timeWithAge(finished, context.now)}` : ""
  ].filter(Boolean).join(", ");
}
function lastWords(group) {
  const message = group.problems.find((p) => p.last?.message?.trim())?.last?.message;
  return message ? [`last termination message: ${quote(message)}`] : [];
}
function probeFailures(group, context, probe) {
  for (const problem of group.problems.slice(0, MAX_LISTED)) {
    const meta = problem.pod.metadata;
    const event = context.eventsFor("Pod", meta?.namespace ?? "", meta?.name ?? "", meta?.uid).find((e) => e.reason === "Unhealthy" && e.message?.startsWith(`${probe} probe failed`));
    if (event) return event;
  }
  return void 0;
}
function mostCommonExit(group) {
  const counts = /* @__PURE__ */ new Map();
  for (const p of group.problems) {
    if (!p.last) continue;
    const key = `${p.last.exitCode}|${p.last.reason}`;
    const entry = counts.get(key) ?? { count: 0, last: p.last };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.last;
}
function logsCommand(problem) {
  const meta = problem.pod.metadata;
  return `kubectl logs -n ${meta?.namespace} ${meta?.name} -c ${problem.container} --previous`;
}
function oomHint(group, context) {
  const first = group.problems[0];
  const limit = first.memoryLimit;
  const crashing = group.problems.some((p) => p.state === "CrashLoopBackOff");
  const limitText = limit ? `with memory limit ${limit}` : "without a memory limit";
  const title = crashing ? subject(group, `CrashLoopBackOff, ${describeExit(first.last)} ${limitText}`) : subject(
    group,
    `last run OOMKilled (exit ${first.last?.exitCode ?? 137}) ${limitText}, running again`,
    true
  );
  const fix = limit ? `fix: raise resources.limits.memory of container ${group.container} in ${describeWorkload(group.workload)} above ${limit} (and requests.memory with it), or lower the process's memory use below it (runtime heap flags such as -Xmx or --max-old-space-size must leave room under the limit)` : `fix: container ${group.container} has no memory limit, so the node ran out of memory and the kernel killed it: set resources.requests.memory (and limits.memory) to what it needs so the scheduler places it on a node with room`;
  return {
    id: "pod-oomkilled",
    title,
    evidence: [...perPod(group, (p) => `${podLabel(p)}: ${lastRun(p, context)}`), fix]
  };
}
function crashLoopHint(group, context) {
  const exit = mostCommonExit(group);
  const title = subject(group, `CrashLoopBackOff${exit ? `, ${describeExit(exit)}` : ""}`);
  const evidence = perPod(group, (p) => `${podLabel(p)}: ${lastRun(p, context)}`);
  evidence.push(...lastWords(group));
  const liveness = probeFailures(group, context, "Liveness") ?? probeFailures(group, context, "Startup");
  if (liveness) evidence.push(`kubelet: ${quote(liveness.message ?? "")}${eventSeen(liveness, context.now)}`);
  evidence.push(crashFix(group, exit, liveness !== void 0));
  return { id: "pod-crashloop", title, evidence };
}
function crashFix(group, exit, probeKills) {
  const first = group.problems[0];
  const where = `container ${group.container} of ${describeWorkload(group.workload)}`;
  const rollback = rollbackCommand(group.workload);
  const undo = rollback ? `; if it began with this release, roll back (${rollback})` : "";
  if (probeKills) {
    return `fix: the kubelet kills ${where} because its liveness/startup probe fails: fix the endpoint the probe checks, or give start-up more time (a startupProbe, or a larger initialDelaySeconds/failureThreshold)`;
  }
  if (!exit) return `fix: read why it exits (${logsCommand(first)})${undo}`;
  if (exit.exitCode === 0) {
    return `fix: ${where} exits with 0, and a ${group.workload.kind === "Pod" ? "Pod with restartPolicy Always" : group.workload.kind} restarts it forever: its command must run the server in the foreground (run-to-completion work belongs in a Job)`;
  }
  if (exit.exitCode === 127 || exit.exitCode === 126) {
    return `fix: the command of ${where} is ${exit.exitCode === 127 ? "not found in" : "not executable in"} the image: correct command/args, or the image tag`;
  }
  if (exit.reason === "StartError" || exit.reason === "ContainerCannotRun") {
    return `fix: the runtime could not start ${where} (${quote(exit.message ?? exit.reason)}): correct command/args or the image`;
  }
  const signal = signalOf(exit.exitCode);
  if (signal === "SIGKILL" || signal === "SIGTERM") {
    return `fix: ${where} was stopped from outside (${signal}) without an OOM kill or probe failure on record: read kubectl describe pod -n ${first.pod.metadata?.namespace} ${first.pod.metadata?.name} and the node's events${undo}`;
  }
  return `fix: ${where} exits with ${exit.exitCode} at run time: its log says why (${logsCommand(first)}); usually a setting, Secret or dependency the new version expects${undo}`;
}
function pullCause(reason, text) {
  if (reason === "InvalidImageName" || /invalid reference format|couldn't parse image name/i.test(text))
    return "invalid";
  if (/pull access denied|unauthorized|authentication required|\b401\b|\b403\b|forbidden|denied/i.test(text))
    return "denied";
  if (/toomanyrequests|too many requests|\b429\b|rate limit/i.test(text)) return "rate-limited";
  if (/not found|manifest unknown|name unknown|NotFound/i.test(text)) return "not-found";
  if (/x509|certificate/i.test(text)) return "tls";
  if (/i\/o timeout|no such host|connection refused|dial tcp|network is unreachable|TLS handshake timeout|deadline exceeded/i.test(
    text
  )) {
    return "unreachable";
  }
  return "unknown";
}
var PULL_CAUSE_TEXT = {
  "not-found": "not found in the registry",
  denied: "the registry refused access",
  "rate-limited": "the registry rate-limits pulls",
  unreachable: "the registry is unreachable from the node",
  tls: "the registry's certificate is not trusted",
  invalid: "the image reference is malformed",
  unknown: "pull failed"
};
function registryOf(image) {
  const first = image.split("/")[0];
  return image.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost") ? first : "docker.io";
}
function imagePullHint(group, context) {
  const first = group.problems[0];
  const image = first.image ?? "(unknown image)";
  const pullEvent = group.problems.slice(0, MAX_LISTED).flatMap(
    (p) => context.eventsFor(
      "Pod",
      p.pod.metadata?.namespace ?? "",
      p.pod.metadata?.name ?? "",
      p.pod.metadata?.uid
    )
  ).find((e) => e.reason === "Failed" && e.message?.startsWith("Failed to pull image"));
  const text = `${first.message ?? ""} ${pullEvent?.message ?? ""}`;
  const cause = pullCause(first.state, text);
  const container = first.init ? `init container ${group.container}` : `container ${group.container}`;
  const title = subject(group, `${first.state} for image ${image} (${PULL_CAUSE_TEXT[cause]})`);
  const evidence = perPod(
    group,
    (p) => `${podLabel(p)}: ${container} ${p.state}${p.message ? `: ${quote(p.message)}` : ""}`
  );
  if (pullEvent)
    evidence.push(`kubelet: ${quote(pullEvent.message ?? "")}${eventSeen(pullEvent, context.now)}`);
  const registry = registryOf(image);
  const where = `${container} of ${describeWorkload(group.workload)}`;
  const fixes = {
    "not-found": `fix: ${image} does not exist: push that tag, or correct the image of ${where}`,
    denied: `fix: ${registry} refuses the pull: add imagePullSecrets with credentials for ${registry} to the pod template (or to its ServiceAccount), or correct the repository name of ${where}`,
    "rate-limited": `fix: ${registry} rate-limits anonymous or excess pulls: pull with credentials (imagePullSecrets) or from a mirror`,
    unreachable: `fix: the nodes cannot reach ${registry}: check DNS, egress firewall or proxy settings of the nodes, or use a reachable mirror`,
    tls: `fix: the nodes do not trust the certificate of ${registry}: install its CA on the nodes' container runtime, or use a registry with a public certificate`,
    invalid: `fix: ${quote(image)} is not a valid image reference: correct the image of ${where}`,
    unknown: `fix: check the image reference and the credentials for ${registry} (kubectl describe pod shows the kubelet's pull error)`
  };
  evidence.push(fixes[cause]);
  return { id: "image-pull", title, evidence };
}
function configErrorHint(group, _context) {
  const first = group.problems[0];
  const namespace = group.workload.namespace;
  const message = first.message ?? "";
  const title = subject(group, `${first.state}${message ? `: ${message}` : ""}`);
  const evidence = perPod(
    group,
    (p) => `${podLabel(p)}: container ${p.container} ${p.state}${p.message ? `: ${quote(p.message)}` : ""}`
  );
  const missing = /\b(secret|configmap) "([^"]+)" not found/i.exec(message);
  const missingKey = /couldn't find key (\S+) in (Secret|ConfigMap) (\S+)/.exec(message);
  if (missing) {
    const kind = missing[1].toLowerCase() === "secret" ? "Secret" : "ConfigMap";
    evidence.push(
      `fix: create ${kind} ${namespace}/${missing[2]} before the pods start (or add it to the release), or mark the reference optional: true`
    );
  } else if (missingKey) {
    evidence.push(
      `fix: add key ${missingKey[1]} to ${missingKey[2]} ${missingKey[3]}, or correct the key in the container's env or volume reference`
    );
  } else if (/runAsNonRoot/.test(message)) {
    evidence.push(
      "fix: the pod requires runAsNonRoot but the image runs as root (or as a user name): set securityContext.runAsUser to a non-zero UID, or build the image with a numeric non-root USER"
    );
  } else {
    evidence.push(
      `fix: the kubelet cannot create container ${group.container}: correct what the message names`
    );
  }
  return { id: "pod-config-error", title, evidence };
}

// src/hints/live/deployments.ts
var REVISION_ANNOTATION = "deployment.kubernetes.io/revision";
function deploymentHints(context) {
  const active = context.state.deployments.filter((deployment) => !deployment.spec?.paused);
  return hintsPerWorkload("Deployment", active, context, deploymentHint);
}
function condition(deployment, type) {
  return deployment.status?.conditions?.find((c) => c.type === type);
}
function newReplicaSet(deployment, replicaSets) {
  const owned = replicaSets.filter(
    (rs) => rs.metadata?.namespace === deployment.metadata?.namespace && controllerOf(rs.metadata)?.kind === "Deployment" && controllerOf(rs.metadata)?.name === deployment.metadata?.name
  );
  const revision = deployment.metadata?.annotations?.[REVISION_ANNOTATION];
  return owned.find(
    (rs) => revision !== void 0 && rs.metadata?.annotations?.[REVISION_ANNOTATION] === revision
  ) ?? [...owned].sort(
    (a, b) => (timeOf(b.metadata?.creationTimestamp) ?? 0) - (timeOf(a.metadata?.creationTimestamp) ?? 0)
  )[0];
}
function summarizePods(pods) {
  const counts = /* @__PURE__ */ new Map();
  for (const pod of pods) {
    const state = podStateSummary(pod);
    counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([state, count]) => `${count} ${state}`).join(", ");
}
function deploymentHint(deployment, ref, context) {
  const status = deployment.status ?? {};
  const progressing = condition(deployment, "Progressing");
  const replicaFailure = condition(deployment, "ReplicaFailure");
  const failing = replicaFailure?.status === "True";
  const stuck = progressing?.status === "False" && progressing.reason === "ProgressDeadlineExceeded";
  const desired = deployment.spec?.replicas ?? 1;
  const unavailable = status.unavailableReplicas ?? 0;
  if (!stuck && unavailable === 0 && !failing) return void 0;
  const rs = newReplicaSet(deployment, context.state.replicaSets);
  const rsName = rs?.metadata?.name;
  const pods = context.podsByWorkload.get(workloadKey(ref))?.pods ?? [];
  const newPods = rsName ? pods.filter((p) => controllerOf(p.metadata)?.name === rsName) : [];
  const counts = `${desired} desired, ${status.updatedReplicas ?? 0} updated, ${status.readyReplicas ?? 0} ready, ${status.availableReplicas ?? 0} available, ${unavailable} unavailable`;
  const evidence = [];
  if (stuck) {
    const since = timeOf(progressing.lastUpdateTime ?? progressing.lastTransitionTime);
    evidence.push(
      `condition Progressing=False ProgressDeadlineExceeded: ${quote(progressing.message ?? "")}${since !== void 0 ? ` at ${timeWithAge(since, context.now)}` : ""} (progressDeadlineSeconds ${deployment.spec?.progressDeadlineSeconds ?? 600})`
    );
  }
  evidence.push(`replicas: ${counts}`);
  if (rsName) {
    const revision = rs?.metadata?.annotations?.[REVISION_ANNOTATION];
    const label = `new ReplicaSet ${rsName}${revision ? ` (revision ${revision})` : ""}`;
    evidence.push(
      newPods.length > 0 ? `pods of ${label}: ${summarizePods(newPods)}` : `${label} has no pods`
    );
  }
  const older = pods.filter((p) => !newPods.includes(p));
  if (older.length > 0) evidence.push(`pods of older ReplicaSets: ${summarizePods(older)}`);
  if (failing)
    evidence.push(
      `condition ReplicaFailure=True ${replicaFailure.reason ?? ""}: ${quote(replicaFailure.message ?? "")}`
    );
  const readiness = readinessFailure(newPods.length > 0 ? newPods : pods, context);
  if (readiness) evidence.push(readiness);
  evidence.push(
    deploymentFix(ref, rsName, failing ? replicaFailure : void 0, newPods, readiness !== void 0)
  );
  const title = stuck ? `${describeWorkload(ref)}: rollout stuck, ${(progressing.message ?? "progress deadline exceeded").replace(/\.$/, "")} (${status.updatedReplicas ?? 0} of ${desired} updated, ${status.availableReplicas ?? 0} available)` : failing && unavailable === 0 ? `${describeWorkload(ref)}: ReplicaSet cannot create pods (${replicaFailure.reason ?? "ReplicaFailure"})` : `${describeWorkload(ref)}: ${unavailable} of ${plural(desired, "replica")} unavailable`;
  return { id: stuck ? "rollout-stuck" : "deployment-unavailable", title, evidence };
}
function readinessFailure(pods, context) {
  for (const pod of pods) {
    if (pod.status?.phase !== "Running" || podReady(pod)) continue;
    const meta = pod.metadata;
    const event = context.eventsFor("Pod", meta?.namespace ?? "", meta?.name ?? "", meta?.uid).find((e) => e.reason === "Unhealthy" && e.message?.startsWith("Readiness probe failed"));
    if (event) return `${meta?.name}: kubelet: ${quote(event.message ?? "")}${eventSeen(event, context.now)}`;
  }
  return void 0;
}
function deploymentFix(ref, rsName, replicaFailure, newPods, readinessFails) {
  const rollback = rollbackCommand(ref);
  if (replicaFailure) {
    const message = replicaFailure.message ?? "";
    if (/exceeded quota/.test(message)) {
      return `fix: the namespace's ResourceQuota refuses the new pods: raise the quota, or lower the requests/limits of ${describeWorkload(ref)}`;
    }
    if (/violates PodSecurity/.test(message)) {
      return `fix: the namespace's Pod Security level refuses the pods: set the securityContext fields the message names in the pod template of ${describeWorkload(ref)}`;
    }
    return `fix: the API server refuses the new pods of ${rsName ?? describeWorkload(ref)}: change what the ReplicaFailure message names (quota, admission policy, ServiceAccount)`;
  }
  const running = newPods.length > 0 && newPods.every((p) => p.status?.phase === "Running");
  if (running && readinessFails) {
    return `fix: the new pods run but never pass their readiness probe: fix the endpoint it checks or the probe's path/port${rollback ? `; to restore the previous version now: ${rollback}` : ""}`;
  }
  return `fix: the pods of ${rsName ? `ReplicaSet ${rsName}` : describeWorkload(ref)} do not become available; the pod hints say why${rollback ? `; to restore the previous version now: ${rollback}` : ""}`;
}

export {
  MAX_LISTED,
  MAX_HINTS_PER_FAMILY,
  workloadKey,
  describeWorkload,
  createLiveContext,
  controllerOf,
  timeOf,
  formatTime,
  humanDuration,
  timeWithAge,
  eventSeen,
  plural,
  quote,
  namesCapped,
  rollbackCommand,
  largestFirst,
  hintsPerWorkload,
  describeExit,
  podStateSummary,
  initFinished,
  podReady,
  podHints,
  deploymentHints,
  newReplicaSet,
  summarizePods
};
