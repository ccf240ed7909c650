/**
 * The latency and boolGauge SLI kinds and Pyrra's ServiceLevelObjective, compiled at load: every
 * expected query is written out by hand from the README's definitions, and from the error ratios
 * Pyrra's burn-rate rules compute for each of its indicators.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/index.js';
import { chooseBucket, latencyEvents, queriesFor } from '../../src/config/sli.js';
import { UsageError } from '../../src/errors.js';
import type { LatencySli, Sli } from '../../src/model/index.js';
import { selectorLabelNames } from '../../src/promql/index.js';

const FIXTURES = relative(
  process.cwd(),
  fileURLToPath(new URL('../fixtures/config/pyrra/', import.meta.url)),
);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slo-gate-sli-kinds-'));
});

async function write(name: string, text: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

async function compiled(name: string, sli: string, extra = ''): Promise<Sli> {
  const file = await write(
    name,
    `prometheus: { url: http://localhost:9090 }\nslos:\n  - name: api\n    objective: 99.9\n    sli:\n${sli}${extra}`,
  );
  const config = await loadConfig(file);
  return config.slos[0]!.sli;
}

async function refusal(name: string, text: string): Promise<UsageError> {
  const file = await write(name, text);
  try {
    await loadConfig(file);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected ${name} to be refused`);
}

describe('sli.latency (classic histogram)', () => {
  test('compiles to a latency SLI holding the threshold in seconds and where it is written', async () => {
    const sli = await compiled(
      'latency.yaml',
      `      latency:\n        histogram: http_request_duration_seconds\n        selector: '{service="checkout"}'\n        threshold: 300ms\n`,
      '    attribution: [route]\n',
    );
    expect(sli).toEqual({
      kind: 'latency',
      histogram: 'http_request_duration_seconds',
      matchers: 'service="checkout"',
      threshold: '300ms',
      thresholdSeconds: 0.3,
      attributionLabels: ['route'],
      thresholdSource: { file: join(dir, 'latency.yaml'), line: 9, column: 20 },
    });
  });

  test('resolved with the le Prometheus holds: errors are _count - _bucket, total is _count', () => {
    const sli: LatencySli = {
      kind: 'latency',
      histogram: 'h',
      matchers: 'service="checkout"',
      threshold: '300ms',
      thresholdSeconds: 0.3,
      attributionLabels: ['route'],
      thresholdSource: { file: 'f', line: 1 },
    };
    const events = latencyEvents(sli, 'le="0.30"');
    expect(events).toEqual({
      kind: 'events',
      errorQuery:
        'sum(rate(h_count{service="checkout"}[{{.window}}])) - sum(rate(h_bucket{service="checkout", le="0.30"}[{{.window}}]))',
      totalQuery: 'sum(rate(h_count{service="checkout"}[{{.window}}]))',
      totalUnit: 'per-second',
      attribution: {
        labels: ['route'],
        errorQuery:
          'sum by (route) (rate(h_count{service="checkout"}[{{.window}}])) - sum by (route) (rate(h_bucket{service="checkout", le="0.30"}[{{.window}}]))',
      },
    });
    expect(queriesFor(events, { window: '5m', seconds: 300 })).toMatchObject({
      totalQuery: 'sum(rate(h_count{service="checkout"}[5m]))',
    });
  });

  test('without a selector the series carry only le', () => {
    const events = latencyEvents(
      {
        kind: 'latency',
        histogram: 'h',
        matchers: '',
        threshold: '1s',
        thresholdSeconds: 1,
        attributionLabels: [],
        thresholdSource: { file: 'f', line: 1 },
      },
      'le="1"',
    );
    expect(events.errorQuery).toBe(
      'sum(rate(h_count[{{.window}}])) - sum(rate(h_bucket{le="1"}[{{.window}}]))',
    );
  });

  test('the bucket: one spelling, several spellings, none equal (nearest named), no series at all', () => {
    expect(chooseBucket(0.3, ['0.1', '0.30', '+Inf'])).toEqual({ found: true, leMatcher: 'le="0.30"' });
    // "0.3" and "0.30" from two clients are one boundary: both matched, dots escaped in the regex.
    expect(chooseBucket(0.3, ['0.3', '0.30', '1'])).toEqual({
      found: true,
      leMatcher: 'le=~"0\\\\.3|0\\\\.30"',
    });
    expect(chooseBucket(0.3, ['0.1', '0.25', '0.5', '1', '+Inf'])).toEqual({
      found: false,
      below: '0.25',
      above: '0.5',
    });
    expect(chooseBucket(0.3, [])).toEqual({ found: true, leMatcher: 'le="0.3"' });
  });

  test('a histogram named by its _bucket series is refused with the base name as the fix', async () => {
    const error = await refusal(
      'suffix.yaml',
      `prometheus: { url: http://localhost:9090 }\nslos:\n  - name: api\n    objective: 99.9\n    sli:\n      latency: { histogram: h_bucket, threshold: 300ms }\n`,
    );
    expect(error.message).toContain(
      'suffix.yaml:6:29: slos[0].sli.latency.histogram names the bucket series',
    );
    expect(error.message).toContain('fix: write histogram: h');
  });

  test('a selector matching on le is refused: the threshold picks the bucket', async () => {
    const error = await refusal(
      'le.yaml',
      `prometheus: { url: http://localhost:9090 }\nslos:\n  - name: api\n    objective: 99.9\n    sli:\n      latency: { histogram: h, selector: '{le="0.3"}', threshold: 300ms }\n`,
    );
    expect(error.message).toContain('le.yaml:6:42: slos[0].sli.latency.selector must not match on le');
  });
});

describe('sli.latency native: true', () => {
  test('errors are the count above the threshold: count × (1 - histogram_fraction(0, t, ...))', async () => {
    const sli = await compiled(
      'native.yaml',
      `      latency: { histogram: rpc_seconds, selector: 'job="api"', threshold: 250ms, native: true }\n`,
    );
    const rate = 'sum(rate(rpc_seconds{job="api"}[{{.window}}]))';
    expect(sli).toEqual({
      kind: 'events',
      errorQuery: `histogram_count(${rate}) * (1 - histogram_fraction(0, 0.25, ${rate}))`,
      totalQuery: `histogram_count(${rate})`,
      totalUnit: 'per-second',
    });
  });
});

describe('sli.boolGauge', () => {
  test('events: count_over_time - sum_over_time errors of count_over_time samples, a count', async () => {
    const sli = await compiled(
      'gauge.yaml',
      `      boolGauge: { query: 'probe_success{job="blackbox"}' }\n`,
      '    attribution: [instance]\n',
    );
    const q = 'probe_success{job="blackbox"}';
    expect(sli).toEqual({
      kind: 'events',
      errorQuery: `sum(count_over_time(${q}[{{.window}}])) - sum(sum_over_time(${q}[{{.window}}]))`,
      totalQuery: `sum(count_over_time(${q}[{{.window}}]))`,
      totalUnit: 'count',
      attribution: {
        labels: ['instance'],
        errorQuery: `sum by (instance) (count_over_time(${q}[{{.window}}])) - sum by (instance) (sum_over_time(${q}[{{.window}}]))`,
      },
    });
  });

  test('an expression instead of a selector is refused at the query', async () => {
    const error = await refusal(
      'gauge-expr.yaml',
      `prometheus: { url: http://localhost:9090 }\nslos:\n  - name: api\n    objective: 99.9\n    sli:\n      boolGauge:\n        query: avg(up)\n`,
    );
    expect(error.message).toContain(
      'gauge-expr.yaml:7:16: slos[0].sli.boolGauge.query must be a metric selector, not an expression',
    );
  });
});

describe('Pyrra ServiceLevelObjective', () => {
  const expected = () => {
    const errors = 'http_requests_total{job="shop",code=~"5.."}';
    const total = 'http_requests_total{job="shop"}';
    const success = 'http_request_duration_seconds_bucket{job="shop",code!~"5..",le="0.3"}';
    const count = 'http_request_duration_seconds_count{job="shop",code!~"5.."}';
    const native = 'http_request_duration_seconds{job="shop"}';
    const probe = 'probe_success{job="blackbox",instance="https://shop.example"}';
    const w = '[{{.window}}]';
    return [
      {
        name: 'shop-errors',
        objective: 0.995,
        window: '2w',
        windowSeconds: 14 * 86400,
        sli: {
          kind: 'events',
          errorQuery: `sum(rate(${errors}${w}))`,
          totalQuery: `sum(rate(${total}${w}))`,
          totalUnit: 'per-second',
          attribution: { labels: ['route'], errorQuery: `sum by (route) (rate(${errors}${w}))` },
        },
      },
      {
        name: 'shop-latency',
        objective: 0.99,
        window: '4w',
        windowSeconds: 28 * 86400,
        sli: {
          kind: 'events',
          errorQuery: `sum(rate(${count}${w})) - sum(rate(${success}${w}))`,
          totalQuery: `sum(rate(${count}${w}))`,
          totalUnit: 'per-second',
        },
      },
      {
        name: 'shop-latency-native',
        objective: 0.95,
        window: '4w',
        windowSeconds: 28 * 86400,
        sli: {
          kind: 'events',
          errorQuery: `histogram_count(sum(rate(${native}${w}))) * (1 - histogram_fraction(0, 0.25, sum(rate(${native}${w}))))`,
          totalQuery: `histogram_count(sum(rate(${native}${w})))`,
          totalUnit: 'per-second',
          attribution: {
            labels: ['route'],
            errorQuery: `histogram_count(sum by (route) (rate(${native}${w}))) * (1 - histogram_fraction(0, 0.25, sum by (route) (rate(${native}${w}))))`,
          },
        },
      },
      {
        name: 'shop-probe',
        objective: 0.999,
        window: '28d',
        windowSeconds: 28 * 86400,
        sli: {
          kind: 'events',
          errorQuery: `sum(count_over_time(${probe}${w})) - sum(sum_over_time(${probe}${w}))`,
          totalQuery: `sum(count_over_time(${probe}${w}))`,
          totalUnit: 'count',
        },
      },
    ];
  };

  test('as --config: each indicator compiles to the error ratio Pyrra records, grouping as attribution', async () => {
    const config = await loadConfig(join(FIXTURES, 'shop.yaml'));
    expect(config.slos).toMatchObject(expected());
    expect(config.slos.map((slo) => slo.source.line)).toEqual([2, 23, 40, 55]);
  });

  test("Pyrra's recording rules are read where they exist; a grouped indicator records per group: raw", async () => {
    const config = await loadConfig(join(FIXTURES, 'shop.yaml'));
    expect(config.slos.map((slo) => slo.recorded)).toEqual([
      undefined,
      {
        rules: {
          tool: 'pyrra',
          slo: 'shop-latency',
          increase: {
            kind: 'good',
            counted: 'http_request_duration_seconds_bucket{job="shop",code!~"5..",le="0.3"}',
            total: 'http_request_duration_seconds_count{job="shop",code!~"5.."}',
          },
        },
        detected: true,
      },
      undefined,
      // A bool gauge has burnrate rules but no increase of errors and total to divide.
      { rules: { tool: 'pyrra', slo: 'shop-probe' }, detected: true },
    ]);
  });

  test('through include:, under the config file', async () => {
    const config = await loadConfig(join(FIXTURES, 'with-include.yaml'));
    expect(config.slos).toMatchObject(expected());
    expect(config.slos[0]!.source.file).toBe(join(FIXTURES, 'shop.yaml'));
  });

  const pyrra = (indicator: string, target = '"99.5"') =>
    `apiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\nmetadata:\n  name: api\nspec:\n  target: ${target}\n  window: 4w\n  indicator:\n${indicator}`;

  test('a latency success metric without le is refused: every request would count as a success', async () => {
    const error = await refusal(
      'pyrra-no-le.yaml',
      pyrra(
        '    latency:\n      success:\n        metric: h_bucket{job="api"}\n      total:\n        metric: h_count{job="api"}\n',
      ),
    );
    expect(error.message).toContain(
      'pyrra-no-le.yaml:11:17: spec.indicator.latency.success.metric has no le matcher',
    );
    expect(error.message).toContain('fix: select the bucket of the latency threshold');
  });

  test('a metric that is not valid PromQL is refused at the character', async () => {
    const error = await refusal(
      'pyrra-syntax.yaml',
      pyrra(
        '    ratio:\n      errors:\n        metric: http_requests_total{code=~"5.."\n      total:\n        metric: http_requests_total\n',
      ),
    );
    expect(error.message).toMatch(
      /^\S*pyrra-syntax\.yaml:11:\d+: spec\.indicator\.ratio\.errors\.metric is not valid PromQL/,
    );
  });

  test('two indicators, or a fraction as target, are refused with the fix', async () => {
    const both = await refusal(
      'pyrra-both.yaml',
      pyrra('    ratio: { errors: { metric: a }, total: { metric: b } }\n    bool_gauge: { metric: up }\n'),
    );
    expect(both.message).toContain(
      'pyrra-both.yaml:8:3: spec.indicator needs exactly one indicator, not ratio and bool_gauge',
    );
    const fraction = await refusal(
      'pyrra-fraction.yaml',
      pyrra('    bool_gauge: { metric: up }\n', '"0.995"'),
    );
    expect(fraction.message).toContain('pyrra-fraction.yaml:6:11: spec.target is 0.995');
  });

  test('each document of a file is read by its own format: a Sloth document after a Pyrra one is checked as Sloth, at its line', async () => {
    const error = await refusal(
      'pyrra-mixed.yaml',
      `${pyrra('    bool_gauge: { metric: up }\n')}---\nversion: prometheus/v1\n`,
    );
    expect(error.message).toContain('pyrra-mixed.yaml:11:1: service is missing');
  });
});

describe('selectorLabelNames', () => {
  test('names the labels of a plain selector, quoted ones too; anything else is not a selector', () => {
    expect(selectorLabelNames(`h_bucket{job="api",'le'="0.3"}`)).toEqual(['job', 'le']);
    expect(selectorLabelNames('up')).toEqual([]);
    expect(selectorLabelNames('rate(up[5m])')).toBeUndefined();
    expect(selectorLabelNames('up offset 5m')).toBeUndefined();
  });
});
