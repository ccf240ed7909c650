/**
 * A stand-in Kubernetes API server for tests: real HTTP on 127.0.0.1 serving the REST paths
 * @kubernetes/client-node calls, with answers shaped as kube-apiserver sends them. No API server can
 * be installed on these machines; this is the closest honest substitute.
 *
 * What it does like the real thing:
 * - GET lists (`/api/v1/namespaces/{ns}/pods`, `/apis/apps/v1/namespaces/{ns}/deployments`, the
 *   all-namespaces and cluster-scoped forms `/apis/networking.k8s.io/v1/ingresses`, ...) answer
 *   `{ kind: 'PodList', apiVersion: 'v1', metadata: { resourceVersion }, items }`. Items of built-in
 *   kinds carry no apiVersion/kind (kube-apiserver strips them in lists); custom resources keep them.
 * - `labelSelector` (=, ==, !=, exists, !exists, in, notin) and `fieldSelector` (=, ==, != on any
 *   dotted path; the real server allows only a few fields per kind) filter lists.
 * - `Accept: application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1` answers metadata only.
 * - GET one object, POST create (generateName, 409 AlreadyExists, namespace checks, the Event
 *   involvedObject.namespace rule), PATCH with merge patch, strategic merge patch (applied as a
 *   merge patch: enough for metadata) and JSON Patch; any other PATCH content type gets 415.
 * - Errors are Status bodies: `{ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure',
 *   message, reason, details, code }`.
 * - Stored objects get uid, resourceVersion, creationTimestamp (and generation for kinds with a spec).
 *
 * - `GET /api/v1/namespaces/{ns}/pods/{name}/log` answers the container's log as text/plain, with
 *   `container` (required when the pod has several), `previous`, `tailLines` and `limitBytes` applied
 *   as the kubelet applies them; `previous=true` for a container without a previous instance answers
 *   400 `previous terminated container "c" in pod "p" not found`, as kube-apiserver does.
 *
 * Test controls: every request is recorded in `calls`; `setOverride('GET /path', { status, body,
 * delayMs, hangUp })` replaces (or delays) the answer for one path ('*' matches every request);
 * `stop()` makes the URL refuse connections (the "API server down" case).
 *
 * ```ts
 * const api = await startKubeApi({ objects: [pod], overrides: { '/api/v1/namespaces/shop/pods': forbidden({ verb: 'list', resource: 'pods', namespace: 'shop' }) } });
 * const kc = kubeConfigFor(api.url);
 * ...
 * await api.stop();
 * ```
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';

/** Any Kubernetes object as JSON. */
export type KubeObject = {
  apiVersion?: string;
  kind?: string;
  metadata?: Record<string, unknown> & { name?: string; namespace?: string };
  [field: string]: unknown;
};

/** A replaced answer for one path. Without `status` the normal answer follows the delay. */
export interface KubeApiOverride {
  /** Answer only after this many milliseconds (a slow API server). */
  delayMs?: number;
  status?: number;
  /** JSON-serialised unless a string. */
  body?: unknown;
  contentType?: string;
  /** Close the connection without an answer. */
  hangUp?: boolean;
}

export interface KubeApiCall {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The request body as sent. */
  rawBody: string;
  /** The body parsed as JSON, when it is JSON. */
  body?: unknown;
  /** The status code answered (0 when the connection was closed without an answer). */
  status: number;
}

export interface KubeApiOptions {
  /** Objects the cluster holds, written as manifests; missing uid/resourceVersion/creationTimestamp are filled in. */
  objects?: KubeObject[];
  /** Keyed by 'METHOD /path' or '/path' (any method) or '*' (every request). */
  overrides?: Record<string, KubeApiOverride>;
  /** When set, requests without `Authorization: Bearer <token>` get 401. */
  token?: string;
  /** creationTimestamp of objects that have none (default: now). */
  now?: Date;
  /** Container logs, keyed 'namespace/pod/container': the running instance's and the previous one's. */
  logs?: Record<string, ContainerLogs>;
}

export interface ContainerLogs {
  current?: string;
  /** The log of the instance that ran before the last restart; absent: the container never restarted. */
  previous?: string;
}

export interface KubeApi {
  /** http://127.0.0.1:PORT */
  url: string;
  calls: KubeApiCall[];
  /** Replace the answer for a path (see KubeApiOptions.overrides); undefined removes the override. */
  setOverride(key: string, response: KubeApiOverride | undefined): void;
  /** The stored object (after creates and patches), as a GET would return it. */
  get(kind: string, namespace: string | undefined, name: string): KubeObject | undefined;
  /** Every stored object of a kind (e.g. the Events the code under test created). */
  list(kind: string, namespace?: string): KubeObject[];
  /** Stops listening and drops open connections: the URL then refuses connections. */
  stop(): Promise<void>;
}

interface ResourceType {
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  /** Custom resources keep apiVersion/kind on list items; built-in kinds do not. */
  custom?: boolean;
}

const RESOURCES: ResourceType[] = [
  { group: '', version: 'v1', kind: 'Pod', plural: 'pods', namespaced: true },
  { group: '', version: 'v1', kind: 'Event', plural: 'events', namespaced: true },
  { group: '', version: 'v1', kind: 'Service', plural: 'services', namespaced: true },
  { group: '', version: 'v1', kind: 'Endpoints', plural: 'endpoints', namespaced: true },
  { group: '', version: 'v1', kind: 'Secret', plural: 'secrets', namespaced: true },
  { group: '', version: 'v1', kind: 'ConfigMap', plural: 'configmaps', namespaced: true },
  { group: '', version: 'v1', kind: 'ServiceAccount', plural: 'serviceaccounts', namespaced: true },
  {
    group: '',
    version: 'v1',
    kind: 'PersistentVolumeClaim',
    plural: 'persistentvolumeclaims',
    namespaced: true,
  },
  { group: '', version: 'v1', kind: 'Namespace', plural: 'namespaces', namespaced: false },
  { group: '', version: 'v1', kind: 'Node', plural: 'nodes', namespaced: false },
  { group: 'apps', version: 'v1', kind: 'Deployment', plural: 'deployments', namespaced: true },
  { group: 'apps', version: 'v1', kind: 'StatefulSet', plural: 'statefulsets', namespaced: true },
  { group: 'apps', version: 'v1', kind: 'DaemonSet', plural: 'daemonsets', namespaced: true },
  { group: 'apps', version: 'v1', kind: 'ReplicaSet', plural: 'replicasets', namespaced: true },
  {
    group: 'apps',
    version: 'v1',
    kind: 'ControllerRevision',
    plural: 'controllerrevisions',
    namespaced: true,
  },
  { group: 'batch', version: 'v1', kind: 'Job', plural: 'jobs', namespaced: true },
  {
    group: 'discovery.k8s.io',
    version: 'v1',
    kind: 'EndpointSlice',
    plural: 'endpointslices',
    namespaced: true,
  },
  { group: 'networking.k8s.io', version: 'v1', kind: 'Ingress', plural: 'ingresses', namespaced: true },
  {
    group: 'networking.k8s.io',
    version: 'v1',
    kind: 'IngressClass',
    plural: 'ingressclasses',
    namespaced: false,
  },
  {
    group: 'networking.k8s.io',
    version: 'v1',
    kind: 'NetworkPolicy',
    plural: 'networkpolicies',
    namespaced: true,
  },
  {
    group: 'policy',
    version: 'v1',
    kind: 'PodDisruptionBudget',
    plural: 'poddisruptionbudgets',
    namespaced: true,
  },
  {
    group: 'storage.k8s.io',
    version: 'v1',
    kind: 'StorageClass',
    plural: 'storageclasses',
    namespaced: false,
  },
  {
    group: 'argoproj.io',
    version: 'v1alpha1',
    kind: 'Application',
    plural: 'applications',
    namespaced: true,
    custom: true,
  },
];

const apiVersionOf = (type: ResourceType): string =>
  type.group ? `${type.group}/${type.version}` : type.version;
/** How the API server names a resource in messages: 'pods', 'deployments.apps'. */
const qualifiedResource = (type: ResourceType): string =>
  type.group ? `${type.plural}.${type.group}` : type.plural;

// ---------- Status bodies ----------

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  causes?: { reason?: string; message: string; field?: string }[];
}

/** A Status body as kube-apiserver writes it for a failed request. */
export function statusBody(
  code: number,
  reason: string,
  message: string,
  details?: StatusDetails,
): KubeApiOverride {
  return {
    status: code,
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      ...(details ? { details } : {}),
      code,
    },
  };
}

export interface ForbiddenOptions {
  verb: string;
  /** Plural resource name: 'pods', 'ingresses'. */
  resource: string;
  /** A subresource: 'log' for pods/log. */
  subresource?: string;
  /** API group; '' (default) is the core group. */
  group?: string;
  /** Omitted: a cluster-scoped (or all-namespaces) request. */
  namespace?: string;
  name?: string;
  user?: string;
}

/** The 403 RBAC answer, worded as the real authorizer words it. */
export function forbidden(options: ForbiddenOptions): KubeApiOverride {
  const group = options.group ?? '';
  const user = options.user ?? 'system:serviceaccount:shop:slo-gate';
  const qualified = group ? `${options.resource}.${group}` : options.resource;
  const subject = options.name ? `${qualified} "${options.name}"` : qualified;
  const scope = options.namespace ? `in the namespace "${options.namespace}"` : 'at the cluster scope';
  const resource = options.subresource ? `${options.resource}/${options.subresource}` : options.resource;
  return statusBody(
    403,
    'Forbidden',
    `${subject} is forbidden: User "${user}" cannot ${options.verb} resource "${resource}" in API group "${group}" ${scope}`,
    { ...(options.name ? { name: options.name } : {}), ...(group ? { group } : {}), kind: options.resource },
  );
}

/** 404 for a named object: `deployments.apps "web" not found`. */
export function notFound(resource: string, name: string, group = ''): KubeApiOverride {
  const qualified = group ? `${resource}.${group}` : resource;
  return statusBody(404, 'NotFound', `${qualified} "${name}" not found`, {
    name,
    ...(group ? { group } : {}),
    kind: resource,
  });
}

/** 409 for an update that lost a race (AlreadyExists is answered by create itself). */
export function conflict(resource: string, name: string, group = ''): KubeApiOverride {
  const qualified = group ? `${resource}.${group}` : resource;
  return statusBody(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualified} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, ...(group ? { group } : {}), kind: resource },
  );
}

// ---------- Client configuration ----------

/** A KubeConfig for client-node that talks plain HTTP to the stand-in with a bearer token. */
export function kubeConfigFor(url: string, token = 'stand-in-token'): KubeConfig {
  const kc = new KubeConfig();
  // client-node refuses http:// servers unless skipTLSVerify is set.
  kc.loadFromOptions({
    clusters: [{ name: 'stand-in', server: url, skipTLSVerify: true }],
    users: [{ name: 'slo-gate', token }],
    contexts: [{ name: 'stand-in', cluster: 'stand-in', user: 'slo-gate', namespace: 'default' }],
    currentContext: 'stand-in',
  });
  return kc;
}

/** Writes a kubeconfig file (JSON is valid YAML) for a spawned process: KUBECONFIG=<file>. */
export function writeKubeconfig(file: string, url: string, token = 'stand-in-token'): string {
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'stand-in', cluster: { server: url, 'insecure-skip-tls-verify': true } }],
    users: [{ name: 'slo-gate', user: { token } }],
    contexts: [
      { name: 'stand-in', context: { cluster: 'stand-in', user: 'slo-gate', namespace: 'default' } },
    ],
    'current-context': 'stand-in',
  };
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

// ---------- Selectors and patches ----------

type Requirement = (labels: Record<string, string>) => boolean;

/** Splits on commas outside parentheses: 'a in (x,y),b=c' -> ['a in (x,y)', 'b=c']. */
function splitSelector(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

function parseLabelSelector(selector: string): Requirement[] {
  return splitSelector(selector).map((term): Requirement => {
    const set = /^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
    if (set) {
      const [, key, op, values] = set as unknown as [string, string, string, string];
      const allowed = values.split(',').map((v) => v.trim());
      return op === 'in'
        ? (labels) => key in labels && allowed.includes(labels[key]!)
        : (labels) => !(key in labels) || !allowed.includes(labels[key]!);
    }
    const notEqual = /^([^!=]+)!=(.*)$/.exec(term);
    if (notEqual) return (labels) => labels[notEqual[1]!.trim()] !== notEqual[2]!.trim();
    const equal = /^([^!=]+)==?(.*)$/.exec(term);
    if (equal) return (labels) => labels[equal[1]!.trim()] === equal[2]!.trim();
    if (term.startsWith('!')) return (labels) => !(term.slice(1).trim() in labels);
    return (labels) => term in labels;
  });
}

function valueAt(object: unknown, path: string): unknown {
  let current: unknown = object;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function matchesFieldSelector(object: KubeObject, selector: string): boolean {
  return splitSelector(selector).every((term) => {
    const notEqual = /^([^!=]+)!=(.*)$/.exec(term);
    if (notEqual) return String(valueAt(object, notEqual[1]!.trim()) ?? '') !== notEqual[2]!.trim();
    const equal = /^([^!=]+)==?(.*)$/.exec(term);
    if (equal) return String(valueAt(object, equal[1]!.trim()) ?? '') === equal[2]!.trim();
    return true;
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 7386 JSON merge patch: objects merge, null deletes, anything else replaces. */
function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch;
  const result: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

/** RFC 6902 JSON Patch (add, remove, replace, test); throws a message on a failed operation. */
function applyJsonPatch(target: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations)) throw new Error('a JSON Patch must be an array of operations');
  const document = structuredClone(target) as Record<string, unknown>;
  for (const operation of operations as { op: string; path: string; value?: unknown }[]) {
    const tokens = operation.path
      .split('/')
      .slice(1)
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = tokens.pop();
    if (last === undefined) throw new Error(`invalid path ${operation.path}`);
    let parent: unknown = document;
    for (const token of tokens) {
      parent = (parent as Record<string, unknown>)?.[token];
      if (typeof parent !== 'object' || parent === null)
        throw new Error(`path ${operation.path} does not exist`);
    }
    const container = parent as Record<string, unknown>;
    if (operation.op === 'add' || operation.op === 'replace') {
      if (Array.isArray(container) && operation.op === 'add') {
        const index = last === '-' ? container.length : Number(last);
        container.splice(index, 0, operation.value);
      } else container[last] = operation.value;
    } else if (operation.op === 'remove') {
      if (!(last in container)) throw new Error(`path ${operation.path} does not exist`);
      if (Array.isArray(container)) container.splice(Number(last), 1);
      else delete container[last];
    } else if (operation.op === 'test') {
      if (JSON.stringify(container[last]) !== JSON.stringify(operation.value))
        throw new Error(`test operation on ${operation.path} failed`);
    } else throw new Error(`unsupported JSON Patch operation ${operation.op}`);
  }
  return document;
}

// ---------- The server ----------

const rfc3339 = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const GENERATE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

interface Route {
  type: ResourceType;
  namespace?: string;
  name?: string;
}

/** Maps a REST path to a resource type; undefined when the server does not serve it. */
function route(path: string): Route | undefined {
  const segments = path.split('/').filter(Boolean);
  let group: string;
  let version: string;
  let rest: string[];
  if (segments[0] === 'api' && segments.length >= 3) {
    group = '';
    version = segments[1]!;
    rest = segments.slice(2);
  } else if (segments[0] === 'apis' && segments.length >= 4) {
    group = segments[1]!;
    version = segments[2]!;
    rest = segments.slice(3);
  } else return undefined;
  const find = (plural: string) =>
    RESOURCES.find((r) => r.group === group && r.version === version && r.plural === plural);
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const type = find(rest[2]!);
    if (!type || !type.namespaced || rest.length > 4) return undefined;
    return { type, namespace: rest[1], name: rest[3] };
  }
  const type = find(rest[0]!);
  if (!type || rest.length > 2) return undefined;
  return { type, name: rest[1] };
}

export async function startKubeApi(options: KubeApiOptions = {}): Promise<KubeApi> {
  const overrides = new Map<string, KubeApiOverride>(Object.entries(options.overrides ?? {}));
  const calls: KubeApiCall[] = [];
  /** kind -> key 'ns/name' -> object */
  const store = new Map<string, Map<string, KubeObject>>();
  let resourceVersion = 1000;
  const now = options.now ?? new Date();

  const typeOfKind = (kind: string) => RESOURCES.find((r) => r.kind === kind);
  const keyOf = (namespace: string | undefined, name: string) => `${namespace ?? ''}/${name}`;
  const bucket = (kind: string) => {
    let objects = store.get(kind);
    if (!objects) store.set(kind, (objects = new Map()));
    return objects;
  };

  /** Fills in what the API server sets on every stored object. */
  function persist(type: ResourceType, object: KubeObject, namespace: string | undefined): KubeObject {
    const metadata = { ...(object.metadata ?? {}) };
    if (type.namespaced) metadata.namespace = namespace ?? metadata.namespace ?? 'default';
    else delete metadata.namespace;
    metadata.uid ??= randomUUID();
    metadata.resourceVersion = String(++resourceVersion);
    metadata.creationTimestamp ??= rfc3339(now);
    if ('spec' in object) metadata.generation ??= 1;
    const stored: KubeObject = { ...object, apiVersion: apiVersionOf(type), kind: type.kind, metadata };
    bucket(type.kind).set(keyOf(metadata.namespace as string | undefined, metadata.name as string), stored);
    return stored;
  }

  for (const object of options.objects ?? []) {
    const type = object.kind ? typeOfKind(object.kind) : undefined;
    if (!type) throw new Error(`stand-in API server: unsupported kind ${object.kind ?? '(none)'}`);
    if (!object.metadata?.name) throw new Error(`stand-in API server: ${object.kind} without metadata.name`);
    persist(type, object, object.metadata.namespace);
  }

  function listObjects(type: ResourceType, namespace: string | undefined): KubeObject[] {
    return [...bucket(type.kind).values()].filter(
      (o) => namespace === undefined || o.metadata?.namespace === namespace,
    );
  }

  function handle(
    method: string,
    path: string,
    query: URLSearchParams,
    headers: IncomingHttpHeaders,
    rawBody: string,
  ): { status: number; body: unknown; contentType?: string } {
    if (options.token && headers.authorization !== `Bearer ${options.token}`) {
      const s = statusBody(401, 'Unauthorized', 'Unauthorized');
      return { status: s.status!, body: s.body };
    }
    const log = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/log$/.exec(path);
    if (log && method === 'GET') return podLog(log[1]!, log[2]!, query);
    const target = route(path);
    if (!target) {
      const s = statusBody(404, 'NotFound', 'the server could not find the requested resource', {});
      return { status: s.status!, body: s.body };
    }
    const { type, namespace, name } = target;
    const answer = (s: KubeApiOverride) => ({ status: s.status!, body: s.body });

    if (method === 'GET' && name === undefined) {
      if (!type.namespaced && namespace !== undefined) return answer(notFound(type.plural, '', type.group));
      let items = listObjects(type, namespace);
      const labelSelector = query.get('labelSelector');
      if (labelSelector) {
        const requirements = parseLabelSelector(labelSelector);
        items = items.filter((o) => {
          const labels = (o.metadata?.labels ?? {}) as Record<string, string>;
          return requirements.every((r) => r(labels));
        });
      }
      const fieldSelector = query.get('fieldSelector');
      if (fieldSelector) items = items.filter((o) => matchesFieldSelector(o, fieldSelector));
      const listMeta = { resourceVersion: String(resourceVersion) };
      if (/as=PartialObjectMetadataList/.test(headers.accept ?? '')) {
        return {
          status: 200,
          contentType: 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1',
          body: {
            kind: 'PartialObjectMetadataList',
            apiVersion: 'meta.k8s.io/v1',
            metadata: listMeta,
            items: items.map((o) => ({
              kind: 'PartialObjectMetadata',
              apiVersion: 'meta.k8s.io/v1',
              metadata: o.metadata,
            })),
          },
        };
      }
      return {
        status: 200,
        body: {
          kind: `${type.kind}List`,
          apiVersion: apiVersionOf(type),
          metadata: listMeta,
          items: items.map((o) => {
            if (type.custom) return o;
            const item = { ...o };
            delete item.apiVersion;
            delete item.kind;
            return item;
          }),
        },
      };
    }

    if (method === 'GET') {
      const found = bucket(type.kind).get(keyOf(namespace, name!));
      return found ? { status: 200, body: found } : answer(notFound(type.plural, name!, type.group));
    }

    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      return answer(statusBody(400, 'BadRequest', 'the request body is not valid JSON'));
    }

    if (method === 'POST' && name === undefined) {
      const object = (isPlainObject(body) ? body : {}) as KubeObject;
      const metadata = { ...(object.metadata ?? {}) };
      if (type.namespaced && metadata.namespace !== undefined && metadata.namespace !== namespace) {
        return answer(
          statusBody(
            400,
            'BadRequest',
            'the namespace of the provided object does not match the namespace sent on the request',
          ),
        );
      }
      if (!metadata.name && typeof metadata.generateName === 'string') {
        let suffix = '';
        for (let i = 0; i < 5; i++)
          suffix += GENERATE_ALPHABET[Math.floor(Math.random() * GENERATE_ALPHABET.length)];
        metadata.name = `${metadata.generateName}${suffix}`;
      }
      if (!metadata.name) {
        return answer(
          statusBody(
            422,
            'Invalid',
            `${type.kind} "" is invalid: metadata.name: Required value: name or generateName is required`,
            {
              kind: type.kind,
              causes: [
                {
                  reason: 'FieldValueRequired',
                  message: 'Required value: name or generateName is required',
                  field: 'metadata.name',
                },
              ],
            },
          ),
        );
      }
      if (type.kind === 'Event') {
        const involved = (object.involvedObject ?? {}) as { namespace?: string };
        if (involved.namespace && involved.namespace !== namespace) {
          const message = `Invalid value: "${involved.namespace}": does not match event.namespace`;
          return answer(
            statusBody(
              422,
              'Invalid',
              `Event "${metadata.name}" is invalid: involvedObject.namespace: ${message}`,
              {
                name: metadata.name,
                kind: 'Event',
                causes: [{ reason: 'FieldValueInvalid', message, field: 'involvedObject.namespace' }],
              },
            ),
          );
        }
      }
      if (bucket(type.kind).has(keyOf(namespace, metadata.name))) {
        const qualified = qualifiedResource(type);
        return answer(
          statusBody(409, 'AlreadyExists', `${qualified} "${metadata.name}" already exists`, {
            name: metadata.name,
            ...(type.group ? { group: type.group } : {}),
            kind: type.plural,
          }),
        );
      }
      // The server sets these; what a client sends is ignored.
      const settable = { ...metadata };
      for (const field of ['uid', 'resourceVersion', 'creationTimestamp']) delete settable[field];
      return { status: 201, body: persist(type, { ...object, metadata: settable }, namespace) };
    }

    if (method === 'PATCH' && name !== undefined) {
      const existing = bucket(type.kind).get(keyOf(namespace, name));
      if (!existing) return answer(notFound(type.plural, name, type.group));
      const contentType = (headers['content-type'] ?? '').split(';')[0]!.trim();
      const accepted = [
        'application/json-patch+json',
        'application/merge-patch+json',
        'application/apply-patch+yaml',
        ...(type.custom ? [] : ['application/strategic-merge-patch+json']),
      ];
      let patched: unknown;
      try {
        if (contentType === 'application/merge-patch+json') patched = applyMergePatch(existing, body);
        else if (contentType === 'application/strategic-merge-patch+json' && !type.custom)
          patched = applyMergePatch(existing, body); // same as a merge patch for maps such as metadata
        else if (contentType === 'application/json-patch+json') patched = applyJsonPatch(existing, body);
        else {
          return answer(
            statusBody(
              415,
              'UnsupportedMediaType',
              `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`,
            ),
          );
        }
      } catch (error) {
        return answer(
          statusBody(422, 'Invalid', `the patch could not be applied: ${(error as Error).message}`),
        );
      }
      const result = patched as KubeObject;
      // Identity fields survive any patch; generation moves only when the spec changes.
      const metadata = {
        ...(result.metadata ?? {}),
        ...pick(existing.metadata, ['name', 'namespace', 'uid', 'creationTimestamp']),
      };
      if (
        JSON.stringify(result.spec) !== JSON.stringify(existing.spec) &&
        typeof metadata.generation === 'number'
      ) {
        metadata.generation = metadata.generation + 1;
      }
      return { status: 200, body: persist(type, { ...result, metadata }, namespace) };
    }

    return answer(
      statusBody(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`),
    );
  }

  /** The log subresource as the API server and the kubelet answer it. */
  function podLog(
    namespace: string,
    name: string,
    query: URLSearchParams,
  ): { status: number; body: unknown; contentType?: string } {
    const answer = (s: KubeApiOverride) => ({ status: s.status!, body: s.body });
    const pod = bucket('Pod').get(keyOf(namespace, name));
    if (!pod) return answer(notFound('pods', name));
    const spec = (pod.spec ?? {}) as { containers?: { name: string }[]; initContainers?: { name: string }[] };
    const containers = [...(spec.initContainers ?? []), ...(spec.containers ?? [])].map((c) => c.name);
    let container = query.get('container') ?? undefined;
    if (!container) {
      if ((spec.containers ?? []).length !== 1)
        return answer(
          statusBody(
            400,
            'BadRequest',
            `a container name must be specified for pod ${name}, choose one of: [${(spec.containers ?? []).map((c) => c.name).join(' ')}]`,
          ),
        );
      container = spec.containers![0]!.name;
    }
    if (!containers.includes(container))
      return answer(statusBody(400, 'BadRequest', `container ${container} is not valid for pod ${name}`));
    const logs = options.logs?.[`${namespace}/${name}/${container}`];
    const previous = query.get('previous') === 'true';
    let text = previous ? logs?.previous : (logs?.current ?? '');
    if (text === undefined)
      return answer(
        statusBody(
          400,
          'BadRequest',
          `previous terminated container "${container}" in pod "${name}" not found`,
        ),
      );
    const tailLines = query.get('tailLines');
    if (tailLines !== null) {
      const lines = text.split('\n');
      if (lines.at(-1) === '') lines.pop();
      const kept = lines.slice(Math.max(0, lines.length - Number(tailLines)));
      text = kept.length > 0 ? `${kept.join('\n')}\n` : '';
    }
    const limitBytes = query.get('limitBytes');
    if (limitBytes !== null) text = Buffer.from(text).subarray(0, Number(limitBytes)).toString('utf8');
    return { status: 200, body: text, contentType: 'text/plain' };
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let rawBody = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (rawBody += chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://stand-in');
      const method = request.method ?? 'GET';
      const call: KubeApiCall = {
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: request.headers,
        rawBody,
        status: 0,
      };
      try {
        if (rawBody) call.body = JSON.parse(rawBody);
      } catch {
        // not JSON: rawBody has it
      }
      calls.push(call);
      const override =
        overrides.get(`${method} ${url.pathname}`) ?? overrides.get(url.pathname) ?? overrides.get('*');
      const respond = () => {
        if (response.destroyed) return;
        if (override?.hangUp) {
          request.socket.destroy();
          return;
        }
        const answer =
          override?.status !== undefined
            ? { status: override.status, body: override.body, contentType: override.contentType }
            : handle(method, url.pathname, url.searchParams, request.headers, rawBody);
        call.status = answer.status;
        const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {});
        response.writeHead(answer.status, {
          'content-type': answer.contentType ?? 'application/json',
          'content-length': Buffer.byteLength(text),
        });
        response.end(text);
      };
      if (override?.delayMs) setTimeout(respond, override.delayMs).unref();
      else respond();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    setOverride(key, response) {
      if (response) overrides.set(key, response);
      else overrides.delete(key);
    },
    get(kind, namespace, name) {
      return bucket(kind).get(keyOf(typeOfKind(kind)?.namespaced ? namespace : undefined, name));
    },
    list(kind, namespace) {
      const type = typeOfKind(kind);
      return type ? listObjects(type, namespace) : [];
    },
    stop() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function pick(object: Record<string, unknown> | undefined, keys: string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (object && key in object) picked[key] = object[key];
  return picked;
}
