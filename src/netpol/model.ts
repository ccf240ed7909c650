/**
 * A NetworkPolicy (networking.k8s.io/v1) as a typed model, with the API server's defaulting.
 * Parsing tolerates malformed data (schema-invalid reports it) and never throws. Pure.
 */
import { asLabelSelector, isRecord } from '../k8s/labels.js';
import type { LabelSelector, Path } from '../model/index.js';

export type Direction = 'ingress' | 'egress';

export interface NetpolPort {
  /** As written; 'TCP' when absent (the API server's default). */
  protocol: string;
  /** A number, a port name, or undefined: every port of the protocol. */
  port?: number | string;
  /** Last port of a range `port..endPort` (numeric `port` only). */
  endPort?: number;
  /** Where the entry is written: ['spec', 'ingress', 0, 'ports', 1]. */
  path: Path;
}

/**
 * One element of `from` / `to`. Selectors in ONE element are ANDed; separate elements are ORed.
 * `podSelector` / `namespaceSelector` undefined means "not set" (null in the API), which differs
 * from `{}` (everything).
 */
export type NetpolPeer =
  | { kind: 'selector'; podSelector?: LabelSelector; namespaceSelector?: LabelSelector; path: Path }
  | {
      kind: 'ipBlock';
      cidr: string;
      except: string[];
      /** Also sets podSelector or namespaceSelector: the API server rejects that peer. */
      mixedWithSelectors: boolean;
      path: Path;
    }
  /** `{}`: the API server rejects it ("must specify a peer"); it matches nothing. */
  | { kind: 'empty'; path: Path };

export interface NetpolRule {
  /** undefined: `from`/`to` absent or empty — every source/destination, in and outside the cluster. */
  peers?: NetpolPeer[];
  /** undefined: `ports` absent or empty — every port of every protocol. */
  ports?: NetpolPort[];
  /** ['spec', 'ingress', 0] */
  path: Path;
}

export interface NetworkPolicyModel {
  name: string;
  namespace: string;
  /** spec.podSelector; absent is `{}` (every pod of the namespace), as the API's non-pointer field. */
  podSelector: LabelSelector;
  /** The directions this policy isolates its pods in (policyTypes after defaulting). */
  types: Record<Direction, boolean>;
  /** spec.policyTypes as written when non-empty; undefined when it was defaulted. */
  explicitTypes?: string[];
  ingress: NetpolRule[];
  egress: NetpolRule[];
}

const PEER_KEY: Record<Direction, 'from' | 'to'> = { ingress: 'from', egress: 'to' };

function parsePort(value: unknown, path: Path): NetpolPort | undefined {
  if (!isRecord(value)) return undefined;
  const port: NetpolPort = { protocol: typeof value.protocol === 'string' ? value.protocol : 'TCP', path };
  if (typeof value.port === 'number' || typeof value.port === 'string') port.port = value.port;
  if (typeof value.endPort === 'number') port.endPort = value.endPort;
  return port;
}

function parsePeer(value: unknown, path: Path): NetpolPeer | undefined {
  if (!isRecord(value)) return undefined;
  const podSelector = asLabelSelector(value.podSelector);
  const namespaceSelector = asLabelSelector(value.namespaceSelector);
  if (isRecord(value.ipBlock)) {
    const except = Array.isArray(value.ipBlock.except) ? value.ipBlock.except.map(String) : [];
    const cidr = typeof value.ipBlock.cidr === 'string' ? value.ipBlock.cidr : '';
    return { kind: 'ipBlock', cidr, except, mixedWithSelectors: !!(podSelector || namespaceSelector), path };
  }
  if (!podSelector && !namespaceSelector) return { kind: 'empty', path };
  const peer: NetpolPeer = { kind: 'selector', path };
  if (podSelector) peer.podSelector = podSelector;
  if (namespaceSelector) peer.namespaceSelector = namespaceSelector;
  return peer;
}

function parseRules(value: unknown, direction: Direction): NetpolRule[] {
  if (!Array.isArray(value)) return [];
  const rules: NetpolRule[] = [];
  value.forEach((raw, index) => {
    const path: Path = ['spec', direction, index];
    // A null element (`- ` alone) is an empty rule: it allows everything, like `{}`.
    const rule = isRecord(raw) ? raw : {};
    const peerKey = PEER_KEY[direction];
    const parsed: NetpolRule = { path };
    const peersValue = rule[peerKey];
    if (Array.isArray(peersValue) && peersValue.length > 0) {
      parsed.peers = peersValue.flatMap((peer, i) => parsePeer(peer, [...path, peerKey, i]) ?? []);
    }
    if (Array.isArray(rule.ports) && rule.ports.length > 0) {
      parsed.ports = rule.ports.flatMap((port, i) => parsePort(port, [...path, 'ports', i]) ?? []);
    }
    rules.push(parsed);
  });
  return rules;
}

/** The model of one NetworkPolicy object (its `metadata.namespace` already resolved by the caller). */
export function parseNetworkPolicy(object: unknown, namespace: string): NetworkPolicyModel {
  const root = isRecord(object) ? object : {};
  const metadata = isRecord(root.metadata) ? root.metadata : {};
  const spec = isRecord(root.spec) ? root.spec : {};
  const ingress = parseRules(spec.ingress, 'ingress');
  const egress = parseRules(spec.egress, 'egress');
  const written = Array.isArray(spec.policyTypes) ? spec.policyTypes.map(String) : [];
  // Defaulting (SetDefaults_NetworkPolicy): an empty or absent list means Ingress, plus Egress when
  // there are egress rules. A list given explicitly is taken as is.
  const types: Record<Direction, boolean> =
    written.length > 0
      ? { ingress: written.includes('Ingress'), egress: written.includes('Egress') }
      : { ingress: true, egress: egress.length > 0 };
  const model: NetworkPolicyModel = {
    name: typeof metadata.name === 'string' ? metadata.name : '',
    namespace,
    podSelector: asLabelSelector(spec.podSelector) ?? {},
    types,
    ingress,
    egress,
  };
  if (written.length > 0) model.explicitTypes = written;
  return model;
}
