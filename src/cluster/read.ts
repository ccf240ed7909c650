/**
 * Reads the live signals of the namespaces in scope into a plain LiveState, with client-node.
 * Every list runs in parallel under one deadline; nothing here throws: a 403 becomes a note that
 * names the missing permission, an unreachable API server one note and an empty state, and what
 * could not be read is listed in `unreadable` so the hints say "unknown" instead of guessing.
 */
import {
  AppsV1Api,
  CoreV1Api,
  DiscoveryV1Api,
  NetworkingV1Api,
  setHeaderOptions,
  StorageV1Api,
  type ConfigurationOptions,
  type KubeConfig,
} from '@kubernetes/client-node';
import pLimit from 'p-limit';
import {
  type CallFailure,
  classifyFailure,
  DEFAULT_TIMEOUT_MS,
  formatMs,
  serverOf,
  withAnswerChecks,
  withSignal,
} from './request.js';
import { emptyLiveState, type LiveState, type SecretSummary, unreadableKey } from './types.js';

export interface ReadScope {
  /** Namespaces of the bundle's workloads (or of the SLO). */
  namespaces: string[];
  /** Also list the NetworkPolicies of those namespaces (the live baseline of the NetworkPolicy diff). */
  networkPolicies?: boolean;
}

export interface ReadOptions {
  /** Progress lines (stderr in the entry points). */
  log?: (message: string) => void;
  /** Deadline for the whole read, every list included (default 10 s). */
  timeoutMs?: number;
  /**
   * The run's deadline: the read ends by it even when timeoutMs would allow longer, so a slow API
   * server cannot hold the run past it. `label` names it in notes: "the run's 4m deadline".
   */
  runDeadline?: { endsAt: number; label: string };
  /** Lists in flight at once (default 8). */
  concurrency?: number;
  /** Bytes read at most per answer (default MAX_ANSWER_BYTES). */
  maxAnswerBytes?: number;
}

/** Asks for metadata only, so Secret data never leaves the API server; plain JSON if unsupported. */
export const METADATA_ONLY_ACCEPT =
  'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json';
/** CoreDNS (and kube-dns) pods carry this label in every common distribution. */
export const DNS_POD_SELECTOR = 'k8s-app=kube-dns';
/** Only Warning events explain failures (FailedScheduling, BackOff, Failed, FailedMount, Unhealthy). */
export const EVENT_FIELD_SELECTOR = 'type=Warning';

/** One list call and where its items go. */
interface Read {
  /** unreadable key */
  key: string;
  /** plural resource, as RBAC names it */
  resource: string;
  group: string;
  /** undefined: all namespaces or cluster-scoped */
  namespace?: string;
  /** what the note calls it: "pods in shop", "CoreDNS pods in kube-system" */
  label: string;
  fetch: (options: ConfigurationOptions) => Promise<unknown[]>;
  store: (items: unknown[]) => void;
}

interface Failed {
  read: Read;
  failure: CallFailure;
}

const qualified = (read: Pick<Read, 'resource' | 'group'>) =>
  read.group ? `${read.resource}.${read.group}` : read.resource;

function neededPermission(read: Read): string {
  return read.namespace
    ? `list on ${qualified(read)} in namespace ${read.namespace}`
    : `list on ${qualified(read)} cluster-wide, a ClusterRole`;
}

/** The note for a failure that concerns one resource (RBAC, missing API, a refused request). */
function resourceNote(read: Read, failure: CallFailure): string {
  switch (failure.kind) {
    case 'forbidden':
      return `skipped ${read.label}: forbidden (needs ${neededPermission(read)})`;
    case 'not-found':
      return `skipped ${read.label}: the API server does not serve ${read.group || 'core'}/${read.resource} (HTTP 404)`;
    case 'unreadable':
      return `the API server's answer for ${read.label} was ${failure.detail}: live ${singular(read.resource)} signals not checked`;
    default:
      return `skipped ${read.label}: ${failure.detail}`;
  }
}

/** Failures that concern the server or the credentials rather than one resource: one note per cause. */
// 'other' is a client-side failure (e.g. client-node refusing an http:// server without
// insecure-skip-tls-verify): it hits every list alike.
const SERVER_LEVEL = new Set(['unreachable', 'timeout', 'unauthorized', 'other']);

/** How long the read may take, and what ends it: its own timeout or the run's deadline. */
interface ReadBudget {
  timeoutMs: number;
  /** Set when the run's deadline comes before the read's own timeout: its label. */
  cutBy?: string;
}

function readBudget(options: ReadOptions, now: number): ReadBudget {
  const own = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = options.runDeadline;
  if (!deadline || deadline.endsAt - now >= own) return { timeoutMs: own };
  return { timeoutMs: Math.max(0, deadline.endsAt - now), cutBy: deadline.label };
}

function serverNote(failure: CallFailure, server: string, budget: ReadBudget): string {
  if (failure.kind === 'timeout')
    return budget.cutBy
      ? `${server} did not answer in the ${formatMs(budget.timeoutMs)} left before ${budget.cutBy}`
      : `${server} did not answer within ${formatMs(budget.timeoutMs)}`;
  if (failure.kind === 'unauthorized') return `${server} rejected the credentials (HTTP 401)`;
  if (failure.kind === 'unreachable') return `${server} is unreachable: ${failure.detail}`;
  return `${server}: ${failure.detail}`;
}

export async function readLiveState(
  kc: KubeConfig,
  scope: ReadScope,
  options: ReadOptions = {},
): Promise<LiveState> {
  const namespaces = [...new Set(scope.namespaces)];
  const started = Date.now();
  const budget = readBudget(options, started);
  if (budget.cutBy && budget.timeoutMs === 0) {
    return unreadLiveState(
      namespaces,
      `live cluster signals skipped: ${budget.cutBy} passed before they were read`,
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
      storage: kc.makeApiClient(StorageV1Api),
    };
  } catch (error) {
    return unreadLiveState(
      namespaces,
      `live cluster signals skipped: no usable kubeconfig (${(error as Error).message})`,
    );
  }
  const { core, apps, discovery, networking, storage } = apis;

  const reads: Read[] = [];
  const namespaced = (
    resource: string,
    group: string,
    namespace: string,
    fetch: Read['fetch'],
    store: Read['store'],
  ) =>
    reads.push({
      key: unreadableKey(resource, namespace),
      resource,
      group,
      namespace,
      label: `${resource} in ${namespace}`,
      fetch,
      store,
    });

  for (const namespace of namespaces) {
    namespaced(
      'pods',
      '',
      namespace,
      async (o) => (await core.listNamespacedPod({ namespace }, o)).items,
      (items) => state.pods.push(...(items as LiveState['pods'])),
    );
    namespaced(
      'events',
      '',
      namespace,
      async (o) =>
        (await core.listNamespacedEvent({ namespace, fieldSelector: EVENT_FIELD_SELECTOR }, o)).items,
      (items) => state.events.push(...(items as LiveState['events'])),
    );
    namespaced(
      'services',
      '',
      namespace,
      async (o) => (await core.listNamespacedService({ namespace }, o)).items,
      (items) => state.services.push(...(items as LiveState['services'])),
    );
    namespaced(
      'secrets',
      '',
      namespace,
      async (o) =>
        (await core.listNamespacedSecret({ namespace }, setHeaderOptions('Accept', METADATA_ONLY_ACCEPT, o)))
          .items,
      (items) =>
        state.secrets.push(
          ...(items as Parameters<typeof secretSummary>[0][]).map((s) => secretSummary(s, namespace)),
        ),
    );
    namespaced(
      'deployments',
      'apps',
      namespace,
      async (o) => (await apps.listNamespacedDeployment({ namespace }, o)).items,
      (items) => state.deployments.push(...(items as LiveState['deployments'])),
    );
    namespaced(
      'statefulsets',
      'apps',
      namespace,
      async (o) => (await apps.listNamespacedStatefulSet({ namespace }, o)).items,
      (items) => state.statefulSets.push(...(items as LiveState['statefulSets'])),
    );
    namespaced(
      'daemonsets',
      'apps',
      namespace,
      async (o) => (await apps.listNamespacedDaemonSet({ namespace }, o)).items,
      (items) => state.daemonSets.push(...(items as LiveState['daemonSets'])),
    );
    namespaced(
      'replicasets',
      'apps',
      namespace,
      async (o) => (await apps.listNamespacedReplicaSet({ namespace }, o)).items,
      (items) => state.replicaSets.push(...(items as LiveState['replicaSets'])),
    );
    namespaced(
      'controllerrevisions',
      'apps',
      namespace,
      async (o) => (await apps.listNamespacedControllerRevision({ namespace }, o)).items,
      (items) => state.controllerRevisions.push(...(items as LiveState['controllerRevisions'])),
    );
    namespaced(
      'endpointslices',
      'discovery.k8s.io',
      namespace,
      async (o) => (await discovery.listNamespacedEndpointSlice({ namespace }, o)).items,
      (items) => state.endpointSlices.push(...(items as LiveState['endpointSlices'])),
    );
    if (scope.networkPolicies)
      namespaced(
        'networkpolicies',
        'networking.k8s.io',
        namespace,
        async (o) => (await networking.listNamespacedNetworkPolicy({ namespace }, o)).items,
        (items) => state.networkPolicies.push(...(items as LiveState['networkPolicies'])),
      );
  }
  reads.push(
    {
      key: 'dnspods/kube-system',
      resource: 'pods',
      group: '',
      namespace: 'kube-system',
      label: 'CoreDNS pods in kube-system',
      fetch: async (o) =>
        (await core.listNamespacedPod({ namespace: 'kube-system', labelSelector: DNS_POD_SELECTOR }, o))
          .items,
      store: (items) => state.dnsPods.push(...(items as LiveState['dnsPods'])),
    },
    {
      key: unreadableKey('ingresses'),
      resource: 'ingresses',
      group: 'networking.k8s.io',
      label: 'ingresses of all namespaces',
      fetch: async (o) => (await networking.listIngressForAllNamespaces({}, o)).items,
      store: (items) => state.ingresses.push(...(items as LiveState['ingresses'])),
    },
    {
      key: unreadableKey('ingressclasses'),
      resource: 'ingressclasses',
      group: 'networking.k8s.io',
      label: 'ingressclasses',
      fetch: async (o) => (await networking.listIngressClass({}, o)).items,
      store: (items) => state.ingressClasses.push(...names(items)),
    },
    {
      key: unreadableKey('storageclasses'),
      resource: 'storageclasses',
      group: 'storage.k8s.io',
      label: 'storageclasses',
      fetch: async (o) => (await storage.listStorageClass({}, o)).items,
      store: (items) => state.storageClasses.push(...names(items)),
    },
  );

  // One deadline for the whole read: a black-holed API server costs the budget once, not per list.
  const deadline = AbortSignal.timeout(budget.timeoutMs);
  const callOptions = withAnswerChecks(
    { list: true, maxBytes: options.maxAnswerBytes },
    withSignal(deadline),
  );
  const limit = pLimit(options.concurrency ?? 8);
  const run = (batch: Read[]) =>
    Promise.all(
      batch.map((read) =>
        limit(async (): Promise<{ read: Read; items?: unknown[]; failure?: CallFailure }> => {
          try {
            return { read, items: (await read.fetch(callOptions)) ?? [] };
          } catch (error) {
            return { read, failure: classifyFailure(error) };
          }
        }),
      ),
    );

  const outcomes = await run(reads);
  const failed: Failed[] = [];
  for (const outcome of outcomes) {
    if (outcome.items) outcome.read.store(outcome.items);
    else failed.push({ read: outcome.read, failure: outcome.failure! });
  }

  // Nodes, and what every pod of the cluster holds on them, only when a hint needs them: they are
  // the largest reads of the hook and need the optional ClusterRole.
  const nodeReads = nodeProfileReads(state, core);
  if (nodeReads.length > 0 && !failed.some((f) => SERVER_LEVEL.has(f.failure.kind))) {
    reads.push(...nodeReads);
    for (const outcome of await run(nodeReads)) {
      outcomes.push(outcome);
      if (outcome.items) outcome.read.store(outcome.items);
      else failed.push({ read: outcome.read, failure: outcome.failure! });
    }
  }

  // Without a ClusterRole the Ingresses of the namespaces in scope are still worth reading: they
  // route to the Services checked for ready endpoints, and conflicts within them still show.
  const allIngresses = failed.find((f) => f.read.key === unreadableKey('ingresses'));
  const fallbackNotes: string[] = [];
  if (allIngresses?.failure.kind === 'forbidden' && namespaces.length > 0) {
    const fallback: Read[] = namespaces.map((namespace) => ({
      key: unreadableKey('ingresses', namespace),
      resource: 'ingresses',
      group: 'networking.k8s.io',
      namespace,
      label: `ingresses in ${namespace}`,
      fetch: async (o) => (await networking.listNamespacedIngress({ namespace }, o)).items,
      store: (items) => state.ingresses.push(...(items as LiveState['ingresses'])),
    }));
    const readable: string[] = [];
    for (const outcome of await run(fallback)) {
      if (outcome.items) {
        outcome.read.store(outcome.items);
        readable.push(outcome.read.namespace!);
      } else failed.push({ read: outcome.read, failure: outcome.failure! });
    }
    if (readable.length > 0)
      fallbackNotes.push(`Ingress host+path conflicts checked within ${readable.join(', ')} only`);
  }

  addNotes(state, failed, reads.length, { server, budget, fallbackNotes });
  const readCount = outcomes.filter((outcome) => outcome.items).length;
  options.log?.(
    `cluster: read ${readCount}/${reads.length} lists of ${namespaces.join(', ') || '(no namespace)'} ` +
      `from ${server} in ${formatMs(Date.now() - started)}`,
  );
  return state;
}

/** Pods that hold node resources: the scheduler counts every pod bound to a node until it ends. */
export const NODE_POD_FIELD_SELECTOR = 'spec.nodeName!=,status.phase!=Succeeded,status.phase!=Failed';

/** The reads of the node profile: Nodes when a pod is Pending or a DaemonSet lacks pods, all bound pods when a pod is Pending. */
function nodeProfileReads(state: LiveState, core: CoreV1Api): Read[] {
  const pending = state.pods.some(
    (p) => p.status?.phase === 'Pending' && !p.spec?.nodeName && !p.metadata?.deletionTimestamp,
  );
  const daemonSetGap = state.daemonSets.some(
    (ds) => (ds.status?.numberReady ?? 0) < (ds.status?.desiredNumberScheduled ?? 0),
  );
  const reads: Read[] = [];
  if (pending || daemonSetGap)
    reads.push({
      key: unreadableKey('nodes'),
      resource: 'nodes',
      group: '',
      label: 'nodes',
      fetch: async (o) => (await core.listNode({}, o)).items,
      store: (items) => state.nodes.push(...(items as LiveState['nodes'])),
    });
  if (pending)
    reads.push({
      key: unreadableKey('pods'),
      resource: 'pods',
      group: '',
      label: 'pods of all namespaces (node requests)',
      fetch: async (o) =>
        (await core.listPodForAllNamespaces({ fieldSelector: NODE_POD_FIELD_SELECTOR }, o)).items,
      store: (items) => state.nodePods.push(...(items as LiveState['nodePods'])),
    });
  return reads;
}

function addNotes(
  state: LiveState,
  failed: Failed[],
  readCount: number,
  context: { server: string; budget: ReadBudget; fallbackNotes: string[] },
): void {
  for (const { read } of failed) state.unreadable.add(read.key);
  // A proxy's page instead of every answer: say it once, not once per list.
  const details = new Set(failed.map((f) => (f.failure.kind === 'unreadable' ? f.failure.detail : '')));
  if (failed.length >= readCount && details.size === 1 && !details.has('')) {
    state.notes.push(
      `live cluster signals skipped: every answer of ${context.server} was ${[...details][0]}`,
    );
    return;
  }
  const byServerCause = new Map<string, Failed[]>();
  for (const entry of failed) {
    if (SERVER_LEVEL.has(entry.failure.kind)) {
      const cause = serverNote(entry.failure, context.server, context.budget);
      byServerCause.set(cause, [...(byServerCause.get(cause) ?? []), entry]);
    } else {
      let note = resourceNote(entry.read, entry.failure);
      if (entry.read.key === unreadableKey('ingresses') && context.fallbackNotes.length > 0)
        note += `; ${context.fallbackNotes.join('; ')}`;
      state.notes.push(note);
    }
  }
  for (const [cause, entries] of byServerCause) {
    // The whole read failed the same way: say it once, not once per list.
    state.notes.push(
      entries.length >= readCount
        ? `live cluster signals skipped: ${cause}`
        : `skipped ${entries.map((e) => e.read.label).join(', ')}: ${cause}`,
    );
  }
}

/**
 * A state in which nothing was read (no credentials, no usable client): every signal the reader
 * would have read is unreadable, so no hint judges the cluster from its empty lists.
 */
export function unreadLiveState(namespaces: string[], note?: string): LiveState {
  const state = emptyLiveState(namespaces);
  if (note) state.notes.push(note);
  const resources = [
    'pods',
    'events',
    'services',
    'secrets',
    'deployments',
    'statefulsets',
    'daemonsets',
    'replicasets',
    'controllerrevisions',
    'endpointslices',
    'networkpolicies',
  ];
  for (const namespace of namespaces)
    for (const r of resources) state.unreadable.add(unreadableKey(r, namespace));
  for (const key of [
    'dnspods/kube-system',
    'ingresses/*',
    'ingressclasses/*',
    'storageclasses/*',
    'nodes/*',
    'pods/*',
  ])
    state.unreadable.add(key);
  return state;
}

/** "pods" -> "pod", "ingresses" -> "ingress": notes name one kind of signal. */
function singular(resource: string): string {
  return resource.replace(/(ss)es$|s$/, '$1');
}

function names(items: unknown[]): string[] {
  return (items as { metadata?: { name?: string } }[])
    .map((item) => item.metadata?.name)
    .filter((name): name is string => typeof name === 'string');
}

/** Keeps name and type only: data and stringData are dropped even if the server sent them. */
function secretSummary(
  secret: { metadata?: { name?: string; namespace?: string }; type?: string },
  namespace: string,
): SecretSummary {
  const summary: SecretSummary = {
    namespace: secret.metadata?.namespace ?? namespace,
    name: secret.metadata?.name ?? '',
  };
  if (secret.type) summary.type = secret.type;
  return summary;
}
