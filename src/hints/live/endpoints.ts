/**
 * Services an Ingress of the bundle routes to that have no ready endpoint in the cluster, from
 * their EndpointSlices (label kubernetes.io/service-name). An endpoint whose `ready` is absent
 * counts as ready, as the API documents ("consumers should interpret this unknown state as ready").
 * A Service not yet in the cluster (a first deployment) is not judged.
 */
import type { V1Endpoint, V1Pod, V1Service } from '@kubernetes/client-node';
import { mapSelectorMatches } from '../../k8s/labels.js';
import { ingressPaths, ingressServiceBackends } from '../../manifests/rules/ingress-util.js';
import type { Hint, Resource } from '../../model/index.js';
import { type LiveContext, MAX_HINTS_PER_FAMILY, MAX_LISTED, namesCapped, plural } from './context.js';
import { summarizePods } from './deployments.js';

const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

interface Route {
  ingress: Resource;
  /** "shop.example.com/api" or "(default backend)" */
  route: string;
}

export function endpointHints(context: LiveContext): Hint[] {
  const bundle = context.bundle;
  if (!bundle) return [];
  const routes = new Map<string, Route[]>();
  for (const ingress of bundle.ofKind('Ingress')) {
    const paths = ingressPaths(ingress);
    for (const backend of ingressServiceBackends(ingress)) {
      const entry = paths.find((p) => backend.where === p.where);
      const route = entry ? `${entry.host ?? '*'}${entry.path ?? '/'}` : '(default backend)';
      const key = `${ingress.namespace}/${backend.serviceName}`;
      const list = routes.get(key) ?? [];
      if (!list.some((r) => r.ingress === ingress && r.route === route)) list.push({ ingress, route });
      routes.set(key, list);
    }
  }
  const hints: Hint[] = [];
  for (const [key, routedBy] of routes) {
    const [namespace, name] = key.split('/') as [string, string];
    if (
      context.state.unreadable.has(`endpointslices/${namespace}`) ||
      !context.state.namespaces.includes(namespace)
    )
      continue;
    const service = context.state.services.find(
      (s) => s.metadata?.namespace === namespace && s.metadata?.name === name,
    );
    if (!service || service.spec?.type === 'ExternalName') continue;
    const hint = serviceHint(service, routedBy, context);
    if (hint) hints.push(hint);
    if (hints.length >= MAX_HINTS_PER_FAMILY) break;
  }
  return hints;
}

function serviceHint(service: V1Service, routedBy: Route[], context: LiveContext): Hint | undefined {
  const namespace = service.metadata?.namespace ?? '';
  const name = service.metadata?.name ?? '';
  const endpoints: V1Endpoint[] = context.state.endpointSlices
    .filter((s) => s.metadata?.namespace === namespace && s.metadata?.labels?.[SERVICE_NAME_LABEL] === name)
    .flatMap((s) => s.endpoints ?? []);
  const ready = endpoints.filter((e) => e.conditions?.ready !== false);
  if (ready.length > 0) return undefined;

  const ingresses = [...new Set(routedBy.map((r) => `Ingress ${r.ingress.namespace}/${r.ingress.name}`))];
  const routes = routedBy.map((r) => r.route);
  const evidence = [`routed by ${ingresses.join(', ')}: ${namesCapped(routes)}`];
  const selector = service.spec?.selector ?? {};
  const selectorText = Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const podsByName = new Map(
    context.state.pods
      .filter((p) => p.metadata?.namespace === namespace)
      .map((p) => [p.metadata?.name ?? '', p]),
  );
  let fix: string;
  if (endpoints.length > 0) {
    const targets = endpoints.map((e) => e.targetRef?.name).filter((n): n is string => !!n);
    const pods = targets.map((n) => podsByName.get(n)).filter((p): p is V1Pod => p !== undefined);
    evidence.push(
      `${plural(endpoints.length, 'endpoint')}, none ready: ${namesCapped(targets.length > 0 ? targets : endpoints.flatMap((e) => e.addresses), MAX_LISTED)}` +
        (pods.length > 0 ? ` (${summarizePods(pods)})` : ''),
    );
    fix = `fix: the Ingress answers 503 on these routes until a pod of Service ${namespace}/${name} is Ready; the pod hints say why they are not`;
  } else if (Object.keys(selector).length === 0) {
    evidence.push('the Service has no selector, and no EndpointSlice lists an address for it');
    fix = `fix: give Service ${namespace}/${name} a selector matching its pods, or create the EndpointSlice that lists its addresses`;
  } else {
    const matching = [...podsByName.values()].filter((p) =>
      mapSelectorMatches(selector, p.metadata?.labels ?? {}),
    );
    if (matching.length === 0) {
      evidence.push(`no pod in ${namespace} has the labels of its selector ${selectorText}`);
      fix = `fix: correct spec.selector of Service ${namespace}/${name} (${selectorText}) or the pod template labels so they match`;
    } else {
      evidence.push(
        `pods matching ${selectorText}: ${summarizePods(matching)}; none has an address in an EndpointSlice`,
      );
      fix = `fix: the pods selected by Service ${namespace}/${name} are not running with an IP yet; the pod hints say why`;
    }
  }
  evidence.push(fix);
  return {
    id: 'service-no-endpoints',
    title: `Service ${namespace}/${name}: 0 ready endpoints${endpoints.length > 0 ? ` of ${endpoints.length}` : ''}, routed by ${ingresses[0]}${ingresses.length > 1 ? ` and ${ingresses.length - 1} more` : ''} (${namesCapped(routes, 2)})`,
    evidence,
  };
}
