/**
 * One gate run from what an entry point knows (config file, flags or action inputs): load the
 * config, pin the time, connect to Prometheus on demand, validate the manifests, build the Report,
 * and on request read the SLO histories the job summary charts.
 * The CLI and the GitHub Action share it; they only translate their environment into these options.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { loadConfig } from '../config/index.js';
import { UsageError } from '../errors.js';
import type { GateConfig, ManifestsConfig } from '../config/types.js';
import { pathSources, requireExistingPaths, type ManifestSource } from '../manifests/sources.js';
import {
  checkRuleOverrides,
  validateManifests,
  validateOptionsFor,
  type SchemaCheck,
} from '../manifests/validate.js';
import {
  REPORT_VERSION,
  type Bundle,
  type MeasurableSli,
  type Report,
  type SloHistory,
} from '../model/index.js';
import { createPrometheusClient, type PrometheusClient } from '../prometheus/client.js';
import { combineVerdict } from '../slo/evaluate.js';
import { count } from '../text/plural.js';
import {
  findingAction,
  formatEvaluatedAt,
  parseEvaluationTime,
  readCounts,
  requirePrometheus,
  runCheck,
} from './check.js';
import { alignedEvaluationTime } from './align.js';
import { DEFAULT_MAX_DURATION_SECONDS, startDeadline, type RunDeadline } from './deadline.js';
import { sloHistories } from './history.js';
import { renderDiffText } from '../report/netpol.js';
import type { ObservedTraffic } from '../netpol/index.js';
import { LIVE_BASELINE, netpolDiffReport, observedTrafficOf } from './netpol.js';

export interface GateRunOptions {
  configFile: string;
  /** How the entry point names the config file, for messages (default: --config FILE). */
  configSetting?: string;
  /** 'check': SLOs and manifests; 'budget': SLOs only. */
  scope: 'check' | 'budget';
  /** The caller diffs NetworkPolicies against the live cluster itself (the hook, network.baseline: live). */
  diffsLiveNetpol?: boolean;
  at?: string;
  prometheusUrl?: string;
  /** Extra request headers (the Action's prometheus-headers), added to the config's. */
  prometheusHeaders?: Record<string, string>;
  /** A bearer token given directly (the Action's prometheus-token); never logged. */
  prometheusToken?: string;
  manifests?: string[];
  /** Manifests to check instead of any paths (Argo CD's target manifests, say). */
  manifestSources?: ManifestSource[];
  namespace?: string;
  strictReferences?: boolean;
  mode?: 'enforce' | 'advisory';
  log: (message: string) => void;
  /** --verbose: every retry of a Prometheus query is logged. */
  verbose?: boolean;
  /** --verbose: the steps done (manifests read, each SLO); none when undefined. */
  progress?: (message: string) => void;
  /** Also read the recent past of each warning or blocking SLO (range queries), for charts. */
  histories?: boolean;
  /** The manifests' schema check, called only when scope 'check' has manifests to validate. */
  loadSchemaCheck: () => Promise<SchemaCheck>;
  /**
   * The run's deadline, started by a caller that does more than the gate (the hook); otherwise one of
   * maxDurationSeconds (default DEFAULT_MAX_DURATION_SECONDS) starts here.
   */
  deadline?: RunDeadline;
  maxDurationSeconds?: number;
}

export interface GateRun {
  report: Report;
  /** The config as loaded, its SLOs as measured: a latency SLI resolved, one Prometheus failed on left out. */
  config: GateConfig<MeasurableSli>;
  at: Date;
  /** The client the run used, for follow-up queries; undefined when no SLO needed it. */
  client?: PrometheusClient;
  /** Asked for with `histories: true`: one per warning or blocking SLO whose range queries answered. */
  histories: SloHistory[];
  /** The manifests' resources; undefined when none were checked. */
  bundle?: Bundle;
  /**
   * network.observed read from the run's Prometheus at the run's time (the hook's live NetworkPolicy
   * diff asks it); without network.observed or a Prometheus, why not.
   */
  observedTraffic: () => Promise<ObservedTraffic>;
}

/** The config's manifests section, its paths relative to the config file's folder. */
export function manifestsRelativeToConfig(config: GateConfig): ManifestsConfig {
  const base = dirname(config.file);
  const paths = config.manifests.paths.map((p) => (isAbsolute(p) || base === '.' ? p : join(base, p)));
  return { ...config.manifests, paths };
}

/** Each of manifests.paths exists; one that does not is named at its line of the config file. */
async function requireConfigPaths(config: GateConfig, resolved: string[]): Promise<void> {
  for (const [index, path] of resolved.entries()) {
    try {
      await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`;
      const written = config.manifests.paths[index]!;
      const relative = written === path ? '' : ` (relative to the config file's folder: ${path})`;
      throw new UsageError(`manifests.paths: ${written}${relative} ${why}`, {
        file: config.file,
        ...config.manifests.pathPositions?.[index],
        fix: 'correct or remove this path in the config, or give the manifests with --manifests PATH',
      });
    }
  }
}

const CHECKS_NOTHING =
  'nothing was checked: the config defines no SLOs and names no manifests (add slos:, manifests.paths or --manifests)';

export async function runGate(options: GateRunOptions): Promise<GateRun> {
  const deadline =
    options.deadline ?? startDeadline(options.maxDurationSeconds ?? DEFAULT_MAX_DURATION_SECONDS);
  const requestedAt = parseEvaluationTime(options.at);
  const loaded = await loadConfig(options.configFile, {
    prometheusUrl: options.prometheusUrl,
    configSetting: options.configSetting,
  });
  const config: GateConfig = options.mode ? { ...loaded, mode: options.mode } : loaded;
  for (const warning of config.warnings ?? []) options.log(warning);
  checkRuleOverrides(config.manifests.rules, config.file, config.manifests.rulePositions);
  if (options.scope === 'budget' && config.slos.length === 0) {
    options.log(`${config.file} defines no SLOs: nothing to evaluate`);
  }
  let client: PrometheusClient | undefined;
  const settings =
    options.scope === 'check'
      ? validateOptionsFor(manifestsRelativeToConfig(config), {
          paths: options.manifests,
          namespace: options.namespace,
          strictReferences: options.strictReferences,
        })
      : undefined;
  const manifestSources = settings && (options.manifestSources ?? pathSources(settings.paths));
  const checksNothing =
    options.scope === 'check' && config.slos.length === 0 && (manifestSources ?? []).length === 0;
  if (checksNothing) options.log(`warning: ${CHECKS_NOTHING}`);
  if (manifestSources && !options.manifestSources && !options.manifests?.length)
    await requireConfigPaths(config, settings.paths);
  if (manifestSources) await requireExistingPaths(manifestSources);
  const prometheusSettings = () => {
    const prometheus = requirePrometheus(config);
    return { ...prometheus, headers: { ...prometheus.headers, ...options.prometheusHeaders } };
  };
  const clientOptions = {
    onRetry: options.verbose ? options.log : undefined,
    bearerToken: options.prometheusToken,
    deadline,
  };
  const sharedClient = () => (client ??= createPrometheusClient(prometheusSettings(), clientOptions));
  // An explicit --at is the user's: never moved. Otherwise, on a query-frontend kind, rounded down
  // to prometheus.alignTime so that runs within it ask identical queries (the report says the time).
  const alignMs = config.prometheus?.alignTimeMs ?? 0;
  const at =
    options.at === undefined && alignMs > 0 && config.slos.length > 0
      ? alignedEvaluationTime(requestedAt, alignMs, (await sharedClient().backend()).kind)
      : requestedAt;
  if (options.verbose && at.getTime() !== requestedAt.getTime()) {
    options.log(
      `evaluating at ${formatEvaluatedAt(at)}: ${formatEvaluatedAt(requestedAt)} rounded down to prometheus.alignTime for the query-frontend's results cache`,
    );
  }
  const {
    report: checked,
    bundle,
    measured,
  } = await runCheck(config, {
    at,
    log: options.log,
    progress: options.progress,
    client: sharedClient,
    periodClient: () => {
      const prometheus = prometheusSettings();
      if (prometheus.periodTimeoutMs === undefined) return undefined;
      // Its own breaker too: period queries timing out do not stop the cheap ones.
      return createPrometheusClient({ ...prometheus, timeoutMs: prometheus.periodTimeoutMs }, clientOptions);
    },
    manifests: settings &&
      manifestSources && {
        sources: manifestSources,
        options: settings,
        loadSchemaCheck: options.loadSchemaCheck,
      },
  });
  // Said in the report too: a pass that checked nothing must not read like a pass that checked something.
  const withHints: Report = checksNothing
    ? { ...checked, hints: [...checked.hints, { id: 'checks-nothing', title: CHECKS_NOTHING, evidence: [] }] }
    : checked;
  // network.baseline: the connections this release cuts (manifests given as paths only).
  const baseline = config.network?.baseline;
  if (baseline === LIVE_BASELINE && !options.diffsLiveNetpol)
    options.log(
      'network.baseline: live is read by slo-gate hook in the cluster only: the NetworkPolicy diff is not checked here',
    );
  const netpol =
    baseline &&
    baseline !== LIVE_BASELINE &&
    settings &&
    !options.manifestSources &&
    settings.paths.length > 0
      ? await netpolDiffReport(
          { ...config.network!, baseline },
          settings.paths,
          settings.defaultNamespace,
          config.file,
          () => observedTrafficOf(config, sharedClient, at),
        )
      : undefined;
  if (netpol && (netpol.verdict !== 'pass' || netpol.notes)) options.log(renderDiffText(netpol).trimEnd());
  const report: Report = netpol
    ? { ...withHints, netpol, verdict: combineVerdict([withHints.verdict, netpol.verdict]) }
    : withHints;
  const measuredConfig: GateConfig<MeasurableSli> = { ...config, slos: measured };
  // A chart never changes the verdict: sloHistories logs a failed query and leaves that SLO out.
  const histories =
    options.histories && client
      ? await sloHistories(report, measuredConfig, client, at, { log: options.log })
      : [];
  return {
    report,
    config: measuredConfig,
    at,
    client,
    histories,
    bundle,
    observedTraffic: () => observedTrafficOf(config, sharedClient, at),
  };
}

export interface ValidationRunOptions {
  paths: string[];
  /** The config for rule settings; required to exist when given. */
  configFile?: string;
  /** Read when present and no configFile is given (slo-gate.yaml of the working folder). */
  defaultConfigFile?: string;
  namespace?: string;
  strictReferences?: boolean;
  validateSchema: SchemaCheck;
  /** --verbose: progress on stderr. */
  progress?: (message: string) => void;
}

export interface ValidationRun {
  report: Report;
  /** Files (and streams) read. */
  files: number;
  resources: number;
}

/** `validate`: manifests only, with the rule settings of the config when there is one. */
export async function runValidation(options: ValidationRunOptions): Promise<ValidationRun> {
  let manifests: ManifestsConfig = { paths: [], rules: {} };
  const configFile =
    options.configFile ??
    (options.defaultConfigFile && existsSync(options.defaultConfigFile)
      ? options.defaultConfigFile
      : undefined);
  if (configFile) {
    const config = await loadConfig(configFile);
    checkRuleOverrides(config.manifests.rules, config.file, config.manifests.rulePositions);
    manifests = config.manifests;
  }
  const settings = validateOptionsFor(manifests, {
    paths: options.paths,
    namespace: options.namespace,
    strictReferences: options.strictReferences,
  });
  options.progress?.(`reading ${settings.paths.join(', ')}`);
  const { findings, files, bundle } = await validateManifests(
    pathSources(settings.paths),
    settings,
    options.validateSchema,
  );
  const resources = bundle.resources.length;
  options.progress?.(`read ${readCounts(files, resources)}; ${count(findings.length, 'finding')}`);
  const report: Report = {
    version: REPORT_VERSION,
    verdict: combineVerdict(findings.map(findingAction)),
    evaluatedAt: formatEvaluatedAt(parseEvaluationTime(undefined)),
    slos: [],
    findings,
    hints: [],
  };
  return { report, files, resources };
}
