/**
 * Several instant queries asked in one request: each part tagged with a label naming its index and
 * joined with `or`. Parts never collide (the tag differs), so the answer holds every part's series
 * unchanged but for the tag. Pure.
 *
 * Why: an SLO's windows are many small queries (two per window); on a loaded Prometheus each request
 * costs more in HTTP and scheduling than evaluating its few samples. One request per SLO asks the
 * same PromQL, evaluated over the same data at the same time.
 */

/** The label that tells the parts of a combined answer apart. */
export const PART_LABEL = 'slo_gate_part';

/** `label_replace(<part 0>, "slo_gate_part", "0", "", "") or label_replace(<part 1>, …) or …`. */
export function combinedQuery(parts: readonly string[]): string {
  return parts
    .map((part, index) => `label_replace(${part}, "${PART_LABEL}", "${index}", "", "")`)
    .join(' or ');
}

/**
 * A combined answer's samples sorted back into their parts (the tag removed). Undefined when a sample
 * carries no tag of a part that was asked: the answer was not what the combination produces.
 */
export function splitCombined<S extends { labels: Record<string, string> }>(
  samples: readonly S[],
  partCount: number,
): S[][] | undefined {
  const parts: S[][] = Array.from({ length: partCount }, () => []);
  for (const sample of samples) {
    const tag = sample.labels[PART_LABEL];
    const index = tag !== undefined && /^\d+$/.test(tag) ? Number(tag) : -1;
    if (index < 0 || index >= partCount) return undefined;
    const labels = { ...sample.labels };
    delete labels[PART_LABEL];
    parts[index]!.push({ ...sample, labels });
  }
  return parts;
}
