/**
 * Sloth PrometheusServiceLevel and AlertWindows, OpenSLO v1alpha and v1, loaded into slo-gate's
 * SLOs. Fixtures are our own, written in the shape of each project's examples; every expected
 * query, objective and period below is worked out by hand from the fixture text.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/index.js';
import { queriesFor } from '../../src/config/sli.js';
import { UsageError } from '../../src/errors.js';
import type { BurnRateAlert, Policy, Sli } from '../../src/model/index.js';

const DIR = relative(process.cwd(), fileURLToPath(new URL('../fixtures/config/importers/', import.meta.url)));
const fixture = (name: string) => join(DIR, name);

const DAY = 86400;
const alert = (
  long: string,
  longSeconds: number,
  short: string,
  shortSeconds: number,
  budgetConsumed: number,
  action: 'block' | 'warn',
): BurnRateAlert => ({ long, longSeconds, short, shortSeconds, budgetConsumed, action });

// The SRE workbook alerts: Sloth's default windows for 30d and 28d periods.
const MONTHLY_ALERTS = [
  alert('1h', 3600, '5m', 300, 0.02, 'block'),
  alert('6h', 21600, '30m', 1800, 0.05, 'block'),
  alert('1d', DAY, '2h', 7200, 0.1, 'warn'),
  alert('3d', 3 * DAY, '6h', 21600, 0.1, 'warn'),
];
// Sloth's default windows for a 7d period: 8, 12.5, 20 and 42 % of the budget.
const WEEKLY_ALERTS = [
  alert('1h', 3600, '5m', 300, 0.08, 'block'),
  alert('6h', 21600, '30m', 1800, 0.125, 'block'),
  alert('1d', DAY, '2h', 7200, 0.2, 'warn'),
  alert('3d', 3 * DAY, '6h', 21600, 0.42, 'warn'),
];
const policy = (burnRateAlerts: BurnRateAlert[]): Policy => ({
  budgetExhausted: 'block',
  budgetWarnBelow: 0.25,
  burnRateAlerts,
  minEvents: 100,
  onPrometheusError: 'block',
});

describe('Sloth PrometheusServiceLevel (the Kubernetes CRD form)', () => {
  test('every resource of a multi-document file; camelCase queries; <service>-<name>; 30d', async () => {
    const file = fixture('sloth-crd.yaml');
    const config = await loadConfig(file);
    expect(config.slos).toEqual([
      {
        name: 'cart-requests-availability',
        objective: 0.999,
        window: '30d',
        windowSeconds: 30 * DAY,
        sli: {
          kind: 'events',
          errorQuery: 'sum(rate(http_requests_total{job="cart",code=~"5.."}[{{.window}}]))',
          totalQuery: 'sum(rate(http_requests_total{job="cart"}[{{.window}}]))',
          totalUnit: 'per-second',
        },
        onNoData: 'warn',
        recorded: { rules: { tool: 'sloth', slothId: 'cart-requests-availability' }, detected: true },
        policy: policy(MONTHLY_ALERTS),
        source: { file, line: 13, column: 7 },
      },
      {
        name: 'wifi-uptime',
        objective: 0.995,
        window: '30d',
        windowSeconds: 30 * DAY,
        sli: { kind: 'ratio', errorRatioQuery: '1 - avg_over_time(wifi_up{ssid="home"}[{{.window}}])' },
        onNoData: 'warn',
        recorded: { rules: { tool: 'sloth', slothId: 'wifi-uptime' }, detected: true },
        policy: policy(MONTHLY_ALERTS),
        source: { file, line: 33, column: 7 },
      },
    ]);
    expect(config.warnings).toEqual([]);
  });
});

describe('Sloth AlertWindows, included', () => {
  test('apply to SLOs of their period without alerts of their own: page blocks, ticket warns', async () => {
    const config = await loadConfig(fixture('with-alert-windows.yaml'));
    const [weekly, ownAlerts, monthly] = config.slos;
    // errorBudgetPercent 10 / 15 / 25 / 50 of the fixture, as fractions of the budget.
    expect(weekly!.policy.burnRateAlerts).toEqual([
      alert('1h', 3600, '5m', 300, 0.1, 'block'),
      alert('6h', 21600, '30m', 1800, 0.15, 'block'),
      alert('1d', DAY, '2h', 7200, 0.25, 'warn'),
      alert('3d', 3 * DAY, '6h', 21600, 0.5, 'warn'),
    ]);
    expect(ownAlerts!.policy.burnRateAlerts).toEqual([
      { long: '1h', longSeconds: 3600, short: '5m', shortSeconds: 300, factor: 20, action: 'block' },
    ]);
    // A 30d SLO: the table is for 7d, so the 30d defaults stay.
    expect(monthly!.policy.burnRateAlerts).toEqual(MONTHLY_ALERTS);
    expect(config.warnings).toEqual([]);
  });

  test('a table for a period no SLO has is a warning, not silence', async () => {
    const config = await loadConfig(fixture('alert-windows-7d.yaml'));
    expect(config.slos).toEqual([]);
    expect(config.warnings).toEqual([
      `${fixture('alert-windows-7d.yaml')}:1:1: warning: the AlertWindows for sloPeriod 7d apply to no SLO: no SLO has a 7d period — fix: give the SLOs it is meant for that period, or remove the include`,
    ]);
  });
});

describe('OpenSLO v1alpha (as Sloth reads it)', () => {
  test("an objective per SLO, named <service>-<metadata.name>-<index> as Sloth's id; target as fraction", async () => {
    const file = fixture('openslo-v1alpha.yaml');
    const config = await loadConfig(file);
    expect(config.slos.map((slo) => [slo.name, slo.objective, slo.window, slo.windowSeconds])).toEqual([
      ['checkout-checkout-availability-0', 0.999, '28d', 28 * DAY],
      // No timeWindows: Sloth's default period.
      ['checkout-checkout-latency-0', 0.99, '30d', 30 * DAY],
      ['checkout-checkout-latency-1', 0.999, '30d', 30 * DAY],
    ]);
    expect(config.slos.map((slo) => slo.source.line)).toEqual([12, 33, 43]);
    // 28 days: the workbook's table, as for 30 days.
    expect(config.slos[0]!.policy).toEqual(policy(MONTHLY_ALERTS));
  });

  test('good becomes errors = total - good; a query with {{.window}} is kept as written', async () => {
    const [availability] = (await loadConfig(fixture('openslo-v1alpha.yaml'))).slos;
    expect(availability!.sli).toEqual({
      kind: 'events',
      errorQuery:
        '(sum(rate(http_requests_total{job="checkout"}[{{.window}}]))) - (sum(rate(http_requests_total{job="checkout",code!~"5.."}[{{.window}}])))',
      totalQuery: 'sum(rate(http_requests_total{job="checkout"}[{{.window}}]))',
      totalUnit: 'per-second',
    });
  });

  test('raw ranges ([5m]) become each window: the 1h queries select the same series over 1h', async () => {
    const { sli } = (await loadConfig(fixture('openslo-v1alpha.yaml'))).slos[1]!;
    if (sli.kind === 'latency')
      throw new Error('an OpenSLO ratio compiles to events, not a histogram lookup');
    // Sloth's generated rule for this shape is 1 - ((good) / (total)) over each window; ours is
    // (total - good) / total: the same selectors over the same range, the same ratio.
    expect(queriesFor(sli, { window: '1h', seconds: 3600 })).toEqual({
      kind: 'events',
      window: '1h',
      seconds: 3600,
      errorQuery:
        '(sum(rate(http_request_duration_seconds_count{job="checkout"}[1h]))) - (sum(rate(http_request_duration_seconds_bucket{job="checkout",le="0.5"}[1h])))',
      totalQuery: 'sum(rate(http_request_duration_seconds_count{job="checkout"}[1h]))',
      totalUnit: 'per-second',
    });
  });
});

describe('OpenSLO v1', () => {
  const load = async () => (await loadConfig(fixture('openslo-v1.yaml'))).slos;

  test('indicatorRef to a kind SLI, metricSourceRef to a Prometheus DataSource, bad/total, targetPercent', async () => {
    const file = fixture('openslo-v1.yaml');
    const [availability] = await load();
    expect(availability).toEqual({
      name: 'payments-availability',
      objective: 0.9995,
      window: '4w',
      windowSeconds: 28 * DAY,
      sli: {
        kind: 'events',
        errorQuery: 'sum(increase(payments_total{outcome="error"}[{{.window}}]))',
        totalQuery: 'sum(increase(payments_total[{{.window}}]))',
        // increase(): each sample is a count of events.
        totalUnit: 'count',
      } satisfies Sli,
      onNoData: 'warn',
      policy: policy(MONTHLY_ALERTS),
      source: { file, line: 48, column: 7 },
    });
  });

  test('an inline indicator with good/total (spec.query and spec.promql); no timeWindow: 30d', async () => {
    const latency = (await load())[1]!;
    expect([latency.name, latency.objective, latency.window]).toEqual(['payments-latency', 0.99, '30d']);
    expect(latency.sli).toEqual({
      kind: 'events',
      errorQuery:
        '(sum(rate(payment_duration_seconds_count[{{.window}}]))) - (sum(rate(payment_duration_seconds_bucket{le="1"}[{{.window}}])))',
      totalQuery: 'sum(rate(payment_duration_seconds_count[{{.window}}]))',
      totalUnit: 'per-second',
    });
  });

  test('raw with rawType failure is the error ratio; a 7d rolling window gets the 7d alerts', async () => {
    const queue = (await load())[2]!;
    expect(queue).toMatchObject({
      name: 'payments-queue',
      objective: 0.98,
      window: '7d',
      windowSeconds: 7 * DAY,
      sli: { kind: 'ratio', errorRatioQuery: 'avg_over_time(payment_queue_failure_ratio[{{.window}}])' },
      policy: policy(WEEKLY_ALERTS),
    });
  });

  test('included next to a Sloth CRD: SLOs in include order', async () => {
    const config = await loadConfig(fixture('bad/include-openslo-and-sloth.yaml'));
    expect(config.slos.map((slo) => slo.name)).toEqual([
      'payments-availability',
      'payments-latency',
      'payments-queue',
      'cart-requests-availability',
      'wifi-uptime',
    ]);
  });
});

describe('MetricsQL in an imported spec', () => {
  it('a Sloth CRD with a MetricsQL-only function loads as written: VictoriaMetrics runs it, Prometheus names it', async () => {
    const [slo] = (await loadConfig(fixture('sloth-crd-metricsql.yaml'))).slos;
    expect(slo!.sli).toEqual({
      kind: 'events',
      errorQuery:
        '1 - histogram_share(0.2, sum by (vmrange) (rate(grpc_duration_seconds_bucket[{{.window}}])))',
      totalQuery: 'sum(rate(grpc_duration_seconds_count[{{.window}}]))',
      totalUnit: 'per-second',
    });
  });
});

async function failure(file: string): Promise<UsageError> {
  try {
    await loadConfig(file);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected ${file} to be rejected`);
}

// Each row: a fixture with one mistake or one unsupported feature, where it is (counted by hand),
// and what the one-line message says.
const REJECTED: [string, { fixture: string; line: number; column: number; parts: string[] }][] = [
  [
    'OpenSLO Timeslices budgeting',
    {
      fixture: 'bad/openslo-timeslices.yaml',
      line: 8,
      column: 20,
      parts: [
        'spec.budgetingMethod: Timeslices is not supported: slo-gate counts good and bad events over the whole period (Occurrences) and has no time slices',
        '— fix: use budgetingMethod: Occurrences',
      ],
    },
  ],
  [
    'a metric source that is not Prometheus',
    {
      fixture: 'bad/openslo-datadog.yaml',
      line: 14,
      column: 19,
      parts: [
        'spec.indicator.spec.ratioMetric.good.metricSource.type: metric source Datadog is not supported: slo-gate queries Prometheus only',
      ],
    },
  ],
  [
    'an OpenSLO target written as a percent',
    {
      fixture: 'bad/openslo-target-percent.yaml',
      line: 24,
      column: 15,
      parts: [
        'spec.objectives[0].target 99.9 looks like a percent; an OpenSLO target is a fraction — did you mean 0.999?',
        '— fix: write target: 0.999 or targetPercent: 99.9',
      ],
    },
  ],
  [
    'an indicatorRef to an SLI that is not there',
    {
      fixture: 'bad/openslo-indicator-ref.yaml',
      line: 24,
      column: 17,
      parts: ['spec.indicatorRef "api-error" names no SLI in the files slo-gate read (SLIs: api-errors)'],
    },
  ],
  [
    'a raw OpenSLO query without a range',
    {
      fixture: 'bad/openslo-no-range.yaml',
      line: 17,
      column: 22,
      parts: [
        'spec.indicator.spec.ratioMetric.bad.metricSource.spec.query has no range selector such as [5m]',
        'sum(rate(http_requests_total[5m]))',
      ],
    },
  ],
  [
    'a typo in a Sloth CRD',
    {
      fixture: 'bad/sloth-crd-typo.yaml',
      line: 12,
      column: 11,
      parts: ['unknown key "errorQuerry" in spec.slos[0].sli.events — did you mean "errorQuery"?'],
    },
  ],
  [
    'an AlertWindows long window not shorter than its period',
    {
      fixture: 'bad/alert-windows-long.yaml',
      line: 10,
      column: 66,
      parts: ['spec.ticket.slow.longWindow 3d is not shorter than sloPeriod 2d'],
    },
  ],
  [
    'generated Prometheus rules in place of a spec',
    {
      fixture: 'bad/prometheus-rule.yaml',
      line: 3,
      column: 7,
      parts: [
        'apiVersion monitoring.coreos.com/v1, kind PrometheusRule is not supported: slo-gate reads Sloth',
      ],
    },
  ],
];

describe('rejected imports: one line at file:line:column with the fix', () => {
  test.each(REJECTED)('%s', async (_name, expected) => {
    const error = await failure(fixture(expected.fixture));
    expect({ file: error.file, line: error.line, column: error.column }).toEqual({
      file: fixture(expected.fixture),
      line: expected.line,
      column: expected.column,
    });
    for (const part of expected.parts) expect(error.message).toContain(part);
    expect(error.message).not.toContain('\n');
    // A misspelt key's fix is its "did you mean"; everything else says what to write.
    if (!error.message.includes('did you mean')) expect(error.fix).toBeTruthy();
  });
});
