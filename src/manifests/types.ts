/** What a manifest rule is and what it reports; the bundle it works on is model/'s. */
import type { Bundle, Path, Resource, RuleMeta, Severity } from '../model/index.js';

export interface RuleOptions {
  /** References to targets that may live outside the bundle are errors, not hints. */
  strictReferences: boolean;
  /** Where cluster DNS runs and how its pods are labelled (netpol-dns-egress-blocked). */
  dns: { namespace: string; podLabels: Record<string, string> };
  /** Where the ingress controller runs (netpol-blocks-ingress-backend). */
  ingressController: { namespace: string; podLabels: Record<string, string> };
  /** Registry/prefixes images must come from (image-not-allowed); empty: any registry. */
  images: { allow: string[] };
}

export interface RawFinding {
  resource: Resource;
  /** Where in the resource; [] for the resource itself. */
  path: Path;
  message: string;
  /** What to change, and where. */
  hint: string;
  /** Overrides the rule's severity for this finding (e.g. a reference error downgraded when the
   *  target may live outside the bundle and strictReferences is off). */
  severity?: Severity;
}

export interface RuleContext {
  bundle: Bundle;
  options: RuleOptions;
  report: (finding: RawFinding) => void;
}

export interface Rule {
  meta: RuleMeta;
  /** Absent for rules the loader reports itself (yaml-syntax, unrendered-template, ...). */
  check?(context: RuleContext): void;
}
