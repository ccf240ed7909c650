/** `slo-gate budget`: the SLOs only, their error budget left and burn rates. */
import { runGateCommand } from './check.js';
import type { GateFlags } from './flags.js';

export function runBudgetCommand(flags: GateFlags): Promise<number> {
  return runGateCommand(flags, 'budget');
}
