import {
  readCappedBody,
  verdictReason
} from "./chunk-RL57UDM5.js";
import {
  render
} from "./chunk-VBZFVQHI.js";
import {
  HOOK_MAX_DURATION_SECONDS,
  manifestsRelativeToConfig,
  ratioSeries,
  resultsSignal,
  runGate,
  startDeadline
} from "./chunk-6LLJJMD5.js";
import {
  writeReport
} from "./chunk-Y2UGXTGX.js";
import {
  DEFAULT_MEMORY_SATURATION,
  DEFAULT_METRICS_LABELS,
  LIVE_BASELINE,
  alertFactor,
  budgetPeriodAt,
  clean,
  combineVerdict,
  compareFindings,
  emptyLiveState,
  exitCodeFor,
  findingAction,
  liveBaselineGap,
  netpolAgainstLive,
  placeFinding,
  queriesFor,
  readableRate,
  renderDiffText,
  unreadableKey,
  validateOptionsFor,
  windowsToMeasure
} from "./chunk-3HT76ZKV.js";
import {
  INGRESS_CLASS_ANNOTATION,
  NGINX_ANNOTATION_PREFIX,
  defaultIngressClass,
  effectiveIngressClass,
  formatResource,
  ingressPaths,
  ingressServiceBackends,
  ingressTls,
  nginxBoolAnnotation,
  parseMilli,
  rule4 as rule,
  rule5 as rule2,
  secretsCreatedInBundle
} from "./chunk-5EFMPVFV.js";
import {
  UsageError,
  formatDuration,
  parseDuration,
  redact,
  redactInlineSecrets,
  registerSecret,
  registerUrlCredentials,
  stripControlCharacters
} from "./chunk-JQVBXCJ4.js";
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

// src/argocd/json.ts
function jsonObject(value) {
  if (typeof value !== "string") return isRecord(value) ? value : void 0;
  try {
    const parsed = JSON.parse(value);
    return isRecord(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}

// src/argocd/managed-resources.ts
function parseManagedResources(body) {
  const result = { resources: [], problems: [] };
  const items = isRecord(body) && Array.isArray(body.items) ? body.items : void 0;
  if (!items) {
    if (isRecord(body) && body.items === void 0) return result;
    result.problems.push("the answer has no items list");
    return result;
  }
  for (const item of items) {
    if (!isRecord(item)) continue;
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
      const object = jsonObject(state);
      if (!isRecord(object)) {
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
    const object = jsonObject(manifest);
    if (!isRecord(object)) {
      result.problems.push(`manifest ${index + 1} is not a JSON object`);
      return;
    }
    if (!isHook(object)) result.documents.push(object);
  });
  return result;
}
function isHook(object) {
  const metadata = object.metadata;
  const annotations = isRecord(metadata) && isRecord(metadata.annotations) ? metadata.annotations : {};
  return HOOK_ANNOTATIONS.some((name) => typeof annotations[name] === "string" && annotations[name] !== "");
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

// src/cluster/dns.ts
import { Resolver } from "node:dns/promises";
import { readFile as readFile2 } from "node:fs/promises";
import { connect, SocketAddress } from "node:net";

// src/k8s/dns.ts
var DEFAULT_CLUSTER_DOMAIN = "cluster.local";
function parseResolvConf(text4) {
  let nameserver;
  let search = [];
  for (const raw of text4.split("\n")) {
    const line = raw.replace(/[#;].*$/, "").trim();
    const [keyword, ...values] = line.split(/\s+/);
    if (keyword === "nameserver" && !nameserver && values[0]) nameserver = values[0];
    if (keyword === "search" || keyword === "domain") search = values;
  }
  const svc = search.find((entry) => entry.startsWith("svc.") && entry.length > 4);
  return { nameserver, search, ...svc ? { clusterDomain: svc.slice(4) } : {} };
}
function apiServerName(domain) {
  return `kubernetes.default.svc.${domain}`;
}
function serviceName(namespace, name, domain) {
  return `${name}.${namespace}.svc.${domain}`;
}
function parseDnsServer(text4) {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text4);
  const plain = /^([^:]+)(?::(\d+))?$/.exec(text4);
  const ipv6 = /^[0-9a-f:]+$/i.test(text4) && text4.includes(":") ? [text4, text4, void 0] : void 0;
  const match = bracketed ?? plain ?? ipv6;
  if (!match) return void 0;
  const port = match[2] === void 0 ? 53 : Number(match[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return void 0;
  return { host: match[1], port };
}

// src/cluster/dns.ts
var DEFAULT_DNS_TIMEOUT_MS = 2e3;
var TYPE_A = 1;
var TYPE_AAAA = 28;
var CLASS_IN = 1;
var RECORD_TYPE = { A: TYPE_A, AAAA: TYPE_AAAA };
function encodeQuery(name, id, family = "A") {
  const labels = name.replace(/\.$/, "").split(".");
  const question = Buffer.concat([
    ...labels.map((label) => Buffer.concat([Buffer.from([Buffer.byteLength(label)]), Buffer.from(label)])),
    Buffer.from([0, 0, RECORD_TYPE[family], 0, CLASS_IN])
  ]);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(256, 2);
  header.writeUInt16BE(1, 4);
  return Buffer.concat([header, question]);
}
function skipName(message, offset) {
  let at = offset;
  for (; ; ) {
    if (at >= message.length) throw new Error("name runs past the message");
    const length = message[at];
    if ((length & 192) === 192) return at + 2;
    if (length === 0) return at + 1;
    at += 1 + length;
  }
}
function ipv6Text(bytes) {
  const groups = Array.from({ length: 8 }, (_, i) => bytes.readUInt16BE(i * 2).toString(16));
  return new SocketAddress({ address: groups.join(":"), family: "ipv6" }).address;
}
function decodeAnswer(message) {
  if (message.length < 12) throw new Error("shorter than a DNS header");
  const id = message.readUInt16BE(0);
  const rcode = message.readUInt16BE(2) & 15;
  const questions = message.readUInt16BE(4);
  const answers = message.readUInt16BE(6);
  let at = 12;
  for (let i = 0; i < questions; i++) at = skipName(message, at) + 4;
  const addresses = [];
  for (let i = 0; i < answers; i++) {
    at = skipName(message, at);
    if (at + 10 > message.length) throw new Error("answer runs past the message");
    const type = message.readUInt16BE(at);
    const length = message.readUInt16BE(at + 8);
    const data = at + 10;
    if (data + length > message.length) throw new Error("answer data runs past the message");
    if (type === TYPE_A && length === 4) addresses.push([...message.subarray(data, data + 4)].join("."));
    if (type === TYPE_AAAA && length === 16) addresses.push(ipv6Text(message.subarray(data, data + 16)));
    at = data + length;
  }
  return { id, rcode, addresses };
}
var RCODE_ERRORS = {
  2: "servfail",
  3: "nxdomain",
  5: "refused"
};
function answerFromRcode(decoded, family) {
  if (decoded.rcode === 0)
    return decoded.addresses.length > 0 ? { ok: true, addresses: decoded.addresses, families: [family] } : { ok: false, error: "nodata", detail: `no ${family} record` };
  const error = RCODE_ERRORS[decoded.rcode] ?? "other";
  return { ok: false, error, detail: `RCODE ${decoded.rcode}` };
}
function queryTcp(name, server, timeoutMs, family = "A") {
  const started = Date.now();
  const id = Math.floor(Math.random() * 65536);
  const query = encodeQuery(name, id, family);
  return new Promise((resolve) => {
    let settled = false;
    let received = Buffer.alloc(0);
    const socket = connect({ host: server.host, port: server.port });
    const finish = (answer) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve({ ...answer, ms: Date.now() - started });
    };
    socket.setTimeout(
      timeoutMs,
      () => finish({ ok: false, error: "timeout", detail: `no answer within ${timeoutMs} ms` })
    );
    socket.on("connect", () => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(query.length, 0);
      socket.write(Buffer.concat([length, query]));
    });
    socket.on("data", (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 2) return;
      const size = received.readUInt16BE(0);
      if (received.length < 2 + size) return;
      try {
        const decoded = decodeAnswer(received.subarray(2, 2 + size));
        if (decoded.id !== id) finish({ ok: false, error: "other", detail: "answer to another query" });
        else finish(answerFromRcode(decoded, family));
      } catch (error) {
        finish({ ok: false, error: "other", detail: `unreadable answer: ${error.message}` });
      }
    });
    socket.on(
      "error",
      (error) => finish(
        error.code === "ECONNREFUSED" ? { ok: false, error: "refused", detail: "connection refused" } : { ok: false, error: "other", detail: error.code ?? error.message }
      )
    );
    socket.on(
      "end",
      () => finish({ ok: false, error: "other", detail: "connection closed before an answer" })
    );
  });
}
var RESOLVER_ERRORS = {
  ENOTFOUND: "nxdomain",
  ENODATA: "nodata",
  ETIMEOUT: "timeout",
  ESERVFAIL: "servfail",
  EREFUSED: "refused",
  ECONNREFUSED: "refused"
};
async function queryUdp(name, server, timeoutMs, family = "A") {
  const started = Date.now();
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  resolver.setServers([
    server.host.includes(":") ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`
  ]);
  try {
    const addresses = await (family === "A" ? resolver.resolve4(name) : resolver.resolve6(name));
    return { ok: true, addresses, families: [family], ms: Date.now() - started };
  } catch (error) {
    const code = error.code ?? "";
    return {
      ok: false,
      error: RESOLVER_ERRORS[code] ?? "other",
      detail: code || error.message,
      ms: Date.now() - started
    };
  } finally {
    resolver.cancel();
  }
}
function eitherFamily(a, aaaa) {
  const ms = Math.max(a.ms, aaaa.ms);
  const answered = [a, aaaa].filter((answer) => answer.ok);
  if (answered.length > 0) {
    return {
      ok: true,
      addresses: answered.flatMap((answer) => answer.addresses),
      families: answered.flatMap((answer) => answer.families),
      ms
    };
  }
  const failure = [a, aaaa].find((answer) => !answer.ok && answer.error !== "nodata");
  if (failure) return { ...failure, ms };
  return { ok: false, error: "nodata", detail: "no A or AAAA record", ms };
}
async function probeDns(names2, options) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS;
  const { server } = options;
  return Promise.all(
    names2.map(async (name) => {
      const [udpA, udpAaaa, tcpA, tcpAaaa] = await Promise.all([
        queryUdp(name, server, timeoutMs, "A"),
        queryUdp(name, server, timeoutMs, "AAAA"),
        queryTcp(name, server, timeoutMs, "A"),
        queryTcp(name, server, timeoutMs, "AAAA")
      ]);
      return { name, udp: eitherFamily(udpA, udpAaaa), tcp: eitherFamily(tcpA, tcpAaaa) };
    })
  );
}
var MAX_DNS_NAMES = 10;
async function probeClusterDns(state, services, options = {}) {
  const text4 = await readFile2(options.resolvConf ?? "/etc/resolv.conf", "utf8").catch(() => "");
  const resolvConf = parseResolvConf(text4);
  const fromPod = resolvConf.clusterDomain && resolvConf.nameserver ? parseDnsServer(resolvConf.nameserver) : void 0;
  const server = options.server ?? fromPod;
  if (!server) return;
  const domain = resolvConf.clusterDomain ?? DEFAULT_CLUSTER_DOMAIN;
  const live = services.filter(
    (s) => state.services.some(
      (l) => l.metadata?.namespace === s.namespace && l.metadata?.name === s.name && l.spec?.type !== "ExternalName" && l.spec?.clusterIP !== "None"
    )
  );
  const names2 = [apiServerName(domain), ...live.map((s) => serviceName(s.namespace, s.name, domain))].slice(
    0,
    MAX_DNS_NAMES
  );
  const started = Date.now();
  state.dnsLookups = await probeDns(names2, { server, timeoutMs: options.timeoutMs });
  state.dnsServer = `${server.host.includes(":") ? `[${server.host}]` : server.host}:${server.port}`;
  const failed = state.dnsLookups.filter((l) => !l.udp.ok || !l.tcp.ok).length;
  options.log?.(
    `dns: ${plural(names2.length, "name")} (A and AAAA) over UDP and TCP through ${state.dnsServer} (cluster domain ${domain}) in ${Date.now() - started} ms, ${failed} failed`
  );
}
function plural(count, word) {
  return `${count} ${count === 1 ? word : `${word}s`}`;
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
  if (checks.object && ok) requireJsonObject(text4, response.headers["content-type"]);
  return new ResponseContext(response.httpStatusCode, response.headers, textBody(text4));
}
function requireJsonObject(text4, contentType) {
  requireJsonType(contentType);
  let parsed;
  try {
    parsed = JSON.parse(text4);
  } catch {
    throw new UnreadableAnswer("not valid JSON");
  }
  if (!isObject(parsed)) throw new UnreadableAnswer("not a JSON object");
}
function requireJsonType(contentType) {
  if (!contentType || !/\bjson\b/i.test(contentType))
    throw new UnreadableAnswer(
      `not JSON but ${contentType ? contentType.split(";")[0] : "an answer without a content type"}`
    );
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
  const stream = response.body.stream();
  const declared = Number(response.headers["content-length"]);
  if (!stream) {
    if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
    return response.body.text();
  }
  return (await readCappedBody(stream, declared, maxBytes, tooLarge)).toString("utf8");
}
function listItems(text4, contentType) {
  requireJsonType(contentType);
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
  if (!Array.isArray(items) || !items.every(isObject)) throw new UnreadableAnswer("not a list of objects");
  return items.map((item) => withoutNullEntries(item));
}
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function withoutNullEntries(value) {
  if (Array.isArray(value)) return value.filter((entry) => entry !== null).map(withoutNullEntries);
  if (isObject(value))
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
function readBudget(options, now) {
  const own = options.timeoutMs ?? DEFAULT_TIMEOUT_MS2;
  const deadline = options.runDeadline;
  if (!deadline || deadline.endsAt - now >= own) return { timeoutMs: own };
  return { timeoutMs: Math.max(0, deadline.endsAt - now), cutBy: deadline.label };
}
function serverNote(failure, server, budget) {
  if (failure.kind === "timeout")
    return budget.cutBy ? `${server} did not answer in the ${formatMs(budget.timeoutMs)} left before ${budget.cutBy}` : `${server} did not answer within ${formatMs(budget.timeoutMs)}`;
  if (failure.kind === "unauthorized") return `${server} rejected the credentials (HTTP 401)`;
  if (failure.kind === "unreachable") return `${server} is unreachable: ${failure.detail}`;
  return `${server}: ${failure.detail}`;
}
async function readLiveState(kc, scope, options = {}) {
  const namespaces = [...new Set(scope.namespaces)];
  const started = Date.now();
  const budget = readBudget(options, started);
  if (budget.cutBy && budget.timeoutMs === 0) {
    return unreadLiveState(
      namespaces,
      `live cluster signals skipped: ${budget.cutBy} passed before they were read`
    );
  }
  const state = emptyLiveState(namespaces);
  const server = serverOf(kc);
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
    if (scope.networkPolicies)
      namespaced(
        "networkpolicies",
        "networking.k8s.io",
        namespace,
        async (o) => (await networking.listNamespacedNetworkPolicy({ namespace }, o)).items,
        (items) => state.networkPolicies.push(...items)
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
  const deadline = AbortSignal.timeout(budget.timeoutMs);
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
  const nodeReads = nodeProfileReads(state, core);
  if (nodeReads.length > 0 && !failed.some((f) => SERVER_LEVEL.has(f.failure.kind))) {
    reads.push(...nodeReads);
    for (const outcome of await run(nodeReads)) {
      outcomes.push(outcome);
      if (outcome.items) outcome.read.store(outcome.items);
      else failed.push({ read: outcome.read, failure: outcome.failure });
    }
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
  addNotes(state, failed, reads.length, { server, budget, fallbackNotes });
  const readCount = outcomes.filter((outcome) => outcome.items).length;
  options.log?.(
    `cluster: read ${readCount}/${reads.length} lists of ${namespaces.join(", ") || "(no namespace)"} from ${server} in ${formatMs(Date.now() - started)}`
  );
  return state;
}
var NODE_POD_FIELD_SELECTOR = "spec.nodeName!=,status.phase!=Succeeded,status.phase!=Failed";
function nodeProfileReads(state, core) {
  const pending = state.pods.some(
    (p) => p.status?.phase === "Pending" && !p.spec?.nodeName && !p.metadata?.deletionTimestamp
  );
  const daemonSetGap = state.daemonSets.some(
    (ds) => (ds.status?.numberReady ?? 0) < (ds.status?.desiredNumberScheduled ?? 0)
  );
  const reads = [];
  if (pending || daemonSetGap)
    reads.push({
      key: unreadableKey("nodes"),
      resource: "nodes",
      group: "",
      label: "nodes",
      fetch: async (o) => (await core.listNode({}, o)).items,
      store: (items) => state.nodes.push(...items)
    });
  if (pending)
    reads.push({
      key: unreadableKey("pods"),
      resource: "pods",
      group: "",
      label: "pods of all namespaces (node requests)",
      fetch: async (o) => (await core.listPodForAllNamespaces({ fieldSelector: NODE_POD_FIELD_SELECTOR }, o)).items,
      store: (items) => state.nodePods.push(...items)
    });
  return reads;
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
      const cause = serverNote(entry.failure, context.server, context.budget);
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
    "endpointslices",
    "networkpolicies"
  ];
  for (const namespace of namespaces)
    for (const r of resources) state.unreadable.add(unreadableKey(r, namespace));
  for (const key of [
    "dnspods/kube-system",
    "ingresses/*",
    "ingressclasses/*",
    "storageclasses/*",
    "nodes/*",
    "pods/*"
  ])
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
var WRITE_TIMEOUT_MS = 5e3;
var MAX_WRITE_ANSWER_BYTES = 4 * 1024 * 1024;
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
  let cut2 = "";
  for (const ch of text4) {
    const size = Buffer.byteLength(ch);
    if (size > budget) break;
    budget -= size;
    cut2 += ch;
  }
  return cut2 + ellipsis;
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
    message: truncateUtf8(redact(stripControlCharacters(message)), EVENT_MESSAGE_LIMIT_BYTES),
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
function writeWarning(action, error, permission, kc, options) {
  const timeoutMs = options.timeoutMs ?? WRITE_TIMEOUT_MS;
  if (options.signal?.aborted) return `could not ${action}: the time for writing results ran out`;
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
    case "unreadable":
      return `could not ${action}: the answer of ${serverOf(kc)} was ${failure.detail}, not the object written`;
    default:
      return `could not ${action}: ${failure.detail}`;
  }
}
function callOptions(options, extra) {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? WRITE_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  return withAnswerChecks({ object: true, maxBytes: MAX_WRITE_ANSWER_BYTES }, withSignal(signal, extra));
}
function mergePatchOptions(options) {
  return callOptions(options, setHeaderOptions2("Content-Type", PatchStrategy.MergePatch));
}
async function recordEvent(kc, target, verdict, message, options = {}) {
  const action = `record the Event on ${target.kind} ${target.namespace}/${target.name}`;
  try {
    const core = kc.makeApiClient(CoreV1Api2);
    const body = verdictEvent(target, verdict, message, options.now ?? /* @__PURE__ */ new Date());
    await core.createNamespacedEvent({ namespace: target.namespace, body }, callOptions(options));
    return void 0;
  } catch (error) {
    return writeWarning(action, error, `create on events in namespace ${target.namespace}`, kc, options);
  }
}
async function annotateDeployments(kc, refs, verdict, options = {}) {
  const body = { metadata: { annotations: { [VERDICT_ANNOTATION]: verdict } } };
  let apps;
  let patchOptions;
  try {
    apps = kc.makeApiClient(AppsV1Api2);
    patchOptions = mergePatchOptions(options);
  } catch (error) {
    return [writeWarning("annotate Deployments", error, "a usable kubeconfig", kc, options)];
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
          options
        );
      }
    })
  );
  return results.filter((warning) => warning !== void 0);
}
function noticePatch(notice) {
  const annotations = {
    [NOTICE_ANNOTATIONS.content]: notice ? truncateChars(stripControlCharacters(notice.content), NOTICE_CONTENT_LIMIT) : null,
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
      callOptions(options)
    );
    const uid = application.metadata?.uid;
    return typeof uid === "string" && uid ? uid : void 0;
  } catch {
    return void 0;
  }
}
async function annotateApplication(kc, namespace, name, notice, options = {}) {
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
      mergePatchOptions(options)
    );
    return void 0;
  } catch (error) {
    return writeWarning(
      `set the notice on Application ${namespace}/${name}`,
      error,
      `patch on applications.argoproj.io in namespace ${namespace}`,
      kc,
      options
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
    diagnosis: scope.diagnosis,
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
function plural2(count, word, many = `${word}s`) {
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

// src/k8s/scheduling.ts
function addInto(target, source) {
  for (const [resource, value] of source) target.set(resource, (target.get(resource) ?? 0n) + value);
}
function maxInto(target, source) {
  for (const [resource, value] of source)
    if (value > (target.get(resource) ?? 0n)) target.set(resource, value);
}
function requestsOf(resources) {
  const requests = /* @__PURE__ */ new Map();
  for (const [resource, value] of Object.entries(resources?.requests ?? {})) {
    const milli = parseMilli(value);
    if (milli !== void 0) requests.set(resource, milli);
  }
  return requests;
}
function podRequests(spec) {
  const containers = /* @__PURE__ */ new Map();
  for (const container of spec?.containers ?? []) addInto(containers, requestsOf(container.resources));
  const sidecars = /* @__PURE__ */ new Map();
  const initPeak = /* @__PURE__ */ new Map();
  for (const container of spec?.initContainers ?? []) {
    const requests = requestsOf(container.resources);
    if (container.restartPolicy === "Always") {
      addInto(sidecars, requests);
      maxInto(initPeak, sidecars);
    } else {
      const step = new Map(sidecars);
      addInto(step, requests);
      maxInto(initPeak, step);
    }
  }
  addInto(containers, sidecars);
  maxInto(containers, initPeak);
  for (const [resource, value] of Object.entries(spec?.overhead ?? {})) {
    const milli = parseMilli(value);
    if (milli !== void 0) containers.set(resource, (containers.get(resource) ?? 0n) + milli);
  }
  return containers;
}
function tolerates(toleration, taint) {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  if (!toleration.key && toleration.operator !== "Exists") return false;
  if (toleration.operator === "Exists") return true;
  return (toleration.value ?? "") === (taint.value ?? "");
}
function untoleratedTaints(taints, tolerations) {
  return (taints ?? []).filter(
    (taint) => (taint.effect === "NoSchedule" || taint.effect === "NoExecute") && !(tolerations ?? []).some((toleration) => tolerates(toleration, taint))
  );
}
function describeTaint(taint) {
  return `${taint.key}${taint.value ? `=${taint.value}` : ""}:${taint.effect}`;
}
function requirementMatches(requirement, value) {
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case "In":
      return value !== void 0 && values.includes(value);
    case "NotIn":
      return value === void 0 || !values.includes(value);
    case "Exists":
      return value !== void 0;
    case "DoesNotExist":
      return value === void 0;
    case "Gt":
    case "Lt": {
      if (value === void 0 || !/^-?\d+$/.test(value) || values.length !== 1) return false;
      const [left, right] = [BigInt(value), BigInt(values[0])];
      return requirement.operator === "Gt" ? left > right : left < right;
    }
    default:
      return false;
  }
}
function termMatches(term, name, labels) {
  const expressions = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (expressions.length === 0 && fields.length === 0) return false;
  return expressions.every((r) => requirementMatches(r, labels[r.key])) && fields.every((r) => r.key === "metadata.name" && requirementMatches(r, name));
}
function nodeSelectionProblem(spec, node) {
  for (const [key, value] of Object.entries(spec?.nodeSelector ?? {})) {
    if (node.labels[key] !== value)
      return `nodeSelector ${key}=${value} (the node has ${key in node.labels ? `${key}=${node.labels[key]}` : `no ${key}`})`;
  }
  const terms = spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (terms && !terms.some((term) => termMatches(term, node.name, node.labels))) {
    const keys = [...new Set(terms.flatMap((t) => (t.matchExpressions ?? []).map((e) => e.key)))];
    return `required node affinity${keys.length > 0 ? ` on ${keys.join(", ")}` : ""}`;
  }
  return void 0;
}

// src/hints/live/nodes.ts
var UNSCHEDULABLE_TAINT = { key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" };
function nodeProfiles(state) {
  const requestedByNode = /* @__PURE__ */ new Map();
  for (const pod of state.nodePods) {
    const node = pod.spec?.nodeName;
    if (!node || pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed") continue;
    const requested = requestedByNode.get(node) ?? /* @__PURE__ */ new Map();
    for (const [resource, value] of podRequests(pod.spec))
      requested.set(resource, (requested.get(resource) ?? 0n) + value);
    requested.set("pods", (requested.get("pods") ?? 0n) + 1000n);
    requestedByNode.set(node, requested);
  }
  return state.nodes.map((node) => {
    const name = node.metadata?.name ?? "";
    const taints = [...node.spec?.taints ?? []];
    if (node.spec?.unschedulable && !taints.some((t) => t.key === UNSCHEDULABLE_TAINT.key))
      taints.push(UNSCHEDULABLE_TAINT);
    const allocatable = /* @__PURE__ */ new Map();
    for (const [resource, value] of Object.entries(node.status?.allocatable ?? {})) {
      const milli = parseMilli(value);
      if (milli !== void 0) allocatable.set(resource, milli);
    }
    return {
      name,
      labels: node.metadata?.labels ?? {},
      taints,
      allocatable,
      requested: requestedByNode.get(name) ?? /* @__PURE__ */ new Map()
    };
  });
}
function fitOnNodes(spec, nodes) {
  const asked = podRequests(spec);
  asked.set("pods", 1000n);
  return nodes.map((node) => {
    const selection = nodeSelectionProblem(spec, node);
    const taints = untoleratedTaints(node.taints, spec?.tolerations);
    const short = [];
    for (const [resource, value] of asked) {
      if (value <= 0n) continue;
      const free = (node.allocatable.get(resource) ?? 0n) - (node.requested.get(resource) ?? 0n);
      if (value > free) short.push({ resource, free, asked: value });
    }
    return {
      node,
      ...selection ? { excludedBy: { kind: "selector", text: selection } } : taints.length > 0 ? {
        excludedBy: {
          kind: "taint",
          text: `taint ${taints.map(describeTaint).join(", ")} not tolerated`
        }
      } : {},
      short
    };
  });
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
  const nodes = nodeProfiles(context.state);
  return largestFirst(groups).map((g) => {
    const hint = pendingHint(
      g.workload,
      g.pending,
      context.podsByWorkload.get(workloadKey(g.workload))?.pods.length ?? g.size
    );
    const profile = nodeProfileEvidence(g.pending[0].pod, nodes, context);
    hint.evidence.splice(hint.evidence.length - 1, 0, ...profile);
    return hint;
  });
}
function nodeProfileEvidence(pod, nodes, context) {
  const unreadable = ["nodes", "pods"].filter((resource) => context.state.unreadable.has(`${resource}/*`));
  if (unreadable.length > 0)
    return [
      `node profile unknown: the gate may not list ${unreadable.join(" and ")} cluster-wide (apply hooks/optional/cluster-read.yaml)`
    ];
  if (nodes.length === 0) return [];
  const fits = fitOnNodes(pod.spec, nodes);
  const excluded = fits.filter((f) => f.excludedBy);
  const eligible = fits.filter((f) => !f.excludedBy);
  const lines = [];
  const byKind = (kind) => excluded.filter((f) => f.excludedBy.kind === kind);
  const parts = [
    byKind("taint").length > 0 ? `${byKind("taint").length} kept off by taints (${namesCapped(
      byKind("taint").map((f) => `${f.node.name}: ${f.excludedBy.text}`),
      2
    )})` : "",
    byKind("selector").length > 0 ? `${byKind("selector").length} excluded by nodeSelector/affinity (${namesCapped(
      byKind("selector").map((f) => `${f.node.name}: ${f.excludedBy.text}`),
      2
    )})` : "",
    `${eligible.length} eligible`
  ].filter(Boolean);
  lines.push(`node profile of ${plural2(nodes.length, "node")}: ${parts.join("; ")}`);
  const asked = podRequests(pod.spec);
  for (const fit of [...eligible].sort(byFreeMemory).slice(0, MAX_LISTED))
    lines.push(describeFit(fit, asked));
  if (eligible.length > MAX_LISTED)
    lines.push(`and ${plural2(eligible.length - MAX_LISTED, "more eligible node")}`);
  for (const [resource, value] of asked) {
    if (eligible.length === 0 || !eligible.every((f) => f.short.some((s) => s.resource === resource)))
      continue;
    const best = eligible.map((f) => ({ node: f.node.name, free: f.short.find((s) => s.resource === resource).free })).sort((a, b) => b.free > a.free ? 1 : b.free < a.free ? -1 : 0)[0];
    lines.push(
      `largest free ${resource} on any eligible node is ${formatResource(resource, best.free < 0n ? 0n : best.free)} (${best.node}); the pod asks ${formatResource(resource, value)}`
    );
  }
  if (eligible.length === 0)
    lines.push("no node is eligible: the taints and node selection above rule out every one");
  else if (eligible.some((f) => f.short.length === 0)) {
    const free = eligible.filter((f) => f.short.length === 0).map((f) => f.node.name);
    lines.push(
      `fits now on ${namesCapped(free, 3)}: capacity was freed after the scheduler's message, or a volume or spread rule keeps it off`
    );
  }
  return lines;
}
var freeOf = (fit, resource) => (fit.node.allocatable.get(resource) ?? 0n) - (fit.node.requested.get(resource) ?? 0n);
function byFreeMemory(a, b) {
  const [fa, fb] = [freeOf(a, "memory"), freeOf(b, "memory")];
  return fb > fa ? 1 : fb < fa ? -1 : a.node.name.localeCompare(b.node.name);
}
function describeFit(fit, asked) {
  const shown2 = ["cpu", "memory", ...[...asked.keys()].filter((r) => r !== "cpu" && r !== "memory")];
  const free = shown2.filter((r) => fit.node.allocatable.has(r)).map((r) => {
    const value = freeOf(fit, r);
    return `${r} ${formatResource(r, value < 0n ? 0n : value)}`;
  });
  const short = fit.short.map((s) => `${s.resource} (asks ${formatResource(s.resource, s.asked)})`);
  return `${fit.node.name}: free ${free.join(", ")}${short.length > 0 ? `; short of ${short.join(", ")}` : "; enough for the pod"}`;
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
  const title = pending.length === 1 ? `${first.metadata?.name}: Pending, ${leadSummary}` : `${describeWorkload(workload)}: ${pending.length} of ${plural2(total, "pod")} Pending, ${leadSummary}`;
  const evidence = [];
  for (const [summary, pods] of ranked.slice(0, MAX_LISTED)) {
    const names2 = namesCapped(pods.map((p) => p.pod.metadata?.name ?? ""));
    evidence.push(`${names2}: scheduler: ${quote(summary)}${pods[0].seen}`);
  }
  if (ranked.length > MAX_LISTED) evidence.push(`and ${plural2(ranked.length - MAX_LISTED, "more message")}`);
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
    const total = values.reduce((sum, v) => sum + (parseMilli(v) ?? 0n), 0n);
    parts.push(`${resource} ${values.length === 1 ? values[0] : formatResource(resource, total)}`);
  }
  return parts.length > 0 ? parts.join(", ") : void 0;
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

// src/prometheus/workload-metrics.ts
var MAX_PODS_PER_QUERY = 50;
var containerMetricsKey = (m) => `${m.namespace}/${m.pod}/${m.container}`;
function podRegex(pods) {
  return pods.map((p) => p.replace(/\./g, "[.]")).join("|");
}
function workloadMetricQueries(selection, labels) {
  const { namespaceLabel: ns, podLabel: pod, containerLabel: container } = labels;
  const by = `${ns}, ${pod}, ${container}`;
  const scope = `${ns}=${JSON.stringify(selection.namespace)}, ${pod}=~"${podRegex(selection.pods)}"`;
  const containers = `${container}!="", ${container}!="POD"`;
  const memoryShare = `sum by (${by}) (container_memory_working_set_bytes{${scope}, ${containers}}) / on (${by}) sum by (${by}) (kube_pod_container_resource_limits{${scope}, resource="memory"})`;
  return [
    {
      field: "restartsLastHour",
      signal: "restarts",
      source: "kube_pod_container_status_restarts_total (kube-state-metrics)",
      promql: `sum by (${by}) (increase(kube_pod_container_status_restarts_total{${scope}}[1h]))`
    },
    {
      field: "memoryShareMin",
      signal: "memory",
      source: "container_memory_working_set_bytes (cAdvisor) or kube_pod_container_resource_limits (kube-state-metrics)",
      promql: `min_over_time((${memoryShare})[1h:1m])`
    },
    {
      field: "memoryShareMax",
      signal: "memory",
      source: "container_memory_working_set_bytes (cAdvisor) or kube_pod_container_resource_limits (kube-state-metrics)",
      promql: `max_over_time((${memoryShare})[1h:1m])`
    },
    {
      field: "throttledShare",
      signal: "CPU throttling",
      source: "container_cpu_cfs_throttled_periods_total (cAdvisor)",
      promql: `sum by (${by}) (increase(container_cpu_cfs_throttled_periods_total{${scope}, ${containers}}[1h])) / on (${by}) sum by (${by}) (increase(container_cpu_cfs_periods_total{${scope}, ${containers}}[1h]))`
    }
  ];
}
async function readWorkloadMetrics(client, selections, at, labels) {
  const byKey = /* @__PURE__ */ new Map();
  const missing = /* @__PURE__ */ new Set();
  const queries = selections.filter((s) => s.pods.length > 0).flatMap(
    (s) => workloadMetricQueries({ ...s, pods: s.pods.slice(0, MAX_PODS_PER_QUERY) }, labels).map((q) => ({
      ...q,
      namespace: s.namespace
    }))
  );
  await Promise.all(
    queries.map(async (query) => {
      let samples;
      try {
        samples = (await client.query(query.promql, at)).samples;
      } catch (error) {
        missing.add(`${query.signal}: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      if (samples.length === 0) {
        missing.add(`${query.signal}: no ${query.source} series for namespace ${query.namespace}`);
        return;
      }
      for (const sample of samples) {
        if (!Number.isFinite(sample.value)) continue;
        const identity = {
          namespace: sample.labels[labels.namespaceLabel] ?? query.namespace,
          pod: sample.labels[labels.podLabel] ?? "",
          container: sample.labels[labels.containerLabel] ?? ""
        };
        const key = containerMetricsKey(identity);
        const entry = byKey.get(key) ?? identity;
        entry[query.field] = sample.value;
        byKey.set(key, entry);
      }
    })
  );
  const containers = [...byKey.values()].sort(
    (a, b) => containerMetricsKey(a).localeCompare(containerMetricsKey(b))
  );
  return { containers, missing: [...missing].sort() };
}

// src/hints/cause.ts
var RESTART_SPIKE = 3;
var CRASH_KINDS = /* @__PURE__ */ new Set([
  "go-panic",
  "java-exception",
  "node-uncaught",
  "python-traceback",
  "address-in-use",
  "permission-denied",
  "exec-format"
]);
function chooseCause(input) {
  const { log } = input;
  if (input.problem === "image-pull")
    return { cause: "image-pull", headline: "the image cannot be pulled", row: 1 };
  if (input.problem === "pod-config-error")
    return { cause: "config-missing", headline: "the container cannot be created: config missing", row: 2 };
  const saturated = input.memoryShareMax !== void 0 && input.memoryShareMax >= input.memorySaturation;
  if (input.problem === "pod-oomkilled" || saturated) {
    const why = input.problem === "pod-oomkilled" ? "OOMKilled" : `memory at ${percent(input.memoryShareMax)} of the limit`;
    return { cause: "memory-limit", headline: `memory limit too low (${why})`, row: 3 };
  }
  if (log?.kind === "java-oom")
    return { cause: "memory-limit", headline: `Java heap too small: ${log.summary}`, row: 4 };
  if (log?.kind === "missing-config")
    return { cause: "config-missing", headline: `config missing: ${log.summary}`, row: 5 };
  if (log?.kind === "connection-refused")
    return {
      cause: "dependency-down",
      headline: `dependency down: ${log.dependency ? `${log.dependency} refused the connection` : log.summary}`,
      row: 6
    };
  const crashed = log !== void 0 && CRASH_KINDS.has(log.kind);
  if (!crashed && input.hookOrProbeFailing)
    return {
      cause: "probe-or-hook",
      headline: "probe or hook misconfigured: the kubelet kills the container",
      row: 7
    };
  if (crashed) {
    const where = log.frame ? ` at ${log.frame}` : "";
    return { cause: "application-crash", headline: `application crash${where}: ${log.summary}`, row: 8 };
  }
  return { cause: "unknown", headline: "cause not determined from the sources read", row: 9 };
}
function percent(share) {
  return `${Math.round(share * 100)} %`;
}

// src/cluster/logs.ts
import { CoreV1Api as CoreV1Api3 } from "../vendor/@kubernetes/client-node.js";
import pLimit2 from "../vendor/p-limit.js";
var LOG_TAIL_LINES = 100;
var LOG_LIMIT_BYTES = 16 * 1024;
var LOG_BUDGET_MS = 5e3;
var MAX_LOGS_READ = 10;
var logKey = (t) => `${t.namespace}/${t.pod}/${t.container}`;
async function readPreviousLogs(kc, targets, options = {}) {
  const budgetMs = options.budgetMs ?? LOG_BUDGET_MS;
  const limitBytes = options.limitBytes ?? LOG_LIMIT_BYTES;
  const chosen = targets.slice(0, options.maxTargets ?? MAX_LOGS_READ);
  if (chosen.length === 0) return [];
  let core;
  try {
    core = kc.makeApiClient(CoreV1Api3);
  } catch (error) {
    const missing = `not read: no usable kubeconfig (${error.message})`;
    return chosen.map((target) => ({ target, missing }));
  }
  const budget = AbortSignal.timeout(budgetMs);
  const signal = options.signal ? AbortSignal.any([options.signal, budget]) : budget;
  const callOptions2 = withAnswerChecks({ maxBytes: limitBytes + 4096 }, withSignal(signal));
  const limit = pLimit2(4);
  return Promise.all(
    chosen.map(
      (target) => limit(async () => {
        if (signal.aborted) return { target, missing: notInTime(budget, budgetMs) };
        try {
          const text4 = await core.readNamespacedPodLog(
            {
              namespace: target.namespace,
              name: target.pod,
              container: target.container,
              previous: true,
              tailLines: options.tailLines ?? LOG_TAIL_LINES,
              limitBytes
            },
            callOptions2
          );
          return { target, text: typeof text4 === "string" ? text4 : String(text4 ?? "") };
        } catch (error) {
          const failure = classifyFailure(error);
          if (failure.kind === "forbidden")
            return {
              target,
              missing: `forbidden (needs get on pods/log in namespace ${target.namespace})`,
              forbidden: true
            };
          if (failure.kind === "timeout") return { target, missing: notInTime(budget, budgetMs) };
          if (failure.code === 400 && /previous terminated container/.test(failure.detail))
            return { target, missing: "no previous instance (the API server kept no log of it)" };
          return { target, missing: failure.detail };
        }
      })
    )
  );
}
function notInTime(budget, budgetMs) {
  return budget.aborted ? `not read within the ${formatMs(budgetMs)} log budget` : "not read: the run's deadline passed";
}

// src/hints/logs/classify.ts
var MAX_QUOTED_LINES = 3;
var MAX_LINE = 200;
function find(lines, pattern, from = 0) {
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i])) return i;
  return -1;
}
function cut(line) {
  const text4 = redactInlineSecrets(line.replace(/\s+$/, ""));
  return text4.length > MAX_LINE ? `${text4.slice(0, MAX_LINE - 1)}\u2026` : text4;
}
function quote2(lines, ...indexes) {
  const seen = /* @__PURE__ */ new Set();
  const quoted = [];
  for (const i of indexes) {
    if (i < 0 || i >= lines.length || seen.has(i)) continue;
    seen.add(i);
    quoted.push(cut(lines[i].trim()));
  }
  return quoted.slice(0, MAX_QUOTED_LINES);
}
function lineRow(kind, looksFor, pattern, summary, extra) {
  return {
    kind,
    looksFor,
    match(lines) {
      const i = find(lines, pattern);
      if (i < 0) return void 0;
      const m = pattern.exec(lines[i]);
      return { summary: summary(m), quoted: quote2(lines, i), ...extra?.(m) };
    }
  };
}
var GO_PANIC = /(?:^|\s)(panic|fatal error): (.+)$/;
var GO_GOROUTINE = /^goroutine \d+ \[[^\]]+\]:\s*$/;
var GO_FILE = /^\s+(\S+\.go:\d+)(?: \+0x[0-9a-f]+)?\s*$/;
var JAVA_OOM = /java\.lang\.OutOfMemoryError(?::\s*(.+))?/;
var JAVA_EXCEPTION = /^(?:Exception in thread "[^"]*" )?((?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error))(?::\s*(.*))?$/;
var JAVA_FRAME = /^\s*at ([\w$.<>]+)\(([^)]*)\)/;
var NODE_ERROR = /^(?:Uncaught )?((?:[A-Z]\w*)?Error)(?: \[(\w+)\])?: (.+)$/;
var NODE_FRAME = /^\s+at (.+)$/;
var NODE_MARK = /^(?:node:internal\/|Node\.js v\d+|\s+at .+\(node:internal\/)/m;
var PYTHON_START = /^Traceback \(most recent call last\):\s*$/;
var PYTHON_FRAME = /^\s+File "([^"]+)", line (\d+), in (\S+)/;
var PYTHON_ERROR = /^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)|KeyError)(?::\s*(.*))?$/;
var PYTHON_LIBRARY = /\/(?:site-packages|dist-packages|lib\/python\d[\d.]*)\//;
function pythonFrame(lines, start, end) {
  let own = -1;
  let any = -1;
  for (let i = start; i < end; i++) {
    const m = PYTHON_FRAME.exec(lines[i]);
    if (!m) continue;
    any = i;
    if (!PYTHON_LIBRARY.test(m[1])) own = i;
  }
  return own >= 0 ? own : any;
}
function describePythonFrame(line) {
  const m = PYTHON_FRAME.exec(line);
  return m ? `${m[3]} (${m[1]}:${m[2]})` : void 0;
}
var LOG_PATTERNS = [
  lineRow(
    "exec-format",
    '"exec format error": the image was built for another CPU architecture',
    /exec format error/i,
    () => "the image's binary is for another CPU architecture (exec format error)"
  ),
  {
    kind: "java-oom",
    looksFor: "`java.lang.OutOfMemoryError` (heap, metaspace, native threads)",
    match(lines) {
      const i = find(lines, JAVA_OOM);
      if (i < 0) return void 0;
      const what = JAVA_OOM.exec(lines[i])[1]?.trim();
      const frame = find(lines, JAVA_FRAME, i + 1);
      const frameMatch = frame >= 0 && frame <= i + 3 ? JAVA_FRAME.exec(lines[frame]) : null;
      return {
        summary: `Java OutOfMemoryError${what ? `: ${what}` : ""}`,
        frame: frameMatch ? `${frameMatch[1]} (${frameMatch[2]})` : void 0,
        quoted: quote2(lines, i, frameMatch ? frame : -1)
      };
    }
  },
  {
    kind: "missing-config",
    looksFor: 'a missing environment variable (Python `KeyError` from `os.environ`, "environment variable X is not set"), or a config file that does not exist ("open /etc/app/config.yaml: no such file or directory")',
    match(lines) {
      const environ = find(lines, /os\.environ\[\s*['"](\w+)['"]\s*\]/);
      const keyError = find(lines, /^KeyError: ['"](\w+)['"]/);
      if (environ >= 0 && keyError >= 0) {
        const name = /^KeyError: ['"](\w+)['"]/.exec(lines[keyError])[1];
        return {
          summary: `environment variable ${name} is not set`,
          frame: describePythonFrame(lines[environ - 1] ?? ""),
          quoted: quote2(lines, environ, keyError)
        };
      }
      const unset = /(?:environment variable|env var(?:iable)?)\s+["'`]?([A-Za-z_]\w*)["'`]?\s+(?:is\s+)?(?:not set|missing|required|must be set|is empty)/i;
      const env = find(lines, unset);
      if (env >= 0)
        return {
          summary: `environment variable ${unset.exec(lines[env])[1]} is not set`,
          quoted: quote2(lines, env)
        };
      const file = /(?:open|read|load(?:ing)?|stat)\s+["']?((?:\/|\.\/)[^\s:"']*(?:conf|config|settings|\.ya?ml|\.json|\.toml|\.ini|\.properties|\.env)[^\s:"']*)["']?:?\s*(?:no such file or directory|not found|ENOENT)/i;
      const missing = find(lines, file);
      if (missing >= 0)
        return {
          summary: `config file ${file.exec(lines[missing])[1]} does not exist`,
          quoted: quote2(lines, missing)
        };
      return void 0;
    }
  },
  lineRow(
    "address-in-use",
    '"address already in use" (EADDRINUSE): two processes or containers bind one port',
    /address already in use|EADDRINUSE/i,
    (m) => `the port is taken: "${m.input.trim().slice(0, 120)}"`
  ),
  {
    kind: "connection-refused",
    looksFor: '"connection refused" (ECONNREFUSED) to a named host:port: a dependency down or not yet up',
    match(lines) {
      const i = find(lines, /connection refused|ECONNREFUSED/i);
      if (i < 0) return void 0;
      const target = /((?:[a-z0-9-]+\.)*[a-z0-9-]+|\d+\.\d+\.\d+\.\d+|\[[0-9a-f:]+\]):(\d{2,5})\b/i.exec(
        lines[i].replace(/^\S*\d{2}:\d{2}:\d{2}\S*\s*/, "")
      );
      const dependency = target ? `${target[1]}:${target[2]}` : void 0;
      return {
        summary: `connection refused${dependency ? ` by ${dependency}` : ""}`,
        dependency,
        quoted: quote2(lines, i)
      };
    }
  },
  lineRow(
    "permission-denied",
    '"permission denied" / EACCES / "operation not permitted": the user or a read-only filesystem',
    /permission denied|EACCES|operation not permitted/i,
    () => "permission denied"
  ),
  {
    kind: "go-panic",
    looksFor: "Go `panic:` / `fatal error:` with the first frame of the goroutine that panicked",
    match(lines) {
      const i = find(lines, GO_PANIC);
      if (i < 0) return void 0;
      const m = GO_PANIC.exec(lines[i]);
      const goroutine = find(lines, GO_GOROUTINE, i + 1);
      let frame;
      let frameLine = -1;
      if (goroutine >= 0) {
        const call = lines[goroutine + 1] ?? "";
        const file = GO_FILE.exec(lines[goroutine + 2] ?? "");
        const name = /^([^\s(]+(?:\([^)]*\))?[^\s(]*)\(/.exec(call)?.[1] ?? call.trim();
        if (name && file) {
          frame = `${name} (${file[1]})`;
          frameLine = goroutine + 2;
        }
      }
      return {
        summary: `Go ${m[1]}: ${m[2].trim()}`,
        frame,
        quoted: quote2(lines, i, frameLine >= 0 ? frameLine - 1 : -1, frameLine)
      };
    }
  },
  {
    kind: "java-exception",
    looksFor: 'an uncaught Java exception ("Exception in thread "main" ...", a class name ending in Exception/Error with `at` frames)',
    match(lines) {
      for (let i = 0; i < lines.length; i++) {
        const m = JAVA_EXCEPTION.exec(lines[i].trim());
        if (!m) continue;
        const next = JAVA_FRAME.exec(lines[i + 1] ?? "");
        if (!next && !/^Exception in thread/.test(lines[i].trim())) continue;
        return {
          summary: `uncaught ${m[1]}${m[2] ? `: ${m[2]}` : ""}`,
          frame: next ? `${next[1]} (${next[2]})` : void 0,
          quoted: quote2(lines, i, next ? i + 1 : -1)
        };
      }
      return void 0;
    }
  },
  {
    kind: "node-uncaught",
    looksFor: "a Node.js uncaught error (`Error: ...` with `at` frames and `node:internal` or `Node.js vNN`)",
    match(lines) {
      if (!NODE_MARK.test(lines.join("\n"))) return void 0;
      const i = find(lines, NODE_ERROR);
      if (i < 0) return void 0;
      const m = NODE_ERROR.exec(lines[i]);
      let frameLine = -1;
      for (let j = i + 1; j < lines.length && NODE_FRAME.test(lines[j]); j++) {
        if (!/node:internal\//.test(lines[j])) {
          frameLine = j;
          break;
        }
      }
      return {
        summary: `Node.js uncaught ${m[1]}${m[2] ? ` ${m[2]}` : ""}: ${m[3]}`,
        frame: frameLine >= 0 ? NODE_FRAME.exec(lines[frameLine])[1] : void 0,
        quoted: quote2(lines, i, frameLine)
      };
    }
  },
  {
    kind: "python-traceback",
    looksFor: "a Python traceback: the exception on its last line and the innermost frame of the application",
    match(lines) {
      const start = find(lines, PYTHON_START);
      if (start < 0) return void 0;
      let error = -1;
      for (let i = start + 1; i < lines.length; i++) {
        if (PYTHON_ERROR.test(lines[i])) {
          error = i;
          break;
        }
      }
      const frame = pythonFrame(lines, start + 1, error >= 0 ? error : lines.length);
      const m = error >= 0 ? PYTHON_ERROR.exec(lines[error]) : null;
      return {
        summary: m ? `Python ${m[1]}${m[2] ? `: ${m[2]}` : ""}` : "Python traceback",
        frame: frame >= 0 ? describePythonFrame(lines[frame]) : void 0,
        quoted: quote2(lines, error, frame)
      };
    }
  }
];
function classifyLog(text4) {
  const lines = text4.split(/\r?\n/);
  for (const pattern of LOG_PATTERNS) {
    const found = pattern.match(lines);
    if (found) return { kind: pattern.kind, ...found };
  }
  return void 0;
}
function lastLines(text4, count = MAX_QUOTED_LINES) {
  return text4.split(/\r?\n/).filter((line) => line.trim() !== "").slice(-count).map(cut);
}

// src/hints/live/diagnosis.ts
var THROTTLING_SHARE = 0.25;
function bestLog(problems, diagnosis) {
  let firstRead;
  let firstMissing;
  for (const problem of problems) {
    const outcome = diagnosis.logs.get(logKey(targetOf(problem)));
    if (!outcome) continue;
    if ("text" in outcome) {
      const classified = classifyLog(outcome.text);
      if (classified) return { outcome, classified };
      firstRead ??= outcome;
    } else firstMissing ??= outcome;
  }
  return { outcome: firstRead ?? firstMissing };
}
function targetOf(problem) {
  return {
    namespace: problem.pod.metadata?.namespace ?? "",
    pod: problem.pod.metadata?.name ?? "",
    container: problem.container
  };
}
function metricsOf(problems, diagnosis) {
  const wanted = new Set(problems.map((p) => containerMetricsKey(targetOf(p))));
  return (diagnosis.metrics?.containers ?? []).filter((m) => wanted.has(containerMetricsKey(m)));
}
function maxOf(values) {
  const defined = values.filter((v) => v !== void 0);
  return defined.length > 0 ? Math.max(...defined) : void 0;
}
function hookOrProbeEvent(problems, context) {
  for (const problem of problems.slice(0, MAX_LISTED)) {
    const meta = problem.pod.metadata;
    const event = context.eventsFor("Pod", meta?.namespace ?? "", meta?.name ?? "", meta?.uid).find(
      (e) => e.reason === "FailedPostStartHook" || e.reason === "Unhealthy" && /^(Liveness|Startup) probe failed/.test(e.message ?? "")
    );
    if (event) return event;
  }
  return void 0;
}
function fuseCause(hint, group, context) {
  const diagnosis = context.diagnosis;
  if (!diagnosis) return hint;
  const ran = group.kind === "pod-crashloop" || group.kind === "pod-oomkilled";
  const { outcome, classified } = ran ? bestLog(group.problems, diagnosis) : {};
  const metrics = ran ? metricsOf(group.problems, diagnosis) : [];
  const restarts = maxOf(metrics.map((m) => m.restartsLastHour));
  const memoryMax = maxOf(metrics.map((m) => m.memoryShareMax));
  const throttled = maxOf(metrics.map((m) => m.throttledShare));
  const event = ran ? hookOrProbeEvent(group.problems, context) : void 0;
  const cause = chooseCause({
    problem: group.kind,
    log: classified,
    logRead: outcome !== void 0 && "text" in outcome,
    restartsLastHour: restarts,
    memoryShareMax: memoryMax,
    memorySaturation: diagnosis.memorySaturation,
    hookOrProbeFailing: event !== void 0
  });
  const lines = [`cause: ${cause.headline}`];
  if (ran) {
    lines.push(...logLines(outcome, classified, diagnosis));
    const facts = [
      restarts !== void 0 ? `${Math.round(restarts)} restarts in the last hour${restarts >= RESTART_SPIKE ? " (a restart spike)" : ""}` : "",
      memoryMax !== void 0 ? `memory working set up to ${percent(memoryMax)} of the limit over the last hour` : "",
      throttled !== void 0 ? `CPU throttled in ${percent(throttled)} of periods` : ""
    ].filter(Boolean);
    if (facts.length > 0) lines.push(`metrics: ${facts.join("; ")}`);
    if (diagnosis.metricsMissing) lines.push(`metrics: ${diagnosis.metricsMissing}`);
    for (const missing of diagnosis.metrics?.missing ?? []) lines.push(`metrics: ${missing}`);
    if (event && !hint.evidence.some((e) => e.includes(event.message ?? "\0")))
      lines.push(`events: ${event.reason} ${quote(event.message ?? "")}${eventSeen(event, context.now)}`);
  }
  const evidence = [...hint.evidence];
  const fixAt = evidence.findIndex((e) => e.startsWith("fix: "));
  const at = fixAt >= 0 ? fixAt : evidence.length;
  evidence.splice(at, 0, ...lines);
  const fix = causeFix(cause, classified, group);
  if (fix) {
    const index = evidence.findIndex((e) => e.startsWith("fix: "));
    if (index >= 0) evidence[index] = fix;
    else evidence.push(fix);
  }
  const title = cause.cause === "unknown" || !ran ? hint.title : `${hint.title}: ${cause.headline}`;
  return { ...hint, title, evidence };
}
function logLines(outcome, classified, diagnosis) {
  if (!outcome) return [`logs: ${diagnosis.logsMissing ?? "not read"}`];
  const where = `${outcome.target.pod} (previous instance)`;
  if ("missing" in outcome) return [`logs of ${where}: ${outcome.missing}`];
  if (classified) return classified.quoted.map((line) => `log of ${where}: ${quote(line)}`);
  const tail = lastLines(outcome.text);
  if (tail.length === 0) return [`log of ${where}: empty (the process wrote nothing before it exited)`];
  return tail.map((line) => `log of ${where}, last lines: ${quote(line)}`);
}
function causeFix(cause, log, group) {
  const where = `container ${group.container} of ${describeWorkload(group.workload)}`;
  const rollback = rollbackCommand(group.workload);
  const undo = rollback ? `; if it began with this release, roll back (${rollback})` : "";
  switch (cause.row) {
    case 3:
      return group.kind === "pod-oomkilled" ? void 0 : `fix: ${where} runs close to its memory limit: raise resources.limits.memory (and requests.memory with it), or lower the process's memory use (heap flags such as -Xmx, --max-old-space-size, GOMEMLIMIT)${undo}`;
    case 4:
      return `fix: the JVM of ${where} runs out of heap: raise -Xmx (or -XX:MaxRAMPercentage) with limits.memory, or find what fills the heap${undo}`;
    case 5:
      return `fix: ${where} needs what its log says is missing (${log?.summary}): set it in the pod template's env, or in the ConfigMap/Secret it comes from${undo}`;
    case 6:
      return `fix: ${log?.dependency ?? "a dependency"} refuses connections from ${where}: check that it runs and its Service has ready endpoints, or make the container retry instead of exiting`;
    case 7:
      return `fix: ${where} logs no crash, but the kubelet kills it: correct the liveness/startup probe (path, port, initialDelaySeconds, failureThreshold) or the postStart hook`;
    case 8:
      return `fix: ${where} crashes in its own code${log?.frame ? ` at ${log.frame}` : ""}: fix it there${undo}`;
    default:
      return void 0;
  }
}
function podIndex(context) {
  const index = /* @__PURE__ */ new Map();
  for (const { workload, pods } of context.podsByWorkload.values())
    for (const pod of pods) index.set(`${pod.metadata?.namespace}/${pod.metadata?.name}`, { workload, pod });
  return index;
}
function metricHints(context, taken) {
  const diagnosis = context.diagnosis;
  if (!diagnosis?.metrics) return [];
  const index = podIndex(context);
  const saturated = /* @__PURE__ */ new Map();
  const throttled = /* @__PURE__ */ new Map();
  for (const m of diagnosis.metrics.containers) {
    const found = index.get(`${m.namespace}/${m.pod}`);
    if (!found || taken.has(containerMetricsKey(m))) continue;
    const key = `${workloadKey(found.workload)}|${m.container}`;
    const limit = found.pod.spec?.containers?.find((c) => c.name === m.container)?.resources?.limits?.memory;
    if (m.memoryShareMin !== void 0 && m.memoryShareMin >= diagnosis.memorySaturation) {
      const entry = saturated.get(key) ?? {
        workload: found.workload,
        container: m.container,
        lines: [],
        low: 1
      };
      entry.low = Math.min(entry.low, m.memoryShareMin);
      const low = percent(m.memoryShareMin);
      const high = percent(m.memoryShareMax ?? m.memoryShareMin);
      entry.lines.push(
        `${m.pod}: working set ${low === high ? low : `${low}\u2013${high}`} of ${limit ? `the ${limit} limit` : "the limit"} over the last hour`
      );
      saturated.set(key, entry);
    }
    if (m.throttledShare !== void 0 && m.throttledShare >= THROTTLING_SHARE) {
      const entry = throttled.get(key) ?? {
        workload: found.workload,
        container: m.container,
        lines: [],
        high: 0
      };
      entry.high = Math.max(entry.high, m.throttledShare);
      entry.lines.push(
        `${m.pod}: CPU throttled in ${percent(m.throttledShare)} of periods over the last hour`
      );
      throttled.set(key, entry);
    }
  }
  const hints = [];
  for (const entry of saturated.values()) {
    const title = `${describeWorkload(entry.workload)}: container ${entry.container} above ${percent(entry.low)} of its memory limit for the last hour: OOMKilled is likely: raise the limit or lower the heap`;
    hints.push({
      id: "memory-saturation",
      title,
      evidence: [
        ...entry.lines.slice(0, MAX_LISTED),
        `fix: raise resources.limits.memory of container ${entry.container} in ${describeWorkload(entry.workload)} (and requests.memory with it), or lower the heap (-Xmx, --max-old-space-size, GOMEMLIMIT) well below it`
      ]
    });
  }
  for (const entry of throttled.values()) {
    hints.push({
      id: "cpu-throttling",
      title: `${describeWorkload(entry.workload)}: container ${entry.container} CPU-throttled in ${percent(entry.high)} of periods over the last hour`,
      evidence: [
        ...entry.lines.slice(0, MAX_LISTED),
        `fix: the CPU limit of container ${entry.container} slows it (latency, failed probes): raise resources.limits.cpu, or remove the limit and keep the request`
      ]
    });
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
    for (const group of largestFirst(ofKind)) hints.push(fuseCause(hintFor(group, context), group, context));
  }
  const taken = new Set(
    [...groups.values()].flatMap(
      (g) => g.problems.map((p) => `${p.pod.metadata?.namespace}/${p.pod.metadata?.name}/${p.container}`)
    )
  );
  hints.push(...restartSpikeHints(context, taken));
  hints.push(...metricHints(context, taken));
  return hints;
}
function restartSpikeHints(context, taken) {
  const metrics = context.diagnosis?.metrics;
  if (!metrics) return [];
  const restarts = new Map(metrics.containers.map((m) => [containerMetricsKey(m), m.restartsLastHour]));
  const groups = /* @__PURE__ */ new Map();
  for (const { workload, pods } of context.podsByWorkload.values()) {
    for (const pod of pods) {
      const specs = new Map((pod.spec?.containers ?? []).map((c) => [c.name, c]));
      for (const status of pod.status?.containerStatuses ?? []) {
        const key = `${pod.metadata?.namespace}/${pod.metadata?.name}/${status.name}`;
        const count = restarts.get(key);
        if (taken.has(key) || !status.state?.running || count === void 0 || count < RESTART_SPIKE)
          continue;
        taken.add(key);
        const groupKey = `${workloadKey(workload)}|${status.name}`;
        const group = groups.get(groupKey) ?? {
          kind: "pod-crashloop",
          workload,
          container: status.name,
          problems: [],
          total: pods.length,
          size: 0
        };
        group.problems.push({
          kind: "pod-crashloop",
          pod,
          container: status.name,
          init: false,
          state: "Running",
          restarts: status.restartCount ?? 0,
          last: status.lastState?.terminated,
          memoryLimit: specs.get(status.name)?.resources?.limits?.memory,
          image: specs.get(status.name)?.image ?? status.image
        });
        group.size = group.problems.length;
        groups.set(groupKey, group);
      }
    }
  }
  return largestFirst([...groups.values()]).map((group) => {
    const most = Math.round(Math.max(...group.problems.map((p) => restarts.get(logKeyOf(p)) ?? 0)));
    const hint = {
      id: "restart-spike",
      title: subject(group, `running again, but restarted ${plural2(most, "time")} in the last hour`, true),
      evidence: [
        ...perPod(group, (p) => `${podLabel(p)}: ${lastRun(p, context)}`),
        `fix: read why it exits (${logsCommand(group.problems[0])})`
      ]
    };
    return fuseCause(hint, group, context);
  });
}
function logKeyOf(problem) {
  return `${problem.pod.metadata?.namespace}/${problem.pod.metadata?.name}/${problem.container}`;
}
var LOGS_PER_GROUP = 2;
function diagnosisTargets(state, scope) {
  const context = createLiveContext(state, scope);
  const crashed = [];
  const restarted = [];
  const perGroup = /* @__PURE__ */ new Map();
  const pods = /* @__PURE__ */ new Map();
  const add = (list3, workload, pod, container) => {
    const group = `${workloadKey(workload)}|${container}`;
    const count = perGroup.get(group) ?? 0;
    if (count >= LOGS_PER_GROUP) return;
    perGroup.set(group, count + 1);
    list3.push({
      namespace: pod.metadata?.namespace ?? workload.namespace,
      pod: pod.metadata?.name ?? "",
      container
    });
  };
  for (const { workload, pods: workloadPods } of context.podsByWorkload.values()) {
    for (const pod of workloadPods) {
      const namespace = pod.metadata?.namespace ?? workload.namespace;
      pods.set(namespace, [...pods.get(namespace) ?? [], pod.metadata?.name ?? ""]);
      const problems = containerProblems(pod);
      for (const problem of problems) {
        if (problem.kind === "pod-crashloop" || problem.kind === "pod-oomkilled")
          add(crashed, workload, pod, problem.container);
      }
      for (const status of pod.status?.containerStatuses ?? []) {
        if (problems.some((p) => p.container === status.name)) continue;
        if (status.state?.running && status.restartCount > 0 && status.lastState?.terminated)
          add(restarted, workload, pod, status.name);
      }
    }
  }
  return {
    // The crashed containers first: they are read before the cap on log reads cuts the list.
    logs: [...crashed, ...restarted],
    pods: [...pods].map(([namespace, names2]) => ({ namespace, pods: names2.filter(Boolean).sort() }))
  };
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
  const count = `${group.problems.length} of ${plural2(group.total, "pod")}`;
  return `${describeWorkload(group.workload)}: ${count}${container} ${asIs ? "" : "in "}${what}`;
}
function hasSeveralContainers(pod) {
  return (pod.spec?.containers?.length ?? 0) + (pod.spec?.initContainers?.length ?? 0) > 1;
}
function perPod(group, line) {
  const lines = group.problems.slice(0, MAX_LISTED).map(line);
  const rest = group.problems.slice(MAX_LISTED).map((p) => p.pod.metadata?.name ?? "");
  if (rest.length > 0)
    lines.push(`and ${plural2(rest.length, "more pod")} in the same state: ${namesCapped(rest)}`);
  return lines;
}
function podLabel(problem) {
  const node = problem.pod.spec?.nodeName;
  return `${problem.pod.metadata?.name}${node ? ` on ${node}` : ""}`;
}
function lastRun(problem, context) {
  const finished = timeOf(problem.last?.finishedAt);
  return [
    `container ${problem.container} restarted ${plural2(problem.restarts, "time")}`,
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
function daemonSetPodSpec(spec) {
  const added = [
    { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute" },
    { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute" },
    { key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" },
    ...spec?.hostNetwork ? [{ key: "node.kubernetes.io/network-unavailable", operator: "Exists", effect: "NoSchedule" }] : []
  ];
  return { containers: [], ...spec, tolerations: [...spec?.tolerations ?? [], ...added] };
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
    const lacks = node && pod.status?.phase === "Pending" ? shortOn(node, ds, context) : "";
    evidence.push(`${node ?? "(node unknown)"}: pod ${meta?.name} ${podStateSummary(pod)}${why}${lacks}`);
  }
  if (notReady.length > MAX_LISTED)
    evidence.push(`and ${plural2(notReady.length - MAX_LISTED, "more pod")} not ready`);
  const coverage = nodeCoverage(ds, pods, context);
  if (coverage) evidence.push(...coverage.lines);
  else if (withoutPod > 0) {
    const unknownWhy = context.state.unreadable.has("nodes/*") ? "the gate may not list nodes (apply hooks/optional/cluster-read.yaml)" : "the Nodes were not read";
    evidence.push(
      `${plural2(withoutPod, "node")} that should run a pod ${withoutPod === 1 ? "has" : "have"} none (which ones is unknown: ${unknownWhy}; compare kubectl get nodes with kubectl get pods -n ${ref.namespace} -o wide)`
    );
  }
  const failedCreate = context.eventsFor("DaemonSet", ref.namespace, ref.name, ds.metadata?.uid).find((e) => e.reason === "FailedCreate" || e.reason === "FailedPlacement");
  if (failedCreate)
    evidence.push(`controller: ${quote(failedCreate.message ?? "")}${eventSeen(failedCreate, context.now)}`);
  const pending = notReady.some((p) => p.status?.phase === "Pending" && !p.spec?.nodeName);
  evidence.push(
    pending ? `fix: the pods do not fit on their nodes next to what already runs there: lower their requests, or give ${describeWorkload(ref)} a priorityClassName such as system-node-critical so they preempt lower-priority pods` : withoutPod > 0 && notReady.length === 0 ? `fix: the controller did not create pods for some nodes${failedCreate ? " (see its message)" : ""}: fix what refuses them (quota, admission)` : `fix: the pods on ${nodes.length > 0 ? namesCapped(nodes) : "those nodes"} are not ready; the pod hints say why`
  );
  const where = (nodes.length > 0 ? `; not ready on ${namesCapped(nodes, 3)}` : "") + (coverage && coverage.missing.length > 0 ? `; no pod on ${namesCapped(coverage.missing, 3)}` : "");
  return {
    id: "daemonset-incomplete",
    title: `${describeWorkload(ref)}: ${ready} of ${plural2(desired, "pod")} ready${where}`,
    evidence
  };
}
function nodeCoverage(ds, pods, context) {
  const profiles = nodeProfiles(context.state);
  if (profiles.length === 0) return void 0;
  const covered = new Set(pods.map(targetNode).filter((n) => n !== void 0));
  const fits = fitOnNodes(
    daemonSetPodSpec(ds.spec?.template?.spec),
    profiles.filter((n) => !covered.has(n.name))
  );
  const missing = fits.filter((f) => !f.excludedBy).map((f) => f.node.name);
  const excluded = fits.filter(
    (f) => !!f.excludedBy
  );
  const lines = [];
  if (missing.length > 0)
    lines.push(
      `${namesCapped(missing)}: no pod, though no taint or node selection keeps it off (the controller did not create one)`
    );
  for (const fit of excluded.slice(0, MAX_LISTED))
    lines.push(
      `${fit.node.name}: no pod: ${fit.excludedBy.text}` + (fit.excludedBy.kind === "taint" ? " (add a toleration if the DaemonSet must run there)" : " (by design, unless the labels are wrong)")
    );
  if (excluded.length > MAX_LISTED)
    lines.push(`and ${plural2(excluded.length - MAX_LISTED, "more node")} excluded`);
  lines.push(
    `${plural2(profiles.length, "node")}: ${covered.size} with a pod, ${missing.length} without one that should have it, ${excluded.length} excluded`
  );
  return { lines, missing };
}
function shortOn(node, ds, context) {
  const profile = nodeProfiles(context.state).find((n) => n.name === node);
  if (!profile) return "";
  const [fit] = fitOnNodes(daemonSetPodSpec(ds.spec?.template?.spec), [profile]);
  if (!fit || fit.short.length === 0) return "";
  return `; ${node} has ` + fit.short.map(
    (s) => `${s.resource} ${formatResource(s.resource, s.free < 0n ? 0n : s.free)} free, the pod asks ${formatResource(s.resource, s.asked)}`
  ).join("; ");
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
  const title = stuck ? `${describeWorkload(ref)}: rollout stuck, ${(progressing.message ?? "progress deadline exceeded").replace(/\.$/, "")} (${status.updatedReplicas ?? 0} of ${desired} updated, ${status.availableReplicas ?? 0} available)` : failing && unavailable === 0 ? `${describeWorkload(ref)}: ReplicaSet cannot create pods (${replicaFailure.reason ?? "ReplicaFailure"})` : `${describeWorkload(ref)}: ${unavailable} of ${plural2(desired, "replica")} unavailable`;
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
  const lookups = context.state.dnsLookups;
  const failed = lookups.filter((l) => !l.udp.ok || !l.tcp.ok);
  if (pods.length === 0 || notReady.length === 0) {
    return failed.length > 0 ? [lookupHint(lookups, failed, context.state.dnsServer, pods.length)] : [];
  }
  const ready = pods.length - notReady.length;
  const evidence = notReady.slice(0, MAX_LISTED).map(
    (p) => `${p.metadata?.namespace}/${p.metadata?.name}${p.spec?.nodeName ? ` on ${p.spec.nodeName}` : ""}: ${podStateSummary(p)}`
  );
  if (notReady.length > MAX_LISTED)
    evidence.push(`and ${plural2(notReady.length - MAX_LISTED, "more pod")} not ready`);
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
  if (failed.length > 0) evidence.push(...lookupEvidence(lookups, failed));
  else if (lookups.length > 0)
    evidence.push(`lookups from the hook: ${plural2(lookups.length, "name")} resolved over UDP and TCP`);
  const first = notReady[0];
  evidence.push(
    `fix: cluster DNS is ${ready === 0 ? "down: every name lookup from every pod fails" : "degraded: lookups that reach a broken replica time out"}; read kubectl logs -n ${first.metadata?.namespace} ${first.metadata?.name} (a forward loop, an unreachable upstream resolver or a Corefile error are the usual causes) \u2014 this is a cluster problem, not one of the release`
  );
  return [
    {
      id: "dns-not-ready",
      title: `cluster DNS: ${notReady.length} of ${plural2(pods.length, "CoreDNS pod")} in ${first.metadata?.namespace} not ready (${first.metadata?.name}: ${podStateSummary(first)})`,
      evidence
    }
  ];
}
function describeAnswer(answer) {
  if (answer.ok) return `ok (${answer.families.join(" and ")}: ${answer.addresses.slice(0, 2).join(", ")})`;
  const words = {
    nxdomain: "NXDOMAIN (no such name)",
    nodata: "no A or AAAA record",
    timeout: "timeout",
    servfail: "SERVFAIL",
    refused: "refused",
    other: answer.detail
  };
  return answer.error === "timeout" ? `timeout (${answer.detail})` : words[answer.error];
}
function lookupEvidence(lookups, failed) {
  const lines = failed.slice(0, MAX_LISTED).map((l) => `${l.name}: UDP ${describeAnswer(l.udp)}, TCP ${describeAnswer(l.tcp)}`);
  if (failed.length > MAX_LISTED)
    lines.push(`and ${plural2(failed.length - MAX_LISTED, "more failed lookup")}`);
  const resolved = lookups.length - failed.length;
  if (resolved > 0) lines.push(`${plural2(resolved, "other name")} resolved over UDP and TCP`);
  return lines;
}
var failedWith = (answer, errors) => !answer.ok && errors.includes(answer.error);
var unreachable = (answer) => failedWith(answer, ["timeout", "refused", "other"]);
function lookupFix(lookups, failed, server) {
  const apiServer = lookups.find((l) => l.name.startsWith("kubernetes.default.svc."));
  if (failed.every((l) => unreachable(l.udp) && unreachable(l.tcp)))
    return `fix: the hook's pod gets no answer from the DNS server ${server} at all: a NetworkPolicy without egress to kube-dns on port 53 (UDP and TCP), or the kube-dns Service has no ready endpoint; the release's pods will fail the same way`;
  if (failed.every((l) => unreachable(l.udp) && l.tcp.ok))
    return `fix: DNS over UDP to ${server} is lost while TCP answers: an egress rule that allows only TCP 53 (allow UDP 53 too), or conntrack/MTU trouble on the nodes; most resolvers use UDP only, so lookups of the release fail`;
  if (failed.every((l) => l.udp.ok && unreachable(l.tcp)))
    return `fix: DNS over TCP to ${server} is blocked while UDP answers: allow TCP 53 egress to kube-dns, or answers too large for UDP (many records) fail`;
  if (failed.some((l) => failedWith(l.udp, ["servfail"]) || failedWith(l.tcp, ["servfail"])))
    return "fix: CoreDNS answers SERVFAIL: a plugin or upstream error; read its logs (kubectl logs -n kube-system -l k8s-app=kube-dns)";
  if (apiServer?.udp.ok && failed.some((l) => failedWith(l.udp, ["nxdomain"]) || failedWith(l.tcp, ["nxdomain"])))
    return `fix: CoreDNS does not know Services that exist: its kubernetes plugin is behind the API server (look for "Failed to watch" in its logs) or the cluster domain is not the one in the pods' search list`;
  return `fix: lookups through ${server} fail as listed; read the CoreDNS logs (kubectl logs -n kube-system -l k8s-app=kube-dns)`;
}
function lookupHint(lookups, failed, server, podCount) {
  const where = server ?? "the pod's nameserver";
  const first = failed[0];
  const evidence = [
    ...lookupEvidence(lookups, failed),
    podCount === 0 ? "CoreDNS pods: not found or not readable" : podCount === 1 ? "the CoreDNS pod in kube-system is Ready" : `all ${podCount} CoreDNS pods in kube-system are Ready`,
    lookupFix(lookups, failed, where)
  ];
  return {
    id: "dns-lookup-failed",
    title: `cluster DNS: ${failed.length} of ${plural2(lookups.length, "lookup")} from the hook failed (${first.name}: UDP ${describeAnswer(first.udp)}, TCP ${describeAnswer(first.tcp)})`,
    evidence
  };
}

// src/hints/live/endpoints.ts
var ENDPOINT_SYNC_LAG_SECONDS = 30;
var DEGRADED_SHARE = 0.8;
var SERVICE_NAME_LABEL = "kubernetes.io/service-name";
function endpointHints(context) {
  const bundle = context.bundle;
  if (!bundle) return [];
  const routes = /* @__PURE__ */ new Map();
  for (const service of bundle.ofKind("Service")) routes.set(`${service.namespace}/${service.name}`, []);
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
    const slices = context.state.endpointSlices.filter(
      (s) => s.metadata?.namespace === namespace && s.metadata?.labels?.[SERVICE_NAME_LABEL] === name
    );
    const { current, stale } = splitByOwner(slices, service);
    if (stale.length > 0) hints.push(staleSlicesHint(service, stale, current));
    const selector = service.spec?.selector ?? {};
    if (Object.keys(selector).length === 0 && routedBy.length === 0) continue;
    const hint = serviceHint(service, current, routedBy, context) ?? syncLagHint(service, current, context) ?? degradedHint(service, current, context);
    if (hint) hints.push(hint);
    if (hints.length >= MAX_HINTS_PER_FAMILY) break;
  }
  return hints.slice(0, MAX_HINTS_PER_FAMILY);
}
function splitByOwner(slices, service) {
  const uid = service.metadata?.uid;
  const current = [];
  const stale = [];
  for (const slice of slices) {
    const owner = slice.metadata?.ownerReferences?.find((o) => o.kind === "Service");
    if (uid && owner?.uid && owner.uid !== uid) stale.push(slice);
    else current.push(slice);
  }
  return { current, stale };
}
function distinctEndpoints(slices) {
  const seen = /* @__PURE__ */ new Map();
  for (const endpoint of slices.flatMap((s) => s.endpoints ?? [])) {
    const target = endpoint.targetRef;
    const key = target?.name ? `${target.kind}/${target.namespace}/${target.name}` : endpoint.addresses[0] ?? "";
    if (!seen.has(key)) seen.set(key, endpoint);
  }
  return [...seen.values()];
}
var isReadyEndpoint = (e) => e.conditions?.ready !== false;
function staleSlicesHint(service, stale, current) {
  const namespace = service.metadata?.namespace ?? "";
  const name = service.metadata?.name ?? "";
  const owners = [
    ...new Set(stale.map((s) => s.metadata?.ownerReferences?.find((o) => o.kind === "Service")?.uid ?? ""))
  ];
  const addresses = stale.flatMap((s) => s.endpoints ?? []).flatMap((e) => e.addresses);
  const evidence = [
    `${namesCapped(stale.map((s) => s.metadata?.name ?? ""))}: owned by Service uid ${namesCapped(owners, 2)}, the live Service has uid ${service.metadata?.uid}`,
    addresses.length > 0 ? `the stale slices still list ${plural2(addresses.length, "address", "addresses")} (${namesCapped(addresses)}), which proxies that read slices by the service-name label may route to` : "the stale slices list no address",
    `${plural2(current.length, "slice")} owned by the live Service`,
    `fix: the Service was deleted and re-created while the old slices survived (garbage collection behind, or the ownerReference removed): delete them with kubectl delete endpointslice -n ${namespace} ${stale.map((s) => s.metadata?.name).join(" ")}`
  ];
  return {
    id: "endpointslices-stale",
    title: `Service ${namespace}/${name}: ${plural2(stale.length, "EndpointSlice")} owned by an older Service of the same name`,
    evidence
  };
}
function selectedReadyPods(service, context) {
  const selector = service.spec?.selector ?? {};
  if (Object.keys(selector).length === 0) return [];
  return context.state.pods.filter(
    (p) => p.metadata?.namespace === service.metadata?.namespace && !p.metadata?.deletionTimestamp && p.status?.podIP && podReady(p) && mapSelectorMatches(selector, p.metadata?.labels ?? {})
  );
}
function syncLagHint(service, current, context) {
  const now = context.now;
  if (now === void 0) return void 0;
  const listed = /* @__PURE__ */ new Set();
  for (const endpoint of current.flatMap((s) => s.endpoints ?? [])) {
    if (endpoint.targetRef?.name) listed.add(`name:${endpoint.targetRef.name}`);
    for (const address of endpoint.addresses) listed.add(`ip:${address}`);
  }
  const missing = [];
  for (const pod of selectedReadyPods(service, context)) {
    if (listed.has(`name:${pod.metadata?.name}`) || listed.has(`ip:${pod.status?.podIP}`)) continue;
    const readySince = timeOf(pod.status?.conditions?.find((c) => c.type === "Ready")?.lastTransitionTime);
    if (readySince === void 0) continue;
    const readyFor = (now - readySince) / 1e3;
    if (readyFor > ENDPOINT_SYNC_LAG_SECONDS) missing.push({ pod, readyFor });
  }
  if (missing.length === 0) return void 0;
  const namespace = service.metadata?.namespace ?? "";
  const name = service.metadata?.name ?? "";
  const longest = Math.max(...missing.map((m) => m.readyFor));
  const evidence = [
    ...missing.slice(0, MAX_LISTED).map(
      (m) => `${m.pod.metadata?.name} (${m.pod.status?.podIP}): Ready for ${humanDuration(m.readyFor)}, in no EndpointSlice of the Service`
    ),
    ...missing.length > MAX_LISTED ? [`and ${plural2(missing.length - MAX_LISTED, "more pod")}`] : [],
    `${plural2(distinctEndpoints(current).length, "endpoint")} listed in ${plural2(current.length, "slice")}`,
    `fix: the EndpointSlice controller (kube-controller-manager) has not caught up for more than ${ENDPOINT_SYNC_LAG_SECONDS} s: traffic misses these pods; check kube-controller-manager's health and logs (API throttling, a crash loop) before blaming the release`
  ];
  return {
    id: "endpoint-sync-lag",
    title: `Service ${namespace}/${name}: ${plural2(missing.length, "Ready pod")} missing from its EndpointSlices for up to ${humanDuration(longest)} (endpoint sync lag)`,
    evidence
  };
}
function selectedWorkloads(service, context) {
  const selector = service.spec?.selector ?? {};
  const namespace = service.metadata?.namespace;
  return [
    ...context.state.deployments.map((w) => ({ kind: "Deployment", object: w })),
    ...context.state.statefulSets.map((w) => ({ kind: "StatefulSet", object: w }))
  ].filter(
    ({ object }) => object.metadata?.namespace === namespace && mapSelectorMatches(selector, object.spec?.template?.metadata?.labels ?? {})
  );
}
function wantsPods(service, context) {
  const selector = service.spec?.selector ?? {};
  if (Object.keys(selector).length === 0) return false;
  if (selectedWorkloads(service, context).some((w) => (w.object.spec?.replicas ?? 1) > 0)) return true;
  return context.state.pods.some(
    (p) => p.metadata?.namespace === service.metadata?.namespace && mapSelectorMatches(selector, p.metadata?.labels ?? {})
  );
}
function degradedHint(service, current, context) {
  if (Object.keys(service.spec?.selector ?? {}).length === 0) return void 0;
  const workloads = selectedWorkloads(service, context);
  const desired = workloads.reduce((sum, w) => sum + (w.object.spec?.replicas ?? 1), 0);
  if (desired === 0) return void 0;
  const ready = distinctEndpoints(current).filter(isReadyEndpoint).length;
  if (ready >= DEGRADED_SHARE * desired) return void 0;
  const namespace = service.metadata?.namespace ?? "";
  const name = service.metadata?.name ?? "";
  const percent2 = Math.floor(ready / desired * 100);
  const described = workloads.map(
    (w) => `${w.kind} ${namespace}/${w.object.metadata?.name}: ${w.object.spec?.replicas ?? 1} desired`
  );
  return {
    id: "service-degraded",
    title: `Service ${namespace}/${name}: ${ready} ready endpoints of ${desired} desired replicas (${percent2} %, below ${DEGRADED_SHARE * 100} %): degraded before the release`,
    evidence: [
      ...described,
      `${plural2(ready, "ready endpoint")} in ${plural2(current.length, "EndpointSlice")}`,
      `fix: the Service already runs short of capacity, so the SLO burn may predate this release: find why the missing replicas are not Ready (the pod and workload hints) before rolling out on top of it`
    ]
  };
}
function serviceHint(service, slices, routedBy, context) {
  const namespace = service.metadata?.namespace ?? "";
  const name = service.metadata?.name ?? "";
  const endpoints = distinctEndpoints(slices);
  const ready = endpoints.filter(isReadyEndpoint);
  if (ready.length > 0) return void 0;
  if (routedBy.length === 0 && endpoints.length === 0 && !wantsPods(service, context)) return void 0;
  const ingresses = [...new Set(routedBy.map((r) => `Ingress ${r.ingress.namespace}/${r.ingress.name}`))];
  const routes = routedBy.map((r) => r.route);
  const evidence = ingresses.length > 0 ? [`routed by ${ingresses.join(", ")}: ${namesCapped(routes)}`] : [];
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
      `${plural2(endpoints.length, "endpoint")}, none ready: ${namesCapped(targets.length > 0 ? targets : endpoints.flatMap((e) => e.addresses), MAX_LISTED)}` + (pods.length > 0 ? ` (${summarizePods(pods)})` : "")
    );
    fix = ingresses.length > 0 ? `fix: the Ingress answers 503 on these routes until a pod of Service ${namespace}/${name} is Ready; the pod hints say why they are not` : `fix: connections to Service ${namespace}/${name} fail until one of its pods is Ready; the pod hints say why they are not`;
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
    title: `Service ${namespace}/${name}: 0 ready endpoints${endpoints.length > 0 ? ` of ${endpoints.length}` : ""}` + (ingresses.length > 0 ? `, routed by ${ingresses[0]}${ingresses.length > 1 ? ` and ${ingresses.length - 1} more` : ""} (${namesCapped(routes, 2)})` : ""),
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
  const serviceName2 = text3(spec.serviceName);
  const liveServiceName = text3(liveSpec.serviceName);
  if (serviceName2 !== liveServiceName) {
    changes.push({
      path: ["spec", "serviceName"],
      field: "spec.serviceName",
      live: shown(liveServiceName),
      bundle: shown(serviceName2)
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
    if (storage !== void 0 && liveStorage !== void 0 && parseMilli(storage) !== parseMilli(liveStorage)) {
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
      state: `CrashLoopBackOff${exit ? `, ${exit}` : ""}, restarted ${plural2(status.restartCount, "time")}`
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
    const title = group.stuck.length === 1 ? `${name}: ${what}` : `${describeWorkload(group.workload)}: ${group.stuck.length} of ${plural2(group.total, "pod")} stuck in init container ${group.container} (${first.position}): ${first.state}`;
    const evidence = group.stuck.slice(0, MAX_LISTED).map(
      (s) => `${s.pod.metadata?.name}${s.pod.spec?.nodeName ? ` on ${s.pod.spec.nodeName}` : ""}: init container ${group.container} ${s.state}`
    );
    const rest = group.stuck.slice(MAX_LISTED).map((s) => s.pod.metadata?.name ?? "");
    if (rest.length > 0) evidence.push(`and ${plural2(rest.length, "more pod")}: ${namesCapped(rest)}`);
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
    evidence.push(`and ${plural2(missing.references.length - MAX_LISTED, "more reference")}`);
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
      title: `${describeWorkload(ref)}: updateStrategy OnDelete, ${outdated.length} of ${plural2(pods.length, "pod")} still at revision ${current} until deleted`,
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
      `revisions: current ${current}, update ${update}; ${updated.length} of ${plural2(pods.length, "pod")} updated` + (updated.length > 0 ? ` (${namesCapped(updated.map((p) => p.name))})` : "") + `; ${policy}`
    );
  } else {
    evidence.push(`${sts.status?.readyReplicas ?? 0} of ${plural2(pods.length, "replica")} ready; ${policy}`);
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
  const title = rolling ? `${describeWorkload(ref)}: rollout to revision ${update} blocked at pod ${blocker.name}: ${state}` : `${describeWorkload(ref)}: pod ${blocker.name} not Ready (${state}) blocks ${plural2(waiting.length, "later pod")} (OrderedReady)`;
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
var PUSH_TIMEOUT_MS = 5e3;
var ERROR_BODY_BYTES = 4096;
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
async function pushGateMetrics(report, target, warn, options = {}) {
  registerUrlCredentials(target.url);
  const shown2 = redactUrl(target.url);
  const timeout = AbortSignal.timeout(options.timeoutMs ?? PUSH_TIMEOUT_MS);
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
      signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout,
      redirect: "error"
    });
    if (response.status < 200 || response.status >= 300) {
      throw new Error(`push failed with status ${response.status}, ${await errorBody(response)}`);
    }
    await response.body?.cancel();
    return true;
  } catch (error) {
    const why = options.signal?.aborted ? "the time for writing results ran out" : describe(error);
    warn(`could not push the gate metrics to the Pushgateway at ${shown2} (${why}); the verdict stands`);
    return false;
  }
}
async function errorBody(response) {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  while (size < ERROR_BODY_BYTES) {
    const chunk = await reader.read();
    if (chunk.done) break;
    chunks.push(chunk.value);
    size += chunk.value.byteLength;
  }
  await reader.cancel();
  return Buffer.concat(chunks).subarray(0, ERROR_BODY_BYTES).toString("utf8");
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
  if (error?.name === "TimeoutError") return "timed out";
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
  return stripControlCharacters(text4.replace(/\s*[\r\n]+\s*/g, " ")).trim();
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

// src/gate/diagnosis.ts
var METRICS_BUDGET_MS = 5e3;
var DIAGNOSIS_BUDGET_MS = Math.max(LOG_BUDGET_MS, METRICS_BUDGET_MS);
async function readDiagnosis(sources) {
  const targets = diagnosisTargets(sources.state, sources.scope);
  const labels = sources.hints?.metrics ?? DEFAULT_METRICS_LABELS;
  const notes = [];
  const metricsBudgetMs = sources.metricsBudgetMs ?? METRICS_BUDGET_MS;
  const logsRead = sources.kubeConfig ? readPreviousLogs(sources.kubeConfig, targets.logs, {
    signal: sources.deadline.signal,
    budgetMs: sources.logBudgetMs
  }) : Promise.resolve([]);
  const metricsRead = sources.client && targets.pods.length > 0 ? withinBudget(
    readWorkloadMetrics(sources.client, targets.pods, sources.at, labels),
    metricsBudgetMs,
    sources.deadline.signal
  ) : Promise.resolve(void 0);
  const [outcomes, metrics] = await Promise.all([logsRead, metricsRead]);
  const forbidden = new Set(
    outcomes.filter((o) => "forbidden" in o && o.forbidden).map((o) => o.target.namespace)
  );
  for (const namespace of [...forbidden].sort())
    notes.push(
      `skipped the logs of crashed containers in ${namespace}: forbidden (needs get on pods/log in namespace ${namespace})`
    );
  const diagnosis = {
    logs: new Map(outcomes.map((o) => [logKey(o.target), o])),
    memorySaturation: sources.hints?.memorySaturation ?? DEFAULT_MEMORY_SATURATION
  };
  if (!sources.kubeConfig) diagnosis.logsMissing = "not read: no Kubernetes credentials";
  if (metrics === "late")
    diagnosis.metricsMissing = `not read within the ${formatDuration(metricsBudgetMs / 1e3)} metrics budget`;
  else if (metrics) diagnosis.metrics = metrics;
  else if (!sources.client) diagnosis.metricsMissing = "not read: no Prometheus configured";
  return { diagnosis, notes };
}
async function withinBudget(promise, budgetMs, deadline) {
  let timer;
  let onAbort;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve("late"), budgetMs);
    timer.unref();
    onAbort = () => resolve("late");
    if (deadline.aborted) resolve("late");
    else deadline.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([promise.catch(() => "late"), late]);
  } finally {
    clearTimeout(timer);
    if (onAbort) deadline.removeEventListener("abort", onAbort);
  }
}

// src/gate/hook.ts
async function hook(settings, deps) {
  registerUrlCredentials(settings.pushgateway);
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
    diffsLiveNetpol: true,
    at: settings.at,
    prometheusUrl: settings.prometheusUrl,
    manifests: settings.manifests,
    manifestSources: argoSources,
    namespace: settings.namespace,
    strictReferences: settings.strictReferences,
    log,
    verbose: settings.verbose,
    progress: deps.progress,
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
  const liveNetpol = gate.config.network?.baseline === LIVE_BASELINE;
  let state = kubeConfig ? await readLiveState(
    kubeConfig,
    { namespaces, networkPolicies: liveNetpol },
    // Its own cap or the time left of the run, whichever ends first.
    { log, runDeadline: deadline }
  ) : unreadLiveState(namespaces);
  if (argo && argo.resources.length > 0) {
    const merged = withArgoCdLiveObjects(state, argo.resources);
    state = merged.state;
    if (merged.added.length > 0 && settings.verbose)
      log(`live objects from Argo CD: ${merged.added.join(", ")}`);
  }
  for (const message of state.notes) note(message);
  const workloads = workloadsOf(bundle);
  const [, { diagnosis, notes: diagnosisNotes }] = await Promise.all([
    settings.dns?.server !== "off" && !deadline.signal.aborted ? probeClusterDns(
      state,
      (bundle?.ofKind("Service") ?? []).map((s) => ({ namespace: s.namespace, name: s.name })),
      { server: settings.dns?.server, resolvConf: settings.dns?.resolvConf, log }
    ) : void 0,
    judgeSafely(
      () => readDiagnosis({
        kubeConfig,
        state,
        scope: { bundle, workloads, now: gate.at },
        client: gate.client,
        at: gate.at,
        hints: gate.config.hints,
        deadline
      }),
      note,
      { diagnosis: void 0, notes: [] }
    )
  ]);
  for (const message of diagnosisNotes) note(message);
  const live = judgeSafely(() => judgeLiveState(state, bundle, workloads, gate, diagnosis), note, {
    hints: [],
    findings: []
  });
  const releaseHints = await judgeSafely(() => correlateReleases(gate, state, workloads, log), note, []);
  const netpol = liveNetpol && bundle ? await diffAgainstLive(gate, bundle, state, kubeConfig, validate.defaultNamespace, note, log) : void 0;
  const gateReport = netpol ? { ...gate.report, netpol, verdict: combineVerdict([gate.report.verdict, netpol.verdict]) } : gate.report;
  const report = withLiveResults(gateReport, live.findings, [...live.hints, ...releaseHints], notes);
  return { ...gate, report, kubeConfig, bundle, workloads, notes, applicationUid: argo?.uid, deadline };
}
async function diffAgainstLive(gate, bundle, state, kubeConfig, defaultNamespace, note, log) {
  const gap = kubeConfig ? liveBaselineGap(state) : "no Kubernetes credentials";
  if (gap) {
    note(`NetworkPolicy diff not checked: ${gap}`);
    return void 0;
  }
  const network = gate.config.network;
  const observed = network.observed ? await gate.observedTraffic() : void 0;
  const netpol = await netpolAgainstLive(
    network,
    bundle,
    state,
    defaultNamespace,
    gate.config.file,
    observed
  );
  if (netpol.verdict !== "pass") log(renderDiffText(netpol).trimEnd());
  return netpol;
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
function judgeLiveState(state, bundle, workloads, gate, diagnosis) {
  return {
    hints: liveHints(state, { bundle, workloads, now: gate.at, diagnosis }),
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
  const line = terminationMessage(report, { mode: config.mode, exitCode });
  const outsidePod = settings.terminationLog === DEFAULT_TERMINATION_LOG && !existsSync(DEFAULT_TERMINATION_LOG);
  if (!outsidePod) await writeTerminationMessage(settings.terminationLog, line, warn);
  await writeReport(
    render(report, settings.format, { color: false, advisory: config.mode === "advisory" }),
    settings.output
  );
  if (config.mode === "advisory" && report.verdict !== "pass")
    log(`verdict ${report.verdict}, not enforced (mode: advisory)`);
  const signal = resultsSignal(run.deadline ?? { endsAt: Date.now() });
  const [clusterWarnings, pushWarnings] = await Promise.all([
    writeToCluster(run, settings, eventTarget, line, signal),
    pushMetrics(run, settings, signal)
  ]);
  for (const warning of [...clusterWarnings, ...pushWarnings]) warn(warning);
  return exitCode;
}
async function writeToCluster(run, settings, eventTarget, message, signal) {
  const kubeConfig = run.kubeConfig;
  if (!kubeConfig) {
    return eventTarget || settings.annotate.deployments || settings.annotate.application ? ["no Kubernetes credentials: no Event and no annotations written"] : [];
  }
  const verdict = run.report.verdict;
  const options = { signal };
  const none = Promise.resolve([]);
  const event = eventTarget ? (async () => {
    const target = await withApplicationUid(kubeConfig, eventTarget, run.applicationUid, signal);
    return [await recordEvent(kubeConfig, target, verdict, message, options)];
  })() : none;
  const deployments = settings.annotate.deployments ? annotateDeployments(
    kubeConfig,
    run.workloads.filter((w) => w.kind === "Deployment"),
    verdict,
    options
  ) : none;
  let application = none;
  if (settings.annotate.application) {
    if (!settings.argocd.app)
      application = Promise.resolve(["--annotate application needs ARGOCD_APP_NAME: not annotated"]);
    else {
      const notice = noticeForVerdict(verdict, verdictReason(run.report));
      application = annotateApplication(
        kubeConfig,
        settings.argocd.appNamespace,
        settings.argocd.app,
        notice,
        options
      ).then((warning) => [warning]);
    }
  }
  const warnings = (await Promise.all([event, deployments, application])).flat();
  return warnings.filter((w) => w !== void 0).map((w) => `${w}; the verdict stands`);
}
async function pushMetrics(run, settings, signal) {
  if (!settings.pushgateway) return [];
  const warnings = [];
  if (!settings.argocd.app)
    warnings.push(
      "PUSHGATEWAY_URL is set but ARGOCD_APP_NAME is not: every application in this namespace pushes to the same group and overwrites the others (set the slo-gate.dev/argocd-app pod annotation, see hooks/job.yaml)"
    );
  await pushGateMetrics(
    run.report,
    {
      url: settings.pushgateway,
      grouping: { app: settings.argocd.app, namespace: settings.pod.namespace ?? settings.namespace }
    },
    (warning) => warnings.push(warning),
    { signal }
  );
  return warnings;
}
async function withApplicationUid(kubeConfig, target, knownUid, signal) {
  if (target.kind !== "Application" || target.uid) return target;
  const uid = knownUid ?? await readApplicationUid(kubeConfig, target.namespace, target.name, { signal });
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
    job: { name: value("JOB_NAME"), uid: value("JOB_UID") },
    ...dnsSettings(value("SLO_GATE_DNS_SERVER"))
  };
}
function dnsSettings(text4) {
  if (text4 === void 0) return {};
  if (text4 === "off") return { dns: { server: "off" } };
  const server = parseDnsServer(text4);
  if (!server)
    throw new UsageError(`SLO_GATE_DNS_SERVER=${JSON.stringify(text4)} is not a DNS server address`, {
      fix: "set SLO_GATE_DNS_SERVER to host[:port] (e.g. 10.96.0.10:53), or off"
    });
  return { dns: { server } };
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
//# sourceMappingURL=chunk-MMRGISAC.js.map
