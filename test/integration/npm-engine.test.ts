/**
 * The first README command on an old Node.js: `npm ci` stops at once, naming the Node.js the project
 * needs and the one found (.npmrc engine-strict), instead of warning per dependency and failing
 * later inside one. Run with the machine's Debian Node.js and npm, on a copy of package.json,
 * package-lock.json and .npmrc (`--dry-run`: nothing is fetched or installed).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OLD_NODE = '/usr/bin/node';
const OLD_NPM = '/usr/bin/npm';

function majorOf(node: string): number | undefined {
  const result = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.split('.')[0]) : undefined;
}
const oldMajor = existsSync(OLD_NODE) && existsSync(OLD_NPM) ? majorOf(OLD_NODE) : undefined;
const itOnOldNode = oldMajor !== undefined && oldMajor < 24 ? it : it.skip;
if (itOnOldNode === it.skip) {
  process.stderr.write(`npm-engine: no Node.js older than 24 with npm under /usr/bin; not tested\n`);
}

itOnOldNode(`npm ci on Node.js ${oldMajor} stops at once: slo-gate needs node >=24`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'slo-gate-engine-'));
  try {
    for (const file of ['package.json', 'package-lock.json', '.npmrc']) copyFileSync(file, join(dir, file));
    const result = spawnSync(OLD_NPM, ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: dir,
      encoding: 'utf8',
      // npm runs on the node first on PATH: the old one.
      env: { ...process.env, PATH: `/usr/bin:/bin` },
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('npm error code EBADENGINE');
    expect(result.stderr).toContain('Not compatible with your version of node/npm: slo-gate@');
    expect(result.stderr).toContain('Required: {"node":">=24"}');
    expect(result.stderr).toMatch(new RegExp(`Actual: +\\{"node":"v${oldMajor}\\.`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
