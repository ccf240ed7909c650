import {
  asLabelSelector,
  isRecord,
  selectorMatches,
  stringMap
} from "./chunk-ZNZLIOB5.js";

// src/manifests/bundle.ts
var POD_SPEC_PATHS = {
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"]
};
function valueAt(object, path) {
  let node = object;
  for (const key2 of path) {
    if (Array.isArray(node) && typeof key2 === "number") node = node[key2];
    else if (isRecord(node) && typeof key2 === "string") node = node[key2];
    else return void 0;
  }
  return node;
}
function podTemplateOf(resource) {
  if (resource.kind === "Pod") {
    const spec2 = resource.object.spec;
    if (!isRecord(spec2)) return void 0;
    return {
      workload: resource,
      namespace: resource.namespace,
      labels: resource.labels,
      spec: spec2,
      specPath: ["spec"]
    };
  }
  const templatePath = POD_SPEC_PATHS[resource.kind];
  if (!templatePath) return void 0;
  const template = valueAt(resource.object, templatePath);
  if (!isRecord(template)) return void 0;
  const spec = template.spec;
  if (!isRecord(spec)) return void 0;
  const metadata = isRecord(template.metadata) ? template.metadata : {};
  return {
    workload: resource,
    namespace: resource.namespace,
    labels: stringMap(metadata.labels),
    spec,
    specPath: [...templatePath, "spec"]
  };
}
var key = (...parts) => parts.join("\0");
function createBundle(resources, defaultNamespace) {
  const byName = /* @__PURE__ */ new Map();
  const byKind = /* @__PURE__ */ new Map();
  const byKindNamespace = /* @__PURE__ */ new Map();
  const templatesByNamespace = /* @__PURE__ */ new Map();
  const templatesByLabel = /* @__PURE__ */ new Map();
  const namespaces = /* @__PURE__ */ new Set();
  const push = (map, k, v) => {
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  };
  for (const resource of resources) {
    const nameKey = key(resource.kind, resource.namespace, resource.name);
    if (!byName.has(nameKey)) byName.set(nameKey, resource);
    push(byKind, resource.kind, resource);
    push(byKindNamespace, key(resource.kind, resource.namespace), resource);
    if (resource.namespace) namespaces.add(resource.namespace);
    if (resource.kind === "Namespace") namespaces.add(resource.name);
    const template = podTemplateOf(resource);
    if (template) {
      push(templatesByNamespace, template.namespace, template);
      let labelIndex = templatesByLabel.get(template.namespace);
      if (!labelIndex)
        templatesByLabel.set(template.namespace, labelIndex = /* @__PURE__ */ new Map());
      for (const [label, value] of Object.entries(template.labels))
        push(labelIndex, key(label, value), template);
    }
  }
  const none = [];
  return {
    resources,
    defaultNamespace,
    get: (kind, namespace, name) => byName.get(key(kind, namespace, name)),
    ofKind: (kind) => byKind.get(kind) ?? none,
    inNamespace: (kind, namespace) => byKindNamespace.get(key(kind, namespace)) ?? none,
    namespaces: () => namespaces,
    podTemplates: (namespace) => templatesByNamespace.get(namespace) ?? none,
    podTemplatesMatching(namespace, selector) {
      let candidates = templatesByNamespace.get(namespace) ?? none;
      const labelIndex = templatesByLabel.get(namespace);
      for (const [label, value] of Object.entries(selector.matchLabels ?? {})) {
        const list = labelIndex?.get(key(label, value)) ?? none;
        if (list.length < candidates.length) candidates = list;
      }
      return candidates.filter((t) => selectorMatches(selector, t.labels));
    }
  };
}

// src/manifests/rules/input-unreadable.ts
var rule = {
  meta: {
    id: "input-unreadable",
    severity: "error",
    kinds: ["*"],
    description: "An input file that cannot be read as text: binary, not UTF-8, larger than the limit, or unreadable.",
    rationale: "Whatever that file was meant to deploy is not checked; a gate that skipped it silently would pass a release it never looked at.",
    example: {
      bad: `# manifests/ holds deploy.yaml saved as UTF-16 by an editor, or a .yaml that is really a zip archive
`,
      good: `# manifests/ holds deploy.yaml saved as UTF-8 text
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
`
    }
  }
};

// src/manifests/rules/unrendered-template.ts
var rule2 = {
  meta: {
    id: "unrendered-template",
    severity: "error",
    kinds: ["*"],
    description: "Helm or Go template syntax (`{{ .Values\u2026 }}`, `{{- include \u2026 }}`) left in a manifest that should be rendered.",
    rationale: 'The file is a chart template, not a manifest: the API server rejects it or stores the braces literally (a Service named "{{ .Release.Name }}"). Judging it as a manifest would only give misleading findings.',
    example: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: {{ include "web.fullname" . }}
spec:
  ports:
    - port: {{ .Values.service.port }}
`,
      good: `# helm template my-release ./chart | slo-gate validate -
apiVersion: v1
kind: Service
metadata:
  name: my-release-web
spec:
  ports:
    - port: 80
`
    }
  }
};

// src/manifests/rules/yaml-syntax.ts
var rule3 = {
  meta: {
    id: "yaml-syntax",
    severity: "error",
    kinds: ["*"],
    description: "A document that is not valid YAML (or nests too deeply, or expands too many aliases) and cannot be read.",
    rationale: "kubectl and Argo CD refuse the whole file, so nothing in it is applied; other linters usually stop at the first bad document and say nothing about the rest. slo-gate reports the bad document and reads on.",
    example: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
   ports:
    - port: 80
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
`
    }
  }
};

// src/netpol/portset.ts
var PROTOCOLS = ["SCTP", "TCP", "UDP"];
var MIN_PORT = 1;
var MAX_PORT = 65535;
var NO_PORTS = { SCTP: [], TCP: [], UDP: [] };
var ALL_PORTS = {
  SCTP: [[MIN_PORT, MAX_PORT]],
  TCP: [[MIN_PORT, MAX_PORT]],
  UDP: [[MIN_PORT, MAX_PORT]]
};
function isProtocol(text) {
  return PROTOCOLS.includes(text);
}
function portRange(protocol, first, last) {
  const low = first ?? MIN_PORT;
  const high = first === void 0 ? MAX_PORT : Math.max(low, last ?? low);
  return { ...NO_PORTS, [protocol]: [[low, high]] };
}
function normalise(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [low, high] of sorted) {
    const last = merged[merged.length - 1];
    if (last && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else merged.push([low, high]);
  }
  return merged;
}
function perProtocol(a, b, combine) {
  return { SCTP: combine(a.SCTP, b.SCTP), TCP: combine(a.TCP, b.TCP), UDP: combine(a.UDP, b.UDP) };
}
function union(a, b) {
  if (a === ALL_PORTS || b === NO_PORTS) return a;
  if (b === ALL_PORTS || a === NO_PORTS) return b;
  return perProtocol(a, b, (x, y) => y.length === 0 ? x : x.length === 0 ? y : normalise([...x, ...y]));
}
function intersectIntervals(x, y) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const [a0, a1] = x[i];
    const [b0, b1] = y[j];
    const low = Math.max(a0, b0);
    const high = Math.min(a1, b1);
    if (low <= high) out.push([low, high]);
    if (a1 < b1) i += 1;
    else j += 1;
  }
  return out;
}
function intersect(a, b) {
  if (a === ALL_PORTS) return b;
  if (b === ALL_PORTS) return a;
  if (a === NO_PORTS || b === NO_PORTS) return NO_PORTS;
  return perProtocol(a, b, intersectIntervals);
}
function subtractIntervals(x, y) {
  const out = [];
  for (const [low, high] of x) {
    let start = low;
    for (const [b0, b1] of y) {
      if (b1 < start || b0 > high) continue;
      if (b0 > start) out.push([start, b0 - 1]);
      start = Math.max(start, b1 + 1);
      if (start > high) break;
    }
    if (start <= high) out.push([start, high]);
  }
  return out;
}
function subtract(a, b) {
  if (b === NO_PORTS || a === NO_PORTS) return a;
  if (b === ALL_PORTS) return NO_PORTS;
  return perProtocol(a, b, subtractIntervals);
}
function isEmpty(set) {
  return set.SCTP.length === 0 && set.TCP.length === 0 && set.UDP.length === 0;
}
function isAll(set) {
  return PROTOCOLS.every(
    (p) => set[p].length === 1 && set[p][0][0] === MIN_PORT && set[p][0][1] === MAX_PORT
  );
}
function equals(a, b) {
  if (a === b) return true;
  return PROTOCOLS.every(
    (p) => a[p].length === b[p].length && a[p].every(([l, h], i) => l === b[p][i][0] && h === b[p][i][1])
  );
}
function containsPort(set, protocol, port) {
  return set[protocol].some(([low, high]) => port >= low && port <= high);
}
function formatPortSet(set) {
  if (isAll(set)) return "All Connections";
  if (isEmpty(set)) return "No Connections";
  return PROTOCOLS.filter((p) => set[p].length > 0).map(
    (p) => `${p} ${set[p].map(([low, high]) => low === high ? String(low) : `${low}-${high}`).join(",")}`
  ).join(",");
}

// src/netpol/cidr.ts
var bitsOf = (family) => family === 4 ? 32 : 128;
function parseIpv4Octets(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return void 0;
  let value = 0n;
  let leadingZeros = false;
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part)) return void 0;
    const octet = Number(part);
    if (octet > 255) return void 0;
    if (part.length > 1 && part.startsWith("0")) leadingZeros = true;
    value = value << 8n | BigInt(octet);
  }
  return { value, leadingZeros };
}
function parseIpv6(text) {
  if (text.includes("%")) return void 0;
  const halves = text.split("::");
  if (halves.length > 2) return void 0;
  const groupsOf = (half) => half === "" ? [] : half.split(":");
  const head = groupsOf(halves[0] ?? "");
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? "") : [];
  let leadingZeros = false;
  let embedded;
  const lastHalf = halves.length === 2 ? tail : head;
  const last = lastHalf[lastHalf.length - 1];
  if (last !== void 0 && last.includes(".")) {
    const v4 = parseIpv4Octets(last);
    if (!v4) return void 0;
    leadingZeros = v4.leadingZeros;
    embedded = v4.value;
    lastHalf.pop();
  }
  const parseGroup = (group) => /^[0-9a-fA-F]{1,4}$/.test(group) ? BigInt(`0x${group}`) : void 0;
  const words = [];
  const tailWords = [];
  for (const [groups, into] of [
    [head, words],
    [tail, tailWords]
  ]) {
    for (const group of groups) {
      const word = parseGroup(group);
      if (word === void 0) return void 0;
      into.push(word);
    }
  }
  const target = halves.length === 2 ? tailWords : words;
  if (embedded !== void 0) target.push(embedded >> 16n, embedded & 0xffffn);
  const zeros = 8 - words.length - tailWords.length;
  if (halves.length === 2 ? zeros < 1 : zeros !== 0) return void 0;
  let value = 0n;
  for (const word of [...words, ...Array(zeros).fill(0n), ...tailWords])
    value = value << 16n | word;
  const ipv4Mapped = value >> 32n === 0xffffn;
  return { value, leadingZeros, ipv4Mapped };
}
function parseIp(text) {
  const trimmed = text.trim();
  if (trimmed !== text || text === "") return void 0;
  if (text.includes(":")) {
    const v6 = parseIpv6(text);
    return v6 && { family: 6, value: v6.value, leadingZeros: v6.leadingZeros, ipv4Mapped: v6.ipv4Mapped };
  }
  const v4 = parseIpv4Octets(text);
  return v4 && { family: 4, value: v4.value, leadingZeros: v4.leadingZeros, ipv4Mapped: false };
}
function parseCidr(text) {
  const slash = text.indexOf("/");
  if (slash < 0) return void 0;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!address || !/^[0-9]{1,3}$/.test(prefixText)) return void 0;
  const prefix = Number(prefixText);
  const bits = bitsOf(address.family);
  if (prefix > bits) return void 0;
  const mask = prefixMask(address.family, prefix);
  const network = address.value & mask;
  return {
    family: address.family,
    network,
    prefix,
    text,
    hostBitsSet: network !== address.value,
    leadingZeros: address.leadingZeros || prefixText.length > 1 && prefixText.startsWith("0"),
    ipv4Mapped: address.ipv4Mapped
  };
}
function prefixMask(family, prefix) {
  const bits = BigInt(bitsOf(family));
  const all = (1n << bits) - 1n;
  return all >> BigInt(prefix) ^ all;
}
function cidrContainsIp(cidr, ip) {
  return cidr.family === ip.family && (ip.value & prefixMask(cidr.family, cidr.prefix)) === cidr.network;
}
function isStrictSubnet(inner, outer) {
  return inner.family === outer.family && inner.prefix > outer.prefix && (inner.network & prefixMask(outer.family, outer.prefix)) === outer.network;
}
function formatCidr(cidr) {
  return `${formatIp(cidr.family, cidr.network)}/${cidr.prefix}`;
}
function formatIp(family, value) {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String(value >> shift & 0xffn)).join(".");
  }
  const words = Array.from({ length: 8 }, (_, i) => Number(value >> BigInt(112 - 16 * i) & 0xffffn));
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j += 1;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

// src/netpol/evaluate.ts
var NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
function namespaceDirectory(declared) {
  const known = /* @__PURE__ */ new Map();
  for (const { name, labels } of declared) known.set(name, { ...labels, [NAMESPACE_NAME_LABEL]: name });
  return {
    labelsOf(namespace) {
      const labels = known.get(namespace);
      return labels ? { labels, complete: true } : { labels: { [NAMESPACE_NAME_LABEL]: namespace }, complete: false };
    }
  };
}
var and = (a, b) => a === "no" || b === "no" ? "no" : a === "unknown" || b === "unknown" ? "unknown" : "yes";
function anyOf(items, test) {
  let result = "no";
  for (const item of items) {
    const one = test(item);
    if (one === "yes") return "yes";
    if (one === "unknown") result = "unknown";
  }
  return result;
}
function selectorMatchesPartly(selector, info) {
  if (info.complete) return selectorMatches(selector, info.labels) ? "yes" : "no";
  let result = "yes";
  for (const [key2, value] of Object.entries(selector.matchLabels ?? {})) {
    if (!Object.hasOwn(info.labels, key2)) result = "unknown";
    else if (info.labels[key2] !== value) return "no";
  }
  for (const requirement of selector.matchExpressions ?? []) {
    if (!Object.hasOwn(info.labels, requirement.key)) {
      if (!["In", "NotIn", "Exists", "DoesNotExist"].includes(requirement.operator)) return "no";
      result = "unknown";
    } else if (!selectorMatches({ matchExpressions: [requirement] }, info.labels)) return "no";
  }
  return result;
}
function policySelects(policy, pod) {
  return policy.namespace === pod.namespace && selectorMatches(policy.podSelector, pod.labels);
}
function peerMatches(peer, policyNamespace, endpoint, namespaces) {
  switch (peer.kind) {
    case "empty":
      return "no";
    case "ipBlock": {
      if (peer.mixedWithSelectors) return "no";
      if (endpoint.ip === void 0) return "unknown";
      const ip = parseIp(endpoint.ip);
      const cidr = parseCidr(peer.cidr);
      if (!ip || !cidr) return "no";
      if (!cidrContainsIp(cidr, ip)) return "no";
      const excluded = peer.except.some((text) => {
        const except = parseCidr(text);
        return except !== void 0 && cidrContainsIp(except, ip);
      });
      return excluded ? "no" : "yes";
    }
    case "selector": {
      if (endpoint.kind !== "pod") return "no";
      const inNamespace = peer.namespaceSelector ? selectorMatchesPartly(peer.namespaceSelector, namespaces.labelsOf(endpoint.namespace)) : endpoint.namespace === policyNamespace ? "yes" : "no";
      const podMatches = !peer.podSelector || selectorMatches(peer.podSelector, endpoint.labels) ? "yes" : "no";
      return and(inNamespace, podMatches);
    }
  }
}
function portMatches(entry, port, protocol, destination) {
  if (entry.protocol !== protocol) return "no";
  if (entry.port === void 0) return "yes";
  if (typeof entry.port === "number") {
    const last = entry.endPort ?? entry.port;
    return port >= entry.port && port <= last ? "yes" : "no";
  }
  if (destination.kind !== "pod") return "no";
  if (!destination.ports) return "unknown";
  const name = entry.port;
  return destination.ports.some((p) => p.name === name && p.protocol === protocol && p.containerPort === port) ? "yes" : "no";
}
function ruleMatches(rule4, policyNamespace, connection, namespaces) {
  const other = connection.direction === "ingress" ? connection.from : connection.to;
  const protocol = connection.protocol ?? "TCP";
  const peers = rule4.peers ? anyOf(rule4.peers, (peer) => peerMatches(peer, policyNamespace, other, namespaces)) : "yes";
  if (peers === "no") return "no";
  const ports = rule4.ports ? anyOf(rule4.ports, (entry) => portMatches(entry, connection.port, protocol, connection.to)) : "yes";
  return and(peers, ports);
}
function evaluate(connection, policies, namespaces) {
  const { direction } = connection;
  const subject = direction === "ingress" ? connection.to : connection.from;
  if (subject.kind !== "pod") return { result: "allowed", isolatedBy: [], rules: [] };
  const isolatedBy = policies.filter((policy) => policy.types[direction] && policySelects(policy, subject));
  if (isolatedBy.length === 0) return { result: "allowed", isolatedBy, rules: [] };
  const allowing = [];
  const possible = [];
  for (const policy of isolatedBy) {
    for (const rule4 of policy[direction]) {
      const match = ruleMatches(rule4, policy.namespace, connection, namespaces);
      if (match === "yes") allowing.push({ policy, rule: rule4 });
      else if (match === "unknown") possible.push({ policy, rule: rule4 });
    }
  }
  if (allowing.length > 0) return { result: "allowed", isolatedBy, rules: allowing };
  if (possible.length > 0) return { result: "unknown", isolatedBy, rules: possible };
  return { result: "denied", isolatedBy, rules: [] };
}

// src/netpol/connectivity.ts
function workloadId(namespace, name, kind) {
  return `${namespace}/${name}[${kind}]`;
}
var FAMILY_LAST = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };
function cidrRange(cidr) {
  const size = 1n << BigInt((cidr.family === 4 ? 32 : 128) - cidr.prefix);
  return [cidr.network, cidr.network + size - 1n];
}
function externalBlocks(policies) {
  const cuts = { 4: /* @__PURE__ */ new Set([0n]), 6: /* @__PURE__ */ new Set([0n]) };
  let v6 = false;
  for (const policy of policies) {
    for (const rule4 of [...policy.ingress, ...policy.egress]) {
      for (const peer of rule4.peers ?? []) {
        if (peer.kind !== "ipBlock") continue;
        for (const text of [peer.cidr, ...peer.except]) {
          const cidr = parseCidr(text);
          if (!cidr) continue;
          if (cidr.family === 6) v6 = true;
          const [first, last] = cidrRange(cidr);
          cuts[cidr.family].add(first);
          if (last < FAMILY_LAST[cidr.family]) cuts[cidr.family].add(last + 1n);
        }
      }
    }
  }
  const blocks = [];
  for (const family of v6 ? [4, 6] : [4]) {
    const starts = [...cuts[family]].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    starts.forEach((first, i) => {
      const last = i + 1 < starts.length ? starts[i + 1] - 1n : FAMILY_LAST[family];
      blocks.push({
        kind: "external",
        id: `${formatIp(family, first)}-${formatIp(family, last)}`,
        family,
        first,
        last
      });
    });
  }
  return blocks;
}
var and2 = (a, b) => a === "no" || b === "no" ? "no" : a === "unknown" || b === "unknown" ? "unknown" : "yes";
function cidrsOverlap(a, b) {
  if (a.family !== b.family) return false;
  const [a0, a1] = cidrRange(a);
  const [b0, b1] = cidrRange(b);
  return a0 <= b1 && b0 <= a1;
}
function peerMatchesNode(peer, policyNamespace, node, namespaces, podNetworks) {
  switch (peer.kind) {
    case "empty":
      return "no";
    case "ipBlock": {
      if (peer.mixedWithSelectors) return "no";
      const cidr = parseCidr(peer.cidr);
      if (!cidr) return "no";
      if (node.kind === "workload")
        return podNetworks.some((net) => cidrsOverlap(net, cidr)) ? "unknown" : "no";
      if (node.family !== cidr.family) return "no";
      const [first, last] = cidrRange(cidr);
      if (node.first < first || node.first > last) return "no";
      const excluded = peer.except.some((text) => {
        const except = parseCidr(text);
        if (!except || except.family !== node.family) return false;
        const [e0, e1] = cidrRange(except);
        return node.first >= e0 && node.first <= e1;
      });
      return excluded ? "no" : "yes";
    }
    case "selector": {
      if (node.kind !== "workload") return "no";
      const inNamespace = peer.namespaceSelector ? selectorMatchesPartly(peer.namespaceSelector, namespaces.labelsOf(node.namespace)) : node.namespace === policyNamespace ? "yes" : "no";
      if (inNamespace === "no") return "no";
      const pod = !peer.podSelector || selectorMatches(peer.podSelector, node.labels) ? "yes" : "no";
      return and2(inNamespace, pod);
    }
  }
}
function ruleMatchesNode(rule4, policyNamespace, node, namespaces, podNetworks) {
  if (!rule4.peers) return "yes";
  let result = "no";
  for (const peer of rule4.peers) {
    const one = peerMatchesNode(peer, policyNamespace, node, namespaces, podNetworks);
    if (one === "yes") return "yes";
    if (one === "unknown") result = "unknown";
  }
  return result;
}
function rulePorts(rule4, destination) {
  if (!rule4.ports) return ALL_PORTS;
  let set = NO_PORTS;
  for (const entry of rule4.ports) {
    if (!isProtocol(entry.protocol)) continue;
    const protocol = entry.protocol;
    if (entry.port === void 0) set = union(set, portRange(protocol));
    else if (typeof entry.port === "number") set = union(set, portRange(protocol, entry.port, entry.endPort));
    else if (destination.kind === "workload") {
      for (const port of destination.ports) {
        if (port.name === entry.port && port.protocol === protocol)
          set = union(set, portRange(protocol, port.containerPort));
      }
    }
  }
  return set;
}
var hasNamedPort = (rule4) => rule4.ports?.some((p) => typeof p.port === "string") ?? false;
function classKey(node) {
  const labels = Object.entries(node.labels).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return JSON.stringify([node.namespace, labels, node.ports]);
}
var nodes0 = (workloads, externals) => [...workloads, ...externals];
function buildConnectivity(input) {
  const { workloads, policies, namespaces } = input;
  const podNetworks = (input.podNetworks ?? []).flatMap((text) => parseCidr(text) ?? []);
  const externals = externalBlocks([...policies, ...input.cutPolicies ?? []]);
  const nodes = nodes0(workloads, externals);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const indexOf = new Map(nodes.map((node, i) => [node, i]));
  const byNamespace = /* @__PURE__ */ new Map();
  for (const workload of workloads) {
    const list = byNamespace.get(workload.namespace);
    if (list) list.push(workload);
    else byNamespace.set(workload.namespace, [workload]);
  }
  const policiesByNamespace = /* @__PURE__ */ new Map();
  for (const policy of policies) {
    const list = policiesByNamespace.get(policy.namespace);
    if (list) list.push(policy);
    else policiesByNamespace.set(policy.namespace, [policy]);
  }
  const classIds = /* @__PURE__ */ new Map();
  const classOf = nodes.map((node) => {
    if (node.kind !== "workload") return -1;
    const key2 = classKey(node);
    let id = classIds.get(key2);
    if (id === void 0) classIds.set(key2, id = classIds.size);
    return id;
  });
  const namespaceNames = [...byNamespace.keys()];
  const isolatingByClass = { ingress: [], egress: [] };
  const isolating = (workload, direction) => {
    const classId = classOf[indexOf.get(workload) ?? -1];
    const cached = classId === void 0 || classId < 0 ? void 0 : isolatingByClass[direction][classId];
    if (cached) return cached;
    const found = (policiesByNamespace.get(workload.namespace) ?? []).filter(
      (policy) => policy.types[direction] && selectorMatches(policy.podSelector, workload.labels)
    );
    if (classId !== void 0 && classId >= 0) isolatingByClass[direction][classId] = found;
    return found;
  };
  const peerCandidates = (peer, policyNamespace) => {
    switch (peer.kind) {
      case "empty":
        return [];
      case "ipBlock":
        return podNetworks.length > 0 ? nodes : externals;
      case "selector": {
        if (!peer.namespaceSelector) return byNamespace.get(policyNamespace) ?? [];
        const selector = peer.namespaceSelector;
        return namespaceNames.filter((ns) => selectorMatchesPartly(selector, namespaces.labelsOf(ns)) !== "no").flatMap((ns) => byNamespace.get(ns) ?? []);
      }
    }
  };
  const matchedByRule = /* @__PURE__ */ new Map();
  const matchedBy = (rule4, policyNamespace) => {
    let matched = matchedByRule.get(rule4);
    if (matched) return matched;
    const results = /* @__PURE__ */ new Map();
    if (!rule4.peers) nodes.forEach((_, i) => results.set(i, "yes"));
    for (const peer of rule4.peers ?? []) {
      for (const node of peerCandidates(peer, policyNamespace)) {
        const index = indexOf.get(node);
        if (results.get(index) === "yes") continue;
        const result = peerMatchesNode(peer, policyNamespace, node, namespaces, podNetworks);
        if (result !== "no") results.set(index, result);
      }
    }
    matched = { yes: [], maybe: [] };
    for (const [index, result] of results) (result === "yes" ? matched.yes : matched.maybe).push(index);
    matchedByRule.set(rule4, matched);
    return matched;
  };
  const sides = {
    ingress: [],
    egress: []
  };
  const sideOf = (index, direction) => {
    const classId = classOf[index];
    const cached = sides[direction][classId];
    if (cached !== void 0) return cached;
    const workload = nodes[index];
    const isolatedBy = isolating(workload, direction);
    let allowance = null;
    if (isolatedBy.length > 0) {
      const map = /* @__PURE__ */ new Map();
      allowance = map;
      const add = (peer, ports, certain) => {
        if (isEmpty(ports)) return;
        const current = map.get(peer) ?? { allowed: NO_PORTS, maybe: NO_PORTS };
        map.set(
          peer,
          certain ? { allowed: union(current.allowed, ports), maybe: current.maybe } : { allowed: current.allowed, maybe: union(current.maybe, ports) }
        );
      };
      for (const policy of isolatedBy) {
        for (const rule4 of policy[direction]) {
          const matched = matchedBy(rule4, policy.namespace);
          const named = hasNamedPort(rule4);
          const fixedPorts = direction === "ingress" || !named ? rulePorts(rule4, workload) : void 0;
          for (const peer of matched.yes) add(peer, fixedPorts ?? rulePorts(rule4, nodes[peer]), true);
          for (const peer of matched.maybe) add(peer, fixedPorts ?? rulePorts(rule4, nodes[peer]), false);
        }
      }
    }
    sides[direction][classId] = allowance;
    return allowance;
  };
  const OPEN = { allowed: ALL_PORTS, maybe: NO_PORTS };
  const CLOSED = { allowed: NO_PORTS, maybe: NO_PORTS };
  const judged = (subject, other, direction) => {
    if (classOf[subject] === -1) return OPEN;
    const allowance = sideOf(subject, direction);
    return allowance ? allowance.get(other) ?? CLOSED : OPEN;
  };
  const computeEdge = (i, j) => {
    if (i === j || classOf[i] === -1 && classOf[j] === -1) return void 0;
    const egress = judged(i, j, "egress");
    if (egress === CLOSED || isEmpty(egress.allowed) && isEmpty(egress.maybe)) return void 0;
    const ingress = judged(j, i, "ingress");
    if (ingress === CLOSED) return void 0;
    const allowed = intersect(egress.allowed, ingress.allowed);
    const undecided = egress.maybe === NO_PORTS && ingress.maybe === NO_PORTS ? NO_PORTS : subtract(
      intersect(union(egress.allowed, egress.maybe), union(ingress.allowed, ingress.maybe)),
      allowed
    );
    if (isEmpty(allowed) && isEmpty(undecided)) return void 0;
    return { from: nodes[i], to: nodes[j], allowed, undecided };
  };
  const edge = (from, to) => {
    const i = indexOf.get(from);
    const j = indexOf.get(to);
    return i === void 0 || j === void 0 ? void 0 : computeEdge(i, j);
  };
  const indexById = new Map(nodes.map((node, i) => [node.id, i]));
  return {
    nodes,
    workloads,
    *edges() {
      for (let i = 0; i < nodes.length; i++) {
        for (let j = 0; j < nodes.length; j++) {
          const found = computeEdge(i, j);
          if (found) yield found;
        }
      }
    },
    edge,
    edgeAt: computeEdge,
    indexOf: (id) => indexById.get(id),
    node: (id) => byId.get(id),
    side(from, to, direction) {
      const subject = direction === "egress" ? from : to;
      const other = direction === "egress" ? to : from;
      const verdict = {
        direction,
        isolatedBy: [],
        rules: [],
        allowed: ALL_PORTS,
        undecided: NO_PORTS
      };
      if (subject.kind !== "workload") return verdict;
      verdict.isolatedBy = isolating(subject, direction);
      if (verdict.isolatedBy.length === 0) return verdict;
      let allowed = NO_PORTS;
      let maybe = NO_PORTS;
      for (const policy of verdict.isolatedBy) {
        for (const rule4 of policy[direction]) {
          const match = ruleMatchesNode(rule4, policy.namespace, other, namespaces, podNetworks);
          if (match === "no") continue;
          const ports = rulePorts(rule4, direction === "ingress" ? subject : other);
          verdict.rules.push({ policy, rule: rule4, ports, certain: match === "yes" });
          if (match === "yes") allowed = union(allowed, ports);
          else maybe = union(maybe, ports);
        }
      }
      verdict.allowed = allowed;
      verdict.undecided = subtract(maybe, allowed);
      return verdict;
    },
    externalAt(family, address) {
      return externals.find(
        (block) => block.family === family && address >= block.first && address <= block.last
      );
    }
  };
}

// src/netpol/model.ts
var PEER_KEY = { ingress: "from", egress: "to" };
function parsePort(value, path) {
  if (!isRecord(value)) return void 0;
  const port = { protocol: typeof value.protocol === "string" ? value.protocol : "TCP", path };
  if (typeof value.port === "number" || typeof value.port === "string") port.port = value.port;
  if (typeof value.endPort === "number") port.endPort = value.endPort;
  return port;
}
function parsePeer(value, path) {
  if (!isRecord(value)) return void 0;
  const podSelector = asLabelSelector(value.podSelector);
  const namespaceSelector = asLabelSelector(value.namespaceSelector);
  if (isRecord(value.ipBlock)) {
    const except = Array.isArray(value.ipBlock.except) ? value.ipBlock.except.map(String) : [];
    const cidr = typeof value.ipBlock.cidr === "string" ? value.ipBlock.cidr : "";
    return { kind: "ipBlock", cidr, except, mixedWithSelectors: !!(podSelector || namespaceSelector), path };
  }
  if (!podSelector && !namespaceSelector) return { kind: "empty", path };
  const peer = { kind: "selector", path };
  if (podSelector) peer.podSelector = podSelector;
  if (namespaceSelector) peer.namespaceSelector = namespaceSelector;
  return peer;
}
function parseRules(value, direction) {
  if (!Array.isArray(value)) return [];
  const rules = [];
  value.forEach((raw, index) => {
    const path = ["spec", direction, index];
    const rule4 = isRecord(raw) ? raw : {};
    const peerKey = PEER_KEY[direction];
    const parsed = { path };
    const peersValue = rule4[peerKey];
    if (Array.isArray(peersValue) && peersValue.length > 0) {
      parsed.peers = peersValue.flatMap((peer, i) => parsePeer(peer, [...path, peerKey, i]) ?? []);
    }
    if (Array.isArray(rule4.ports) && rule4.ports.length > 0) {
      parsed.ports = rule4.ports.flatMap((port, i) => parsePort(port, [...path, "ports", i]) ?? []);
    }
    rules.push(parsed);
  });
  return rules;
}
function parseNetworkPolicy(object, namespace) {
  const root = isRecord(object) ? object : {};
  const metadata = isRecord(root.metadata) ? root.metadata : {};
  const spec = isRecord(root.spec) ? root.spec : {};
  const ingress = parseRules(spec.ingress, "ingress");
  const egress = parseRules(spec.egress, "egress");
  const written = Array.isArray(spec.policyTypes) ? spec.policyTypes.map(String) : [];
  const types = written.length > 0 ? { ingress: written.includes("Ingress"), egress: written.includes("Egress") } : { ingress: true, egress: egress.length > 0 };
  const model = {
    name: typeof metadata.name === "string" ? metadata.name : "",
    namespace,
    podSelector: asLabelSelector(spec.podSelector) ?? {},
    types,
    ingress,
    egress
  };
  if (written.length > 0) model.explicitTypes = written;
  return model;
}

// src/netpol/bundle.ts
var policyCache = /* @__PURE__ */ new WeakMap();
var directoryCache = /* @__PURE__ */ new WeakMap();
var endpointCache = /* @__PURE__ */ new WeakMap();
var namespacePolicyCache = /* @__PURE__ */ new WeakMap();
function policyOf(resource) {
  let policy = policyCache.get(resource);
  if (!policy) {
    policy = { ...parseNetworkPolicy(resource.object, resource.namespace), resource };
    policyCache.set(resource, policy);
  }
  return policy;
}
function policiesInNamespace(bundle, namespace) {
  let byNamespace = namespacePolicyCache.get(bundle);
  if (!byNamespace) namespacePolicyCache.set(bundle, byNamespace = /* @__PURE__ */ new Map());
  let policies = byNamespace.get(namespace);
  if (!policies) {
    policies = bundle.inNamespace("NetworkPolicy", namespace).map(policyOf);
    byNamespace.set(namespace, policies);
  }
  return policies;
}
function namespacesOf(bundle) {
  let directory = directoryCache.get(bundle);
  if (!directory) {
    directory = namespaceDirectory(
      bundle.ofKind("Namespace").map((ns) => ({ name: ns.name, labels: ns.labels }))
    );
    directoryCache.set(bundle, directory);
  }
  return directory;
}
function containerPortsOf(spec) {
  if (!isRecord(spec)) return [];
  const containers = [
    ...Array.isArray(spec.containers) ? spec.containers : [],
    ...(Array.isArray(spec.initContainers) ? spec.initContainers : []).filter(
      (c) => isRecord(c) && c.restartPolicy === "Always"
    )
  ];
  const ports = [];
  for (const container of containers) {
    if (!isRecord(container) || !Array.isArray(container.ports)) continue;
    for (const port of container.ports) {
      if (!isRecord(port) || typeof port.containerPort !== "number") continue;
      const entry = {
        containerPort: port.containerPort,
        protocol: typeof port.protocol === "string" ? port.protocol : "TCP"
      };
      if (typeof port.name === "string") entry.name = port.name;
      ports.push(entry);
    }
  }
  return ports;
}
function podEndpointOf(template) {
  let endpoint = endpointCache.get(template);
  if (!endpoint) {
    endpoint = {
      kind: "pod",
      namespace: template.namespace,
      labels: template.labels,
      ports: containerPortsOf(template.spec)
    };
    endpointCache.set(template, endpoint);
  }
  return endpoint;
}
function templatesSelectedBy(bundle, namespace, selector) {
  return bundle.podTemplatesMatching(namespace, selector);
}
function workloadNodesOf(bundle) {
  const nodes = [];
  const seen = /* @__PURE__ */ new Set();
  for (const namespace of [...bundle.namespaces()].sort()) {
    for (const template of bundle.podTemplates(namespace)) {
      const { workload } = template;
      const id = workloadId(template.namespace, workload.name, workload.kind);
      if (seen.has(id)) continue;
      seen.add(id);
      nodes.push({
        kind: "workload",
        id,
        namespace: template.namespace,
        name: workload.name,
        workloadKind: workload.kind,
        labels: template.labels,
        ports: podEndpointOf(template).ports ?? [],
        resource: workload
      });
    }
  }
  return nodes;
}
function connectivityOfBundle(bundle, options = {}) {
  const declared = /* @__PURE__ */ new Map();
  for (const [name, labels] of Object.entries(options.namespaceLabels ?? {})) declared.set(name, labels);
  for (const ns of bundle.ofKind("Namespace")) declared.set(ns.name, ns.labels);
  return buildConnectivity({
    workloads: workloadNodesOf(bundle),
    policies: bundle.ofKind("NetworkPolicy").map(policyOf),
    namespaces: namespaceDirectory([...declared].map(([name, labels]) => ({ name, labels }))),
    ...options.podNetworks ? { podNetworks: options.podNetworks } : {},
    ...options.cutPolicies ? { cutPolicies: options.cutPolicies } : {}
  });
}

// src/text/suggest.ts
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from(
    { length: rows },
    (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2][j - 2] + 1);
      }
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}
function closestKey(written, allowed) {
  const normalise2 = (key2) => key2.toLowerCase().replace(/[_-]/g, "");
  const sameWord = allowed.find((key2) => normalise2(key2) === normalise2(written));
  if (sameWord) return sameWord;
  let best;
  for (const key2 of allowed) {
    const distance = editDistance(written.toLowerCase(), key2.toLowerCase());
    if (!best || distance < best.distance) best = { key: key2, distance };
  }
  const limit = Math.min(3, Math.max(1, Math.floor(written.length / 3)));
  return best && best.distance <= limit ? best.key : void 0;
}

// src/k8s/images.ts
var DOCKER_HUB = "docker.io";
function isRegistryHost(component) {
  return component.includes(".") || component.includes(":") || component === "localhost";
}
function parseImageReference(written) {
  if (written === "" || /[\s${}]/.test(written)) return void 0;
  let rest = written;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digest.includes(":")) return void 0;
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === "") return void 0;
  }
  if (rest === "" || rest.startsWith("/") || rest.endsWith("/") || rest.includes("//")) return void 0;
  const components = rest.split("/");
  let registry = DOCKER_HUB;
  if (components.length > 1 && isRegistryHost(components[0])) registry = components.shift();
  if (registry === "index.docker.io") registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && components.length === 1) components.unshift("library");
  const repository = components.join("/");
  return {
    written,
    registry,
    repository,
    name: `${registry}/${repository}`,
    ...tag !== void 0 ? { tag } : {},
    ...digest !== void 0 ? { digest } : {}
  };
}
function allowEntryProblem(entry) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) return "a registry prefix has no scheme";
  if (/[\s@]/.test(entry)) return "a registry prefix has no spaces and no digest";
  const host = entry.split("/")[0];
  if (!isRegistryHost(host)) return `"${host}" is not a registry host (it needs a dot, a port or localhost)`;
  const last = entry.split("/").at(-1);
  if (last.includes(":") && entry.includes("/")) return "a registry prefix has no tag";
  return void 0;
}
function imageAllowedBy(image, entry) {
  const prefix = entry.replace(/\/+$/, "");
  const normalizedPrefix = prefix === "index.docker.io" || prefix.startsWith("index.docker.io/") ? DOCKER_HUB + prefix.slice("index.docker.io".length) : prefix;
  return image.name === normalizedPrefix || image.name.startsWith(`${normalizedPrefix}/`);
}
function floatingTag(image) {
  if (image.digest) return void 0;
  return image.tag ?? "latest";
}

export {
  closestKey,
  parseImageReference,
  allowEntryProblem,
  imageAllowedBy,
  floatingTag,
  podTemplateOf,
  createBundle,
  rule,
  rule2,
  rule3,
  parseIp,
  parseCidr,
  isStrictSubnet,
  formatCidr,
  formatIp,
  NAMESPACE_NAME_LABEL,
  evaluate,
  MIN_PORT,
  MAX_PORT,
  NO_PORTS,
  isProtocol,
  intersect,
  subtract,
  isEmpty,
  isAll,
  equals,
  containsPort,
  formatPortSet,
  policyOf,
  policiesInNamespace,
  namespacesOf,
  containerPortsOf,
  podEndpointOf,
  templatesSelectedBy,
  connectivityOfBundle
};
//# sourceMappingURL=chunk-YCNUQE2E.js.map
