/** Word wrapping for terminal output. Pure. */

/**
 * `text` as lines of at most `width` characters, broken only at spaces: the first line starts with
 * `firstPrefix`, the others with `restPrefix`. A word longer than a line (a path, a URL) gets a line
 * of its own and is never split. Without a width, one line.
 */
export function wrapWords(
  text: string,
  width: number | undefined,
  firstPrefix: string,
  restPrefix = firstPrefix,
): string[] {
  if (width === undefined) return [`${firstPrefix}${text}`];
  // A line break the text carries starts a new line too.
  const [firstParagraph = '', ...others] = text.split('\n');
  return [
    ...wrapParagraph(firstParagraph, width, firstPrefix, restPrefix),
    ...others.flatMap((paragraph) => wrapParagraph(paragraph, width, restPrefix, restPrefix)),
  ];
}

function wrapParagraph(text: string, width: number, firstPrefix: string, restPrefix: string): string[] {
  const words = text.split(/ +/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = firstPrefix;
  let lineHasWord = false;
  for (const word of words) {
    if (lineHasWord && line.length + 1 + word.length > width) {
      lines.push(line);
      line = restPrefix;
      lineHasWord = false;
    }
    line += lineHasWord ? ` ${word}` : word;
    lineHasWord = true;
  }
  lines.push(line);
  return lines;
}
