/**
 * Cluster credentials the way kubectl finds them: KUBECONFIG, then ~/.kube/config, then the
 * in-cluster service account (the hook Job). client-node loads lazily: commands without cluster
 * access never load it.
 */
import { KubeConfig } from '@kubernetes/client-node';
import { UsageError } from '../errors.js';

export interface KubeConfigOptions {
  /** A kubeconfig file; default: client-node's loadFromDefault search. */
  file?: string;
  /** A context of that kubeconfig; default: its current-context. */
  context?: string;
}

export function loadKubeConfig(options: KubeConfigOptions = {}): KubeConfig {
  const kc = new KubeConfig();
  const source = options.file ?? process.env.KUBECONFIG ?? 'the default kubeconfig';
  try {
    if (options.file) kc.loadFromFile(options.file);
    else kc.loadFromDefault();
  } catch (error) {
    // Only the first line: YAML errors go on with a snippet of the file, which may hold a token.
    throw new UsageError(`cannot load the kubeconfig: ${(error as Error).message.split('\n')[0]}`, {
      file: source,
      fix: 'point KUBECONFIG at a valid kubeconfig, or run inside the cluster with a service account',
    });
  }
  if (options.context) {
    if (!kc.getContextObject(options.context)) {
      const known = kc.getContexts().map((c) => c.name);
      throw new UsageError(`no context "${options.context}" in the kubeconfig`, {
        file: source,
        fix: `use one of: ${known.join(', ') || '(none defined)'}`,
      });
    }
    kc.setCurrentContext(options.context);
  }
  return kc;
}
