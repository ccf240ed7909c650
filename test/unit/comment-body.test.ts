import {
  MAX_COMMENT_CHARS,
  buildCommentBody,
  commentMarker,
  hasMarker,
  runSummaryUrl,
  sameBody,
} from '../../src/github/comment-body.js';

const URL = 'https://github.com/acme/shop/actions/runs/4242';

/** `count` table rows of 100 characters each (99 + the newline). */
function table(count: number): string {
  const rows = Array.from({ length: count }, (_, i) =>
    `| row ${String(i).padStart(6, '0')} |`.padEnd(99, 'x'),
  );
  return ['## slo-gate: block', '', ...rows].join('\n');
}

describe('comment body', () => {
  it('starts with the hidden marker of its key, then the report as is', () => {
    const body = buildCommentBody('## ✅ slo-gate: pass\n\nEvaluated at `2026-11-26T12:00:00Z`.\n', {
      key: 'production',
    });
    expect(body).toBe(
      '<!-- slo-gate:comment-key=production -->\n## ✅ slo-gate: pass\n\nEvaluated at `2026-11-26T12:00:00Z`.\n',
    );
    expect(hasMarker(body, 'production')).toBe(true);
    expect(hasMarker(body, 'staging')).toBe(false);
  });

  it('the marker counts only as the first line: a quote of it elsewhere is not our comment', () => {
    expect(hasMarker(`I saw this:\n> ${commentMarker('default')}\n`, 'default')).toBe(false);
    expect(hasMarker(`> ${commentMarker('default')}`, 'default')).toBe(false);
    expect(hasMarker(null, 'default')).toBe(false);
    // GitHub may return the body with CRLF line ends.
    expect(hasMarker(`${commentMarker('default')}\r\nreport`, 'default')).toBe(true);
  });

  it('an oversized report is cut at a line end under 60,000 characters, with a pointer to the run summary', () => {
    const markdown = table(1000); // 100,019 characters
    const body = buildCommentBody(markdown, { key: 'default', summaryUrl: URL });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(MAX_COMMENT_CHARS).toBe(60_000);
    expect(body.startsWith(`${commentMarker('default')}\n## slo-gate: block\n`)).toBe(true);
    const [kept, tail] = body.slice(commentMarker('default').length + 1).split('\n\n---\n');
    // Whole rows only: what is kept is the report's beginning, ending with a complete row.
    expect(markdown.startsWith(kept!)).toBe(true);
    expect(kept!.split('\n').at(-1)).toMatch(/^\| row \d{6} \|x+$/);
    expect(markdown.charAt(kept!.length)).toBe('\n');
    expect(tail).toContain(`The whole report is in the [run summary](${URL}).`);
    expect(tail).toContain(`${kept!.length.toLocaleString('en-US')} of 100,019 characters shown`);
  });

  it('a cut inside a code fence or <details> closes them, so the pointer renders as text', () => {
    const promql = Array.from(
      { length: 2000 },
      (_, i) => `sum(rate(http_requests_total{route="/r${i}"}[5m]))`,
    );
    const markdown = [
      '## slo-gate: block',
      '',
      '<details><summary>PromQL</summary>',
      '',
      '```promql',
      ...promql,
    ].join('\n');
    const body = buildCommentBody(markdown, { key: 'default', summaryUrl: URL });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    const fences = body.split('\n').filter((line) => line.startsWith('```'));
    expect(fences.length % 2).toBe(0);
    const beforePointer = body.slice(0, body.indexOf('\n---\n'));
    expect(beforePointer.trimEnd().endsWith('```\n\n</details>')).toBe(true);
  });

  it('without a run id the pointer names the job summary', () => {
    const body = buildCommentBody(table(1000), { key: 'default', summaryUrl: runSummaryUrl({}) });
    expect(body).toContain("The whole report is in this run's job summary.");
  });

  it('a body that fits is not cut at exactly the limit', () => {
    const markdown = 'x'.repeat(100);
    const key = 'k';
    const whole = `${commentMarker(key)}\n${markdown}\n`;
    expect(buildCommentBody(markdown, { key, maxChars: whole.length })).toBe(whole);
    expect(buildCommentBody(markdown, { key, maxChars: whole.length - 1 })).not.toBe(whole);
  });
});

describe('sameBody', () => {
  it('ignores CRLF and trailing whitespace, nothing else', () => {
    expect(sameBody('a\r\nb\r\n', 'a\nb\n')).toBe(true);
    expect(sameBody('a\nb', 'a\nb\n')).toBe(true);
    expect(sameBody('a\nb!', 'a\nb\n')).toBe(false);
    expect(sameBody(undefined, '')).toBe(false);
  });
});

describe('runSummaryUrl', () => {
  it('is the server, repository and run id', () => {
    expect(
      runSummaryUrl({
        GITHUB_SERVER_URL: 'https://ghe.example/',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_RUN_ID: '7',
      }),
    ).toBe('https://ghe.example/acme/shop/actions/runs/7');
    expect(runSummaryUrl({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '7' })).toBe(
      'https://github.com/acme/shop/actions/runs/7',
    );
    expect(runSummaryUrl({ GITHUB_REPOSITORY: 'acme/shop' })).toBeUndefined();
  });
});
