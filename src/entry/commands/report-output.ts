/** A command's report to stdout or a file, and the exit code its verdict means. */
import packageJson from '../../../package.json' with { type: 'json' };
import { RULES } from '../../manifests/rules/index.js';
import { exitCodeFor, type Report } from '../../model/index.js';
import { render } from '../../report/index.js';
import { writeReport } from '../../sinks/output.js';
import { colourWanted, outputWidth } from '../../text/terminal.js';
import { log } from '../log.js';
import type { OutputFlags } from './flags.js';

export async function emitReport(
  report: Report,
  flags: OutputFlags,
  mode: 'enforce' | 'advisory',
  /** What the run read, for the text report's first line. */
  read?: { files: number; resources: number },
  /** `budget` checks no manifest: its SARIF lists no rules (a valid run with 0 results, a few hundred bytes). */
  ruleCatalog: 'all' | 'none' = 'all',
): Promise<number> {
  const advisory = mode === 'advisory';
  const color =
    flags.format === 'text' &&
    !flags.output &&
    flags.color !== false &&
    colourWanted(process.env, process.stdout);
  const sarif =
    flags.format === 'sarif'
      ? {
          rules: ruleCatalog === 'all' ? RULES.map((r) => r.meta) : [],
          version: packageJson.version,
          root: process.env.GITHUB_WORKSPACE || process.cwd(),
        }
      : undefined;
  // A report written to a file keeps whole lines, as one piped does.
  const width = flags.output ? undefined : outputWidth(process.env, process.stdout);
  await writeReport(render(report, flags.format, { color, advisory, sarif, width, read }), flags.output);
  if (advisory && report.verdict !== 'pass') log(`verdict ${report.verdict}, not enforced (mode: advisory)`);
  return exitCodeFor(report.verdict, { failOn: flags.failOn, mode });
}
