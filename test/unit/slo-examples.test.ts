/**
 * Real-world example files of the formats slo-gate imports (Sloth's and OpenSLO's examples/), kept
 * outside this repository: every file either loads, or fails with the one sentence saying what is
 * not supported. Run with `node scripts/slo-examples-check.mjs DIR`; by default DIR is
 * ../shared/slo-examples, and without it the test is skipped.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { UsageError } from '../../src/errors.js';

const DIR = resolve(process.env.SLO_EXAMPLES_DIR ?? '../shared/slo-examples');
const present = existsSync(DIR);

/** Folders of generated Prometheus rules (Sloth's examples/_gen): output of the tools, not specs. */
const GENERATED = new Set(['_gen']);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return GENERATED.has(entry.name) ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

const NOT_SUPPORTED = /is not supported: /;

(present ? describe : describe.skip)(`example SLO files under ${DIR}`, () => {
  test('each file loads, or fails with one "not supported" sentence at file:line', async () => {
    const files = yamlFiles(DIR).sort();
    expect(files.length).toBeGreaterThan(0);
    const outcomes: string[] = [];
    const failures: string[] = [];
    for (const file of files) {
      const name = relative(DIR, file);
      try {
        const config = await loadConfig(file);
        outcomes.push(`loads: ${name} (${config.slos.length} SLOs)`);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        const line = error.message;
        const oneSentence = NOT_SUPPORTED.test(line) && error.line !== undefined && !line.includes('\n');
        (oneSentence ? outcomes : failures).push(`${oneSentence ? 'not supported' : 'FAILS'}: ${line}`);
      }
    }
    process.stdout.write(`${[...outcomes, ...failures].join('\n')}\n`);
    expect(failures).toEqual([]);
  });
});

if (!present) {
  test.skip(`example SLO files: skipped, ${DIR} does not exist (fetch Sloth's and OpenSLO's examples/ there)`, () => {});
}
