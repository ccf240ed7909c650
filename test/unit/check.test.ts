import { UsageError } from '../../src/errors.js';
import { parseEvaluationTime, requirePrometheus } from '../../src/gate/check.js';
import { exitCodeFor } from '../../src/model/index.js';

describe('exitCodeFor', () => {
  it.each([
    ['pass', 'block', 'enforce', 0],
    ['warn', 'block', 'enforce', 0],
    ['block', 'block', 'enforce', 1],
    ['warn', 'warn', 'enforce', 1],
    ['pass', 'warn', 'enforce', 0],
    ['block', 'block', 'advisory', 0],
    ['warn', 'warn', 'advisory', 0],
  ] as const)('%s with --fail-on %s in %s mode exits %d', (verdict, failOn, mode, code) =>
    expect(exitCodeFor(verdict, { failOn, mode })).toBe(code),
  );
});

describe('parseEvaluationTime', () => {
  it('reads RFC 3339 with Z or an offset', () => {
    expect(parseEvaluationTime('2026-11-26T12:00:00Z').toISOString()).toBe('2026-11-26T12:00:00.000Z');
    expect(parseEvaluationTime('2026-11-26T13:30:00+01:30').toISOString()).toBe('2026-11-26T12:00:00.000Z');
  });

  it('reads unix seconds, with a fraction', () => {
    // 1795694400 s = 2026-11-26T12:00:00Z (20783 days after 1970-01-01 plus 12 h).
    expect(parseEvaluationTime('1795694400').toISOString()).toBe('2026-11-26T12:00:00.000Z');
    expect(parseEvaluationTime('1795694400.5').getTime()).toBe(1795694400500);
  });

  it('defaults to now', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(parseEvaluationTime(undefined, () => now)).toBe(now);
  });

  it.each(['yesterday', '2026-11-26', '2026-13-45T99:00:00Z', ''])(
    'rejects %j with the accepted forms',
    (text) => {
      expect(() => parseEvaluationTime(text)).toThrow(UsageError);
      expect(() => parseEvaluationTime(text)).toThrow(/RFC 3339.*unix seconds/);
    },
  );
});

describe('requirePrometheus', () => {
  it('says where to set the URL when SLOs have no Prometheus', () => {
    const config = {
      file: 'gate.yaml',
      slos: [],
      mode: 'enforce' as const,
      manifests: { paths: [], rules: {} },
    };
    expect(() => requirePrometheus(config)).toThrow(
      'gate.yaml has SLOs but no Prometheus to ask — fix: set prometheus.url in the config or pass --prometheus-url http://prometheus:9090',
    );
  });
});
