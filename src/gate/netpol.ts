/**
 * NetworkPolicy questions over manifests: read the bundle, build the connectivity model, and
 * answer: every connection, one connection explained, or a release's diff against a baseline.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { createBundle } from '../manifests/bundle.js';
import { gitRefSources } from '../manifests/git.js';
import { pathSources, readSources, requireExistingPaths } from '../manifests/sources.js';
import type { GateConfig, NetworkConfig } from '../config/types.js';
import type { PrometheusClient } from '../prometheus/client.js';
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
  const current = await readBundle(options.paths, options.defaultNamespace);
  const baseline = await readBaseline(options);
  const policies = (bundle: Bundle) => bundle.ofKind('NetworkPolicy').map(policyOf);
  const settings = { namespaceLabels: options.namespaceLabels, podNetworks: options.podNetworks };
  const before = connectivityOfBundle(baseline.bundle, { ...settings, cutPolicies: policies(current) });
  const after = connectivityOfBundle(current, { ...settings, cutPolicies: policies(baseline.bundle) });
  const diff = diffConnectivity(before, after, options.required ?? []);
  return {
    diff: options.observed ? judgeObservedTraffic(diff, options.observed) : diff,
    baselineLabel: baseline.label,
  };
}

/** Every connection the manifests allow: the connectivity matrix. */
export async function listNetpol(options: NetpolSourceOptions): Promise<Connectivity<BundlePolicy>> {
  return connectivityOfBundle(await readBundle(options.paths, options.defaultNamespace), options);
}

/** `check` with network.baseline: the diff as the report's `netpol` field. */
export async function netpolForCheck(
  network: NetworkConfig & { baseline: string },
  paths: readonly string[],
  defaultNamespace: string,
  configFile: string,
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
