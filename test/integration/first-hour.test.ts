/**
 * What a newcomer meets in a first hour with the CLI (node dist/cli.js; build first): counts of what
 * `validate` read, progress under --verbose only for a run over a second, a missing manifests path named at its config line, the
 * advice for a Sloth spec without a Prometheus URL, `budget`'s SARIF, NO_COLOR and FORCE_COLOR.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyOf, close, forwardTo, listen, urlOf } from '../support/http.js';
import { FIXED_END, HOUR, type RunningPrometheus, startPrometheus, steady } from '../support/prometheus.js';

let dir: string;
let prometheus: RunningPrometheus;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-first-hour-'));
  prometheus = await startPrometheus({
    start: FIXED_END - 2 * HOUR,
    end: FIXED_END,
    step: 60,
    series: [
      { name: 'http_requests', labels: { code: '200' }, ratePerSecond: steady(10) },
      { name: 'http_requests', labels: { code: '500' }, ratePerSecond: steady(0.001) },
    ],
  });
}, 120_000);
afterAll(async () => {
  await prometheus?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli.js'), ...args], {
    encoding: 'utf8',
    cwd: dir,
    // No COLUMNS, NO_COLOR or FORCE_COLOR of the machine running the tests: each test sets its own.
    env: { ...process.env, COLUMNS: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI without blocking the event loop, so a stand-in in this process can answer it. */
function cliAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(process.cwd(), 'dist/cli.js'), ...args], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const CONFIG_MAP = (name: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: shop
data:
  key: value
`;

const SLI = `
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{code="500"}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total[{{.window}}]))`;

beforeAll(() => {
  // Two files, three resources: one file holds two documents.
  write('deploy/a.yaml', `${CONFIG_MAP('a')}---\n${CONFIG_MAP('b')}`);
  write('deploy/nested/c.yaml', CONFIG_MAP('c'));
});

describe('validate', () => {
  it('says how much it read after the verdict: 2 files, 3 resources', () => {
    const run = cli(['validate', 'deploy']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^slo-gate: PASS at \S+ — 2 files, 3 resources$/);
  });

  it('accepts --verbose; a run of three resources (well under a second) logs no progress', () => {
    const run = cli(['validate', 'deploy', '--verbose', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'pass', findings: [] });
    expect(run.stderr).toBe('');
  });
});

describe('check --verbose', () => {
  beforeAll(() =>
    write(
      'progress.yaml',
      `prometheus:
  url: ${prometheus.url}
slos:
  - name: first
    objective: 99.9
    window: 1d${SLI}
  - name: second
    objective: 99.9
    window: 1d${SLI}
manifests:
  paths: [deploy]
`,
    ),
  );

  it('a run over a second: the steps of its first second in one line, then each SLO as it is done', async () => {
    // A Prometheus that answers nothing before 1.2 s have passed since the first request reached it,
    // then forwards to the real one: no SLO can be done within the run's first second.
    let released: Promise<void> | undefined;
    const slowStart = await listen(async (req, res) => {
      released ??= new Promise((done) => setTimeout(done, 1200));
      const body = await bodyOf(req);
      await released;
      await forwardTo(prometheus.url, req, res, body);
    });
    const run = await cliAsync([
      'check',
      '-c',
      'progress.yaml',
      '--prometheus-url',
      urlOf(slowStart),
      '--at',
      String(FIXED_END),
      '--verbose',
    ]);
    await close(slowStart);
    expect(run.code).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    // The manifests are read within the first second on an idle machine, not always under load.
    expect(lines[0]).toMatch(
      /^slo-gate: still running after \d+\.\ds; so far: measuring 2 SLOs(; manifests: 2 files, 3 resources)?$/,
    );
    // The two SLOs finish in either order; the counts go 1 then 2, each after the 1.2 s hold.
    const slos = lines.filter((line) => / SLO /.test(line));
    expect(slos).toHaveLength(2);
    expect(slos[0]).toMatch(/^slo-gate: SLO (first|second): pass \(1 of 2 done\) — \d+\.\ds$/);
    expect(slos[1]).toMatch(/^slo-gate: SLO (first|second): pass \(2 of 2 done\) — \d+\.\ds$/);
    for (const line of slos) expect(Number(/— (\d+\.\d)s$/.exec(line)![1])).toBeGreaterThanOrEqual(1.2);
  });

  it('a run within a second (budget: two SLOs on the real Prometheus) prints no progress with --verbose', () => {
    const run = cli(['budget', '-c', 'progress.yaml', '--at', String(FIXED_END), '--verbose']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('logs no progress without --verbose', () => {
    const run = cli(['check', '-c', 'progress.yaml', '--at', String(FIXED_END)]);
    expect(run.stderr).toBe('');
  });
});

describe('a manifests.paths entry that does not exist', () => {
  it('is named with the config file and its line, without advice about stdin (exit 2)', () => {
    write('sub/gate.yaml', 'slos: []\nmanifests:\n  paths:\n    - deploy/\n    - missing/\n');
    const run = cli(['check', '-c', 'sub/gate.yaml']);
    expect(run.code).toBe(2);
    // Paths are relative to the config's folder: sub/deploy/ does not exist. deploy/ is the first
    // item, on line 4 at column 7 (after "    - ").
    expect(run.stderr).toBe(
      "slo-gate: sub/gate.yaml:4:7: manifests.paths: deploy/ (relative to the config file's folder: sub/deploy/) does not exist — fix: correct or remove this path in the config, or give the manifests with --manifests PATH\n",
    );
    expect(run.stderr).not.toContain('stdin');
  });

  it('names the line of the entry that is missing when the ones before it exist', () => {
    write('top.yaml', 'slos: []\nmanifests:\n  paths:\n    - deploy/\n    - missing/\n');
    const run = cli(['check', '-c', 'top.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^slo-gate: top\.yaml:5:7: manifests\.paths: missing\/ does not exist — fix: /,
    );
  });
});

describe('a Sloth spec as the config, without a Prometheus URL', () => {
  it('is told to pass --prometheus-url (a Sloth spec has no prometheus.url to set)', () => {
    write(
      'sloth.yaml',
      `version: prometheus/v1
service: shop
slos:
  - name: availability
    objective: 99.9
    sli:
      events:
        error_query: sum(rate(http_requests_total{code="500"}[{{.window}}]))
        total_query: sum(rate(http_requests_total[{{.window}}]))
    alerting:
      page_alert: { disable: true }
      ticket_alert: { disable: true }
`,
    );
    const run = cli(['budget', '-c', 'sloth.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'sloth.yaml is an SLO spec (Sloth, OpenSLO or Pyrra) and names no Prometheus',
    );
    expect(run.stderr).toContain('fix: pass --prometheus-url');
    expect(run.stderr).not.toContain('set prometheus.url in the config');
  });
});

describe('budget --format sarif', () => {
  it('is a valid SARIF run with no results and no rule catalog: a few hundred bytes', () => {
    write(
      'budget.yaml',
      `prometheus:\n  url: ${prometheus.url}\nslos:\n  - name: a\n    objective: 99.9\n    window: 1d${SLI}\n`,
    );
    const run = cli(['budget', '-c', 'budget.yaml', '--at', String(FIXED_END), '--format', 'sarif']);
    expect(run.code).toBe(0);
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: unknown[] } }; results: unknown[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]!.tool.driver.name).toBe('slo-gate');
    expect(sarif.runs[0]!.tool.driver.rules).toEqual([]);
    expect(sarif.runs[0]!.results).toEqual([]);
    expect(run.stdout.length).toBeLessThan(1024);
  });
});

describe('colour', () => {
  const ESC = '\u001b[';

  it('FORCE_COLOR colours the report on a pipe; empty, it does not', () => {
    expect(cli(['validate', 'deploy'], { FORCE_COLOR: '1' }).stdout).toContain(`${ESC}32mPASS`);
    expect(cli(['validate', 'deploy'], { FORCE_COLOR: '' }).stdout).not.toContain(ESC);
  });

  it('NO_COLOR set to a value wins over FORCE_COLOR; NO_COLOR empty does not turn colour off', () => {
    expect(cli(['validate', 'deploy'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(cli(['validate', 'deploy'], { FORCE_COLOR: '1', NO_COLOR: '' }).stdout).toContain(ESC);
  });
});
