/** scripts/check-layers.mjs run as CI runs it, on small source trees written here. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'slo-gate-layers-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function tree(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function checkLayers(): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['scripts/check-layers.mjs', root], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('check-layers', () => {
  it('passes a tree that imports only downwards, with one summary line', () => {
    tree({
      'src/model/report.ts': "import { z } from 'zod';\nexport type Verdict = 'pass';\n",
      'src/errors.ts': 'export class UsageError extends Error {}\n',
      'src/slo/evaluate.ts':
        "import type { Verdict } from '../model/report.js';\nimport { UsageError } from '../errors.js';\n",
      'src/report/json.ts':
        "export { renderJson } from './render.js';\nimport type { Verdict } from '../model/report.js';\n",
      'src/report/render.ts': 'export const renderJson = 1;\n',
      'src/entry/cli.ts': "const gate = await import('../gate/run.js');\n",
      'src/gate/run.ts': "import { renderJson } from '../report/json.js';\n",
    });
    const run = checkLayers();
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    // 7 files written above.
    expect(run.stdout).toBe(
      'layers: 7 files under src/ import only their own layer or below, and only src/entry/ lazily\n',
    );
  });

  it('lists every upward import (static, type-only, re-export and import()) and fails', () => {
    tree({
      'src/model/report.ts': "import { UsageError } from '../errors.js';\n",
      'src/errors.ts': '',
      'src/config/types.ts': 'export type Sli = string;\n',
      'src/slo/evaluate.ts': "import type { Sli } from '../config/types.js';\n",
      'src/k8s/labels.ts': "export { selector } from '../manifests/types.js';\n",
      'src/manifests/types.ts': 'export const selector = 1;\n',
      'src/gate/hook.ts': "const { writeReport } = await import('../entry/output.js');\n",
      'src/entry/output.ts': 'export const writeReport = 1;\n',
      'src/widgets/dial.ts': '',
    });
    const run = checkLayers();
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'src/gate/hook.ts imports src/entry/output.ts (layer 7 above layer 6)',
      "src/gate/hook.ts imports src/entry/output.ts lazily (import() of the project's own code only in src/entry/)",
      'src/k8s/labels.ts imports src/manifests/types.ts (layer 3 above layer 1)',
      'src/model/report.ts imports src/errors.ts (model/ imports nothing of the project)',
      'src/slo/evaluate.ts imports src/config/types.ts (layer 2 above layer 1)',
      'src/widgets is in no layer: add it to the table in scripts/check-layers.mjs',
      'layers: 6 import(s) against the layer rules',
    ]);
  });

  it("fails an import() of the project's own code outside src/entry/, whatever the layer", () => {
    tree({
      'src/model/report.ts': 'export type Verdict = string;\n',
      'src/report/summary.ts': 'export const renderSummary = 1;\n',
      'src/github/publish.ts':
        "const { renderSummary } = await import('../report/summary.js');\n" +
        'const { chart } = await import(`./chart.js`);\n',
      'src/github/chart.ts': 'export const chart = 1;\n',
    });
    const run = checkLayers();
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      "src/github/publish.ts imports src/report/summary.ts lazily (import() of the project's own code only in src/entry/)",
      "src/github/publish.ts imports src/github/chart.ts lazily (import() of the project's own code only in src/entry/)",
      'layers: 2 import(s) against the layer rules',
    ]);
  });

  it('passes import() of our code in src/entry/ and of packages anywhere; import types are no import()', () => {
    tree({
      'src/entry/cli.ts': "const { runCheck } = await import('./commands/check.js');\n",
      'src/entry/commands/check.ts': "import { runGate } from '../../gate/run.js';\n",
      'src/gate/run.ts':
        "export const runGate = 1;\nconst { getOctokit } = await import('@actions/github');\n",
      'src/sinks/pushgateway.ts':
        "type PromClient = typeof import('prom-client');\ntype WriteReport = typeof import('./output.js');\n",
    });
    const run = checkLayers();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('passes imports within one layer: slo/ may use k8s/, report/ may use hints/', () => {
    tree({
      'src/k8s/names.ts': 'export const x = 1;\n',
      'src/slo/windows.ts': "import { x } from '../k8s/names.js';\n",
      'src/hints/release.ts': 'export const y = 1;\n',
      'src/report/text.ts': "import { y } from '../hints/release.js';\n",
    });
    expect(checkLayers().code).toBe(0);
  });
});
