/**
 * Release correlation (pure): the current revision of each workload from ReplicaSets and
 * ControllerRevisions as the API server lists them, and the burn start compared with the newest.
 * Durations in the expected texts are differences of the fixture times, worked out by hand.
 */
import type {
  V1ControllerRevision,
  V1Deployment,
  V1ReplicaSet,
  V1StatefulSet,
} from '@kubernetes/client-node';
import { type BurnStart, type Rollout, latestRollouts, releaseCorrelation } from '../../src/hints/release.js';
import { asLive, liveState } from '../support/live-objects.js';

const at = new Date('2026-11-26T12:00:00Z');
const lookbackStart = new Date('2026-11-26T06:00:00Z');

function burn(began: string | undefined): BurnStart {
  return {
    slo: 'checkout-availability',
    window: '5m',
    factor: 14.4,
    ...(began ? { began: new Date(began) } : {}),
    lookbackStart,
    at,
  };
}

const checkout: Rollout = {
  workload: { kind: 'Deployment', namespace: 'shop', name: 'checkout' },
  kind: 'ReplicaSet',
  name: 'checkout-7d9f8c6b5',
  revision: 5,
  createdAt: new Date('2026-11-26T11:20:00Z'),
};
const db: Rollout = {
  workload: { kind: 'StatefulSet', namespace: 'shop', name: 'db' },
  kind: 'ControllerRevision',
  name: 'db-6d8f7c9b5',
  revision: 3,
  createdAt: new Date('2026-11-20T09:00:00Z'),
};

describe('releaseCorrelation', () => {
  it('says the burn began minutes after the newest rollout, and to roll it back', () => {
    const hint = releaseCorrelation(burn('2026-11-26T11:24:00Z'), [db, checkout])!;
    expect(hint.id).toBe('release-correlation');
    expect(hint.slo).toBe('checkout-availability');
    expect(hint.title).toBe(
      'burn began 4 min after revision checkout-7d9f8c6b5 of Deployment shop/checkout rolled out',
    );
    expect(hint.evidence).toEqual([
      hint.title,
      'burn rate over 5m above 14.4x continuously since 2026-11-26T11:24:00Z (until the check at 2026-11-26T12:00:00Z)',
      'revision checkout-7d9f8c6b5 of Deployment shop/checkout: ReplicaSet created at 2026-11-26T11:20:00Z (revision 5)',
      'also revision db-6d8f7c9b5 of StatefulSet shop/db: created at 2026-11-20T09:00:00Z',
      'fix: the burn follows the rollout closely: roll back revision checkout-7d9f8c6b5 of Deployment shop/checkout ' +
        '(kubectl rollout undo deployment/checkout -n shop, or the previous Git revision in Argo CD) and look at what ' +
        'changed in it before releasing again',
    ]);
  });

  it('says the burn predates the last rollout when it began before it', () => {
    const hint = releaseCorrelation(burn('2026-11-26T10:55:00Z'), [checkout])!;
    expect(hint.title).toBe(
      'the burn predates the last rollout: it began 25 min before revision checkout-7d9f8c6b5 of Deployment shop/checkout rolled out',
    );
    expect(hint.evidence.at(-1)).toMatch(
      /^fix: the last rollout did not start this burn, so rolling it back will not stop it/,
    );
  });

  it('calls a burn hours after the rollout a suspect, not an obvious cause', () => {
    const earlier = { ...checkout, createdAt: new Date('2026-11-26T08:20:00Z') };
    const hint = releaseCorrelation(burn('2026-11-26T11:30:00Z'), [earlier])!;
    expect(hint.title).toBe(
      'burn began 3 h 10 min after revision checkout-7d9f8c6b5 of Deployment shop/checkout rolled out',
    );
    expect(hint.evidence.at(-1)).toMatch(
      /^fix: the burn began 3 h 10 min after the rollout, so the rollout is a suspect/,
    );
  });

  it('knows a burn over the whole lookback predates a rollout inside it', () => {
    const hint = releaseCorrelation(burn(undefined), [checkout])!;
    expect(hint.title).toBe(
      'the burn predates the last rollout: it was already burning before revision checkout-7d9f8c6b5 of Deployment shop/checkout rolled out',
    );
    expect(hint.evidence[1]).toBe(
      'burn rate over 5m above 14.4x for the whole 6 h looked at (since 2026-11-26T06:00:00Z at least)',
    );
  });

  it('does not claim an order it cannot see', () => {
    const hint = releaseCorrelation(burn(undefined), [db])!;
    expect(hint.title).toBe(
      'burn has lasted over 6 h; revision db-6d8f7c9b5 of StatefulSet shop/db rolled out earlier, so its part is not known',
    );
  });

  it('gives no hint without a rollout', () => {
    expect(releaseCorrelation(burn('2026-11-26T11:24:00Z'), [])).toBeUndefined();
  });
});

describe('latestRollouts', () => {
  const owner = (kind: string, name: string) => [
    { apiVersion: 'apps/v1', kind, name, uid: `${name}-uid`, controller: true, blockOwnerDeletion: true },
  ];
  const deployment = asLive<V1Deployment>({
    metadata: {
      name: 'checkout',
      namespace: 'shop',
      annotations: { 'deployment.kubernetes.io/revision': '4' },
    },
    spec: { replicas: 3, selector: { matchLabels: { app: 'checkout' } }, template: {} },
    status: {},
  });
  const rs = (name: string, revision: string, created: string) =>
    asLive<V1ReplicaSet>({
      metadata: {
        name,
        namespace: 'shop',
        creationTimestamp: created,
        annotations: { 'deployment.kubernetes.io/revision': revision },
        ownerReferences: owner('Deployment', 'checkout'),
      },
      spec: { selector: {} },
    });
  const sts = asLive<V1StatefulSet>({
    metadata: { name: 'db', namespace: 'shop' },
    spec: { selector: {}, template: {}, serviceName: 'db' },
    status: { replicas: 3, currentRevision: 'db-6d8f7c9b5', updateRevision: 'db-7c9f9d8d6' },
  });
  const revision = (name: string, number: number, created: string) =>
    asLive<V1ControllerRevision>({
      metadata: {
        name,
        namespace: 'shop',
        creationTimestamp: created,
        ownerReferences: owner('StatefulSet', 'db'),
      },
      revision: number,
      data: {},
    });

  it("takes the ReplicaSet of the Deployment's current revision, even when an older one was created later", () => {
    // Revision 4 is a rollback to the template of revision 2: its ReplicaSet is reused and keeps its time.
    const state = liveState({
      deployments: [deployment],
      replicaSets: [
        rs('checkout-5c4d7c974b', '3', '2026-11-25T10:00:00Z'),
        rs('checkout-7d9f8c6b5', '4', '2026-11-20T10:00:00Z'),
      ],
    });
    expect(latestRollouts(state, [])).toEqual([
      {
        workload: { kind: 'Deployment', namespace: 'shop', name: 'checkout' },
        kind: 'ReplicaSet',
        name: 'checkout-7d9f8c6b5',
        revision: 4,
        createdAt: new Date('2026-11-20T10:00:00Z'),
      },
    ]);
  });

  it("takes the StatefulSet's updateRevision, and only the workloads asked for", () => {
    const state = liveState({
      deployments: [deployment],
      replicaSets: [rs('checkout-7d9f8c6b5', '4', '2026-11-20T10:00:00Z')],
      statefulSets: [sts],
      controllerRevisions: [
        revision('db-6d8f7c9b5', 2, '2026-11-01T10:00:00Z'),
        revision('db-7c9f9d8d6', 3, '2026-11-26T11:50:00Z'),
      ],
    });
    expect(latestRollouts(state, [{ kind: 'StatefulSet', namespace: 'shop', name: 'db' }])).toEqual([
      {
        workload: { kind: 'StatefulSet', namespace: 'shop', name: 'db' },
        kind: 'ControllerRevision',
        name: 'db-7c9f9d8d6',
        revision: 3,
        createdAt: new Date('2026-11-26T11:50:00Z'),
      },
    ]);
  });
});
