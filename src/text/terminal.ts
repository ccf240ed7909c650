/** What a terminal asks of text output: its width and whether to colour. Pure: given the environment. */

interface Terminal {
  isTTY?: boolean;
  columns?: number;
}

/**
 * The width text output should fit, as ls and kubectl's neighbours read it: COLUMNS when it is a
 * positive number, else the terminal's columns; none (no wrapping) when the output is not a terminal,
 * so a log or a pipe keeps whole lines as kubectl's tables do.
 */
export function outputWidth(env: Record<string, string | undefined>, terminal: Terminal): number | undefined {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return terminal.isTTY && terminal.columns && terminal.columns > 0 ? terminal.columns : undefined;
}

/**
 * Whether to colour: NO_COLOR set to anything but the empty string turns colour off (no-color.org),
 * FORCE_COLOR likewise turns it on where it would be off (force-color.org); otherwise colour only on
 * a terminal that is not TERM=dumb.
 */
export function colourWanted(env: Record<string, string | undefined>, terminal: Terminal): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR) return true;
  return Boolean(terminal.isTTY) && env.TERM !== 'dumb';
}
