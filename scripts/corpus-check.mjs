// Regression against real public manifests: validates each folder of ../shared/corpus as one bundle
// with dist/cli.js and compares with test/corpus/expectations.json. .ci/run calls it when the
// folder is there; the project's own tests never need it.
// usage: node scripts/corpus-check.mjs [CORPUS_DIR]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.argv[2] ?? join(root, '..', 'shared', 'corpus');
if (!existsSync(corpus)) {
  process.stderr.write(`corpus-check: ${corpus} is not there\n`);
  process.exit(2);
}
const { folders } = JSON.parse(readFileSync(join(root, 'test/corpus/expectations.json'), 'utf8'));
let failures = 0;
let checked = 0;
const same = (expected, f) =>
  f.ruleId === expected.ruleId &&
  basename(f.file) === expected.file &&
  (expected.line === undefined || f.line === expected.line) &&
  (expected.resource === undefined || f.resource === expected.resource);

for (const [folder, expectation] of Object.entries(folders)) {
  const run = spawnSync(
    process.execPath,
    [join(root, 'dist/cli.js'), 'validate', join(corpus, folder), '--format', 'json'],
    {
      encoding: 'utf8',
    },
  );
  const problems = [];
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    problems.push(`no JSON report (exit ${run.status}): ${run.stderr.trim()}`);
  }
  if (report) {
    for (const expected of expectation.expected) {
      if (!report.findings.some((f) => same(expected, f)))
        problems.push(`missing ${JSON.stringify(expected)}`);
    }
    for (const f of report.findings) {
      const listed = expectation.expected.some((expected) => same(expected, f));
      if (!listed && f.severity !== 'info') {
        problems.push(
          `unexpected ${f.severity} ${f.ruleId} at ${basename(f.file)}:${f.line} ${f.resource}: ${f.message}`,
        );
      }
      if ((expectation.absentRules ?? []).includes(f.ruleId))
        problems.push(`must not report ${f.ruleId}: ${f.message}`);
    }
    const wantedExit = report.findings.some((f) => f.severity === 'error') ? 1 : 0;
    if (run.status !== wantedExit) problems.push(`exit ${run.status}, expected ${wantedExit}`);
  }
  checked += 1;
  failures += problems.length > 0 ? 1 : 0;
  process.stdout.write(`${problems.length ? 'FAIL' : 'ok  '} ${folder}: ${expectation.why}\n`);
  for (const problem of problems) process.stdout.write(`       ${problem}\n`);
}
process.stdout.write(`corpus: ${checked - failures} passed, ${failures} failed\n`);
process.exit(failures ? 1 : 0);
