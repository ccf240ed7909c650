/**
 * The answer of Argo CD's `GET /api/v1/applications/{name}` (pure): the Application's uid (Argo
 * CD's UI lists an Event under the Application only when `involvedObject.uid` is its uid) and the
 * revision the running sync applies. A PreSync hook runs inside that sync, so the revision is the
 * operation's: `argocd app sync --revision X`, a rollback and an auto-sync each name theirs there.
 */
export interface SyncRevision {
  /** One source: the revision (a commit SHA, or a chart version); undefined: the spec's targetRevision. */
  revision?: string;
  /** Several sources (`spec.sources`): one revision per source, in the spec's order. */
  revisions?: string[];
  /** Which field said so, for the log. */
  from: 'status.operationState.operation.sync' | 'operation.sync' | 'status.sync' | 'none';
}

export interface ParsedApplication {
  uid?: string;
  name?: string;
  namespace?: string;
  syncRevision: SyncRevision;
}

/**
 * The sync operation's revision: the running operation's (status.operationState.operation.sync),
 * else the one requested and not yet started (operation.sync), else the last compared revision
 * (status.sync), which is what an automated sync applies.
 */
export function parseApplication(body: unknown): ParsedApplication {
  const app = asObject(body);
  const metadata = asObject(app.metadata);
  const status = asObject(app.status);
  const candidates: [SyncRevision['from'], Record<string, unknown>][] = [
    [
      'status.operationState.operation.sync',
      asObject(asObject(asObject(status.operationState).operation).sync),
    ],
    ['operation.sync', asObject(asObject(app.operation).sync)],
    ['status.sync', asObject(status.sync)],
  ];
  let syncRevision: SyncRevision = { from: 'none' };
  for (const [from, sync] of candidates) {
    const revisions = stringList(sync.revisions);
    if (revisions) {
      syncRevision = { revisions, from };
      break;
    }
    if (typeof sync.revision === 'string' && sync.revision) {
      syncRevision = { revision: sync.revision, from };
      break;
    }
  }
  return {
    uid: text(metadata.uid),
    name: text(metadata.name),
    namespace: text(metadata.namespace),
    syncRevision,
  };
}

/** "abc1234" or "abc1234, 1.2.0" for the log; "the spec's targetRevision" when none was named. */
export function describeRevision(revision: SyncRevision): string {
  if (revision.revisions) return revision.revisions.join(', ');
  return revision.revision ?? "the spec's targetRevision";
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value.every((v) => typeof v === 'string') ? value : undefined;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}
