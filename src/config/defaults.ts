/** Defaults of every optional config key, in one place (the README's config table mirrors them). */
import type { BurnRateAlert, Policy, Verdict } from '../model/index.js';
import { parseDuration } from '../slo/duration.js';

export const DEFAULT_TIMEOUT = '10s';
export const DEFAULT_RETRIES = 2;
export const DEFAULT_CONCURRENCY = 8;
/**
 * prometheus.alignTime: a minute is within the lag of scrapes and rule evaluations (numbers at most
 * a minute older), and every run within the same minute asks a query-frontend the same queries.
 */
export const DEFAULT_ALIGN_TIME = '1m';
/** Sloth's default SLO period, used for Sloth specs too. */
export const DEFAULT_WINDOW = '30d';
export const DEFAULT_ON_NO_DATA: Verdict = 'warn';
export const DEFAULT_MODE = 'enforce';
/** Label names of kube-state-metrics and of the kubelet's cAdvisor metrics since Kubernetes 1.16. */
export const DEFAULT_METRICS_LABELS = {
  namespaceLabel: 'namespace',
  podLabel: 'pod',
  containerLabel: 'container',
};
/** The share of the memory limit above which an OOM kill is likely under the next peak. */
export const DEFAULT_MEMORY_SATURATION = 0.9;

/** One alert of an alert-window table: the share of the table period's budget spent in `long`. */
interface AlertWindow {
  long: string;
  short: string;
  budgetPercent: number;
  action: 'block' | 'warn';
}

/**
 * Sloth's published AlertWindows, longest period first: page quick/slow block, ticket quick/slow
 * warn. 30d and 28d are the SRE workbook's alerts (chapter 5, table 5-8): 2 % of the budget in
 * 1 h, 5 % in 6 h, 10 % in 1 d and in 3 d. A 7-day budget is small, so its table spends larger
 * shares in the same windows and the burn-rate factors stay near the monthly ones.
 */
export const ALERT_WINDOW_TABLES: readonly { period: string; alerts: readonly AlertWindow[] }[] = [
  {
    period: '30d',
    alerts: [
      { long: '1h', short: '5m', budgetPercent: 2, action: 'block' },
      { long: '6h', short: '30m', budgetPercent: 5, action: 'block' },
      { long: '1d', short: '2h', budgetPercent: 10, action: 'warn' },
      { long: '3d', short: '6h', budgetPercent: 10, action: 'warn' },
    ],
  },
  {
    period: '28d',
    alerts: [
      { long: '1h', short: '5m', budgetPercent: 2, action: 'block' },
      { long: '6h', short: '30m', budgetPercent: 5, action: 'block' },
      { long: '1d', short: '2h', budgetPercent: 10, action: 'warn' },
      { long: '3d', short: '6h', budgetPercent: 10, action: 'warn' },
    ],
  },
  {
    period: '7d',
    alerts: [
      { long: '1h', short: '5m', budgetPercent: 8, action: 'block' },
      { long: '6h', short: '30m', budgetPercent: 12.5, action: 'block' },
      { long: '1d', short: '2h', budgetPercent: 20, action: 'warn' },
      { long: '3d', short: '6h', budgetPercent: 42, action: 'warn' },
    ],
  },
];

function secondsOf(duration: string): number {
  const seconds = parseDuration(duration);
  if (seconds === undefined) throw new Error(`not a duration in the alert-window table: ${duration}`);
  return seconds;
}

/**
 * The default burn-rate alerts of an SLO period: the table of the longest published period not
 * above it (the shortest table below that). For the table's own period the budget shares as
 * published; for any other period the table's burn-rate factors, so a 14d or 90d SLO alerts at
 * the burn rates its table was chosen for instead of shares scaled to a period they do not fit.
 * Alerts whose long window is not shorter than the period are dropped: they would compare the
 * period with itself.
 */
export function defaultBurnRateAlerts(periodSeconds: number): BurnRateAlert[] {
  const tables = ALERT_WINDOW_TABLES.map((table) => ({ ...table, seconds: secondsOf(table.period) }));
  const table = tables.find((t) => t.seconds <= periodSeconds) ?? tables[tables.length - 1]!;
  return table.alerts
    .map((alert): BurnRateAlert => {
      const longSeconds = secondsOf(alert.long);
      const share = alert.budgetPercent / 100;
      const threshold =
        table.seconds === periodSeconds
          ? { budgetConsumed: share }
          : { factor: Number(((share * table.seconds) / longSeconds).toPrecision(12)) };
      return {
        long: alert.long,
        longSeconds,
        short: alert.short,
        shortSeconds: secondsOf(alert.short),
        ...threshold,
        action: alert.action,
      };
    })
    .filter((alert) => alert.longSeconds < periodSeconds);
}

/**
 * The policy of an SLO that overrides nothing. Its alerts are those of the default period (30d);
 * an SLO with another period gets defaultBurnRateAlerts of its own period unless burnRateAlerts
 * is written. budgetBlockBelow and maxBurnRate are off.
 */
export const DEFAULT_POLICY: Policy = {
  budgetExhausted: 'block',
  budgetWarnBelow: 0.25,
  burnRateAlerts: defaultBurnRateAlerts(secondsOf(DEFAULT_WINDOW)),
  minEvents: 100,
  onPrometheusError: 'block',
};

/** network.observed.window when not written: "carried N req/s in the last hour". */
export const DEFAULT_OBSERVED_WINDOW = '1h';
