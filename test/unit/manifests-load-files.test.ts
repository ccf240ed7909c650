import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { UsageError } from '../../src/errors.js';
import { pathSources, readSources } from '../../src/manifests/sources.js';

const OPTIONS = { defaultNamespace: 'default' };
const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

let root: string;
let cwd: string;

beforeAll(async () => {
  cwd = process.cwd();
  root = await mkdtemp(join(tmpdir(), 'slo-gate-load-'));
  process.chdir(root);
});

afterAll(async () => {
  process.chdir(cwd);
  await rm(root, { recursive: true, force: true });
});

describe('readSources of paths: folders', () => {
  beforeAll(async () => {
    await mkdir('bundle/b-sub/deeper', { recursive: true });
    await mkdir('bundle/.git', { recursive: true });
    await mkdir('bundle/node_modules/pkg', { recursive: true });
    await writeFile('bundle/z.yaml', configMap('z'));
    await writeFile('bundle/a.yml', configMap('a'));
    await writeFile(
      'bundle/b-sub/deeper/c.json',
      JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }),
    );
    await writeFile('bundle/b-sub/m.YAML', configMap('m'));
    await writeFile('bundle/README.md', '# not a manifest\n');
    await writeFile('bundle/.hidden.yaml', configMap('hidden'));
    await writeFile('bundle/.git/x.yaml', configMap('git'));
    await writeFile('bundle/node_modules/pkg/y.yaml', configMap('module'));
  });

  it('reads .yaml, .yml and .json files recursively in sorted order, skipping dot entries and node_modules', async () => {
    const { resources, findings } = await readSources(pathSources(['bundle']), OPTIONS);
    expect(findings).toEqual([]);
    expect(resources.map((r) => [r.name, r.file])).toEqual([
      ['a', join('bundle', 'a.yml')],
      ['c', join('bundle', 'b-sub', 'deeper', 'c.json')],
      ['m', join('bundle', 'b-sub', 'm.YAML')],
      ['z', join('bundle', 'z.yaml')],
    ]);
  });

  it('keeps file names as given: relative stays relative', async () => {
    const { resources } = await readSources(
      pathSources(['./bundle/z.yaml', join(root, 'bundle', 'a.yml')]),
      OPTIONS,
    );
    expect(resources.map((r) => r.file)).toEqual(['./bundle/z.yaml', join(root, 'bundle', 'a.yml')]);
  });

  it('reads a file given by name whatever its extension (one without resources is a usage error)', async () => {
    await expect(readSources(pathSources(['bundle/README.md']), OPTIONS)).rejects.toThrow(
      'no manifests were read from bundle/README.md',
    );
  });
});

describe('readSources of paths: bad inputs', () => {
  it('rejects a missing path with a usage error naming it', async () => {
    await expect(readSources(pathSources(['nope/missing.yaml']), OPTIONS)).rejects.toThrow(UsageError);
    await expect(readSources(pathSources(['nope/missing.yaml']), OPTIONS)).rejects.toThrow(
      'nope/missing.yaml: no such file or folder — fix: give an existing file or folder, or - for stdin',
    );
  });

  it('rejects a folder without any YAML with a usage error naming the folder', async () => {
    await mkdir('docs-only/sub', { recursive: true });
    await writeFile('docs-only/sub/notes.txt', 'hello\n');
    await expect(readSources(pathSources(['docs-only']), OPTIONS)).rejects.toThrow(
      /^docs-only: no \.yaml, \.yml or \.json files in this folder or below/,
    );
  });

  it('reports an unreadable file (a broken link) and still reads the others', async () => {
    await mkdir('mixed', { recursive: true });
    await writeFile('mixed/a.yaml', configMap('a'));
    await symlink(join(root, 'mixed', 'gone.yaml'), 'mixed/b.yaml');
    await writeFile('mixed/c.yaml', configMap('c'));
    const { resources, findings } = await readSources(pathSources(['mixed']), OPTIONS);
    expect(resources.map((r) => r.name)).toEqual(['a', 'c']);
    expect(findings).toEqual([
      {
        ruleId: 'input-unreadable',
        severity: 'error',
        file: join('mixed', 'b.yaml'),
        line: 1,
        column: 1,
        resource: '',
        message: `${join('mixed', 'b.yaml')} cannot be read: no such file or folder`,
        hint: expect.any(String),
      },
    ]);
  });

  it('reports empty files as nothing, and binary or non-UTF-8 files as findings, reading the rest', async () => {
    await mkdir('odd', { recursive: true });
    await writeFile('odd/1-empty.yaml', '');
    await writeFile('odd/2-binary.yaml', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
    await writeFile('odd/3-latin1.yaml', Buffer.from('kind: caf\xe9\n', 'latin1'));
    await writeFile('odd/4-good.yaml', configMap('good'));
    const { resources, findings } = await readSources(pathSources(['odd']), OPTIONS);
    expect(resources.map((r) => r.name)).toEqual(['good']);
    expect(findings.map((f) => [f.ruleId, f.file, f.message])).toEqual([
      [
        'input-unreadable',
        join('odd', '2-binary.yaml'),
        `${join('odd', '2-binary.yaml')} is a binary file, not YAML text`,
      ],
      ['input-unreadable', join('odd', '3-latin1.yaml'), `${join('odd', '3-latin1.yaml')} is not UTF-8 text`],
    ]);
  });

  describe('a 50 MB file', () => {
    const big = 'large/big.yaml';
    beforeAll(async () => {
      await mkdir('large', { recursive: true });
      // One ConfigMap whose data is a 50 MB block scalar: 700,000 lines of 75 bytes + a 70-byte head
      // = 52,500,070 bytes = 50.07 MiB.
      const line = `    ${'x'.repeat(70)}\n`;
      const lines = 700_000;
      await writeFile(
        big,
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n  blob: |\n${line.repeat(lines)}`,
      );
      await writeFile('large/small.yaml', configMap('small'));
    });

    it('is refused with a finding, unread, when over the limit; the other files are still read', async () => {
      const { resources, findings } = await readSources(pathSources(['large']), {
        ...OPTIONS,
        maxFileBytes: 20 * 1024 * 1024,
      });
      expect(resources.map((r) => r.name)).toEqual(['small']);
      expect(findings).toEqual([
        expect.objectContaining({
          ruleId: 'input-unreadable',
          file: join('large', 'big.yaml'),
          line: 1,
          message: `${join('large', 'big.yaml')} is 50.1 MiB, over the 20 MiB limit`,
        }),
      ]);
    });

    it('is read within the default limit', async () => {
      const { resources, findings } = await readSources(pathSources([big]), OPTIONS);
      expect(findings).toEqual([]);
      expect(resources).toHaveLength(1);
      const blob = (resources[0]!.object.data as Record<string, string>).blob!;
      expect(blob.length).toBe(71 * 700_000);
      expect(relative('.', resources[0]!.file)).toBe(big);
    });
  });
});
