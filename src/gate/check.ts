/** The gate: SLOs and manifests evaluated into one Report (the exit code it means is model/verdict.ts). */
import type { GateConfig, PrometheusConfig } from '../config/types.js';
import { UsageError } from '../errors.js';
import type { ManifestSource } from '../manifests/sources.js';
import { validateManifests, type SchemaCheck, type ValidateOptions } from '../manifests/validate.js';
import {
  REPORT_VERSION,
  type Bundle,
  type Finding,
  type MeasurableSlo,
  type Report,
  type Verdict,
} from '../model/index.js';
import type { PrometheusClient } from '../prometheus/client.js';
import { combineVerdict } from '../slo/evaluate.js';
import { count } from '../text/plural.js';
import { evaluateSlos } from './slos.js';

export interface CheckOptions {
  at: Date;
  /** Created on demand so a run without SLOs needs no Prometheus. */
  client: () => PrometheusClient;
  /** For the SLO period's queries when they have their own timeout (prometheus.periodTimeout). */
  periodClient?: () => PrometheusClient | undefined;
  log: (message: string) => void;
  /** Progress (manifests read, each SLO done), for --verbose; none when undefined. */
  progress?: (message: string) => void;
  /** Manifests to validate with the SLOs; none when undefined or without sources. */
  manifests?: {
    sources: ManifestSource[];
    options: ValidateOptions;
    /** Loaded only when there are sources to validate. */
    loadSchemaCheck: () => Promise<SchemaCheck>;
  };
}

export interface CheckResult {
  report: Report;
  /** The manifests' resources; undefined when no manifests were validated. */
  bundle?: Bundle;
  /** The SLOs as measured (SLIs resolved), for follow-up queries; one Prometheus could not answer is left out. */
  measured: MeasurableSlo[];
}

export async function runCheck(config: GateConfig, options: CheckOptions): Promise<CheckResult> {
  const manifests = options.manifests;
  const progress = options.progress ?? (() => undefined);
  const slos = config.slos;
  let done = 0;
  if (slos.length > 0) progress(`measuring ${count(slos.length, 'SLO')}`);
  const [outcomes, validation] = await Promise.all([
    slos.length === 0
      ? []
      : evaluateSlos(slos, {
          client: options.client(),
          periodClient: options.periodClient?.(),
          maxPeriodSamples: config.prometheus?.maxPeriodSamples,
          at: options.at,
          log: options.log,
          onDone: (outcome) => {
            done += 1;
            progress(`SLO ${outcome.result.name}: ${outcome.result.status} (${done} of ${slos.length} done)`);
          },
        }),
    manifests && manifests.sources.length > 0
      ? manifests
          .loadSchemaCheck()
          .then((validateSchema) => validateManifests(manifests.sources, manifests.options, validateSchema))
          .then((result) => {
            progress(`manifests: ${readCounts(result.files, result.bundle.resources.length)}`);
            return result;
          })
      : undefined,
  ]);
  const findings = validation?.findings ?? [];
  const report: Report = {
    version: REPORT_VERSION,
    verdict: combineVerdict([...outcomes.map((o) => o.action), ...findings.map(findingAction)]),
    evaluatedAt: formatEvaluatedAt(options.at),
    slos: outcomes.map((o) => o.result),
    findings,
    hints: outcomes.flatMap((o) => o.hints),
  };
  const measured = outcomes.flatMap((o) => (o.measured ? [o.measured] : []));
  return { report, bundle: validation?.bundle, measured };
}

/** "12 files, 87 resources": what a run read. */
export function readCounts(files: number, resources: number): string {
  return `${count(files, 'file')}, ${count(resources, 'resource')}`;
}

/** An error finding blocks, a warning warns, an info only reports. */
export function findingAction(finding: Finding): Verdict {
  return finding.severity === 'error' ? 'block' : finding.severity === 'warning' ? 'warn' : 'pass';
}

export function formatEvaluatedAt(at: Date): string {
  return at.toISOString().replace(/\.000Z$/, 'Z');
}

/** `--at`: RFC 3339 or unix seconds; by default now, to the whole second. */
export function parseEvaluationTime(
  text: string | undefined,
  now: () => Date = () => new Date(Math.floor(Date.now() / 1000) * 1000),
): Date {
  if (text === undefined) return now();
  const trimmed = text.trim();
  const date = /^\d+(\.\d+)?$/.test(trimmed)
    ? new Date(Number(trimmed) * 1000)
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(trimmed)
      ? new Date(trimmed)
      : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new UsageError(`--at ${JSON.stringify(text)} is not a time`, {
      fix: 'give RFC 3339 (2026-11-26T12:00:00Z) or unix seconds (1795694400)',
    });
  }
  return date;
}

/** SLOs need a Prometheus: say where to set it when the config has none. */
export function requirePrometheus(config: GateConfig): PrometheusConfig {
  if (config.prometheus) return config.prometheus;
  // A Sloth, OpenSLO or Pyrra spec has no place for a URL: only the command line can give one.
  if (config.importedSpec) {
    throw new UsageError(`${config.file} is an SLO spec (Sloth, OpenSLO or Pyrra) and names no Prometheus`, {
      fix: 'pass --prometheus-url http://prometheus:9090 (Action input prometheus-url, hook env PROMETHEUS_URL), or include the spec from a slo-gate.yaml that sets prometheus.url',
    });
  }
  throw new UsageError(`${config.file} has SLOs but no Prometheus to ask`, {
    fix: 'set prometheus.url in the config or pass --prometheus-url http://prometheus:9090',
  });
}
