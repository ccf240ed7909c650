/** Error attribution: which label values carry the errors of a burning SLO. Pure. */
import type { Hint } from '../model/index.js';
import { readablePercent } from '../slo/format.js';

export interface LabelledValue {
  labels: Record<string, string>;
  value: number;
}

/** Contributors listed until they explain this share of the errors (at most MAX_CONTRIBUTORS). */
const EXPLAINED_SHARE = 0.95;
const MAX_CONTRIBUTORS = 5;

/**
 * "route=/refund code=503: 99.5% of errors over 1h" from the error query grouped by the
 * attribution labels. undefined when there were no errors to attribute.
 */
export function attributionHint(
  slo: string,
  window: string,
  labels: string[],
  samples: LabelledValue[],
): Hint | undefined {
  const contributors = samples
    .filter((s) => Number.isFinite(s.value) && s.value > 0)
    .sort((a, b) => b.value - a.value);
  const total = contributors.reduce((sum, s) => sum + s.value, 0);
  if (total <= 0) return undefined;

  const evidence: string[] = [];
  let explained = 0;
  for (const [index, contributor] of contributors.entries()) {
    // A single leftover is named rather than summed up as "1 more".
    const last = index === contributors.length - 1;
    if (!last && (evidence.length >= MAX_CONTRIBUTORS || explained >= EXPLAINED_SHARE)) break;
    const share = contributor.value / total;
    explained += share;
    evidence.push(
      `${describeLabels(labels, contributor.labels)}: ${readablePercent(share)} of errors over ${window}`,
    );
  }
  const rest = contributors.length - evidence.length;
  if (rest > 0) {
    evidence.push(
      `${rest} more label combination${rest === 1 ? '' : 's'}: ${readablePercent(1 - explained)} of errors`,
    );
  }
  return { id: 'error-attribution', title: evidence[0]!, evidence, slo };
}

function describeLabels(names: string[], values: Record<string, string>): string {
  return names.map((name) => `${name}=${values[name] ?? '(none)'}`).join(' ');
}
