/** Defaults of every optional config key, in one place (the README's config table mirrors them). */
import type { Policy, Verdict } from '../model/index.js';

export const DEFAULT_TIMEOUT = '10s';
export const DEFAULT_RETRIES = 2;
export const DEFAULT_CONCURRENCY = 8;
/** Sloth's default SLO period, used for Sloth specs too. */
export const DEFAULT_WINDOW = '30d';
export const DEFAULT_ON_NO_DATA: Verdict = 'warn';
export const DEFAULT_MODE = 'enforce';

/**
 * The four multi-window multi-burn-rate alerts of the SRE workbook (chapter 5, table 5-8) for a
 * 30-day budget: 2 % of the budget in 1 h (14.4x), 5 % in 6 h (6x) page; 10 % in 1 d (3x) and
 * 10 % in 3 d (1x) open a ticket. Expressed as budget consumed, they fit any SLO period.
 */
export const DEFAULT_POLICY: Policy = {
  budgetExhausted: 'block',
  budgetWarnBelow: 0.25,
  burnRateAlerts: [
    { long: '1h', longSeconds: 3600, short: '5m', shortSeconds: 300, budgetConsumed: 0.02, action: 'block' },
    {
      long: '6h',
      longSeconds: 21600,
      short: '30m',
      shortSeconds: 1800,
      budgetConsumed: 0.05,
      action: 'block',
    },
    { long: '1d', longSeconds: 86400, short: '2h', shortSeconds: 7200, budgetConsumed: 0.1, action: 'warn' },
    {
      long: '3d',
      longSeconds: 259200,
      short: '6h',
      shortSeconds: 21600,
      budgetConsumed: 0.1,
      action: 'warn',
    },
  ],
  minEvents: 100,
  onPrometheusError: 'block',
};
