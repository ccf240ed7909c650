/**
 * The sticky PR comment's body (pure): a hidden marker that names the comment-key, then the markdown
 * report, cut to fit a comment with a pointer to the run summary where the whole report is.
 */

/** GitHub refuses comment bodies above 65,536 characters; stay well below. */
export const MAX_COMMENT_CHARS = 60_000;

export function commentMarker(key: string): string {
  return `<!-- slo-gate:comment-key=${key} -->`;
}

/** Whether a comment body is a slo-gate comment for this key (the marker is its first line). */
export function hasMarker(body: string | null | undefined, key: string): boolean {
  return typeof body === 'string' && body.trimStart().split(/\r?\n/, 1)[0]?.trim() === commentMarker(key);
}

/** GitHub may hand a body back with CRLF or without the trailing newline: compare what renders. */
export function sameBody(a: string | null | undefined, b: string): boolean {
  const normal = (text: string) => text.replace(/\r\n/g, '\n').trimEnd();
  return typeof a === 'string' && normal(a) === normal(b);
}

/** ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}, when the run is known. */
export function runSummaryUrl(env: Record<string, string | undefined>): string | undefined {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (!repository || !runId) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}

export interface CommentBodyOptions {
  key: string;
  /** Where the whole report is (the run's summary page). */
  summaryUrl?: string;
  maxChars?: number;
}

function pointer(shown: number, total: number, summaryUrl: string | undefined): string {
  const where = summaryUrl ? `the [run summary](${summaryUrl})` : "this run's job summary";
  return (
    `\n\n---\n✂️ **The report is cut here**: it is longer than a pull request comment can hold ` +
    `(${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} characters shown). ` +
    `The whole report is in ${where}.\n`
  );
}

/**
 * Closes what the cut left open, so the pointer renders as text: a code fence, <details> blocks.
 * A table needs nothing: the blank line before the pointer ends it.
 */
function closeOpenBlocks(kept: string): string {
  let inFence = false;
  let openDetails = 0;
  for (const line of kept.split('\n')) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    else if (!inFence) {
      openDetails += (line.match(/<details>/g) ?? []).length;
      openDetails -= (line.match(/<\/details>/g) ?? []).length;
    }
  }
  let closing = inFence ? '\n```' : '';
  for (let i = 0; i < openDetails; i++) closing += '\n\n</details>';
  return closing;
}

/** The marker, then the report; when too long, cut at a line end with the pointer, under maxChars. */
export function buildCommentBody(markdown: string, options: CommentBodyOptions): string {
  const maxChars = options.maxChars ?? MAX_COMMENT_CHARS;
  const head = `${commentMarker(options.key)}\n`;
  const report = markdown.replace(/\r\n/g, '\n').trimEnd();
  const whole = `${head}${report}\n`;
  if (whole.length <= maxChars) return whole;

  // Room for the pointer and for closing fences/details: both are short and bounded.
  const reserve = pointer(report.length, report.length, options.summaryUrl).length + 200;
  const budget = Math.max(0, maxChars - head.length - reserve);
  let end = report.lastIndexOf('\n', budget);
  if (end <= 0) end = budget;
  // Never split a surrogate pair (an emoji) when a single line had to be cut.
  if (/[\uD800-\uDBFF]/.test(report.charAt(end - 1))) end -= 1;
  const kept = report.slice(0, end).trimEnd();
  return `${head}${kept}${closeOpenBlocks(kept)}${pointer(kept.length, report.length, options.summaryUrl)}`;
}
