import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/index.js';
import { UsageError } from '../../src/errors.js';

const DIR = relative(process.cwd(), fileURLToPath(new URL('../fixtures/config/', import.meta.url)));
const fixture = (name: string) => join(DIR, name);

async function failure(file: string, overrides?: { prometheusUrl?: string }): Promise<UsageError> {
  try {
    await loadConfig(file, overrides);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected ${file} to be rejected`);
}

interface Mistake {
  fixture: string;
  /** The file the message names, when it is not the fixture itself (included files). */
  file?: string;
  /** Counted by hand in the fixture. */
  line: number;
  column: number;
  parts: string[];
}

// Each row: a fixture with one mistake, where it is, and what the one-line message must say.
const MISTAKES: [string, Mistake][] = [
  [
    'objective above 100 (the DESIGN example)',
    {
      fixture: 'bad/objective-out-of-range.yaml',
      line: 7,
      column: 16,
      parts: [
        'slos[0].objective must be a percentage between 0 and 100 (exclusive), got 120',
        '— fix: write the objective as a percent, e.g. 99.9',
      ],
    },
  ],
  [
    'an objective written as a fraction (as Pyrra and OpenSLO write it)',
    {
      fixture: 'bad/objective-fraction.yaml',
      line: 6,
      column: 16,
      parts: [
        'slos[0].objective 0.999 looks like a fraction; slo-gate takes percent — did you mean 99.9?',
        '— fix: write objective: 99.9',
      ],
    },
  ],
  [
    'a threshold written as an integer beyond 2^53 (it would be read rounded)',
    {
      fixture: 'bad/threshold-beyond-2-53.yaml',
      line: 10,
      column: 20,
      parts: [
        'the integer 9007199254740993 is beyond 2^53 (9007199254740992): it would be read as 9007199254740992',
        '— fix: write a number within ±9007199254740992',
      ],
    },
  ],
  [
    'an objective written as a huge integer: refused for its size, not silently rounded',
    {
      fixture: 'bad/objective-beyond-2-53.yaml',
      line: 6,
      column: 16,
      // 10^20 - 1 is held as 10^20, the nearest double.
      parts: [
        'the integer 99999999999999999999 is beyond 2^53 (9007199254740992): it would be read as 100000000000000000000',
      ],
    },
  ],
  [
    'a measurement source slo-gate does not know',
    {
      fixture: 'bad/source-unknown.yaml',
      line: 6,
      column: 13,
      parts: [
        'slos[0].source',
        'sloth, pyrra or raw',
        '— fix: write source: sloth (Sloth recording rules), source: pyrra (Pyrra recording rules) or source: raw',
      ],
    },
  ],
  [
    'an objective of 100 (no error budget)',
    {
      fixture: 'bad/objective-100.yaml',
      line: 5,
      column: 16,
      parts: ['slos[0].objective is 100 %, which leaves no error budget'],
    },
  ],
  [
    'an objective of 1 % or less written with a percent sign',
    {
      fixture: 'bad/objective-percent-too-low.yaml',
      line: 5,
      column: 16,
      parts: ['slos[0].objective is 0.5%, which lets more than 99 % of requests fail'],
    },
  ],
  [
    'a Sloth objective written as a fraction',
    {
      fixture: 'sloth/objective-fraction.sloth.yaml',
      line: 5,
      column: 16,
      parts: ['slos[0].objective 0.999 looks like a fraction; slo-gate takes percent — did you mean 99.9?'],
    },
  ],
  [
    "an alert whose long window is as long as the SLO's period",
    {
      fixture: 'bad/alert-long-window-period.yaml',
      line: 14,
      column: 19,
      parts: [
        'slos[0].policy.burnRateAlerts[1].long 1d is not shorter than the 1d period of SLO "checkout-availability"',
        '— fix: use a long window shorter than 1d',
      ],
    },
  ],
  [
    "a global alert longer than one SLO's period: the global alert is named",
    {
      fixture: 'bad/alert-long-window-global.yaml',
      line: 6,
      column: 15,
      parts: ['policy.burnRateAlerts[1].long 3d is not shorter than the 2d period of SLO "checkout-daily"'],
    },
  ],
  [
    'budgetBlockBelow not below budgetWarnBelow',
    {
      fixture: 'bad/budget-block-above-warn.yaml',
      line: 5,
      column: 21,
      parts: [
        'policy.budgetBlockBelow must be below budgetWarnBelow (0.1), or the SLO blocks before it ever warns',
      ],
    },
  ],
  [
    'a typo in maxBurnRate',
    {
      fixture: 'bad/max-burn-rate-keys.yaml',
      line: 4,
      column: 31,
      parts: ['unknown key "windw" in policy.maxBurnRate — did you mean "window"?'],
    },
  ],
  [
    'unknown key in prometheus',
    {
      fixture: 'bad/unknown-key-prometheus.yaml',
      line: 4,
      column: 3,
      parts: ['unknown key "timout" in prometheus — did you mean "timeout"?'],
    },
  ],
  [
    'unknown key at the top level',
    {
      fixture: 'bad/unknown-key-top.yaml',
      line: 3,
      column: 1,
      parts: ['unknown key "slo" at the top level — did you mean "slos"?'],
    },
  ],
  [
    'unknown key deep in a burn-rate alert (it wins over the "exactly one" it causes)',
    {
      fixture: 'bad/unknown-key-deep.yaml',
      line: 11,
      column: 35,
      parts: [
        'unknown key "budgetConsumd" in slos[0].policy.burnRateAlerts[1] — did you mean "budgetConsumed"?',
      ],
    },
  ],
  [
    'a Sloth key in a slo-gate SLI',
    {
      fixture: 'bad/unknown-key-sli.yaml',
      line: 6,
      column: 9,
      parts: ['unknown key "error_query" in slos[0].sli.events — did you mean "errorQuery"?'],
    },
  ],
  [
    'unknown key with nothing close: the allowed keys are listed',
    {
      fixture: 'bad/unknown-key-no-suggestion.yaml',
      line: 2,
      column: 1,
      parts: [
        'unknown key "alertmanager" at the top level',
        'the keys allowed here are: prometheus, slos, include, policy, mode, manifests',
      ],
    },
  ],
  [
    'YAML syntax error (position and message from the yaml library)',
    {
      fixture: 'bad/yaml-syntax.yaml',
      line: 6,
      column: 1,
      parts: ['YAML syntax error: Missing closing "quote'],
    },
  ],
  [
    'a top level that is not a mapping',
    {
      fixture: 'bad/not-a-mapping.yaml',
      line: 1,
      column: 1,
      parts: ['the top level must be a mapping, got a list'],
    },
  ],
  [
    'two YAML documents in a slo-gate config',
    {
      fixture: 'bad/two-documents.yaml',
      line: 2,
      column: 1,
      parts: ['a slo-gate config is a single YAML document'],
    },
  ],
  [
    'an image allowlist entry without a registry host',
    {
      fixture: 'bad/image-allow-no-registry.yaml',
      line: 6,
      column: 9,
      parts: [
        'manifests.images.allow[1] must be a registry/prefix ("acme" is not a registry host',
        'write the registry host first, e.g. ghcr.io/acme/',
      ],
    },
  ],
  [
    'unparsable window',
    {
      fixture: 'bad/bad-window.yaml',
      line: 4,
      column: 13,
      parts: [
        'slos[0].window must be a duration from 1d to 90d such as "28d" or "30d", got 30days',
        'write e.g. window: 30d',
      ],
    },
  ],
  [
    'missing objective: points at the SLO mapping',
    {
      fixture: 'bad/missing-objective.yaml',
      line: 2,
      column: 5,
      parts: ['slos[0].objective is missing: it must be a percentage between 0 and 100 (exclusive)'],
    },
  ],
  [
    'missing prometheus.url: points at the prometheus key',
    {
      fixture: 'bad/prometheus-no-url.yaml',
      line: 1,
      column: 1,
      parts: ['prometheus.url is missing', 'http://prometheus.monitoring:9090'],
    },
  ],
  [
    'both events and raw',
    {
      fixture: 'bad/sli-both.yaml',
      line: 4,
      column: 5,
      parts: ['slos[0].sli needs exactly one of events, raw, latency or boolGauge, not events and raw'],
    },
  ],
  [
    'short window not shorter than the long one',
    {
      fixture: 'bad/alert-windows.yaml',
      line: 4,
      column: 27,
      parts: ['policy.burnRateAlerts[1].short must be shorter than the long window (30m)'],
    },
  ],
  [
    'both budgetConsumed and factor',
    {
      fixture: 'bad/alert-both-thresholds.yaml',
      line: 3,
      column: 7,
      parts: ['policy.burnRateAlerts[0] needs exactly one of budgetConsumed or factor'],
    },
  ],
  [
    'PromQL error in a plain scalar: the column of the unclosed parenthesis',
    {
      fixture: 'bad/promql-plain.yaml',
      line: 6,
      column: 24,
      parts: ["slos[0].sli.events.errorQuery is not valid PromQL: unclosed '('", '{{.window}}'],
    },
  ],
  [
    'PromQL error in a double-quoted scalar with escapes: the column of the second "by"',
    {
      fixture: 'bad/promql-quoted.yaml',
      line: 7,
      column: 83,
      parts: ["slos[0].sli.events.totalQuery is not valid PromQL: unexpected 'by'"],
    },
  ],
  [
    'PromQL error in a block scalar: the line and column of the stray parenthesis',
    {
      fixture: 'bad/promql-block.yaml',
      line: 11,
      column: 11,
      parts: ["slos[0].sli.raw.errorRatioQuery is not valid PromQL: unexpected ')'"],
    },
  ],
  [
    'a query without {{.window}}',
    {
      fixture: 'bad/promql-no-window.yaml',
      line: 6,
      column: 21,
      parts: [
        'slos[0].sli.events.errorQuery does not use {{.window}}',
        'rate(http_requests_total[{{.window}}])',
      ],
    },
  ],
  [
    'attribution with a raw SLI',
    {
      fixture: 'bad/attribution-raw.yaml',
      line: 7,
      column: 5,
      parts: ['slos[0].attribution needs an events SLI'],
    },
  ],
  [
    'attribution label that is not a label name',
    {
      fixture: 'bad/attribution-label.yaml',
      line: 8,
      column: 26,
      parts: ['slos[0].attribution[1] must be a label name', 'got http-code'],
    },
  ],
  [
    'attribution of an error query that cannot be summed by label',
    {
      fixture: 'bad/attribution-not-summable.yaml',
      line: 8,
      column: 5,
      parts: ['slos[0].attribution cannot break down slos[0].sli.events.errorQuery by label', 'max()'],
    },
  ],
  [
    'the same SLO name twice in one file',
    {
      fixture: 'bad/duplicate-names.yaml',
      line: 6,
      column: 5,
      parts: [`SLO name "checkout" is already used at ${join(DIR, 'bad/duplicate-names.yaml')}:2:5`],
    },
  ],
  [
    'an SLO name in the config and in an included Sloth file',
    {
      fixture: 'bad/duplicate-with-include.yaml',
      file: join(DIR, 'slos/payments.sloth.yaml'),
      line: 6,
      column: 5,
      parts: [
        `SLO name "payments-requests-availability" is already used at ${join(DIR, 'bad/duplicate-with-include.yaml')}:2:5`,
      ],
    },
  ],
  [
    'an included file that does not exist: the include line of the config',
    {
      fixture: 'bad/include-missing.yaml',
      line: 4,
      column: 5,
      parts: [
        `cannot read included file "${join(DIR, 'bad/slos/does-not-exist.sloth.yaml')}": no such file`,
        "relative to the config file's folder",
      ],
    },
  ],
  [
    'a mistake inside an included Sloth file names that file',
    {
      fixture: 'bad/include-broken.yaml',
      file: join(DIR, 'sloth/objective-100.sloth.yaml'),
      line: 5,
      column: 16,
      parts: [
        'slos[0].objective is 100 %, which leaves no error budget',
        '— fix: write the objective below 100, e.g. 99.9',
      ],
    },
  ],
  [
    'a Sloth SLI plugin',
    {
      fixture: 'bad/include-plugin.yaml',
      file: join(DIR, 'sloth/plugin.sloth.yaml'),
      line: 7,
      column: 7,
      parts: ['slos[0].sli.plugin is a Sloth SLI plugin, which is not supported', 'error_query'],
    },
  ],
  [
    'an included file that is not a Sloth spec',
    {
      fixture: 'bad/include-not-sloth.yaml',
      file: join(DIR, 'minimal.yaml'),
      line: 1,
      column: 1,
      parts: ['not an SLO spec slo-gate reads: it reads Sloth (version: "prometheus/v1"'],
    },
  ],
  [
    'a typo in a Sloth file used as the config',
    {
      fixture: 'sloth/typo.sloth.yaml',
      line: 8,
      column: 9,
      parts: ['unknown key "error_querry" in slos[0].sli.events — did you mean "error_query"?'],
    },
  ],
  [
    'a PromQL error in a Sloth file: just after the dangling operator',
    {
      fixture: 'sloth/bad-promql.sloth.yaml',
      line: 8,
      column: 81,
      parts: ["slos[0].sli.events.error_query is not valid PromQL: incomplete expression: nothing after '/'"],
    },
  ],
  [
    'a Sloth spec version other than prometheus/v1',
    {
      fixture: 'sloth/wrong-version.sloth.yaml',
      line: 1,
      column: 10,
      parts: ['version must be "prometheus/v1", got "prometheus/v2"'],
    },
  ],
];

describe('each config mistake is one line with file:line:column and a fix', () => {
  test.each(MISTAKES)('%s', async (_name, mistake) => {
    const error = await failure(fixture(mistake.fixture));
    const file = mistake.file ?? fixture(mistake.fixture);
    expect({ file: error.file, line: error.line, column: error.column }).toEqual({
      file,
      line: mistake.line,
      column: mistake.column,
    });
    expect(error.message.startsWith(`${file}:${mistake.line}:${mistake.column}: `)).toBe(true);
    for (const part of mistake.parts) expect(error.message).toContain(part);
    expect(error.message).not.toContain('\n');
    // Every message says what to do: a fix, or a "did you mean".
    expect(error.fix !== undefined || error.message.includes('did you mean')).toBe(true);
  });
});

describe('files that cannot be read', () => {
  test('a missing config file is named, with how to pass another', async () => {
    const error = await failure(fixture('no-such-config.yaml'));
    expect(error.message).toBe(
      `cannot read config file "${fixture('no-such-config.yaml')}": no such file — fix: create it, or name the config file with --config FILE`,
    );
  });

  test('a folder given as the config file', async () => {
    const error = await failure(fixture('slos'));
    expect(error.message).toContain(
      `cannot read config file "${fixture('slos')}": it is a folder, not a file`,
    );
    expect(error.message).toContain('--config');
  });

  test('an empty file (only a comment)', async () => {
    const error = await failure(fixture('bad/empty.yaml'));
    expect(error.message).toMatch(/^.*bad\/empty\.yaml:1: the config file is empty — fix: /);
  });
});

describe('secrets never appear in messages', () => {
  test('a header value (it may be a token) is not echoed', async () => {
    const error = await failure(fixture('bad/secret-header.yaml'));
    expect(error.message).toContain('prometheus.headers.Authorization must be a string');
    expect(error.message).not.toContain('s3cr3t');
  });

  test('credentials in the URL are rejected and masked', async () => {
    const error = await failure(fixture('bad/url-with-credentials.yaml'));
    expect(error.line).toBe(2);
    expect(error.message).toContain('got https://***@prometheus.example.com');
    expect(error.message).not.toContain('hunter2');
  });

  test('an override URL with credentials: rejected, masked, without a file position', async () => {
    const error = await failure(fixture('minimal.yaml'), { prometheusUrl: 'http://u:p4ss@localhost:9090' });
    expect(error.file).toBeUndefined();
    expect(error.message).toContain(
      'the Prometheus URL "http://***@localhost:9090" given on the command line',
    );
    expect(error.message).not.toContain('p4ss');
  });
});

test('an override URL that is not http(s) is a usage error', async () => {
  const error = await failure(fixture('minimal.yaml'), { prometheusUrl: 'localhost:9090' });
  expect(error.message).toContain('must be an http:// or https:// URL');
});
