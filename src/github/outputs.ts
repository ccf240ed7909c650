/** The step's outputs from a report (pure). */
import type { Report } from '../model/index.js';

export interface ReportOutputs {
  verdict: string;
  /** Lowest remaining budget across SLOs as a fraction ("0.2" is 20 %); '' when no SLO has data. */
  'budget-remaining': string;
  findings: string;
}

export function lowestBudgetRemaining(report: Report): number | undefined {
  const values = report.slos.map((s) => s.errorBudgetRemaining).filter((v): v is number => v !== null);
  return values.length > 0 ? Math.min(...values) : undefined;
}

export function reportOutputs(report: Report): ReportOutputs {
  const lowest = lowestBudgetRemaining(report);
  return {
    verdict: report.verdict,
    // 12 significant digits: drops float noise (0.19999999999999996) and keeps every real digit.
    'budget-remaining': lowest === undefined ? '' : String(Number(lowest.toPrecision(12))),
    findings: String(report.findings.length),
  };
}
