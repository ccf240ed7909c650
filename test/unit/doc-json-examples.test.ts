/**
 * The JSON report examples the docs show are reports slo-gate can write: each ```json block that is
 * a report (it has "version") parses with the report's schema to exactly itself (zod drops keys it
 * does not know, so an invented or misspelt field shows as a difference), and its findings name rules
 * that exist.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { fencedBlocks } from '../../scripts/lib/doc-outputs.mjs';
import { RULES_BY_ID } from '../../src/manifests/rules/index.js';
import { ReportSchema } from '../../src/model/index.js';

const DOCS = ['README.md', 'docs/report.md'];

function jsonBlocks(file: string): { line: number; value: unknown }[] {
  return fencedBlocks(readFileSync(file, 'utf8'))
    .filter((block) => block.language === 'json')
    .map((block) => ({
      line: block.line,
      value: JSON.parse(block.lines.map((shown) => shown.text).join('\n')) as unknown,
    }));
}

const reports = DOCS.flatMap((file) =>
  jsonBlocks(file)
    .filter(({ value }) => typeof value === 'object' && value !== null && 'version' in value)
    .map(({ line, value }) => ({ where: `${file}:${line}`, value })),
);

describe('JSON report examples in the docs', () => {
  it('finds the examples of README.md and docs/report.md', () => {
    expect(reports.map((r) => r.where.split(':')[0])).toEqual(expect.arrayContaining(DOCS));
  });

  it.each(reports)('$where is a report of the current schema, field for field', ({ value }) => {
    const parsed = ReportSchema.safeParse(value);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(value);
  });

  it.each(reports)('$where names rules that exist', ({ value }) => {
    const findings = (value as { findings: { ruleId: string }[] }).findings;
    for (const { ruleId } of findings) expect([ruleId, RULES_BY_ID.has(ruleId)]).toEqual([ruleId, true]);
  });
});
