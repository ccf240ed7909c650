/**
 * Findings that need the live cluster: sts-immutable-field-change against the live StatefulSet (as
 * the API server returns it, defaults filled in) and ingress-live-host-path-taken against the live
 * Ingresses of other namespaces. Lines are counted by hand in the YAML below.
 */
import type { V1Ingress, V1StatefulSet } from '@kubernetes/client-node';
import { liveFindings } from '../../src/hints/live/index.js';
import { RULES_BY_ID } from '../../src/manifests/rules/index.js';
import { bundleOf } from '../support/manifests.js';
import { asLive, liveState } from '../support/live-objects.js';

/** The StatefulSet as kube-apiserver returns it after a create from the manifest below with 10Gi. */
function liveStatefulSet(
  overrides: { storage?: string; serviceName?: string; podManagementPolicy?: string } = {},
): V1StatefulSet {
  return asLive<V1StatefulSet>({
    metadata: {
      name: 'db',
      namespace: 'shop',
      uid: 'f1c2e3f4-7777-4000-8000-000000000001',
      generation: 4,
      creationTimestamp: '2026-10-01T08:00:00Z',
    },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'db' } },
      template: {
        metadata: { creationTimestamp: null, labels: { app: 'db' } },
        spec: { containers: [{ name: 'db', image: 'postgres:17' }] },
      },
      serviceName: overrides.serviceName ?? 'db',
      podManagementPolicy: overrides.podManagementPolicy ?? 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      revisionHistoryLimit: 10,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
      volumeClaimTemplates: [
        {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name: 'data', creationTimestamp: null },
          spec: {
            accessModes: ['ReadWriteOnce'],
            resources: { requests: { storage: overrides.storage ?? '10Gi' } },
            volumeMode: 'Filesystem',
          },
          status: { phase: 'Pending' },
        },
      ],
    },
    status: {
      observedGeneration: 4,
      replicas: 3,
      readyReplicas: 3,
      currentReplicas: 3,
      updatedReplicas: 3,
      currentRevision: 'db-6d8f7c9b5',
      updateRevision: 'db-6d8f7c9b5',
      collisionCount: 0,
      availableReplicas: 3,
    },
  });
}

const statefulSetYaml = (storage: string, extra = '') => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: shop
spec:
  replicas: 3
  serviceName: db
  selector:
    matchLabels: { app: db }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: postgres:17 }] }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: ${storage}
${extra}`;

describe('sts-immutable-field-change', () => {
  it('reports a volumeClaimTemplate storage change at its line, with the resize path', () => {
    const findings = liveFindings(
      liveState({ statefulSets: [liveStatefulSet()] }),
      bundleOf(statefulSetYaml('20Gi')),
    );
    expect(findings).toEqual([
      {
        ruleId: 'sts-immutable-field-change',
        severity: 'error',
        file: 'manifests.yaml',
        line: 20,
        column: 22,
        resource: 'StatefulSet/shop/db',
        message:
          'spec.volumeClaimTemplates[0] (data) storage changes from 10Gi (live) to 20Gi; the API server refuses changes to ' +
          'this field of an existing StatefulSet ("spec: Forbidden: updates to statefulset spec for fields other than ...")',
        hint:
          'Keep storage 10Gi here. To resize, patch each claim (data-db-0 ...) to 20Gi (its StorageClass must allow volume ' +
          'expansion), then delete the StatefulSet with kubectl delete statefulset db -n shop --cascade=orphan and sync the new size.',
      },
    ]);
  });

  it('compares quantities and API defaults, not text', () => {
    // 1Gi = 1024Mi; podManagementPolicy, revisionHistoryLimit and volumeMode absent = their defaults.
    const findings = liveFindings(
      liveState({ statefulSets: [liveStatefulSet({ storage: '1Gi' })] }),
      bundleOf(statefulSetYaml('1024Mi')),
    );
    expect(findings).toEqual([]);
  });

  it('reports serviceName and podManagementPolicy changes', () => {
    const live = liveStatefulSet({ serviceName: 'db-headless', podManagementPolicy: 'Parallel' });
    const findings = liveFindings(liveState({ statefulSets: [live] }), bundleOf(statefulSetYaml('10Gi')));
    expect(findings.map((f) => [f.line, f.message.split(';')[0]])).toEqual([
      // absent podManagementPolicy: reported at spec, the nearest written ancestor
      [6, 'spec.podManagementPolicy changes from Parallel (live) to OrderedReady'],
      [8, 'spec.serviceName changes from "db-headless" (live) to "db"'],
    ]);
  });

  it('reports a changed selector at the selector', () => {
    const live = liveStatefulSet();
    live.spec!.selector = { matchLabels: { app: 'db', tier: 'data' } };
    const [finding] = liveFindings(liveState({ statefulSets: [live] }), bundleOf(statefulSetYaml('10Gi')));
    expect(finding!.line).toBe(9);
    expect(finding!.message).toMatch(/^spec\.selector changes from app=db,tier=data \(live\) to app=db;/);
    expect(finding!.hint).toMatch(/^Keep spec\.selector as live \(app=db,tier=data\)/);
  });

  it('honours the ignore annotation and the config severity', () => {
    const ignored = statefulSetYaml('20Gi').replace(
      '  namespace: shop\n',
      '  namespace: shop\n  annotations: { slo-gate.dev/ignore: sts-immutable-field-change }\n',
    );
    const state = liveState({ statefulSets: [liveStatefulSet()] });
    expect(liveFindings(state, bundleOf(ignored))).toEqual([]);
    expect(
      liveFindings(state, bundleOf(statefulSetYaml('20Gi')), { 'sts-immutable-field-change': 'warning' })[0]!
        .severity,
    ).toBe('warning');
    expect(
      liveFindings(state, bundleOf(statefulSetYaml('20Gi')), { 'sts-immutable-field-change': 'off' }),
    ).toEqual([]);
  });

  it('has nothing to compare for a first deployment or an unreadable namespace', () => {
    expect(liveFindings(liveState(), bundleOf(statefulSetYaml('20Gi')))).toEqual([]);
    const unreadable = liveState({ statefulSets: [liveStatefulSet()], unreadable: ['statefulsets/shop'] });
    expect(liveFindings(unreadable, bundleOf(statefulSetYaml('20Gi')))).toEqual([]);
  });
});

describe('ingress-live-host-path-taken', () => {
  const ingressYaml = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: shop
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: web, port: { number: 80 } } }
`;
  function liveIngress(
    namespace: string,
    name: string,
    options: { className?: string; path?: string; canary?: boolean } = {},
  ): V1Ingress {
    return asLive<V1Ingress>({
      metadata: {
        name,
        namespace,
        uid: '91c2e3f4-8888-4000-8000-000000000001',
        generation: 1,
        ...(options.canary ? { annotations: { 'nginx.ingress.kubernetes.io/canary': 'true' } } : {}),
      },
      spec: {
        ingressClassName: options.className ?? 'nginx',
        rules: [
          {
            host: 'shop.example.com',
            http: {
              paths: [
                {
                  path: options.path ?? '/',
                  pathType: 'Prefix',
                  backend: { service: { name: 'storefront', port: { number: 8080 } } },
                },
              ],
            },
          },
        ],
      },
      status: { loadBalancer: { ingress: [{ ip: '203.0.113.10' }] } },
    });
  }

  it('reports a route a live Ingress of another namespace serves, at the path line', () => {
    const state = liveState({ ingresses: [liveIngress('storefront', 'storefront')] });
    const findings = liveFindings(state, bundleOf(ingressYaml));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'ingress-live-host-path-taken',
        severity: 'error',
        line: 12,
        column: 19,
        resource: 'Ingress/shop/web',
        message:
          'spec.rules[0].http.paths[0]: host "shop.example.com" path "/" (Prefix) is already served by live Ingress ' +
          'storefront/storefront in namespace storefront (ingress class "nginx")',
      }),
    ]);
  });

  it('leaves out the same namespace, other classes, other paths, canaries and unreadable Ingresses', () => {
    const bundle = bundleOf(ingressYaml);
    const quiet = [
      liveState({ ingresses: [liveIngress('shop', 'web-old')] }),
      liveState({ ingresses: [liveIngress('storefront', 'storefront', { className: 'traefik' })] }),
      liveState({ ingresses: [liveIngress('storefront', 'storefront', { path: '/shop' })] }),
      liveState({ ingresses: [liveIngress('storefront', 'storefront', { canary: true })] }),
      liveState({ ingresses: [liveIngress('storefront', 'storefront')], unreadable: ['ingresses/*'] }),
    ];
    for (const state of quiet) expect(liveFindings(state, bundle)).toEqual([]);
  });
});

describe('rule metadata', () => {
  it('documents examples that hold against the live objects their comments describe', () => {
    const sts = RULES_BY_ID.get('sts-immutable-field-change')!.meta.example;
    const stsState = liveState({ statefulSets: [liveStatefulSet({ storage: '10Gi' })] });
    expect(liveFindings(stsState, bundleOf(sts.bad)).map((f) => f.ruleId)).toEqual([
      'sts-immutable-field-change',
    ]);
    expect(liveFindings(stsState, bundleOf(sts.good))).toEqual([]);

    const ingress = RULES_BY_ID.get('ingress-live-host-path-taken')!.meta.example;
    const live = asLive<V1Ingress>({
      metadata: { name: 'storefront', namespace: 'other-team' },
      spec: {
        ingressClassName: 'nginx',
        rules: [
          {
            host: 'shop.example.com',
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: { service: { name: 'storefront', port: { number: 80 } } },
                },
              ],
            },
          },
        ],
      },
    });
    const ingressState = liveState({ ingresses: [live] });
    expect(liveFindings(ingressState, bundleOf(ingress.bad)).map((f) => f.ruleId)).toEqual([
      'ingress-live-host-path-taken',
    ]);
    expect(liveFindings(ingressState, bundleOf(ingress.good))).toEqual([]);
  });

  it.each(['sts-immutable-field-change', 'ingress-live-host-path-taken'])(
    '%s is in the catalog, without a check',
    (id) => {
      const rule = RULES_BY_ID.get(id);
      expect(rule?.meta.severity).toBe('error');
      expect(rule?.check).toBeUndefined();
      expect(rule?.meta.rationale).toContain('slo-gate hook');
    },
  );
});
