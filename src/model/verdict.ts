import type { Verdict } from './report.js';

export interface ExitPolicy {
  failOn: 'block' | 'warn';
  mode: 'enforce' | 'advisory';
}

/** 0 pass or warn, 1 block (or warn with failOn warn); advisory mode reports but never fails. */
export function exitCodeFor(verdict: Verdict, policy: ExitPolicy): 0 | 1 {
  if (policy.mode === 'advisory') return 0;
  if (verdict === 'block') return 1;
  if (verdict === 'warn' && policy.failOn === 'warn') return 1;
  return 0;
}
