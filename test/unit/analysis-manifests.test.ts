/**
 * hooks/rollouts and hooks/kargo: slo-gate as Argo Rollouts analysis and Kargo verification. The
 * examples pass the project's own validator (the custom resources are skipped as info, nothing
 * else is said); the Job inside each AnalysisTemplate, with its args resolved as Argo Rollouts
 * resolves them, is a valid batch/v1 Job under the restricted pod security profile that runs the
 * image of the PreSync hook; and every Rollout and Stage names a template that exists and passes
 * only args it declares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { validateSchema } from '../../src/manifests/schema.js';
import { pathSources } from '../../src/manifests/sources.js';
import { validateManifests } from '../../src/manifests/validate.js';

const ROLLOUTS = 'hooks/rollouts';
const KARGO = 'hooks/kargo';

function documents(file: string): Record<string, unknown>[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS() as Record<string, unknown>);
}

interface Arg {
  name: string;
  value?: string;
}

interface Container {
  name: string;
  image: string;
  args: string[];
  securityContext: unknown;
  terminationMessagePolicy: string;
  volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
}

interface JobSpec {
  backoffLimit: number;
  activeDeadlineSeconds: number;
  ttlSecondsAfterFinished?: number;
  podFailurePolicy: { rules: { action: string; onPodConditions?: { type: string }[] }[] };
  template: {
    spec: {
      restartPolicy: string;
      automountServiceAccountToken: boolean;
      serviceAccountName?: string;
      securityContext: unknown;
      containers: Container[];
      volumes: { name: string; emptyDir?: object; configMap?: { name: string } }[];
    };
  };
}

interface Metric {
  name: string;
  interval?: string;
  count?: number;
  failureLimit?: number;
  successCondition?: string;
  failureCondition?: string;
  provider: { job: { metadata?: object; spec: JobSpec } };
}

interface AnalysisTemplate {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: { args: Arg[]; metrics: Metric[] };
}

const templates = documents(join(ROLLOUTS, 'analysistemplate.yaml')) as unknown as AnalysisTemplate[];
const template = (name: string) => templates.find((t) => t.metadata.name === name)!;

/** What Argo Rollouts does when it creates the AnalysisRun: `{{args.NAME}}` becomes the arg's value. */
function resolveArgs<T>(value: T, args: readonly Arg[]): T {
  const values = new Map(args.map((a) => [a.name, a.value]));
  const text = JSON.stringify(value).replace(/\{\{\s*args\.([\w-]+)\s*\}\}/g, (placeholder, name: string) => {
    const resolved = values.get(name);
    if (resolved === undefined) throw new Error(`${placeholder} has no value`);
    return resolved;
  });
  return JSON.parse(text) as T;
}

function placeholdersIn(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/\{\{\s*args\.([\w-]+)\s*\}\}/g)].map((m) => m[1]!);
}

describe('hooks/rollouts and hooks/kargo pass the validator', () => {
  it.each([ROLLOUTS, KARGO])(
    '%s: no error or warning; every custom resource is skipped as info',
    async (folder) => {
      const { findings, bundle } = await validateManifests(
        pathSources([folder]),
        { defaultNamespace: 'shop', strictReferences: true, overrides: {} },
        validateSchema,
      );
      // hooks/rollouts: two AnalysisTemplates and two Rollouts; hooks/kargo: one Stage.
      const expected = folder === ROLLOUTS ? 4 : 1;
      expect(bundle.resources).toHaveLength(expected);
      expect(findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
      expect(findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(
        Array<string>(expected).fill('info resource-skipped'),
      );
    },
  );
});

describe('the AnalysisTemplates', () => {
  it('are argoproj.io/v1alpha1 AnalysisTemplates: slo-gate (one measurement) and slo-gate-background', () => {
    expect(templates.map((t) => `${t.apiVersion} ${t.kind} ${t.metadata.name}`)).toEqual([
      'argoproj.io/v1alpha1 AnalysisTemplate slo-gate',
      'argoproj.io/v1alpha1 AnalysisTemplate slo-gate-background',
    ]);
  });

  it('ends after one measurement for steps, pre-promotion and Kargo; measures every 5m in the background', () => {
    const once = template('slo-gate').spec.metrics;
    expect(once).toHaveLength(1);
    // No interval and no count: Argo Rollouts takes one measurement.
    expect(once[0]!.interval).toBeUndefined();
    expect(once[0]!.count).toBeUndefined();
    const background = template('slo-gate-background').spec.metrics;
    expect(background).toHaveLength(1);
    expect(background[0]!.interval).toBe('5m');
    // No count: it measures until the Rollout stops it.
    expect(background[0]!.count).toBeUndefined();
  });

  it('lets the Job decide: no success or failure condition, and the first failed Job fails the analysis', () => {
    for (const t of templates) {
      const metric = t.spec.metrics[0]!;
      expect(metric.successCondition).toBeUndefined();
      expect(metric.failureCondition).toBeUndefined();
      expect(metric.failureLimit).toBe(0);
    }
  });

  it('run the same Job', () => {
    const [first, second] = templates.map((t) => t.spec.metrics[0]!.provider.job);
    expect(second).toEqual(first);
    expect(template('slo-gate-background').spec.args).toEqual(template('slo-gate').spec.args);
  });

  it('declare a default for every arg the Job uses', () => {
    for (const t of templates) {
      const declared = new Map(t.spec.args.map((a) => [a.name, a.value]));
      const used = placeholdersIn(t.spec.metrics);
      expect(new Set(used)).toEqual(new Set(['prometheus-url', 'config-map']));
      for (const name of used) expect(declared.get(name)).toEqual(expect.any(String));
    }
  });
});

describe('the Job of the analysis', () => {
  const metric = template('slo-gate').spec.metrics[0]!;
  const args = template('slo-gate').spec.args;
  const job = resolveArgs(metric.provider.job, args);
  const pod = job.spec.template.spec;
  const container = pod.containers[0]!;

  it('is a valid batch/v1 Job with its args resolved to their defaults (no finding at all)', async () => {
    const asJob = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      // Argo Rollouts names the Job after the AnalysisRun: <run uid>.<metric>.<measurement>.
      metadata: { name: 'slo-gate-analysis', ...job.metadata },
      spec: job.spec,
    };
    const { findings } = await validateManifests(
      [{ kind: 'documents', name: 'analysis-job', documents: [asJob] }],
      { defaultNamespace: 'shop', strictReferences: false, overrides: {} },
      validateSchema,
    );
    expect(findings).toEqual([]);
    expect(placeholdersIn(job)).toEqual([]);
  });

  it('runs once, with a deadline, and does not count an evicted pod as a verdict', () => {
    expect(job.spec.backoffLimit).toBe(0);
    expect(job.spec.activeDeadlineSeconds).toBe(300);
    // The AnalysisRun owns and deletes its Jobs.
    expect(job.spec.ttlSecondsAfterFinished).toBeUndefined();
    expect(job.spec.podFailurePolicy.rules).toEqual([
      { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] },
    ]);
    expect(pod.restartPolicy).toBe('Never');
  });

  it('runs under the restricted pod security profile, non-root, read-only root filesystem, no API token', () => {
    expect(pod.securityContext).toMatchObject({
      runAsNonRoot: true,
      runAsUser: 65532,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.serviceAccountName).toBeUndefined();
    expect(pod.containers).toHaveLength(1);
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.terminationMessagePolicy).toBe('FallbackToLogsOnError');
    const tmpMount = container.volumeMounts.find((m) => m.mountPath === '/tmp')!;
    expect(pod.volumes.find((v) => v.name === tmpMount.name)!.emptyDir).toBeDefined();
  });

  it('runs the image of the PreSync hook Job', () => {
    const hook = documents('hooks/job.yaml')[0] as unknown as { spec: JobSpec };
    expect(container.image).toBe(hook.spec.template.spec.containers[0]!.image);
  });

  it('runs `budget` with the mounted config and the Prometheus URL from the args', () => {
    expect(container.args).toEqual([
      '/app/cli.js',
      'budget',
      '--config',
      '/etc/slo-gate/slo-gate.yaml',
      '--prometheus-url',
      'http://prometheus-operated.monitoring.svc:9090',
    ]);
    const configMount = container.volumeMounts.find((m) => m.mountPath === '/etc/slo-gate')!;
    expect(configMount.readOnly).toBe(true);
    // The default ConfigMap is the one the PreSync hook mounts (hooks/configmap.yaml).
    const hookConfigMap = documents('hooks/configmap.yaml')[0] as { metadata: { name: string } };
    expect(pod.volumes.find((v) => v.name === configMount.name)!.configMap).toEqual({
      name: hookConfigMap.metadata.name,
    });
  });

  it('takes the URL and the ConfigMap a Rollout passes', () => {
    const passed = resolveArgs(metric.provider.job, [
      { name: 'prometheus-url', value: 'http://prometheus.staging.example.com:9090' },
      { name: 'config-map', value: 'checkout-slo-gate' },
    ]);
    const passedPod = passed.spec.template.spec;
    expect(passedPod.containers[0]!.args.slice(-2)).toEqual([
      '--prometheus-url',
      'http://prometheus.staging.example.com:9090',
    ]);
    expect(passedPod.volumes.find((v) => v.configMap)!.configMap!.name).toBe('checkout-slo-gate');
  });
});

interface TemplateRef {
  templates: { templateName: string }[];
  args?: Arg[];
}

describe('the Rollouts and the Stage use the templates', () => {
  const canary = documents(join(ROLLOUTS, 'rollout-canary.yaml'))[0] as {
    kind: string;
    spec: { strategy: { canary: { analysis: TemplateRef; steps: { analysis?: TemplateRef }[] } } };
  };
  const blueGreen = documents(join(ROLLOUTS, 'rollout-bluegreen.yaml'))[0] as {
    kind: string;
    spec: { strategy: { blueGreen: { prePromotionAnalysis: TemplateRef; autoPromotionSeconds?: number } } };
  };
  const stage = documents(join(KARGO, 'stage.yaml'))[0] as {
    apiVersion: string;
    kind: string;
    spec: { verification: { analysisTemplates: { name: string; kind?: string }[]; args: Arg[] } };
  };

  function expectArgsDeclared(templateName: string, passed: Arg[] | undefined) {
    const declared = template(templateName).spec.args.map((a) => a.name);
    for (const arg of passed ?? []) expect(declared).toContain(arg.name);
  }

  it('a canary runs the background template in strategy.canary.analysis', () => {
    expect(canary.kind).toBe('Rollout');
    const background = canary.spec.strategy.canary.analysis;
    expect(background.templates).toEqual([{ templateName: 'slo-gate-background' }]);
    expectArgsDeclared('slo-gate-background', background.args);
  });

  it('a canary step runs the one-measurement template (a step needs an analysis that ends)', () => {
    const steps = canary.spec.strategy.canary.steps.filter((s) => s.analysis);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.analysis!.templates).toEqual([{ templateName: 'slo-gate' }]);
    expectArgsDeclared('slo-gate', steps[0]!.analysis!.args);
  });

  it('a blue-green Rollout runs the one-measurement template before promotion, with no auto-promotion timer', () => {
    expect(blueGreen.kind).toBe('Rollout');
    const pre = blueGreen.spec.strategy.blueGreen.prePromotionAnalysis;
    expect(pre.templates).toEqual([{ templateName: 'slo-gate' }]);
    expectArgsDeclared('slo-gate', pre.args);
    expect(blueGreen.spec.strategy.blueGreen.autoPromotionSeconds).toBeUndefined();
  });

  it('a Kargo Stage verifies Freight with the one-measurement template', () => {
    expect(`${stage.apiVersion} ${stage.kind}`).toBe('kargo.akuity.io/v1alpha1 Stage');
    const verification = stage.spec.verification;
    expect(verification.analysisTemplates).toEqual([{ name: 'slo-gate' }]);
    expectArgsDeclared('slo-gate', verification.args);
  });
});
