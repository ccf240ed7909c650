/**
 * The Argo CD PreSync hook run: the gate (SLOs from Prometheus + the manifests of the sync), the live
 * cluster read for root-cause hints and live-only findings, the release correlation, and then the
 * results written where an Argo CD operator looks: stdout (the Job's logs), the termination message,
 * a Kubernetes Event, optional annotations, and the Pushgateway. Only the verdict decides the exit
 * code; a sink that fails warns and changes nothing. The termination message (a file) is written
 * first; the network writes follow together, each with a short timeout, all ending
 * RESULTS_ALLOWANCE_SECONDS after the run's deadline, so the hook ends before its Job's.
 *
 * Manifests come from Argo CD when ARGOCD_APP_NAME and ARGOCD_SERVER are set and the API answers:
 * the Application's sync operation names the revision being synced (status.operationState, e.g.
 * `argocd app sync --revision X` or a rollback), and `/manifests?revision=X` renders exactly that
 * revision, checked as the source `argocd:<app>`. Live objects come from `/managed-resources`,
 * whose targets (the controller's cache of its last refresh) may be another revision and are not
 * checked. Without Argo CD: the mounted paths (--manifests, else the config's manifests.paths).
 */
import { existsSync } from 'node:fs';
import type { KubeConfig } from '@kubernetes/client-node';
import { describeRevision } from '../argocd/application.js';
import {
  ArgoCdError,
  fetchApplication,
  fetchManagedResources,
  fetchManifests,
  type ArgoCdOptions,
} from '../argocd/client.js';
import { withArgoCdLiveObjects } from '../argocd/live.js';
import type { KubeObject, ManagedResource } from '../argocd/managed-resources.js';
import { loadKubeConfig as loadDefaultKubeConfig } from '../cluster/kubeconfig.js';
import { type DnsServer, probeClusterDns } from '../cluster/dns.js';
import { readLiveState, unreadLiveState } from '../cluster/read.js';
import type { LiveState } from '../cluster/types.js';
import {
  annotateApplication,
  annotateDeployments,
  noticeForVerdict,
  readApplicationUid,
  recordEvent,
  type EventTarget,
} from '../cluster/write.js';
import { UsageError } from '../errors.js';
import { registerUrlCredentials } from '../text/redact.js';
import { bundleWorkloads, liveFindings, liveHints, type WorkloadRef } from '../hints/live/index.js';
import type { ManifestSource } from '../manifests/sources.js';
import { validateOptionsFor, type SchemaCheck } from '../manifests/validate.js';
import {
  exitCodeFor,
  type Bundle,
  type Finding,
  type Hint,
  type NetpolDiffReport,
  type Report,
  type Verdict,
} from '../model/index.js';
import { verdictReason } from '../report/annotations.js';
import { render, type Format } from '../report/index.js';
import { renderDiffText } from '../report/netpol.js';
import { writeReport } from '../sinks/output.js';
import { pushGateMetrics } from '../sinks/pushgateway.js';
import {
  DEFAULT_TERMINATION_LOG,
  TERMINATION_MESSAGE_MAX_BYTES,
  terminationMessage,
  truncateUtf8,
  writeTerminationMessage,
} from '../sinks/termination.js';
import { combineVerdict } from '../slo/evaluate.js';
import type { Diagnosis } from '../hints/cause.js';
import { releaseCorrelationHints } from './burn-start.js';
import { findingAction } from './check.js';
import { HOOK_MAX_DURATION_SECONDS, resultsSignal, startDeadline, type RunDeadline } from './deadline.js';
import { readDiagnosis } from './diagnosis.js';
import { LIVE_BASELINE, liveBaselineGap, netpolAgainstLive } from './netpol.js';
import { manifestsRelativeToConfig, runGate, type GateRun } from './run.js';

/** Everything the hook needs, as plain data (from the environment, or `slo-gate hook`'s flags). */
export interface HookSettings {
  config: string;
  /** How the config is named where the hook was started, for messages (default: --config FILE). */
  configSetting?: string;
  at?: string;
  prometheusUrl?: string;
  manifests?: string[];
  /** Namespace of manifests that name none: the Job's own (the Application's destination). */
  namespace?: string;
  strictReferences?: boolean;
  format: Format;
  output?: string;
  failOn: 'block' | 'warn';
  verbose?: boolean;
  /** The run's deadline in seconds (default HOOK_MAX_DURATION_SECONDS, below the Job's own). */
  maxDurationSeconds?: number;
  argocd: {
    app?: string;
    appNamespace: string;
    server?: string;
    token?: string;
    tokenFile?: string;
    insecure?: boolean;
    caFile?: string;
  };
  terminationLog: string;
  pushgateway?: string;
  /** job | application | none | Kind/namespace/name */
  eventTarget: string;
  annotate: { deployments: boolean; application: boolean };
  pod: { name?: string; namespace?: string };
  job: { name?: string; uid?: string };
  /** Cluster DNS lookups: the server to ask (default: the pod's nameserver), or off. */
  dns?: { server?: DnsServer | 'off'; resolvConf?: string };
}

export type { WorkloadRef } from '../hints/live/index.js';

export interface HookRun extends GateRun {
  /** Kubernetes credentials, when any were found. */
  kubeConfig?: KubeConfig;
  bundle?: Bundle;
  workloads: WorkloadRef[];
  /** What could not be read or written ("skipped pods in shop: forbidden ..."), also logged. */
  notes: string[];
  /** The Application's uid from the Argo CD API, when it answered. */
  applicationUid?: string;
  /** The run's deadline; the results' writes end a short allowance after it. */
  deadline?: RunDeadline;
}

export interface HookDependencies {
  log: (message: string) => void;
  /** Verbose progress (manifests read, each SLO done); none when undefined. */
  progress?: (message: string) => void;
  /** Kubernetes credentials; default: client-node's loadFromDefault (KUBECONFIG, ~/.kube/config, in-cluster). */
  loadKubeConfig?: () => KubeConfig | undefined;
  /** The manifests' schema check, called only when there are manifests to validate. */
  loadSchemaCheck: () => Promise<SchemaCheck>;
}

/** The hook from settings to exit code: run, then every sink. */
export async function hook(settings: HookSettings, deps: HookDependencies): Promise<number> {
  // Registered where the settings are loaded: no message before the push may show them either.
  registerUrlCredentials(settings.pushgateway);
  let run: HookRun;
  let eventTarget: EventTarget | undefined;
  try {
    // Settled first: a mistake in it is the user's, and must not surface after the verdict.
    eventTarget = resolveEventTarget(settings, (m) => deps.log(`warning: ${m}`));
    run = await runHook(settings, deps);
  } catch (error) {
    // The gate could not run at all (its own config is wrong): say so where Argo CD users look.
    if (error instanceof UsageError) {
      await writeTerminationMessage(
        settings.terminationLog,
        truncateUtf8(`slo-gate could not run: ${error.message}`, TERMINATION_MESSAGE_MAX_BYTES),
        (m) => deps.log(`warning: ${m}`),
      );
    }
    throw error;
  }
  return publishHookResults(run, settings, deps.log, eventTarget);
}

// ---------------------------------------------------------------------------------------------------
// The run

export async function runHook(settings: HookSettings, deps: HookDependencies): Promise<HookRun> {
  const { log } = deps;
  // Started first: reading Argo CD counts against the Job's deadline too.
  const deadline = startDeadline(settings.maxDurationSeconds ?? HOOK_MAX_DURATION_SECONDS);
  const notes: string[] = [];
  const note = (message: string) => {
    notes.push(message);
    log(`note: ${message}`);
  };

  const argo = await readArgoCd(settings, log, note);
  // Argo CD's documents are checked as they are, under the Application's name.
  const argoSources: ManifestSource[] | undefined =
    argo && argo.targets.length > 0
      ? [{ kind: 'documents', name: `argocd:${settings.argocd.app}`, documents: argo.targets }]
      : undefined;
  const gate = await runGate({
    configFile: settings.config,
    configSetting: settings.configSetting,
    scope: 'check',
    diffsLiveNetpol: true,
    at: settings.at,
    prometheusUrl: settings.prometheusUrl,
    manifests: settings.manifests,
    manifestSources: argoSources,
    namespace: settings.namespace,
    strictReferences: settings.strictReferences,
    log,
    verbose: settings.verbose,
    progress: deps.progress,
    loadSchemaCheck: deps.loadSchemaCheck,
    deadline,
  });
  const validate = validateOptionsFor(manifestsRelativeToConfig(gate.config), {
    namespace: settings.namespace,
  });
  const bundle = gate.bundle;
  if (!bundle) log('no manifests to check: the SLOs and the live state decide');

  const namespaces = scopeNamespaces(bundle, validate.defaultNamespace);
  const kubeConfig = loadKubeConfig(deps, note);
  const liveNetpol = gate.config.network?.baseline === LIVE_BASELINE;
  let state = kubeConfig
    ? await readLiveState(
        kubeConfig,
        { namespaces, networkPolicies: liveNetpol },
        // Its own cap or the time left of the run, whichever ends first.
        { log, runDeadline: deadline },
      )
    : unreadLiveState(namespaces);
  if (argo && argo.resources.length > 0) {
    const merged = withArgoCdLiveObjects(state, argo.resources);
    state = merged.state;
    if (merged.added.length > 0 && settings.verbose)
      log(`live objects from Argo CD: ${merged.added.join(', ')}`);
  }
  for (const message of state.notes) note(message);
  const workloads = workloadsOf(bundle);
  // Two independent reads at once, each bounded: DNS lookups as the release's pods will make them (one
  // DNS timeout, all names together), and logs and metrics of the failing workloads (their budget and
  // the run's deadline).
  const [, { diagnosis, notes: diagnosisNotes }] = await Promise.all([
    settings.dns?.server !== 'off' && !deadline.signal.aborted
      ? probeClusterDns(
          state,
          (bundle?.ofKind('Service') ?? []).map((s) => ({ namespace: s.namespace, name: s.name })),
          { server: settings.dns?.server, resolvConf: settings.dns?.resolvConf, log },
        )
      : undefined,
    judgeSafely<Promise<{ diagnosis?: Diagnosis; notes: string[] }>>(
      () =>
        readDiagnosis({
          kubeConfig,
          state,
          scope: { bundle, workloads, now: gate.at },
          client: gate.client,
          at: gate.at,
          hints: gate.config.hints,
          deadline,
        }),
      note,
      { diagnosis: undefined, notes: [] },
    ),
  ]);
  for (const message of diagnosisNotes) note(message);
  const live = judgeSafely(() => judgeLiveState(state, bundle, workloads, gate, diagnosis), note, {
    hints: [],
    findings: [],
  });
  const releaseHints = await judgeSafely(() => correlateReleases(gate, state, workloads, log), note, []);
  const netpol =
    liveNetpol && bundle
      ? await diffAgainstLive(gate, bundle, state, kubeConfig, validate.defaultNamespace, note, log)
      : undefined;
  const gateReport: Report = netpol
    ? { ...gate.report, netpol, verdict: combineVerdict([gate.report.verdict, netpol.verdict]) }
    : gate.report;
  const report = withLiveResults(gateReport, live.findings, [...live.hints, ...releaseHints], notes);
  return { ...gate, report, kubeConfig, bundle, workloads, notes, applicationUid: argo?.uid, deadline };
}

/**
 * network.baseline: live — the connections the release cuts from what the cluster runs today; a
 * baseline the hook could not read fully is a note, never a pass that checked nothing.
 */
async function diffAgainstLive(
  gate: GateRun,
  bundle: Bundle,
  state: LiveState,
  kubeConfig: KubeConfig | undefined,
  defaultNamespace: string,
  note: (m: string) => void,
  log: (m: string) => void,
): Promise<NetpolDiffReport | undefined> {
  const gap = kubeConfig ? liveBaselineGap(state) : 'no Kubernetes credentials';
  if (gap) {
    note(`NetworkPolicy diff not checked: ${gap}`);
    return undefined;
  }
  const network = gate.config.network!;
  // Asked at the run's time through the run's client: bounded by the same deadline as the SLOs.
  const observed = network.observed ? await gate.observedTraffic() : undefined;
  const netpol = await netpolAgainstLive(
    network,
    bundle,
    state,
    defaultNamespace,
    gate.config.file,
    observed,
  );
  if (netpol.verdict !== 'pass') log(renderDiffText(netpol).trimEnd());
  return netpol;
}

interface ArgoCdAnswer {
  /** The Application's uid. */
  uid?: string;
  /** The non-hook manifests of the sync's revision, in Argo CD's order (none when it renders none). */
  targets: KubeObject[];
  /** Every managed resource but the hooks, with its live object when it exists. */
  resources: ManagedResource[];
}

/**
 * The manifests of the revision being synced and the live objects, or undefined (with a note) when
 * Argo CD is not configured or the Application or its manifests cannot be read.
 */
async function readArgoCd(
  settings: HookSettings,
  log: (m: string) => void,
  note: (m: string) => void,
): Promise<ArgoCdAnswer | undefined> {
  const { app, server } = settings.argocd;
  if (!app || !server) return undefined;
  const options: ArgoCdOptions = {
    server,
    app,
    // Only for Applications outside Argo CD's own namespace ("apps in any namespace").
    appNamespace: settings.argocd.appNamespace !== 'argocd' ? settings.argocd.appNamespace : undefined,
    token: settings.argocd.token,
    tokenFile: settings.argocd.tokenFile,
    insecure: settings.argocd.insecure,
    caFile: settings.argocd.caFile,
  };
  let uid: string | undefined;
  let targets: KubeObject[];
  try {
    const application = await fetchApplication(options);
    uid = application.uid;
    const revision = application.syncRevision;
    const manifests = await fetchManifests(options, revision);
    for (const problem of manifests.problems) note(`Argo CD manifest skipped: ${problem}`);
    targets = manifests.documents;
    log(
      `checking the manifests of revision ${describeRevision(revision)} of Application ${app} (${revision.from})`,
    );
  } catch (error) {
    if (!(error instanceof ArgoCdError)) throw error;
    const fallback = settings.manifests?.length
      ? 'checked the mounted manifests instead'
      : 'checked manifests.paths of the config instead';
    note(`${error.message}; ${fallback}`);
    return undefined;
  }
  // Live state only: the targets there are the controller's cache, possibly of another revision.
  let resources: ManagedResource[] = [];
  try {
    const parsed = await fetchManagedResources(options);
    for (const problem of parsed.problems) note(`Argo CD managed resource skipped: ${problem}`);
    resources = parsed.resources.filter((r) => !r.hook);
  } catch (error) {
    if (!(error instanceof ArgoCdError)) throw error;
    note(`${error.message}; no live objects from Argo CD`);
  }
  return { uid, targets, resources };
}

/** The namespaces the release touches; the Job's own when the bundle names none. */
export function scopeNamespaces(bundle: Bundle | undefined, defaultNamespace: string): string[] {
  const namespaces = [...(bundle?.namespaces() ?? [])].filter(Boolean).sort();
  return namespaces.length > 0 ? namespaces : [defaultNamespace];
}

/**
 * The release's workloads (those of the bundle); empty without a bundle, which the live hints and
 * the release correlation read as "every workload of the namespaces read".
 */
function workloadsOf(bundle: Bundle | undefined): WorkloadRef[] {
  return bundle ? bundleWorkloads(bundle) : [];
}

/** Credentials, or undefined with a note: the gate then decides from Prometheus and the manifests. */
function loadKubeConfig(deps: HookDependencies, note: (m: string) => void): KubeConfig | undefined {
  try {
    const kubeConfig = (deps.loadKubeConfig ?? defaultKubeConfig)();
    if (!kubeConfig)
      note(
        'no Kubernetes credentials (no KUBECONFIG, ~/.kube/config or in-cluster service account): live signals skipped',
      );
    return kubeConfig;
  } catch (error) {
    note(
      `cannot load Kubernetes credentials (${error instanceof Error ? error.message : String(error)}): live signals skipped`,
    );
    return undefined;
  }
}

function defaultKubeConfig(): KubeConfig | undefined {
  const kubeConfig = loadDefaultKubeConfig();
  // loadFromDefault falls back to an unauthenticated http://localhost:8080 when it finds nothing.
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster || (cluster.name === 'cluster' && cluster.server === 'http://localhost:8080'))
    return undefined;
  return kubeConfig;
}

/**
 * The live judgement, or `fallback` with a note if an object of a shape the hints do not expect
 * trips them: the hints explain a verdict, and a crash among them must not fail a sync that passed.
 */
function judgeSafely<T>(judge: () => T, note: (m: string) => void, fallback: Awaited<T>): T | Awaited<T> {
  const failed = (error: unknown) => {
    note(
      `live signals not checked: an object of an unexpected shape (${error instanceof Error ? error.message : String(error)})`,
    );
    return fallback;
  };
  try {
    const result = judge();
    return result instanceof Promise ? (result.catch(failed) as T) : result;
  } catch (error) {
    return failed(error);
  }
}

/** Root-cause hints for the workloads, and the findings only the live state can show. */
function judgeLiveState(
  state: LiveState,
  bundle: Bundle | undefined,
  workloads: WorkloadRef[],
  gate: GateRun,
  diagnosis: Diagnosis | undefined,
): { hints: Hint[]; findings: Finding[] } {
  return {
    hints: liveHints(state, { bundle, workloads, now: gate.at, diagnosis }),
    // The config's severities and the resources' slo-gate.dev/ignore annotations apply as to every rule.
    findings: bundle ? liveFindings(state, bundle, gate.config.manifests.rules) : [],
  };
}

/** "burn began 4 min after revision shop-7d9f rolled out", for each SLO whose burn-rate alert fires. */
async function correlateReleases(
  gate: GateRun,
  state: LiveState,
  workloads: WorkloadRef[],
  log: (m: string) => void,
): Promise<Hint[]> {
  if (!gate.client) return [];
  return releaseCorrelationHints({
    report: gate.report,
    config: gate.config,
    client: gate.client,
    at: gate.at,
    state,
    workloads,
    log,
  });
}

/** The gate's report with the live findings and hints added, and the verdict they change. */
export function withLiveResults(report: Report, findings: Finding[], hints: Hint[], notes: string[]): Report {
  const allHints = [...report.hints, ...hints];
  if (notes.length > 0) {
    // Evidence repeats the title first, as every hint does (renderers show it from the second line).
    const title = `${notes.length} ${notes.length === 1 ? 'source' : 'sources'} could not be read: root-cause hints may be missing`;
    allHints.push({ id: 'live-signals-incomplete', title, evidence: [title, ...notes] });
  }
  return {
    ...report,
    verdict: combineVerdict([report.verdict, ...findings.map(findingAction)]),
    findings: [...report.findings, ...findings],
    hints: allHints,
  };
}

// ---------------------------------------------------------------------------------------------------
// The sinks

const API_VERSIONS: Record<string, string> = {
  Application: 'argoproj.io/v1alpha1',
  Rollout: 'argoproj.io/v1alpha1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  Job: 'batch/v1',
  Pod: 'v1',
};

/**
 * What the Event is about: the hook's Job (default: its namespace is the hook's, so the Role in
 * hooks/ covers it), the Argo CD Application (needs RBAC in Argo CD's namespace), or any object
 * named as Kind/namespace/name. undefined: no Event.
 */
export function resolveEventTarget(
  settings: HookSettings,
  warn: (m: string) => void,
): EventTarget | undefined {
  const spec = settings.eventTarget.trim();
  const namespace = settings.pod.namespace ?? settings.namespace;
  if (spec === 'none') return undefined;
  if (spec === 'application') {
    if (settings.argocd.app) {
      return { ...appRef(settings), apiVersion: API_VERSIONS.Application! };
    }
    warn('the Event target is the Argo CD Application, but ARGOCD_APP_NAME is not set: no Event');
    return undefined;
  }
  if (spec === 'job') {
    if (settings.job.name && namespace) {
      return {
        apiVersion: 'batch/v1',
        kind: 'Job',
        namespace,
        name: settings.job.name,
        uid: settings.job.uid,
      };
    }
    // Outside a Job (or without JOB_NAME from the downward API): the pod is the next best thing.
    if (settings.pod.name && namespace)
      return { apiVersion: 'v1', kind: 'Pod', namespace, name: settings.pod.name };
    warn('no JOB_NAME/POD_NAME and POD_NAMESPACE to attach the Event to (see hooks/job.yaml): no Event');
    return undefined;
  }
  const match = /^([A-Za-z][A-Za-z0-9]*)\/([a-z0-9-]+)\/([a-z0-9.-]+)$/.exec(spec);
  const apiVersion = match ? API_VERSIONS[match[1]!] : undefined;
  if (!match || !apiVersion) {
    throw new UsageError(`event target "${spec}" is not job, application, none or Kind/namespace/name`, {
      fix: `give one of those; Kind is one of ${Object.keys(API_VERSIONS).join(', ')}`,
    });
  }
  return { apiVersion, kind: match[1]!, namespace: match[2]!, name: match[3]! };
}

function appRef(settings: HookSettings): { kind: string; namespace: string; name: string } {
  return { kind: 'Application', namespace: settings.argocd.appNamespace, name: settings.argocd.app! };
}

export async function publishHookResults(
  run: HookRun,
  settings: HookSettings,
  log: (m: string) => void,
  eventTarget: EventTarget | undefined,
): Promise<number> {
  const warn = (message: string) => log(`warning: ${message}`);
  const { report, config } = run;
  const exitCode = exitCodeFor(report.verdict, { failOn: settings.failOn, mode: config.mode });

  // 1. The termination message, first: a file write, so the reason survives whatever the network does
  // after. It is in the pod's status, which Argo CD shows as the hook pod's health message.
  const line = terminationMessage(report, { mode: config.mode, exitCode });
  // The kubelet creates /dev/termination-log in every container; without it this is no pod (a terminal).
  const outsidePod =
    settings.terminationLog === DEFAULT_TERMINATION_LOG && !existsSync(DEFAULT_TERMINATION_LOG);
  if (!outsidePod) await writeTerminationMessage(settings.terminationLog, line, warn);

  // 2. The report: stdout is the Job's log (`kubectl logs job/...`, the Argo CD UI's Logs tab).
  await writeReport(
    render(report, settings.format, { color: false, advisory: config.mode === 'advisory' }),
    settings.output,
  );
  if (config.mode === 'advisory' && report.verdict !== 'pass')
    log(`verdict ${report.verdict}, not enforced (mode: advisory)`);

  // 3. The network writes, together: the Event and annotations, and the Pushgateway. A hanging API
  // server or Pushgateway costs one short timeout, and no write outlasts the results' allowance.
  const signal = resultsSignal(run.deadline ?? { endsAt: Date.now() });
  const [clusterWarnings, pushWarnings] = await Promise.all([
    writeToCluster(run, settings, eventTarget, line, signal),
    pushMetrics(run, settings, signal),
  ]);
  for (const warning of [...clusterWarnings, ...pushWarnings]) warn(warning);
  return exitCode;
}

/** The Event and the annotations asked for, at once; a warning line for each write that failed. */
async function writeToCluster(
  run: HookRun,
  settings: HookSettings,
  eventTarget: EventTarget | undefined,
  message: string,
  signal: AbortSignal,
): Promise<string[]> {
  const kubeConfig = run.kubeConfig;
  if (!kubeConfig) {
    return eventTarget || settings.annotate.deployments || settings.annotate.application
      ? ['no Kubernetes credentials: no Event and no annotations written']
      : [];
  }
  const verdict: Verdict = run.report.verdict;
  const options = { signal };
  const none = Promise.resolve<(string | undefined)[]>([]);
  // Each write reports its own failure as a line (naming the missing permission); none throws.
  const event = eventTarget
    ? (async () => {
        const target = await withApplicationUid(kubeConfig, eventTarget, run.applicationUid, signal);
        // recordEvent cuts the message to what Events hold (1 KiB); the report has the rest.
        return [await recordEvent(kubeConfig, target, verdict, message, options)];
      })()
    : none;
  const deployments = settings.annotate.deployments
    ? annotateDeployments(
        kubeConfig,
        run.workloads.filter((w) => w.kind === 'Deployment'),
        verdict,
        options,
      )
    : none;
  let application = none;
  if (settings.annotate.application) {
    if (!settings.argocd.app)
      application = Promise.resolve(['--annotate application needs ARGOCD_APP_NAME: not annotated']);
    else {
      // pass clears an earlier run's notice.
      const notice = noticeForVerdict(verdict, verdictReason(run.report));
      application = annotateApplication(
        kubeConfig,
        settings.argocd.appNamespace,
        settings.argocd.app,
        notice,
        options,
      ).then((warning) => [warning]);
    }
  }
  const warnings = (await Promise.all([event, deployments, application])).flat();
  return warnings.filter((w): w is string => w !== undefined).map((w) => `${w}; the verdict stands`);
}

/** The gate metrics to the Pushgateway, when one is set; its warning lines. */
async function pushMetrics(run: HookRun, settings: HookSettings, signal: AbortSignal): Promise<string[]> {
  if (!settings.pushgateway) return [];
  const warnings: string[] = [];
  if (!settings.argocd.app)
    warnings.push(
      'PUSHGATEWAY_URL is set but ARGOCD_APP_NAME is not: every application in this namespace pushes to the same group and overwrites the others (set the slo-gate.dev/argocd-app pod annotation, see hooks/job.yaml)',
    );
  await pushGateMetrics(
    run.report,
    {
      url: settings.pushgateway,
      grouping: { app: settings.argocd.app, namespace: settings.pod.namespace ?? settings.namespace },
    },
    (warning) => warnings.push(warning),
    { signal },
  );
  return warnings;
}

/**
 * Argo CD's Events tab lists an Event only when `involvedObject.uid` is the Application's uid: from
 * the Argo CD API when it answered, else read from the cluster (get on the Application).
 */
async function withApplicationUid(
  kubeConfig: KubeConfig,
  target: EventTarget,
  knownUid: string | undefined,
  signal: AbortSignal,
): Promise<EventTarget> {
  if (target.kind !== 'Application' || target.uid) return target;
  const uid = knownUid ?? (await readApplicationUid(kubeConfig, target.namespace, target.name, { signal }));
  return uid ? { ...target, uid } : target;
}
