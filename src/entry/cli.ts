#!/usr/bin/env node
/**
 * The CLI shell: parses arguments with commander and loads the one module of the command given
 * (./commands/), so `--version` and `--help` load nothing else.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { reportFailure } from '../errors.js';
import {
  DEFAULT_CONFIG,
  type GateFlags,
  type HookFlags,
  type RulesFlags,
  type ValidateFlags,
  validUrl,
} from './commands/flags.js';
import { addNetpolCommands } from './commands/netpol-program.js';
import { log } from './log.js';
import { parseDuration } from '../slo/duration.js';

function outputOptions(command: Command): Command {
  return command
    .addOption(
      new Option('-f, --format <format>', 'report format')
        .choices(['text', 'json', 'markdown', 'sarif'])
        .default('text'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(
      new Option('--fail-on <verdict>', 'lowest verdict that exits 1')
        .choices(['block', 'warn'])
        .default('block'),
    )
    .option('--no-color', 'never colour the text report');
}

function manifestOptions(command: Command): Command {
  return command
    .option(
      '-n, --namespace <name>',
      'namespace of resources that name none (default: manifests.namespace, else default)',
    )
    .option(
      '--strict-references',
      'a reference that may point outside the bundle is an error, not a warning',
    );
}

function validDuration(text: string): number {
  const seconds = parseDuration(text);
  if (seconds === undefined) throw new InvalidArgumentError('expected a duration such as 5m or 90s');
  return seconds;
}

function gateOptions(command: Command): Command {
  return outputOptions(
    manifestOptions(
      command
        .option(
          '-c, --config <file>',
          'gate config (slo-gate.yaml or a Sloth prometheus/v1 file)',
          DEFAULT_CONFIG,
        )
        .option('--at <time>', 'evaluation time for every query: RFC 3339 or unix seconds (default: now)')
        .option('--prometheus-url <url>', 'Prometheus base URL (overrides prometheus.url)', validUrl)
        .option(
          '-v, --verbose',
          'log retries, and progress (manifests read, each SLO done) once a run passes 1s, to stderr',
        )
        .option(
          '--max-duration <duration>',
          'deadline of the whole run; SLOs not measured by then are Prometheus errors (default: 5m, hook 4m)',
          validDuration,
        ),
    ),
  );
}

export function buildProgram(): Command {
  const program = new Command('slo-gate')
    .description(
      'Release gate: SLO error budget and burn rate from Prometheus, manifest checks; pass, warn or block.',
    )
    .version(packageJson.version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.configureOutput({ writeErr: (text) => process.stderr.write(text) });

  gateOptions(
    program
      .command('check')
      .description('evaluate every SLO and validate the manifests; decide pass / warn / block')
      .option(
        '-m, --manifests <paths...>',
        'manifest files or folders (default: manifests.paths of the config)',
      ),
  ).action(async (flags: GateFlags) => {
    const { runCheckCommand } = await import('./commands/check.js');
    process.exitCode = await runCheckCommand(flags);
  });
  gateOptions(program.command('budget').description('SLOs only: error budget left and burn rates')).action(
    async (flags: GateFlags) => {
      const { runBudgetCommand } = await import('./commands/budget.js');
      process.exitCode = await runBudgetCommand(flags);
    },
  );
  gateOptions(
    program
      .command('hook')
      .description(
        'Argo CD PreSync hook: check + live cluster signals (KUBECONFIG or in-cluster), results written back to the cluster',
      )
      .option(
        '-m, --manifests <paths...>',
        "manifest files or folders (default: the Argo CD Application's, else manifests.paths of the config)",
      )
      .option(
        '--argocd-app <name>',
        'Argo CD Application to read manifests and live state from (env ARGOCD_APP_NAME)',
      )
      .option('--termination-log <file>', 'where the one-line reason goes (default: /dev/termination-log)')
      .option(
        '--pushgateway <url>',
        'push the gate metrics to this Pushgateway (env PUSHGATEWAY_URL)',
        validUrl,
      )
      .option(
        '--event-target <target>',
        'object the Kubernetes Event is about: job (default), application, none, or Kind/namespace/name',
      )
      .option('--annotate <targets>', 'write the verdict onto: deployments, application (comma list)'),
  ).action(async (flags: HookFlags, command: Command) => {
    const { runHookCommand } = await import('./commands/hook.js');
    process.exitCode = await runHookCommand(flags, (name) => command.getOptionValueSource(name) === 'cli');
  });
  outputOptions(
    manifestOptions(
      program
        .command('validate')
        .description(
          "manifests only: files, folders, or '-' for a stream (helm template ... | slo-gate validate -)",
        )
        .argument('<paths...>', "manifest files or folders, or '-' for stdin")
        .option(
          '-c, --config <file>',
          `rule severities from manifests.rules (default: ${DEFAULT_CONFIG} when present)`,
        )
        .option('-v, --verbose', 'log progress (files and resources read) to stderr once a run passes 1s'),
    ),
  ).action(async (paths: string[], flags: ValidateFlags) => {
    const { runValidateCommand } = await import('./commands/validate.js');
    process.exitCode = await runValidateCommand(paths, flags);
  });
  program
    .command('rules')
    .description('the rule catalog')
    .addOption(
      new Option('-f, --format <format>', 'catalog format')
        .choices(['text', 'markdown', 'json'])
        .default('text'),
    )
    .action(async (flags: RulesFlags) => {
      const { runRulesCommand } = await import('./commands/rules.js');
      process.exitCode = runRulesCommand(flags);
    });
  addNetpolCommands(program);
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
    // Commander's own usage errors exit 2, as every other mistake in using the gate does.
    if (typeof code === 'string' && code.startsWith('commander.')) return 2;
    return reportFailure(error, log);
  }
}

process.exitCode = await main(process.argv);
