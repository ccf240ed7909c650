/**
 * The hook's settings from its environment (pure). A PreSync Job is configured with `env:` (from the
 * Job manifest, the downward API and Secrets), so dist/hook.js reads only these variables; the CLI's
 * `slo-gate hook` reads them too and lets its flags win.
 */
import { parseDnsServer } from '../k8s/dns.js';
import type { HookSettings } from '../gate/hook.js';
import { UsageError } from '../errors.js';
import { parseDuration } from '../slo/duration.js';

/** Where hooks/job.yaml mounts the config ConfigMap. */
export const HOOK_CONFIG_FILE = '/etc/slo-gate/slo-gate.yaml';

/**
 * Variables read (all optional):
 *   SLO_GATE_CONFIG            config file (default /etc/slo-gate/slo-gate.yaml)
 *   SLO_GATE_MANIFESTS         mounted manifest files or folders, separated by ":" or ","
 *   SLO_GATE_AT, SLO_GATE_FORMAT (text|json|markdown|sarif), SLO_GATE_FAIL_ON (block|warn),
 *   SLO_GATE_STRICT_REFERENCES, SLO_GATE_VERBOSE, PROMETHEUS_URL
 *   SLO_GATE_MAX_DURATION      the run's deadline, e.g. 4m (default 240s, below the Job's 300s)
 *   ARGOCD_APP_NAME (Argo CD sets none in hook pods: hooks/job.yaml reads the pod annotation
 *     slo-gate.dev/argocd-app), ARGOCD_APP_NAMESPACE (default argocd), ARGOCD_SERVER,
 *   ARGOCD_TOKEN (or ARGOCD_AUTH_TOKEN, the argocd CLI's name), ARGOCD_TOKEN_FILE,
 *   ARGOCD_INSECURE, ARGOCD_CA_FILE
 *   SLO_GATE_TERMINATION_LOG   (default /dev/termination-log)
 *   PUSHGATEWAY_URL            push the gate metrics there
 *   SLO_GATE_EVENT_TARGET      job (default) | application | none | Kind/namespace/name
 *   SLO_GATE_ANNOTATE          comma list: deployments, application
 *   POD_NAMESPACE, POD_NAME, JOB_NAME, JOB_UID  (downward API, see hooks/job.yaml)
 *   SLO_GATE_DNS_SERVER        host[:port] to resolve cluster names with (default: the pod's
 *     nameserver), or off
 */
export function hookSettingsFromEnv(env: NodeJS.ProcessEnv): HookSettings {
  const value = (name: string) => {
    const text = env[name]?.trim();
    return text ? text : undefined;
  };
  return {
    config: value('SLO_GATE_CONFIG') ?? HOOK_CONFIG_FILE,
    configSetting: `SLO_GATE_CONFIG (default ${HOOK_CONFIG_FILE}: the ConfigMap slo-gate-config)`,
    at: value('SLO_GATE_AT'),
    prometheusUrl: value('PROMETHEUS_URL'),
    manifests: list(value('SLO_GATE_MANIFESTS'), /[:,]/),
    namespace: value('POD_NAMESPACE'),
    strictReferences: flag(value('SLO_GATE_STRICT_REFERENCES'), 'SLO_GATE_STRICT_REFERENCES'),
    format:
      choice(value('SLO_GATE_FORMAT'), ['text', 'json', 'markdown', 'sarif'], 'SLO_GATE_FORMAT') ?? 'text',
    failOn: choice(value('SLO_GATE_FAIL_ON'), ['block', 'warn'], 'SLO_GATE_FAIL_ON') ?? 'block',
    verbose: flag(value('SLO_GATE_VERBOSE'), 'SLO_GATE_VERBOSE'),
    maxDurationSeconds: duration(value('SLO_GATE_MAX_DURATION'), 'SLO_GATE_MAX_DURATION'),
    argocd: {
      app: value('ARGOCD_APP_NAME'),
      appNamespace: value('ARGOCD_APP_NAMESPACE') ?? 'argocd',
      server: value('ARGOCD_SERVER'),
      token: value('ARGOCD_TOKEN') ?? value('ARGOCD_AUTH_TOKEN'),
      tokenFile: value('ARGOCD_TOKEN_FILE'),
      insecure: flag(value('ARGOCD_INSECURE'), 'ARGOCD_INSECURE'),
      caFile: value('ARGOCD_CA_FILE'),
    },
    terminationLog: value('SLO_GATE_TERMINATION_LOG') ?? '/dev/termination-log',
    pushgateway: value('PUSHGATEWAY_URL'),
    eventTarget: value('SLO_GATE_EVENT_TARGET') ?? 'job',
    annotate: annotateTargets(value('SLO_GATE_ANNOTATE'), 'SLO_GATE_ANNOTATE'),
    pod: { name: value('POD_NAME') ?? value('HOSTNAME'), namespace: value('POD_NAMESPACE') },
    job: { name: value('JOB_NAME'), uid: value('JOB_UID') },
    ...dnsSettings(value('SLO_GATE_DNS_SERVER')),
  };
}

function dnsSettings(text: string | undefined): Pick<HookSettings, 'dns'> {
  if (text === undefined) return {};
  if (text === 'off') return { dns: { server: 'off' } };
  const server = parseDnsServer(text);
  if (!server)
    throw new UsageError(`SLO_GATE_DNS_SERVER=${JSON.stringify(text)} is not a DNS server address`, {
      fix: 'set SLO_GATE_DNS_SERVER to host[:port] (e.g. 10.96.0.10:53), or off',
    });
  return { dns: { server } };
}

function list(text: string | undefined, separator: RegExp): string[] | undefined {
  const items = text
    ?.split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
  return items && items.length > 0 ? items : undefined;
}

function flag(text: string | undefined, name: string): boolean | undefined {
  if (text === undefined) return undefined;
  if (/^(true|1|yes)$/i.test(text)) return true;
  if (/^(false|0|no)$/i.test(text)) return false;
  throw new UsageError(`${name}=${JSON.stringify(text)} is not a boolean`, {
    fix: `set ${name} to true or false`,
  });
}

function duration(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const seconds = parseDuration(text);
  if (seconds !== undefined) return seconds;
  throw new UsageError(`${name}=${JSON.stringify(text)} is not a duration`, {
    fix: `set ${name} to a duration such as 4m or 240s`,
  });
}

function choice<T extends string>(
  text: string | undefined,
  choices: readonly T[],
  name: string,
): T | undefined {
  if (text === undefined) return undefined;
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`${name}=${JSON.stringify(text)} is not one of ${choices.join(', ')}`, {
    fix: `set ${name} to one of ${choices.join(', ')}`,
  });
}

/** "deployments,application" → which objects get the verdict written onto them. */
export function annotateTargets(
  text: string | undefined,
  name = '--annotate',
): { deployments: boolean; application: boolean } {
  const targets = { deployments: false, application: false };
  for (const item of list(text, /,/) ?? []) {
    if (item === 'deployments') targets.deployments = true;
    else if (item === 'application') targets.application = true;
    else if (item !== 'none') {
      throw new UsageError(`${name} names "${item}", which is not an annotation target`, {
        fix: 'give a comma list of deployments, application (or none)',
      });
    }
  }
  return targets;
}
