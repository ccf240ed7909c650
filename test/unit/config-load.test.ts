import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_POLICY, loadConfig } from '../../src/config/index.js';
import type { BurnRateAlert, Policy } from '../../src/model/index.js';

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
        alignTimeMs: 60_000,
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
            // The total is sum(rate(...)): events per second.
            totalUnit: 'per-second',
          },
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
    expect(config.manifests).toEqual({
      paths: ['deploy/', 'charts/rendered.yaml'],
      // `  paths: [deploy/, charts/rendered.yaml]` on line 3: each at its value.
      pathPositions: [
        { line: 3, column: 11 },
        { line: 3, column: 20 },
      ],
      rules: {},
    });
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
      alignTimeMs: 60_000,
      retries: 4,
      concurrency: 16,
    });
    expect(config.mode).toBe('advisory');
    expect(config.manifests).toEqual({
      paths: ['deploy/'],
      // `  paths: [deploy/]` on line 45.
      pathPositions: [{ line: 45, column: 11 }],
      rules: { 'sts-no-pdb': 'off', 'ingress-tls-secret-missing': 'error' },
      // `  rules: { sts-no-pdb: off, ingress-tls-secret-missing: error }` on line 46: each at its value.
      rulePositions: {
        'sts-no-pdb': { line: 46, column: 24 },
        'ingress-tls-secret-missing': { line: 46, column: 57 },
      },
    });
  });

  test('SLO keys: window, attribution, onNoData and a raw SLI (compiled to a ratio) from a block scalar', async () => {
    const [checkout, search] = (await loadConfig(fixture('full.yaml'))).slos;
    expect(checkout).toMatchObject({
      name: 'checkout-availability',
      objective: 0.999,
      window: '28d',
      windowSeconds: 28 * 86400,
      sli: {
        kind: 'events',
        totalUnit: 'per-second',
        attribution: {
          labels: ['route', 'code'],
          // The error query's sum(...) becomes sum by (route, code) (...), the template kept.
          errorQuery:
            'sum by (route, code) (rate(http_requests_total{service="checkout",code=~"5.."}[{{.window}}]))',
        },
      },
      onNoData: 'block',
    });
    expect(search).toMatchObject({
      name: 'search-latency',
      objective: 0.99,
      window: '30d',
      sli: {
        kind: 'ratio',
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
      // The total is sum(rate(...)): events per second.
      totalUnit: 'per-second',
    },
    onNoData: 'warn',
    // Sloth records its ratios under sloth_id: read where they exist.
    recorded: { rules: { tool: 'sloth', slothId: 'payments-requests-availability' }, detected: true },
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
            // The total is sum(rate(...)): events per second.
            totalUnit: 'per-second',
          },
          onNoData: 'warn',
          recorded: { rules: { tool: 'sloth', slothId: 'checkout-availability' }, detected: true },
          policy: DEFAULTS,
          source: { file, line: 5, column: 5 },
        },
        {
          name: 'search-latency',
          objective: 0.99,
          window: '30d',
          windowSeconds: THIRTY_DAYS,
          sli: {
            kind: 'ratio',
            errorRatioQuery:
              '1 - (\n' +
              '  sum(rate(search_duration_seconds_bucket{le="0.4"}[{{.window}}]))\n' +
              '  /\n' +
              '  sum(rate(search_duration_seconds_count[{{.window}}]))\n' +
              ')\n',
          },
          onNoData: 'warn',
          recorded: { rules: { tool: 'sloth', slothId: 'search-latency' }, detected: true },
          policy: DEFAULTS,
          // The second document's SLO: "  - name:" on line 15 of the stream.
          source: { file, line: 15, column: 5 },
        },
      ],
      importedSpec: true,
      mode: 'enforce',
      manifests: { paths: [], rules: {} },
      warnings: [],
    });
  });
});

describe('overrides.prometheusUrl', () => {
  // alignTime's default: a minute.
  const prometheusDefaults = {
    headers: {},
    timeoutMs: 10_000,
    alignTimeMs: 60_000,
    retries: 2,
    concurrency: 8,
  };

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

describe('burn-rate alerts fitted to the SLO period (periods.yaml)', () => {
  // Hand-derived seconds: 1h 3600, 6h 21600, 1d 86400, 3d 259200; 7d 604800; 14d 1209600.
  const alert = (long: string, short: string, threshold: object, action: 'block' | 'warn') => ({
    long,
    longSeconds: SECONDS[long]!,
    short,
    shortSeconds: SECONDS[short]!,
    ...threshold,
    action,
  });
  const SECONDS: Record<string, number> = {
    '5m': 300,
    '30m': 1800,
    '1h': 3600,
    '2h': 7200,
    '6h': 21600,
    '1d': 86400,
    '3d': 259200,
  };

  test("a 7d SLO without written alerts gets Sloth's 7d table: 8 / 12.5 / 20 / 42 % of the budget", async () => {
    const [weekly] = (await loadConfig(fixture('periods.yaml'))).slos;
    expect(weekly!.windowSeconds).toBe(604800);
    expect(weekly!.policy.burnRateAlerts).toEqual([
      alert('1h', '5m', { budgetConsumed: 0.08 }, 'block'),
      alert('6h', '30m', { budgetConsumed: 0.125 }, 'block'),
      alert('1d', '2h', { budgetConsumed: 0.2 }, 'warn'),
      alert('3d', '6h', { budgetConsumed: 0.42 }, 'warn'),
    ]);
  });

  test('a 1d SLO keeps the 1h and 6h alerts of the 7d table, at its factors 13.44x and 3.5x', async () => {
    const [, daily] = (await loadConfig(fixture('periods.yaml'))).slos;
    // 0.08 × 7 d / 1 h = 0.08 × 168 = 13.44; 0.125 × 7 d / 6 h = 0.125 × 28 = 3.5.
    expect(daily!.policy.burnRateAlerts).toEqual([
      alert('1h', '5m', { factor: 13.44 }, 'block'),
      alert('6h', '30m', { factor: 3.5 }, 'block'),
    ]);
  });

  test('a 14d SLO takes the factors of the 7d table (the longest published period not above 14d)', async () => {
    const [, , fortnightly] = (await loadConfig(fixture('periods.yaml'))).slos;
    // 0.08 × 168 = 13.44; 0.125 × 28 = 3.5; 0.2 × 7 = 1.4; 0.42 × 7 / 3 = 0.98.
    expect(fortnightly!.policy.burnRateAlerts).toEqual([
      alert('1h', '5m', { factor: 13.44 }, 'block'),
      alert('6h', '30m', { factor: 3.5 }, 'block'),
      alert('1d', '2h', { factor: 1.4 }, 'warn'),
      alert('3d', '6h', { factor: 0.98 }, 'warn'),
    ]);
  });

  test('written alerts are kept; one that fires below 1x is a warning at its line', async () => {
    const config = await loadConfig(fixture('periods.yaml'));
    const written = config.slos[3]!;
    expect(written.policy.burnRateAlerts).toEqual([
      alert('1h', '5m', { budgetConsumed: 0.02 }, 'block'),
      alert('3d', '6h', { budgetConsumed: 0.1 }, 'warn'),
    ]);
    // 1h: 0.02 × 168 = 3.36x, no warning; 3d: 0.1 × 7 / 3 = 0.2333x, on line 34 at the "{" (column 11).
    expect(config.warnings).toEqual([
      `${fixture('periods.yaml')}:34:11: warning: slos[3].policy.burnRateAlerts[1] fires at 0.233x for SLO "weekly-written" (7d period), a burn rate that would not spend the budget within the period — fix: raise budgetConsumed or factor so the alert fires above 1x, or remove it`,
    ]);
  });

  test('budgetBlockBelow and maxBurnRate: global values, overridden per SLO', async () => {
    const [weekly, , fortnightly] = (await loadConfig(fixture('periods.yaml'))).slos;
    expect(weekly!.policy.budgetBlockBelow).toBe(0.1);
    expect(weekly!.policy.maxBurnRate).toEqual({ factor: 5, window: '1h', windowSeconds: 3600 });
    expect(fortnightly!.policy.budgetWarnBelow).toBe(0.3);
    expect(fortnightly!.policy.budgetBlockBelow).toBe(0.2);
    // 4h = 4 × 3600 = 14400 s.
    expect(fortnightly!.policy.maxBurnRate).toEqual({ factor: 2.5, window: '4h', windowSeconds: 14400 });
  });

  test('both are off by default', async () => {
    const [slo] = (await loadConfig(fixture('minimal.yaml'))).slos;
    expect(slo!.policy).not.toHaveProperty('budgetBlockBelow');
    expect(slo!.policy).not.toHaveProperty('maxBurnRate');
  });

  test('an objective written as "99.5%" is 99.5 percent', async () => {
    const [, , fortnightly] = (await loadConfig(fixture('periods.yaml'))).slos;
    expect(fortnightly!.objective).toBe(0.995);
  });
});
