import type { Report } from '../model/index.js';

/** The report as docs/report.md describes it, for `jq` and other scripts: `version` first. */
export function renderJson(report: Report): string {
  const { version, ...fields } = report;
  return `${JSON.stringify({ version, ...fields }, null, 2)}\n`;
}
