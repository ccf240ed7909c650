import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { UsageError } from '../../src/errors.js';
import { INPUT_DEFAULTS, type InputName, parseHeaderLines, readInputs } from '../../src/github/inputs.js';

const reader =
  (values: Partial<Record<InputName, string>>) =>
  (name: InputName): string =>
    values[name] ?? '';

describe('action.yml and the inputs the code reads', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares exactly the inputs the code reads, with the same defaults', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort());
    for (const [name, fallback] of Object.entries(INPUT_DEFAULTS)) {
      expect([name, action.inputs[name]?.default ?? '']).toEqual([name, fallback]);
    }
  });

  it('runs dist/index.js on node24 and declares the five outputs', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.outputs).sort()).toEqual(
      ['budget-remaining', 'comment-id', 'findings', 'report-file', 'verdict'].sort(),
    );
  });
});

describe('readInputs', () => {
  it('defaults: slo-gate.yaml, fail on block, comment decided by the event, summary and annotations on', () => {
    const inputs = readInputs(reader({}));
    expect(inputs).toMatchObject({
      config: 'slo-gate.yaml',
      failOn: 'block',
      comment: 'auto',
      commentKey: 'default',
      summary: true,
      annotations: true,
      strictReferences: false,
      prometheusHeaders: {},
    });
    expect(inputs.mode).toBeUndefined();
    expect(inputs.githubToken).toBeUndefined();
    expect(inputs.manifests).toBeUndefined();
  });

  it('reads newline-separated manifests and the booleans GitHub writes', () => {
    const inputs = readInputs(
      reader({
        manifests: 'deploy/\n\n  k8s/app.yaml  \n',
        comment: 'False',
        summary: 'FALSE',
        'strict-references': 'true',
      }),
    );
    expect(inputs.manifests).toEqual(['deploy/', 'k8s/app.yaml']);
    expect(inputs.comment).toBe(false);
    expect(inputs.summary).toBe(false);
    expect(inputs.strictReferences).toBe(true);
  });

  it.each<[Partial<Record<InputName, string>>, string]>([
    [{ 'fail-on': 'blok' }, 'input fail-on: "blok" is not one of block, warn — fix: write block or warn'],
    [
      { mode: 'strict' },
      'input mode: "strict" is not one of enforce, advisory — fix: write enforce or advisory',
    ],
    [{ annotations: 'yes' }, 'input annotations: "yes" is not a boolean — fix: write true or false'],
    [{ 'prometheus-url': 'prometheus:9090' }, 'input prometheus-url: expected an http(s):// URL'],
    [{ 'comment-key': 'prod -->' }, 'input comment-key: "prod -->" is not a key'],
    [{ 'pr-number': '12; rm -rf /' }, 'input pr-number: "12; rm -rf /" is not a pull request number'],
  ])('a bad value is one UsageError line: %j', (values, start) => {
    let error: unknown;
    try {
      readInputs(reader(values));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message.startsWith(start)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('prometheus-headers', () => {
  it('one `Name: value` per line; blank lines and comments skipped; colons in values kept', () => {
    expect(
      parseHeaderLines('X-Scope-OrgID: team-a\n\n# tenant\nAuthorization: Basic dXNlcjpwYXNz\nX-Time: 12:00'),
    ).toEqual({
      'X-Scope-OrgID': 'team-a',
      Authorization: 'Basic dXNlcjpwYXNz',
      'X-Time': '12:00',
    });
  });

  it('skips a header with an empty value: an unset workflow variable, as in examples/workflows/deploy-gate.yml', () => {
    // deploy-gate.yml writes `X-Scope-OrgID: ${{ vars.PROMETHEUS_TENANT }}`; unset, the line is `X-Scope-OrgID:`.
    expect(parseHeaderLines('X-Scope-OrgID: \nAuthorization: Basic dXNlcjpwYXNz')).toEqual({
      Authorization: 'Basic dXNlcjpwYXNz',
    });
    expect(parseHeaderLines('X-Scope-OrgID:')).toEqual({});
  });

  it('a malformed line is named by number, never by its content (it may be a secret)', () => {
    expect(() => parseHeaderLines('X-Scope-OrgID: team-a\nBearer abc.def.secret')).toThrow(
      'input prometheus-headers: line 2 is not a header',
    );
    try {
      parseHeaderLines('Bearer abc.def.secret');
    } catch (error) {
      expect((error as Error).message).not.toContain('abc.def.secret');
    }
  });
});

describe('max-duration', () => {
  it('defaults to 5m, 300 seconds', () => {
    expect(readInputs(reader({})).maxDurationSeconds).toBe(300);
  });

  it('reads the durations --max-duration reads: 90s, 2m30s (150 s), 1h', () => {
    expect(readInputs(reader({ 'max-duration': '90s' })).maxDurationSeconds).toBe(90);
    expect(readInputs(reader({ 'max-duration': '2m30s' })).maxDurationSeconds).toBe(150);
    expect(readInputs(reader({ 'max-duration': '1h' })).maxDurationSeconds).toBe(3600);
  });

  it('refuses what is not a duration, naming the input and how to write one', () => {
    for (const text of ['soon', '5 minutes', '0s', '-1m']) {
      expect(() => readInputs(reader({ 'max-duration': text }))).toThrow(UsageError);
      expect(() => readInputs(reader({ 'max-duration': text }))).toThrow(
        `input max-duration: ${JSON.stringify(text)} is not a duration`,
      );
    }
  });
});
