/**
 * ingress-live-host-path-taken: a route of a bundle Ingress (class, host, path, pathType) that a
 * live Ingress of another namespace already serves. Both sides count a rule without host as one
 * host ("every host") and an empty path as "/"; Ingresses without a class only collide with
 * Ingresses without a class (the cluster's default class is not known here).
 */
import type { V1Ingress } from '@kubernetes/client-node';
import type { LiveState } from '../../cluster/types.js';
import {
  NGINX_ANNOTATION_PREFIX,
  INGRESS_CLASS_ANNOTATION,
  defaultIngressClass,
  effectiveIngressClass,
  ingressPaths,
  nginxBoolAnnotation,
} from '../../manifests/rules/ingress-util.js';
import type { RawFinding } from '../../manifests/types.js';
import type { Bundle } from '../../model/index.js';

function routeKey(
  ingressClass: string,
  host: string | undefined,
  path: string | undefined,
  pathType: string,
): string {
  return [ingressClass, host ?? '', path === undefined || path === '' ? '/' : path, pathType].join('\u0000');
}

function liveClass(ingress: V1Ingress): string {
  return ingress.spec?.ingressClassName || ingress.metadata?.annotations?.[INGRESS_CLASS_ANNOTATION] || '';
}

function liveCanary(ingress: V1Ingress): boolean {
  const value = ingress.metadata?.annotations?.[`${NGINX_ANNOTATION_PREFIX}canary`];
  return value !== undefined && ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value.trim());
}

export function liveHostPathConflicts(state: LiveState, bundle: Bundle): RawFinding[] {
  if (state.unreadable.has('ingresses/*')) return [];
  const bundleIngresses = bundle.ofKind('Ingress');
  if (bundleIngresses.length === 0) return [];

  // Every route the live Ingresses serve, keyed like the bundle's; the bundle's own Ingresses are
  // left out, since the sync replaces them.
  const served = new Map<string, V1Ingress[]>();
  for (const live of state.ingresses) {
    const namespace = live.metadata?.namespace ?? '';
    const name = live.metadata?.name ?? '';
    if (live.metadata?.deletionTimestamp || liveCanary(live) || bundle.get('Ingress', namespace, name))
      continue;
    const ingressClass = liveClass(live);
    for (const rule of live.spec?.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        const key = routeKey(ingressClass, rule.host || undefined, path.path, path.pathType);
        served.set(key, [...(served.get(key) ?? []), live]);
      }
    }
  }

  const findings: RawFinding[] = [];
  const defaultClass = defaultIngressClass(bundle);
  for (const ingress of bundleIngresses) {
    if (nginxBoolAnnotation(ingress, 'canary')) continue;
    const ingressClass = effectiveIngressClass(ingress, defaultClass) ?? '';
    for (const entry of ingressPaths(ingress)) {
      if (typeof entry.pathType !== 'string') continue; // ingress-path-invalid's finding
      const live = served
        .get(routeKey(ingressClass, entry.host, entry.path, entry.pathType))
        ?.find((l) => l.metadata?.namespace !== ingress.namespace);
      if (!live) continue;
      const owner = `${live.metadata?.namespace}/${live.metadata?.name}`;
      const host = entry.host === undefined ? 'no host (every host)' : `host "${entry.host}"`;
      const path = entry.path === undefined || entry.path === '' ? '/' : entry.path;
      findings.push({
        resource: ingress,
        path: entry.path === undefined ? entry.at : [...entry.at, 'path'],
        message:
          `${entry.where}: ${host} path "${path}" (${entry.pathType}) is already served by live Ingress ${owner} in ` +
          `namespace ${live.metadata?.namespace}${ingressClass ? ` (ingress class "${ingressClass}")` : ''}`,
        hint:
          `Hosts are global to an ingress controller: ingress-nginx refuses this Ingress at admission, others route the ` +
          `path to only one of the two. Use another host or path, or agree with the owner of Ingress ${owner} to remove ` +
          'that route first.',
      });
    }
  }
  return findings;
}
