/**
 * The publisher only renders: it draws the summary's charts from the histories the gate run handed
 * in, with no Prometheus anywhere (no URL, no client, nothing listening).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { readInputs, INPUT_DEFAULTS, type InputName } from '../../src/github/inputs.js';
import { publish } from '../../src/github/publish.js';
import { renderSummary } from '../../src/report/summary.js';
import type { Report } from '../../src/model/index.js';

const T = 1_699_999_980; // 2023-11-14T22:13:00Z

const report: Report = {
  version: 1,
  verdict: 'block',
  evaluatedAt: '2023-11-14T22:13:00Z',
  slos: [
    {
      name: 'checkout',
      objective: 0.999,
      window: '30d',
      status: 'block',
      errorBudgetRemaining: 0.745,
      burnRates: { '5m': 20, '1h': 20 },
      exhaustsIn: 'PT35H',
      reasons: ['burn rate over 1h is 20x and exceeds 14.4x'],
      queries: [{ window: '1h', promql: '(sum(rate(e[1h]))) / (sum(rate(t[1h])))' }],
    },
  ],
  findings: [],
  hints: [],
};

/** Hourly points ending at T: 0.2x, then the incident's 20x over the last two hours. */
const hours = (values: number[]): [number, number][] =>
  values.map((value, i) => [T - (values.length - 1 - i) * 3600, value]);
const checkoutHistory = {
  slo: 'checkout',
  burnRate: hours([0.2, 0.2, 0.2, 20, 20]),
  budgetRemaining: hours([0.8, 0.8, 0.8, 0.7725, 0.745]),
  stepSeconds: 3600,
  budgetStepSeconds: 3600,
  window: '30d',
  burnRateThreshold: 14.4,
};

const inputs = readInputs(
  (name: InputName) =>
    ({ ...INPUT_DEFAULTS, 'github-token': '', comment: 'false', annotations: 'false' })[name],
);

let dir: string;
let stdout: string[];
const saved = { ...process.env };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slo-gate-publish-'));
});

beforeEach(async () => {
  // One summary file for every test: @actions/core keeps the first path it reads.
  await writeFile(join(dir, 'summary.md'), '');
  await writeFile(join(dir, 'outputs'), '');
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary.md');
  process.env.GITHUB_OUTPUT = join(dir, 'outputs');
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
});

const env = () => ({ GITHUB_STEP_SUMMARY: process.env.GITHUB_STEP_SUMMARY, RUNNER_TEMP: dir });

describe('publish with histories handed in', () => {
  it('charts the blocking SLO from the given history: a burn-rate and a budget chart', async () => {
    await publish({
      report,
      inputs,
      mode: 'enforce',
      gate: { histories: [checkoutHistory] },
      env: env(),
      secrets: [],
    });
    const summary = await readFile(join(dir, 'summary.md'), 'utf8');
    expect(summary.match(/```mermaid\n/g)).toHaveLength(2);
    expect(summary.match(/^xychart-beta$/gm)).toHaveLength(2);
    // The 1h/5m alert's threshold line, 14.4x, drawn once per point of the burn-rate chart.
    expect(summary).toMatch(/^ {2}line \[14\.4, 14\.4, 14\.4, 14\.4, 14\.4\]$/m);
    // Rendering is all the publisher does: the summary is the renderer's, byte for byte.
    expect(summary).toBe(renderSummary(report, [checkoutHistory]));
    expect(stdout.join('')).not.toContain('could not write the job summary');
  });

  it('without histories: the same summary minus the charts, and still no Prometheus asked', async () => {
    await publish({ report, inputs, mode: 'enforce', gate: { histories: [] }, env: env(), secrets: [] });
    const summary = await readFile(join(dir, 'summary.md'), 'utf8');
    expect(summary).not.toContain('xychart-beta');
    expect(summary).toBe(renderSummary(report, []));
  });
});

describe('the publisher depends on renderers only', () => {
  it('imports neither gate/ nor the Prometheus client', async () => {
    const source = await readFile(new URL('../../src/github/publish.ts', import.meta.url), 'utf8');
    const imported = [...source.matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1]!);
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((path) => /\/(gate|prometheus)\//.test(path))).toEqual([]);
  });
});
