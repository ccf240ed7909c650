/**
 * From validated input to the resolved types every other module works from: defaults filled,
 * policies merged, objectives as fractions (SLIs compile in sli.ts). Pure: no file access.
 */
import type { Document } from 'yaml';
import { UsageError } from '../errors.js';
import type {
  BurnRateAlert,
  CalendarPeriod,
  MaxBurnRate,
  MeasurementSource,
  Path,
  Policy,
  Sli,
  SloDefinition,
  Verdict,
} from '../model/index.js';
import { parseDuration } from '../slo/duration.js';
import { DEFAULT_ALIGN_TIME, DEFAULT_CONCURRENCY, DEFAULT_RETRIES, DEFAULT_TIMEOUT } from './defaults.js';
import { periodFields } from './period.js';
import { alignTimeSeconds, type ConfigInput, type PolicyInput } from './schema.js';
import type { PrometheusConfig } from './types.js';
import { positionOf, type YamlSource } from './yaml-source.js';

/** A document and the file it came from: enough to point at any value in it. */
export interface DocumentContext {
  source: YamlSource;
  document: Document.Parsed;
}

export function errorAt(context: DocumentContext, path: Path, detail: string, fix: string): UsageError {
  const { line, column } = positionOf(context.source, context.document, path);
  return new UsageError(detail, { file: context.source.file, line, column, fix });
}

/**
 * 99.9 (percent) -> 0.999 exactly. Plain division gives 0.9990000000000001; rounding to 15
 * significant digits (what a double holds reliably) gives the fraction the user meant.
 */
export function percentToFraction(percent: number): number {
  return Number((percent / 100).toPrecision(15));
}

function seconds(duration: string): number {
  const value = parseDuration(duration);
  // Unreachable after schema validation; a clear error beats NaN travelling on.
  if (value === undefined) throw new Error(`not a duration after validation: ${duration}`);
  return value;
}

/** `base` with the keys `override` sets; burnRateAlerts are replaced as a whole, never merged. */
export function resolvePolicy(base: Policy, override: PolicyInput | undefined): Policy {
  const alerts: BurnRateAlert[] = override?.burnRateAlerts
    ? override.burnRateAlerts.map((alert) => ({
        long: alert.long,
        longSeconds: seconds(alert.long),
        short: alert.short,
        shortSeconds: seconds(alert.short),
        ...(alert.budgetConsumed !== undefined ? { budgetConsumed: alert.budgetConsumed } : {}),
        ...(alert.factor !== undefined ? { factor: alert.factor } : {}),
        action: alert.action,
      }))
    : base.burnRateAlerts.map((alert) => ({ ...alert }));
  const budgetBlockBelow = override?.budgetBlockBelow ?? base.budgetBlockBelow;
  const maxBurnRate: MaxBurnRate | undefined = override?.maxBurnRate
    ? { ...override.maxBurnRate, windowSeconds: seconds(override.maxBurnRate.window) }
    : base.maxBurnRate;
  return {
    budgetExhausted: override?.budgetExhausted ?? base.budgetExhausted,
    budgetWarnBelow: override?.budgetWarnBelow ?? base.budgetWarnBelow,
    ...(budgetBlockBelow !== undefined ? { budgetBlockBelow } : {}),
    burnRateAlerts: alerts,
    ...(maxBurnRate ? { maxBurnRate: { ...maxBurnRate } } : {}),
    minEvents: override?.minEvents ?? base.minEvents,
    onPrometheusError: override?.onPrometheusError ?? base.onPrometheusError,
  };
}

/** Defaults filled; relative file paths resolved against the config's folder, as Prometheus does. */
export function resolvePrometheus(
  input: NonNullable<ConfigInput['prometheus']>,
  resolvePath: (path: string) => string,
): PrometheusConfig {
  const prometheus: PrometheusConfig = {
    url: input.url.replace(/\/+$/, ''),
    headers: { ...(input.headers ?? {}) },
    timeoutMs: seconds(input.timeout ?? DEFAULT_TIMEOUT) * 1000,
    retries: input.retries ?? DEFAULT_RETRIES,
    concurrency: input.concurrency ?? DEFAULT_CONCURRENCY,
  };
  if (input.periodTimeout !== undefined) prometheus.periodTimeoutMs = seconds(input.periodTimeout) * 1000;
  prometheus.alignTimeMs =
    (input.alignTime === undefined ? seconds(DEFAULT_ALIGN_TIME) : (alignTimeSeconds(input.alignTime) ?? 0)) *
    1000;
  if (input.maxPeriodSamples !== undefined) prometheus.maxPeriodSamples = input.maxPeriodSamples;
  if (input.bearerTokenFile !== undefined) prometheus.bearerTokenFile = resolvePath(input.bearerTokenFile);
  if (input.basicAuth) {
    const { username, password, passwordFile } = input.basicAuth;
    prometheus.basicAuth = {
      username,
      ...(password !== undefined ? { password } : {}),
      ...(passwordFile !== undefined ? { passwordFile: resolvePath(passwordFile) } : {}),
    };
  }
  if (input.tls) {
    const { caFile, certFile, keyFile, insecureSkipVerify } = input.tls;
    prometheus.tls = {
      ...(caFile !== undefined ? { caFile: resolvePath(caFile) } : {}),
      ...(certFile !== undefined ? { certFile: resolvePath(certFile) } : {}),
      ...(keyFile !== undefined ? { keyFile: resolvePath(keyFile) } : {}),
      ...(insecureSkipVerify !== undefined ? { insecureSkipVerify } : {}),
    };
  }
  return prometheus;
}

export interface SloFields {
  name: string;
  objectivePercent: number;
  window: string;
  /** A calendar-aligned period instead of the rolling `window`. */
  calendar?: CalendarPeriod;
  sli: Sli;
  onNoData: Verdict;
  /** Absent: raw queries only. */
  recorded?: MeasurementSource;
  policy: Policy;
}

/** An SLO definition from fields already validated for type and range, its SLI already compiled. */
export function buildSlo(context: DocumentContext, sloPath: Path, fields: SloFields): SloDefinition {
  const { line, column } = positionOf(context.source, context.document, sloPath);
  return {
    name: fields.name,
    objective: percentToFraction(fields.objectivePercent),
    ...periodFields(fields.window, fields.calendar),
    sli: fields.sli,
    onNoData: fields.onNoData,
    ...(fields.recorded ? { recorded: fields.recorded } : {}),
    policy: fields.policy,
    source: { file: context.source.file, line, column },
  };
}
