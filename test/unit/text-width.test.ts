/**
 * The text report fits the terminal: rendered at 80 and 120 columns no line is longer than the width
 * (but for a path longer than a line, which is never cut), and no word is split across lines.
 */
import type { Report, SloResult } from '../../src/model/index.js';
import { renderText } from '../../src/report/text.js';
import { colourWanted, outputWidth } from '../../src/text/terminal.js';
import { wrapWords } from '../../src/text/wrap.js';

const slo = (over: Partial<SloResult>): SloResult => ({
  name: 'checkout-availability',
  objective: 0.999,
  window: '30d',
  status: 'pass',
  errorBudgetRemaining: 0.849,
  burnRates: { '5m': 25.12, '1h': 18.87, '6h': 3.25, '1d': 0.906, '3d': 0.385 },
  exhaustsIn: 'PT32H23M',
  reasons: [],
  queries: [],
  ...over,
});

const LONG_PATH =
  'deploy/overlays/production/eu-west-1/very-long-folder-name-of-a-monorepo/checkout/ingress.yaml';
const REASON =
  'burn rate 18.87x over 1h and 25.12x over 5m exceeds 14.4x (2% of the 30d budget in 1h), and the budget left would be exhausted in 32h23m at this rate';
const HINT_EVIDENCE =
  'route=/cart code=500: 0.662% of errors over 1h, mostly from pods of ReplicaSet checkout-7d9f8c6b5 on node pool spot-a';
const MESSAGE =
  'backend service checkout-api does not exist in the bundle: no Service of that name is defined in namespace shop, and the Ingress rule for host shop.example.com sends every request under /checkout there';
const FINDING_HINT =
  'add a Service named checkout-api in namespace shop, or point the backend at an existing Service such as checkout';

// The demo's table: SLO names up to 29 characters, all five burn-rate windows:
// 29 + 6 + 11 + 11 + 5 × 7 + 11 = 103 characters and 9 gaps of 2: 121 columns.
const report: Report = {
  version: 1,
  verdict: 'block',
  evaluatedAt: '2026-11-26T14:05:00Z',
  slos: [
    slo({
      status: 'block',
      reasons: [REASON],
      warnings: ['partial response: store eu-west-1 unavailable for the last 5 minutes'],
    }),
    slo({
      name: 'catalog-requests-availability',
      objective: 0.995,
      errorBudgetRemaining: 0.96,
      burnRates: { '5m': 0.04, '1h': 0.04, '6h': 0.04, '1d': 0.04, '3d': 0.04 },
      exhaustsIn: 'PT17283H',
    }),
  ],
  findings: [
    {
      ruleId: 'ingress-backend-service-missing',
      severity: 'error',
      file: LONG_PATH,
      line: 20,
      column: 17,
      resource: 'Ingress/shop/shop',
      message: MESSAGE,
      hint: FINDING_HINT,
    },
  ],
  hints: [
    {
      slo: 'checkout-availability',
      id: 'error-attribution',
      title: 'route=/refund code=503: 99.34% of errors over 1h',
      evidence: ['route=/refund code=503: 99.34% of errors over 1h', HINT_EVIDENCE],
    },
  ],
};

const normalised = (text: string) => text.replace(/\s+/g, ' ');

describe.each([80, 120])('the text report at %i columns', (width) => {
  const text = renderText(report, { color: false, width });
  const lines = text.trimEnd().split('\n');

  it('has no line longer than the width, but for the location of a finding whose path is that long', () => {
    const location = `  ${LONG_PATH}:20:17 error ingress-backend-service-missing`;
    expect(location.length).toBeGreaterThan(120);
    expect(lines.filter((line) => line.length > width)).toEqual([location]);
  });

  it('splits no word: every reason, message, hint and evidence reads whole once the line breaks are spaces', () => {
    for (const written of [
      REASON,
      HINT_EVIDENCE,
      MESSAGE,
      FINDING_HINT,
      'partial response: store eu-west-1 unavailable for the last 5 minutes',
    ]) {
      expect(normalised(text)).toContain(normalised(written));
    }
  });

  it('puts a finding as file:line:col severity rule, then the message indented', () => {
    const at = lines.indexOf(`  ${LONG_PATH}:20:17 error ingress-backend-service-missing`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {6}Ingress\/shop\/shop: backend service/);
    expect(lines[at + 2]).toMatch(/^ {8}\S/);
  });
});

describe('the SLO table', () => {
  it('at 121 columns keeps every burn-rate window; at 120 leaves out 3d (121 − 9 = 112)', () => {
    const header = (width: number) => renderText(report, { color: false, width }).split('\n')[2]!;
    expect(header(121)).toMatch(
      /^SLO +STATUS +OBJECTIVE +BUDGET LEFT +BURN 5m +BURN 1h +BURN 6h +BURN 1d +BURN 3d +EXHAUSTS IN$/,
    );
    expect(header(121)).toHaveLength(121);
    expect(header(120)).toMatch(
      /^SLO +STATUS +OBJECTIVE +BUDGET LEFT +BURN 5m +BURN 1h +BURN 6h +BURN 1d +EXHAUSTS IN$/,
    );
    expect(header(120)).toHaveLength(112);
  });

  it('at 100 columns leaves out 3d, 1d and 6h (121 − 3 × 9 = 94; keeping 6h would be 103)', () => {
    const text = renderText(report, { color: false, width: 100 });
    expect(text.split('\n')[2]).toMatch(
      /^SLO +STATUS +OBJECTIVE +BUDGET LEFT +BURN 5m +BURN 1h +EXHAUSTS IN$/,
    );
    expect(text).toContain(
      '(burn rates over 6h, 1d, 3d left out to fit 100 columns; --format json has every window)',
    );
  });

  it('at 80 columns keeps BURN 1h under short headers (29+6+11+6+7+8 and 5 gaps of 2 = 77)', () => {
    const [, , header, first] = renderText(report, { color: false, width: 80 }).split('\n');
    expect(header).toBe('SLO                            STATUS  OBJECTIVE    BUDGET  BURN 1h  EXHAUSTS');
    expect(first).toBe('checkout-availability          block   99.9% / 30d  84.9%   18.87x   32h23m');
  });

  it('without a width (a pipe, a file) keeps whole lines, as before', () => {
    const text = renderText(report, { color: false });
    expect(text).toContain(`  - ${REASON}\n`);
    expect(text).toContain(`      Ingress/shop/shop: ${MESSAGE}\n`);
  });
});

describe('wrapWords', () => {
  it('breaks at spaces and gives a word longer than the line a line of its own', () => {
    expect(wrapWords('aaa bbb ccc /a/very/long/path ddd', 10, '- ', '  ')).toEqual([
      '- aaa bbb',
      '  ccc',
      '  /a/very/long/path',
      '  ddd',
    ]);
  });
});

describe('outputWidth', () => {
  it('COLUMNS wins; else a terminal’s columns; else none (a pipe keeps whole lines)', () => {
    expect(outputWidth({ COLUMNS: '100' }, { isTTY: true, columns: 80 })).toBe(100);
    expect(outputWidth({ COLUMNS: '' }, { isTTY: true, columns: 80 })).toBe(80);
    expect(outputWidth({ COLUMNS: 'wide' }, {})).toBeUndefined();
    expect(outputWidth({}, { isTTY: false, columns: 80 })).toBeUndefined();
  });
});

describe('colourWanted', () => {
  it('NO_COLOR turns colour off only when it is not empty (no-color.org)', () => {
    expect(colourWanted({ NO_COLOR: '1' }, { isTTY: true })).toBe(false);
    expect(colourWanted({ NO_COLOR: '' }, { isTTY: true })).toBe(true);
  });

  it('FORCE_COLOR turns colour on off a terminal when not empty (force-color.org); NO_COLOR still wins', () => {
    expect(colourWanted({ FORCE_COLOR: '1' }, { isTTY: false })).toBe(true);
    expect(colourWanted({ FORCE_COLOR: '' }, { isTTY: false })).toBe(false);
    expect(colourWanted({ FORCE_COLOR: '1', NO_COLOR: '1' }, { isTTY: true })).toBe(false);
  });

  it('otherwise a terminal other than TERM=dumb', () => {
    expect(colourWanted({}, { isTTY: true })).toBe(true);
    expect(colourWanted({ TERM: 'dumb' }, { isTTY: true })).toBe(false);
    expect(colourWanted({}, { isTTY: false })).toBe(false);
  });
});
