#!/usr/bin/env node
/**
 * The CLI shell: parses arguments into options, runs the gate, hands the report to stdout or a
 * file. Heavy modules load lazily so `--version` and `--help` start fast.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };

interface GateFlags {
  config: string;
  at?: string;
  format: 'text' | 'json' | 'markdown';
  output?: string;
  failOn: 'block' | 'warn';
  prometheusUrl?: string;
  color?: boolean;
  verbose?: boolean;
}

const log = (message: string) => process.stderr.write(`slo-gate: ${message}\n`);

function gateOptions(command: Command): Command {
  return command
    .option(
      '-c, --config <file>',
      'gate config (slo-gate.yaml or a Sloth prometheus/v1 file)',
      'slo-gate.yaml',
    )
    .option('--at <time>', 'evaluation time for every query: RFC 3339 or unix seconds (default: now)')
    .addOption(
      new Option('-f, --format <format>', 'report format')
        .choices(['text', 'json', 'markdown'])
        .default('text'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(
      new Option('--fail-on <verdict>', 'lowest verdict that exits 1')
        .choices(['block', 'warn'])
        .default('block'),
    )
    .option('--prometheus-url <url>', 'Prometheus base URL (overrides prometheus.url)', validUrl)
    .option('--no-color', 'never colour the text report')
    .option('-v, --verbose', 'log retries and progress to stderr');
}

function validUrl(text: string): string {
  if (!/^https?:\/\/[^\s/]+/.test(text)) throw new InvalidArgumentError('expected an http(s):// URL');
  return text;
}

async function runGate(flags: GateFlags, scope: 'check' | 'budget'): Promise<number> {
  const [
    { loadConfig },
    { runCheck, exitCodeFor, parseEvaluationTime, requirePrometheus },
    { render },
    { writeReport },
  ] = await Promise.all([
    import('../config/index.js'),
    import('../gate/check.js'),
    import('../report/index.js'),
    import('./output.js'),
  ]);
  const at = parseEvaluationTime(flags.at);
  const config = await loadConfig(flags.config, { prometheusUrl: flags.prometheusUrl });
  if (scope === 'budget' && config.slos.length === 0) {
    log(`${config.file} defines no SLOs: nothing to evaluate`);
  }
  const verbose = flags.verbose ? log : () => {};
  const report = await runCheck(config, {
    at,
    log,
    client: async () => {
      const { createPrometheusClient } = await import('../prometheus/client.js');
      return createPrometheusClient(requirePrometheus(config), { onRetry: verbose });
    },
  });
  const advisory = config.mode === 'advisory';
  const color = flags.format === 'text' && !flags.output && flags.color !== false && isColourTerminal();
  await writeReport(render(report, flags.format, { color, advisory }), flags.output);
  const code = exitCodeFor(report.verdict, { failOn: flags.failOn, mode: config.mode });
  if (advisory && report.verdict !== 'pass') log(`verdict ${report.verdict}, not enforced (mode: advisory)`);
  return code;
}

function isColourTerminal(): boolean {
  return Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
}

/** A user's mistake is one line and exit 2; anything else is our bug and keeps its stack. */
async function reportFailure(error: unknown): Promise<number> {
  const { UsageError } = await import('../errors.js');
  if (error instanceof UsageError) {
    log(error.message);
    return 2;
  }
  log(
    `internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return 2;
}

export function buildProgram(): Command {
  const program = new Command('slo-gate')
    .description('Release gate: SLO error budget and burn rate from Prometheus; pass, warn or block.')
    .version(packageJson.version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  // Commander's own usage errors exit 2, as every other mistake in using the gate does.
  program.configureOutput({ writeErr: (text) => process.stderr.write(text) });

  gateOptions(
    program.command('check').description('evaluate every SLO and decide pass / warn / block'),
  ).action(async (flags: GateFlags) => {
    process.exitCode = await runGate(flags, 'check');
  });
  gateOptions(program.command('budget').description('SLOs only: error budget left and burn rates')).action(
    async (flags: GateFlags) => {
      process.exitCode = await runGate(flags, 'budget');
    },
  );
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help')
      return 0;
    if (typeof code === 'string' && code.startsWith('commander.')) return 2;
    return reportFailure(error);
  }
}

process.exitCode = await main(process.argv);
