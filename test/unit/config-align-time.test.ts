/** prometheus.alignTime: read, defaulted and refused as written in slo-gate.yaml; the pure alignment it drives. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { UsageError } from '../../src/errors.js';
import { alignedEvaluationTime, alignSpanToStep } from '../../src/gate/align.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-align-config-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configWith(prometheusExtra: string): string {
  const file = join(dir, `c-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, `prometheus:\n  url: http://localhost:9090\n${prometheusExtra}slos: []\n`);
  return file;
}

describe('prometheus.alignTime', () => {
  it.each([
    ['(absent: the default, a minute)', '', 60_000],
    ['1m', '  alignTime: 1m\n', 60_000],
    ['30s', '  alignTime: 30s\n', 30_000],
    ['1h (the largest)', '  alignTime: 1h\n', 3_600_000],
    ['0', '  alignTime: 0\n', 0],
    ['"0"', '  alignTime: "0"\n', 0],
    ['off', '  alignTime: off\n', 0],
    ['false', '  alignTime: false\n', 0],
  ])('%s is %d ms', async (_written, extra, ms) => {
    const config = await loadConfig(configWith(extra));
    expect(config.prometheus!.alignTimeMs).toBe(ms);
  });

  it.each([
    ['2h', '  alignTime: 2h\n'],
    ['60 (a bare number)', '  alignTime: 60\n'],
    ['soon', '  alignTime: soon\n'],
  ])('%s is refused at its line, with the fix', async (_written, extra) => {
    const file = configWith(extra);
    const error = (await loadConfig(file).catch((e: unknown) => e)) as UsageError;
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain(
      'prometheus.alignTime must be a duration up to 1h such as "1m", or 0 (off) for the exact evaluation time',
    );
    expect(error).toMatchObject({
      file,
      line: 3,
      column: 14,
      fix: 'write e.g. alignTime: 1m, or alignTime: 0 to query at the exact time',
    });
  });
});

describe('alignedEvaluationTime', () => {
  // 2023-11-14T22:13:20Z + 47 s: 22:14:07.
  const at = new Date(1_700_000_047_000);

  it('rounds down to the boundary on a query-frontend kind', () => {
    // 1,700,000,047 s = 28,333,334 · 60 + 7: the minute began at 1,700,000,040.
    for (const kind of ['thanos', 'mimir', 'cortex'] as const) {
      expect(alignedEvaluationTime(at, 60_000, kind)).toEqual(new Date(1_700_000_040_000));
    }
    // 1,700,000,047 = 5,666,666 · 300 + 247: five minutes from 1,699,999,800.
    expect(alignedEvaluationTime(at, 300_000, 'thanos')).toEqual(new Date(1_699_999_800_000));
  });

  it('keeps the time on Prometheus, VictoriaMetrics and an unknown server, and when off', () => {
    for (const kind of ['prometheus', 'victoriametrics', 'unknown'] as const) {
      expect(alignedEvaluationTime(at, 60_000, kind)).toBe(at);
    }
    expect(alignedEvaluationTime(at, 0, 'mimir')).toBe(at);
  });
});

describe('alignSpanToStep', () => {
  it('moves start and end down to multiples of the step, keeping a span of whole steps', () => {
    // 1,700,000,047 = 5,666,666 · 300 + 247 -> 1,699,999,800; a day earlier likewise.
    const span = alignSpanToStep(
      { start: new Date((1_700_000_047 - 86_400) * 1000), end: new Date(1_700_000_047_000) },
      300,
    );
    expect(span).toEqual({
      start: new Date((1_699_999_800 - 86_400) * 1000),
      end: new Date(1_699_999_800_000),
    });
  });

  it('leaves an aligned span as it is', () => {
    const span = { start: new Date(1_699_913_400_000), end: new Date(1_699_999_800_000) };
    expect(alignSpanToStep(span, 300)).toEqual(span);
  });
});
