// The docs hold only true claims that a machine can check. Run by .ci/run after the build (it runs
// dist/cli.js). Checks README.md, CHANGELOG.md and docs/*.md (docs/rules.md is generated from the rules):
//   1. every shell block marked `<!-- check-docs: run -->` on the line before it runs and exits 0,
//      from the repository root, with `slo-gate` on PATH meaning dist/cli.js;
//   2. every `--flag` the docs write is one of slo-gate's (its --help and each command's), unless it
//      belongs to another tool named in the same code span or line (npm, apt-get, argocd ...);
//   3. every YAML block that is a slo-gate config (or an `sli:` of one, or a Sloth, OpenSLO or Pyrra
//      spec) loads: the config schema rejects unknown keys, so every key written there exists; and
//      every config key written inline (`manifests.paths`, `prometheus.url`) is a key of those blocks;
//   4. every link to a file of the repository resolves;
//   5. every ```console block (`$ slo-gate …` and what it prints) is run, against the fixture its
//      marker names, and prints what the doc shows (scripts/check-doc-outputs.mjs; markers in
//      scripts/lib/doc-outputs.mjs).
// Usage: node scripts/check-docs.mjs [folder] (default: this repository). Prints one line per problem
// and exits 1, or one summary line and exits 0.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { checkDocOutputs } from './check-doc-outputs.mjs';
import { fencedBlocks as fencedBlocksWithLines } from './lib/doc-outputs.mjs';

const REPOSITORY = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The docs checked: this repository's, or those under the folder given (the tests give one).
const ROOT = resolve(process.argv[2] ?? REPOSITORY);
const CLI = join(REPOSITORY, 'dist/cli.js');
const DOCS = [
  ...['README.md', 'CHANGELOG.md'].filter((name) => existsSync(join(ROOT, name))),
  ...(existsSync(join(ROOT, 'docs')) ? readdirSync(join(ROOT, 'docs')) : [])
    .filter((name) => name.endsWith('.md') && name !== 'rules.md')
    .map((name) => `docs/${name}`),
];
const RUN_MARKER = '<!-- check-docs: run -->';
// The config's top-level keys, as the loader's schema lists them (one list, read from its source).
const CONFIG_KEYS = new Set(
  [
    .../export const CONFIG_KEYS = \[([^\]]*)\]/
      .exec(readFileSync(join(REPOSITORY, 'src/config/schema.ts'), 'utf8'))[1]
      .matchAll(/'([a-z]+)'/g),
  ].map((m) => m[1]),
);
// Flags of other tools the docs show, recognised by the command their span or line starts with.
const FOREIGN_COMMANDS = /\b(npm|npx|apt-get|argocd|tsc|prettier|eslint|docker|kubectl|helm|git|kustomize)\b/;
// Flags written without their command nearby: whose they are.
const FOREIGN_FLAGS = new Map([
  ['--enable-feature', "Prometheus's (native histograms)"],
  ['--query', "Prometheus's (--query.max-samples)"],
  ['--cpu-prof', "node's"],
  ['--revision', "argocd app sync's"],
]);

const problems = [];
const problem = (where, text) => problems.push(`${where}: ${text}`);
let checked = { runs: 0, flags: 0, configs: 0, keys: 0, links: 0, outputs: undefined };

/** Fenced blocks: language, first line number, body; and the line before the fence. */
function fencedBlocks(text) {
  return fencedBlocksWithLines(text).map(({ language, line, lines, before }) => ({
    language,
    line,
    body: lines.map((shown) => shown.text).join('\n'),
    before,
  }));
}

/** Text outside fenced blocks, line by line with numbers. */
function proseLines(text) {
  const lines = text.split('\n');
  let inFence = false;
  return lines.flatMap((line, i) => {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      return [];
    }
    return inFence ? [] : [{ line: i + 1, text: line }];
  });
}

function cli(args, cwd = ROOT) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
}

// 1. Runnable shell examples.
function checkRunnable(file, blocks) {
  const bin = mkdtempSync(join(tmpdir(), 'slo-gate-docs-bin-'));
  writeFileSync(join(bin, 'slo-gate'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'slo-gate'), 0o755);
  for (const block of blocks) {
    if (block.before !== RUN_MARKER) continue;
    checked.runs++;
    const run = spawnSync('bash', ['-euo', 'pipefail', '-c', block.body], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${dirname(process.execPath)}:${process.env.PATH}` },
    });
    if (run.status !== 0) {
      const said = (run.stderr || run.stdout).trim().split('\n')[0];
      problem(`${file}:${block.line}`, `the example exits ${run.status}${said ? `: ${said}` : ''}`);
    }
  }
  rmSync(bin, { recursive: true, force: true });
}

// 2. Flags.
const help = [
  '',
  'check',
  'budget',
  'validate',
  'rules',
  'hook',
  'netpol',
  'netpol diff',
  'netpol explain',
  'netpol list',
]
  .map((command) => cli([...(command ? command.split(' ') : []), '--help']).stdout)
  .join('\n');
const knownFlags = new Set(help.match(/--[a-z][a-z0-9-]*/g));

function checkFlags(file, text) {
  for (const [index, line] of text.split('\n').entries()) {
    const spans = [...line.matchAll(/`([^`]*)`/g)].map((m) => m[1]);
    for (const match of line.matchAll(/--[a-z][a-z0-9-]*/g)) {
      const flag = match[0];
      if (knownFlags.has(flag)) {
        checked.flags++;
        continue;
      }
      if (FOREIGN_FLAGS.has(flag)) continue;
      const span = spans.find((s) => s.includes(flag));
      if (FOREIGN_COMMANDS.test(span ?? line)) continue;
      problem(
        `${file}:${index + 1}`,
        `${flag} is not a flag of slo-gate (slo-gate --help and each command's --help)`,
      );
    }
  }
}

// 3. Config blocks and keys.
const configKeyPaths = new Set();
function collectKeyPaths(value, prefix) {
  if (Array.isArray(value)) {
    for (const item of value) collectKeyPaths(item, prefix);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    configKeyPaths.add(path);
    collectKeyPaths(inner, path);
  }
}

/** The block as a file slo-gate loads as its config, or undefined when it is not one. */
function asConfig(body) {
  let documents;
  try {
    documents = parseAllDocuments(body).map((d) => d.toJS());
  } catch {
    return undefined;
  }
  const [first] = documents;
  if (!first || typeof first !== 'object' || Array.isArray(first)) return undefined;
  const keys = Object.keys(first);
  const importedSpec = documents.some(
    (d) =>
      d &&
      (d.version === 'prometheus/v1' || /^(sloth\.slok\.dev|openslo|pyrra\.dev)\//.test(d.apiVersion ?? '')),
  );
  if (importedSpec) return { text: body, value: undefined };
  if (keys.length === 1 && keys[0] === 'sli') {
    // An SLI alone: the `sli:` of one SLO.
    const indented = body.replace(/^/gm, '    ');
    return { text: `slos:\n  - name: example\n    objective: 99.9\n${indented}\n`, value: { slos: [first] } };
  }
  if (keys.length > 0 && keys.every((key) => CONFIG_KEYS.has(key))) return { text: body, value: first };
  return undefined;
}

function checkConfigs(file, blocks, work) {
  for (const block of blocks) {
    if (!/^ya?ml$/.test(block.language)) continue;
    const config = asConfig(block.body);
    if (!config) continue;
    checked.configs++;
    writeFileSync(join(work, 'config.yaml'), config.text);
    const run = cli(['validate', '--config', 'config.yaml', 'empty.yaml', '--format', 'json'], work);
    // 0 or 1 is a verdict on empty.yaml: the config loaded. 2 is the config's own error.
    if (run.status === 2) {
      problem(`${file}:${block.line}`, `this config does not load: ${run.stderr.trim().split('\n')[0]}`);
    } else if (config.value) {
      collectKeyPaths(config.value, '');
    }
  }
}

function checkInlineKeys(file, text) {
  for (const { line, text: prose } of proseLines(text)) {
    for (const [, span] of prose.matchAll(/`([a-z]+(?:\.[A-Za-z]+)+)`/g)) {
      if (!CONFIG_KEYS.has(span.split('.')[0])) continue;
      checked.keys++;
      if (!configKeyPaths.has(span)) {
        problem(`${file}:${line}`, `\`${span}\` is not a config key (not in any config example that loads)`);
      }
    }
  }
}

// 4. Links to repository files.
function checkLinks(file, text) {
  for (const { line, text: prose } of proseLines(text)) {
    for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
      checked.links++;
      const path = resolve(ROOT, dirname(file), decodeURIComponent(target.split('#')[0]));
      if (!existsSync(path))
        problem(`${file}:${line}`, `links to ${relative(ROOT, path)}, which does not exist`);
    }
  }
}

if (!existsSync(CLI)) {
  process.stderr.write('check-docs: dist/cli.js is missing: run npm run build first\n');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'slo-gate-docs-'));
// A config's include: and paths are relative to it: give the examples' Sloth file its place.
cpSync(join(REPOSITORY, 'examples/slos'), join(work, 'slos'), { recursive: true });
writeFileSync(
  join(work, 'empty.yaml'),
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: docs-check\n  namespace: default\ndata: {}\n',
);
try {
  const texts = DOCS.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]);
  for (const [file, text] of texts) checkConfigs(file, fencedBlocks(text), work);
  for (const [file, text] of texts) {
    const blocks = fencedBlocks(text);
    checkRunnable(file, blocks);
    checkFlags(file, text);
    checkInlineKeys(file, text);
    checkLinks(file, text);
  }
  checked.outputs = await checkDocOutputs({ root: ROOT, docs: DOCS, problem });
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  for (const line of problems) process.stderr.write(`check-docs: ${line}\n`);
  process.exit(1);
}
process.stdout.write(
  `check-docs: ${DOCS.length} files: ${checked.runs} runnable examples ran, ${checked.flags} flags, ` +
    `${checked.configs} config examples, ${checked.keys} inline config keys and ${checked.links} links checked; ` +
    `${checked.outputs.compared} console blocks compared with a real run, ${checked.outputs.notRunnable} not runnable\n`,
);
