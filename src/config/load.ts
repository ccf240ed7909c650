/**
 * Reads slo-gate.yaml (or a Sloth spec given as the config) and its includes into a GateConfig.
 * The only module of config/ that touches the file system; every user mistake is a UsageError.
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { unreachable, UsageError } from '../errors.js';
import type { Path as YamlPath, Policy, SloDefinition } from '../model/index.js';
import { registerBasicAuth, registerSecret, registerUrlCredentials } from '../text/redact.js';
import {
  DEFAULT_MEMORY_SATURATION,
  DEFAULT_OBSERVED_WINDOW,
  DEFAULT_METRICS_LABELS,
  DEFAULT_MODE,
  DEFAULT_ON_NO_DATA,
  DEFAULT_POLICY,
  DEFAULT_WINDOW,
} from './defaults.js';
import { firstIssueError, redactCredentials } from './issues.js';
import {
  buildSlo,
  resolvePolicy,
  resolvePrometheus,
  type DocumentContext,
  type SloFields,
} from './resolve.js';
import {
  configSchema,
  isPrometheusUrl,
  PROMETHEUS_URL_EXPECTED,
  PROMETHEUS_URL_FIX,
  type SloInput,
} from './schema.js';
import { withPeriodAlerts, type WrittenAlerts } from './period-alerts.js';
import { checkOnePeriod } from './period.js';
import { compileSli, type WrittenSli } from './sli.js';
import {
  importSpecs,
  looksLikeImportedSpec,
  unusedTableWarnings,
  withAlertWindows,
  type ImportedSpecs,
} from './importers/index.js';
import type { GateConfig, PrometheusConfig } from './types.js';
import {
  documentValue,
  offsetPosition,
  parseYamlSource,
  positionOf,
  type YamlSource,
} from './yaml-source.js';

export interface ConfigOverrides {
  /** Replaces (or sets) prometheus.url; the prometheus section's other defaults still apply. */
  prometheusUrl?: string;
  /** How this entry point names the config file, for the fix of a missing one (CLI: --config FILE). */
  configSetting?: string;
}

export async function loadConfig(file: string, overrides: ConfigOverrides = {}): Promise<GateConfig> {
  const overrideUrl = overrides.prometheusUrl;
  registerUrlCredentials(overrideUrl);
  if (overrideUrl !== undefined && !isPrometheusUrl(overrideUrl)) {
    throw new UsageError(
      `the Prometheus URL "${redactCredentials(overrideUrl)}" given on the command line must be ${PROMETHEUS_URL_EXPECTED}`,
      { fix: PROMETHEUS_URL_FIX },
    );
  }
  const text = await readText(file, (reason) => ({
    detail: `cannot read config file "${file}": ${reason}`,
    fix: `create it, or name the config file with ${overrides.configSetting ?? '--config FILE'}`,
  }));
  const source = parseYamlSource(file, text);
  const first = source.documents[0];
  if (!first) {
    throw new UsageError('the config file is empty', {
      file,
      line: 1,
      fix: 'write at least prometheus: and slos: (see the README for every key)',
    });
  }
  const top = documentValue(source, first);
  // Registered before the schema judges them: even a malformed URL's password never reaches a message.
  registerWrittenSecrets(top);

  if (looksLikeImportedSpec(top)) {
    // A Sloth or OpenSLO spec as the config: its SLOs under the default policy, Prometheus from the command line.
    const imported = importSpecs([source], DEFAULT_POLICY);
    const fitted = imported.slos.map(
      (slo) => withAlertWindows(slo, imported.alertWindows) ?? withPeriodAlerts(slo, undefined),
    );
    const slos = fitted.map((f) => f.slo);
    rejectDuplicateNames(slos);
    return {
      file,
      ...(overrideUrl !== undefined
        ? { prometheus: resolvePrometheus({ url: overrideUrl }, (path) => path) }
        : {}),
      importedSpec: true,
      slos,
      mode: DEFAULT_MODE,
      manifests: { paths: [], rules: {} },
      warnings: unusedTableWarnings(imported.alertWindows, slos),
    };
  }

  const second = source.documents[1];
  if (second) {
    const { line, column } = offsetPosition(source, second.range[0]);
    throw new UsageError('a slo-gate config is a single YAML document', {
      file,
      line,
      column,
      fix: 'remove the --- separator and merge the documents (Sloth specs go in separate files listed under include:)',
    });
  }

  const parsed = configSchema.safeParse(withPrometheusUrl(top, overrideUrl));
  if (!parsed.success) throw firstIssueError(source, first, parsed.error.issues);
  const input = parsed.data;
  const context: DocumentContext = { source, document: first };
  const relativeToConfig = (path: string) => (isAbsolute(path) ? path : join(dirname(file), path));

  const globalPolicy = resolvePolicy(DEFAULT_POLICY, input.policy);
  const globalAlerts: WrittenAlerts | undefined = input.policy?.burnRateAlerts
    ? { context, path: ['policy', 'burnRateAlerts'] }
    : undefined;
  const includedSources: YamlSource[] = [];
  for (const [index, include] of (input.include ?? []).entries()) {
    includedSources.push(await includedSource(context, index, relativeToConfig(include)));
  }
  const imported: ImportedSpecs = importSpecs(includedSources, globalPolicy);
  // An SLO's own alerts win; then AlertWindows of its period; then the global alerts or the defaults.
  const fitted = (input.slos ?? []).map((slo, index) => {
    const built = configSlo(context, index, slo, globalPolicy);
    if (slo.policy?.burnRateAlerts) {
      return withPeriodAlerts(built, { context, path: ['slos', index, 'policy', 'burnRateAlerts'] });
    }
    return withAlertWindows(built, imported.alertWindows) ?? withPeriodAlerts(built, globalAlerts);
  });
  fitted.push(
    ...imported.slos.map(
      (slo) => withAlertWindows(slo, imported.alertWindows) ?? withPeriodAlerts(slo, globalAlerts),
    ),
  );
  const slos = fitted.map((f) => f.slo);
  rejectDuplicateNames(slos);

  const prometheus = input.prometheus ? resolvePrometheus(input.prometheus, relativeToConfig) : undefined;
  if (prometheus) registerPrometheusSecrets(prometheus);
  return {
    file,
    ...(prometheus ? { prometheus } : {}),
    slos,
    mode: input.mode ?? DEFAULT_MODE,
    manifests: {
      paths: input.manifests?.paths ?? [],
      ...(input.manifests?.paths
        ? {
            pathPositions: input.manifests.paths.map((_, index) =>
              positionOf(source, first, ['manifests', 'paths', index]),
            ),
          }
        : {}),
      rules: { ...(input.manifests?.rules ?? {}) },
      ...(input.manifests?.rules
        ? {
            rulePositions: Object.fromEntries(
              Object.keys(input.manifests.rules).map((id) => [
                id,
                positionOf(source, first, ['manifests', 'rules', id]),
              ]),
            ),
          }
        : {}),
      ...(input.manifests?.namespace ? { namespace: input.manifests.namespace } : {}),
      ...(input.manifests?.strictReferences !== undefined
        ? { strictReferences: input.manifests.strictReferences }
        : {}),
      ...(input.manifests?.dns ? { dns: input.manifests.dns } : {}),
      ...(input.manifests?.ingressController ? { ingressController: input.manifests.ingressController } : {}),
      ...(input.manifests?.images ? { images: { allow: input.manifests.images.allow ?? [] } } : {}),
    },
    ...(input.hints
      ? {
          hints: {
            metrics: { ...DEFAULT_METRICS_LABELS, ...input.hints.metrics },
            memorySaturation: input.hints.memorySaturation ?? DEFAULT_MEMORY_SATURATION,
          },
        }
      : {}),
    ...(input.network
      ? {
          network: {
            ...(input.network.baseline ? { baseline: input.network.baseline } : {}),
            required: (input.network.required ?? []).map((entry, i) => ({
              ...entry,
              line: positionOf(source, first, ['network', 'required', i]).line,
            })),
            namespaceLabels: input.network.namespaceLabels ?? {},
            podNetworks: input.network.podNetworks ?? [],
            ...(input.network.observed
              ? {
                  observed: {
                    metrics: input.network.observed.metrics,
                    window: input.network.observed.window ?? DEFAULT_OBSERVED_WINDOW,
                  },
                }
              : {}),
          },
        }
      : {}),
    warnings: [...fitted.flatMap((f) => f.warnings), ...unusedTableWarnings(imported.alertWindows, slos)],
  };
}

/** prometheus.url's credentials and every header value, as written, whatever the rest holds. */
function registerWrittenSecrets(top: unknown): void {
  const prometheus = (top as { prometheus?: unknown } | null)?.prometheus;
  if (typeof prometheus !== 'object' || prometheus === null) return;
  const { url, headers } = prometheus as { url?: unknown; headers?: unknown };
  if (typeof url === 'string') registerUrlCredentials(url);
  if (typeof headers === 'object' && headers !== null) {
    // By value, whatever the header's name: a tenant's X-Auth-Token is as secret as Authorization.
    for (const value of Object.values(headers)) if (typeof value === 'string') registerSecret(value);
  }
}

/**
 * The credentials written in the config, registered as soon as it is read so that no config message
 * shows them. The token and password files are the Prometheus client's: it registers them as it reads them.
 */
function registerPrometheusSecrets(prometheus: PrometheusConfig): void {
  registerUrlCredentials(prometheus.url);
  Object.values(prometheus.headers).forEach(registerSecret);
  const basicAuth = prometheus.basicAuth;
  if (basicAuth) registerBasicAuth(basicAuth.username, basicAuth.password);
}

/** The config with prometheus.url set from the command line (validated above, so never reported). */
function withPrometheusUrl(top: unknown, url: string | undefined): unknown {
  if (url === undefined || typeof top !== 'object' || top === null || Array.isArray(top)) return top;
  const prometheus = (top as Record<string, unknown>).prometheus;
  const isMapping = typeof prometheus === 'object' && prometheus !== null && !Array.isArray(prometheus);
  // A prometheus: that is not a mapping stays as written, so the schema reports it.
  if (prometheus !== undefined && prometheus !== null && !isMapping) return top;
  return { ...top, prometheus: { ...(isMapping ? prometheus : {}), url } };
}

function configSlo(
  context: DocumentContext,
  index: number,
  slo: SloInput,
  globalPolicy: Policy,
): SloDefinition {
  const sloPath = ['slos', index];
  checkOnePeriod(context, sloPath, slo);
  const sli = compileSli(context, writtenSli(slo.sli, [...sloPath, 'sli']), {
    labels: slo.attribution ?? [],
    path: [...sloPath, 'attribution'],
  });
  return buildSlo(context, sloPath, {
    name: slo.name,
    objectivePercent: slo.objective,
    window: slo.window ?? DEFAULT_WINDOW,
    ...(slo.calendar ? { calendar: slo.calendar } : {}),
    sli,
    onNoData: slo.onNoData ?? DEFAULT_ON_NO_DATA,
    ...writtenSource(slo.name, slo.source),
    policy: resolvePolicy(globalPolicy, slo.policy),
  });
}

/** `source: sloth` reads the series Sloth records under the SLO's name as sloth_id; Pyrra's under slo. */
function writtenSource(name: string, source: SloInput['source']): Pick<SloFields, 'recorded'> {
  switch (source) {
    case undefined:
    case 'raw':
      return {};
    case 'sloth':
      return { recorded: { rules: { tool: 'sloth', slothId: name }, detected: false } };
    case 'pyrra':
      return { recorded: { rules: { tool: 'pyrra', slo: name }, detected: false } };
    default:
      return unreachable(source);
  }
}

/** slo-gate's `sli:` keys as the compiler reads them. */
function writtenSli(sli: SloInput['sli'], path: YamlPath): WrittenSli {
  if (sli.events) {
    return {
      kind: 'events',
      errorQuery: { template: sli.events.errorQuery, path: [...path, 'events', 'errorQuery'] },
      totalQuery: { template: sli.events.totalQuery, path: [...path, 'events', 'totalQuery'] },
    };
  }
  if (sli.raw) {
    return {
      kind: 'ratio',
      errorRatioQuery: { template: sli.raw.errorRatioQuery, path: [...path, 'raw', 'errorRatioQuery'] },
    };
  }
  if (sli.latency) {
    const { histogram, selector, threshold, native } = sli.latency;
    const at = [...path, 'latency'];
    const matchers = selector === undefined ? undefined : { text: selector, path: [...at, 'selector'] };
    return {
      kind: 'latency',
      histogram,
      matchers,
      threshold: { ...threshold, path: [...at, 'threshold'] },
      native: native ?? false,
    };
  }
  if (sli.boolGauge) {
    return { kind: 'boolGauge', query: { text: sli.boolGauge.query, path: [...path, 'boolGauge', 'query'] } };
  }
  // The schema accepts exactly one SLI kind.
  throw new Error('sli of no kind passed validation');
}

async function includedSource(config: DocumentContext, index: number, file: string): Promise<YamlSource> {
  const where = positionOf(config.source, config.document, ['include', index]);
  const at = { file: config.source.file, line: where.line, column: where.column };
  const text = await readText(file, (reason) => ({
    detail: `cannot read included file "${file}": ${reason}`,
    fix: `include paths are relative to the config file's folder (${dirname(config.source.file)}); correct the path`,
    ...at,
  }));
  const source: YamlSource = parseYamlSource(file, text);
  if (source.documents.length === 0) {
    throw new UsageError(`included file "${file}" is empty`, {
      ...at,
      fix: 'include Sloth or OpenSLO spec files (see the README for the formats slo-gate reads)',
    });
  }
  return source;
}

interface ReadFailure {
  detail: string;
  fix: string;
  file?: string;
  line?: number;
  column?: number;
}

async function readText(file: string, failure: (reason: string) => ReadFailure): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const { detail, ...where } = failure(readFailureReason(error));
    throw new UsageError(detail, where);
  }
}

function readFailureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? String((error as Error).message);
}

function rejectDuplicateNames(slos: SloDefinition[]): void {
  const seen = new Map<string, SloDefinition>();
  for (const slo of slos) {
    const earlier = seen.get(slo.name);
    if (earlier) {
      const first = `${earlier.source.file}:${earlier.source.line}:${earlier.source.column ?? 1}`;
      throw new UsageError(`SLO name "${slo.name}" is already used at ${first}`, {
        ...slo.source,
        fix: 'give every SLO a unique name (an included Sloth SLO is named <service>-<name>)',
      });
    }
    seen.set(slo.name, slo);
  }
}
