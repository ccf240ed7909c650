import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  ratioSeries
} from "./chunk-MMXSLIKK.js";
import {
  controllerOf,
  describeWorkload,
  formatTime,
  humanDuration,
  newReplicaSet,
  rollbackCommand,
  timeOf
} from "./chunk-CKEZC24J.js";
import {
  windowsToMeasure
} from "./chunk-UMJKAUM6.js";
import {
  alertFactor,
  queriesFor
} from "./chunk-SMLNOKBD.js";
import {
  clean,
  readableRate
} from "./chunk-VAC67D4I.js";
import "./chunk-YA6DW627.js";

// src/hints/release.ts
var RECENT_ROLLOUT_SECONDS = 3600;
var MAX_OTHER_ROLLOUTS = 4;
function latestRollouts(state, workloads) {
  const wanted = new Set(workloads.map((w) => `${w.kind}/${w.namespace}/${w.name}`));
  const inScope = (kind, meta) => wanted.size === 0 || wanted.has(`${kind}/${meta?.namespace}/${meta?.name}`);
  const refOf = (kind, meta) => ({
    kind,
    namespace: meta?.namespace ?? "",
    name: meta?.name ?? ""
  });
  const rollouts = [];
  for (const deployment of state.deployments) {
    if (!inScope("Deployment", deployment.metadata)) continue;
    const rs = newReplicaSet(deployment, state.replicaSets);
    const createdAt = timeOf(rs?.metadata?.creationTimestamp);
    if (!rs || createdAt === void 0) continue;
    const revision = Number(rs.metadata?.annotations?.["deployment.kubernetes.io/revision"]);
    rollouts.push({
      workload: refOf("Deployment", deployment.metadata),
      kind: "ReplicaSet",
      name: rs.metadata?.name ?? "",
      ...Number.isInteger(revision) ? { revision } : {},
      createdAt: new Date(createdAt)
    });
  }
  const revisionsOf = (kind, meta) => state.controllerRevisions.filter(
    (r) => r.metadata?.namespace === meta?.namespace && controllerOf(r.metadata)?.kind === kind && controllerOf(r.metadata)?.name === meta?.name
  );
  const pushRevision = (kind, meta, revision) => {
    const createdAt = timeOf(revision?.metadata?.creationTimestamp);
    if (!revision || createdAt === void 0) return;
    rollouts.push({
      workload: refOf(kind, meta),
      kind: "ControllerRevision",
      name: revision.metadata?.name ?? "",
      revision: revision.revision,
      createdAt: new Date(createdAt)
    });
  };
  const newest = (revisions) => [...revisions].sort((a, b) => b.revision - a.revision)[0];
  for (const sts of state.statefulSets) {
    if (!inScope("StatefulSet", sts.metadata)) continue;
    const revisions = revisionsOf("StatefulSet", sts.metadata);
    const update = sts.status?.updateRevision;
    pushRevision(
      "StatefulSet",
      sts.metadata,
      revisions.find((r) => r.metadata?.name === update) ?? newest(revisions)
    );
  }
  for (const ds of state.daemonSets) {
    if (!inScope("DaemonSet", ds.metadata)) continue;
    pushRevision("DaemonSet", ds.metadata, newest(revisionsOf("DaemonSet", ds.metadata)));
  }
  return rollouts;
}
function describeRollout(rollout) {
  return `revision ${rollout.name} of ${describeWorkload(rollout.workload)}`;
}
function releaseCorrelation(burn, rollouts) {
  if (rollouts.length === 0) return void 0;
  const sorted = [...rollouts].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const last = sorted[0];
  const rolledOut = last.createdAt.getTime();
  const lookback = (burn.at.getTime() - burn.lookbackStart.getTime()) / 1e3;
  const rate = `burn rate over ${burn.window} above ${readableRate(burn.factor)}`;
  const evidence = [];
  let title;
  let fix;
  if (burn.began !== void 0) {
    const began = burn.began.getTime();
    evidence.push(
      `${rate} continuously since ${formatTime(began)} (until the check at ${formatTime(burn.at.getTime())})`
    );
    if (began >= rolledOut) {
      const after = (began - rolledOut) / 1e3;
      title = `burn began ${humanDuration(after)} after ${describeRollout(last)} rolled out`;
      fix = after <= RECENT_ROLLOUT_SECONDS ? `fix: the burn follows the rollout closely: roll back ${describeRollout(last)}${rollbackCommand(last.workload) ? ` (${rollbackCommand(last.workload)}, or the previous Git revision in Argo CD)` : ""} and look at what changed in it before releasing again` : `fix: the burn began ${humanDuration(after)} after the rollout, so the rollout is a suspect but not an obvious one: check what changed around the start (traffic, dependencies, configuration) as well as the release`;
    } else {
      title = `the burn predates the last rollout: it began ${humanDuration((rolledOut - began) / 1e3)} before ${describeRollout(last)} rolled out`;
      fix = "fix: the last rollout did not start this burn, so rolling it back will not stop it: look at dependencies, traffic and infrastructure from the time the burn began";
    }
  } else {
    evidence.push(
      `${rate} for the whole ${humanDuration(lookback)} looked at (since ${formatTime(burn.lookbackStart.getTime())} at least)`
    );
    if (rolledOut >= burn.lookbackStart.getTime()) {
      title = `the burn predates the last rollout: it was already burning before ${describeRollout(last)} rolled out`;
      fix = `fix: the last rollout did not start this burn, so rolling it back will not stop it: look at what changed more than ${humanDuration(lookback)} ago`;
    } else {
      title = `burn has lasted over ${humanDuration(lookback)}; ${describeRollout(last)} rolled out earlier, so its part is not known`;
      fix = `fix: compare the burn-rate history further back with the rollout at ${formatTime(rolledOut)} before suspecting it`;
    }
  }
  evidence.push(
    `${describeRollout(last)}: ${last.kind} created at ${formatTime(rolledOut)}${last.revision !== void 0 ? ` (revision ${last.revision})` : ""}`
  );
  for (const other of sorted.slice(1, 1 + MAX_OTHER_ROLLOUTS)) {
    evidence.push(`also ${describeRollout(other)}: created at ${formatTime(other.createdAt.getTime())}`);
  }
  if (sorted.length > 1 + MAX_OTHER_ROLLOUTS)
    evidence.push(`and ${sorted.length - 1 - MAX_OTHER_ROLLOUTS} older rollouts`);
  evidence.push(fix);
  return { id: "release-correlation", title, evidence: [title, ...evidence], slo: burn.slo };
}

// src/gate/burn-start.ts
var DEFAULT_LOOKBACK_SECONDS = 6 * 3600;
var DEFAULT_STEP_SECONDS = 60;
function firingShortWindow(slo, result) {
  const labels = new Map(windowsToMeasure(slo).map((w) => [w.seconds, w.window]));
  const burnOf = (seconds) => result.burnRates[labels.get(seconds) ?? ""] ?? null;
  let best;
  for (const alert of slo.policy.burnRateAlerts) {
    const factor = alertFactor(alert, slo.windowSeconds);
    const long = burnOf(alert.longSeconds);
    const short = burnOf(alert.shortSeconds);
    if (long === null || short === null || !(long > factor && short > factor)) continue;
    if (!best || factor > best.factor) {
      best = { window: labels.get(alert.shortSeconds) ?? alert.short, seconds: alert.shortSeconds, factor };
    }
  }
  return best;
}
async function burnStart(client, slo, short, at, options = {}) {
  const step = options.stepSeconds ?? DEFAULT_STEP_SECONDS;
  const lookback = Math.max(
    step,
    Math.floor((options.lookbackSeconds ?? DEFAULT_LOOKBACK_SECONDS) / step) * step
  );
  const span = { start: new Date(at.getTime() - lookback * 1e3), end: at };
  const ratios = await ratioSeries(client, queriesFor(slo, short), span, step);
  const budget = clean(1 - slo.objective);
  const above = ratios.map(([t, ratio]) => ({
    t,
    above: Number.isFinite(ratio) && clean(ratio / budget) > short.factor
  }));
  const lastPoint = above[above.length - 1];
  if (!lastPoint?.above) return void 0;
  let first = above.length - 1;
  while (first > 0 && above[first - 1].above) first--;
  return {
    slo: slo.name,
    window: short.window,
    factor: short.factor,
    ...first > 0 ? { began: new Date(above[first].t * 1e3) } : {},
    lookbackStart: span.start,
    at
  };
}
async function releaseCorrelationHints(options) {
  const rollouts = latestRollouts(options.state, options.workloads);
  if (rollouts.length === 0) return [];
  const hints = await Promise.all(
    options.report.slos.filter((result) => result.status === "warn" || result.status === "block").map(async (result) => {
      const slo = options.config.slos.find((s) => s.name === result.name);
      const short = slo && firingShortWindow(slo, result);
      if (!slo || !short) return void 0;
      try {
        const burn = await burnStart(options.client, slo, short, options.at, options);
        return burn && releaseCorrelation(burn, rollouts);
      } catch (error) {
        options.log?.(`release correlation for SLO ${slo.name} skipped: ${error.message}`);
        return void 0;
      }
    })
  );
  return hints.filter((hint) => hint !== void 0);
}
export {
  DEFAULT_LOOKBACK_SECONDS,
  DEFAULT_STEP_SECONDS,
  burnStart,
  firingShortWindow,
  releaseCorrelationHints
};
