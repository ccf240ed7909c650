import { rule } from '../../src/manifests/rules/duplicate-resource.js';
import { runRule } from '../support/manifests.js';

describe('duplicate-resource', () => {
  it('reports the second and later definitions at their name, naming where the first is', () => {
    const yaml = `apiVersion: v1
kind: Service
metadata:
  name: web
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: default
---
apiVersion: v1
kind: Service
metadata: { name: web }
`;
    expect(runRule(rule, yaml)).toEqual([
      {
        ruleId: 'duplicate-resource',
        severity: 'error',
        line: 9,
        column: 9,
        resource: 'Service/default/web',
        message: 'Service/default/web is defined twice; the first definition is at manifests.yaml:1',
        hint: 'remove one of the two definitions (manifests.yaml:1 or this one), or give this one another name',
      },
      expect.objectContaining({ line: 14, column: 19, resource: 'Service/default/web' }),
    ]);
  });

  it('tells apart namespaces, kinds and API groups, and ignores generateName', () => {
    const yaml = `apiVersion: v1
kind: Service
metadata: { name: web, namespace: a }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: b }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: web, namespace: a }
---
apiVersion: example.com/v1
kind: ConfigMap
metadata: { name: web, namespace: a }
---
apiVersion: batch/v1
kind: Job
metadata: { generateName: migrate- }
---
apiVersion: batch/v1
kind: Job
metadata: { generateName: migrate- }
`;
    expect(runRule(rule, yaml)).toEqual([]);
  });

  it('finds duplicates across List items and the namespace a resource defaults to', () => {
    const yaml = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: { name: settings }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings, namespace: shop }
`;
    expect(runRule(rule, yaml, { defaultNamespace: 'shop' })).toEqual([
      expect.objectContaining({
        line: 10,
        column: 19,
        message: 'ConfigMap/shop/settings is defined twice; the first definition is at manifests.yaml:4',
      }),
    ]);
  });

  it('ignores the namespace written on a cluster-scoped kind', () => {
    const yaml = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: reader, namespace: a }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: reader, namespace: b }
`;
    expect(runRule(rule, yaml)).toEqual([
      expect.objectContaining({
        line: 7,
        column: 19,
        resource: 'ClusterRole/reader',
        message: 'ClusterRole/reader is defined twice; the first definition is at manifests.yaml:1',
      }),
    ]);
  });
});
