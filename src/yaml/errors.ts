/** How YAML problems are worded: one message saying what is wrong and one hint saying what to do. Pure. */

/** Aliases expand to shared values; beyond this many a document is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 1000;

export interface YamlProblem {
  message: string;
  hint: string;
}

export const TOO_DEEP: YamlProblem = {
  message: 'YAML nested too deeply to read: no Kubernetes object nests hundreds of levels deep',
  hint: 'the file is probably generated wrongly: fix the generator, or leave the file out of the manifests',
};

export const ALIAS_BOMB: YamlProblem = {
  message: `YAML aliases expand beyond ${MAX_ALIAS_COUNT} values (a "billion laughs" expansion?); not read`,
  hint: 'write the values out instead of nesting aliases (*name) of aliases',
};

/** The last `quote` before `at` that is not escaped inside the string it opens (\" or ''). */
export function openingQuote(text: string, start: number, at: number, quote: string): number {
  for (
    let index = text.lastIndexOf(quote, at - 1);
    index >= start;
    index = text.lastIndexOf(quote, index - 1)
  ) {
    const escaped =
      quote === '"' ? text[index - 1] === '\\' : text[index - 1] === "'" || text[index + 1] === "'";
    if (!escaped) return index;
    if (quote === "'") index--; // skip both quotes of ''
  }
  return at;
}

export function describeYamlError(code: string, raw: string): YamlProblem {
  const detail = raw.replace(/\s*\n[\s\S]*$/, '').replace(/ at line \d+, column \d+:?$/, '');
  if (/call stack/i.test(detail)) return TOO_DEEP;
  const message = `YAML syntax error: ${detail}`;
  switch (code) {
    case 'DUPLICATE_KEY':
      return { message, hint: 'remove one of the two keys: kubectl rejects a mapping that repeats a key' };
    case 'TAB_AS_INDENT':
      return { message, hint: 'indent with spaces; YAML does not allow tabs for indentation' };
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return {
        message,
        hint: 'define the anchor (&name) before the alias (*name) that uses it, in the same document',
      };
    case 'MISSING_CHAR':
      return { message, hint: 'close the quote or bracket that starts here' };
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        message,
        hint: 'a key must fit on one line: check for a missing colon or a quote left open above',
      };
    default:
      return {
        message,
        hint: 'fix the YAML here: wrong indentation, a missing colon, or an unclosed quote or bracket are the usual causes',
      };
  }
}
