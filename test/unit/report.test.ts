import type { Report } from '../../src/model/index.js';
import { evidenceBeyondTitle, humanDuration } from '../../src/report/format.js';
import { render } from '../../src/report/index.js';

const report: Report = {
  version: 1,
  verdict: 'block',
  evaluatedAt: '2026-11-26T12:00:00Z',
  slos: [
    {
      name: 'checkout-availability',
      objective: 0.999,
      window: '30d',
      status: 'block',
      errorBudgetRemaining: 0.75875,
      burnRates: {
        '5m': 20,
        '30m': 20,
        '1h': 20,
        '2h': 15.05,
        '6h': 5.15,
        '1d': 1.44,
        '3d': 0.61,
        '30d': 0.24125,
      },
      exhaustsIn: 'PT27H19M',
      reasons: ['burn rate 20x over 1h and 20x over 5m exceeds 14.4x (2% of the 30d budget in 1h)'],
      queries: [{ window: '1h', promql: '(sum(rate(e[1h]))) / (sum(rate(t[1h])))' }],
      warnings: ['partial response: store eu-1 unavailable'],
    },
    {
      name: 'catalog|availability',
      objective: 0.995,
      window: '30d',
      status: 'pass',
      errorBudgetRemaining: 0.96,
      burnRates: { '5m': null, '1h': 0.04 },
      exhaustsIn: null,
      reasons: [],
      queries: [],
    },
  ],
  findings: [],
  hints: [
    {
      id: 'error-attribution',
      title: 'route=/refund code=503: 99.5% of errors over 1h',
      evidence: [
        'route=/refund code=503: 99.5% of errors over 1h',
        'route=/cart code=500: 0.5% of errors over 1h',
      ],
      slo: 'checkout-availability',
    },
  ],
};

describe('json', () => {
  it('is the report itself, with the keys docs/report.md names and nothing else', () => {
    const parsed = JSON.parse(render(report, 'json', { color: false, advisory: false }));
    expect(parsed).toEqual(report);
    expect(Object.keys(parsed)).toEqual(['version', 'verdict', 'evaluatedAt', 'slos', 'findings', 'hints']);
  });

  it('prints version first, wherever the report object holds it', () => {
    const { version, ...fields } = report;
    const versionLast = { ...fields, version };
    const text = render(versionLast, 'json', { color: false, advisory: false });
    expect(text.startsWith('{\n  "version": 1,\n  "verdict": "block",')).toBe(true);
  });
});

describe('text', () => {
  const text = render(report, 'text', { color: false, advisory: false });
  const lines = text.split('\n');

  it('starts with the verdict and the pinned time', () => {
    expect(lines[0]).toBe('slo-gate: BLOCK at 2026-11-26T12:00:00Z');
  });

  it('aligns the table columns', () => {
    const header = lines.find((l) => l.startsWith('SLO'))!;
    const row = lines.find((l) => l.startsWith('checkout-availability'))!;
    const other = lines.find((l) => l.startsWith('catalog|availability'))!;
    // Each column starts at the same offset in every row.
    for (const column of ['STATUS', 'BUDGET LEFT', 'BURN 1h', 'EXHAUSTS IN']) {
      const at = header.indexOf(column);
      expect(row[at - 1]).toBe(' ');
      expect(other[at - 1]).toBe(' ');
      expect(row[at]).not.toBe(' ');
    }
    expect(row).toContain('75.88%');
    expect(row).toContain('27h19m');
    expect(other).toContain('—'); // no traffic over 5m
  });

  it('lists reasons, Prometheus warnings and hints', () => {
    expect(text).toContain('  - burn rate 20x over 1h and 20x over 5m exceeds 14.4x');
    expect(text).toContain('  ! Prometheus warning: partial response: store eu-1 unavailable');
    expect(text).toContain('[checkout-availability] route=/refund code=503: 99.5% of errors over 1h');
    expect(text).toContain('      route=/cart code=500: 0.5% of errors over 1h');
  });

  it('has no escape codes without colour and red ones with it', () => {
    expect(text).not.toContain('\u001b[');
    expect(render(report, 'text', { color: true, advisory: false })).toContain('\u001b[31mBLOCK\u001b[0m');
  });

  it('says when a block is not enforced', () => {
    expect(render(report, 'text', { color: false, advisory: true }).split('\n')[0]).toBe(
      'slo-gate: BLOCK (advisory mode: not enforced) at 2026-11-26T12:00:00Z',
    );
  });
});

describe('markdown', () => {
  const md = render(report, 'markdown', { color: false, advisory: false });

  it('heads with the verdict and tabulates every SLO', () => {
    expect(md.startsWith('## ⛔ slo-gate: block\n')).toBe(true);
    expect(md).toContain(
      '| checkout-availability | ⛔ block | 99.9% / 30d | 75.88% | 20x | 20x | 5.15x | 1.44x | 0.61x | 27h19m |',
    );
  });

  it('escapes pipes in names so the table holds', () => {
    expect(md).toContain('| catalog\\|availability | ✅ pass |');
  });

  it('puts the resolved PromQL in a details block', () => {
    expect(md).toContain('<details><summary>PromQL for checkout-availability</summary>');
    expect(md).toContain('```promql\n(sum(rate(e[1h]))) / (sum(rate(t[1h])))\n```');
  });

  it('lists reasons and hints', () => {
    expect(md).toContain('- burn rate 20x over 1h and 20x over 5m exceeds 14.4x');
    expect(md).toContain('- **route=/refund code=503: 99.5% of errors over 1h** (checkout-availability)');
  });
});

describe('humanDuration', () => {
  it.each([
    ['PT27H19M', '27h19m'],
    ['PT45M', '45m'],
    ['PT2880H', '120d'],
    ['PT50H30M', '2d2h'],
    ['PT0S', 'now'],
    [null, '—'],
  ])('%s -> %s', (iso, text) => expect(humanDuration(iso)).toBe(text));
});

describe('evidenceBeyondTitle', () => {
  it('drops a first evidence line that repeats the title, and keeps evidence that does not', () => {
    expect(evidenceBeyondTitle({ title: 't', evidence: ['t', 'a'] })).toEqual(['a']);
    expect(evidenceBeyondTitle({ title: 't', evidence: ['a', 'b'] })).toEqual(['a', 'b']);
  });
});

describe('slow queries (slowQueries of the JSON report) in text and markdown', () => {
  const slow: Report = {
    ...report,
    slos: [
      {
        ...report.slos[1]!,
        name: 'search-latency',
        status: 'error',
        slowQueries: [
          { window: '30d', promql: 'sum(rate(e[30d]))', seconds: 12.04, timedOut: true },
          { window: '6h', promql: `sum(rate(${'x'.repeat(200)}[6h]))`, seconds: 1.25 },
        ],
      },
    ],
  };

  it('lists each under its SLO, with the seconds, a time-out and the query cut to 120 characters', () => {
    const text = render(slow, 'text', { color: false, advisory: false, width: 400 });
    expect(text).toContain('search-latency (error):');
    expect(text).toContain('  ~ slow query (30d): 12.0 s, timed out — sum(rate(e[30d]))');
    // 119 characters of the query, then an ellipsis.
    expect(text).toContain(`  ~ slow query (6h): 1.3 s — sum(rate(${'x'.repeat(119 - 'sum(rate('.length)}…`);
    const md = render(slow, 'markdown', { color: false, advisory: false });
    expect(md).toContain('**search-latency** — error');
    expect(md).toContain('- slow query (30d): 12.0 s, timed out — sum(rate(e[30d]))');
  });
});
