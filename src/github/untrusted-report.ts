/**
 * A report this run did not produce (the `report` input, read from a pull request's artifact) is
 * rendered as markdown only after its text is made inert (pure): no @mention that pings anyone, no
 * HTML tag that renders, no backtick that leaves the code span or fence a field is shown in. The JSON
 * report, the outputs and SARIF keep the text as it was.
 */
import type { Report } from '../model/index.js';

/** Fields the markdown shows inside a code span or fence: HTML is not read there, a backtick ends it. */
const CODE_FIELDS = new Set(['evaluatedAt', 'ruleId', 'file', 'promql']);

const ZERO_WIDTH_SPACE = '\u200B';

/** "@team" -> "@\u200Bteam": shown the same, never a mention (as Dependabot quotes release notes). */
function withoutMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`);
}

/** Text shown as markdown: tags and entities become literal characters, mentions inert. */
export function inertText(text: string): string {
  return withoutMentions(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

/** Text shown inside a code span or fence: a backtick would close it, so it becomes a quote. */
export function inertCode(text: string): string {
  return text.replace(/`/g, "'");
}

function inert(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string')
    return key !== undefined && CODE_FIELDS.has(key) ? inertCode(value) : inertText(value);
  if (Array.isArray(value)) return value.map((item) => inert(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, inert(item, name)]));
  }
  return value;
}

/** The report with every string made inert for markdown; enums stay as they are (they are plain words). */
export function inertReport(report: Report): Report {
  return inert(report, undefined) as Report;
}
