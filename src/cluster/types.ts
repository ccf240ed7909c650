import type {
  CoreV1Event,
  V1ControllerRevision,
  V1DaemonSet,
  V1Deployment,
  V1EndpointSlice,
  V1Ingress,
  V1NetworkPolicy,
  V1Node,
  V1Pod,
  V1ReplicaSet,
  V1Service,
  V1StatefulSet,
} from '@kubernetes/client-node';

/** One DNS answer: the addresses, or why there are none. */
/** The record type asked: A (IPv4 addresses) or AAAA (IPv6). */
export type DnsFamily = 'A' | 'AAAA';

export type DnsAnswer =
  | {
      ok: true;
      /** A records first, then AAAA. */
      addresses: string[];
      /** The families that answered with addresses. */
      families: DnsFamily[];
      ms: number;
    }
  | {
      ok: false;
      error: 'nxdomain' | 'nodata' | 'timeout' | 'servfail' | 'refused' | 'other';
      detail: string;
      ms: number;
    };

/** A cluster name resolved over UDP and over TCP. */
export interface DnsLookup {
  name: string;
  udp: DnsAnswer;
  tcp: DnsAnswer;
}

/** A Secret as the gate sees it: name and type only, never the data. */
export interface SecretSummary {
  namespace: string;
  name: string;
  type?: string;
}

/**
 * Plain-data snapshot of the live cluster, read by src/cluster/read.ts and judged by the pure
 * hint logic in src/hints/live. Objects are what client-node returns: the API shapes, except that
 * timestamps (creationTimestamp, lastTransitionTime, startedAt/finishedAt, first/lastTimestamp,
 * eventTime) are `Date` objects, and list items of built-in kinds carry no apiVersion/kind (the API
 * server leaves them out of lists): tell kinds apart by the array they are in.
 */
export interface LiveState {
  /** Namespaces in scope, read except for what `unreadable` lists. */
  namespaces: string[];
  pods: V1Pod[];
  /** Warning events only (FailedScheduling, BackOff, Failed, FailedMount, Unhealthy, FailedCreate, ...). */
  events: CoreV1Event[];
  deployments: V1Deployment[];
  statefulSets: V1StatefulSet[];
  daemonSets: V1DaemonSet[];
  replicaSets: V1ReplicaSet[];
  controllerRevisions: V1ControllerRevision[];
  endpointSlices: V1EndpointSlice[];
  services: V1Service[];
  /**
   * Ingresses of ALL namespaces (host+path conflicts), when readable. Without a ClusterRole only the
   * namespaces in scope are read: 'ingresses/*' is then in `unreadable`.
   */
  ingresses: V1Ingress[];
  /**
   * Secrets by name. Listed metadata-only, so `type` is usually absent (a real API server's
   * metadata-only answer has no type); only existence is reliable.
   */
  secrets: SecretSummary[];
  /**
   * NetworkPolicies of the namespaces in scope, read only when asked (network.baseline: live): the
   * baseline of the NetworkPolicy diff.
   */
  networkPolicies: V1NetworkPolicy[];
  ingressClasses: string[];
  storageClasses: string[];
  /** kube-system CoreDNS pods (k8s-app=kube-dns), when readable. */
  dnsPods: V1Pod[];
  /**
   * The cluster's Nodes (a ClusterRole: hooks/optional/cluster-read.yaml), read only when a pod of
   * the scope is Pending or a DaemonSet lacks pods; 'nodes/*' in `unreadable` when it could not be.
   */
  nodes: V1Node[];
  /**
   * Pods of all namespaces that hold node resources (not Succeeded or Failed), for what each node
   * has left; read only when a pod of the scope is Pending. 'pods/*' in `unreadable` when it could not be.
   */
  nodePods: V1Pod[];
  /**
   * Cluster names resolved from the hook's pod (kubernetes.default and the bundle's Services that
   * exist), over UDP and TCP; empty when not probed (outside a cluster, or no nameserver known).
   */
  dnsLookups: DnsLookup[];
  /** The nameserver the lookups asked, "10.96.0.10:53". */
  dnsServer?: string;
  /**
   * Signals that could not be read, one line each: "skipped pods in shop: forbidden (needs list on
   * pods in namespace shop)"; an unreachable API server gives one line for the whole read.
   */
  notes: string[];
  /**
   * What could not be read at all, so hints say "unknown" rather than guess.
   * Keys are `<resource>/<namespace>` for namespaced reads ('pods/shop', 'secrets/shop'),
   * `<resource>/*` for all-namespace or cluster-scoped reads ('ingresses/*', 'ingressclasses/*',
   * 'storageclasses/*'), 'dnspods/kube-system' for the CoreDNS pods, and 'ingresses/<namespace>'
   * when even the per-namespace Ingress fallback failed.
   */
  unreadable: Set<string>;
}

/** The key a read failure leaves in LiveState.unreadable: ('pods', 'shop') -> 'pods/shop', ('ingresses') -> 'ingresses/*'. */
export function unreadableKey(resource: string, namespace?: string): string {
  return `${resource}/${namespace ?? '*'}`;
}

/** An empty snapshot: nothing read yet. */
export function emptyLiveState(namespaces: string[] = []): LiveState {
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
    networkPolicies: [],
    ingressClasses: [],
    storageClasses: [],
    dnsPods: [],
    nodes: [],
    nodePods: [],
    dnsLookups: [],
    notes: [],
    unreadable: new Set(),
  };
}
