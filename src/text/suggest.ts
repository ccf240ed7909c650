/** "Did you mean" for misspelt keys. Pure. */

/** Edit distance (insertions, deletions, substitutions; a swap of neighbours counts as one). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The allowed key closest to `written`, when it is close enough to be a typo: a third of the
 * key's length (at least 1, at most 3 edits). Case differences alone always match
 * ("ErrorQuery" -> "errorQuery"), and so do snake_case/camelCase mix-ups ("error_query").
 */
export function closestKey(written: string, allowed: readonly string[]): string | undefined {
  const normalise = (key: string) => key.toLowerCase().replace(/[_-]/g, '');
  const sameWord = allowed.find((key) => normalise(key) === normalise(written));
  if (sameWord) return sameWord;
  let best: { key: string; distance: number } | undefined;
  for (const key of allowed) {
    const distance = editDistance(written.toLowerCase(), key.toLowerCase());
    if (!best || distance < best.distance) best = { key, distance };
  }
  const limit = Math.min(3, Math.max(1, Math.floor(written.length / 3)));
  return best && best.distance <= limit ? best.key : undefined;
}
