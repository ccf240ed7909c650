/**
 * What dist/ gives a user before any command runs (build first: npm run build): on an old Node.js
 * one line saying which Node.js it needs; on Node.js 24, stack traces that name src/ files and lines.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = process.cwd();
const APP = join(ROOT, 'dist/app');
// The machine's Debian Node.js; the tests themselves run on Node.js 24.
const OLD_NODE = '/usr/bin/node';

function majorOf(node: string): number | undefined {
  const result = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.split('.')[0]) : undefined;
}
const oldNodeMajor = existsSync(OLD_NODE) ? majorOf(OLD_NODE) : undefined;
const describeOnOldNode = oldNodeMajor !== undefined && oldNodeMajor < 24 ? describe : describe.skip;
if (describeOnOldNode === describe.skip) {
  process.stderr.write(
    `dist-entries: no Node.js older than 24 at ${OLD_NODE}; the version message is not tested\n`,
  );
}

describeOnOldNode(`dist entries on Node.js ${oldNodeMajor} (${OLD_NODE})`, () => {
  it.each([
    ['dist/cli.js', '--version'],
    ['dist/index.js', '--version'],
    ['dist/hook.js', '--version'],
    // npm test, npm run demo and npm run bench stop before they start a Prometheus or jest.
    ['scripts/test.mjs', '--help'],
    ['scripts/demo.mjs', '--help'],
    ['bench/run.mjs', 'budget'],
  ])('%s says in one line that it needs Node.js 24, exit 2', (entry, argument) => {
    const version = spawnSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, '');
    const result = spawnSync(OLD_NODE, [join(ROOT, entry), argument], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n');
    expect(lines).toHaveLength(2); // one line and its newline
    expect(lines[0]).toMatch(
      new RegExp(
        `^slo-gate needs Node\\.js 24 or newer; this is Node\\.js ${version.replaceAll('.', '\\.')}\\. Install`,
      ),
    );
    expect(lines[0]).toContain('https://nodejs.org/');
  });
});

describe('dist source maps', () => {
  /** The bundled file holding src/errors.ts, found through its source map. */
  function chunkOf(source: string): string {
    const maps = readdirSync(APP).filter((file) => file.endsWith('.js.map'));
    const map = maps.find((file) =>
      (JSON.parse(readFileSync(join(APP, file), 'utf8')) as { sources: string[] }).sources.includes(
        `../../${source}`,
      ),
    );
    if (!map) throw new Error(`no source map in dist/app names ${source}: run npm run build`);
    return join(APP, map.replace(/\.map$/, ''));
  }

  it('a stack trace through a bundled function names its src/ file and line', () => {
    const source = 'src/errors.ts';
    // The line of src/errors.ts that calls `log` with an internal error; the thrown error passes it.
    const expectedLine =
      readFileSync(join(ROOT, source), 'utf8')
        .split('\n')
        .findIndex((line) => line.includes('log(`internal error')) + 1;
    expect(expectedLine).toBeGreaterThan(0);

    const script = `
      process.setSourceMapsEnabled(true);
      const { reportFailure } = await import(${JSON.stringify(pathToFileURL(chunkOf(source)).href)});
      try {
        reportFailure(new Error('not a usage error'), () => { throw new Error('the log failed'); });
      } catch (error) {
        process.stdout.write(error.stack);
      }`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const reportFailureFrame = result.stdout.split('\n').find((line) => line.includes('at reportFailure'));
    expect(reportFailureFrame).toContain(`${join(ROOT, source)}:${expectedLine}:`);
  });

  it('maps name our src/ files only and carry no copy of the sources', () => {
    const maps = readdirSync(APP)
      .filter((file) => file.endsWith('.js.map'))
      .map(
        (file) =>
          JSON.parse(readFileSync(join(APP, file), 'utf8')) as {
            sources: string[];
            sourcesContent?: unknown;
          },
      );
    expect(maps.length).toBeGreaterThan(0);
    const sources = [...new Set(maps.flatMap((map) => map.sources))];
    expect(sources.filter((file) => !file.startsWith('../../src/') && file !== '../../package.json')).toEqual(
      [],
    );
    expect(maps.filter((map) => map.sourcesContent !== undefined)).toEqual([]);
  });
});
