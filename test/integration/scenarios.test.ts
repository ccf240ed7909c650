/**
 * The gate end to end: `node dist/cli.js` against a real Prometheus holding 31 days of generated
 * history, with the evaluation pinned to the last sample. Every expected number is derived by hand
 * below from the sample layout, not taken from the code.
 *
 * How rate() sees the history (step 60 s, samples at T, T-60, ...): in Prometheus 2.x (Debian ships
 * 2.42) a range [W] at T holds the samples in [T-W, T], both ends included (checked:
 * count_over_time(x[6h]) is 361), so rate(x[W]) is the increase from T-W to T, the sum of rate(t)·60
 * over the W/60 steps that start at t = T-W ... T-60, divided by W. (Prometheus 3 leaves T-W out.)
 * Error and total series share sample times, so an error ratio over W is
 *     Σ errors(t) / Σ total(t)   over those W/60 steps,
 * and a total rate is its plain average (constant rates come back exact).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DAY,
  FIXED_END,
  HOUR,
  type CounterSeries,
  type RunningPrometheus,
  startPrometheus,
  steady,
  stepChange,
} from '../support/prometheus.js';

const T = FIXED_END;
/** 2023-11-01T00:00:00Z: the first calendar month boundary inside the history (T is 2023-11-14T22:13Z). */
const NOV_1 = 1_698_796_800;
const STEP = 60;
const BUDGET = 0.001; // objective 99.9 %

/** Steps of a window W at T: W/60 (see the header). */
const steps = (windowSeconds: number) => windowSeconds / STEP;
/** Steps of a window that start at or after `since` seconds before T. */
const stepsSince = (windowSeconds: number, since: number) => Math.min(steps(windowSeconds), since / STEP);

const WINDOWS: Record<string, number> = {
  '5m': 300,
  '30m': 1800,
  '1h': HOUR,
  '2h': 2 * HOUR,
  '6h': 6 * HOUR,
  '1d': DAY,
  '3d': 3 * DAY,
  '30d': 30 * DAY,
};

/** Error ratio over each window when the ratio is `before` until `since` seconds before T, then `after`. */
function ratiosOfStepChange(since: number, before: number, after: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(WINDOWS).map(([w, seconds]) => {
      const late = stepsSince(seconds, since);
      return [w, (late * after + (steps(seconds) - late) * before) / steps(seconds)];
    }),
  );
}

/** ok / error series of one service with a constant total of `total` req/s. */
function service(
  name: string,
  total: number,
  errors: Record<string, (t: number) => number>,
): CounterSeries[] {
  const errorFns = Object.values(errors);
  return [
    {
      name: 'http_requests',
      labels: { service: name, route: '/cart', code: '200' },
      ratePerSecond: (t) => total - errorFns.reduce((sum, f) => sum + f(t), 0),
    },
    ...Object.entries(errors).map(([key, fn]) => {
      const [route, code] = key.split(' ');
      return {
        name: 'http_requests',
        labels: { service: name, route: route!, code: code! },
        ratePerSecond: fn,
      };
    }),
  ];
}

const series: CounterSeries[] = [
  // healthy: 10 req/s, 0.02 % errors for the whole history.
  ...service('healthy', 10, { '/cart 500': steady(0.002) }),
  // fastburn: 0.02 % errors, plus /refund failing at 0.2/s for the last 2 hours.
  ...service('fastburn', 10, { '/cart 500': steady(0.002), '/refund 503': stepChange(T - 2 * HOUR, 0, 0.2) }),
  // slowburn: 0.02 % errors, then 0.4 % for the last 2 days.
  ...service('slowburn', 10, { '/cart 500': stepChange(T - 2 * DAY, 0.002, 0.04) }),
  // exhausted: 0.15 % errors all month (burn 1.5x).
  ...service('exhausted', 10, { '/cart 500': steady(0.015) }),
  // quiet: 0.01 req/s (3 requests in 5 minutes); half of them fail in the last 30 minutes.
  ...service('quiet', 0.01, { '/cart 500': stepChange(T - 30 * 60, 0, 0.005) }),
  // weekly: 0.072 % errors all month (burn 0.72x against 99.9 %).
  ...service('weekly', 10, { '/cart 500': steady(0.0072) }),
  // monthly: 0.305 % errors (3.05x) through October, 0.05 % (0.5x) from 2023-11-01T00:00Z.
  ...service('monthly', 10, { '/cart 500': stepChange(NOV_1, 0.0305, 0.005) }),
];

let prometheus: RunningPrometheus;
let dir: string;

beforeAll(async () => {
  prometheus = await startPrometheus({ series, start: T - 31 * DAY, end: T, step: STEP });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-scenarios-'));
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  report: {
    verdict: string;
    evaluatedAt: string;
    slos: {
      name: string;
      status: string;
      errorBudgetRemaining: number | null;
      burnRates: Record<string, number | null>;
      exhaustsIn: string | null;
      periodEnd?: string;
      reasons: string[];
      queries: { window: string; promql: string }[];
      warnings?: string[];
    }[];
    hints: { id: string; title: string; evidence: string[]; slo?: string }[];
  };
}

function slo(name: string, selector: string, extra = ''): string {
  return `
  - name: ${name}
    objective: 99.9
    window: 30d
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{${selector},code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{${selector}}[{{.window}}]))
${extra}`;
}

function runGate(configBody: string, args: string[] = [], url = prometheus.url, at = T): Run {
  const file = join(dir, `gate-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, configBody);
  const result = spawnSync(
    process.execPath,
    [
      'dist/cli.js',
      'check',
      '--config',
      file,
      '--prometheus-url',
      url,
      '--at',
      String(at),
      '--format',
      'json',
      ...args,
    ],
    { encoding: 'utf8' },
  );
  let report = undefined as unknown as Run['report'];
  try {
    report = JSON.parse(result.stdout);
  } catch {
    // left undefined: the test's assertions say what was expected
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, report };
}

function expectClose(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-6 + 1e-12);
}

describe('steady and healthy', () => {
  it('passes with 80 % of the budget left and every burn rate at 0.2x', () => {
    const run = runGate(`slos:${slo('healthy', 'service="healthy"')}`);
    expect(run.code).toBe(0);
    expect(run.report.verdict).toBe('pass');
    const [result] = run.report.slos;
    expect(result!.status).toBe('pass');
    // 0.002 / 10 = 0.0002 errors per request; burn 0.0002 / 0.001 = 0.2; remaining 1 - 0.2.
    for (const w of Object.keys(WINDOWS)) expectClose(result!.burnRates[w], 0.2);
    expectClose(result!.errorBudgetRemaining, 0.8);
    // 0.8 of 30 days at 0.2x lasts 0.8 · 720 h / 0.2 = 2880 h.
    expect(result!.exhaustsIn).toBe('PT2880H');
    expect(result!.reasons).toEqual([]);
    expect(run.report.evaluatedAt).toBe('2023-11-14T22:13:00Z');
  });
});

describe('fast burn (page)', () => {
  const run = () =>
    runGate(`slos:${slo('fastburn', 'service="fastburn"', '    attribution: [route, code]')}`, ['--verbose']);

  it('blocks on the 1h/5m and 6h/30m alerts with the numbers derived from the history', () => {
    const result = run();
    expect(result.code).toBe(1);
    expect(result.report.verdict).toBe('block');
    const [s] = result.report.slos;
    expect(s!.status).toBe('block');
    // Last 2 h: (0.2 + 0.002) / 10 = 0.0202; before: 0.0002.
    const ratios = ratiosOfStepChange(2 * HOUR, 0.0002, 0.0202);
    for (const [w, ratio] of Object.entries(ratios)) expectClose(s!.burnRates[w], ratio / BUDGET);
    // By hand: 5m…2h burn 20.2x; 6h (120·0.0202 + 240·0.0002)/360 = 0.0068666… → 6.87x (> 6x).
    expectClose(s!.burnRates['1h'], 20.2);
    expectClose(s!.burnRates['6h'], (120 * 0.0202 + 240 * 0.0002) / 360 / BUDGET);
    const remaining = 1 - ratios['30d']! / BUDGET;
    expectClose(s!.errorBudgetRemaining, remaining);
    expect(s!.reasons.join('\n')).toMatch(/20\.2x over 1h and 20\.2x over 5m exceeds 14\.4x/);
    expect(s!.reasons.join('\n')).toMatch(/6\.87x over 6h and 20\.2x over 30m exceeds 6x/);
    // Exhaustion at the 1h burn: remaining · 30 d / 20.2, to the minute.
    const minutes = Math.round((remaining * 30 * DAY) / 20.2 / 60);
    expect(s!.exhaustsIn).toBe(`PT${Math.floor(minutes / 60)}H${minutes % 60 ? `${minutes % 60}M` : ''}`);
  });

  it('attributes the errors of the last hour to /refund 503', () => {
    const { report } = run();
    // Over 1h: /refund 503 at 0.2/s, /cart 500 at 0.002/s → 0.2 / 0.202 = 99.01 %.
    expect(report.hints).toEqual([
      {
        id: 'error-attribution',
        title: 'route=/refund code=503: 99.01% of errors over 1h',
        evidence: [
          'route=/refund code=503: 99.01% of errors over 1h',
          'route=/cart code=500: 0.99% of errors over 1h',
        ],
        slo: 'fastburn',
      },
    ]);
  });
});

describe('slow burn (ticket)', () => {
  it('warns on the 1d/2h and 3d/6h alerts and exits 0, or 1 with --fail-on warn', () => {
    const config = `slos:${slo('slowburn', 'service="slowburn"', '    attribution: [route]')}`;
    const run = runGate(config);
    expect(run.code).toBe(0);
    expect(run.report.verdict).toBe('warn');
    const [s] = run.report.slos;
    // Last 2 days 0.04/10 = 0.004 (4x); before 0.0002.
    const ratios = ratiosOfStepChange(2 * DAY, 0.0002, 0.004);
    for (const [w, ratio] of Object.entries(ratios)) expectClose(s!.burnRates[w], ratio / BUDGET);
    // 3d by hand: (2880·0.004 + 1440·0.0002) / 4320 = 0.0027333… → 2.73x (> 1x); 1d and 2h: 4x (> 3x).
    expectClose(s!.burnRates['3d'], (2880 * 0.004 + 1440 * 0.0002) / 4320 / BUDGET);
    expect(s!.reasons.join('\n')).toMatch(/4x over 1d and 4x over 2h exceeds 3x/);
    expect(s!.reasons.join('\n')).toMatch(/2\.73x over 3d and 4x over 6h exceeds 1x/);
    // 30d: (2880·0.004 + 40320·0.0002) / 43200 → about 54.7 % left: above the 25 % warning line.
    expectClose(s!.errorBudgetRemaining, 1 - (2880 * 0.004 + 40320 * 0.0002) / 43200 / BUDGET);
    expect(run.report.hints[0]!.title).toBe('route=/cart: 100% of errors over 1d');

    expect(runGate(config, ['--fail-on', 'warn']).code).toBe(1);
  });
});

describe('budget exhausted', () => {
  it('blocks with the overspent budget as a negative remainder', () => {
    const run = runGate(`slos:${slo('exhausted', 'service="exhausted"')}`);
    expect(run.code).toBe(1);
    const [s] = run.report.slos;
    expect(s!.status).toBe('block');
    // 0.015 / 10 = 0.0015 → 1.5x all month → 1 - 1.5 = -0.5.
    expectClose(s!.errorBudgetRemaining, -0.5);
    expect(s!.exhaustsIn).toBe('PT0S');
    expect(s!.reasons.join('\n')).toMatch(/exhausted: -50% remaining/);
  });

  it('is reported but not enforced in advisory mode', () => {
    const run = runGate(`mode: advisory\nslos:${slo('exhausted', 'service="exhausted"')}`);
    expect(run.code).toBe(0);
    expect(run.report.verdict).toBe('block');
    expect(run.stderr).toContain('not enforced (mode: advisory)');
  });
});

describe('no series', () => {
  it.each([
    ['warn', 0, 'warn'],
    ['block', 1, 'block'],
    ['pass', 0, 'pass'],
  ])('with onNoData: %s the SLO is nodata and the verdict follows', (onNoData, code, verdict) => {
    const run = runGate(`slos:${slo('ghost', 'service="ghost"', `    onNoData: ${onNoData}`)}`);
    expect(run.code).toBe(code);
    expect(run.report.verdict).toBe(verdict);
    const [s] = run.report.slos;
    expect(s!.status).toBe('nodata');
    expect(s!.errorBudgetRemaining).toBeNull();
    expect(s!.reasons.join('\n')).toMatch(/no data over 30d/);
  });
});

describe('traffic below minEvents', () => {
  it('does not judge thin windows and passes on the budget', () => {
    const run = runGate(`slos:${slo('quiet', 'service="quiet"', '    policy: { minEvents: 1000 }')}`);
    expect(run.code).toBe(0);
    const [s] = run.report.slos;
    expect(s!.status).toBe('pass');
    // 30 steps at 50 % errors over the last 30 minutes: the 5m burn is 0.5 / 0.001 = 500x ...
    expectClose(s!.burnRates['5m'], 500);
    // ... but 0.01 req/s · 300 s = 3 events, far below 1000: the 1h/5m alert is not judged.
    expect(s!.reasons.join('\n')).toMatch(
      /1h\/5m alert not judged: .*3 events over 5m, fewer than minEvents 1000/,
    );
    // 30d: 30 · 0.5 / 43200 error ratio → 1 - 0.3472… = 65.3 % left.
    expectClose(s!.errorBudgetRemaining, 1 - (30 * 0.5) / 43200 / BUDGET);
  });
});

describe('several SLOs', () => {
  it('takes the most severe status as the verdict', () => {
    const run = runGate(
      `slos:${slo('healthy', 'service="healthy"')}${slo('slowburn', 'service="slowburn"')}${slo('fastburn', 'service="fastburn"')}`,
      ['--format', 'text'],
    );
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('slo-gate: BLOCK at 2023-11-14T22:13:00Z');
    expect(run.stdout).toMatch(/^healthy +pass /m);
    expect(run.stdout).toMatch(/^slowburn +warn /m);
    expect(run.stdout).toMatch(/^fastburn +block /m);
  });
});

/** A config file the CLI must refuse: exit 2, one line on stderr naming file:line:column. */
function runRefused(configBody: string): { file: string; stderr: string; code: number | null } {
  const file = join(dir, `refused-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, configBody);
  const result = spawnSync(process.execPath, ['dist/cli.js', 'check', '--config', file, '--at', String(T)], {
    encoding: 'utf8',
  });
  return { file, stderr: result.stderr, code: result.status };
}

const WEEKLY_SLI = `
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="weekly",code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="weekly"}[{{.window}}]))`;

describe("a 7d SLO at a steady 0.72x burn (Sloth's 7d alert windows)", () => {
  // 0.0072 / 10 = 0.00072 errors per request → 0.72x in every window. Sloth's 7d factors are
  // 13.44 / 3.5 / 1.4 / 0.98x: none fires. The 30d shares scaled to 7 days (0.1 × 7 d / 1 d = 0.7x,
  // 0.1 × 7 d / 3 d = 0.233x) would both fire. 7d remaining: 1 − 0.72 = 28 %, above 25 %.
  it('passes', () => {
    const run = runGate(`slos:\n  - name: weekly\n    objective: 99.9\n    window: 7d${WEEKLY_SLI}\n`);
    expect(run.code).toBe(0);
    const [s] = run.report.slos;
    expect(s!.status).toBe('pass');
    expect(s!.reasons).toEqual([]);
    for (const w of ['5m', '1h', '6h', '1d', '3d', '7d']) expectClose(s!.burnRates[w], 0.72);
    expectClose(s!.errorBudgetRemaining, 0.28);
    // 0.28 × 168 h / 0.72 = 65.333 h = 65 h 20 min.
    expect(s!.exhaustsIn).toBe('PT65H20M');
    expect(run.stderr).toBe('');
  });

  it('warns with the 30d budget shares written out, and says on stderr they fire below 1x', () => {
    const run = runGate(
      [
        'policy:',
        '  burnRateAlerts:',
        '    - { long: 1h, short: 5m, budgetConsumed: 0.02, action: block }',
        '    - { long: 6h, short: 30m, budgetConsumed: 0.05, action: block }',
        '    - { long: 1d, short: 2h, budgetConsumed: 0.10, action: warn }',
        '    - { long: 3d, short: 6h, budgetConsumed: 0.10, action: warn }',
        'slos:',
        `  - name: weekly\n    objective: 99.9\n    window: 7d${WEEKLY_SLI}`,
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(0);
    expect(run.report.verdict).toBe('warn');
    expect(run.report.slos[0]!.reasons).toEqual([
      'burn rate 0.72x over 1d and 0.72x over 2h exceeds 0.7x (10% of the 7d budget in 1d)',
      'burn rate 0.72x over 3d and 0.72x over 6h exceeds 0.233x (10% of the 7d budget in 3d)',
    ]);
    // The 1d alert is on line 5, the 3d alert on line 6, each at the "{" (column 7).
    expect(run.stderr).toContain(
      ':5:7: warning: policy.burnRateAlerts[2] fires at 0.7x for SLO "weekly" (7d period)',
    );
    expect(run.stderr).toContain(
      ':6:7: warning: policy.burnRateAlerts[3] fires at 0.233x for SLO "weekly" (7d period)',
    );
  });
});

describe('a series that stopped reporting 30 minutes before --at', () => {
  /*
   * The history ends at T; the gate evaluates at T + 30 min. 5m and 30m hold at most the sample at T:
   * no rate, no data. 1h holds T − 30 min … T, 31 samples 60 s apart: Prometheus extrapolates the
   * increase to the window's start (the first sample is on it) and by half a step (30 s) past the
   * last sample, so it counts 1800 + 30 = 1830 s of 10 req/s = 18,300 events. 6h likewise:
   * 19800 + 30 = 19830 s → 198,300 events. (Prometheus 3 leaves T − 30 min out and extrapolates a
   * whole step back to the start instead: 1740 + 60 + 30 = 1830 s, the same count.) The error ratio
   * stays 0.0002 (0.2x) in every window with data, so no alert fires on burn.
   */
  it('warns with onNoData and names both windows of each silent alert', () => {
    const run = runGate(`slos:${slo('healthy', 'service="healthy"')}`, [], prometheus.url, T + 30 * 60);
    expect(run.code).toBe(0);
    expect(run.report.verdict).toBe('warn');
    const [s] = run.report.slos;
    expect(s!.status).toBe('warn');
    expect(s!.burnRates['5m']).toBeNull();
    expect(s!.burnRates['30m']).toBeNull();
    expectClose(s!.burnRates['1h'], 0.2);
    expect(s!.reasons).toEqual([
      '1h/5m alert: no data over 5m while 1h has 18,300 events: the series stopped reporting (onNoData: warn)',
      '6h/30m alert: no data over 30m while 6h has 198,300 events: the series stopped reporting (onNoData: warn)',
    ]);
  });
});

describe('budgetBlockBelow', () => {
  it('blocks the healthy service (80 % left) under an 85 % block threshold', () => {
    // 0.2x all month → 1 − 0.2 = 80 % left, below 85 %.
    const run = runGate(
      `slos:${slo('healthy', 'service="healthy"', '    policy: { budgetWarnBelow: 0.9, budgetBlockBelow: 0.85 }')}`,
    );
    expect(run.code).toBe(1);
    const [s] = run.report.slos;
    expect(s!.status).toBe('block');
    expect(s!.reasons).toEqual(['80% of the error budget left, below the 85% block threshold']);
  });
});

describe('maxBurnRate', () => {
  it('blocks the slow burn at 4x over 4h, a window no alert uses', () => {
    // The last 2 days run at 0.004 / 0.001 = 4x, so 4h is 4x > 2.5x; 1d/2h and 3d/6h warn as before.
    const run = runGate(
      `slos:${slo('slowburn', 'service="slowburn"', '    policy: { maxBurnRate: { factor: 2.5, window: 4h } }')}`,
    );
    expect(run.code).toBe(1);
    const [s] = run.report.slos;
    expect(s!.status).toBe('block');
    expectClose(s!.burnRates['4h'], 4);
    expect(s!.reasons[0]).toBe('burn rate 4x over 4h exceeds the maximum 2.5x');
    expect(s!.reasons.join('\n')).toMatch(/4x over 1d and 4x over 2h exceeds 3x/);
  });
});

describe('policy mistakes the CLI refuses with exit 2 at file:line:column', () => {
  const sloWith = (lines: string[]) =>
    ['slos:', '  - name: checkout', ...lines, ...WEEKLY_SLI.split('\n').slice(1), ''].join('\n');

  it('objective 0.999 (a fraction)', () => {
    const run = runRefused(sloWith(['    objective: 0.999']));
    expect(run.code).toBe(2);
    // Line 3, value at column 16.
    expect(run.stderr).toContain(
      `${run.file}:3:16: slos[0].objective 0.999 looks like a fraction; slo-gate takes percent — did you mean 99.9?`,
    );
  });

  it('objective 100', () => {
    const run = runRefused(sloWith(['    objective: 100']));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${run.file}:3:16: slos[0].objective is 100 %, which leaves no error budget`,
    );
  });

  it("an alert whose long window is not shorter than the SLO's period", () => {
    const run = runRefused(
      sloWith([
        '    objective: 99.9',
        '    window: 3d',
        '    policy:',
        '      burnRateAlerts:',
        '        - { long: 3d, short: 6h, factor: 1, action: warn }',
      ]),
    );
    expect(run.code).toBe(2);
    // Line 7, "3d" at column 19.
    expect(run.stderr).toContain(
      `${run.file}:7:19: slos[0].policy.burnRateAlerts[0].long 3d is not shorter than the 3d period of SLO "checkout"`,
    );
    expect(run.stderr).not.toContain('    at ');
  });
});

describe('a 28d SLO: the slow burn against the 28d alert table', () => {
  it('warns at 2.8x over 1d and 0.933x over 3d, and spends the budget over 28 days', () => {
    const run = runGate(
      `slos:${slo('slowburn', 'service="slowburn"').replace('window: 30d', 'window: 28d')}`,
    );
    expect(run.code).toBe(0);
    expect(run.report.verdict).toBe('warn');
    const [s] = run.report.slos;
    // 28d table (its own period: budget shares): 10 % in 1d = 0.1 × 28 = 2.8x; 10 % in 3d = 0.1 × 28 / 3.
    expect(s!.reasons).toEqual([
      'burn rate 4x over 1d and 4x over 2h exceeds 2.8x (10% of the 28d budget in 1d)',
      'burn rate 2.73x over 3d and 4x over 6h exceeds 0.933x (10% of the 28d budget in 3d)',
    ]);
    // 28d = 40320 steps: the last 2880 (2 days) at 0.004, the 37440 before at 0.0002.
    const ratio28d = (2880 * 0.004 + 37440 * 0.0002) / 40320;
    expectClose(s!.burnRates['28d'], ratio28d / BUDGET);
    expectClose(s!.errorBudgetRemaining, 1 - ratio28d / BUDGET);
    // remaining × 672 h / 4 = (1 − 19.008 / 40.32) × 168 h = 88.8 h = 88 h 48 min.
    expect(s!.exhaustsIn).toBe('PT88H48M');
    expect(s).not.toHaveProperty('periodEnd');
  });
});

/*
 * Calendar periods: the monthly service errs at 0.00305 (3.05x) through October and 0.0005 (0.5x) from
 * November 1st, 00:00 UTC. A range that ends at an evaluation time holds only the steps before it,
 * so each window below lies wholly on one side of the change and every ratio is one of the two.
 */
const MONTHLY_SLI = `
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="monthly",code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="monthly"}[{{.window}}]))`;
const calendarSlo = (period: string) =>
  `slos:\n  - name: monthly\n    objective: 99.9\n    calendar: ${period}${MONTHLY_SLI}\n`;

describe('a calendar-month SLO', () => {
  it('on November 10th at 12:00 spends the budget of the 9d12h so far, not October', () => {
    const at = NOV_1 + 9 * DAY + 12 * HOUR;
    const run = runGate(calendarSlo('month'), [], prometheus.url, at);
    expect(run.code).toBe(0);
    const [s] = run.report.slos;
    expect(s!.status).toBe('pass');
    expect(s).toMatchObject({ window: 'calendar month', periodEnd: '2023-12-01T00:00:00Z' });
    // 0.0005 / 0.001 = 0.5x over the month so far and every shorter window → 50 % left.
    expectClose(s!.burnRates['calendar month'], 0.5);
    for (const w of ['5m', '1h', '6h', '1d', '3d']) expectClose(s!.burnRates[w], 0.5);
    expectClose(s!.errorBudgetRemaining, 0.5);
    // November has 30 days: 0.5 × 720 h / 0.5 = 720 h.
    expect(s!.exhaustsIn).toBe('PT720H');
    expect(s!.reasons).toEqual([]);
    // The range is the period so far: 9 days 12 hours.
    expect(s!.queries).toContainEqual({
      window: 'calendar month',
      promql:
        '(sum(rate(http_requests_total{service="monthly",code=~"5.."}[9d12h]))) / (sum(rate(http_requests_total{service="monthly"}[9d12h])))',
    });
  });

  it('says when the budget resets in the text report', () => {
    const at = NOV_1 + 9 * DAY + 12 * HOUR;
    const run = runGate(calendarSlo('month'), ['--format', 'text'], prometheus.url, at);
    // 2023-11-10T12:00 → 2023-12-01T00:00 = 20 days 12 hours.
    expect(run.stdout).toMatch(/^monthly +pass +99\.9% \/ calendar month, resets in 20d12h /m);
  });

  it('on October 31st at 23:00 is overspent, with its alerts sized by a 31-day month', () => {
    const at = NOV_1 - HOUR;
    const run = runGate(calendarSlo('month'), [], prometheus.url, at);
    expect(run.code).toBe(1);
    const [s] = run.report.slos;
    expect(s).toMatchObject({ status: 'block', periodEnd: '2023-11-01T00:00:00Z', exhaustsIn: 'PT0S' });
    // 0.00305 / 0.001 = 3.05x → 1 − 3.05 = −205 %. October so far: 30 days 23 hours (the history
    // begins on the 14th; errors and totals share sample times, so the ratio is still 0.00305).
    expectClose(s!.errorBudgetRemaining, -2.05);
    // 31 days: 10 % in 1d = 0.1 × 31 = 3.1x (3.05x does not fire); 10 % in 3d = 3.1 / 3 = 1.0333x.
    expect(s!.reasons).toEqual([
      'error budget exhausted: -205% remaining (error ratio 0.305% over calendar month so far (30d23h) against 0.1% allowed)',
      'burn rate 3.05x over 3d and 3.05x over 6h exceeds 1.03x (10% of the calendar month budget in 3d)',
    ]);
  });

  it('on November 1st at 00:00 exactly starts a whole budget, while the alerts still see October', () => {
    const run = runGate(calendarSlo('month'), [], prometheus.url, NOV_1);
    expect(run.code).toBe(0);
    const [s] = run.report.slos;
    expect(s).toMatchObject({ status: 'warn', errorBudgetRemaining: 1, periodEnd: '2023-12-01T00:00:00Z' });
    // The period so far is empty: nothing spent, no events, nothing queried for it.
    expect(s!.burnRates).not.toHaveProperty('calendar month');
    // Every window still ends in October: 3.05x. November has 30 days: 10 % in 1d is 0.1 × 30 = 3x,
    // now below 3.05x; 10 % in 3d is 1x.
    expect(s!.reasons).toEqual([
      'burn rate 3.05x over 1d and 3.05x over 2h exceeds 3x (10% of the calendar month budget in 1d)',
      'burn rate 3.05x over 3d and 3.05x over 6h exceeds 1x (10% of the calendar month budget in 3d)',
      'calendar month budget not judged: 0 events over calendar month so far (0s), fewer than minEvents 100',
    ]);
  });
});

describe('a calendar-week SLO', () => {
  it('on Tuesday 22:13 spends the 1d22h13m since Monday, with the 7d alert table', () => {
    // T is Tuesday 2023-11-14T22:13Z; the week began on Monday 2023-11-13T00:00Z.
    const run = runGate(`slos:\n  - name: weekly\n    objective: 99.9\n    calendar: week${WEEKLY_SLI}\n`);
    expect(run.code).toBe(0);
    const [s] = run.report.slos;
    expect(s).toMatchObject({ status: 'pass', window: 'calendar week', periodEnd: '2023-11-20T00:00:00Z' });
    // 0.72x everywhere; 7d factors 13.44 / 3.5 / 1.4 / 0.98x: none fires. 1 − 0.72 = 28 % left.
    expectClose(s!.burnRates['calendar week'], 0.72);
    expectClose(s!.errorBudgetRemaining, 0.28);
    // A week is 168 h: 0.28 × 168 / 0.72 = 65.333 h.
    expect(s!.exhaustsIn).toBe('PT65H20M');
    expect(s!.reasons).toEqual([]);
  });
});
