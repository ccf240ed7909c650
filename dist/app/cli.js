#!/usr/bin/env node
import {
  DEFAULT_CONFIG,
  validUrl
} from "./chunk-H4EWDEAP.js";
import {
  package_default
} from "./chunk-7J4TBA5H.js";
import {
  log
} from "./chunk-J4XG2LD2.js";
import {
  parseDuration,
  reportFailure
} from "./chunk-JQVBXCJ4.js";

// src/entry/cli.ts
import { Command, InvalidArgumentError, Option as Option2 } from "../vendor/commander.js";

// src/entry/commands/netpol-program.ts
import { Option } from "../vendor/commander.js";
function addNetpolCommands(program) {
  const netpol = program.command("netpol").description("NetworkPolicy impact: which connections the manifests allow, and why");
  netpol.command("explain").description(
    "one connection: allowed or denied, and the policies and rules that decide it (exit 0 allowed, 1 not)"
  ).requiredOption("--from <workload>", "source: namespace/name, namespace/name[Kind], or an IP address").requiredOption("--to <workload>", "destination: namespace/name, namespace/name[Kind], or an IP address").requiredOption("--port <port>", "destination port and protocol, e.g. 8080/TCP, 53/UDP, http/TCP").requiredOption("-m, --manifests <paths...>", "manifest files or folders").option(
    "-c, --config <file>",
    "config with network.namespaceLabels and podNetworks (default: slo-gate.yaml when present)"
  ).option("-n, --namespace <name>", "namespace of resources that name none", "default").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).option("-o, --output <file>", "write the answer to a file instead of stdout").action(async (flags) => {
    const { runNetpolExplainCommand } = await import("./netpol-2EIYREOZ.js");
    process.exitCode = await runNetpolExplainCommand(flags);
  });
  netpol.command("diff").description(
    "connections the manifests remove, add and change against a baseline; a removed network.required connection blocks"
  ).requiredOption(
    "--baseline <path|git-ref>",
    "the previous manifests: a file or folder, or a git ref whose --manifests paths are read with git"
  ).option(
    "-m, --manifests <paths...>",
    "manifest files or folders (default: manifests.paths of the config)"
  ).option("-c, --config <file>", "config with network.required (default: slo-gate.yaml when present)").option(
    "-n, --namespace <name>",
    "namespace of resources that name none (default: manifests.namespace, else default)"
  ).option(
    "--at <time>",
    "with network.observed: the time the traffic is read at, RFC 3339 or unix seconds (default: now)"
  ).option(
    "--prometheus-url <url>",
    "with network.observed: the Prometheus asked (overrides prometheus.url)",
    validUrl
  ).addOption(
    new Option("-f, --format <format>", "output format (sarif: results at the policy lines)").choices(["text", "markdown", "json", "sarif"]).default("text")
  ).option("-o, --output <file>", "write the diff to a file instead of stdout").addOption(
    new Option("--fail-on <verdict>", "lowest verdict that exits 1").choices(["block", "warn"]).default("block")
  ).action(async (flags) => {
    const { runNetpolDiffCommand } = await import("./netpol-2EIYREOZ.js");
    process.exitCode = await runNetpolDiffCommand(flags);
  });
  netpol.command("list").description(
    "every connection the manifests allow: a matrix (from x to), or a list when it has more than 30 nodes"
  ).requiredOption("-m, --manifests <paths...>", "manifest files or folders").option(
    "-c, --config <file>",
    "config with network.namespaceLabels and podNetworks (default: slo-gate.yaml when present)"
  ).option("-n, --namespace <name>", "namespace of resources that name none", "default").addOption(
    new Option("-f, --format <format>", "output format").choices(["text", "markdown", "json"]).default("text")
  ).option("-o, --output <file>", "write the matrix to a file instead of stdout").action(async (flags) => {
    const { runNetpolListCommand } = await import("./netpol-2EIYREOZ.js");
    process.exitCode = await runNetpolListCommand(flags);
  });
}

// src/entry/cli.ts
function outputOptions(command) {
  return command.addOption(
    new Option2("-f, --format <format>", "report format").choices(["text", "json", "markdown", "sarif"]).default("text")
  ).option("-o, --output <file>", "write the report to a file instead of stdout").addOption(
    new Option2("--fail-on <verdict>", "lowest verdict that exits 1").choices(["block", "warn"]).default("block")
  ).option("--no-color", "never colour the text report");
}
function manifestOptions(command) {
  return command.option(
    "-n, --namespace <name>",
    "namespace of resources that name none (default: manifests.namespace, else default)"
  ).option(
    "--strict-references",
    "a reference that may point outside the bundle is an error, not a warning"
  );
}
function validDuration(text) {
  const seconds = parseDuration(text);
  if (seconds === void 0) throw new InvalidArgumentError("expected a duration such as 5m or 90s");
  return seconds;
}
function gateOptions(command) {
  return outputOptions(
    manifestOptions(
      command.option(
        "-c, --config <file>",
        "gate config (slo-gate.yaml or a Sloth prometheus/v1 file)",
        DEFAULT_CONFIG
      ).option("--at <time>", "evaluation time for every query: RFC 3339 or unix seconds (default: now)").option("--prometheus-url <url>", "Prometheus base URL (overrides prometheus.url)", validUrl).option(
        "-v, --verbose",
        "log retries, and progress (manifests read, each SLO done) once a run passes 1s, to stderr"
      ).option(
        "--max-duration <duration>",
        "deadline of the whole run; SLOs not measured by then are Prometheus errors (default: 5m, hook 4m)",
        validDuration
      )
    )
  );
}
function buildProgram() {
  const program = new Command("slo-gate").description(
    "Release gate: SLO error budget and burn rate from Prometheus, manifest checks; pass, warn or block."
  ).version(package_default.version).showHelpAfterError("(run with --help for usage)").exitOverride();
  program.configureOutput({ writeErr: (text) => process.stderr.write(text) });
  gateOptions(
    program.command("check").description("evaluate every SLO and validate the manifests; decide pass / warn / block").option(
      "-m, --manifests <paths...>",
      "manifest files or folders (default: manifests.paths of the config)"
    )
  ).action(async (flags) => {
    const { runCheckCommand } = await import("./check-BMCQRXGQ.js");
    process.exitCode = await runCheckCommand(flags);
  });
  gateOptions(program.command("budget").description("SLOs only: error budget left and burn rates")).action(
    async (flags) => {
      const { runBudgetCommand } = await import("./budget-GDP7NTDS.js");
      process.exitCode = await runBudgetCommand(flags);
    }
  );
  gateOptions(
    program.command("hook").description(
      "Argo CD PreSync hook: check + live cluster signals (KUBECONFIG or in-cluster), results written back to the cluster"
    ).option(
      "-m, --manifests <paths...>",
      "manifest files or folders (default: the Argo CD Application's, else manifests.paths of the config)"
    ).option(
      "--argocd-app <name>",
      "Argo CD Application to read manifests and live state from (env ARGOCD_APP_NAME)"
    ).option("--termination-log <file>", "where the one-line reason goes (default: /dev/termination-log)").option(
      "--pushgateway <url>",
      "push the gate metrics to this Pushgateway (env PUSHGATEWAY_URL)",
      validUrl
    ).option(
      "--event-target <target>",
      "object the Kubernetes Event is about: job (default), application, none, or Kind/namespace/name"
    ).option("--annotate <targets>", "write the verdict onto: deployments, application (comma list)")
  ).action(async (flags, command) => {
    const { runHookCommand } = await import("./hook-YHURJUNM.js");
    process.exitCode = await runHookCommand(flags, (name) => command.getOptionValueSource(name) === "cli");
  });
  outputOptions(
    manifestOptions(
      program.command("validate").description(
        "manifests only: files, folders, or '-' for a stream (helm template ... | slo-gate validate -)"
      ).argument("<paths...>", "manifest files or folders, or '-' for stdin").option(
        "-c, --config <file>",
        `rule severities from manifests.rules (default: ${DEFAULT_CONFIG} when present)`
      ).option("-v, --verbose", "log progress (files and resources read) to stderr once a run passes 1s")
    )
  ).action(async (paths, flags) => {
    const { runValidateCommand } = await import("./validate-WEMGHHFW.js");
    process.exitCode = await runValidateCommand(paths, flags);
  });
  program.command("rules").description("the rule catalog").addOption(
    new Option2("-f, --format <format>", "catalog format").choices(["text", "markdown", "json"]).default("text")
  ).action(async (flags) => {
    const { runRulesCommand } = await import("./rules-OQNUT5EI.js");
    process.exitCode = runRulesCommand(flags);
  });
  addNetpolCommands(program);
  return program;
}
async function main(argv) {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    const code = error.code;
    if (code === "commander.helpDisplayed" || code === "commander.version" || code === "commander.help")
      return 0;
    if (typeof code === "string" && code.startsWith("commander.")) return 2;
    return reportFailure(error, log);
  }
}
process.exitCode = await main(process.argv);
export {
  buildProgram,
  main
};
//# sourceMappingURL=cli.js.map
