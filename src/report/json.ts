import type { Report } from './types.js';

/** The report exactly as DESIGN.md specifies it, for `jq` and other scripts. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
