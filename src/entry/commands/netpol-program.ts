/**
 * The `netpol` command group's arguments (commander); each action loads its module on use, so the
 * rest of the CLI loads nothing of it.
 */
import { Option, type Command } from 'commander';
import { validUrl, type NetpolDiffFlags, type NetpolExplainFlags, type NetpolListFlags } from './flags.js';

export function addNetpolCommands(program: Command): void {
  const netpol = program
    .command('netpol')
    .description('NetworkPolicy impact: which connections the manifests allow, and why');
  netpol
    .command('explain')
    .description(
      'one connection: allowed or denied, and the policies and rules that decide it (exit 0 allowed, 1 not)',
    )
    .requiredOption('--from <workload>', 'source: namespace/name, namespace/name[Kind], or an IP address')
    .requiredOption('--to <workload>', 'destination: namespace/name, namespace/name[Kind], or an IP address')
    .requiredOption('--port <port>', 'destination port and protocol, e.g. 8080/TCP, 53/UDP, http/TCP')
    .requiredOption('-m, --manifests <paths...>', 'manifest files or folders')
    .option(
      '-c, --config <file>',
      'config with network.namespaceLabels and podNetworks (default: slo-gate.yaml when present)',
    )
    .option('-n, --namespace <name>', 'namespace of resources that name none', 'default')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the answer to a file instead of stdout')
    .action(async (flags: NetpolExplainFlags) => {
      const { runNetpolExplainCommand } = await import('./netpol.js');
      process.exitCode = await runNetpolExplainCommand(flags);
    });
  netpol
    .command('diff')
    .description(
      'connections the manifests remove, add and change against a baseline; a removed network.required connection blocks',
    )
    .requiredOption(
      '--baseline <path|git-ref>',
      'the previous manifests: a file or folder, or a git ref whose --manifests paths are read with git',
    )
    .option(
      '-m, --manifests <paths...>',
      'manifest files or folders (default: manifests.paths of the config)',
    )
    .option('-c, --config <file>', 'config with network.required (default: slo-gate.yaml when present)')
    .option(
      '-n, --namespace <name>',
      'namespace of resources that name none (default: manifests.namespace, else default)',
    )
    .option(
      '--at <time>',
      'with network.observed: the time the traffic is read at, RFC 3339 or unix seconds (default: now)',
    )
    .option(
      '--prometheus-url <url>',
      'with network.observed: the Prometheus asked (overrides prometheus.url)',
      validUrl,
    )
    .addOption(
      new Option('-f, --format <format>', 'output format (sarif: results at the policy lines)')
        .choices(['text', 'markdown', 'json', 'sarif'])
        .default('text'),
    )
    .option('-o, --output <file>', 'write the diff to a file instead of stdout')
    .addOption(
      new Option('--fail-on <verdict>', 'lowest verdict that exits 1')
        .choices(['block', 'warn'])
        .default('block'),
    )
    .action(async (flags: NetpolDiffFlags) => {
      const { runNetpolDiffCommand } = await import('./netpol.js');
      process.exitCode = await runNetpolDiffCommand(flags);
    });
  netpol
    .command('list')
    .description(
      'every connection the manifests allow: a matrix (from x to), or a list when it has more than 30 nodes',
    )
    .requiredOption('-m, --manifests <paths...>', 'manifest files or folders')
    .option(
      '-c, --config <file>',
      'config with network.namespaceLabels and podNetworks (default: slo-gate.yaml when present)',
    )
    .option('-n, --namespace <name>', 'namespace of resources that name none', 'default')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'markdown', 'json'])
        .default('text'),
    )
    .option('-o, --output <file>', 'write the matrix to a file instead of stdout')
    .action(async (flags: NetpolListFlags) => {
      const { runNetpolListCommand } = await import('./netpol.js');
      process.exitCode = await runNetpolListCommand(flags);
    });
}
