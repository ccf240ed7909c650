// `node scripts/slo-examples-check.mjs DIR`: loads every .yaml/.yml under DIR (Sloth's and OpenSLO's
// examples, say) with slo-gate's config loader and prints, per file, whether it loads or which
// feature is not supported. Exit code 1 when a file fails any other way. It runs the jest test
// test/unit/slo-examples.test.ts, which reads the source directly (no build needed).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  process.stderr.write('usage: node scripts/slo-examples-check.mjs DIR (a folder of SLO spec files)\n');
  process.exit(2);
}
const run = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', 'test/unit/slo-examples.test.ts'],
  { stdio: 'inherit', env: { ...process.env, SLO_EXAMPLES_DIR: resolve(dir) } },
);
process.exit(run.status ?? 1);
