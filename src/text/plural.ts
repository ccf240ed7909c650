/** Counted nouns for messages. Pure. */

/** "3 SLOs", "1 file", "0 findings". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
