/**
 * hooks/: the manifests users drop into an Argo CD application. They pass the project's own
 * validator with no finding at all, and they are the PreSync hooks the README promises: waves,
 * delete policy, Job limits, the restricted pod security profile, and least-privilege RBAC whose
 * every verb is justified in a comment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parse, parseAllDocuments, parseDocument, type YAMLMap } from 'yaml';
import { pathSources } from '../../src/manifests/sources.js';
import { validateSchema } from '../../src/manifests/schema.js';
import { validateManifests } from '../../src/manifests/validate.js';

const HOOKS = 'hooks';
const read = (file: string) => readFileSync(join(HOOKS, file), 'utf8');

interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
  [key: string]: unknown;
}

const component = parse(read('kustomization.yaml')) as {
  apiVersion: string;
  kind: string;
  resources: string[];
};
const componentObjects: KubeObject[] = component.resources.flatMap((file) =>
  parseAllDocuments(read(file)).map((d) => d.toJS() as KubeObject),
);
const byKind = (kind: string) => componentObjects.find((o) => o.kind === kind)!;
const OPTIONAL = ['optional/cluster-read.yaml', 'optional/argocd-application.yaml'];

interface Container {
  args: string[];
  securityContext: unknown;
  terminationMessagePolicy: string;
  resources: { requests: Record<string, string>; limits: Record<string, string> };
  volumeMounts: { name: string; mountPath: string }[];
}

interface PodSpec {
  serviceAccountName: string;
  restartPolicy: string;
  securityContext: unknown;
  containers: Container[];
  volumes: { name: string; emptyDir?: object; configMap?: { name: string } }[];
}

describe('hooks/ kustomize Component', () => {
  it('is a kustomize Component listing the five hook resources', () => {
    expect(component.apiVersion).toBe('kustomize.config.k8s.io/v1alpha1');
    expect(component.kind).toBe('Component');
    expect(componentObjects.map((o) => o.kind).sort()).toEqual(
      ['ConfigMap', 'Job', 'Role', 'RoleBinding', 'ServiceAccount'].sort(),
    );
  });

  it("passes the project's validator with no finding (the Component's files and the optional RBAC)", async () => {
    const { findings, bundle } = await validateManifests(
      pathSources([...component.resources, ...OPTIONAL].map((f) => join(HOOKS, f))),
      { defaultNamespace: 'shop', strictReferences: true, overrides: {} },
      validateSchema,
    );
    expect(bundle.resources).toHaveLength(5 + 6);
    expect(findings).toEqual([]);
  });

  it('validates as a whole folder with no finding: the Component file itself is not a Kubernetes object', async () => {
    const { findings } = await validateManifests(
      pathSources([HOOKS]),
      { defaultNamespace: 'shop', strictReferences: true, overrides: {} },
      validateSchema,
    );
    // The Argo Rollouts and Kargo examples beside the Component are custom resources: skipped as
    // info (test/unit/analysis-manifests.test.ts checks them). Nothing else is said.
    const examples = /^hooks\/(rollouts|kargo)\//;
    expect(findings.filter((f) => !(examples.test(f.file ?? '') && f.ruleId === 'resource-skipped'))).toEqual(
      [],
    );
  });

  it('makes every resource a PreSync hook replaced on the next sync, in waves -2, -1, 0', () => {
    const waves = Object.fromEntries(
      componentObjects.map((o) => [o.kind, o.metadata.annotations?.['argocd.argoproj.io/sync-wave']]),
    );
    expect(waves).toEqual({ ServiceAccount: '-2', Role: '-2', ConfigMap: '-2', RoleBinding: '-1', Job: '0' });
    for (const o of componentObjects) {
      expect(o.metadata.annotations?.['argocd.argoproj.io/hook']).toBe('PreSync');
      expect(o.metadata.annotations?.['argocd.argoproj.io/hook-delete-policy']).toBe('BeforeHookCreation');
    }
  });

  it('runs the Job once, with a deadline and a TTL, under the restricted pod security profile', () => {
    const job = byKind('Job') as unknown as {
      spec: {
        backoffLimit: number;
        activeDeadlineSeconds: number;
        ttlSecondsAfterFinished: number;
        template: { spec: PodSpec };
      };
    };
    expect(job.spec.backoffLimit).toBe(0);
    expect(job.spec.activeDeadlineSeconds).toBeGreaterThan(0);
    expect(job.spec.ttlSecondsAfterFinished).toBeGreaterThan(job.spec.activeDeadlineSeconds);
    const pod = job.spec.template.spec;
    expect(pod.serviceAccountName).toBe(byKind('ServiceAccount').metadata.name);
    expect(pod.restartPolicy).toBe('Never');
    expect(pod.securityContext).toMatchObject({
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(pod.containers).toHaveLength(1);
    const container = pod.containers[0]!;
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.terminationMessagePolicy).toBe('FallbackToLogsOnError');
    expect(container.resources.requests).toEqual(
      expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }),
    );
    expect(container.resources.limits.memory).toEqual(expect.any(String));
    // The root filesystem is read-only: /tmp is an emptyDir.
    const tmpMount = container.volumeMounts.find((m) => m.mountPath === '/tmp')!;
    const tmpVolume = pod.volumes.find((v) => v.name === tmpMount.name)!;
    expect(tmpVolume.emptyDir).toBeDefined();
    // The config ConfigMap is mounted where the hook reads it by default.
    const configVolume = pod.volumes.find((v) => v.configMap)!;
    expect(configVolume.configMap!.name).toBe(byKind('ConfigMap').metadata.name);
    const configMount = container.volumeMounts.find((m) => m.name === configVolume.name)!;
    expect(configMount.mountPath).toBe('/etc/slo-gate');
    expect(Object.keys((byKind('ConfigMap') as unknown as { data: object }).data)).toEqual(['slo-gate.yaml']);
  });

  it('binds the Role to the ServiceAccount', () => {
    const binding = byKind('RoleBinding') as unknown as {
      roleRef: { kind: string; name: string };
      subjects: { kind: string; name: string }[];
    };
    expect(binding.roleRef).toMatchObject({ kind: 'Role', name: byKind('Role').metadata.name });
    expect(binding.subjects).toEqual([expect.objectContaining({ kind: 'ServiceAccount', name: 'slo-gate' })]);
  });
});

describe('hooks/ RBAC is least privilege', () => {
  const WRITE_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection', '*'];

  function rulesWithComments(file: string): { rule: Record<string, string[]>; comment: string }[] {
    const out: { rule: Record<string, string[]>; comment: string }[] = [];
    for (const document of parseAllDocuments(read(file))) {
      if (document.toJS()?.kind !== 'Role' && document.toJS()?.kind !== 'ClusterRole') continue;
      const rules = (document.contents as YAMLMap).get('rules', true);
      if (!isSeq(rules)) continue;
      rules.items.forEach((item, index) => {
        if (!isMap(item)) return;
        // yaml keeps the comment above the first item on the list itself.
        const comment = item.commentBefore ?? (index === 0 ? rules.commentBefore : undefined) ?? '';
        out.push({ rule: item.toJSON() as Record<string, string[]>, comment });
      });
    }
    return out;
  }

  it('justifies every verb of every rule in the comment above it', () => {
    for (const file of ['role.yaml', ...OPTIONAL]) {
      const rules = rulesWithComments(file);
      expect(rules.length).toBeGreaterThan(0);
      for (const { rule, comment } of rules) {
        for (const verb of rule.verbs!) {
          for (const resource of rule.resources!) {
            // "list pods: ...", "create events: ...", "list deployments/statefulsets/...: ..."
            expect({
              file,
              verb,
              resource,
              justified: new RegExp(`\\b${verb}\\b[^\\n]*\\b${resource}\\b`).test(comment),
            }).toEqual({
              file,
              verb,
              resource,
              justified: true,
            });
          }
        }
      }
    }
  });

  it('can write nothing but Events in its own namespace, and never reads Secrets or uses wildcards', () => {
    const rules = rulesWithComments('role.yaml').map((r) => r.rule);
    for (const rule of rules) {
      expect(rule.verbs).not.toContain('*');
      expect(rule.resources).not.toContain('*');
      expect(rule.resources).not.toContain('secrets');
      const writes = rule.verbs!.filter((v) => WRITE_VERBS.includes(v));
      if (writes.length > 0)
        expect({ resources: rule.resources, writes }).toEqual({ resources: ['events'], writes: ['create'] });
    }
  });

  it('patches only the one Application in the optional Argo CD RBAC', () => {
    const patch = rulesWithComments('optional/argocd-application.yaml')
      .map((r) => r.rule)
      .find((r) => r.verbs!.includes('patch'))!;
    expect(patch.resources).toEqual(['applications']);
    expect(patch.resourceNames).toHaveLength(1);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it('builds in one stage and runs distroless Node 24 as nonroot with only dist/ copied', () => {
    expect(stages).toHaveLength(2);
    const runtime = stages[1]!;
    expect(runtime.split('\n')[0]).toBe('gcr.io/distroless/nodejs24-debian13:nonroot');
    const copies = runtime.split('\n').filter((line) => line.startsWith('COPY'));
    expect(copies).toEqual(['COPY --from=build /src/dist/ /app/']);
    expect(runtime).toMatch(/^USER nonroot$/m);
  });

  it('runs what the Job runs', () => {
    const job = parseDocument(read('job.yaml')).toJS() as {
      spec: { template: { spec: { containers: { args: string[] }[] } } };
    };
    expect(job.spec.template.spec.containers[0]!.args).toEqual(['/app/hook.js']);
    expect(dockerfile).toMatch(/^CMD \["\/app\/hook\.js"\]$/m);
  });
});
