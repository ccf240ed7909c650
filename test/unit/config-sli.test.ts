/**
 * Every SLI input compiles at load to one tagged form; the expected queries are written out by hand.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { attributionQueryFor, queriesFor } from '../../src/config/sli.js';
import type { Sli } from '../../src/model/index.js';
import { unreachable } from '../../src/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slo-gate-sli-'));
});

/** The compiled SLI of the only SLO in a config file with this text. */
async function compiled(name: string, text: string): Promise<Sli> {
  const file = join(dir, name);
  await writeFile(file, text);
  const config = await loadConfig(file);
  expect(config.slos).toHaveLength(1);
  return config.slos[0]!.sli;
}

const sloGate = (sli: string, extra = '') =>
  `prometheus: { url: http://localhost:9090 }\nslos:\n  - name: api\n    objective: 99.9\n    sli:\n${sli}${extra}`;
const sloth = (sli: string) =>
  `version: prometheus/v1\nservice: shop\nslos:\n  - name: api\n    objective: 99.9\n    sli:\n${sli}`;

const ERRORS = 'sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))';
const TOTAL = 'sum(rate(http_requests_total[{{.window}}]))';
const RATIO = '1 - avg_over_time(probe_success[{{.window}}])';

describe('compiling slo-gate sli:', () => {
  test('events: the templates as written; a sum of rate() total counts events per second', async () => {
    const sli = await compiled(
      'events.yaml',
      sloGate(`      events:\n        errorQuery: '${ERRORS}'\n        totalQuery: '${TOTAL}'\n`),
    );
    expect(sli).toEqual({ kind: 'events', errorQuery: ERRORS, totalQuery: TOTAL, totalUnit: 'per-second' });
  });

  test('events: an increase() total is a count; anything else leaves the unit unknown', async () => {
    const increase = 'sum(increase(http_requests_total[{{.window}}]))';
    const counted = await compiled(
      'count.yaml',
      sloGate(`      events:\n        errorQuery: '${ERRORS}'\n        totalQuery: '${increase}'\n`),
    );
    expect(counted).toMatchObject({ kind: 'events', totalUnit: 'count' });
    const gauge = 'max_over_time(queue_depth[{{.window}}])';
    const unknown = await compiled(
      'unknown.yaml',
      sloGate(`      events:\n        errorQuery: '${ERRORS}'\n        totalQuery: '${gauge}'\n`),
    );
    expect(unknown).toMatchObject({ kind: 'events', totalUnit: 'unknown' });
  });

  test('events with attribution: the error query grouped by the labels, its {{.window}} kept', async () => {
    const sli = await compiled(
      'attribution.yaml',
      sloGate(
        `      events:\n        errorQuery: '${ERRORS}'\n        totalQuery: '${TOTAL}'\n`,
        '    attribution: [route, code]\n',
      ),
    );
    expect(sli).toEqual({
      kind: 'events',
      errorQuery: ERRORS,
      totalQuery: TOTAL,
      totalUnit: 'per-second',
      attribution: {
        labels: ['route', 'code'],
        errorQuery: 'sum by (route, code) (rate(http_requests_total{code=~"5.."}[{{.window}}]))',
      },
    });
  });

  test('raw: a ratio of the one query as written', async () => {
    const sli = await compiled('raw.yaml', sloGate(`      raw:\n        errorRatioQuery: '${RATIO}'\n`));
    expect(sli).toEqual({ kind: 'ratio', errorRatioQuery: RATIO });
  });
});

describe('compiling Sloth sli:', () => {
  test('events: the same compiled form as slo-gate events', async () => {
    const sli = await compiled(
      'events.sloth.yaml',
      sloth(`      events:\n        error_query: '${ERRORS}'\n        total_query: '${TOTAL}'\n`),
    );
    expect(sli).toEqual({ kind: 'events', errorQuery: ERRORS, totalQuery: TOTAL, totalUnit: 'per-second' });
  });

  test('raw: the same compiled form as slo-gate raw', async () => {
    const sli = await compiled(
      'raw.sloth.yaml',
      sloth(`      raw:\n        error_ratio_query: '${RATIO}'\n`),
    );
    expect(sli).toEqual({ kind: 'ratio', errorRatioQuery: RATIO });
  });
});

describe('per-window queries', () => {
  const events: Sli = {
    kind: 'events',
    errorQuery: 'sum(rate(e[{{.window}}]))',
    totalQuery: 'sum(rate(t[{{ .window }}]))',
    totalUnit: 'per-second',
    attribution: { labels: ['route'], errorQuery: 'sum by (route) (rate(e[{{.window}}]))' },
  };
  const oneHour = { window: '1h', seconds: 3600 };

  test('events: the window in both queries, the unit carried along', () => {
    expect(queriesFor(events, oneHour)).toEqual({
      kind: 'events',
      window: '1h',
      seconds: 3600,
      errorQuery: 'sum(rate(e[1h]))',
      totalQuery: 'sum(rate(t[1h]))',
      totalUnit: 'per-second',
    });
  });

  test('ratio: the window in the one query', () => {
    expect(queriesFor({ kind: 'ratio', errorRatioQuery: 'avg_over_time(r[{{.window}}])' }, oneHour)).toEqual({
      kind: 'ratio',
      window: '1h',
      seconds: 3600,
      errorRatioQuery: 'avg_over_time(r[1h])',
    });
  });

  test('attribution: the grouped query over the window; none without labels or for a ratio', () => {
    expect(attributionQueryFor(events, '5m')).toEqual({
      labels: ['route'],
      promql: 'sum by (route) (rate(e[5m]))',
    });
    const withoutAttribution: Sli = {
      kind: 'events',
      errorQuery: 'e',
      totalQuery: 't',
      totalUnit: 'unknown',
    };
    expect(attributionQueryFor(withoutAttribution, '5m')).toBeUndefined();
    expect(attributionQueryFor({ kind: 'ratio', errorRatioQuery: 'r' }, '5m')).toBeUndefined();
  });
});

describe('exhaustive switches over SLI kinds', () => {
  test('unreachable() only type-checks once every kind is handled', () => {
    // The guarantee is tsc's (npm run typecheck): a switch that forgets a kind passes a value that is
    // not `never`, which @ts-expect-error below requires to be a compile error. At run time the
    // forgotten case throws rather than measure nothing.
    const forgetsRatio = (sli: Sli): string => {
      switch (sli.kind) {
        case 'events':
          return sli.errorQuery;
        default:
          // @ts-expect-error -- 'ratio' is not handled, so `sli` is a RatioSli, not never.
          return unreachable(sli);
      }
    };
    expect(() => forgetsRatio({ kind: 'ratio', errorRatioQuery: 'r' })).toThrow('unhandled case');
  });
});

describe('MetricsQL in an slo-gate sli:', () => {
  test('loads as written: only the backend can tell whether it runs (VictoriaMetrics does)', async () => {
    const share = '1 - histogram_share(0.3, sum(rate(h_bucket[{{.window}}])) by (le))';
    const sli = await compiled(
      'metricsql.yaml',
      sloGate(`      raw:\n        errorRatioQuery: '${share}'\n`),
    );
    expect(sli).toEqual({ kind: 'ratio', errorRatioQuery: share });
  });
});
