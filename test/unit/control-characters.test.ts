/**
 * Text from manifests and Prometheus (names, labels, values, error bodies) reaches every renderer; none
 * may pass on a raw ESC, CR, BEL or other C0/C1 control (a terminal sequence, a line rewrite), in the
 * markdown of the job summary and the PR comment, SARIF messages, annotations, the termination message,
 * the Event or the Application notice. Line feeds between rendered lines and tabs are not at issue.
 */
import type { Report, SloHistory } from '../../src/model/index.js';
import { noticeForVerdict, noticePatch, verdictEvent } from '../../src/cluster/write.js';
import { buildCommentBody } from '../../src/github/comment-body.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { terminationMessage } from '../../src/sinks/termination.js';
import { stripControlCharacters } from '../../src/text/redact.js';

const ESC = '\u001b';
const CR = '\r';
const BEL = '\u0007';
const C1_CSI = '\u009b';
/** Every control but line feed and tab. */
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

const hostile = (text: string) => `${ESC}[2J${ESC}]0;pwned${BEL}${text}${CR}overwritten${C1_CSI}31m`;

const report: Report = {
  version: 1,
  verdict: 'block',
  evaluatedAt: '2026-11-26T12:00:00Z',
  slos: [
    {
      name: hostile('checkout'),
      objective: 0.999,
      window: '30d',
      status: 'block',
      errorBudgetRemaining: -1,
      burnRates: { '1h': 20 },
      exhaustsIn: 'PT0H',
      reasons: [hostile('Prometheus at http://p answered HTTP 500: body')],
      queries: [{ window: '1h', promql: `sum(rate(x{route="${ESC}[31m"}[1h]))` }],
      warnings: [hostile('partial response')],
    },
  ],
  findings: [
    {
      ruleId: 'ingress-backend-service-missing',
      severity: 'error',
      file: 'deploy/ingress.yaml',
      line: 3,
      column: 1,
      resource: hostile('Ingress/shop/web'),
      message: hostile('backend Service "web" is missing'),
      hint: hostile('create it'),
    },
  ],
  hints: [{ id: 'error-attribution', title: hostile('route=/refund'), evidence: [hostile('code=503')] }],
};

const history: SloHistory = {
  slo: hostile('checkout'),
  burnRate: [
    [1_700_000_000, 1],
    [1_700_003_600, 2],
  ],
  budgetRemaining: [
    [1_700_000_000, 0.5],
    [1_700_003_600, 0.4],
  ],
  stepSeconds: 3600,
  budgetStepSeconds: 3600,
  window: '30d',
} as SloHistory;

describe('stripControlCharacters', () => {
  it('removes ESC, CR, BEL, DEL and C1 controls, keeps line feeds, tabs and the printable text', () => {
    expect(stripControlCharacters(`a${ESC}[31mb${CR}c${BEL}d\u007fe${C1_CSI}f\tg\nh`)).toBe(
      'a[31mbcdef\tg\nh',
    );
  });
});

describe('no renderer passes on a control character from the report', () => {
  const rendered: Record<string, string> = {
    markdown: renderMarkdown(report),
    summary: renderSummary(report, [history]),
    comment: buildCommentBody(renderMarkdown(report), { key: 'default' }),
    text: renderText(report, { color: false }),
    termination: terminationMessage(report, { mode: 'enforce', exitCode: 1 }),
    event: verdictEvent(
      { apiVersion: 'batch/v1', kind: 'Job', namespace: 'shop', name: 'slo-gate' },
      'block',
      hostile('slo-gate blocked'),
      new Date(0),
    ).message!,
    notice: String(
      noticePatch(noticeForVerdict('block', hostile('reason'))).metadata.annotations[
        'notice.argocd.argoproj.io/content'
      ],
    ),
    annotations: planAnnotations(report.findings, { root: '.', cwd: '.' })
      .map((a) => a.message)
      .join('\n'),
  };

  it.each(Object.keys(rendered))('%s', (name) => {
    expect(rendered[name]).not.toMatch(CONTROL);
    // The text around the controls is still shown.
    expect(rendered[name]).toMatch(/checkout|Ingress\/shop\/web|slo-gate blocked|reason/);
  });

  it('SARIF: no message, decoded as a viewer decodes it, carries one', () => {
    const sarif = renderSarif(report, { rules: [], version: '1', root: '.' });
    const messages = (
      JSON.parse(sarif) as { runs: { results: { message: { text: string } }[] }[] }
    ).runs[0]!.results.map((r) => r.message.text);
    expect(messages).toEqual([
      '[2J]0;pwnedIngress/shop/weboverwritten31m: [2J]0;pwnedbackend Service "web" is missingoverwritten31m — [2J]0;pwnedcreate itoverwritten31m',
    ]);
    expect(sarif).not.toMatch(CONTROL);
    expect(sarif).not.toMatch(/\\u00(1b|0d|07|9b)/i);
  });
});
