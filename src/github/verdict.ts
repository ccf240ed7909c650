/**
 * What the step's result is (pure): block fails it, warn fails it only with fail-on: warn, advisory
 * never fails. The one line that says why is the failure message or an annotation of its own kind.
 */
import { exitCodeFor, type Report } from '../model/index.js';
import { verdictReason } from '../report/annotations.js';

export interface StepResult {
  /** 'fail': core.setFailed (exit code 1, an error annotation); otherwise an annotation or a log line. */
  kind: 'fail' | 'warning' | 'notice' | 'info';
  message: string;
}

export interface StepPolicy {
  failOn: 'block' | 'warn';
  mode: 'enforce' | 'advisory';
  /** Publishing an earlier run's report: that run already passed or failed. */
  publishOnly?: boolean;
}

export function stepResult(report: Report, policy: StepPolicy): StepResult {
  const reason = verdictReason(report);
  if (report.verdict === 'pass') return { kind: 'info', message: `slo-gate passed: ${reason}` };
  const verb = report.verdict === 'block' ? 'blocked' : 'warned';
  if (policy.publishOnly) {
    return { kind: 'notice', message: `slo-gate ${verb} (published from an earlier run): ${reason}` };
  }
  if (policy.mode === 'advisory') {
    return { kind: 'notice', message: `slo-gate ${verb} (mode: advisory, not enforced): ${reason}` };
  }
  if (exitCodeFor(report.verdict, policy) === 1) {
    return {
      kind: 'fail',
      message: `slo-gate ${verb}${report.verdict === 'warn' ? ' (fail-on: warn)' : ''}: ${reason}`,
    };
  }
  return { kind: 'warning', message: `slo-gate ${verb}: ${reason}` };
}
