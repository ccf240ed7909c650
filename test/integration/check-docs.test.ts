/**
 * scripts/check-docs.mjs (build first: it runs dist/cli.js): the repository's docs pass, and each
 * kind of false claim in a folder of docs is named at its file and line, console outputs included.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(process.cwd(), 'scripts/check-docs.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-check-docs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function docs(readme: string): string {
  const root = mkdtempSync(join(dir, 'docs-'));
  writeFileSync(join(root, 'README.md'), readme);
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'docs/present.md'), '# present\n');
  return root;
}

it("passes on this repository's README.md, CHANGELOG.md and docs/", () => {
  const result = run();
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^check-docs: \d+ files: [1-9]\d* runnable examples ran, /);
});

it('passes docs whose flags, config, keys, links and runnable examples are all true', () => {
  const root = docs(
    [
      "Run `slo-gate check --fail-on warn`; `npm ci --no-audit` is npm's. See [the docs](docs/present.md) and `manifests.paths`.",
      '',
      '```yaml',
      'manifests:',
      '  paths: [deploy/]',
      '```',
      '',
      '<!-- check-docs: run -->',
      '',
      '```sh',
      'slo-gate --version',
      '```',
      '',
    ].join('\n'),
  );
  const result = run(root);
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe(
    'check-docs: 2 files: 1 runnable examples ran, 2 flags, 1 config examples, 1 inline config keys and 1 links checked; 0 console blocks compared with a real run, 0 not runnable\n',
  );
});

it('names each false claim at its file and line, and exits 1', () => {
  const root = docs(
    [
      'Use `slo-gate check --fail-at warn`.', // line 1: no such flag
      'See [missing](docs/missing.md).', // line 2: no such file
      'Set `manifests.pathz`.', // line 3: no such key
      '',
      '```yaml', // line 5: a key the schema refuses
      'manifests:',
      '  pathz: [deploy/]',
      '```',
      '',
      '<!-- check-docs: run -->',
      '```sh', // line 11: exits 3
      'exit 3',
      '```',
      '',
    ].join('\n'),
  );
  const result = run(root);
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(5);
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^check-docs: README\.md:1: --fail-at is not a flag of slo-gate/),
      'check-docs: README.md:2: links to docs/missing.md, which does not exist',
      'check-docs: README.md:3: `manifests.pathz` is not a config key (not in any config example that loads)',
      expect.stringMatching(/^check-docs: README\.md:5: this config does not load: .*pathz/),
      'check-docs: README.md:11: the example exits 3',
    ]),
  );
});

describe('console examples', () => {
  /** Docs whose console block validates a fixture holding one ConfigMap (no finding: PASS). */
  function withOutput(
    shown: string[],
    marker = '<!-- check-docs: fixture=shop normalise=timestamp -->',
  ): string {
    const root = docs(
      [
        '# Shop', // 1
        '', // 2
        marker, // 3
        '', // 4
        '```console', // 5
        '$ slo-gate validate deploy', // 6
        ...shown, // 7 …
        '```',
        '',
        '<!-- check-docs: not-runnable: needs a live Argo CD server -->',
        '',
        '```console',
        '$ slo-gate hook --argocd-app shop',
        '```',
        '',
      ].join('\n'),
    );
    mkdirSync(join(root, 'shop/deploy'), { recursive: true });
    writeFileSync(
      join(root, 'shop/deploy/config.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: shop\ndata: {}\n',
    );
    return root;
  }

  it('a block whose output a run prints (its timestamp normalised) passes, and is counted', () => {
    const result = run(withOutput(['slo-gate: PASS at 2026-11-26T14:05:00Z — 1 file, 1 resource']));
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/; 1 console blocks compared with a real run, 1 not runnable\n$/);
  });

  it('a changed output line is named at its file and line, and exits 1', () => {
    const result = run(withOutput(['slo-gate: PASS at 2026-11-26T14:05:00Z — 2 files, 1 resource']));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^check-docs: README\.md:7: the doc shows "slo-gate: PASS at 2026-11-26T14:05:00Z — 2 files, 1 resource"; a real run prints "slo-gate: PASS at \S+Z — 1 file, 1 resource"$/,
      ),
    ]);
  });

  it("without normalise=timestamp the run's own time is a difference too", () => {
    const result = run(
      withOutput(
        ['slo-gate: PASS at 2026-11-26T14:05:00Z — 1 file, 1 resource'],
        '<!-- check-docs: fixture=shop -->',
      ),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^check-docs: README\.md:7: the doc shows /m);
  });

  it("an exit code other than the marker's is named at the command's line", () => {
    const result = run(
      withOutput(
        ['slo-gate: PASS at 2026-11-26T14:05:00Z — 1 file, 1 resource'],
        '<!-- check-docs: fixture=shop normalise=timestamp exit=1 -->',
      ),
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('check-docs: README.md:6: the command exits 0, not 1 (exit=1)');
  });
});
