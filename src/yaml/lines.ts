/** Offsets into a text as lines and columns. Pure. */
import type { Position } from '../model/index.js';

/** A text with the offsets of its line starts, found once, for offset -> line/column. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(readonly text: string) {}

  /** The 1-based line and column of `offset` (a CR before LF counts as the line's last column). */
  position(offset: number): Position {
    const starts = (this.starts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
