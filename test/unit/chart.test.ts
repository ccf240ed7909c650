/** Mermaid xychart blocks: exact syntax on small inputs, downsampling, labels, escaping, gaps. */
import type { SloHistory } from '../../src/model/index.js';
import {
  axisLabels,
  budgetChart,
  burnRateChart,
  downsample,
  fillGaps,
  mermaidText,
  plainNumber,
  xyChart,
} from '../../src/report/chart.js';

const T = 1_699_999_980; // 2023-11-14T22:13:00Z
const HOUR = 3600;
const DAY = 86_400;
const INVISIBLE = /^[\u200b\u200c]+$/;

/** Points at T - (n-1)·step ... T with the given values. */
function series(values: number[], step = HOUR): [number, number][] {
  return values.map((value, i) => [T - (values.length - 1 - i) * step, value]);
}

function history(overrides: Partial<SloHistory> = {}): SloHistory {
  return {
    slo: 'checkout',
    burnRate: series([0.2, NaN, 0.5, 20, 12.5]),
    budgetRemaining: series([0.8, 0.775, NaN, -0.123456789, -0.05]),
    stepSeconds: HOUR,
    budgetStepSeconds: HOUR,
    window: '30d',
    burnRateThreshold: 14.4,
    ...overrides,
  };
}

/** Mermaid's front matter setting the line colours, as the chart writes it. */
function colourConfig(...colours: string[]): string[] {
  return [
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${colours.join(', ')}"`,
    '---',
  ];
}

/** The chart's title line. */
function titleOf(chart: string): string {
  return chart.split('\n').find((line) => line.startsWith('  title '))!;
}

/** The values of the chart's `line` rows. */
function lines(chart: string): number[][] {
  return [...chart.matchAll(/^ {2}line \[(.*)\]$/gm)].map((m) => m[1]!.split(', ').map(Number));
}

/** The x-axis categories, parsed from the quoted list. */
function categories(chart: string): string[] {
  const list = /^ {2}x-axis "[^"]*" \[(.*)\]$/m.exec(chart)![1]!;
  return [...list.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
}

describe('xyChart', () => {
  it('writes the xychart-beta syntax: quoted title, axis titles and categories, plain numbers', () => {
    expect(
      xyChart({
        title: 'a: burn rate',
        colours: ['#e5534b', '#8c959f'],
        xAxisTitle: 'time (UTC)',
        categories: ['11-20', '11-21'],
        yAxis: { title: 'burn rate (x)', min: 0, max: 25 },
        lines: [
          [0.2, 20],
          [14.4, 14.4],
        ],
      }),
    ).toBe(
      [
        '```mermaid',
        ...colourConfig('#e5534b', '#8c959f'),
        'xychart-beta',
        '  title "a: burn rate"',
        '  x-axis "time (UTC)" ["11-20", "11-21"]',
        '  y-axis "burn rate (x)" 0 --> 25',
        '  line [0.2, 20]',
        '  line [14.4, 14.4]',
        '```',
      ].join('\n'),
    );
  });
});

describe('burnRateChart', () => {
  it('draws the burn rate in red and the 1h alert threshold in grey, says which is which, gaps carrying the previous value', () => {
    // Five hourly points from 18:13 to 22:13 UTC (4 h): every label fits. The NaN (no traffic)
    // repeats 0.2; the y axis tops at the round number above max(20, 14.4) · 1.1 = 22, i.e. 25.
    expect(burnRateChart(history())).toBe(
      [
        '```mermaid',
        ...colourConfig('#e5534b', '#8c959f'),
        'xychart-beta',
        '  title "checkout: burn rate, last 4h"',
        '  x-axis "time (UTC)" ["18:13", "19:13", "20:13", "21:13", "22:13"]',
        '  y-axis "red: 1h burn rate (x), grey: alert at 14.4x" 0 --> 25',
        '  line [0.2, 0.2, 0.5, 20, 12.5]',
        '  line [14.4, 14.4, 14.4, 14.4, 14.4]',
        '```',
      ].join('\n'),
    );
  });

  it('draws one line when the SLO has no 1h alert, and leading gaps take the first known value', () => {
    const chart = burnRateChart(
      history({ burnRate: series([NaN, Infinity, 2, NaN]), burnRateThreshold: undefined }),
    );
    // max 2 · 1.1 = 2.2 -> 2.5.
    expect(chart).toContain('  y-axis "red: 1h burn rate (x)" 0 --> 2.5\n');
    expect(chart).toContain('      plotColorPalette: "#e5534b"\n');
    expect(lines(chart!)).toEqual([[2, 2, 2, 2]]);
  });

  it('has no chart when no step had traffic', () => {
    expect(burnRateChart(history({ burnRate: series([NaN, NaN, NaN]) }))).toBeUndefined();
  });

  it('keeps a 7-day hourly history to 57 categories of 3 hours, each the highest burn in it', () => {
    // 169 points (T-168h ... T): ceil(169 / 60) = 3 points per category, counted back from T:
    // 56 full categories and a first one holding T-168h alone. The last category (T-2h, T-1h, T)
    // holds the 2-hour incident's 20x; every other one 0.2x.
    const burn = Array.from({ length: 169 }, (_, i) => (i >= 167 ? 20 : 0.2));
    const chart = burnRateChart(history({ burnRate: series(burn) }))!;
    const [values, threshold] = lines(chart);
    expect(values).toHaveLength(57);
    expect(values!.slice(0, 56)).toEqual(Array(56).fill(0.2));
    expect(values![56]).toBe(20);
    expect(threshold).toEqual(Array(57).fill(14.4));
    expect(categories(chart)).toHaveLength(57);
  });
});

describe('budgetChart', () => {
  it('draws the budget left in percent, from a round number below an overspent budget up to 100', () => {
    // -0.123456789 -> -12.3457 % (four decimals); the axis goes down to -20, the round number below.
    expect(budgetChart(history())).toBe(
      [
        '```mermaid',
        ...colourConfig('#1f6feb'),
        'xychart-beta',
        '  title "checkout: error budget left, last 4h (30d period)"',
        '  x-axis "time (UTC)" ["18:13", "19:13", "20:13", "21:13", "22:13"]',
        '  y-axis "blue: budget left (%)" -20 --> 100',
        '  line [80, 77.5, 77.5, -12.3457, -5]',
        '```',
      ].join('\n'),
    );
  });

  it('takes the last value of each category (the budget as of its end)', () => {
    const budget = series([0.9, 0.8, 0.7, 0.6, 0.5, 0.4]);
    const chart = budgetChart(history({ budgetRemaining: budget }), 2)!;
    expect(lines(chart)).toEqual([[70, 40]]);
  });
});

describe('downsample', () => {
  const values = [4, 1, 7, 3, 0, 5, 2, 6, 9, 8];
  const points = values.map((value, i): [number, number] => [100 + i, value]);

  it('groups equal runs of points counted back from the newest, the oldest group possibly shorter', () => {
    // 10 points into at most 4 groups: 3 per group -> indexes [0], [1,2,3], [4,5,6], [7,8,9],
    // i.e. values [4], [1,7,3], [0,5,2], [6,9,8]; each group is timed by its newest point.
    expect(downsample(points, 4, 'max')).toEqual([
      [100, 4],
      [103, 7],
      [106, 5],
      [109, 9],
    ]);
    expect(downsample(points, 4, 'last')).toEqual([
      [100, 4],
      [103, 3],
      [106, 2],
      [109, 8],
    ]);
  });

  it('keeps every point when there are few, ignores NaN in a group and gives NaN for an empty one', () => {
    expect(downsample(points.slice(0, 3), 60, 'max')).toEqual(points.slice(0, 3));
    const gappy: [number, number][] = [
      [1, NaN],
      [2, NaN],
      [3, 5],
      [4, NaN],
    ];
    const result = downsample(gappy, 2, 'last');
    expect(result[0]![0]).toBe(2);
    expect(result[0]![1]).toBeNaN();
    expect(result[1]).toEqual([4, 5]);
  });
});

describe('fillGaps', () => {
  it('carries the previous value over NaN and infinities; leading gaps take the first known value', () => {
    expect(fillGaps([NaN, 1, NaN, Infinity, 3, -Infinity])).toEqual([1, 1, 1, 1, 3, 3]);
  });

  it('is undefined when nothing is known', () => {
    expect(fillGaps([NaN, Infinity])).toBeUndefined();
    expect(fillGaps([])).toBeUndefined();
  });
});

describe('axisLabels', () => {
  it('names the first point of each UTC day over a week, the rest invisible and all distinct', () => {
    // Every 3 hours from 11-07 22:13 to 11-14 22:13: the first point of 11-08 is 01:13 (index 1),
    // then every 8 points; 11-07 itself is not named (its next label would overlap).
    const times = Array.from({ length: 57 }, (_, i) => T - (56 - i) * 3 * HOUR);
    const labels = axisLabels(times);
    const named = labels.flatMap((label, i) => (INVISIBLE.test(label) ? [] : [[i, label]]));
    expect(named).toEqual([
      [1, '11-08'],
      [9, '11-09'],
      [17, '11-10'],
      [25, '11-11'],
      [33, '11-12'],
      [41, '11-13'],
      [49, '11-14'],
    ]);
    expect(new Set(labels).size).toBe(57);
  });

  it('names every 4th day when a month of days would not fit', () => {
    // 31 daily points at 22:13: 30 day starts (indexes 1..30), every ceil(30 / 8) = 4th: 1, 5, ... 29.
    const times = Array.from({ length: 31 }, (_, i) => T - (30 - i) * DAY);
    const named = axisLabels(times).flatMap((label, i) => (INVISIBLE.test(label) ? [] : [i]));
    expect(named).toEqual([1, 5, 9, 13, 17, 21, 25, 29]);
  });

  it('names times within a day, every few points counted back from the last', () => {
    // 37 half-hour points over 18 hours: every ceil(37 / 8) = 5th from the last (index 36).
    const times = Array.from({ length: 37 }, (_, i) => T - (36 - i) * 1800);
    const labels = axisLabels(times);
    const named = labels.flatMap((label, i) => (INVISIBLE.test(label) ? [] : [[i, label]]));
    expect(named).toEqual([
      [1, '04:43'],
      [6, '07:13'],
      [11, '09:43'],
      [16, '12:13'],
      [21, '14:43'],
      [26, '17:13'],
      [31, '19:43'],
      [36, '22:13'],
    ]);
    expect(new Set(labels).size).toBe(37);
  });

  it('adds the date from one day on, at most 5 labels', () => {
    // 49 hourly points over 2 days: every ceil(49 / 5) = 10th from the last.
    const times = Array.from({ length: 49 }, (_, i) => T - (48 - i) * HOUR);
    const named = axisLabels(times).filter((label) => !INVISIBLE.test(label));
    // Indexes 8, 18, 28, 38, 48: T-40h, T-30h, T-20h, T-10h, T.
    expect(named).toEqual(['11-13 06:13', '11-13 16:13', '11-14 02:13', '11-14 12:13', '11-14 22:13']);
  });

  it('never repeats a label: a repeated time gets an invisible one', () => {
    const labels = axisLabels([T, T]);
    expect(labels[0]).toBe('22:13');
    expect(labels[1]).toMatch(INVISIBLE);
  });
});

describe('escaping', () => {
  it('keeps SLO names from breaking the chart: quotes, backticks, line breaks and %% directives', () => {
    expect(mermaidText('say "hi" to `x`\r\nnow %%{init: {}}%%')).toBe("say 'hi' to 'x' now %{init: {}}%");
    const chart = burnRateChart(history({ slo: 'a "b"\n%%{init: {"theme": "dark"}}%%' }))!;
    expect(titleOf(chart)).toBe(`  title "a 'b' %{init: {'theme': 'dark'}}%: burn rate, last 4h"`);
    expect(chart).not.toContain('%%');
  });

  it('cuts very long names in titles', () => {
    const chart = budgetChart(history({ slo: 'x'.repeat(100) }))!;
    expect(titleOf(chart)).toBe(`  title "${'x'.repeat(59)}…: error budget left, last 4h (30d period)"`);
  });

  it('writes numbers as plain decimals the grammar accepts', () => {
    expect(plainNumber(1e-7)).toBe('0');
    expect(plainNumber(-0)).toBe('0');
    expect(plainNumber(123.456789)).toBe('123.4568');
    expect(plainNumber(1e21)).toBe('1000000000000000');
    expect(plainNumber(-Infinity)).toBe('-1000000000000000');
    expect(() => plainNumber(NaN)).toThrow('NaN');
  });
});
