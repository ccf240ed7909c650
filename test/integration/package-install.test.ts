/**
 * The package as npm publishes it (build first: npm run build): `npm pack` and a global install of the
 * tarball give a working `slo-gate` command, and the install fetches nothing, because dist/ bundles
 * every dependency.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = process.cwd();
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
};

function npm(args: string[], cwd: string) {
  const result = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    // The node running the tests (24) is the node npm and the installed command run on.
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
  });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

describe('npm pack, then npm install -g of the tarball', () => {
  let work: string;
  let prefix: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'slo-gate-pack-'));
    prefix = join(work, 'prefix');
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT)) as {
      filename: string;
    }[];
    // --offline: an install that needed any package from a registry fails here.
    npm(
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--offline',
        '--no-audit',
        '--no-fund',
        join(work, packed!.filename),
      ],
      work,
    );
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the package declares no runtime dependency', () => {
    expect(packageJson.dependencies ?? {}).toEqual({});
  });

  it('installs slo-gate alone: no node_modules under it', () => {
    const installed = join(prefix, 'lib/node_modules');
    expect(readdirSync(installed)).toEqual(['slo-gate']);
    expect(existsSync(join(installed, 'slo-gate/node_modules'))).toBe(false);
  });

  it('`slo-gate --version` prints the package version', () => {
    const result = spawnSync(join(prefix, 'bin/slo-gate'), ['--version'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(packageJson.version);
    expect(result.status).toBe(0);
  });

  it('`slo-gate rules` runs from the bundle (a command that loads the vendored packages)', () => {
    const result = spawnSync(join(prefix, 'bin/slo-gate'), ['rules', '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
    });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBeGreaterThan(10);
  });

  it('`slo-gate validate` checks manifests against the bundled Kubernetes schemas', () => {
    // positions.yaml's ConfigMap has data["key with spaces"]: 3, a number where a string belongs.
    const result = spawnSync(
      join(prefix, 'bin/slo-gate'),
      ['validate', join(ROOT, 'test/fixtures/manifests/positions.yaml'), '--format', 'json'],
      {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
      },
    );
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; message: string }[] };
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'schema-invalid',
        message: expect.stringContaining('key with spaces'),
      }),
    );
  });
});
