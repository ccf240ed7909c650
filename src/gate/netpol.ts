/**
 * NetworkPolicy questions over manifests: read the bundle, build the connectivity model, and
 * answer — one connection explained.
 */
import { createBundle } from '../manifests/bundle.js';
import { pathSources, readSources, requireExistingPaths } from '../manifests/sources.js';
import type { Bundle } from '../model/index.js';
import {
  connectivityOfBundle,
  explainConnection,
  findNode,
  parsePortFlag,
  type BundleConnectivityOptions,
  type BundlePolicy,
  type ConnectionExplanation,
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
