/** Sloth's `{{.window}}` query templates. Pure. */
import { findSyntaxError, type SyntaxProblem } from './syntax.js';

/** `{{.window}}`, also written with spaces inside the braces (`{{ .window }}`). */
const WINDOW_PLACEHOLDER = /\{\{\s*\.window\s*\}\}/g;

/** A Prometheus duration as the grammar accepts it in a range selector: "5m", "1h30m", "30d". */
const PROMETHEUS_DURATION = /^(?:\d+y)?(?:\d+w)?(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?(?:\d+ms)?$/;

/** A stand-in window for syntax checks: any valid duration parses the same way. */
const CHECK_WINDOW = '5m';

/** Replace Sloth's placeholder `{{.window}}` (also `{{ .window }}`) with a Prometheus duration. */
export function substituteWindow(template: string, window: string): string {
  // The window is spliced into PromQL, so only a duration may go in.
  if (window === '' || !PROMETHEUS_DURATION.test(window)) {
    throw new Error(`substituteWindow: "${window}" is not a Prometheus duration such as 5m or 1h30m`);
  }
  return template.replace(WINDOW_PLACEHOLDER, window);
}

/** Same as findSyntaxError for a template with {{.window}}; the offset points into the template as written. */
export function findTemplateSyntaxError(template: string): SyntaxProblem | undefined {
  const substitutions: { templateFrom: number; templateTo: number; queryFrom: number; queryTo: number }[] =
    [];
  let query = '';
  let copiedUpTo = 0;
  for (const match of template.matchAll(WINDOW_PLACEHOLDER)) {
    query += template.slice(copiedUpTo, match.index);
    substitutions.push({
      templateFrom: match.index,
      templateTo: match.index + match[0].length,
      queryFrom: query.length,
      queryTo: query.length + CHECK_WINDOW.length,
    });
    query += CHECK_WINDOW;
    copiedUpTo = match.index + match[0].length;
  }
  query += template.slice(copiedUpTo);

  const problem = findSyntaxError(query);
  if (!problem) return undefined;
  const offset = templateOffset(problem.offset, substitutions);
  const inPlaceholder = substitutions.find((sub) => sub.templateFrom === offset);
  // Name the placeholder as written, not the stand-in window the parser saw.
  const message = inPlaceholder
    ? problem.message.replace(
        `'${CHECK_WINDOW}'`,
        `'${template.slice(inPlaceholder.templateFrom, inPlaceholder.templateTo)}'`,
      )
    : problem.message;
  return { offset, message };
}

function templateOffset(
  queryOffset: number,
  substitutions: { templateFrom: number; templateTo: number; queryFrom: number; queryTo: number }[],
): number {
  let shift = 0;
  for (const sub of substitutions) {
    if (queryOffset < sub.queryFrom) break;
    // Inside the stand-in window: point at the placeholder itself.
    if (queryOffset < sub.queryTo) return sub.templateFrom;
    shift = sub.templateTo - sub.queryTo;
  }
  return queryOffset + shift;
}

/** The template with every placeholder replaced by a stand-in window, for analyses that need a query. */
export function withCheckWindow(template: string): string {
  return template.replace(WINDOW_PLACEHOLDER, CHECK_WINDOW);
}

/**
 * The template with each placeholder replaced by a duration of the same length ("1111111111s"), so
 * parse-tree offsets are also offsets into the template and edits can be applied to it directly.
 */
export function withSameLengthWindows(template: string): string {
  return template.replace(WINDOW_PLACEHOLDER, (placeholder) => `${'1'.repeat(placeholder.length - 1)}s`);
}
