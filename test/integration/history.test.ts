/**
 * sloHistories (and runGate, which calls it on request) against a real Prometheus holding 38 days of generated history, evaluated at its last
 * sample T. Every expected number is derived by hand from the sample layout (see
 * test/integration/scenarios.test.ts): samples every 60 s; in Prometheus 2.x a range [W] at t holds
 * the samples in [t-W, t], so the error ratio over W at t is Σ errors / Σ total over the W/60 one-minute
 * steps starting at t-W ... t-60.
 *
 * checkout: 10 req/s; errors 0.002/s (ratio 0.0002, burn 0.2x at 99.9 %) until T-2h, then 0.2/s
 * (ratio 0.02, burn 20x).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import type { GateConfig } from '../../src/config/types.js';
import { loadSchemaCheck } from '../../src/entry/schema-check.js';
import { sloHistories } from '../../src/gate/history.js';
import { measurableSli } from '../../src/gate/resolve-sli.js';
import { runGate } from '../../src/gate/run.js';
import type { MeasurableSli, Report, SloHistory, SloStatus } from '../../src/model/index.js';
import { createPrometheusClient, type PrometheusClient } from '../../src/prometheus/client.js';
import {
  DAY,
  FIXED_END,
  HOUR,
  type RunningPrometheus,
  startPrometheus,
  steady,
  stepChange,
} from '../support/prometheus.js';

const T = FIXED_END;
const STEP = 60;
const BUDGET = 0.001; // objective 99.9 %
const BASE_RATIO = 0.0002;
const INCIDENT_RATIO = 0.02;
const INCIDENT_START = T - 2 * HOUR;

/** Error ratio over a window of `windowSeconds` ending at t: the share of its minutes after the incident began. */
function ratioAt(t: number, windowSeconds: number): number {
  const minutes = windowSeconds / STEP;
  const late = Math.min(minutes, Math.max(0, (t - INCIDENT_START) / STEP));
  return (late * INCIDENT_RATIO + (minutes - late) * BASE_RATIO) / minutes;
}

const selector = (service: string) => `service="${service}"`;
const events = (service: string) => `
      events:
        errorQuery: sum(rate(http_requests_total{${selector(service)},code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{${selector(service)}}[{{.window}}]))`;

let prometheus: RunningPrometheus;
let dir: string;
let config: GateConfig<MeasurableSli>;
let client: PrometheusClient;

beforeAll(async () => {
  prometheus = await startPrometheus({
    start: T - 38 * DAY,
    end: T,
    step: STEP,
    series: [
      {
        name: 'http_requests',
        labels: { service: 'checkout', code: '200' },
        ratePerSecond: stepChange(INCIDENT_START, 10 - 0.002, 10 - 0.2),
      },
      {
        name: 'http_requests',
        labels: { service: 'checkout', code: '500' },
        ratePerSecond: stepChange(INCIDENT_START, 0.002, 0.2),
      },
      // No error series at all: a healthy service's usual shape.
      { name: 'http_requests', labels: { service: 'clean', code: '200' }, ratePerSecond: steady(5) },
    ],
  });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-history-'));
  const file = join(dir, 'slo-gate.yaml');
  writeFileSync(
    file,
    `prometheus:
  url: ${prometheus.url}
slos:
  - name: checkout
    objective: 99.9
    window: 30d
    sli:${events('checkout')}
  - name: checkout-raw
    objective: 99.9
    window: 30d
    sli:
      raw:
        errorRatioQuery: >-
          sum(rate(http_requests_total{service="checkout",code=~"5.."}[{{.window}}]))
          / sum(rate(http_requests_total{service="checkout"}[{{.window}}]))
  - name: clean
    objective: 99.9
    window: 30d
    sli:${events('clean')}
  - name: nodata
    objective: 99.9
    window: 30d
    sli:${events('gone')}
  - name: healthy
    objective: 99.9
    window: 30d
    sli:${events('checkout')}
  - name: checkout-monthly
    objective: 99.9
    calendar: month
    sli:${events('checkout')}
  - name: broken
    objective: 99.9
    window: 30d
    sli:
      raw:
        errorRatioQuery: label_replace(sum(rate(http_requests_total[{{.window}}])), "a", "$1", "b", "(")
`,
  );
  const loaded = await loadConfig(file);
  client = createPrometheusClient(loaded.prometheus!, { backoffBaseMs: 1 });
  const slos = await Promise.all(
    loaded.slos.map(async (slo) => ({ ...slo, sli: await measurableSli(slo, client, new Date(T * 1000)) })),
  );
  config = { ...loaded, slos };
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * The report as the gate would have made it: names and statuses, and for the SLOs in `measured` the
 * check's own budget left and 1h burn rate at T (which close the charts' lines).
 */
function report(
  statuses: Record<string, SloStatus>,
  measured: Record<string, { budget: number; burn1h: number }> = {},
): Report {
  return {
    version: 1,
    verdict: 'block',
    evaluatedAt: new Date(T * 1000).toISOString(),
    slos: Object.entries(statuses).map(([name, status]) => ({
      name,
      objective: 0.999,
      window: '30d',
      status,
      errorBudgetRemaining: measured[name]?.budget ?? null,
      burnRates: Object.fromEntries(measured[name] ? [['1h', measured[name].burn1h]] : []),
      exhaustsIn: null,
      reasons: [],
      queries: [],
    })),
    findings: [],
    hints: [],
  };
}

function expectClose(actual: number | undefined, expected: number): void {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-6 + 1e-9);
}

function byName(histories: SloHistory[], name: string): SloHistory {
  const found = histories.find((h) => h.slo === name);
  if (!found) throw new Error(`no history for ${name}`);
  return found;
}

describe('the burn rate over the last 24 hours, the budget over the last 30 days (default)', () => {
  let histories: SloHistory[];
  const logged: string[] = [];

  beforeAll(async () => {
    histories = await sloHistories(
      report(
        {
          checkout: 'block',
          'checkout-raw': 'warn',
          healthy: 'pass',
          clean: 'warn',
          nodata: 'block',
          broken: 'block',
        },
        { checkout: { budget: 0.745, burn1h: 20 } },
      ),
      config,
      client,
      new Date(T * 1000),
      { log: (message) => logged.push(message) },
    );
  }, 60_000);

  it('charts the SLOs that warn or block, in report order, logging the one whose query fails', () => {
    expect(histories.map((h) => h.slo)).toEqual(['checkout', 'checkout-raw', 'clean', 'nodata']);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      /^charts for SLO broken left out: Prometheus could not run the query .*label_replace/,
    );
  });

  it('samples the burn rate every 5 minutes over 24 h (289 points) and the budget every 6 h over 30 days (121 points), on multiples of the step, then the check at T', () => {
    const checkout = byName(histories, 'checkout');
    expect(checkout.stepSeconds).toBe(300);
    // T = 1,699,999,980 = 5,666,666 · 300 + 180: the 5-minute grid ends 180 s before T.
    expect(checkout.burnRate.map(([t]) => t)).toEqual([
      ...Array.from({ length: 289 }, (_, k) => T - 180 - DAY + k * 300),
      T,
    ]);
    // 30 days / 199 steps = 13,025 s, rounded up to the next clock step: 6 h; 720 h / 6 h + 1 = 121.
    // T = 78,703 · 21,600 + 15,180: the 6-hour grid ends 15,180 s (4 h 13 min) before T.
    expect(checkout.budgetStepSeconds).toBe(6 * HOUR);
    expect(checkout.budgetRemaining.map(([t]) => t)).toEqual([
      ...Array.from({ length: 121 }, (_, k) => T - 15_180 - 30 * DAY + k * 6 * HOUR),
      T,
    ]);
    // The check's own numbers close the lines.
    expect(checkout.burnRate.at(-1)).toEqual([T, 20]);
    expect(checkout.budgetRemaining.at(-1)).toEqual([T, 0.745]);
    // The default 1h/5m alert: 2 % of a 30-day budget in 1 h = 0.02 · 720 = 14.4x.
    expect(checkout.burnRateThreshold).toBe(14.4);
    expect(checkout.window).toBe('30d');
  });

  it.each(['checkout', 'checkout-raw'])(
    '%s: 1h burn 20x from T-1h, ramping up from T-2h, 0.2x before',
    (name) => {
      // Point k is at T-24h-3min + 5k min (k = 288 is T-3min). From k = 277 (T-58min) the hour
      // before lies within the incident (ratio 0.02, 20x); up to k = 264 (T-2h3min) before it
      // (0.0002, 0.2x); in between a ramp: at k = 274 (T-73min), 47 incident minutes of 60 ->
      // (47·0.02 + 13·0.0002) / 60 / 0.001 = 15.71x.
      const burn = byName(histories, name).burnRate.map(([, value]) => value);
      for (let k = 277; k <= 288; k++) expectClose(burn[k], 20);
      expectClose(burn[274], 15.71);
      for (let k = 0; k <= 264; k++) expectClose(burn[k], 0.2);
    },
  );

  it.each(['checkout', 'checkout-raw'])(
    '%s: budget left 80 % at every 6-hour point (the newest, T-4h13min, before the incident)',
    (name) => {
      // No minute of the 30 days before T-4h13min or earlier is in the incident (from T-2h):
      // 0.0002 / 0.001 of the budget spent -> 0.8 left.
      const budget = byName(histories, name).budgetRemaining.map(([, value]) => value);
      for (let k = 0; k <= 120; k++) expectClose(budget[k], 0.8);
    },
  );

  it('checkout-raw, whose report carries no numbers, ends with its grid', () => {
    const raw = byName(histories, 'checkout-raw');
    expect(raw.burnRate).toHaveLength(289);
    expect(raw.budgetRemaining).toHaveLength(121);
  });

  it('reads a service without any error series as 0 errors, not as no data', () => {
    const clean = byName(histories, 'clean');
    expect(clean.burnRate).toHaveLength(289);
    for (const [, value] of clean.burnRate) expect(value).toBe(0);
    for (const [, value] of clean.budgetRemaining) expect(value).toBe(1);
  });

  it('keeps an SLO without traffic, every point NaN', () => {
    const nodata = byName(histories, 'nodata');
    expect(nodata.burnRate).toHaveLength(289);
    expect(nodata.burnRate.every(([, value]) => Number.isNaN(value))).toBe(true);
    expect(nodata.budgetRemaining.every(([, value]) => Number.isNaN(value))).toBe(true);
  });
});

describe('a shorter burn-rate span', () => {
  it('burnHours: 3 samples the last 3 hours every 5 minutes: 37 points, the incident ramp among them', async () => {
    const [checkout] = await sloHistories(report({ checkout: 'block' }), config, client, new Date(T * 1000), {
      burnHours: 3,
    });
    // 3 h / 5 min + 1 = 37 points from T-3h3min (the grid on multiples of 5 minutes, as above).
    expect(checkout!.burnRate).toHaveLength(37);
    checkout!.burnRate.forEach(([t, value], k) => {
      expect(t).toBe(T - 180 - 3 * HOUR + k * 300);
      expectClose(value, ratioAt(t, HOUR) / BUDGET);
    });
    // T-73min is point 22 (110 min after T-3h3min): 15.71x, as over the whole day.
    expectClose(checkout!.burnRate[22]![1], 15.71);
  });
});

describe('a calendar SLO', () => {
  it('charts the 1h burn rate against a threshold sized by its month, and no budget', async () => {
    // 2023-10-31T12:00Z, inside the history: October has 31 days.
    const at = Date.UTC(2023, 9, 31, 12) / 1000;
    const [monthly] = await sloHistories(
      report({ 'checkout-monthly': 'block' }),
      config,
      client,
      new Date(at * 1000),
    );
    // 2 % of a 31-day budget in 1 h = 0.02 × 744 = 14.88x (a 30-day month would give 14.4x).
    expect(monthly!.burnRateThreshold).toBe(14.88);
    expect(monthly!.window).toBe('calendar month');
    // The period so far has another length at every point: no budget series.
    expect(monthly!.budgetRemaining).toEqual([]);
    // Long before the incident: 0.2x at each of the 289 five-minute steps of the day.
    expect(monthly!.burnRate).toHaveLength(289);
    for (const [, value] of monthly!.burnRate) expectClose(value, 0.2);
  });
});

describe('the gate run collects the histories', () => {
  const run = (histories?: boolean) =>
    runGate({
      configFile: join(dir, 'slo-gate.yaml'),
      scope: 'budget',
      at: String(T),
      log: () => undefined,
      loadSchemaCheck,
      ...(histories !== undefined ? { histories } : {}),
    });

  it('when asked: one per blocking or warning SLO of its own report', async () => {
    const gate = await run(true);
    // 20x over 1h and 5m exceeds the 14.4x alert: checkout, checkout-raw, healthy and
    // checkout-monthly (the same queries; November has 30 days) block; clean passes, nodata has no
    // traffic and broken's query fails: no charts.
    expect(gate.histories.map((h) => h.slo)).toEqual([
      'checkout',
      'checkout-raw',
      'healthy',
      'checkout-monthly',
    ]);
    expectClose(byName(gate.histories, 'checkout').burnRate.at(-1)![1], 20);
    expectClose(byName(gate.histories, 'healthy').budgetRemaining.at(-1)![1], 0.745);
  }, 60_000);

  it('otherwise none', async () => {
    expect((await run()).histories).toEqual([]);
    expect((await run(false)).histories).toEqual([]);
  }, 60_000);
});
