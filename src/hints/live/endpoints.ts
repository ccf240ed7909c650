/**
 * The Services of the bundle, and those an Ingress of the bundle routes to, judged from their
 * EndpointSlices (label kubernetes.io/service-name):
 * - service-no-endpoints: no ready endpoint at all;
 * - endpointslices-stale: slices owned by an older Service of the same name (ownerReference uid
 *   differs: the Service was deleted and re-created and the old slices were not garbage-collected);
 * - endpoint-sync-lag: pods of the selector Ready for longer than ENDPOINT_SYNC_LAG_SECONDS that no
 *   slice lists (the EndpointSlice controller is behind, or down);
 * - service-degraded: ready endpoints below DEGRADED_SHARE of the desired replicas of the live
 *   workloads the selector picks, before the release changes anything.
 * An endpoint whose `ready` is absent counts as ready, as the API documents ("consumers should
 * interpret this unknown state as ready"). A Service not yet in the cluster (a first deployment) is
 * not judged.
 */
import type { V1EndpointSlice, V1Endpoint, V1Pod, V1Service } from '@kubernetes/client-node';
import { mapSelectorMatches } from '../../k8s/labels.js';
import { ingressPaths, ingressServiceBackends } from '../../manifests/rules/ingress-util.js';
import type { Hint, Resource } from '../../model/index.js';
import {
  type LiveContext,
  MAX_HINTS_PER_FAMILY,
  MAX_LISTED,
  humanDuration,
  namesCapped,
  plural,
  timeOf,
} from './context.js';
import { summarizePods } from './deployments.js';
import { podReady } from './pods.js';

/** A Ready pod missing from the slices for longer than this is lag, not the controller's normal delay. */
export const ENDPOINT_SYNC_LAG_SECONDS = 30;
/** Ready endpoints below this share of the desired replicas: the Service is degraded. */
export const DEGRADED_SHARE = 0.8;

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
  // Services of the bundle first: they are checked whether or not an Ingress routes to them.
  for (const service of bundle.ofKind('Service')) routes.set(`${service.namespace}/${service.name}`, []);
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
    const slices = context.state.endpointSlices.filter(
      (s) => s.metadata?.namespace === namespace && s.metadata?.labels?.[SERVICE_NAME_LABEL] === name,
    );
    const { current, stale } = splitByOwner(slices, service);
    if (stale.length > 0) hints.push(staleSlicesHint(service, stale, current));
    const selector = service.spec?.selector ?? {};
    // A Service without selector has hand-written slices: only an empty route target is worth a word.
    if (Object.keys(selector).length === 0 && routedBy.length === 0) continue;
    const hint =
      serviceHint(service, current, routedBy, context) ??
      syncLagHint(service, current, context) ??
      degradedHint(service, current, context);
    if (hint) hints.push(hint);
    if (hints.length >= MAX_HINTS_PER_FAMILY) break;
  }
  return hints.slice(0, MAX_HINTS_PER_FAMILY);
}

/**
 * Slices the current Service owns, and those of an older Service of the same name. A slice without
 * an owner Service (a hand-written one) belongs to the current Service.
 */
function splitByOwner(
  slices: V1EndpointSlice[],
  service: V1Service,
): { current: V1EndpointSlice[]; stale: V1EndpointSlice[] } {
  const uid = service.metadata?.uid;
  const current: V1EndpointSlice[] = [];
  const stale: V1EndpointSlice[] = [];
  for (const slice of slices) {
    const owner = slice.metadata?.ownerReferences?.find((o) => o.kind === 'Service');
    if (uid && owner?.uid && owner.uid !== uid) stale.push(slice);
    else current.push(slice);
  }
  return { current, stale };
}

/** One endpoint per pod (or address): dual-stack Services list each pod in an IPv4 and an IPv6 slice. */
function distinctEndpoints(slices: V1EndpointSlice[]): V1Endpoint[] {
  const seen = new Map<string, V1Endpoint>();
  for (const endpoint of slices.flatMap((s) => s.endpoints ?? [])) {
    const target = endpoint.targetRef;
    const key = target?.name
      ? `${target.kind}/${target.namespace}/${target.name}`
      : (endpoint.addresses[0] ?? '');
    if (!seen.has(key)) seen.set(key, endpoint);
  }
  return [...seen.values()];
}

const isReadyEndpoint = (e: V1Endpoint) => e.conditions?.ready !== false;

function staleSlicesHint(service: V1Service, stale: V1EndpointSlice[], current: V1EndpointSlice[]): Hint {
  const namespace = service.metadata?.namespace ?? '';
  const name = service.metadata?.name ?? '';
  const owners = [
    ...new Set(stale.map((s) => s.metadata?.ownerReferences?.find((o) => o.kind === 'Service')?.uid ?? '')),
  ];
  const addresses = stale.flatMap((s) => s.endpoints ?? []).flatMap((e) => e.addresses);
  const evidence = [
    `${namesCapped(stale.map((s) => s.metadata?.name ?? ''))}: owned by Service uid ${namesCapped(owners, 2)}, ` +
      `the live Service has uid ${service.metadata?.uid}`,
    addresses.length > 0
      ? `the stale slices still list ${plural(addresses.length, 'address', 'addresses')} (${namesCapped(addresses)}), which proxies that read slices by the service-name label may route to`
      : 'the stale slices list no address',
    `${plural(current.length, 'slice')} owned by the live Service`,
    `fix: the Service was deleted and re-created while the old slices survived (garbage collection behind, or the ` +
      `ownerReference removed): delete them with kubectl delete endpointslice -n ${namespace} ${stale.map((s) => s.metadata?.name).join(' ')}`,
  ];
  return {
    id: 'endpointslices-stale',
    title: `Service ${namespace}/${name}: ${plural(stale.length, 'EndpointSlice')} owned by an older Service of the same name`,
    evidence,
  };
}

/** Running, Ready, not terminating pods of the Service's namespace that its selector picks. */
function selectedReadyPods(service: V1Service, context: LiveContext): V1Pod[] {
  const selector = service.spec?.selector ?? {};
  if (Object.keys(selector).length === 0) return [];
  return context.state.pods.filter(
    (p) =>
      p.metadata?.namespace === service.metadata?.namespace &&
      !p.metadata?.deletionTimestamp &&
      p.status?.podIP &&
      podReady(p) &&
      mapSelectorMatches(selector, p.metadata?.labels ?? {}),
  );
}

function syncLagHint(service: V1Service, current: V1EndpointSlice[], context: LiveContext): Hint | undefined {
  const now = context.now;
  if (now === undefined) return undefined; // how long a pod has been missing needs the time of the check
  const listed = new Set<string>();
  for (const endpoint of current.flatMap((s) => s.endpoints ?? [])) {
    if (endpoint.targetRef?.name) listed.add(`name:${endpoint.targetRef.name}`);
    for (const address of endpoint.addresses) listed.add(`ip:${address}`);
  }
  const missing: { pod: V1Pod; readyFor: number }[] = [];
  for (const pod of selectedReadyPods(service, context)) {
    if (listed.has(`name:${pod.metadata?.name}`) || listed.has(`ip:${pod.status?.podIP}`)) continue;
    const readySince = timeOf(pod.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime);
    if (readySince === undefined) continue;
    const readyFor = (now - readySince) / 1000;
    if (readyFor > ENDPOINT_SYNC_LAG_SECONDS) missing.push({ pod, readyFor });
  }
  if (missing.length === 0) return undefined;
  const namespace = service.metadata?.namespace ?? '';
  const name = service.metadata?.name ?? '';
  const longest = Math.max(...missing.map((m) => m.readyFor));
  const evidence = [
    ...missing
      .slice(0, MAX_LISTED)
      .map(
        (m) =>
          `${m.pod.metadata?.name} (${m.pod.status?.podIP}): Ready for ${humanDuration(m.readyFor)}, in no EndpointSlice of the Service`,
      ),
    ...(missing.length > MAX_LISTED ? [`and ${plural(missing.length - MAX_LISTED, 'more pod')}`] : []),
    `${plural(distinctEndpoints(current).length, 'endpoint')} listed in ${plural(current.length, 'slice')}`,
    `fix: the EndpointSlice controller (kube-controller-manager) has not caught up for more than ` +
      `${ENDPOINT_SYNC_LAG_SECONDS} s: traffic misses these pods; check kube-controller-manager's health and logs ` +
      '(API throttling, a crash loop) before blaming the release',
  ];
  return {
    id: 'endpoint-sync-lag',
    title: `Service ${namespace}/${name}: ${plural(missing.length, 'Ready pod')} missing from its EndpointSlices for up to ${humanDuration(longest)} (endpoint sync lag)`,
    evidence,
  };
}

/** The live Deployments and StatefulSets whose pod template the Service's selector picks. */
function selectedWorkloads(service: V1Service, context: LiveContext) {
  const selector = service.spec?.selector ?? {};
  const namespace = service.metadata?.namespace;
  return [
    ...context.state.deployments.map((w) => ({ kind: 'Deployment', object: w })),
    ...context.state.statefulSets.map((w) => ({ kind: 'StatefulSet', object: w })),
  ].filter(
    ({ object }) =>
      object.metadata?.namespace === namespace &&
      mapSelectorMatches(selector, object.spec?.template?.metadata?.labels ?? {}),
  );
}

/** Whether a live workload the Service selects wants pods, or a pod of its selector exists. */
function wantsPods(service: V1Service, context: LiveContext): boolean {
  const selector = service.spec?.selector ?? {};
  if (Object.keys(selector).length === 0) return false;
  if (selectedWorkloads(service, context).some((w) => (w.object.spec?.replicas ?? 1) > 0)) return true;
  return context.state.pods.some(
    (p) =>
      p.metadata?.namespace === service.metadata?.namespace &&
      mapSelectorMatches(selector, p.metadata?.labels ?? {}),
  );
}

function degradedHint(
  service: V1Service,
  current: V1EndpointSlice[],
  context: LiveContext,
): Hint | undefined {
  if (Object.keys(service.spec?.selector ?? {}).length === 0) return undefined;
  const workloads = selectedWorkloads(service, context);
  const desired = workloads.reduce((sum, w) => sum + (w.object.spec?.replicas ?? 1), 0);
  if (desired === 0) return undefined;
  const ready = distinctEndpoints(current).filter(isReadyEndpoint).length;
  if (ready >= DEGRADED_SHARE * desired) return undefined;
  const namespace = service.metadata?.namespace ?? '';
  const name = service.metadata?.name ?? '';
  const percent = Math.floor((ready / desired) * 100);
  const described = workloads.map(
    (w) => `${w.kind} ${namespace}/${w.object.metadata?.name}: ${w.object.spec?.replicas ?? 1} desired`,
  );
  return {
    id: 'service-degraded',
    title: `Service ${namespace}/${name}: ${ready} ready endpoints of ${desired} desired replicas (${percent} %, below ${DEGRADED_SHARE * 100} %): degraded before the release`,
    evidence: [
      ...described,
      `${plural(ready, 'ready endpoint')} in ${plural(current.length, 'EndpointSlice')}`,
      `fix: the Service already runs short of capacity, so the SLO burn may predate this release: find why the missing ` +
        'replicas are not Ready (the pod and workload hints) before rolling out on top of it',
    ],
  };
}

function serviceHint(
  service: V1Service,
  slices: V1EndpointSlice[],
  routedBy: Route[],
  context: LiveContext,
): Hint | undefined {
  const namespace = service.metadata?.namespace ?? '';
  const name = service.metadata?.name ?? '';
  const endpoints: V1Endpoint[] = distinctEndpoints(slices);
  const ready = endpoints.filter(isReadyEndpoint);
  if (ready.length > 0) return undefined;
  // Unrouted and scaled to zero (or selecting nothing live): nobody is meant to reach it now.
  if (routedBy.length === 0 && endpoints.length === 0 && !wantsPods(service, context)) return undefined;

  const ingresses = [...new Set(routedBy.map((r) => `Ingress ${r.ingress.namespace}/${r.ingress.name}`))];
  const routes = routedBy.map((r) => r.route);
  const evidence = ingresses.length > 0 ? [`routed by ${ingresses.join(', ')}: ${namesCapped(routes)}`] : [];
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
    fix =
      ingresses.length > 0
        ? `fix: the Ingress answers 503 on these routes until a pod of Service ${namespace}/${name} is Ready; the pod hints say why they are not`
        : `fix: connections to Service ${namespace}/${name} fail until one of its pods is Ready; the pod hints say why they are not`;
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
    title:
      `Service ${namespace}/${name}: 0 ready endpoints${endpoints.length > 0 ? ` of ${endpoints.length}` : ''}` +
      (ingresses.length > 0
        ? `, routed by ${ingresses[0]}${ingresses.length > 1 ? ` and ${ingresses.length - 1} more` : ''} (${namesCapped(routes, 2)})`
        : ''),
    evidence,
  };
}
