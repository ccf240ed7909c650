// `npm run bench [budget] [manifests] [action] [recorded]`: runs the benchmarks (all by default) and rewrites their
// sections of docs/benchmarks.md, each with its machine, date and the floor measured in the same run.
import '../scripts/lib/require-node-24.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runActionStartBenchmark } from './action-start.mjs';
import { runBudgetBenchmark } from './budget.mjs';
import { runManifestBenchmark } from './manifests.mjs';
import { runRecordedBenchmark } from './recorded.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCHMARKS = {
  budget: runBudgetBenchmark,
  manifests: runManifestBenchmark,
  action: runActionStartBenchmark,
  recorded: runRecordedBenchmark,
};
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(BENCHMARKS);

const file = join(root, 'docs/benchmarks.md');
for (const name of chosen) {
  const run = BENCHMARKS[name];
  if (!run) throw new Error(`unknown benchmark ${name}; choose from ${Object.keys(BENCHMARKS).join(', ')}`);
  const section = await run();
  let doc = '# Benchmarks\n\nNumbers from `npm run bench`; each section names its machine and date.\n';
  try {
    doc = readFileSync(file, 'utf8');
  } catch {
    // first run
  }
  const marker = section.slice(0, section.indexOf('\n'));
  const at = doc.indexOf(marker);
  if (at >= 0) {
    const next = doc.indexOf('\n## ', at + marker.length);
    doc = doc.slice(0, at) + section + (next >= 0 ? doc.slice(next + 1) : '');
  } else {
    doc = `${doc.trimEnd()}\n\n${section}`;
  }
  writeFileSync(file, doc);
  process.stdout.write(`${section}\n`);
}
