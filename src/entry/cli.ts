#!/usr/bin/env node
/**
 * The CLI shell: parses arguments into options, runs the gate, hands the report to stdout or a
 * file. Heavy modules load lazily so `--version` and `--help` start fast.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { exitCodeFor, type Report } from '../model/index.js';

interface OutputFlags {
  format: 'text' | 'json' | 'markdown' | 'sarif';
  output?: string;
  failOn: 'block' | 'warn';
  color?: boolean;
}

interface ManifestFlags {
  namespace?: string;
  strictReferences?: boolean;
}

interface GateFlags extends OutputFlags, ManifestFlags {
  config: string;
  at?: string;
  prometheusUrl?: string;
  verbose?: boolean;
  manifests?: string[];
}

interface ValidateFlags extends OutputFlags, ManifestFlags {
  config?: string;
}

const DEFAULT_CONFIG = 'slo-gate.yaml';
const log = (message: string) => process.stderr.write(`slo-gate: ${message}\n`);

function validUrl(text: string): string {
  if (!/^https?:\/\/[^\s/]+/.test(text)) throw new InvalidArgumentError('expected an http(s):// URL');
  return text;
}

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
        .option('-v, --verbose', 'log retries and progress to stderr'),
    ),
  );
}

async function emit(report: Report, flags: OutputFlags, mode: 'enforce' | 'advisory'): Promise<number> {
  const [{ render }, { writeReport }] = await Promise.all([
    import('../report/index.js'),
    import('../sinks/output.js'),
  ]);
  const advisory = mode === 'advisory';
  const color = flags.format === 'text' && !flags.output && flags.color !== false && isColourTerminal();
  const sarif =
    flags.format === 'sarif'
      ? {
          rules: (await import('../manifests/rules/index.js')).RULES.map((r) => r.meta),
          version: packageJson.version,
          root: process.env.GITHUB_WORKSPACE || process.cwd(),
        }
      : undefined;
  await writeReport(render(report, flags.format, { color, advisory, sarif }), flags.output);
  if (advisory && report.verdict !== 'pass') log(`verdict ${report.verdict}, not enforced (mode: advisory)`);
  return exitCodeFor(report.verdict, { failOn: flags.failOn, mode });
}

async function runGateCommand(flags: GateFlags, scope: 'check' | 'budget'): Promise<number> {
  const { runGate } = await import('../gate/run.js');
  const { report, config } = await runGate({
    configFile: flags.config,
    scope,
    at: flags.at,
    prometheusUrl: flags.prometheusUrl,
    manifests: flags.manifests,
    namespace: flags.namespace,
    strictReferences: flags.strictReferences,
    log,
    verbose: flags.verbose,
  });
  return emit(report, flags, config.mode);
}

interface HookFlags extends GateFlags {
  argocdApp?: string;
  terminationLog?: string;
  pushgateway?: string;
  eventTarget?: string;
  annotate?: string;
}

/** `slo-gate hook`: the hook's environment (see src/entry/hook-env.ts), with the flags given winning. */
async function runHookCommand(flags: HookFlags, command: Command): Promise<number> {
  const [{ hookSettingsFromEnv, annotateTargets }, { hook }] = await Promise.all([
    import('./hook-env.js'),
    import('../gate/hook.js'),
  ]);
  const env = hookSettingsFromEnv(process.env);
  const given = (name: keyof HookFlags) => command.getOptionValueSource(name) === 'cli';
  return hook(
    {
      ...env,
      ...(given('config') || !process.env.SLO_GATE_CONFIG
        ? { config: flags.config, configSetting: undefined }
        : { config: env.config }),
      at: flags.at ?? env.at,
      prometheusUrl: flags.prometheusUrl ?? env.prometheusUrl,
      manifests: flags.manifests ?? env.manifests,
      namespace: flags.namespace ?? env.namespace,
      strictReferences: flags.strictReferences ?? env.strictReferences,
      format: given('format') || !process.env.SLO_GATE_FORMAT ? flags.format : env.format,
      output: flags.output,
      failOn: given('failOn') || !process.env.SLO_GATE_FAIL_ON ? flags.failOn : env.failOn,
      verbose: flags.verbose ?? env.verbose,
      argocd: { ...env.argocd, app: flags.argocdApp ?? env.argocd.app },
      terminationLog: flags.terminationLog ?? env.terminationLog,
      pushgateway: flags.pushgateway ?? env.pushgateway,
      eventTarget: flags.eventTarget ?? env.eventTarget,
      annotate: flags.annotate !== undefined ? annotateTargets(flags.annotate) : env.annotate,
    },
    { log },
  );
}

async function runValidate(paths: string[], flags: ValidateFlags): Promise<number> {
  const { runValidation } = await import('../gate/run.js');
  const report = await runValidation({
    paths,
    // Rule settings come from the config when there is one (always when --config is given).
    configFile: flags.config,
    defaultConfigFile: DEFAULT_CONFIG,
    namespace: flags.namespace,
    strictReferences: flags.strictReferences,
  });
  return emit(report, flags, 'enforce');
}

async function runRulesCommand(flags: { format: 'text' | 'markdown' | 'json' }): Promise<number> {
  const [{ RULES }, { renderCatalogMarkdown, renderCatalogText }] = await Promise.all([
    import('../manifests/rules/index.js'),
    import('../report/catalog.js'),
  ]);
  const metas = RULES.map((r) => r.meta);
  const text =
    flags.format === 'markdown'
      ? renderCatalogMarkdown(metas)
      : flags.format === 'json'
        ? `${JSON.stringify(metas, null, 2)}\n`
        : renderCatalogText(metas);
  process.stdout.write(text);
  return 0;
}

function isColourTerminal(): boolean {
  return Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
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
    process.exitCode = await runGateCommand(flags, 'check');
  });
  gateOptions(program.command('budget').description('SLOs only: error budget left and burn rates')).action(
    async (flags: GateFlags) => {
      process.exitCode = await runGateCommand(flags, 'budget');
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
    process.exitCode = await runHookCommand(flags, command);
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
        ),
    ),
  ).action(async (paths: string[], flags: ValidateFlags) => {
    process.exitCode = await runValidate(paths, flags);
  });
  program
    .command('rules')
    .description('the rule catalog')
    .addOption(
      new Option('-f, --format <format>', 'catalog format')
        .choices(['text', 'markdown', 'json'])
        .default('text'),
    )
    .action(async (flags: { format: 'text' | 'markdown' | 'json' }) => {
      process.exitCode = await runRulesCommand(flags);
    });
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
    return (await import('../errors.js')).reportFailure(error, log);
  }
}

process.exitCode = await main(process.argv);
