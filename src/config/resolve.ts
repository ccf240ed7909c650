/**
 * From validated input to the resolved types every other module works from: defaults filled,
 * policies merged, objectives as fractions, query templates checked. Pure: no file access.
 */
import type { Document } from 'yaml';
import { UsageError } from '../errors.js';
import { findTemplateSyntaxError, groupBy, PromqlRewriteError, substituteWindow } from '../promql/index.js';
import { parseDuration } from '../slo/duration.js';
import { DEFAULT_CONCURRENCY, DEFAULT_RETRIES, DEFAULT_TIMEOUT } from './defaults.js';
import { pathLabel } from './issues.js';
import type { ConfigInput, PolicyInput } from './schema.js';
import type {
  Action,
  BurnRateAlert,
  MaxBurnRate,
  Policy,
  PrometheusConfig,
  Sli,
  SloDefinition,
} from './types.js';
import { nodeAt, positionOf, valueCharPosition, type YamlPath, type YamlSource } from './yaml-source.js';

/** A document and the file it came from: enough to point at any value in it. */
export interface DocumentContext {
  source: YamlSource;
  document: Document.Parsed;
}

export function errorAt(context: DocumentContext, path: YamlPath, detail: string, fix: string): UsageError {
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

const WINDOW_PLACEHOLDER = /\{\{\s*\.window\s*\}\}/;

/** Syntax and `{{.window}}` check of one query template, pointing at the offending character. */
export function checkQueryTemplate(context: DocumentContext, path: YamlPath, template: string): void {
  const syntax = findTemplateSyntaxError(template);
  if (syntax) {
    const node = nodeAt(context.document, path);
    const { line, column } = node
      ? valueCharPosition(context.source, node, syntax.offset)
      : positionOf(context.source, context.document, path);
    throw new UsageError(`${pathLabel(path)} is not valid PromQL: ${syntax.message}`, {
      file: context.source.file,
      line,
      column,
      fix: 'correct the query; it must parse once {{.window}} is replaced by a duration such as 5m',
    });
  }
  if (!WINDOW_PLACEHOLDER.test(template)) {
    throw errorAt(
      context,
      path,
      `${pathLabel(path)} does not use {{.window}}, so every window would measure the same range`,
      'write the range of the selectors as [{{.window}}], e.g. rate(http_requests_total[{{.window}}])',
    );
  }
}

export interface SloFields {
  name: string;
  objectivePercent: number;
  window: string;
  sli: Sli;
  attribution: string[];
  onNoData: Action;
  policy: Policy;
}

/**
 * An SLO definition from fields already validated for type and range. `paths` says where the
 * queries and attribution were written, for messages.
 */
export function buildSlo(
  context: DocumentContext,
  sloPath: YamlPath,
  fields: SloFields,
  paths: { errorQuery: YamlPath; totalQuery: YamlPath; errorRatioQuery: YamlPath; attribution: YamlPath },
): SloDefinition {
  const { sli } = fields;
  if (sli.kind === 'events') {
    checkQueryTemplate(context, paths.errorQuery, sli.errorQuery);
    checkQueryTemplate(context, paths.totalQuery, sli.totalQuery);
  } else {
    checkQueryTemplate(context, paths.errorRatioQuery, sli.errorRatioQuery);
  }
  checkAttribution(context, paths, sli, fields.attribution);
  const { line, column } = positionOf(context.source, context.document, sloPath);
  return {
    name: fields.name,
    objective: percentToFraction(fields.objectivePercent),
    window: fields.window,
    windowSeconds: seconds(fields.window),
    sli,
    attribution: fields.attribution,
    onNoData: fields.onNoData,
    policy: fields.policy,
    source: { file: context.source.file, line, column },
  };
}

function checkAttribution(
  context: DocumentContext,
  paths: { errorQuery: YamlPath; attribution: YamlPath },
  sli: Sli,
  labels: string[],
): void {
  if (labels.length === 0) return;
  const label = pathLabel(paths.attribution);
  if (sli.kind === 'raw') {
    throw errorAt(
      context,
      paths.attribution,
      `${label} needs an events SLI: a raw error ratio has no error query to break down by label`,
      'remove attribution, or write the SLI as events: { errorQuery: ..., totalQuery: ... }',
    );
  }
  try {
    // Only to prove the rewrite works; the gate rewrites again with each alert's window.
    groupBy(substituteWindow(sli.errorQuery, '5m'), labels);
  } catch (error) {
    if (!(error instanceof PromqlRewriteError)) throw error;
    throw errorAt(
      context,
      paths.attribution,
      `${label} cannot break down ${pathLabel(paths.errorQuery)} by label: ${error.message}`,
      'make the error query a sum(...) or rate(...) of the error series, or remove attribution',
    );
  }
}
