// Every console example of the docs (```console blocks: `$ slo-gate …` and what it prints) is run
// and its output compared with what the doc shows; the markers a block may carry are described in
// scripts/lib/doc-outputs.mjs. Called by scripts/check-docs.mjs (build first: it runs dist/cli.js);
// alone: node scripts/check-doc-outputs.mjs [folder] prints one line per difference and exits 1, or
// a count of the blocks compared and not runnable.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoShop } from './lib/demo-shop.mjs';
import { compareOutput, consoleBlocks } from './lib/doc-outputs.mjs';
import { startPrometheus } from './lib/prometheus.mjs';

const REPOSITORY = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPOSITORY, 'dist/cli.js');

/**
 * Runs and compares the console blocks of `docs` (paths relative to `root`); each difference goes
 * to `problem(where, text)`. Returns how many blocks were compared and how many are not runnable.
 * @param {{ root: string, docs: string[], problem: (where: string, text: string) => void }} options
 */
export async function checkDocOutputs({ root, docs, problem }) {
  const counts = { compared: 0, notRunnable: 0, commands: 0 };
  const bin = mkdtempSync(join(tmpdir(), 'slo-gate-doc-outputs-bin-'));
  writeFileSync(join(bin, 'slo-gate'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'slo-gate'), 0o755);
  try {
    for (const file of docs) {
      for (const block of consoleBlocks(readFileSync(join(root, file), 'utf8'))) {
        const where = `${file}:${block.line}`;
        const { marker } = block;
        if (marker.error) {
          problem(where, `the check-docs marker before this block: ${marker.error}`);
          continue;
        }
        if (marker.notRunnable) {
          counts.notRunnable++;
          continue;
        }
        if (block.commands.length === 0) {
          problem(where, 'a console block without a `$ slo-gate …` command (or a not-runnable marker)');
          continue;
        }
        for (const stray of block.strays) {
          problem(`${file}:${stray.line}`, 'output before the first `$ slo-gate …` command');
        }
        counts.compared++;
        const cwd = marker.fixture ? workingCopy(root, marker) : root;
        try {
          for (const command of block.commands) {
            counts.commands++;
            const run = await runCommand(command.args, { cwd, bin, marker });
            if (run.error) {
              problem(`${file}:${command.line}`, run.error);
              continue;
            }
            const expected = marker.exit === undefined ? [0, 1] : [marker.exit];
            if (!expected.includes(run.status)) {
              const wanted =
                marker.exit === undefined ? '0 or 1 (a verdict)' : `${marker.exit} (exit=${marker.exit})`;
              const said = run.stderr.trim().split('\n')[0];
              problem(
                `${file}:${command.line}`,
                `the command exits ${run.status}, not ${wanted}${said ? `: ${said}` : ''}`,
              );
            }
            for (const line of compareOutput(file, command, run.stdout + run.stderr, marker.normalise)) {
              problem(line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2));
            }
          }
        } finally {
          if (cwd !== root) rmSync(cwd, { recursive: true, force: true });
        }
      }
    }
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
  return counts;
}

/** A temp copy of the marker's fixture; with git-head, a repository whose HEAD holds that folder. */
function workingCopy(root, marker) {
  const work = mkdtempSync(join(tmpdir(), 'slo-gate-doc-outputs-'));
  if (marker.gitHead) {
    cpSync(join(root, marker.gitHead), work, { recursive: true });
    const git = (...args) =>
      spawnSync('git', ['-c', 'user.name=docs', '-c', 'user.email=docs@example.com', ...args], { cwd: work });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'the baseline the doc diffs against');
    for (const name of readdirSync(work)) if (name !== '.git') rmSync(join(work, name), { recursive: true });
  }
  cpSync(join(root, marker.fixture), work, { recursive: true });
  return work;
}

async function runCommand(args, { cwd, bin, marker }) {
  let prometheus;
  let line = args;
  if (marker.prometheus === 'demo') {
    const at = /--at\s+(\S+)/.exec(args)?.[1];
    const end = at && (/^\d+$/.test(at) ? Number(at) : Date.parse(at) / 1000);
    if (!end || end % 60 !== 0 || !/--prometheus-url\s+\S+/.test(args)) {
      return { error: 'prometheus=demo needs --prometheus-url and an --at on the minute' };
    }
    try {
      prometheus = await startPrometheus(demoShop(end));
    } catch (error) {
      return { error: `prometheus=demo: ${error.message}` };
    }
    line = args.replace(/--prometheus-url\s+\S+/, `--prometheus-url ${prometheus.url}`);
  }
  try {
    return spawnSync('bash', ['-o', 'pipefail', '-c', `slo-gate ${line}`], {
      cwd,
      encoding: 'utf8',
      timeout: 30_000,
      env: {
        ...process.env,
        PATH: `${bin}:${dirname(process.execPath)}:${process.env.PATH}`,
        // What a reader sees in a pipe: no colour, lines whole.
        NO_COLOR: '1',
        FORCE_COLOR: undefined,
        COLUMNS: undefined,
      },
    });
  } finally {
    await prometheus?.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? REPOSITORY);
  const docs = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
  const problems = [];
  const counts = await checkDocOutputs({
    root,
    docs,
    problem: (where, text) => problems.push(`${where}: ${text}`),
  });
  for (const line of problems) process.stderr.write(`check-doc-outputs: ${line}\n`);
  if (problems.length === 0) {
    process.stdout.write(
      `check-doc-outputs: ${counts.compared} console blocks compared with a real run, ${counts.notRunnable} not runnable\n`,
    );
  }
  process.exit(problems.length === 0 ? 0 : 1);
}
