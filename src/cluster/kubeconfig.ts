/**
 * Cluster credentials the way kubectl finds them: KUBECONFIG, then ~/.kube/config, then the
 * in-cluster service account (the hook Job). client-node loads lazily: commands without cluster
 * access never load it.
 */
import { KubeConfig } from '@kubernetes/client-node';
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { registerSecret } from '../text/redact.js';

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
  registerCredentials(kc);
  return kc;
}

/** The current user's credentials: an API server may echo them into an error body. */
function registerCredentials(kc: KubeConfig): void {
  const user = kc.getCurrentUser();
  if (!user) return;
  registerSecret(user.token);
  registerSecret(user.password);
  registerSecret(user.keyData);
  const provider = (user.authProvider as { config?: Record<string, unknown> } | undefined)?.config ?? {};
  if (typeof provider['access-token'] === 'string') registerSecret(provider['access-token']);
  // In the cluster the service account token is a file the client reads on each request.
  const tokenFile = provider.tokenFile;
  if (typeof tokenFile === 'string') {
    try {
      registerSecret(readFileSync(tokenFile, 'utf8').trim());
    } catch {
      // Unreadable: the request fails on its own, with nothing of the token to show.
    }
  }
}
