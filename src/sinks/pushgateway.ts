/**
 * Gate metrics pushed to a Prometheus Pushgateway: prom-client renders them, on a Registry of their
 * own (the global one would carry whatever else the process registered), and fetch sends them
 * (prom-client's own Pushgateway parses URLs with the deprecated url.parse, whose DEP0169 warning
 * would land in the Job's log). One PUT per run replaces the whole
 * group, so an SLO removed from the config disappears from the Pushgateway too.
 *
 *   slo_gate_decision                          0 pass, 1 warn, 2 block (one series: `>= 2` alerts on blocks)
 *   slo_gate_error_budget_remaining_ratio{slo} fraction of the period's budget left (negative: overspent)
 *   slo_gate_burn_rate{slo,window}             burn rate per window (1 = spending exactly the budget)
 *   slo_gate_last_run_timestamp_seconds        the run's evaluation time (now, unless --at pins it)
 *
 * Grouping key: job="slo-gate" plus app (the Argo CD Application) and namespace. Never a commit SHA
 * or a run id: every distinct grouping key is a group the Pushgateway keeps forever.
 * A failed push warns; it never changes the verdict or the exit code. Only a 2xx answer is a push;
 * the request has a short timeout of its own and ends at the caller's signal (the hook's time for
 * its results), so a Pushgateway that never answers cannot hold the hook past its Job's deadline.
 */
import { Gauge, Registry } from 'prom-client';
import type { Report, Verdict } from '../model/index.js';
import { registerUrlCredentials } from '../text/redact.js';

export const PUSHGATEWAY_JOB = 'slo-gate';
export const PUSH_TIMEOUT_MS = 5_000;
/** Of an error answer, the part read for the warning: a Pushgateway's error is one line. */
const ERROR_BODY_BYTES = 4096;

export const DECISION_VALUES: Record<Verdict, number> = { pass: 0, warn: 1, block: 2 };

export interface PushTarget {
  /** Base URL of the Pushgateway, e.g. http://pushgateway.monitoring:9091 (a path prefix is kept). */
  url: string;
  /** Extra grouping labels: app and namespace. Empty values are left out. */
  grouping: { app?: string; namespace?: string };
}

/** The grouping labels that make it into the URL path: label values with "/" cannot be routed. */
export function groupingKey(grouping: PushTarget['grouping']): Record<string, string> {
  const key: Record<string, string> = {};
  for (const [name, value] of Object.entries(grouping)) {
    if (value && !value.includes('/')) key[name] = value;
  }
  return key;
}

/** The four gate metrics of one report, on a fresh Registry. */
export function gateMetricsRegistry(report: Report): Registry {
  const registry = new Registry();
  const registers = [registry];
  new Gauge({
    name: 'slo_gate_decision',
    help: 'Verdict of the last slo-gate run: 0 pass, 1 warn, 2 block.',
    registers,
  }).set(DECISION_VALUES[report.verdict]);
  const budget = new Gauge({
    name: 'slo_gate_error_budget_remaining_ratio',
    help: "Fraction of the SLO period's error budget left at the last run; negative when overspent.",
    labelNames: ['slo'],
    registers,
  });
  const burn = new Gauge({
    name: 'slo_gate_burn_rate',
    help: 'Error budget burn rate per window at the last run (1 spends exactly the budget over the period).',
    labelNames: ['slo', 'window'],
    registers,
  });
  for (const slo of report.slos) {
    // No data is no sample: a 0 would read as "budget gone" or "not burning".
    if (isNumber(slo.errorBudgetRemaining)) budget.set({ slo: slo.name }, slo.errorBudgetRemaining);
    for (const [window, rate] of Object.entries(slo.burnRates)) {
      if (isNumber(rate)) burn.set({ slo: slo.name, window }, rate);
    }
  }
  new Gauge({
    name: 'slo_gate_last_run_timestamp_seconds',
    help: 'Evaluation time of the last slo-gate run, in unix seconds.',
    registers,
  }).set(Date.parse(report.evaluatedAt) / 1000);
  return registry;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * PUT /metrics/job/slo-gate/app/<app>/namespace/<ns> with the text exposition format.
 * Returns whether the push was accepted; a failure is one warning line (credentials in the URL are
 * never printed).
 */
export async function pushGateMetrics(
  report: Report,
  target: PushTarget,
  warn: (message: string) => void,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<boolean> {
  // Its credentials join the one redaction layer: a Pushgateway's error page may echo them.
  registerUrlCredentials(target.url);
  const shown = redactUrl(target.url);
  const timeout = AbortSignal.timeout(options.timeoutMs ?? PUSH_TIMEOUT_MS);
  try {
    const registry = gateMetricsRegistry(report);
    const { url, authorization } = pushUrl(target);
    const response = await fetch(url, {
      method: 'PUT',
      headers: {
        'Content-Type': registry.contentType,
        ...(authorization ? { Authorization: authorization } : {}),
      },
      body: await registry.metrics(),
      signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout,
      redirect: 'error',
    });
    if (response.status < 200 || response.status >= 300) {
      throw new Error(`push failed with status ${response.status}, ${await errorBody(response)}`);
    }
    await response.body?.cancel();
    return true;
  } catch (error) {
    const why = options.signal?.aborted ? 'the time for writing results ran out' : describe(error);
    warn(`could not push the gate metrics to the Pushgateway at ${shown} (${why}); the verdict stands`);
    return false;
  }
}

/** The start of an error answer: enough for its message, never a whole page in memory. */
async function errorBody(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < ERROR_BODY_BYTES) {
    const chunk = await reader.read();
    if (chunk.done) break;
    chunks.push(chunk.value);
    size += chunk.value.byteLength;
  }
  await reader.cancel();
  return Buffer.concat(chunks).subarray(0, ERROR_BODY_BYTES).toString('utf8');
}

/**
 * <base>/metrics/job/slo-gate/app/<app>/namespace/<ns>, a path prefix of the base kept; basic-auth
 * credentials of the URL become a header (fetch refuses URLs that carry them).
 */
export function pushUrl(target: PushTarget): { url: string; authorization?: string } {
  const base = new URL(target.url);
  const authorization =
    base.username || base.password
      ? `Basic ${Buffer.from(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`).toString('base64')}`
      : undefined;
  base.username = '';
  base.password = '';
  const segments = [
    'metrics',
    'job',
    PUSHGATEWAY_JOB,
    ...Object.entries(groupingKey(target.grouping)).flat(),
  ].map(encodeURIComponent);
  base.pathname = `${base.pathname.replace(/\/+$/, '')}/${segments.join('/')}`;
  return { url: base.toString(), authorization };
}

function describe(error: unknown): string {
  // fetch wraps the socket's error: its code is on the cause.
  const code =
    (error as NodeJS.ErrnoException).code ?? (error as { cause?: NodeJS.ErrnoException }).cause?.code;
  // By name: fetch's DOMException may come from another realm than this module's Error.
  if ((error as { name?: unknown } | null)?.name === 'TimeoutError') return 'timed out';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND') return 'host not found';
  const message = error instanceof Error ? error.message : String(error);
  // "push failed with status 500, <body>": keep the status, cut a long body.
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}

/** http://user:secret@host → http://host: URLs may carry basic-auth credentials. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URL)';
  }
}
