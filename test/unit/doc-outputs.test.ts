/**
 * The comparer of the docs' console examples (scripts/lib/doc-outputs.mjs): a doc whose shown output
 * differs from a run in one line is named at that line of the file; what legitimately varies is
 * normalised only when the marker says so.
 */
import { compareOutput, consoleBlocks, parseMarker } from '../../scripts/lib/doc-outputs.mjs';

const DOC = [
  '# Example', // 1
  '', // 2
  '<!-- check-docs: fixture=shop normalise=timestamp exit=1 -->', // 3
  '', // 4
  '```console', // 5
  '$ slo-gate validate deploy', // 6
  'slo-gate: BLOCK at 2026-11-26T14:05:00Z — 3 files, 4 resources', // 7
  '', // 8
  'Findings:', // 9
  '  deploy/deny.yaml:8:17 error netpol-dns-egress-blocked', // 10
  '```', // 11
  '',
].join('\n');

const RUN = [
  'slo-gate: BLOCK at 2026-12-07T18:47:14Z — 3 files, 4 resources',
  '',
  'Findings:',
  '  deploy/deny.yaml:8:17 error netpol-dns-egress-blocked',
  '',
].join('\n');

const [block] = consoleBlocks(DOC);

it('reads the block: its marker, its command at line 6 and the four lines shown after it', () => {
  expect(block!.line).toBe(5);
  expect(block!.marker).toEqual({ fixture: 'shop', normalise: ['timestamp'], exit: 1 });
  expect(block!.commands).toHaveLength(1);
  expect(block!.commands[0]!.line).toBe(6);
  expect(block!.commands[0]!.args).toBe('validate deploy');
  expect(block!.commands[0]!.output.map((l) => l.line)).toEqual([7, 8, 9, 10]);
});

it('the same output, its timestamp aside, is no problem', () => {
  expect(compareOutput('docs/x.md', block!.commands[0]!, RUN, ['timestamp'])).toEqual([]);
});

it('a changed output line is reported at its file:line, with both texts', () => {
  const changed = RUN.replace('8:17 error', '8:17 warning');
  expect(compareOutput('docs/x.md', block!.commands[0]!, changed, ['timestamp'])).toEqual([
    'docs/x.md:10: the doc shows "  deploy/deny.yaml:8:17 error netpol-dns-egress-blocked"; a real run prints "  deploy/deny.yaml:8:17 warning netpol-dns-egress-blocked"',
  ]);
});

it('a timestamp differs when the marker does not normalise it: line 7', () => {
  expect(compareOutput('docs/x.md', block!.commands[0]!, RUN)).toEqual([
    expect.stringMatching(/^docs\/x\.md:7: the doc shows "slo-gate: BLOCK at 2026-11-26T14:05:00Z/),
  ]);
});

it('a line the run prints beyond the doc is named after the last line shown; one it lacks at its own line', () => {
  expect(compareOutput('docs/x.md', block!.commands[0]!, `${RUN}  one more\n`, ['timestamp'])).toEqual([
    'docs/x.md:10: the run prints more than the doc shows, from: "  one more"',
  ]);
  expect(
    compareOutput('docs/x.md', block!.commands[0]!, RUN.split('\n').slice(0, 3).join('\n'), ['timestamp']),
  ).toEqual([
    'docs/x.md:10: the run prints nothing from here on; the doc shows "  deploy/deny.yaml:8:17 error netpol-dns-egress-blocked"',
  ]);
});

it('markers: not-runnable needs its reason; unknown keys and normalisers are named', () => {
  expect(parseMarker('<!-- check-docs: not-runnable: needs a live Argo CD -->')).toEqual({
    notRunnable: 'needs a live Argo CD',
  });
  expect(parseMarker('<!-- check-docs: not-runnable: -->').error).toBe('not-runnable needs a reason');
  expect(parseMarker('<!-- check-docs: fixtures=shop -->').error).toMatch(
    /^"fixtures=shop" is not one of fixture=…/,
  );
  expect(parseMarker('<!-- check-docs: normalise=everything -->').error).toMatch(
    /^normalise=everything: not one of timestamp, duration, version, tmp$/,
  );
});
