/**
 * NetworkPolicy questions over manifests: read the bundle, build the connectivity model, and
 * answer: every connection, one connection explained, or a release's diff against a baseline.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { createBundle } from '../manifests/bundle.js';
import { gitRefSources } from '../manifests/git.js';
import { pathSources, readSources, requireExistingPaths } from '../manifests/sources.js';
import { unreadableKey, type LiveState } from '../cluster/types.js';
import type { GateConfig, NetworkConfig } from '../config/types.js';
import { UsageError } from '../errors.js';
import { createPrometheusClient, type PrometheusClient } from '../prometheus/client.js';
import { readObservedTraffic } from '../prometheus/observed-traffic.js';
import type { Bundle, NetpolDiffReport } from '../model/index.js';
import { netpolReportOf } from '../report/netpol.js';
import {
  connectivityOfBundle,
  diffConnectivity,
  explainConnection,
  policyOf,
  type Connectivity,
  type ConnectivityDiff,
  type RequiredMatch,
  findNode,
  parsePortFlag,
  type BundleConnectivityOptions,
  type BundlePolicy,
  type ConnectionExplanation,
  judgeObservedTraffic,
  type ObservedTraffic,
} from '../netpol/index.js';

export interface NetpolSourceOptions extends BundleConnectivityOptions {
  paths: readonly string[];
  defaultNamespace: string;
}

export async function readBundle(paths: readonly string[], defaultNamespace: string): Promise<Bundle> {
  const sources = pathSources(paths);
  await requireExistingPaths(sources);
  const { resources } = await readSources(sources, { defaultNamespace });
  return createBundle(resources, defaultNamespace);
}

export async function explainNetpol(
  options: NetpolSourceOptions & { from: string; to: string; port: string },
): Promise<ConnectionExplanation<BundlePolicy>> {
  const bundle = await readBundle(options.paths, options.defaultNamespace);
  const connectivity = connectivityOfBundle(bundle, options);
  const from = findNode(connectivity, options.from, '--from');
  const to = findNode(connectivity, options.to, '--to');
  const { protocol, port } = parsePortFlag(options.port, to);
  return explainConnection(connectivity, from, to, protocol, port);
}

export interface NetpolDiffOptions extends NetpolSourceOptions {
  /** A file or folder of the previous manifests, or a git ref whose `paths` are the baseline. */
  baseline: string;
  required?: readonly RequiredMatch[];
  cwd?: string;
  /** Traffic seen in Prometheus: removed connections that carried it block. */
  observed?: ObservedTraffic;
}

export interface NetpolDiff {
  diff: ConnectivityDiff<BundlePolicy>;
  /** How the baseline was read: "folder old/" or "git ref main". */
  baselineLabel: string;
}

async function readBaseline(options: NetpolDiffOptions): Promise<{ bundle: Bundle; label: string }> {
  const cwd = options.cwd ?? process.cwd();
  const asPath = await stat(
    isAbsolute(options.baseline) ? options.baseline : join(cwd, options.baseline),
  ).catch(() => undefined);
  if (asPath) {
    return {
      bundle: await readBundle([options.baseline], options.defaultNamespace),
      label: options.baseline,
    };
  }
  const sources = await gitRefSources(options.baseline, options.paths, cwd);
  const { resources } = await readSources(sources, { defaultNamespace: options.defaultNamespace });
  return {
    bundle: createBundle(resources, options.defaultNamespace),
    label: `${options.baseline} (git)`,
  };
}

/** Connections the manifests remove, add and change against the baseline. */
export async function diffNetpol(options: NetpolDiffOptions): Promise<NetpolDiff> {
  if (options.baseline === LIVE_BASELINE) {
    throw new UsageError('live baseline: only in the hook', {
      fix: 'run slo-gate hook in the cluster, or give --baseline a folder or git ref',
    });
  }
  const current = await readBundle(options.paths, options.defaultNamespace);
  const baseline = await readBaseline(options);
  const diff = diffBundles(baseline.bundle, current, options);
  return {
    diff: options.observed ? judgeObservedTraffic(diff, options.observed) : diff,
    baselineLabel: baseline.label,
  };
}

/** The diff of two bundles' connectivity; each side's ipBlocks cut the other's external blocks. */
function diffBundles(
  baseline: Bundle,
  current: Bundle,
  options: BundleConnectivityOptions & { required?: readonly RequiredMatch[] },
): ConnectivityDiff<BundlePolicy> {
  const policies = (bundle: Bundle) => bundle.ofKind('NetworkPolicy').map(policyOf);
  const settings = { namespaceLabels: options.namespaceLabels, podNetworks: options.podNetworks };
  const before = connectivityOfBundle(baseline, { ...settings, cutPolicies: policies(current) });
  const after = connectivityOfBundle(current, { ...settings, cutPolicies: policies(baseline) });
  return diffConnectivity(before, after, options.required ?? []);
}

/** `network.baseline: live`: the baseline is the cluster's policies and workloads (read by the hook). */
export const LIVE_BASELINE = 'live';
/** What the report names as the baseline, and the file of its (line-less) objects. */
const LIVE_SOURCE = 'live cluster';

type LiveBaselineState = Pick<
  LiveState,
  'namespaces' | 'networkPolicies' | 'deployments' | 'statefulSets' | 'daemonSets' | 'unreadable' | 'notes'
>;

const LIVE_BASELINE_READS = [
  {
    resource: 'networkpolicies',
    list: 'networkPolicies',
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
  },
  { resource: 'deployments', list: 'deployments', apiVersion: 'apps/v1', kind: 'Deployment' },
  { resource: 'statefulsets', list: 'statefulSets', apiVersion: 'apps/v1', kind: 'StatefulSet' },
  { resource: 'daemonsets', list: 'daemonSets', apiVersion: 'apps/v1', kind: 'DaemonSet' },
] as const;

/**
 * Why the live baseline is incomplete ("forbidden (needs list on networkpolicies... in namespace
 * shop)"), or undefined when every list it needs was read: a diff against half a cluster would
 * report connections as new that exist today, or miss the ones cut.
 */
export function liveBaselineGap(state: LiveBaselineState): string | undefined {
  for (const namespace of state.namespaces) {
    for (const { resource } of LIVE_BASELINE_READS) {
      if (!state.unreadable.has(unreadableKey(resource, namespace))) continue;
      // The reader's note says why ("skipped networkpolicies in shop: forbidden (needs ...)").
      const prefix = `skipped ${resource} in ${namespace}: `;
      const why = state.notes.find((n) => n.startsWith(prefix))?.slice(prefix.length);
      return why ?? `${resource} in ${namespace} could not be read`;
    }
  }
  return undefined;
}

/**
 * The live objects as manifest documents: kind and apiVersion put back (lists leave them out), and
 * only what the connectivity model reads (name, namespace, labels, spec), as JSON (dates as text).
 */
export function liveBaselineDocuments(state: LiveBaselineState): unknown[] {
  return LIVE_BASELINE_READS.flatMap(({ list, apiVersion, kind }) =>
    (
      state[list] as { metadata?: { name?: string; namespace?: string; labels?: object }; spec?: unknown }[]
    ).map(
      (item) =>
        JSON.parse(
          JSON.stringify({
            apiVersion,
            kind,
            metadata: {
              name: item.metadata?.name,
              namespace: item.metadata?.namespace,
              labels: item.metadata?.labels,
            },
            spec: item.spec,
          }),
        ) as unknown,
    ),
  );
}

/**
 * The hook with network.baseline: live: the connections the bundle being synced cuts from what the
 * cluster runs today. Causes in the live objects have no file line, and say so (`inBaseline`).
 */
export async function netpolAgainstLive(
  network: NetworkConfig,
  current: Bundle,
  state: LiveBaselineState,
  defaultNamespace: string,
  configFile: string,
  /** network.observed as read at the run's time; undefined when it is not set. */
  observed?: ObservedTraffic,
): Promise<NetpolDiffReport> {
  const { resources } = await readSources(
    [{ kind: 'documents', name: LIVE_SOURCE, documents: liveBaselineDocuments(state) }],
    { defaultNamespace },
  );
  const diff = diffBundles(createBundle(resources, defaultNamespace), current, {
    required: network.required,
    namespaceLabels: network.namespaceLabels,
    podNetworks: network.podNetworks,
  });
  const judged = observed ? judgeObservedTraffic(diff, observed) : diff;
  const report = netpolReportOf(judged, LIVE_SOURCE, configFile);
  return {
    ...report,
    changes: report.changes.map((change) => ({
      ...change,
      causes: change.causes.map((cause) => {
        if (!cause.inBaseline || !cause.policy) return cause;
        const lineless = { ...cause };
        delete lineless.file;
        delete lineless.line;
        delete lineless.column;
        return lineless;
      }),
    })),
  };
}

/** Every connection the manifests allow: the connectivity matrix. */
export async function listNetpol(options: NetpolSourceOptions): Promise<Connectivity<BundlePolicy>> {
  return connectivityOfBundle(await readBundle(options.paths, options.defaultNamespace), options);
}

/**
 * The diff against network.baseline as the report carries it: the `netpol` field of `check`'s report,
 * and what `netpol diff` prints.
 */
export async function netpolDiffReport(
  network: NetworkConfig & { baseline: string },
  paths: readonly string[],
  defaultNamespace: string,
  configFile: string | undefined,
  /** Asked only when network.observed is set; says why when there is no Prometheus. */
  observedTraffic?: () => Promise<ObservedTraffic>,
): Promise<NetpolDiffReport> {
  const observed = network.observed && observedTraffic ? await observedTraffic() : undefined;
  const { diff, baselineLabel } = await diffNetpol({
    ...(observed ? { observed } : {}),
    paths,
    baseline: network.baseline,
    defaultNamespace,
    required: network.required,
    namespaceLabels: network.namespaceLabels,
    podNetworks: network.podNetworks,
  });
  return netpolReportOf(diff, baselineLabel, configFile);
}

/**
 * network.observed for `netpol diff`, outside a gate run: the config's Prometheus asked once at `at`,
 * bounded by its timeout (a query that times out is not retried).
 */
export function observedTrafficAt(config: GateConfig, at: Date): Promise<ObservedTraffic> {
  return observedTrafficOf(config, () => createPrometheusClient(config.prometheus!), at);
}

/** network.observed read from the SLOs' Prometheus; without one, why not (a note, never a silent pass). */
export async function observedTrafficOf(
  config: GateConfig,
  client: () => PrometheusClient,
  at: Date,
): Promise<ObservedTraffic> {
  const observed = config.network?.observed;
  if (!observed) return { unchecked: 'network.observed is not set' };
  if (!config.prometheus) return { unchecked: `${config.file} names no Prometheus (prometheus.url)` };
  return readObservedTraffic(client(), observed.metrics, observed.window, at);
}
