/**
 * The hook's pure parts: the termination message, the Pushgateway metrics of a report, Argo CD's
 * managed-resources answer, and the settings read from the Job's environment.
 */
import { loadDocuments } from '../../src/manifests/load.js';
import { parseManagedResources } from '../../src/argocd/managed-resources.js';
import { parseManifestResponse } from '../../src/argocd/manifests.js';
import { argoCdBaseUrl, managedResourcesUrl, manifestsUrl } from '../../src/argocd/client.js';
import { withArgoCdLiveObjects } from '../../src/argocd/live.js';
import { emptyLiveState } from '../../src/cluster/types.js';
import { hookSettingsFromEnv } from '../../src/entry/hook-env.js';
import { loadSchemaCheck } from '../../src/entry/schema-check.js';
import { UsageError } from '../../src/errors.js';
import { resolveEventTarget, withLiveResults } from '../../src/gate/hook.js';
import type { Report, SloResult } from '../../src/model/index.js';
import { gateMetricsRegistry, groupingKey, pushUrl, redactUrl } from '../../src/sinks/pushgateway.js';
import {
  terminationMessage,
  truncateUtf8,
  TERMINATION_MESSAGE_MAX_BYTES,
} from '../../src/sinks/termination.js';

const AT = '2023-11-14T22:13:00Z'; // 1699999980 s

function slo(overrides: Partial<SloResult>): SloResult {
  return {
    name: 'shop',
    objective: 0.999,
    window: '30d',
    status: 'pass',
    errorBudgetRemaining: 0.8,
    burnRates: {},
    exhaustsIn: null,
    reasons: [],
    queries: [],
    ...overrides,
  };
}

function report(overrides: Partial<Report>): Report {
  return { version: 1, verdict: 'pass', evaluatedAt: AT, slos: [], findings: [], hints: [], ...overrides };
}

const BLOCKED = report({
  verdict: 'block',
  slos: [
    slo({
      status: 'block',
      errorBudgetRemaining: -19,
      burnRates: { '5m': 20, '1h': 20, '30d': null },
      reasons: ['burn rate 20x over 1h and 20x over 5m exceeds 14.4x'],
    }),
  ],
  findings: [
    {
      ruleId: 'sts-immutable-field-change',
      severity: 'error',
      file: 'argocd:shop',
      line: 3,
      column: 1,
      resource: 'StatefulSet/shop/db',
      message: 'spec.serviceName changes from db to db-headless',
    },
  ],
  hints: [{ id: 'pod-crashloop', title: '2 pods of Deployment shop/web in CrashLoopBackOff', evidence: [] }],
});

describe('terminationMessage', () => {
  it('says the sync is stopped, why (SLO reason, error finding) and the first hint, on one line', () => {
    expect(terminationMessage(BLOCKED, { mode: 'enforce', exitCode: 1 })).toBe(
      'slo-gate blocked, the sync is stopped: shop burn rate 20x over 1h and 20x over 5m exceeds 14.4x; 1 error finding' +
        ' | sts-immutable-field-change StatefulSet/shop/db: spec.serviceName changes from db to db-headless' +
        ' | hint: 2 pods of Deployment shop/web in CrashLoopBackOff',
    );
  });

  it('says when the sync goes on: pass, warn, advisory', () => {
    expect(terminationMessage(report({}), { mode: 'enforce', exitCode: 0 })).toBe(
      'slo-gate passed: every SLO and manifest check passed',
    );
    const warned = report({
      verdict: 'warn',
      slos: [slo({ status: 'warn', reasons: ['budget left 20% < 25%'] })],
    });
    expect(terminationMessage(warned, { mode: 'enforce', exitCode: 0 })).toBe(
      'slo-gate warned (the sync goes on): shop budget left 20% < 25%',
    );
    expect(terminationMessage(BLOCKED, { mode: 'advisory', exitCode: 0 })).toMatch(
      /^slo-gate blocked \(mode: advisory, the sync goes on\): /,
    );
  });

  it('stays one line of at most 4096 bytes however long the reasons are', () => {
    const long = report({
      ...BLOCKED,
      findings: Array.from({ length: 50 }, (_, i) => ({
        ...BLOCKED.findings[0]!,
        message: `line one ${'é'.repeat(1000)}\nline two ${i}`,
      })),
    });
    const message = terminationMessage(long, { mode: 'enforce', exitCode: 1 });
    expect(Buffer.byteLength(message, 'utf8')).toBeLessThanOrEqual(TERMINATION_MESSAGE_MAX_BYTES);
    expect(message).not.toMatch(/[\r\n]/);
    expect(message.endsWith('…')).toBe(true);
  });

  it('cuts UTF-8 at a character boundary', () => {
    // 'é' is 2 bytes, '…' 3: 5 bytes hold one 'é' and the ellipsis.
    expect(truncateUtf8('ééé', 5)).toBe('é…');
    expect(truncateUtf8('ééé', 6)).toBe('ééé');
  });
});

describe('Pushgateway metrics', () => {
  it('writes the four gate metrics in the text exposition format, without samples for missing data', async () => {
    const registry = gateMetricsRegistry(BLOCKED);
    const text = await registry.metrics();
    const samples = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(samples).toEqual([
      'slo_gate_decision 2',
      'slo_gate_error_budget_remaining_ratio{slo="shop"} -19',
      'slo_gate_burn_rate{slo="shop",window="5m"} 20',
      'slo_gate_burn_rate{slo="shop",window="1h"} 20',
      'slo_gate_last_run_timestamp_seconds 1699999980',
    ]);
    expect(text).toContain('# TYPE slo_gate_decision gauge');
    expect(registry.contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
  });

  it('encodes pass 0, warn 1, block 2', async () => {
    const value = async (verdict: Report['verdict']) =>
      (await gateMetricsRegistry(report({ verdict })).getSingleMetricAsString('slo_gate_decision'))
        .split('\n')
        .at(-1);
    expect([await value('pass'), await value('warn'), await value('block')]).toEqual([
      'slo_gate_decision 0',
      'slo_gate_decision 1',
      'slo_gate_decision 2',
    ]);
  });

  it('groups by app and namespace only, leaving out what cannot be routed', () => {
    expect(groupingKey({ app: 'shop', namespace: 'shop-prod' })).toEqual({
      app: 'shop',
      namespace: 'shop-prod',
    });
    expect(groupingKey({ app: undefined, namespace: 'shop' })).toEqual({ namespace: 'shop' });
    expect(groupingKey({ app: 'team/shop', namespace: '' })).toEqual({});
  });

  it('pushes to job/app/namespace under a path prefix, URL credentials as a Basic header', () => {
    expect(
      pushUrl({
        url: 'http://user:s3cret@pushgateway:9091/prefix/',
        grouping: { app: 'shop', namespace: 'prod' },
      }),
    ).toEqual({
      url: 'http://pushgateway:9091/prefix/metrics/job/slo-gate/app/shop/namespace/prod',
      // base64 of "user:s3cret"
      authorization: 'Basic dXNlcjpzM2NyZXQ=',
    });
    expect(pushUrl({ url: 'http://pushgateway:9091', grouping: { namespace: 'a b' } })).toEqual({
      url: 'http://pushgateway:9091/metrics/job/slo-gate/namespace/a%20b',
      authorization: undefined,
    });
  });

  it('never prints credentials of the URL', () => {
    expect(redactUrl('http://user:s3cret@pushgateway:9091/prefix')).toBe('http://pushgateway:9091/prefix');
  });
});

describe('Argo CD managed resources', () => {
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', annotations: { 'feature.example.com/enabled': 'yes' } },
    spec: { replicas: 2 },
  };
  const liveDeployment = { ...deployment, status: { replicas: 2 } };
  const answer = {
    items: [
      {
        group: 'apps',
        kind: 'Deployment',
        namespace: 'shop',
        name: 'web',
        targetState: JSON.stringify(deployment),
        liveState: JSON.stringify(liveDeployment),
        normalizedLiveState: JSON.stringify(liveDeployment),
        predictedLiveState: JSON.stringify(deployment),
        modified: true,
      },
      // To be created: no live state yet.
      {
        kind: 'Service',
        namespace: 'shop',
        name: 'web',
        targetState: JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } }),
        liveState: 'null',
      },
      // To be pruned: no target state.
      {
        kind: 'ConfigMap',
        namespace: 'shop',
        name: 'old',
        targetState: 'null',
        liveState: '{"kind":"ConfigMap"}',
      },
      // The live hook of an earlier sync: no target, marked as a hook (not part of the release).
      {
        kind: 'Job',
        namespace: 'shop',
        name: 'slo-gate',
        hook: true,
        targetState: 'null',
        liveState: '{"kind":"Job"}',
      },
      { kind: 'Secret', namespace: 'shop', name: 'broken', targetState: '{not json' },
    ],
  };

  it('reads targetState and liveState from their JSON strings, "null" as absent', () => {
    const parsed = parseManagedResources(answer);
    expect(parsed.resources.map((r) => [r.kind, r.name, Boolean(r.target), Boolean(r.live), r.hook])).toEqual(
      [
        ['Deployment', 'web', true, true, false],
        ['Service', 'web', true, false, false],
        ['ConfigMap', 'old', false, true, false],
        ['Job', 'slo-gate', false, true, true],
        ['Secret', 'broken', false, false, false],
      ],
    );
    expect(parsed.problems).toEqual(['Secret shop/broken: targetState is not a JSON object']);
    expect(parsed.resources.map((r) => r.live)).toEqual([
      liveDeployment,
      undefined,
      { kind: 'ConfigMap' },
      { kind: 'Job' },
      undefined,
    ]);
  });

  it('an application without resources answers {}', () => {
    expect(parseManagedResources({})).toEqual({ resources: [], problems: [] });
  });

  it("gives /manifests' documents (no hooks) to the manifest loader as the objects Argo CD sent", () => {
    const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } };
    const hookJob = (annotation: string) => ({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: annotation.split('/')[0], annotations: { [annotation]: 'PreSync' } },
    });
    const parsed = parseManifestResponse({
      manifests: [
        JSON.stringify(deployment),
        JSON.stringify(hookJob('argocd.argoproj.io/hook')),
        JSON.stringify(service),
        JSON.stringify(hookJob('helm.sh/hook')),
        '{not json',
      ],
      revision: '',
    });
    expect(parsed.problems).toEqual(['manifest 5 is not a JSON object']);
    const { resources, findings } = loadDocuments(parsed.documents, 'argocd:shop', {
      defaultNamespace: 'shop',
    });
    expect(findings).toEqual([]);
    expect(resources.map((r) => r.id)).toEqual(['Deployment/shop/web', 'Service/shop/web']);
    // Never re-read as YAML: "yes" stays the string Argo CD sent, not go-yaml's boolean.
    expect(resources[0]!.object).toEqual(deployment);
    expect(resources.map((r) => r.file)).toEqual(['argocd:shop', 'argocd:shop']);
    expect(parseManifestResponse({})).toEqual({ documents: [], problems: [] });
  });

  it("asks /manifests for the sync's revision: one source by revision, several by position", () => {
    const options = { server: 'argocd.example.com', app: 'shop' };
    expect(manifestsUrl(options, { revision: 'a1b2c3d', from: 'status.operationState.operation.sync' })).toBe(
      'https://argocd.example.com/api/v1/applications/shop/manifests?revision=a1b2c3d',
    );
    expect(
      manifestsUrl(
        { ...options, appNamespace: 'team-a' },
        { revisions: ['a1b2c3d', '1.2.0'], from: 'status.sync' },
      ),
    ).toBe(
      'https://argocd.example.com/api/v1/applications/shop/manifests?appNamespace=team-a&sourcePositions=1&revisions=a1b2c3d&sourcePositions=2&revisions=1.2.0',
    );
    expect(manifestsUrl(options, { from: 'none' })).toBe(
      'https://argocd.example.com/api/v1/applications/shop/manifests',
    );
  });

  it('assumes HTTPS for a bare host, as the argocd CLI does, and asks for the app namespace only when given', () => {
    expect(argoCdBaseUrl('argocd-server.argocd.svc')).toBe('https://argocd-server.argocd.svc');
    expect(argoCdBaseUrl('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    expect(managedResourcesUrl({ server: 'argocd.example.com', app: 'shop' })).toBe(
      'https://argocd.example.com/api/v1/applications/shop/managed-resources',
    );
    expect(managedResourcesUrl({ server: 'argocd.example.com', app: 'shop', appNamespace: 'team-a' })).toBe(
      'https://argocd.example.com/api/v1/applications/shop/managed-resources?appNamespace=team-a',
    );
  });
});

describe('hook settings from the environment', () => {
  it('has the in-cluster defaults', () => {
    const settings = hookSettingsFromEnv({});
    expect(settings).toMatchObject({
      config: '/etc/slo-gate/slo-gate.yaml',
      format: 'text',
      failOn: 'block',
      terminationLog: '/dev/termination-log',
      eventTarget: 'job',
      annotate: { deployments: false, application: false },
      argocd: { appNamespace: 'argocd' },
    });
    expect(settings.manifests).toBeUndefined();
    expect(settings.argocd.app).toBeUndefined();
  });

  it('names the environment variable in the fix for a missing config', async () => {
    const { runGate } = await import('../../src/gate/run.js');
    const settings = hookSettingsFromEnv({ SLO_GATE_CONFIG: '/nonexistent/slo-gate.yaml' });
    await expect(
      runGate({
        configFile: settings.config,
        configSetting: settings.configSetting,
        scope: 'check',
        log: () => {},
        loadSchemaCheck,
      }),
    ).rejects.toThrow(
      'fix: create it, or name the config file with SLO_GATE_CONFIG (default /etc/slo-gate/slo-gate.yaml',
    );
  });

  it('reads the Job environment; empty values count as unset', () => {
    const settings = hookSettingsFromEnv({
      SLO_GATE_MANIFESTS: '/etc/slo-gate/manifests:/extra,/more',
      POD_NAMESPACE: 'shop',
      POD_NAME: 'slo-gate-x7k2p',
      JOB_NAME: 'slo-gate',
      JOB_UID: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      ARGOCD_APP_NAME: 'shop',
      ARGOCD_SERVER: '',
      ARGOCD_AUTH_TOKEN: 'tok',
      ARGOCD_INSECURE: 'true',
      PUSHGATEWAY_URL: 'http://pushgateway:9091',
      SLO_GATE_ANNOTATE: 'deployments, application',
      SLO_GATE_FAIL_ON: 'warn',
    });
    expect(settings.manifests).toEqual(['/etc/slo-gate/manifests', '/extra', '/more']);
    expect(settings.namespace).toBe('shop');
    expect(settings.pod).toEqual({ name: 'slo-gate-x7k2p', namespace: 'shop' });
    expect(settings.job).toEqual({ name: 'slo-gate', uid: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' });
    expect(settings.argocd).toMatchObject({ app: 'shop', server: undefined, token: 'tok', insecure: true });
    expect(settings.annotate).toEqual({ deployments: true, application: true });
    expect(settings.failOn).toBe('warn');
  });

  it('rejects a value it cannot use with one line naming the variable and the fix', () => {
    expect(() => hookSettingsFromEnv({ SLO_GATE_FORMAT: 'yaml' })).toThrow(UsageError);
    expect(() => hookSettingsFromEnv({ SLO_GATE_FORMAT: 'yaml' })).toThrow(
      'SLO_GATE_FORMAT="yaml" is not one of text, json, markdown, sarif — fix: set SLO_GATE_FORMAT to one of text, json, markdown, sarif',
    );
    expect(() => hookSettingsFromEnv({ SLO_GATE_ANNOTATE: 'pods' })).toThrow(
      /SLO_GATE_ANNOTATE names "pods"/,
    );
  });
});

describe('the Event target', () => {
  const base = hookSettingsFromEnv({ POD_NAMESPACE: 'shop', POD_NAME: 'slo-gate-hx7wq' });
  const warnings: string[] = [];
  const resolve = (eventTarget: string, extra: Partial<typeof base> = {}) =>
    resolveEventTarget({ ...base, eventTarget, ...extra }, (m) => warnings.push(m));

  beforeEach(() => (warnings.length = 0));

  it("is the hook's Job, with its uid from the downward API", () => {
    expect(resolve('job', { job: { name: 'slo-gate', uid: 'u-1' } })).toEqual({
      apiVersion: 'batch/v1',
      kind: 'Job',
      namespace: 'shop',
      name: 'slo-gate',
      uid: 'u-1',
    });
  });

  it('falls back to the pod without JOB_NAME', () => {
    expect(resolve('job')).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      namespace: 'shop',
      name: 'slo-gate-hx7wq',
    });
  });

  it("is the Application in Argo CD's namespace, or nothing (with a warning) without ARGOCD_APP_NAME", () => {
    expect(resolve('application', { argocd: { ...base.argocd, app: 'shop' } })).toEqual({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      namespace: 'argocd',
      name: 'shop',
    });
    expect(resolve('application')).toBeUndefined();
    expect(warnings).toEqual([
      'the Event target is the Argo CD Application, but ARGOCD_APP_NAME is not set: no Event',
    ]);
  });

  it('is any object named Kind/namespace/name, or none', () => {
    expect(resolve('Deployment/shop/web')).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      namespace: 'shop',
      name: 'web',
    });
    expect(resolve('none')).toBeUndefined();
    expect(() => resolve('Widget/shop/web')).toThrow(UsageError);
    expect(() => resolve('shop')).toThrow(
      /event target "shop" is not job, application, none or Kind\/namespace\/name/,
    );
  });
});

describe('live results in the report', () => {
  const liveFinding = { ...BLOCKED.findings[0]! };

  it('an error finding from the live state blocks a passing report; notes become one hint', () => {
    const passed = report({ slos: [slo({})] });
    const merged = withLiveResults(
      passed,
      [liveFinding],
      [],
      ['skipped pods in shop: forbidden (needs list on pods in namespace shop)'],
    );
    expect(merged.verdict).toBe('block');
    expect(merged.findings).toEqual([liveFinding]);
    expect(merged.hints).toEqual([
      {
        id: 'live-signals-incomplete',
        title: '1 source could not be read: root-cause hints may be missing',
        evidence: [
          '1 source could not be read: root-cause hints may be missing',
          'skipped pods in shop: forbidden (needs list on pods in namespace shop)',
        ],
      },
    ]);
  });

  it('a warning finding does not lower a block, an info changes nothing', () => {
    expect(withLiveResults(BLOCKED, [{ ...liveFinding, severity: 'warning' }], [], []).verdict).toBe('block');
    expect(withLiveResults(report({}), [{ ...liveFinding, severity: 'info' }], [], []).verdict).toBe('pass');
    expect(withLiveResults(report({}), [{ ...liveFinding, severity: 'warning' }], [], []).verdict).toBe(
      'warn',
    );
  });
});

describe('live objects from Argo CD', () => {
  const liveSts = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db', namespace: 'shop', creationTimestamp: '2026-01-01T00:00:00Z' },
    spec: { serviceName: 'db' },
  };
  const managed = (kind: string, name: string, live?: Record<string, unknown>) => ({
    group: 'apps',
    kind,
    namespace: 'shop',
    name,
    hook: false,
    ...(live ? { live } : {}),
  });

  it('fill in what the reader was denied, typed as client-node types them, and mark the kind known', () => {
    const state = emptyLiveState(['shop']);
    state.unreadable.add('statefulsets/shop').add('ingresses/*');
    const { state: merged, added } = withArgoCdLiveObjects(state, [
      managed('StatefulSet', 'db', liveSts),
      managed('Ingress', 'web'),
    ]);
    expect(added).toEqual(['StatefulSet shop/db']);
    expect(merged.statefulSets).toHaveLength(1);
    expect(merged.statefulSets[0]!.metadata!.creationTimestamp).toEqual(new Date('2026-01-01T00:00:00Z'));
    // The Application's StatefulSets are all known now; other namespaces' Ingresses are not.
    expect([...merged.unreadable]).toEqual(['ingresses/*']);
    // The reader's snapshot is not changed.
    expect([...state.unreadable]).toEqual(['statefulsets/shop', 'ingresses/*']);
  });

  it("leave out the live hooks Argo CD lists with the application's resources", () => {
    const liveHookService = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'migrate', namespace: 'shop' },
    };
    const { state: merged, added } = withArgoCdLiveObjects(emptyLiveState(['shop']), [
      { ...managed('Service', 'migrate', liveHookService), group: '', hook: true },
    ]);
    expect(added).toEqual([]);
    expect(merged.services).toEqual([]);
  });

  it('never replace what the cluster reader returned', () => {
    const state = emptyLiveState(['shop']);
    const fromReader = { metadata: { name: 'db', namespace: 'shop' }, spec: { serviceName: 'db-reader' } };
    state.statefulSets.push(fromReader as never);
    const { state: merged, added } = withArgoCdLiveObjects(state, [managed('StatefulSet', 'db', liveSts)]);
    expect(added).toEqual([]);
    expect(merged.statefulSets).toEqual([fromReader]);
  });
});
