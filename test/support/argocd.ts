/**
 * A stand-in for Argo CD's API server that answers as Argo CD does (checked against the recorded
 * answers in test/fixtures/argocd by test/unit/argocd-stand-in.test.ts):
 *
 *   GET /api/v1/applications/{name}                     the Application: uid, the running sync
 *                                                       operation's revision, the compared revision
 *   GET /api/v1/applications/{name}/manifests?revision= the rendered manifests of that revision,
 *                                                       hooks included, as JSON strings
 *   GET /api/v1/applications/{name}/managed-resources   the controller's cache: the targets of the
 *                                                       last refreshed revision (hooks left out of
 *                                                       the targets) with each resource's live
 *                                                       object; live objects no target claims,
 *                                                       hooks of past syncs among them, follow
 *                                                       with `"targetState": "null"` and, for a
 *                                                       hook, `"hook": true`
 *
 * The cache can lag the sync: `comparedRevision` (the last refresh) and `operationRevision` (what
 * the running sync applies) are set separately. Every request is recorded; a wrong bearer token
 * gets Argo CD's 401.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type KubeObject = Record<string, unknown> & {
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
};

export interface StandInApplication {
  name: string;
  namespace?: string;
  uid: string;
  /** Rendered manifests per revision, hooks included, as the repo-server renders them. */
  revisions: Record<string, KubeObject[]>;
  /** status.sync.revision: the revision the controller last compared (its cache's). */
  comparedRevision: string;
  /** status.operationState.operation.sync.revision of the running sync; none: no operation. */
  operationRevision?: string;
  /** The objects in the cluster. */
  live?: KubeObject[];
  /** Namespace of manifests that name none (the Application's destination). */
  destinationNamespace?: string;
}

export interface ArgoCdStandIn {
  url: string;
  /** "GET /api/v1/applications/shop?…" in order. */
  requests: string[];
  close(): Promise<void>;
}

const HOOK_ANNOTATIONS = ['argocd.argoproj.io/hook', 'helm.sh/hook'];

export function isHook(object: KubeObject): boolean {
  return HOOK_ANNOTATIONS.some((name) => Boolean(object.metadata.annotations?.[name]));
}

/** GET /api/v1/applications/{name} */
export function applicationAnswer(app: StandInApplication): object {
  return {
    metadata: { name: app.name, namespace: app.namespace ?? 'argocd', uid: app.uid },
    spec: {
      project: 'default',
      source: { repoURL: 'https://git.example.com/shop.git', path: 'deploy', targetRevision: 'main' },
      destination: { name: 'in-cluster', namespace: app.destinationNamespace ?? 'shop' },
    },
    status: {
      sync: { status: 'OutOfSync', revision: app.comparedRevision },
      ...(app.operationRevision
        ? {
            operationState: {
              operation: { sync: { revision: app.operationRevision } },
              phase: 'Running',
              message: 'waiting for completion of hook batch/Job/slo-gate',
              startedAt: '2024-03-05T07:33:03Z',
            },
          }
        : {}),
    },
  };
}

/** GET …/manifests: the server answers only the list (it leaves `revision` empty). */
export function manifestsAnswer(app: StandInApplication, revision: string | null): object | undefined {
  const documents = app.revisions[revision || app.comparedRevision];
  return documents && { manifests: documents.map((d) => JSON.stringify(d)) };
}

/**
 * GET …/managed-resources: the cache's targets (no hooks), each with its live object, then the live
 * objects no target claims — as Argo CD's reconciliation appends them, live hooks included and
 * marked `hook: true`.
 */
export function managedResourcesAnswer(app: StandInApplication): object {
  const targets = (app.revisions[app.comparedRevision] ?? []).filter((d) => !isHook(d));
  const live = app.live ?? [];
  const namespaceOf = (o: KubeObject) => o.metadata.namespace ?? app.destinationNamespace ?? 'shop';
  const key = (o: KubeObject) => `${o.kind}/${namespaceOf(o)}/${o.metadata.name}`;
  const liveByKey = new Map(live.map((o) => [key(o), o]));
  const targetKeys = new Set(targets.map(key));
  const item = (target: KubeObject | undefined, liveObject: KubeObject | undefined) => {
    const o = (target ?? liveObject)!;
    const apiVersion = typeof o.apiVersion === 'string' ? o.apiVersion : 'v1';
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : undefined;
    return {
      ...(group ? { group } : {}),
      kind: o.kind,
      namespace: namespaceOf(o),
      name: o.metadata.name,
      targetState: JSON.stringify(target ?? null),
      liveState: JSON.stringify(liveObject ?? null),
      ...(isHook(o) ? { hook: true } : {}),
    };
  };
  return {
    items: [
      ...targets.map((t) => item(t, liveByKey.get(key(t)))),
      // Live objects the revision no longer has (to be pruned) and live hooks of past syncs.
      ...live.filter((o) => !targetKeys.has(key(o))).map((o) => item(undefined, o)),
    ],
  };
}

export async function startArgoCd(app: StandInApplication, token: string): Promise<ArgoCdStandIn> {
  const requests: string[] = [];
  const base = `/api/v1/applications/${encodeURIComponent(app.name)}`;
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://argocd');
    const send = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${token}`) {
      send(401, { error: 'invalid session', code: 16, message: 'invalid session' });
      return;
    }
    const appNamespace = url.searchParams.get('appNamespace') ?? 'argocd';
    if (!url.pathname.startsWith(base) || appNamespace !== (app.namespace ?? 'argocd')) {
      // Argo CD answers 403 for applications that do not exist, as for those the token may not see.
      send(403, { error: 'permission denied', code: 7, message: 'permission denied' });
      return;
    }
    const rest = url.pathname.slice(base.length);
    if (req.method === 'GET' && rest === '') return send(200, applicationAnswer(app));
    if (req.method === 'GET' && rest === '/managed-resources') return send(200, managedResourcesAnswer(app));
    if (req.method === 'GET' && rest === '/manifests') {
      const revision = url.searchParams.get('revision');
      const answer = manifestsAnswer(app, revision);
      if (answer) return send(200, answer);
      const message = `error generating manifests: rpc error: code = Unknown desc = unable to resolve '${revision}' to a commit SHA`;
      return send(500, { error: message, code: 2, message });
    }
    send(404, { error: 'Not Found', code: 5, message: 'Not Found' });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
