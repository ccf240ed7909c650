/** The report every renderer draws from; `--format json` prints it as is (DESIGN.md schema). */

export type Verdict = 'pass' | 'warn' | 'block';
export type SloStatus = 'pass' | 'warn' | 'block' | 'nodata' | 'error';

export interface SloQuery {
  window: string;
  promql: string;
}

export interface SloResult {
  name: string;
  /** Fraction: 0.999. */
  objective: number;
  window: string;
  status: SloStatus;
  /** Fraction of the period's budget left; negative when overspent; null without data. */
  errorBudgetRemaining: number | null;
  /** Burn rate per window; null where the window had no traffic. */
  burnRates: Record<string, number | null>;
  /** ISO 8601 duration until the budget is gone at the current 1h burn; null when not burning. */
  exhaustsIn: string | null;
  reasons: string[];
  queries: SloQuery[];
  /** Warnings Prometheus (or Thanos, on partial responses) sent with the answers. Only when any. */
  warnings?: string[];
}

export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  file: string;
  line: number;
  column: number;
  resource: string;
  message: string;
  hint?: string;
}

export interface Hint {
  id: string;
  title: string;
  evidence: string[];
  slo?: string;
}

export interface Report {
  verdict: Verdict;
  /** RFC 3339, the pinned evaluation time of every query. */
  evaluatedAt: string;
  slos: SloResult[];
  findings: Finding[];
  hints: Hint[];
}
