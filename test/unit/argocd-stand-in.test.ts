/**
 * The tests' Argo CD stand-in (test/support/argocd.ts) against Argo CD's recorded answers
 * (test/fixtures/argocd, sources in SOURCES.md there): every field the stand-in sends is one Argo
 * CD sends, with the same JSON type; and the hook's parsers read the recorded answers.
 */
import { readFileSync } from 'node:fs';
import { parseApplication } from '../../src/argocd/application.js';
import { parseManagedResources } from '../../src/argocd/managed-resources.js';
import { parseManifestResponse } from '../../src/argocd/manifests.js';
import {
  applicationAnswer,
  managedResourcesAnswer,
  manifestsAnswer,
  type KubeObject,
  type StandInApplication,
} from '../support/argocd.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/argocd/${name}`, import.meta.url), 'utf8'));

/** "status.sync.revision: string", arrays as "[]", for every leaf and object of a JSON value. */
function fieldTypes(value: unknown, path = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    out.add(`${path}: array`);
    for (const item of value) fieldTypes(item, `${path}[]`, out);
  } else if (typeof value === 'object' && value !== null) {
    out.add(`${path}: object`);
    for (const [key, item] of Object.entries(value)) fieldTypes(item, path ? `${path}.${key}` : key, out);
  } else {
    out.add(`${path}: ${value === null ? 'null' : typeof value}`);
  }
  return out;
}

const notIn = (standIn: unknown, real: unknown) => {
  const known = fieldTypes(real);
  return [...fieldTypes(standIn)].filter((field) => !known.has(field));
};

const deployment: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop' },
  spec: { replicas: 2 },
};
const service: KubeObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'shop' },
};
const presyncJob: KubeObject = {
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'slo-gate', namespace: 'shop', annotations: { 'argocd.argoproj.io/hook': 'PreSync' } },
};
const app: StandInApplication = {
  name: 'shop',
  uid: '7c9e1b3d-5f7a-4b9c-8d0e-2f4a6c8e0b1d',
  revisions: { a1: [service, deployment, presyncJob], b2: [service, presyncJob] },
  comparedRevision: 'b2',
  operationRevision: 'a1',
  // The PreSync Job of an earlier sync is still in the cluster (its delete policy keeps it).
  live: [
    { ...deployment, status: { replicas: 2 } },
    { ...presyncJob, status: { succeeded: 1 } },
  ],
};

describe('the Argo CD stand-in answers as Argo CD does', () => {
  it('the Application: only fields of a real Application, of the same types', () => {
    expect(notIn(applicationAnswer(app), fixture('application.json'))).toEqual([]);
  });

  it('/manifests: only fields of the real answer, hooks kept as Argo CD keeps them', () => {
    const answer = manifestsAnswer(app, 'a1') as { manifests: string[] };
    expect(notIn(answer, fixture('manifests.json'))).toEqual([]);
    expect(answer.manifests.map((m) => (JSON.parse(m) as KubeObject).kind)).toEqual([
      'Service',
      'Deployment',
      'Job',
    ]);
  });

  it('/managed-resources: only fields of the real answer, the cached revision, live hooks marked', () => {
    const answer = managedResourcesAnswer(app) as {
      items: { kind: string; name: string; targetState: string; hook?: boolean }[];
    };
    expect(notIn(answer, fixture('managed-resources.json'))).toEqual([]);
    // b2 is cached: its Service (the b2 PreSync Job is a hook, not a target); then what no target
    // claims: the live Deployment that b2 no longer has (to be pruned) and the live Job of an
    // earlier sync, a hook.
    expect(answer.items.map((i) => `${i.kind}/${i.name} ${i.targetState} ${i.hook ?? false}`)).toEqual([
      expect.stringMatching(/^Service\/web \{.*\} false$/),
      'Deployment/web null false',
      'Job/slo-gate null true',
    ]);
  });
});

describe("the hook's parsers read Argo CD's recorded answers", () => {
  it('the Application: its uid, and the running operation’s revision rather than the compared one', () => {
    expect(parseApplication(fixture('application.json'))).toEqual({
      uid: '94978696-4fd4-40b3-a1de-38d9df9e9316',
      name: 'velero-test',
      namespace: 'argo-cd',
      // status.sync.revision of the same Application is "rev1".
      syncRevision: {
        revision: 'ea8759964626a583667a2bfd08f334ec2070040a',
        from: 'status.operationState.operation.sync',
      },
    });
  });

  it('falls back to a requested operation, then to the compared revision(s)', () => {
    expect(
      parseApplication({ operation: { sync: { revision: 'c3' } }, status: { sync: { revision: 'd4' } } })
        .syncRevision,
    ).toEqual({ revision: 'c3', from: 'operation.sync' });
    expect(parseApplication({ status: { sync: { revisions: ['d4', '1.2.0'] } } }).syncRevision).toEqual({
      revisions: ['d4', '1.2.0'],
      from: 'status.sync',
    });
    expect(parseApplication({}).syncRevision).toEqual({ from: 'none' });
  });

  it('/manifests: the documents without the PreSync hook', () => {
    const parsed = parseManifestResponse(fixture('manifests.json'));
    expect(parsed.problems).toEqual([]);
    expect(
      parsed.documents.map((d) => `${d.kind as string}/${(d.metadata as { name: string }).name}`),
    ).toEqual(['Service/guestbook-ui', 'Deployment/guestbook-ui']);
  });

  it('/managed-resources: each resource with its live object, a live hook marked as one', () => {
    const parsed = parseManagedResources(fixture('managed-resources.json'));
    expect(parsed.problems).toEqual([]);
    expect(
      parsed.resources.map((r) => [
        r.group,
        r.kind,
        r.name,
        r.hook,
        r.target === undefined,
        (r.live?.metadata as { uid: string }).uid,
      ]),
    ).toEqual([
      // uid of the Deployment captured in Argo CD's gitops-engine test data.
      ['apps', 'Deployment', 'guestbook-ui', false, false, '165ca30d-8dca-44ae-b0ba-6ea26160ac9f'],
      ['', 'ConfigMap', 'my-map', true, true, '7b6a8f1e-4b5f-11e9-a0f5-025000000001'],
    ]);
  });
});
