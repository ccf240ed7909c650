// The console examples of the docs, read and compared with what a real run printed (pure: no process
// is run here; scripts/check-doc-outputs.mjs runs them).
//
// A console block is a fenced ```console block of one or more commands, each a line
// `$ slo-gate …`, `$ npx slo-gate …` or `$ node dist/cli.js …`, followed by the lines it prints
// (stdout, then stderr). The line before the fence (blank lines aside) may be a marker:
//   <!-- check-docs: fixture=DIR git-head=DIR prometheus=demo normalise=timestamp exit=1 -->
//     fixture=DIR      the command runs in a copy of DIR (default: the docs' root folder)
//     git-head=DIR     that copy is a git repository whose HEAD commit holds DIR's files
//     prometheus=demo  --prometheus-url points at a real Prometheus holding the demo shop's 31 days
//                      of history up to the command's --at
//     normalise=A,B    what legitimately varies, replaced on both sides before comparing:
//                      timestamp (RFC 3339), duration (0.4s, 12ms), version (1.2.3), tmp (temp paths)
//     exit=N           the exit code the run must have (default: 0 or 1, a verdict)
//   <!-- check-docs: not-runnable: REASON -->   the block is not run; REASON says why
import { tmpdir } from 'node:os';

const MARKER = /^<!--\s*check-docs:\s*(.*?)\s*-->$/;
const COMMAND = /^\$ (?:npx slo-gate|slo-gate|node dist\/cli\.js)(?=\s|$)(.*)$/;

export const NORMALISERS = {
  timestamp: [/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z\b/g, '<timestamp>'],
  duration: [/\b\d+(?:\.\d+)?(?:ms|s)\b/g, '<duration>'],
  version: [/\b\d+\.\d+\.\d+\b/g, '<version>'],
  tmp: [new RegExp(`${tmpdir().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[\\w.-]+`, 'g'), '<tmp>'],
};
const KEYS = new Set(['fixture', 'git-head', 'prometheus', 'normalise', 'exit']);

/**
 * A marker's settings, or { error } naming what is wrong with it.
 * @param {string} text the line before the fence
 */
export function parseMarker(text) {
  const match = MARKER.exec(text);
  if (!match || match[1] === 'run') return {};
  const body = match[1];
  const notRunnable = /^not-runnable:\s*(.*)$/.exec(body);
  if (notRunnable) {
    return notRunnable[1] ? { notRunnable: notRunnable[1] } : { error: 'not-runnable needs a reason' };
  }
  const settings = { normalise: [] };
  for (const pair of body.split(/\s+/)) {
    const [key, value] = pair.split('=', 2);
    if (!KEYS.has(key) || !value) {
      return { error: `"${pair}" is not one of ${[...KEYS].map((k) => `${k}=…`).join(', ')}` };
    }
    if (key === 'normalise') {
      settings.normalise = value.split(',');
      const unknown = settings.normalise.find((kind) => !(kind in NORMALISERS));
      if (unknown)
        return { error: `normalise=${unknown}: not one of ${Object.keys(NORMALISERS).join(', ')}` };
    } else if (key === 'exit') {
      settings.exit = Number(value);
    } else if (key === 'prometheus' && value !== 'demo') {
      return { error: `prometheus=${value}: only prometheus=demo is known` };
    } else {
      settings[key === 'git-head' ? 'gitHead' : key] = value;
    }
  }
  return settings;
}

/**
 * The fenced blocks of a Markdown text: language, the fence's line number, the lines inside it (the
 * fence's indentation removed, each with its number in the file) and the text of the nearest
 * non-blank line before the fence (where a marker is written; prettier puts a blank line between).
 * @param {string} text
 */
export function fencedBlocks(text) {
  const lines = text.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w*)/.exec(lines[i]);
    if (!open) continue;
    const indent = open[1].length;
    const inside = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++) {
      inside.push({ line: j + 1, text: lines[j].slice(indent) });
    }
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    blocks.push({ language: open[2], line: i + 1, lines: inside, before: lines[k]?.trim() ?? '' });
    i = j;
  }
  return blocks;
}

/**
 * The console blocks of a Markdown text: the marker's settings and each command with the lines the
 * doc shows it printing, every line with its number in the file.
 * @param {string} text
 */
export function consoleBlocks(text) {
  return fencedBlocks(text)
    .filter((fenced) => fenced.language === 'console')
    .map((fenced) => {
      const block = { line: fenced.line, marker: parseMarker(fenced.before), commands: [], strays: [] };
      for (const { line, text: shown } of fenced.lines) {
        const command = COMMAND.exec(shown);
        if (command) block.commands.push({ line, args: command[1].trim(), output: [] });
        else if (block.commands.length > 0) block.commands.at(-1).output.push({ line, text: shown });
        else block.strays.push({ line, text: shown });
      }
      return block;
    });
}

/** @param {string} text @param {string[]} kinds */
export function normalise(text, kinds) {
  return kinds.reduce((out, kind) => out.replace(...NORMALISERS[kind]), text.replace(/[ \t]+$/gm, ''));
}

/**
 * Problems, each `file:line: …`, where a run's output differs from what the doc shows after the
 * command at `command.line`: the first line that differs, or the lines one side has and the other not.
 * @param {string} file
 * @param {{ line: number, output: { line: number, text: string }[] }} command
 * @param {string} printed what the run printed (stdout, then stderr)
 * @param {string[]} kinds what to normalise
 */
export function compareOutput(file, command, printed, kinds = []) {
  const shown = trimBlankEnd(command.output);
  const actual = trimBlankEnd(
    printed
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ text })),
  ).map((l) => l.text);
  for (let i = 0; i < Math.max(shown.length, actual.length); i++) {
    const doc = shown[i];
    const run = actual[i];
    if (doc && run !== undefined && normalise(doc.text, kinds) === normalise(run, kinds)) continue;
    if (!doc) {
      const where = shown.at(-1)?.line ?? command.line;
      return [`${file}:${where}: the run prints more than the doc shows, from: ${JSON.stringify(run)}`];
    }
    if (run === undefined) {
      return [
        `${file}:${doc.line}: the run prints nothing from here on; the doc shows ${JSON.stringify(doc.text)}`,
      ];
    }
    return [
      `${file}:${doc.line}: the doc shows ${JSON.stringify(doc.text)}; a real run prints ${JSON.stringify(run)}`,
    ];
  }
  return [];
}

function trimBlankEnd(lines) {
  let end = lines.length;
  while (end > 0 && lines[end - 1].text.trim() === '') end--;
  return lines.slice(0, end);
}
