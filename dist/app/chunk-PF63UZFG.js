import {
  verdictReason
} from "./chunk-LTOCDNL4.js";
import {
  render,
  writeReport
} from "./chunk-O4EPJCPJ.js";
import {
  HOOK_MAX_DURATION_SECONDS,
  alertFactor,
  budgetPeriodAt,
  clean,
  combineVerdict,
  compareFindings,
  exitCodeFor,
  findingAction,
  manifestsRelativeToConfig,
  placeFinding,
  queriesFor,
  ratioSeries,
  readableRate,
  runGate,
  startDeadline,
  validateOptionsFor,
  windowsToMeasure
} from "./chunk-GPPTG3HG.js";
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
  rule4 as rule,
  rule5 as rule2,
  secretsCreatedInBundle
} from "./chunk-EONDMRCW.js";
import {
  UsageError,
  parseDuration,
  redact,
  registerSecret
} from "./chunk-QJ3UJW64.js";
import {
  asLabelSelector,
  describeSelector,
  isRecord,
  mapSelectorMatches,
  stringMap
} from "./chunk-YNQBFZTT.js";

// src/gate/hook.ts
import { existsSync } from "node:fs";

// src/argocd/application.ts
function parseApplication(body) {
  const app = asObject(body);
  const metadata = asObject(app.metadata);
  const status = asObject(app.status);
  const candidates = [
    [
      "status.operationState.operation.sync",
      asObject(asObject(asObject(status.operationState).operation).sync)
    ],
    ["operation.sync", asObject(asObject(app.operation).sync)],
    ["status.sync", asObject(status.sync)]
  ];
  let syncRevision = { from: "none" };
  for (const [from, sync] of candidates) {
    const revisions = stringList(sync.revisions);
    if (revisions) {
      syncRevision = { revisions, from };
      break;
    }
    if (typeof sync.revision === "string" && sync.revision) {
      syncRevision = { revision: sync.revision, from };
      break;
    }
  }
  return {
    uid: text(metadata.uid),
    name: text(metadata.name),
    namespace: text(metadata.namespace),
    syncRevision
  };
}
function describeRevision(revision) {
  if (revision.revisions) return revision.revisions.join(", ");
  return revision.revision ?? "the spec's targetRevision";
}
function stringList(value) {
  if (!Array.isArray(value) || value.length === 0) return void 0;
  return value.every((v) => typeof v === "string") ? value : void 0;
}
function asObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function text(value) {
  return typeof value === "string" && value ? value : void 0;
}

// src/argocd/client.ts
import { readFile } from "node:fs/promises";
import https from "node:https";
import axios from "../vendor/axios.js";

// src/argocd/managed-resources.ts
function parseManagedResources(body) {
  const result = { resources: [], problems: [] };
  const items = isObject(body) && Array.isArray(body.items) ? body.items : void 0;
  if (!items) {
    if (isObject(body) && body.items === void 0) return result;
    result.problems.push("the answer has no items list");
    return result;
  }
  for (const item of items) {
    if (!isObject(item)) continue;
    const resource = {
      group: text2(item.group),
      kind: text2(item.kind),
      namespace: text2(item.namespace),
      name: text2(item.name),
      hook: item.hook === true
    };
    const label = `${resource.kind} ${resource.namespace ? `${resource.namespace}/` : ""}${resource.name}`;
    for (const field of ["targetState", "liveState"]) {
      const state = item[field];
      if (state === void 0 || state === null || state === "" || state === "null") continue;
      const object = typeof state === "string" ? parseJson(state) : state;
      if (!isObject(object)) {
        result.problems.push(`${label}: ${field} is not a JSON object`);
        continue;
      }
      if (field === "targetState") resource.target = object;
      else resource.live = object;
    }
    result.resources.push(resource);
  }
  return result;
}
function parseJson(text4) {
  try {
    return JSON.parse(text4);
  } catch {
    return void 0;
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function text2(value) {
  return typeof value === "string" ? value : "";
}

// src/argocd/manifests.ts
var HOOK_ANNOTATIONS = ["argocd.argoproj.io/hook", "helm.sh/hook"];
function parseManifestResponse(body) {
  const result = { documents: [], problems: [] };
  const manifests = typeof body === "object" && body !== null ? body.manifests : void 0;
  if (manifests === void 0) return result;
  if (!Array.isArray(manifests)) {
    result.problems.push("the answer has no manifests list");
    return result;
  }
  manifests.forEach((manifest, index) => {
    const object = typeof manifest === "string" ? parseJson2(manifest) : manifest;
    if (!isObject2(object)) {
      result.problems.push(`manifest ${index + 1} is not a JSON object`);
      return;
    }
    if (!isHook(object)) result.documents.push(object);
  });
  return result;
}
function isHook(object) {
  const metadata = object.metadata;
  const annotations = isObject2(metadata) && isObject2(metadata.annotations) ? metadata.annotations : {};
  return HOOK_ANNOTATIONS.some((name) => typeof annotations[name] === "string" && annotations[name] !== "");
}
function parseJson2(text4) {
  try {
    return JSON.parse(text4);
  } catch {
    return void 0;
  }
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/argocd/client.ts
var ArgoCdError = class extends Error {
  name = "ArgoCdError";
};
var DEFAULT_TIMEOUT_MS = 15e3;
var MAX_ANSWER_BYTES = 64 * 1024 * 1024;
function argoCdBaseUrl(server) {
  const trimmed = server.trim().replace(/\/+$/, "");
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}
function applicationUrl(options, suffix = "", query = []) {
  const url = new URL(
    `${argoCdBaseUrl(options.server)}/api/v1/applications/${encodeURIComponent(options.app)}${suffix}`
  );
  if (options.appNamespace) url.searchParams.set("appNamespace", options.appNamespace);
  for (const [name, value] of query) url.searchParams.append(name, value);
  return url.toString();
}
function managedResourcesUrl(options) {
  return applicationUrl(options, "/managed-resources");
}
function manifestsUrl(options, revision) {
  const query = revision.revisions !== void 0 ? revision.revisions.flatMap((r, i) => [
    ["sourcePositions", String(i + 1)],
    ["revisions", r]
  ]) : revision.revision ? [["revision", revision.revision]] : [];
  return applicationUrl(options, "/manifests", query);
}
async function fetchApplication(options) {
  return parseApplication(await getJson(options, applicationUrl(options)));
}
async function fetchManifests(options, revision) {
  return parseManifestResponse(await getJson(options, manifestsUrl(options, revision)));
}
async function fetchManagedResources(options) {
  return parseManagedResources(await getJson(options, managedResourcesUrl(options)));
}
async function getJson(options, url) {
  const token = await readToken(options);
  const where = `Argo CD at ${argoCdBaseUrl(options.server)}`;
  let caCert;
  if (options.caFile) {
    try {
      caCert = await readFile(options.caFile);
    } catch (error) {
      throw new ArgoCdError(`cannot read the Argo CD CA file ${options.caFile} (${codeOf(error)})`);
    }
  }
  const maxBytes = options.maxAnswerBytes ?? MAX_ANSWER_BYTES;
  let response;
  try {
    response = await axios.get(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json", "User-Agent": "slo-gate" },
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      // Every status is judged below, so axios errors (which carry the headers, token included) never escape.
      validateStatus: () => true,
      responseType: "text",
      transformResponse: (data) => data,
      httpsAgent: new https.Agent({ rejectUnauthorized: !options.insecure, ca: caCert }),
      maxRedirects: 0,
      proxy: false,
      maxContentLength: maxBytes
    });
  } catch (error) {
    if (/maxContentLength/.test(error.message))
      throw new ArgoCdError(
        `${where} answered with more than the ${Math.round(maxBytes / 1024)} KiB the gate reads from it`
      );
    throw new ArgoCdError(`${where} did not answer (${networkReason(error)})`);
  }
  const body = parseBody(response.data);
  if (response.status === 200) {
    if (body === void 0) throw new ArgoCdError(`${where} answered with something that is not JSON`);
    return body;
  }
  throw new ArgoCdError(describeStatus(response.status, body, options.app, where));
}
async function readToken(options) {
  const token = await tokenOf(options);
  registerSecret(token);
  return token;
}
async function tokenOf(options) {
  if (options.token?.trim()) return options.token.trim();
  if (options.tokenFile) {
    let text4;
    try {
      text4 = await readFile(options.tokenFile, "utf8");
    } catch (error) {
      throw new ArgoCdError(`cannot read the Argo CD token file ${options.tokenFile} (${codeOf(error)})`);
    }
    if (text4.trim()) return text4.trim();
    throw new ArgoCdError(`the Argo CD token file ${options.tokenFile} is empty`);
  }
  throw new ArgoCdError("no Argo CD token: set ARGOCD_TOKEN or ARGOCD_TOKEN_FILE (a mounted Secret)");
}
function parseBody(data) {
  if (typeof data !== "string") return data;
  try {
    return JSON.parse(data);
  } catch {
    return void 0;
  }
}
function describeStatus(status, body, app, where) {
  const message = typeof body === "object" && body !== null && typeof body.message === "string" ? oneLine(body.message) : "";
  const said = message ? `: ${message}` : "";
  if (status === 401) {
    return `${where} rejected the token (HTTP 401${said}); create a new one with \`argocd account generate-token\` or \`argocd proj role create-token\``;
  }
  if (status === 403) {
    return `${where} denied reading application ${app} (HTTP 403${said}); the token's account needs \`applications, get, <project>/${app}, allow\` in argocd-rbac-cm, or the application does not exist`;
  }
  if (status === 404) return `${where} has no application ${app} (HTTP 404${said})`;
  return `${where} answered HTTP ${status}${said}`;
}
function oneLine(text4, max = 200) {
  const flat = text4.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function codeOf(error) {
  return error.code ?? "unreadable";
}
function networkReason(error) {
  const code = error.code ?? error.cause?.code;
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host not found";
    case "ECONNABORTED":
    case "ETIMEDOUT":
      return "timed out";
    case "ECONNRESET":
      return "connection reset";
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "SELF_SIGNED_CERT_IN_CHAIN":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
      return `TLS certificate not trusted (${code}): give ARGOCD_CA_FILE, or ARGOCD_INSECURE=true`;
    default:
      return code ?? "network error";
  }
}

// src/argocd/live.ts
import { ObjectSerializer } from "../vendor/@kubernetes/client-node/dist/serializer.js";
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

// src/cluster/kubeconfig.ts
import { KubeConfig } from "../vendor/@kubernetes/client-node.js";
import { readFileSync } from "node:fs";
function loadKubeConfig(options = {}) {
  const kc = new KubeConfig();
  const source = options.file ?? process.env.KUBECONFIG ?? "the default kubeconfig";
  try {
    if (options.file) kc.loadFromFile(options.file);
    else kc.loadFromDefault();
  } catch (error) {
    throw new UsageError(`cannot load the kubeconfig: ${error.message.split("\n")[0]}`, {
      file: source,
      fix: "point KUBECONFIG at a valid kubeconfig, or run inside the cluster with a service account"
    });
  }
  if (options.context) {
    if (!kc.getContextObject(options.context)) {
      const known = kc.getContexts().map((c) => c.name);
      throw new UsageError(`no context "${options.context}" in the kubeconfig`, {
        file: source,
        fix: `use one of: ${known.join(", ") || "(none defined)"}`
      });
    }
    kc.setCurrentContext(options.context);
  }
  registerCredentials(kc);
  return kc;
}
function registerCredentials(kc) {
  const user = kc.getCurrentUser();
  if (!user) return;
  registerSecret(user.token);
  registerSecret(user.password);
  registerSecret(user.keyData);
  const provider = user.authProvider?.config ?? {};
  if (typeof provider["access-token"] === "string") registerSecret(provider["access-token"]);
  const tokenFile = provider.tokenFile;
  if (typeof tokenFile === "string") {
    try {
      registerSecret(readFileSync(tokenFile, "utf8").trim());
    } catch {
    }
  }
}

// src/cluster/read.ts
import {
  AppsV1Api,
  CoreV1Api,
  DiscoveryV1Api,
  NetworkingV1Api,
  setHeaderOptions,
  StorageV1Api
} from "../vendor/@kubernetes/client-node.js";
import pLimit from "../vendor/p-limit.js";

// src/cluster/request.ts
import {
  Observable,
  ResponseContext
} from "../vendor/@kubernetes/client-node.js";
var DEFAULT_TIMEOUT_MS2 = 1e4;
function withSignal(signal, extra) {
  return {
    ...extra,
    middleware: [
      ...extra?.middleware ?? [],
      {
        pre: (context) => {
          context.setSignal(signal);
          return new Observable(Promise.resolve(context));
        },
        post: (response) => new Observable(Promise.resolve(response))
      }
    ],
    middlewareMergeStrategy: "append"
  };
}
var MAX_ANSWER_BYTES2 = 32 * 1024 * 1024;
var UnreadableAnswer = class extends Error {
  name = "UnreadableAnswer";
};
function withAnswerChecks(checks, extra) {
  return {
    ...extra,
    middleware: [
      ...extra?.middleware ?? [],
      {
        pre: (context) => new Observable(Promise.resolve(context)),
        post: (response) => new Observable(checkedAnswer(response, checks))
      }
    ],
    middlewareMergeStrategy: "append"
  };
}
async function checkedAnswer(response, checks) {
  const maxBytes = checks.maxBytes ?? MAX_ANSWER_BYTES2;
  const text4 = await readCapped(response, maxBytes);
  const ok = response.httpStatusCode >= 200 && response.httpStatusCode < 300;
  if (checks.list && ok) {
    const items = listItems(text4, response.headers["content-type"]);
    const body = JSON.stringify({ ...JSON.parse(text4), items });
    return new ResponseContext(response.httpStatusCode, response.headers, textBody(body));
  }
  return new ResponseContext(response.httpStatusCode, response.headers, textBody(text4));
}
function textBody(text4) {
  return {
    text: () => Promise.resolve(text4),
    binary: () => Promise.resolve(Buffer.from(text4)),
    stream: () => null
  };
}
function formatBytes(bytes) {
  const units = ["bytes", "KiB", "MiB", "GiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Math.round(value * 10) / 10} ${units[unit]}`;
}
async function readCapped(response, maxBytes) {
  const tooLarge = () => new UnreadableAnswer(`larger than the ${formatBytes(maxBytes)} the gate reads from the API server`);
  const declared = Number(response.headers["content-length"]);
  const stream = response.body.stream();
  if (Number.isFinite(declared) && declared > maxBytes) {
    await stream?.cancel();
    throw tooLarge();
  }
  if (!stream) return response.body.text();
  const chunks = [];
  let size = 0;
  const reader = stream.getReader();
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function listItems(text4, contentType) {
  if (!contentType || !/\bjson\b/i.test(contentType))
    throw new UnreadableAnswer(
      `not JSON but ${contentType ? contentType.split(";")[0] : "an answer without a content type"}`
    );
  let parsed;
  try {
    parsed = JSON.parse(text4);
  } catch {
    throw new UnreadableAnswer("not valid JSON");
  }
  const items = parsed?.items;
  if (items === void 0 || items === null) {
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return [];
    throw new UnreadableAnswer("not a list of objects");
  }
  if (!Array.isArray(items) || !items.every(isObject3)) throw new UnreadableAnswer("not a list of objects");
  return items.map((item) => withoutNullEntries(item));
}
var isObject3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function withoutNullEntries(value) {
  if (Array.isArray(value)) return value.filter((entry) => entry !== null).map(withoutNullEntries);
  if (isObject3(value))
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withoutNullEntries(field)]));
  return value;
}
var NETWORK_CODES = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "DNS lookup failed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  UND_ERR_SOCKET: "connection closed",
  CERT_HAS_EXPIRED: "TLS certificate expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed TLS certificate",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "TLS certificate not trusted",
  SELF_SIGNED_CERT_IN_CHAIN: "TLS certificate not trusted"
};
function statusMessage(body) {
  const text4 = typeof body === "string" ? body : body === void 0 ? "" : JSON.stringify(body);
  try {
    const parsed = JSON.parse(text4);
    if (parsed && typeof parsed.message === "string") return parsed.message;
  } catch {
  }
  return void 0;
}
function errorCode(error) {
  let current = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = current.code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return void 0;
}
function classifyFailure(error) {
  if (error instanceof UnreadableAnswer) return { kind: "unreadable", detail: error.message };
  const name = error?.name;
  if (name === "TimeoutError" || name === "AbortError")
    return { kind: "timeout", detail: "no answer in time" };
  const status = error?.code;
  if (typeof status === "number" && "body" in error) {
    const message = statusMessage(error.body);
    const detail = message ? `HTTP ${status}: ${message}` : `HTTP ${status}`;
    if (status === 403) return { kind: "forbidden", code: status, detail };
    if (status === 404) return { kind: "not-found", code: status, detail };
    if (status === 401)
      return { kind: "unauthorized", code: status, detail: "HTTP 401: the credentials were rejected" };
    if (status >= 500) return { kind: "server-error", code: status, detail };
    return { kind: "rejected", code: status, detail };
  }
  const code = errorCode(error);
  if (code && NETWORK_CODES[code]) return { kind: "unreachable", detail: `${NETWORK_CODES[code]} (${code})` };
  if (error instanceof TypeError && /fetch failed/.test(error.message)) {
    const cause = error.cause?.message;
    return { kind: "unreachable", detail: cause ?? "fetch failed" };
  }
  if (error instanceof TypeError)
    return { kind: "unreadable", detail: `not in the shape Kubernetes sends (${error.message})` };
  return { kind: "other", detail: error instanceof Error ? error.message : String(error) };
}
function formatMs(ms) {
  return ms < 1e3 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
function serverOf(kc) {
  const server = kc.getCurrentCluster()?.server;
  if (!server) return "the API server (no cluster in the kubeconfig)";
  try {
    return new URL(server).origin;
  } catch {
    return "the API server";
  }
}

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
    case "unreadable":
      return `the API server's answer for ${read.label} was ${failure.detail}: live ${singular(read.resource)} signals not checked`;
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
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS2;
  const namespaces = [...new Set(scope.namespaces)];
  const state = emptyLiveState(namespaces);
  const server = serverOf(kc);
  const started = Date.now();
  let apis;
  try {
    apis = {
      core: kc.makeApiClient(CoreV1Api),
      apps: kc.makeApiClient(AppsV1Api),
      discovery: kc.makeApiClient(DiscoveryV1Api),
      networking: kc.makeApiClient(NetworkingV1Api),
      storage: kc.makeApiClient(StorageV1Api)
    };
  } catch (error) {
    return unreadLiveState(
      namespaces,
      `live cluster signals skipped: no usable kubeconfig (${error.message})`
    );
  }
  const { core, apps, discovery, networking, storage } = apis;
  const reads = [];
  const namespaced = (resource, group, namespace, fetch2, store) => reads.push({
    key: unreadableKey(resource, namespace),
    resource,
    group,
    namespace,
    label: `${resource} in ${namespace}`,
    fetch: fetch2,
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
      async (o) => (await core.listNamespacedSecret({ namespace }, setHeaderOptions("Accept", METADATA_ONLY_ACCEPT, o))).items,
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
  const callOptions2 = withAnswerChecks(
    { list: true, maxBytes: options.maxAnswerBytes },
    withSignal(deadline)
  );
  const limit = pLimit(options.concurrency ?? 8);
  const run = (batch) => Promise.all(
    batch.map(
      (read) => limit(async () => {
        try {
          return { read, items: await read.fetch(callOptions2) ?? [] };
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
  const details = new Set(failed.map((f) => f.failure.kind === "unreadable" ? f.failure.detail : ""));
  if (failed.length >= readCount && details.size === 1 && !details.has("")) {
    state.notes.push(
      `live cluster signals skipped: every answer of ${context.server} was ${[...details][0]}`
    );
    return;
  }
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
function unreadLiveState(namespaces, note) {
  const state = emptyLiveState(namespaces);
  if (note) state.notes.push(note);
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
  return state;
}
function singular(resource) {
  return resource.replace(/(ss)es$|s$/, "$1");
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

// src/cluster/write.ts
import { hostname } from "node:os";
import {
  AppsV1Api as AppsV1Api2,
  CoreV1Api as CoreV1Api2,
  CustomObjectsApi,
  PatchStrategy,
  setHeaderOptions as setHeaderOptions2
} from "../vendor/@kubernetes/client-node.js";
var VERDICT_ANNOTATION = "slo-gate.dev/verdict";
var REPORTING_COMPONENT = "slo-gate";
var EVENT_MESSAGE_LIMIT_BYTES = 1024;
var EVENT_REASONS = {
  pass: "SloGatePassed",
  warn: "SloGateWarned",
  block: "SloGateBlocked"
};
var NOTICE_PREFIX = "notice.argocd.argoproj.io/";
var NOTICE_ANNOTATIONS = {
  content: `${NOTICE_PREFIX}content`,
  severity: `${NOTICE_PREFIX}severity`,
  url: `${NOTICE_PREFIX}url`,
  permanent: `${NOTICE_PREFIX}permanent`
};
var NOTICE_CONTENT_LIMIT = 500;
function truncateUtf8(text4, limit) {
  if (Buffer.byteLength(text4) <= limit) return text4;
  const ellipsis = "\u2026";
  let budget = limit - Buffer.byteLength(ellipsis);
  let cut = "";
  for (const ch of text4) {
    const size = Buffer.byteLength(ch);
    if (size > budget) break;
    budget -= size;
    cut += ch;
  }
  return cut + ellipsis;
}
function verdictEvent(target, verdict, message, now) {
  const suffix = (BigInt(now.getTime()) * 1000000n).toString(16);
  const name = `${target.name.slice(0, 253 - suffix.length - 1)}.${suffix}`;
  return {
    apiVersion: "v1",
    kind: "Event",
    metadata: { name, namespace: target.namespace },
    involvedObject: {
      apiVersion: target.apiVersion,
      kind: target.kind,
      name: target.name,
      namespace: target.namespace,
      ...target.uid ? { uid: target.uid } : {}
    },
    reason: EVENT_REASONS[verdict],
    message: truncateUtf8(redact(message), EVENT_MESSAGE_LIMIT_BYTES),
    type: verdict === "pass" ? "Normal" : "Warning",
    source: { component: REPORTING_COMPONENT },
    reportingComponent: REPORTING_COMPONENT,
    // In a Job this is the pod name, which is what `kubectl describe` should point at.
    reportingInstance: process.env.HOSTNAME || hostname(),
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1
  };
}
function writeWarning(action, error, permission, kc, timeoutMs) {
  const failure = classifyFailure(error);
  switch (failure.kind) {
    case "forbidden":
      return `could not ${action}: forbidden (needs ${permission})`;
    case "not-found":
      return `could not ${action}: not found (${failure.detail})`;
    case "timeout":
      return `could not ${action}: ${serverOf(kc)} did not answer within ${formatMs(timeoutMs)}`;
    case "unreachable":
      return `could not ${action}: ${serverOf(kc)} is unreachable: ${failure.detail}`;
    case "unauthorized":
      return `could not ${action}: ${serverOf(kc)} rejected the credentials (HTTP 401)`;
    default:
      return `could not ${action}: ${failure.detail}`;
  }
}
function callOptions(timeoutMs, extra) {
  return withSignal(AbortSignal.timeout(timeoutMs), extra);
}
function mergePatchOptions(timeoutMs) {
  return callOptions(timeoutMs, setHeaderOptions2("Content-Type", PatchStrategy.MergePatch));
}
async function recordEvent(kc, target, verdict, message, options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS2;
  const action = `record the Event on ${target.kind} ${target.namespace}/${target.name}`;
  try {
    const core = kc.makeApiClient(CoreV1Api2);
    const body = verdictEvent(target, verdict, message, options.now ?? /* @__PURE__ */ new Date());
    await core.createNamespacedEvent({ namespace: target.namespace, body }, callOptions(timeoutMs));
    return void 0;
  } catch (error) {
    return writeWarning(action, error, `create on events in namespace ${target.namespace}`, kc, timeoutMs);
  }
}
async function annotateDeployments(kc, refs, verdict, options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS2;
  const body = { metadata: { annotations: { [VERDICT_ANNOTATION]: verdict } } };
  let apps;
  let patchOptions;
  try {
    apps = kc.makeApiClient(AppsV1Api2);
    patchOptions = mergePatchOptions(timeoutMs);
  } catch (error) {
    return [writeWarning("annotate Deployments", error, "a usable kubeconfig", kc, timeoutMs)];
  }
  const results = await Promise.all(
    refs.map(async (ref) => {
      try {
        await apps.patchNamespacedDeployment(
          { namespace: ref.namespace, name: ref.name, body },
          patchOptions
        );
        return void 0;
      } catch (error) {
        return writeWarning(
          `annotate Deployment ${ref.namespace}/${ref.name}`,
          error,
          `patch on deployments.apps in namespace ${ref.namespace}`,
          kc,
          timeoutMs
        );
      }
    })
  );
  return results.filter((warning) => warning !== void 0);
}
function noticePatch(notice) {
  const annotations = {
    [NOTICE_ANNOTATIONS.content]: notice ? truncateChars(notice.content, NOTICE_CONTENT_LIMIT) : null,
    [NOTICE_ANNOTATIONS.severity]: notice ? notice.severity : null,
    // null removes what an earlier run set, so a stale link or permanence never lingers.
    [NOTICE_ANNOTATIONS.url]: notice?.url && /^https?:\/\//.test(notice.url) ? notice.url : null,
    [NOTICE_ANNOTATIONS.permanent]: notice?.permanent ? "true" : null
  };
  return { metadata: { annotations } };
}
function truncateChars(text4, limit) {
  const chars = [...text4];
  return chars.length <= limit ? text4 : `${chars.slice(0, limit - 1).join("")}\u2026`;
}
function noticeForVerdict(verdict, reason, url) {
  if (verdict === "pass") return null;
  return verdict === "block" ? {
    content: `slo-gate blocked the sync: ${reason}`,
    severity: "critical",
    permanent: true,
    ...url ? { url } : {}
  } : { content: `slo-gate warns: ${reason}`, severity: "warning", ...url ? { url } : {} };
}
async function readApplicationUid(kc, namespace, name, options = {}) {
  try {
    const custom = kc.makeApiClient(CustomObjectsApi);
    const application = await custom.getNamespacedCustomObject(
      { group: "argoproj.io", version: "v1alpha1", namespace, plural: "applications", name },
      callOptions(options.timeoutMs ?? DEFAULT_TIMEOUT_MS2)
    );
    const uid = application.metadata?.uid;
    return typeof uid === "string" && uid ? uid : void 0;
  } catch {
    return void 0;
  }
}
async function annotateApplication(kc, namespace, name, notice, options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS2;
  try {
    const custom = kc.makeApiClient(CustomObjectsApi);
    await custom.patchNamespacedCustomObject(
      {
        group: "argoproj.io",
        version: "v1alpha1",
        namespace,
        plural: "applications",
        name,
        body: noticePatch(notice)
      },
      mergePatchOptions(timeoutMs)
    );
    return void 0;
  } catch (error) {
    return writeWarning(
      `set the notice on Application ${namespace}/${name}`,
      error,
      `patch on applications.argoproj.io in namespace ${namespace}`,
      kc,
      timeoutMs
    );
  }
}

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
    const list3 = events.get(key) ?? [];
    list3.push(event);
    events.set(key, list3);
  }
  for (const list3 of events.values()) list3.sort((a, b) => (eventLastSeen(b) ?? 0) - (eventLastSeen(a) ?? 0));
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
  const text4 = parts.filter(Boolean).join(", ");
  return text4 ? ` (${text4})` : "";
}
function plural(count, word, many = `${word}s`) {
  return `${count} ${count === 1 ? word : many}`;
}
function quote(text4) {
  const line = text4.replace(/\s+/g, " ").trim();
  return JSON.stringify(line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE - 1)}\u2026` : line);
}
function namesCapped(names2, max = MAX_LISTED) {
  if (names2.length <= max) return names2.join(", ");
  return `${names2.slice(0, max).join(", ")} and ${names2.length - max} more`;
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
      const condition2 = pod.status.conditions?.find((c) => c.type === "PodScheduled" && c.status === "False");
      const message = event?.message ?? condition2?.message;
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
    const names2 = namesCapped(pods.map((p) => p.pod.metadata?.name ?? ""));
    evidence.push(`${names2}: scheduler: ${quote(summary)}${pods[0].seen}`);
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
  const text4 = dominant?.text ?? "";
  const insufficient = /^Insufficient (\S+)/.exec(text4);
  if (insufficient) {
    const resource = insufficient[1];
    return `fix: no node has ${resource} left for the pods' requests: lower resources.requests.${resource} of ${where}, free capacity, or add nodes (a cluster autoscaler adds them only when a node group can fit one pod)`;
  }
  const taint = /untolerated taint \{([^:}]*):\s*([^}]*)\}|had taints? that the pod didn't tolerate/.exec(
    text4
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
    text4
  )) {
    const selector = pod.spec?.nodeSelector;
    const shown2 = selector && Object.keys(selector).length > 0 ? ` (nodeSelector ${Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(",")})` : "";
    return `fix: no node has the labels the pods require${shown2}: correct nodeSelector/nodeAffinity of ${where}, or label nodes to match`;
  }
  if (/anti-affinity/.test(text4)) {
    return `fix: required pod anti-affinity of ${where} allows one pod per topology domain and every domain is taken: add nodes (or zones), lower replicas, or make the rule preferredDuringSchedulingIgnoredDuringExecution`;
  }
  if (/pod affinity/.test(text4)) {
    return `fix: no node runs the pods that the required pod affinity of ${where} asks to sit next to: check its labelSelector and namespaces`;
  }
  if (/topology spread/.test(text4)) {
    return `fix: the topologySpreadConstraints of ${where} cannot be met (whenUnsatisfiable: DoNotSchedule): add nodes in the missing domains, make sure nodes carry the topologyKey label, or use ScheduleAnyway`;
  }
  if (/unbound immediate PersistentVolumeClaims|didn't find available persistent volumes|persistentvolumeclaim "[^"]*" not found/.test(
    text4
  )) {
    return "fix: a PersistentVolumeClaim of the pods is not bound: check that its StorageClass exists and provisions (kubectl describe pvc), or that a matching PersistentVolume exists";
  }
  if (/volume node affinity conflict|no available volume zone/.test(text4)) {
    return "fix: the pods' volumes live in a zone where no node fits: add nodes in that zone, or use a StorageClass with volumeBindingMode: WaitForFirstConsumer";
  }
  if (/exceed max volume count/.test(text4))
    return "fix: the nodes have reached their attachable-volume limit: add nodes or use fewer volumes per node";
  if (/were unschedulable/.test(text4))
    return "fix: the nodes are cordoned (unschedulable): uncordon them or add nodes";
  if (/didn't have free ports/.test(text4))
    return `fix: the hostPort of ${where} is taken on every node: drop hostPort or run fewer pods than nodes`;
  if (/Too many pods|Insufficient pods/.test(text4))
    return "fix: the nodes are at their pod limit (maxPods): add nodes";
  return `fix: the scheduler's message above names what no node satisfies; change that in the pod template of ${where} or in the nodes`;
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
function pullCause(reason, text4) {
  if (reason === "InvalidImageName" || /invalid reference format|couldn't parse image name/i.test(text4))
    return "invalid";
  if (/pull access denied|unauthorized|authentication required|\b401\b|\b403\b|forbidden|denied/i.test(text4))
    return "denied";
  if (/toomanyrequests|too many requests|\b429\b|rate limit/i.test(text4)) return "rate-limited";
  if (/not found|manifest unknown|name unknown|NotFound/i.test(text4)) return "not-found";
  if (/x509|certificate/i.test(text4)) return "tls";
  if (/i\/o timeout|no such host|connection refused|dial tcp|network is unreachable|TLS handshake timeout|deadline exceeded/i.test(
    text4
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
  const text4 = `${first.message ?? ""} ${pullEvent?.message ?? ""}`;
  const cause = pullCause(first.state, text4);
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
      const list3 = routes.get(key) ?? [];
      if (!list3.some((r) => r.ingress === ingress && r.route === route)) list3.push({ ingress, route });
      routes.set(key, list3);
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
  const serviceName = text3(spec.serviceName);
  const liveServiceName = text3(liveSpec.serviceName);
  if (serviceName !== liveServiceName) {
    changes.push({
      path: ["spec", "serviceName"],
      field: "spec.serviceName",
      live: shown(liveServiceName),
      bundle: shown(serviceName)
    });
  }
  const policy = text3(spec.podManagementPolicy) || DEFAULTS.podManagementPolicy;
  const livePolicy = text3(liveSpec.podManagementPolicy) || DEFAULTS.podManagementPolicy;
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
  const names2 = (list3) => list3.map((t) => text3(isRecord(t) && isRecord(t.metadata) ? t.metadata.name : void 0));
  const bundleNames = names2(templates);
  const liveNames = names2(liveTemplates);
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
      text3(spec.storageClassName),
      text3(liveSpec.storageClassName)
    );
    compare("accessModes", ["spec", "accessModes"], list(spec.accessModes), list(liveSpec.accessModes));
    compare(
      "volumeMode",
      ["spec", "volumeMode"],
      text3(spec.volumeMode) || DEFAULTS.volumeMode,
      text3(liveSpec.volumeMode) || DEFAULTS.volumeMode
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
function text3(value) {
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

// src/sinks/pushgateway.ts
import { Gauge, Registry } from "../vendor/prom-client.js";
var PUSHGATEWAY_JOB = "slo-gate";
var PUSH_TIMEOUT_MS = 1e4;
var DECISION_VALUES = { pass: 0, warn: 1, block: 2 };
function groupingKey(grouping) {
  const key = {};
  for (const [name, value] of Object.entries(grouping)) {
    if (value && !value.includes("/")) key[name] = value;
  }
  return key;
}
function gateMetricsRegistry(report) {
  const registry = new Registry();
  const registers = [registry];
  new Gauge({
    name: "slo_gate_decision",
    help: "Verdict of the last slo-gate run: 0 pass, 1 warn, 2 block.",
    registers
  }).set(DECISION_VALUES[report.verdict]);
  const budget = new Gauge({
    name: "slo_gate_error_budget_remaining_ratio",
    help: "Fraction of the SLO period's error budget left at the last run; negative when overspent.",
    labelNames: ["slo"],
    registers
  });
  const burn = new Gauge({
    name: "slo_gate_burn_rate",
    help: "Error budget burn rate per window at the last run (1 spends exactly the budget over the period).",
    labelNames: ["slo", "window"],
    registers
  });
  for (const slo of report.slos) {
    if (isNumber(slo.errorBudgetRemaining)) budget.set({ slo: slo.name }, slo.errorBudgetRemaining);
    for (const [window, rate] of Object.entries(slo.burnRates)) {
      if (isNumber(rate)) burn.set({ slo: slo.name, window }, rate);
    }
  }
  new Gauge({
    name: "slo_gate_last_run_timestamp_seconds",
    help: "Evaluation time of the last slo-gate run, in unix seconds.",
    registers
  }).set(Date.parse(report.evaluatedAt) / 1e3);
  return registry;
}
function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
async function pushGateMetrics(report, target, warn) {
  const shown2 = redactUrl(target.url);
  try {
    const registry = gateMetricsRegistry(report);
    const { url, authorization } = pushUrl(target);
    const response = await fetch(url, {
      method: "PUT",
      headers: {
        "Content-Type": registry.contentType,
        ...authorization ? { Authorization: authorization } : {}
      },
      body: await registry.metrics(),
      signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
      redirect: "error"
    });
    if (response.status >= 300) {
      throw new Error(`push failed with status ${response.status}, ${await response.text()}`);
    }
    return true;
  } catch (error) {
    warn(
      `could not push the gate metrics to the Pushgateway at ${shown2} (${describe(error)}); the verdict stands`
    );
    return false;
  }
}
function pushUrl(target) {
  const base = new URL(target.url);
  const authorization = base.username || base.password ? `Basic ${Buffer.from(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`).toString("base64")}` : void 0;
  base.username = "";
  base.password = "";
  const segments = [
    "metrics",
    "job",
    PUSHGATEWAY_JOB,
    ...Object.entries(groupingKey(target.grouping)).flat()
  ].map(encodeURIComponent);
  base.pathname = `${base.pathname.replace(/\/+$/, "")}/${segments.join("/")}`;
  return { url: base.toString(), authorization };
}
function describe(error) {
  const code = error.code ?? error.cause?.code;
  if (error instanceof Error && error.name === "TimeoutError") return "timed out";
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND") return "host not found";
  const message = error instanceof Error ? error.message : String(error);
  const flat = message.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}\u2026` : flat;
}
function redactUrl(url) {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.toString().replace(/\/$/, "");
  } catch {
    return "(invalid URL)";
  }
}

// src/sinks/termination.ts
import { writeFile } from "node:fs/promises";
var TERMINATION_MESSAGE_MAX_BYTES = 4096;
var DEFAULT_TERMINATION_LOG = "/dev/termination-log";
var MAX_FINDINGS = 3;
var MAX_HINTS = 3;
function terminationMessage(report, policy) {
  const parts = [`${headline(report, policy)}: ${verdictReason(report)}`];
  if (report.verdict !== "pass") {
    const severity = report.verdict === "block" ? "error" : "warning";
    for (const finding of report.findings.filter((f) => f.severity === severity).slice(0, MAX_FINDINGS)) {
      parts.push(`${finding.ruleId} ${finding.resource || finding.file}: ${finding.message}`);
    }
  }
  for (const hint of report.hints.slice(0, MAX_HINTS)) parts.push(`hint: ${hint.title}`);
  return truncateUtf82(oneLine2(parts.join(" | ")), TERMINATION_MESSAGE_MAX_BYTES);
}
function headline(report, policy) {
  if (report.verdict === "pass") return "slo-gate passed";
  const verb = report.verdict === "block" ? "blocked" : "warned";
  if (policy.mode === "advisory") return `slo-gate ${verb} (mode: advisory, the sync goes on)`;
  return policy.exitCode === 0 ? `slo-gate ${verb} (the sync goes on)` : `slo-gate ${verb}${report.verdict === "warn" ? " (fail-on: warn)" : ""}, the sync is stopped`;
}
function oneLine2(text4) {
  return text4.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
function truncateUtf82(text4, maxBytes) {
  if (Buffer.byteLength(text4, "utf8") <= maxBytes) return text4;
  const ellipsis = "\u2026";
  const budget = maxBytes - Buffer.byteLength(ellipsis, "utf8");
  let bytes = 0;
  let end = 0;
  for (const char of text4) {
    const size = Buffer.byteLength(char, "utf8");
    if (bytes + size > budget) break;
    bytes += size;
    end += char.length;
  }
  return `${text4.slice(0, end)}${ellipsis}`;
}
async function writeTerminationMessage(path, message, warn) {
  try {
    await writeFile(path, redact(message));
    return true;
  } catch (error) {
    const reason = error.code ?? String(error);
    warn(`could not write the termination message to ${path} (${reason}); the verdict stands`);
    return false;
  }
}

// src/hints/release.ts
var RECENT_ROLLOUT_SECONDS = 3600;
var MAX_OTHER_ROLLOUTS = 4;
function latestRollouts(state, workloads) {
  const wanted = new Set(workloads.map((w) => `${w.kind}/${w.namespace}/${w.name}`));
  const inScope = (kind, meta) => wanted.size === 0 || wanted.has(`${kind}/${meta?.namespace}/${meta?.name}`);
  const refOf = (kind, meta) => ({
    kind,
    namespace: meta?.namespace ?? "",
    name: meta?.name ?? ""
  });
  const rollouts = [];
  for (const deployment of state.deployments) {
    if (!inScope("Deployment", deployment.metadata)) continue;
    const rs = newReplicaSet(deployment, state.replicaSets);
    const createdAt = timeOf(rs?.metadata?.creationTimestamp);
    if (!rs || createdAt === void 0) continue;
    const revision = Number(rs.metadata?.annotations?.["deployment.kubernetes.io/revision"]);
    rollouts.push({
      workload: refOf("Deployment", deployment.metadata),
      kind: "ReplicaSet",
      name: rs.metadata?.name ?? "",
      ...Number.isInteger(revision) ? { revision } : {},
      createdAt: new Date(createdAt)
    });
  }
  const revisionsOf = (kind, meta) => state.controllerRevisions.filter(
    (r) => r.metadata?.namespace === meta?.namespace && controllerOf(r.metadata)?.kind === kind && controllerOf(r.metadata)?.name === meta?.name
  );
  const pushRevision = (kind, meta, revision) => {
    const createdAt = timeOf(revision?.metadata?.creationTimestamp);
    if (!revision || createdAt === void 0) return;
    rollouts.push({
      workload: refOf(kind, meta),
      kind: "ControllerRevision",
      name: revision.metadata?.name ?? "",
      revision: revision.revision,
      createdAt: new Date(createdAt)
    });
  };
  const newest = (revisions) => [...revisions].sort((a, b) => b.revision - a.revision)[0];
  for (const sts of state.statefulSets) {
    if (!inScope("StatefulSet", sts.metadata)) continue;
    const revisions = revisionsOf("StatefulSet", sts.metadata);
    const update = sts.status?.updateRevision;
    pushRevision(
      "StatefulSet",
      sts.metadata,
      revisions.find((r) => r.metadata?.name === update) ?? newest(revisions)
    );
  }
  for (const ds of state.daemonSets) {
    if (!inScope("DaemonSet", ds.metadata)) continue;
    pushRevision("DaemonSet", ds.metadata, newest(revisionsOf("DaemonSet", ds.metadata)));
  }
  return rollouts;
}
function describeRollout(rollout) {
  return `revision ${rollout.name} of ${describeWorkload(rollout.workload)}`;
}
function releaseCorrelation(burn, rollouts) {
  if (rollouts.length === 0) return void 0;
  const sorted = [...rollouts].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const last = sorted[0];
  const rolledOut = last.createdAt.getTime();
  const lookback = (burn.at.getTime() - burn.lookbackStart.getTime()) / 1e3;
  const rate = `burn rate over ${burn.window} above ${readableRate(burn.factor)}`;
  const evidence = [];
  let title;
  let fix;
  if (burn.began !== void 0) {
    const began = burn.began.getTime();
    evidence.push(
      `${rate} continuously since ${formatTime(began)} (until the check at ${formatTime(burn.at.getTime())})`
    );
    if (began >= rolledOut) {
      const after = (began - rolledOut) / 1e3;
      title = `burn began ${humanDuration(after)} after ${describeRollout(last)} rolled out`;
      fix = after <= RECENT_ROLLOUT_SECONDS ? `fix: the burn follows the rollout closely: roll back ${describeRollout(last)}${rollbackCommand(last.workload) ? ` (${rollbackCommand(last.workload)}, or the previous Git revision in Argo CD)` : ""} and look at what changed in it before releasing again` : `fix: the burn began ${humanDuration(after)} after the rollout, so the rollout is a suspect but not an obvious one: check what changed around the start (traffic, dependencies, configuration) as well as the release`;
    } else {
      title = `the burn predates the last rollout: it began ${humanDuration((rolledOut - began) / 1e3)} before ${describeRollout(last)} rolled out`;
      fix = "fix: the last rollout did not start this burn, so rolling it back will not stop it: look at dependencies, traffic and infrastructure from the time the burn began";
    }
  } else {
    evidence.push(
      `${rate} for the whole ${humanDuration(lookback)} looked at (since ${formatTime(burn.lookbackStart.getTime())} at least)`
    );
    if (rolledOut >= burn.lookbackStart.getTime()) {
      title = `the burn predates the last rollout: it was already burning before ${describeRollout(last)} rolled out`;
      fix = `fix: the last rollout did not start this burn, so rolling it back will not stop it: look at what changed more than ${humanDuration(lookback)} ago`;
    } else {
      title = `burn has lasted over ${humanDuration(lookback)}; ${describeRollout(last)} rolled out earlier, so its part is not known`;
      fix = `fix: compare the burn-rate history further back with the rollout at ${formatTime(rolledOut)} before suspecting it`;
    }
  }
  evidence.push(
    `${describeRollout(last)}: ${last.kind} created at ${formatTime(rolledOut)}${last.revision !== void 0 ? ` (revision ${last.revision})` : ""}`
  );
  for (const other of sorted.slice(1, 1 + MAX_OTHER_ROLLOUTS)) {
    evidence.push(`also ${describeRollout(other)}: created at ${formatTime(other.createdAt.getTime())}`);
  }
  if (sorted.length > 1 + MAX_OTHER_ROLLOUTS)
    evidence.push(`and ${sorted.length - 1 - MAX_OTHER_ROLLOUTS} older rollouts`);
  evidence.push(fix);
  return { id: "release-correlation", title, evidence: [title, ...evidence], slo: burn.slo };
}

// src/gate/burn-start.ts
var DEFAULT_LOOKBACK_SECONDS = 6 * 3600;
var DEFAULT_STEP_SECONDS = 60;
function firingShortWindow(slo, result, at) {
  const period = budgetPeriodAt(slo, at);
  const labels = new Map(windowsToMeasure(slo, period.budgetWindow).map((w) => [w.seconds, w.window]));
  const burnOf = (seconds) => result.burnRates[labels.get(seconds) ?? ""] ?? null;
  let best;
  for (const alert of slo.policy.burnRateAlerts) {
    const factor = alertFactor(alert, period.periodSeconds);
    const long = burnOf(alert.longSeconds);
    const short = burnOf(alert.shortSeconds);
    if (long === null || short === null || !(long > factor && short > factor)) continue;
    if (!best || factor > best.factor) {
      best = { window: labels.get(alert.shortSeconds) ?? alert.short, seconds: alert.shortSeconds, factor };
    }
  }
  return best;
}
async function burnStart(client, slo, short, at, options = {}) {
  const step = options.stepSeconds ?? DEFAULT_STEP_SECONDS;
  const lookback = Math.max(
    step,
    Math.floor((options.lookbackSeconds ?? DEFAULT_LOOKBACK_SECONDS) / step) * step
  );
  const span = { start: new Date(at.getTime() - lookback * 1e3), end: at };
  const ratios = await ratioSeries(client, queriesFor(slo.sli, short), span, step);
  const budget = clean(1 - slo.objective);
  const above = ratios.map(([t, ratio]) => ({
    t,
    above: Number.isFinite(ratio) && clean(ratio / budget) > short.factor
  }));
  const lastPoint = above[above.length - 1];
  if (!lastPoint?.above) return void 0;
  let first = above.length - 1;
  while (first > 0 && above[first - 1].above) first--;
  return {
    slo: slo.name,
    window: short.window,
    factor: short.factor,
    ...first > 0 ? { began: new Date(above[first].t * 1e3) } : {},
    lookbackStart: span.start,
    at
  };
}
async function releaseCorrelationHints(options) {
  const rollouts = latestRollouts(options.state, options.workloads);
  if (rollouts.length === 0) return [];
  const hints = await Promise.all(
    options.report.slos.filter((result) => result.status === "warn" || result.status === "block").map(async (result) => {
      const slo = options.config.slos.find((s) => s.name === result.name);
      const short = slo && firingShortWindow(slo, result, options.at);
      if (!slo || !short) return void 0;
      try {
        const burn = await burnStart(options.client, slo, short, options.at, options);
        return burn && releaseCorrelation(burn, rollouts);
      } catch (error) {
        options.log?.(`release correlation for SLO ${slo.name} skipped: ${error.message}`);
        return void 0;
      }
    })
  );
  return hints.filter((hint) => hint !== void 0);
}

// src/gate/hook.ts
async function hook(settings, deps) {
  let run;
  let eventTarget;
  try {
    eventTarget = resolveEventTarget(settings, (m) => deps.log(`warning: ${m}`));
    run = await runHook(settings, deps);
  } catch (error) {
    if (error instanceof UsageError) {
      await writeTerminationMessage(
        settings.terminationLog,
        truncateUtf82(`slo-gate could not run: ${error.message}`, TERMINATION_MESSAGE_MAX_BYTES),
        (m) => deps.log(`warning: ${m}`)
      );
    }
    throw error;
  }
  return publishHookResults(run, settings, deps.log, eventTarget);
}
async function runHook(settings, deps) {
  const { log } = deps;
  const deadline = startDeadline(settings.maxDurationSeconds ?? HOOK_MAX_DURATION_SECONDS);
  const notes = [];
  const note = (message) => {
    notes.push(message);
    log(`note: ${message}`);
  };
  const argo = await readArgoCd(settings, log, note);
  const argoSources = argo && argo.targets.length > 0 ? [{ kind: "documents", name: `argocd:${settings.argocd.app}`, documents: argo.targets }] : void 0;
  const gate = await runGate({
    configFile: settings.config,
    configSetting: settings.configSetting,
    scope: "check",
    at: settings.at,
    prometheusUrl: settings.prometheusUrl,
    manifests: settings.manifests,
    manifestSources: argoSources,
    namespace: settings.namespace,
    strictReferences: settings.strictReferences,
    log,
    verbose: settings.verbose,
    loadSchemaCheck: deps.loadSchemaCheck,
    deadline
  });
  const validate = validateOptionsFor(manifestsRelativeToConfig(gate.config), {
    namespace: settings.namespace
  });
  const bundle = gate.bundle;
  if (!bundle) log("no manifests to check: the SLOs and the live state decide");
  const namespaces = scopeNamespaces(bundle, validate.defaultNamespace);
  const kubeConfig = loadKubeConfig2(deps, note);
  let state = kubeConfig ? await readLiveState(kubeConfig, { namespaces }, { log }) : unreadLiveState(namespaces);
  if (argo && argo.resources.length > 0) {
    const merged = withArgoCdLiveObjects(state, argo.resources);
    state = merged.state;
    if (merged.added.length > 0 && settings.verbose)
      log(`live objects from Argo CD: ${merged.added.join(", ")}`);
  }
  for (const message of state.notes) note(message);
  const workloads = workloadsOf(bundle);
  const live = judgeSafely(() => judgeLiveState(state, bundle, workloads, gate), note, {
    hints: [],
    findings: []
  });
  const releaseHints = await judgeSafely(() => correlateReleases(gate, state, workloads, log), note, []);
  const report = withLiveResults(gate.report, live.findings, [...live.hints, ...releaseHints], notes);
  return { ...gate, report, kubeConfig, bundle, workloads, notes, applicationUid: argo?.uid };
}
async function readArgoCd(settings, log, note) {
  const { app, server } = settings.argocd;
  if (!app || !server) return void 0;
  const options = {
    server,
    app,
    // Only for Applications outside Argo CD's own namespace ("apps in any namespace").
    appNamespace: settings.argocd.appNamespace !== "argocd" ? settings.argocd.appNamespace : void 0,
    token: settings.argocd.token,
    tokenFile: settings.argocd.tokenFile,
    insecure: settings.argocd.insecure,
    caFile: settings.argocd.caFile
  };
  let uid;
  let targets;
  try {
    const application = await fetchApplication(options);
    uid = application.uid;
    const revision = application.syncRevision;
    const manifests = await fetchManifests(options, revision);
    for (const problem of manifests.problems) note(`Argo CD manifest skipped: ${problem}`);
    targets = manifests.documents;
    log(
      `checking the manifests of revision ${describeRevision(revision)} of Application ${app} (${revision.from})`
    );
  } catch (error) {
    if (!(error instanceof ArgoCdError)) throw error;
    const fallback = settings.manifests?.length ? "checked the mounted manifests instead" : "checked manifests.paths of the config instead";
    note(`${error.message}; ${fallback}`);
    return void 0;
  }
  let resources = [];
  try {
    const parsed = await fetchManagedResources(options);
    for (const problem of parsed.problems) note(`Argo CD managed resource skipped: ${problem}`);
    resources = parsed.resources.filter((r) => !r.hook);
  } catch (error) {
    if (!(error instanceof ArgoCdError)) throw error;
    note(`${error.message}; no live objects from Argo CD`);
  }
  return { uid, targets, resources };
}
function scopeNamespaces(bundle, defaultNamespace) {
  const namespaces = [...bundle?.namespaces() ?? []].filter(Boolean).sort();
  return namespaces.length > 0 ? namespaces : [defaultNamespace];
}
function workloadsOf(bundle) {
  return bundle ? bundleWorkloads(bundle) : [];
}
function loadKubeConfig2(deps, note) {
  try {
    const kubeConfig = (deps.loadKubeConfig ?? defaultKubeConfig)();
    if (!kubeConfig)
      note(
        "no Kubernetes credentials (no KUBECONFIG, ~/.kube/config or in-cluster service account): live signals skipped"
      );
    return kubeConfig;
  } catch (error) {
    note(
      `cannot load Kubernetes credentials (${error instanceof Error ? error.message : String(error)}): live signals skipped`
    );
    return void 0;
  }
}
function defaultKubeConfig() {
  const kubeConfig = loadKubeConfig();
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster || cluster.name === "cluster" && cluster.server === "http://localhost:8080")
    return void 0;
  return kubeConfig;
}
function judgeSafely(judge, note, fallback) {
  const failed = (error) => {
    note(
      `live signals not checked: an object of an unexpected shape (${error instanceof Error ? error.message : String(error)})`
    );
    return fallback;
  };
  try {
    const result = judge();
    return result instanceof Promise ? result.catch(failed) : result;
  } catch (error) {
    return failed(error);
  }
}
function judgeLiveState(state, bundle, workloads, gate) {
  return {
    hints: liveHints(state, { bundle, workloads, now: gate.at }),
    // The config's severities and the resources' slo-gate.dev/ignore annotations apply as to every rule.
    findings: bundle ? liveFindings(state, bundle, gate.config.manifests.rules) : []
  };
}
async function correlateReleases(gate, state, workloads, log) {
  if (!gate.client) return [];
  return releaseCorrelationHints({
    report: gate.report,
    config: gate.config,
    client: gate.client,
    at: gate.at,
    state,
    workloads,
    log
  });
}
function withLiveResults(report, findings, hints, notes) {
  const allHints = [...report.hints, ...hints];
  if (notes.length > 0) {
    const title = `${notes.length} ${notes.length === 1 ? "source" : "sources"} could not be read: root-cause hints may be missing`;
    allHints.push({ id: "live-signals-incomplete", title, evidence: [title, ...notes] });
  }
  return {
    ...report,
    verdict: combineVerdict([report.verdict, ...findings.map(findingAction)]),
    findings: [...report.findings, ...findings],
    hints: allHints
  };
}
var API_VERSIONS = {
  Application: "argoproj.io/v1alpha1",
  Rollout: "argoproj.io/v1alpha1",
  Deployment: "apps/v1",
  StatefulSet: "apps/v1",
  DaemonSet: "apps/v1",
  Job: "batch/v1",
  Pod: "v1"
};
function resolveEventTarget(settings, warn) {
  const spec = settings.eventTarget.trim();
  const namespace = settings.pod.namespace ?? settings.namespace;
  if (spec === "none") return void 0;
  if (spec === "application") {
    if (settings.argocd.app) {
      return { ...appRef(settings), apiVersion: API_VERSIONS.Application };
    }
    warn("the Event target is the Argo CD Application, but ARGOCD_APP_NAME is not set: no Event");
    return void 0;
  }
  if (spec === "job") {
    if (settings.job.name && namespace) {
      return {
        apiVersion: "batch/v1",
        kind: "Job",
        namespace,
        name: settings.job.name,
        uid: settings.job.uid
      };
    }
    if (settings.pod.name && namespace)
      return { apiVersion: "v1", kind: "Pod", namespace, name: settings.pod.name };
    warn("no JOB_NAME/POD_NAME and POD_NAMESPACE to attach the Event to (see hooks/job.yaml): no Event");
    return void 0;
  }
  const match = /^([A-Za-z][A-Za-z0-9]*)\/([a-z0-9-]+)\/([a-z0-9.-]+)$/.exec(spec);
  const apiVersion = match ? API_VERSIONS[match[1]] : void 0;
  if (!match || !apiVersion) {
    throw new UsageError(`event target "${spec}" is not job, application, none or Kind/namespace/name`, {
      fix: `give one of those; Kind is one of ${Object.keys(API_VERSIONS).join(", ")}`
    });
  }
  return { apiVersion, kind: match[1], namespace: match[2], name: match[3] };
}
function appRef(settings) {
  return { kind: "Application", namespace: settings.argocd.appNamespace, name: settings.argocd.app };
}
async function publishHookResults(run, settings, log, eventTarget) {
  const warn = (message) => log(`warning: ${message}`);
  const { report, config } = run;
  const exitCode = exitCodeFor(report.verdict, { failOn: settings.failOn, mode: config.mode });
  await writeReport(
    render(report, settings.format, { color: false, advisory: config.mode === "advisory" }),
    settings.output
  );
  if (config.mode === "advisory" && report.verdict !== "pass")
    log(`verdict ${report.verdict}, not enforced (mode: advisory)`);
  const line = terminationMessage(report, { mode: config.mode, exitCode });
  const outsidePod = settings.terminationLog === DEFAULT_TERMINATION_LOG && !existsSync(DEFAULT_TERMINATION_LOG);
  if (!outsidePod) await writeTerminationMessage(settings.terminationLog, line, warn);
  if (run.kubeConfig) {
    await writeToCluster(run, settings, eventTarget, line, warn);
  } else if (eventTarget || settings.annotate.deployments || settings.annotate.application) {
    warn("no Kubernetes credentials: no Event and no annotations written");
  }
  if (settings.pushgateway) {
    if (!settings.argocd.app)
      warn(
        "PUSHGATEWAY_URL is set but ARGOCD_APP_NAME is not: every application in this namespace pushes to the same group and overwrites the others (set the slo-gate.dev/argocd-app pod annotation, see hooks/job.yaml)"
      );
    await pushGateMetrics(
      report,
      {
        url: settings.pushgateway,
        grouping: { app: settings.argocd.app, namespace: settings.pod.namespace ?? settings.namespace }
      },
      warn
    );
  }
  return exitCode;
}
async function writeToCluster(run, settings, eventTarget, message, warn) {
  const kubeConfig = run.kubeConfig;
  const verdict = run.report.verdict;
  const warnings = [];
  if (eventTarget) {
    const target = await withApplicationUid(kubeConfig, eventTarget, run.applicationUid);
    warnings.push(await recordEvent(kubeConfig, target, verdict, message));
  }
  if (settings.annotate.deployments) {
    const deployments = run.workloads.filter((w) => w.kind === "Deployment");
    warnings.push(...await annotateDeployments(kubeConfig, deployments, verdict));
  }
  if (settings.annotate.application) {
    if (!settings.argocd.app) warnings.push("--annotate application needs ARGOCD_APP_NAME: not annotated");
    else {
      const notice = noticeForVerdict(verdict, verdictReason(run.report));
      warnings.push(
        await annotateApplication(kubeConfig, settings.argocd.appNamespace, settings.argocd.app, notice)
      );
    }
  }
  for (const warning of warnings) if (warning) warn(`${warning}; the verdict stands`);
}
async function withApplicationUid(kubeConfig, target, knownUid) {
  if (target.kind !== "Application" || target.uid) return target;
  const uid = knownUid ?? await readApplicationUid(kubeConfig, target.namespace, target.name);
  return uid ? { ...target, uid } : target;
}

// src/entry/hook-env.ts
var HOOK_CONFIG_FILE = "/etc/slo-gate/slo-gate.yaml";
function hookSettingsFromEnv(env) {
  const value = (name) => {
    const text4 = env[name]?.trim();
    return text4 ? text4 : void 0;
  };
  return {
    config: value("SLO_GATE_CONFIG") ?? HOOK_CONFIG_FILE,
    configSetting: `SLO_GATE_CONFIG (default ${HOOK_CONFIG_FILE}: the ConfigMap slo-gate-config)`,
    at: value("SLO_GATE_AT"),
    prometheusUrl: value("PROMETHEUS_URL"),
    manifests: list2(value("SLO_GATE_MANIFESTS"), /[:,]/),
    namespace: value("POD_NAMESPACE"),
    strictReferences: flag(value("SLO_GATE_STRICT_REFERENCES"), "SLO_GATE_STRICT_REFERENCES"),
    format: choice(value("SLO_GATE_FORMAT"), ["text", "json", "markdown", "sarif"], "SLO_GATE_FORMAT") ?? "text",
    failOn: choice(value("SLO_GATE_FAIL_ON"), ["block", "warn"], "SLO_GATE_FAIL_ON") ?? "block",
    verbose: flag(value("SLO_GATE_VERBOSE"), "SLO_GATE_VERBOSE"),
    maxDurationSeconds: duration(value("SLO_GATE_MAX_DURATION"), "SLO_GATE_MAX_DURATION"),
    argocd: {
      app: value("ARGOCD_APP_NAME"),
      appNamespace: value("ARGOCD_APP_NAMESPACE") ?? "argocd",
      server: value("ARGOCD_SERVER"),
      token: value("ARGOCD_TOKEN") ?? value("ARGOCD_AUTH_TOKEN"),
      tokenFile: value("ARGOCD_TOKEN_FILE"),
      insecure: flag(value("ARGOCD_INSECURE"), "ARGOCD_INSECURE"),
      caFile: value("ARGOCD_CA_FILE")
    },
    terminationLog: value("SLO_GATE_TERMINATION_LOG") ?? "/dev/termination-log",
    pushgateway: value("PUSHGATEWAY_URL"),
    eventTarget: value("SLO_GATE_EVENT_TARGET") ?? "job",
    annotate: annotateTargets(value("SLO_GATE_ANNOTATE"), "SLO_GATE_ANNOTATE"),
    pod: { name: value("POD_NAME") ?? value("HOSTNAME"), namespace: value("POD_NAMESPACE") },
    job: { name: value("JOB_NAME"), uid: value("JOB_UID") }
  };
}
function list2(text4, separator) {
  const items = text4?.split(separator).map((s) => s.trim()).filter(Boolean);
  return items && items.length > 0 ? items : void 0;
}
function flag(text4, name) {
  if (text4 === void 0) return void 0;
  if (/^(true|1|yes)$/i.test(text4)) return true;
  if (/^(false|0|no)$/i.test(text4)) return false;
  throw new UsageError(`${name}=${JSON.stringify(text4)} is not a boolean`, {
    fix: `set ${name} to true or false`
  });
}
function duration(text4, name) {
  if (text4 === void 0) return void 0;
  const seconds = parseDuration(text4);
  if (seconds !== void 0) return seconds;
  throw new UsageError(`${name}=${JSON.stringify(text4)} is not a duration`, {
    fix: `set ${name} to a duration such as 4m or 240s`
  });
}
function choice(text4, choices, name) {
  if (text4 === void 0) return void 0;
  if (choices.includes(text4)) return text4;
  throw new UsageError(`${name}=${JSON.stringify(text4)} is not one of ${choices.join(", ")}`, {
    fix: `set ${name} to one of ${choices.join(", ")}`
  });
}
function annotateTargets(text4, name = "--annotate") {
  const targets = { deployments: false, application: false };
  for (const item of list2(text4, /,/) ?? []) {
    if (item === "deployments") targets.deployments = true;
    else if (item === "application") targets.application = true;
    else if (item !== "none") {
      throw new UsageError(`${name} names "${item}", which is not an annotation target`, {
        fix: "give a comma list of deployments, application (or none)"
      });
    }
  }
  return targets;
}

export {
  hook,
  hookSettingsFromEnv,
  annotateTargets
};
//# sourceMappingURL=chunk-PF63UZFG.js.map
