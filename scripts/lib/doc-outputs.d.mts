// Types for doc-outputs.mjs (plain JavaScript, like prometheus.mjs). Keep in step with its comments.

export interface Marker {
  fixture?: string;
  gitHead?: string;
  prometheus?: 'demo';
  normalise?: string[];
  exit?: number;
  notRunnable?: string;
  error?: string;
}

export interface ShownLine {
  line: number;
  text: string;
}

export interface ConsoleCommand {
  line: number;
  /** What follows `slo-gate` on the command line. */
  args: string;
  output: ShownLine[];
}

export interface ConsoleBlock {
  line: number;
  marker: Marker;
  commands: ConsoleCommand[];
  /** Lines before the first command. */
  strays: ShownLine[];
}

export const NORMALISERS: Record<string, [RegExp, string]>;
export function parseMarker(text: string): Marker;
export interface FencedBlock {
  language: string;
  line: number;
  lines: ShownLine[];
  /** The nearest non-blank line before the fence. */
  before: string;
}

export function fencedBlocks(text: string): FencedBlock[];
export function consoleBlocks(text: string): ConsoleBlock[];
export function normalise(text: string, kinds: string[]): string;
export function compareOutput(
  file: string,
  command: Pick<ConsoleCommand, 'line' | 'output'>,
  printed: string,
  kinds?: string[],
): string[];
