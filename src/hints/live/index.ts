/**
 * Root-cause hints from the live cluster (`slo-gate hook`): what the pods, controllers, Services and
 * cluster DNS say about why a service burns, and the findings only the live objects can show.
 * Pure: a LiveState snapshot in (src/cluster reads it), hints and findings out.
 *
 * Order of the hints: pod-level causes first (they are usually the root), then the controllers
 * they hold up, the traffic path (Services, DNS), and what the bundle needs but the cluster lacks.
 */
import type { LiveState } from '../../cluster/types.js';
import type { RuleSeverityOverride } from '../../config/types.js';
import { compareFindings, placeFinding } from '../../manifests/engine.js';
import { rule as ingressLiveHostPathTaken } from '../../manifests/rules/ingress-live-host-path-taken.js';
import { rule as stsImmutableFieldChange } from '../../manifests/rules/sts-immutable-field-change.js';
import type { RawFinding, Rule } from '../../manifests/types.js';
import type { Bundle, Finding, Hint } from '../../model/index.js';
import { type LiveScope, type WorkloadRef, createLiveContext } from './context.js';
import { daemonSetHints } from './daemonsets.js';
import { deploymentHints } from './deployments.js';
import { dnsHints } from './dns.js';
import { endpointHints } from './endpoints.js';
import { liveHostPathConflicts } from './host-path.js';
import { immutableFieldChanges } from './immutable.js';
import { initHints } from './init.js';
import { missingHints } from './missing.js';
import { pendingHints } from './pending.js';
import { podHints } from './pods.js';
import { statefulSetHints } from './statefulsets.js';

export type { LiveScope, WorkloadRef } from './context.js';

/** Kinds whose pods the live hints follow. */
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'Pod'];

/** The workloads of a bundle, for LiveScope.workloads. */
export function bundleWorkloads(bundle: Bundle): WorkloadRef[] {
  return WORKLOAD_KINDS.flatMap((kind) =>
    bundle.ofKind(kind).map((r) => ({ kind, namespace: r.namespace, name: r.name })),
  );
}

/**
 * Every live signal about the workloads in scope, as hints with evidence and a "fix: " line.
 * Signals the reader could not read (state.unreadable) give no hint; the reader's notes say why.
 */
export function liveHints(state: LiveState, scope: LiveScope): Hint[] {
  const context = createLiveContext(state, scope);
  const hints = [
    ...podHints(context),
    ...pendingHints(context),
    ...initHints(context),
    ...deploymentHints(context),
    ...statefulSetHints(context),
    ...daemonSetHints(context),
    ...endpointHints(context),
    ...dnsHints(context),
    ...missingHints(context),
  ];
  // The renderers show evidence from the second line on: the first is the headline (as in
  // attributionHint), so every hint repeats its title there.
  return hints.map((hint) => ({ ...hint, evidence: [hint.title, ...hint.evidence] }));
}

/**
 * Findings that need the live objects: sts-immutable-field-change and ingress-live-host-path-taken,
 * placed at the bundle's file:line like every finding, with the config's severity overrides and
 * the resources' slo-gate.dev/ignore annotations applied.
 */
export function liveFindings(
  state: LiveState,
  bundle: Bundle,
  overrides: Record<string, RuleSeverityOverride> = {},
): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: Rule, raws: RawFinding[]) => {
    if (overrides[rule.meta.id] === 'off') return;
    for (const raw of raws) {
      const finding = placeFinding(rule, raw, overrides);
      if (finding) findings.push(finding);
    }
  };
  add(stsImmutableFieldChange, immutableFieldChanges(state, bundle));
  add(ingressLiveHostPathTaken, liveHostPathConflicts(state, bundle));
  return findings.sort(compareFindings);
}
