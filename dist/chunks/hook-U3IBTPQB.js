import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  emptyLiveState
} from "./chunk-LX632PH5.js";
import {
  manifestsRelativeToConfig,
  runGate
} from "./chunk-YPAHBL7C.js";
import "./chunk-XTXQERUG.js";
import "./chunk-A3ZUUA3A.js";
import "./chunk-J5B45OZK.js";
import "./chunk-S6UQSXQW.js";
import "./chunk-F7OLITJ3.js";
import "./chunk-CD3BS6VY.js";
import "./chunk-P25BGOOJ.js";
import "./chunk-ITDATKHY.js";
import "./chunk-AVQ4M2GU.js";
import "./chunk-PCN7WPVY.js";
import "./chunk-J6UQ2MQY.js";
import {
  exitCodeFor,
  findingAction
} from "./chunk-FTKHHHV5.js";
import "./chunk-UMJKAUM6.js";
import {
  combineVerdict
} from "./chunk-SMLNOKBD.js";
import "./chunk-VAC67D4I.js";
import "./chunk-4JZA25TA.js";
import "./chunk-D3WFAY5I.js";
import "./chunk-KKDPHI53.js";
import "./chunk-O7XBRFDR.js";
import {
  UsageError
} from "./chunk-QEPZ6EYX.js";
import "./chunk-YA6DW627.js";

// src/gate/hook.ts
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
async function hook(settings, deps) {
  let run;
  let eventTarget;
  try {
    eventTarget = resolveEventTarget(settings, (m) => deps.log(`warning: ${m}`));
    run = await runHook(settings, deps);
  } catch (error) {
    if (error instanceof UsageError) {
      const { writeTerminationMessage, truncateUtf8, TERMINATION_MESSAGE_MAX_BYTES } = await import("./termination-ZCCMLF4Q.js");
      await writeTerminationMessage(
        settings.terminationLog,
        truncateUtf8(`slo-gate could not run: ${error.message}`, TERMINATION_MESSAGE_MAX_BYTES),
        (m) => deps.log(`warning: ${m}`)
      );
    }
    throw error;
  }
  return publishHookResults(run, settings, deps.log, eventTarget);
}
async function runHook(settings, deps) {
  const { log } = deps;
  const notes = [];
  const note = (message) => {
    notes.push(message);
    log(`note: ${message}`);
  };
  const argo = await readArgoCd(settings, note);
  let scratch;
  let manifests = settings.manifests;
  const argoFile = argo && argo.targets.trim() ? `argocd:${settings.argocd.app}` : void 0;
  try {
    if (argo && argoFile) {
      scratch = await mkdtemp(join(tmpdir(), "slo-gate-argocd-"));
      const file = join(scratch, "managed-resources.yaml");
      await writeFile(file, argo.targets);
      manifests = [file];
    }
    const gate = await runGate({
      configFile: settings.config,
      configSetting: settings.configSetting,
      scope: "check",
      at: settings.at,
      prometheusUrl: settings.prometheusUrl,
      manifests,
      namespace: settings.namespace,
      strictReferences: settings.strictReferences,
      log,
      verbose: settings.verbose
    });
    const { validateOptionsFor } = await import("./validate-IOBN7IWV.js");
    const validate = validateOptionsFor(manifestsRelativeToConfig(gate.config), {
      paths: manifests,
      namespace: settings.namespace,
      strictReferences: settings.strictReferences
    });
    const bundle = validate.paths.length > 0 ? await loadBundle(validate.paths, validate.defaultNamespace) : void 0;
    if (scratch) {
      const scratchFile = manifests[0];
      for (const finding of gate.report.findings) if (finding.file === scratchFile) finding.file = argoFile;
      if (bundle) {
        for (const resource of bundle.resources) if (resource.file === scratchFile) resource.file = argoFile;
      }
    }
    if (!bundle) log("no manifests to check: the SLOs and the live state decide");
    const namespaces = scopeNamespaces(bundle, validate.defaultNamespace);
    const kubeConfig = await loadKubeConfig(deps, note);
    let state = kubeConfig ? await readCluster(kubeConfig, namespaces, log) : emptyLiveState(namespaces);
    if (argo && argo.resources.length > 0) {
      const { withArgoCdLiveObjects } = await import("./live-WZ3AWP7S.js");
      const merged = withArgoCdLiveObjects(state, argo.resources);
      state = merged.state;
      if (merged.added.length > 0 && settings.verbose)
        log(`live objects from Argo CD: ${merged.added.join(", ")}`);
    }
    for (const message of state.notes) note(message);
    const workloads = await workloadsOf(bundle);
    const live = await judgeLiveState(state, bundle, workloads, gate);
    const releaseHints = await correlateReleases(gate, state, workloads, log);
    const report = withLiveResults(gate.report, live.findings, [...live.hints, ...releaseHints], notes);
    return { ...gate, report, kubeConfig, bundle, workloads, notes };
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}
async function readArgoCd(settings, note) {
  const { app, server } = settings.argocd;
  if (!app || !server) return void 0;
  const [{ fetchManagedResources, ArgoCdError }, { targetManifestsYaml }] = await Promise.all([
    import("./client-B5H5VN3L.js"),
    import("./managed-resources-RQ52HTTK.js")
  ]);
  const options = {
    server,
    app,
    // Only for Applications outside Argo CD's own namespace ("apps in any namespace").
    appNamespace: settings.argocd.appNamespace !== "argocd" ? settings.argocd.appNamespace : void 0,
    token: settings.argocd.token,
    tokenFile: settings.argocd.tokenFile,
    insecure: settings.argocd.insecure,
    caFile: settings.argocd.caFile
  };
  try {
    const parsed = await fetchManagedResources(options);
    for (const problem of parsed.problems) note(`Argo CD managed resource skipped: ${problem}`);
    return {
      targets: targetManifestsYaml(parsed.resources),
      resources: parsed.resources.filter((r) => !r.hook)
    };
  } catch (error) {
    if (!(error instanceof ArgoCdError)) throw error;
    const fallback = settings.manifests?.length ? "checked the mounted manifests instead" : "checked manifests.paths of the config instead";
    note(`${error.message}; ${fallback}`);
    return void 0;
  }
}
async function loadBundle(paths, defaultNamespace) {
  const [{ loadManifests }, { createBundle }] = await Promise.all([
    import("./load-MMXBJOPF.js"),
    import("./bundle-LNE6KCUO.js")
  ]);
  const loaded = await loadManifests(paths, { defaultNamespace });
  return createBundle(loaded.resources, defaultNamespace);
}
function scopeNamespaces(bundle, defaultNamespace) {
  const namespaces = [...bundle?.namespaces() ?? []].filter(Boolean).sort();
  return namespaces.length > 0 ? namespaces : [defaultNamespace];
}
async function workloadsOf(bundle) {
  if (!bundle) return [];
  const { bundleWorkloads } = await import("./live-V6WU2VA2.js");
  return bundleWorkloads(bundle);
}
async function loadKubeConfig(deps, note) {
  try {
    const kubeConfig = await (deps.loadKubeConfig ?? defaultKubeConfig)();
    if (!kubeConfig)
      note(
        "no Kubernetes credentials (no KUBECONFIG, ~/.kube/config or in-cluster service account): live signals skipped"
      );
    return kubeConfig;
  } catch (error) {
    note(
      `cannot load Kubernetes credentials (${error instanceof Error ? error.message : String(error)}): live signals skipped`
    );
    return void 0;
  }
}
async function defaultKubeConfig() {
  const { loadKubeConfig: loadKubeConfig2 } = await import("./kubeconfig-DX3KNPWP.js");
  const kubeConfig = await loadKubeConfig2();
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster || cluster.name === "cluster" && cluster.server === "http://localhost:8080")
    return void 0;
  return kubeConfig;
}
async function readCluster(kubeConfig, namespaces, log) {
  const { readLiveState } = await import("./read-FF4FGXO7.js");
  return readLiveState(kubeConfig, { namespaces }, { log });
}
async function judgeLiveState(state, bundle, workloads, gate) {
  const { liveHints, liveFindings } = await import("./live-V6WU2VA2.js");
  return {
    hints: liveHints(state, { bundle, workloads, now: gate.at }),
    // The config's severities and the resources' slo-gate.dev/ignore annotations apply as to every rule.
    findings: bundle ? liveFindings(state, bundle, gate.config.manifests.rules) : []
  };
}
async function correlateReleases(gate, state, workloads, log) {
  if (!gate.client) return [];
  const { releaseCorrelationHints } = await import("./burn-start-IXPSGQ5B.js");
  return releaseCorrelationHints({
    report: gate.report,
    config: gate.config,
    client: gate.client,
    at: gate.at,
    state,
    workloads,
    log
  });
}
function withLiveResults(report, findings, hints, notes) {
  const allHints = [...report.hints, ...hints];
  if (notes.length > 0) {
    const title = `${notes.length} ${notes.length === 1 ? "source" : "sources"} could not be read: root-cause hints may be missing`;
    allHints.push({ id: "live-signals-incomplete", title, evidence: [title, ...notes] });
  }
  return {
    ...report,
    verdict: combineVerdict([report.verdict, ...findings.map(findingAction)]),
    findings: [...report.findings, ...findings],
    hints: allHints
  };
}
var API_VERSIONS = {
  Application: "argoproj.io/v1alpha1",
  Rollout: "argoproj.io/v1alpha1",
  Deployment: "apps/v1",
  StatefulSet: "apps/v1",
  DaemonSet: "apps/v1",
  Job: "batch/v1",
  Pod: "v1"
};
function resolveEventTarget(settings, warn) {
  const spec = settings.eventTarget.trim();
  const namespace = settings.pod.namespace ?? settings.namespace;
  if (spec === "none") return void 0;
  if (spec === "application") {
    if (settings.argocd.app) {
      return { ...appRef(settings), apiVersion: API_VERSIONS.Application };
    }
    warn("the Event target is the Argo CD Application, but ARGOCD_APP_NAME is not set: no Event");
    return void 0;
  }
  if (spec === "job") {
    if (settings.job.name && namespace) {
      return {
        apiVersion: "batch/v1",
        kind: "Job",
        namespace,
        name: settings.job.name,
        uid: settings.job.uid
      };
    }
    if (settings.pod.name && namespace)
      return { apiVersion: "v1", kind: "Pod", namespace, name: settings.pod.name };
    warn("no JOB_NAME/POD_NAME and POD_NAMESPACE to attach the Event to (see hooks/job.yaml): no Event");
    return void 0;
  }
  const match = /^([A-Za-z][A-Za-z0-9]*)\/([a-z0-9-]+)\/([a-z0-9.-]+)$/.exec(spec);
  const apiVersion = match ? API_VERSIONS[match[1]] : void 0;
  if (!match || !apiVersion) {
    throw new UsageError(`event target "${spec}" is not job, application, none or Kind/namespace/name`, {
      fix: `give one of those; Kind is one of ${Object.keys(API_VERSIONS).join(", ")}`
    });
  }
  return { apiVersion, kind: match[1], namespace: match[2], name: match[3] };
}
function appRef(settings) {
  return { kind: "Application", namespace: settings.argocd.appNamespace, name: settings.argocd.app };
}
async function publishHookResults(run, settings, log, eventTarget) {
  const warn = (message) => log(`warning: ${message}`);
  const { report, config } = run;
  const exitCode = exitCodeFor(report.verdict, { failOn: settings.failOn, mode: config.mode });
  const [{ render }, { writeReport }] = await Promise.all([
    import("./report-7K56YML5.js"),
    import("./output-ZJQ57REE.js")
  ]);
  await writeReport(
    render(report, settings.format, { color: false, advisory: config.mode === "advisory" }),
    settings.output
  );
  if (config.mode === "advisory" && report.verdict !== "pass")
    log(`verdict ${report.verdict}, not enforced (mode: advisory)`);
  const { terminationMessage, writeTerminationMessage, DEFAULT_TERMINATION_LOG } = await import("./termination-ZCCMLF4Q.js");
  const line = terminationMessage(report, { mode: config.mode, exitCode });
  const outsidePod = settings.terminationLog === DEFAULT_TERMINATION_LOG && !existsSync(DEFAULT_TERMINATION_LOG);
  if (!outsidePod) await writeTerminationMessage(settings.terminationLog, line, warn);
  if (run.kubeConfig) {
    await writeToCluster(run, settings, eventTarget, line, warn);
  } else if (eventTarget || settings.annotate.deployments || settings.annotate.application) {
    warn("no Kubernetes credentials: no Event and no annotations written");
  }
  if (settings.pushgateway) {
    const { pushGateMetrics } = await import("./pushgateway-APJDTFWD.js");
    await pushGateMetrics(
      report,
      {
        url: settings.pushgateway,
        grouping: { app: settings.argocd.app, namespace: settings.pod.namespace ?? settings.namespace }
      },
      warn
    );
  }
  return exitCode;
}
async function writeToCluster(run, settings, eventTarget, message, warn) {
  const kubeConfig = run.kubeConfig;
  const { recordEvent, annotateDeployments, annotateApplication, noticeForVerdict } = await import("./write-3YZIUCAS.js");
  const { verdictReason } = await import("./annotations-QYGWDCSI.js");
  const verdict = run.report.verdict;
  const warnings = [];
  if (eventTarget) warnings.push(await recordEvent(kubeConfig, eventTarget, verdict, message));
  if (settings.annotate.deployments) {
    const deployments = run.workloads.filter((w) => w.kind === "Deployment");
    warnings.push(...await annotateDeployments(kubeConfig, deployments, verdict));
  }
  if (settings.annotate.application) {
    if (!settings.argocd.app) warnings.push("--annotate application needs ARGOCD_APP_NAME: not annotated");
    else {
      const notice = noticeForVerdict(verdict, verdictReason(run.report));
      warnings.push(
        await annotateApplication(kubeConfig, settings.argocd.appNamespace, settings.argocd.app, notice)
      );
    }
  }
  for (const warning of warnings) if (warning) warn(`${warning}; the verdict stands`);
}
export {
  hook,
  publishHookResults,
  resolveEventTarget,
  runHook,
  scopeNamespaces,
  withLiveResults
};
