import type { Severity } from './report.js';

/** What a manifest rule is: its id, its severity and its documentation. */
export interface RuleMeta {
  /** Stable kebab-case id, prefixed by its family (ingress-, netpol-, sts-, service-, ...). */
  id: string;
  severity: Severity;
  /** Kinds the rule looks at, for the docs. */
  kinds: string[];
  /** One sentence: what the rule catches. */
  description: string;
  /** Why it matters; what breaks at run time. */
  rationale: string;
  /** A minimal manifest the rule reports, and its fix. */
  example: { bad: string; good: string };
}
