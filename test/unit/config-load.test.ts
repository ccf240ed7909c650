import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_POLICY, loadConfig } from '../../src/config/index.js';
import type { BurnRateAlert, Policy } from '../../src/config/types.js';

// Fixture paths relative to the working directory, as a user would type them.
const DIR = relative(process.cwd(), fileURLToPath(new URL('../fixtures/config/', import.meta.url)));
const fixture = (name: string) => join(DIR, name);

// The SRE workbook alerts of DESIGN.md, seconds worked out by hand (1h = 3600 s, 1d = 86400 s).
const WORKBOOK_ALERTS: BurnRateAlert[] = [
  { long: '1h', longSeconds: 3600, short: '5m', shortSeconds: 300, budgetConsumed: 0.02, action: 'block' },
  { long: '6h', longSeconds: 21600, short: '30m', shortSeconds: 1800, budgetConsumed: 0.05, action: 'block' },
  { long: '1d', longSeconds: 86400, short: '2h', shortSeconds: 7200, budgetConsumed: 0.1, action: 'warn' },
  { long: '3d', longSeconds: 259200, short: '6h', shortSeconds: 21600, budgetConsumed: 0.1, action: 'warn' },
];

const DEFAULTS: Policy = {
  budgetExhausted: 'block',
  budgetWarnBelow: 0.25,
  burnRateAlerts: WORKBOOK_ALERTS,
  minEvents: 100,
  onPrometheusError: 'block',
};

const THIRTY_DAYS = 30 * 86400;

describe('defaults', () => {
  test('the default policy holds the four SRE workbook alerts of DESIGN.md', () => {
    expect(DEFAULT_POLICY).toEqual(DEFAULTS);
  });

  test('a minimal config gets every default filled in', async () => {
    const config = await loadConfig(fixture('minimal.yaml'));
    expect(config).toEqual({
      file: fixture('minimal.yaml'),
      prometheus: {
        url: 'http://localhost:9090',
        headers: {},
        timeoutMs: 10_000,
        retries: 2,
        concurrency: 8,
      },
      slos: [
        {
          name: 'checkout-availability',
          objective: 0.999,
          window: '30d',
          windowSeconds: THIRTY_DAYS,
          sli: {
            kind: 'events',
            errorQuery: 'sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))',
            totalQuery: 'sum(rate(http_requests_total[{{.window}}]))',
          },
          attribution: [],
          onNoData: 'warn',
          policy: DEFAULTS,
          // "  - name:" on line 4: the mapping starts at column 5.
          source: { file: fixture('minimal.yaml'), line: 4, column: 5 },
        },
      ],
      mode: 'enforce',
      manifests: { paths: [], rules: {} },
      warnings: [],
    });
  });

  test('objective 99.9 is the fraction 0.999 exactly (plain division gives 0.9990000000000001)', async () => {
    const config = await loadConfig(fixture('minimal.yaml'));
    expect(config.slos[0]!.objective).toBe(0.999);
    expect(99.9 / 100).not.toBe(0.999);
  });

  test('a config without SLOs is valid (manifests-only use)', async () => {
    const config = await loadConfig(fixture('manifests-only.yaml'));
    expect(config.slos).toEqual([]);
    expect(config.prometheus).toBeUndefined();
    expect(config.manifests).toEqual({ paths: ['deploy/', 'charts/rendered.yaml'], rules: {} });
  });
});

describe('every key of the config', () => {
  test('prometheus section: URL without trailing slash, file paths relative to the config folder', async () => {
    const config = await loadConfig(fixture('full.yaml'));
    expect(config.prometheus).toEqual({
      url: 'http://mimir.monitoring:8080/prometheus',
      headers: { 'X-Scope-OrgID': 'team-a' },
      bearerTokenFile: join(DIR, 'secrets/token'),
      tls: { caFile: '/etc/ssl/ca.pem', insecureSkipVerify: false },
      timeoutMs: 30_000,
      retries: 4,
      concurrency: 16,
    });
    expect(config.mode).toBe('advisory');
    expect(config.manifests).toEqual({
      paths: ['deploy/'],
      rules: { 'sts-no-pdb': 'off', 'ingress-tls-secret-missing': 'error' },
    });
  });

  test('SLO keys: window, attribution, onNoData and a raw SLI from a block scalar', async () => {
    const [checkout, search] = (await loadConfig(fixture('full.yaml'))).slos;
    expect(checkout).toMatchObject({
      name: 'checkout-availability',
      objective: 0.999,
      window: '28d',
      windowSeconds: 28 * 86400,
      attribution: ['route', 'code'],
      onNoData: 'block',
    });
    expect(search).toMatchObject({
      name: 'search-latency',
      objective: 0.99,
      window: '30d',
      sli: {
        kind: 'raw',
        errorRatioQuery:
          '1 - (\n' +
          '  sum(rate(search_duration_seconds_bucket{le="0.4"}[{{.window}}]))\n' +
          '  /\n' +
          '  sum(rate(search_duration_seconds_count[{{.window}}]))\n' +
          ')\n',
      },
      source: { file: fixture('full.yaml'), line: 27, column: 5 },
    });
  });
});

describe('policy merge: defaults <- config policy <- slo.policy', () => {
  test('an SLO without policy: takes the global policy, defaults for the keys it does not set', async () => {
    const [inherits] = (await loadConfig(fixture('policy-override.yaml'))).slos;
    expect(inherits!.policy).toEqual({
      budgetExhausted: 'block',
      budgetWarnBelow: 0.1,
      burnRateAlerts: [
        { long: '1h', longSeconds: 3600, short: '5m', shortSeconds: 300, factor: 14.4, action: 'block' },
        { long: '6h', longSeconds: 21600, short: '30m', shortSeconds: 1800, factor: 6, action: 'warn' },
      ],
      minEvents: 50,
      onPrometheusError: 'block',
    });
  });

  test('slo.policy overrides key by key; its burnRateAlerts replace the list as a whole', async () => {
    const [, overrides] = (await loadConfig(fixture('policy-override.yaml'))).slos;
    expect(overrides!.policy).toEqual({
      budgetExhausted: 'block',
      budgetWarnBelow: 0.1,
      burnRateAlerts: [
        {
          long: '2h',
          longSeconds: 7200,
          short: '10m',
          shortSeconds: 600,
          budgetConsumed: 0.04,
          action: 'warn',
        },
      ],
      minEvents: 5,
      onPrometheusError: 'pass',
    });
  });

  test('config policy and slo.policy combine (full.yaml)', async () => {
    const [checkout, search] = (await loadConfig(fixture('full.yaml'))).slos;
    expect(checkout!.policy).toEqual({
      budgetExhausted: 'warn',
      budgetWarnBelow: 0.5,
      burnRateAlerts: [
        { long: '2h', longSeconds: 7200, short: '10m', shortSeconds: 600, factor: 10, action: 'warn' },
      ],
      minEvents: 10,
      onPrometheusError: 'warn',
    });
    expect(search!.policy).toEqual({
      ...DEFAULTS,
      budgetExhausted: 'warn',
      budgetWarnBelow: 0.5,
      onPrometheusError: 'warn',
    });
  });

  test('each SLO owns its policy: changing one changes neither another SLO nor the defaults', async () => {
    const [first, second] = (await loadConfig(fixture('policy-override.yaml'))).slos;
    first!.policy.burnRateAlerts[0]!.action = 'warn';
    first!.policy.minEvents = 1;
    const again = await loadConfig(fixture('minimal.yaml'));
    again.slos[0]!.policy.burnRateAlerts[0]!.action = 'warn';
    expect(second!.policy.minEvents).toBe(5);
    expect(DEFAULT_POLICY).toEqual(DEFAULTS);
  });
});

describe('Sloth prometheus/v1 specs', () => {
  const paymentsSlo = (policy: Policy) => ({
    // Sloth names an SLO <service>-<name>; its default period is 30 days.
    name: 'payments-requests-availability',
    objective: 0.9995,
    window: '30d',
    windowSeconds: THIRTY_DAYS,
    sli: {
      kind: 'events',
      errorQuery: 'sum(rate(http_requests_total{service="payments",code=~"(5..|429)"}[{{.window}}]))',
      totalQuery: 'sum(rate(http_requests_total{service="payments"}[{{.window}}]))',
    },
    attribution: [],
    onNoData: 'warn',
    policy,
    source: { file: join(DIR, 'slos/payments.sloth.yaml'), line: 6, column: 5 },
  });

  test('include: reads a Sloth file relative to the config folder, under the global policy', async () => {
    const config = await loadConfig(fixture('full.yaml'));
    expect(config.slos.map((slo) => slo.name)).toEqual([
      'checkout-availability',
      'search-latency',
      'payments-requests-availability',
    ]);
    expect(config.slos[2]).toEqual(
      paymentsSlo({ ...DEFAULTS, budgetExhausted: 'warn', budgetWarnBelow: 0.5, onPrometheusError: 'warn' }),
    );
  });

  test('include paths are relative to the config file, not the working directory', async () => {
    // nested/slo-gate.yaml includes ../slos/payments.sloth.yaml.
    const config = await loadConfig(fixture('nested/slo-gate.yaml'));
    expect(config.slos).toEqual([paymentsSlo(DEFAULTS)]);
  });

  test('a Sloth file works as the config: every document, default policy, no prometheus section', async () => {
    const file = fixture('sloth/multi.sloth.yaml');
    const config = await loadConfig(file);
    expect(config).toEqual({
      file,
      slos: [
        {
          name: 'checkout-availability',
          objective: 0.999,
          window: '30d',
          windowSeconds: THIRTY_DAYS,
          sli: {
            kind: 'events',
            errorQuery: 'sum(rate(http_requests_total{service="checkout",code=~"5.."}[{{.window}}]))',
            totalQuery: 'sum(rate(http_requests_total{service="checkout"}[{{.window}}]))',
          },
          attribution: [],
          onNoData: 'warn',
          policy: DEFAULTS,
          source: { file, line: 5, column: 5 },
        },
        {
          name: 'search-latency',
          objective: 0.99,
          window: '30d',
          windowSeconds: THIRTY_DAYS,
          sli: {
            kind: 'raw',
            errorRatioQuery:
              '1 - (\n' +
              '  sum(rate(search_duration_seconds_bucket{le="0.4"}[{{.window}}]))\n' +
              '  /\n' +
              '  sum(rate(search_duration_seconds_count[{{.window}}]))\n' +
              ')\n',
          },
          attribution: [],
          onNoData: 'warn',
          policy: DEFAULTS,
          // The second document's SLO: "  - name:" on line 15 of the stream.
          source: { file, line: 15, column: 5 },
        },
      ],
      mode: 'enforce',
      manifests: { paths: [], rules: {} },
      warnings: [],
    });
  });
});

describe('overrides.prometheusUrl', () => {
  const prometheusDefaults = { headers: {}, timeoutMs: 10_000, retries: 2, concurrency: 8 };

  test('replaces the configured URL', async () => {
    const config = await loadConfig(fixture('minimal.yaml'), {
      prometheusUrl: 'https://thanos.example.com/',
    });
    expect(config.prometheus).toEqual({ url: 'https://thanos.example.com', ...prometheusDefaults });
  });

  test('sets the URL of a config without a prometheus section, with its defaults', async () => {
    const config = await loadConfig(fixture('manifests-only.yaml'), {
      prometheusUrl: 'http://127.0.0.1:9090',
    });
    expect(config.prometheus).toEqual({ url: 'http://127.0.0.1:9090', ...prometheusDefaults });
  });

  test('completes a prometheus section that lacks url, keeping its other keys', async () => {
    // bad/prometheus-no-url.yaml sets timeout: 5s and no url.
    const config = await loadConfig(fixture('bad/prometheus-no-url.yaml'), {
      prometheusUrl: 'http://127.0.0.1:9090',
    });
    expect(config.prometheus).toEqual({
      url: 'http://127.0.0.1:9090',
      ...prometheusDefaults,
      timeoutMs: 5000,
    });
  });

  test('gives a Sloth file used as the config its Prometheus', async () => {
    const config = await loadConfig(fixture('sloth/multi.sloth.yaml'), {
      prometheusUrl: 'http://127.0.0.1:9090',
    });
    expect(config.prometheus).toEqual({ url: 'http://127.0.0.1:9090', ...prometheusDefaults });
  });
});
