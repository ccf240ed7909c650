import { isRecord } from '../../k8s/labels.js';
import { isDns1123Label } from '../../k8s/names.js';
import type { JsonObject, Path } from '../../model/index.js';
import type { Rule } from '../types.js';
import { parseIntOrPercent, selectorProblems, statefulSets, wellFormedSelector } from './sts-util.js';

interface Problem {
  path: Path;
  message: string;
  hint: string;
}

/** Pods get the label controller-revision-hash=<name>-<hash of up to 10 digits>: at most 63 characters. */
const MAX_NAME_LENGTH = 52;
const REJECTED = 'the API server rejects the StatefulSet';
const NO_PODS = 'pods of this template are rejected, so the StatefulSet creates none';
const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'];

const quote = (value: unknown) => JSON.stringify(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isSet = (value: unknown) => value !== undefined && value !== null;
/** A string field the API server defaults when empty: only a non-empty string is judged. */
const written = (value: unknown): value is string => typeof value === 'string' && value !== '';

function oneOf(path: Path, field: string, value: string, allowed: string[], effect: string): Problem {
  return {
    path,
    message: `${field} ${quote(value)} is not one of ${allowed.join(', ')}; ${effect}`,
    hint: `Write one of ${allowed.map((a) => quote(a)).join(', ')} (values are case-sensitive)${
      allowed.some((a) => a.toLowerCase() === value.toLowerCase())
        ? ''
        : ', or remove the field for the default'
    }.`,
  };
}

function nonNegative(spec: JsonObject, field: string, path: Path, problems: Problem[]): void {
  const value = spec[field];
  if (isNumber(value) && value < 0) {
    problems.push({
      path,
      message: `${path.slice(1).join('.')} is ${value}; it must be greater than or equal to 0 (${REJECTED})`,
      hint: `Set ${field} to 0 or more, or remove it for the default.`,
    });
  }
}

function checkName(name: string): Problem | undefined {
  const path = ['metadata', 'name'];
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) {
    return {
      path,
      message:
        `metadata.name ${quote(name)} is not a DNS-1123 label (lower-case letters, digits and '-', starting and ` +
        'ending with a letter or digit); pods take their host names from it, so ' +
        REJECTED,
      hint: `Rename the StatefulSet, e.g. ${quote(
        name
          .toLowerCase()
          .replace(/[^a-z0-9-]+/g, '-')
          .replace(/^-+|-+$/g, ''),
      )}.`,
    };
  }
  if (name.length > MAX_NAME_LENGTH) {
    return {
      path,
      message:
        `metadata.name is ${name.length} characters long; the controller labels every pod ` +
        `controller-revision-hash=${name}-<hash of up to 10 digits>, a label value longer than 63 characters, so ` +
        'pod creation fails',
      hint: `Shorten the name to at most ${MAX_NAME_LENGTH} characters.`,
    };
  }
  return undefined;
}

function checkUpdateStrategy(spec: JsonObject, problems: Problem[]): void {
  const strategy = spec.updateStrategy;
  if (!isRecord(strategy)) return;
  const base = ['spec', 'updateStrategy'];
  const type = strategy.type;
  if (written(type) && type !== 'RollingUpdate' && type !== 'OnDelete') {
    problems.push(
      oneOf([...base, 'type'], 'updateStrategy.type', type, ['RollingUpdate', 'OnDelete'], REJECTED),
    );
    return;
  }
  const rollingUpdate = strategy.rollingUpdate;
  if (type === 'OnDelete') {
    if (isSet(rollingUpdate)) {
      problems.push({
        path: [...base, 'rollingUpdate'],
        message: `updateStrategy.rollingUpdate is only allowed with type RollingUpdate, not OnDelete; ${REJECTED}`,
        hint: 'Remove updateStrategy.rollingUpdate, or set updateStrategy.type: RollingUpdate.',
      });
    }
    return;
  }
  // RollingUpdate, written or defaulted.
  if (!isRecord(rollingUpdate)) return;
  const partition = rollingUpdate.partition;
  if (isNumber(partition) && partition < 0) {
    problems.push({
      path: [...base, 'rollingUpdate', 'partition'],
      message: `updateStrategy.rollingUpdate.partition is ${partition}; it must be greater than or equal to 0 (${REJECTED})`,
      hint: 'Set partition to 0 to update every pod, or to the lowest ordinal that should get the new revision.',
    });
  }
  const maxUnavailable = parseIntOrPercent(rollingUpdate.maxUnavailable);
  if (!maxUnavailable) return;
  const path = [...base, 'rollingUpdate', 'maxUnavailable'];
  const hint =
    'Set maxUnavailable to a whole number of at least 1 or a percentage from 1% to 100% (e.g. 1 or 25%).';
  let why: string | undefined;
  if (maxUnavailable.kind === 'invalid')
    why = `${quote(maxUnavailable.text)} is neither an integer nor a percentage`;
  else if (maxUnavailable.value < 0) why = `${maxUnavailable.value} is negative`;
  else if (maxUnavailable.value === 0) why = 'cannot be 0';
  else if (maxUnavailable.kind === 'percent' && maxUnavailable.value > 100)
    why = `${maxUnavailable.value}% is greater than 100%`;
  if (why)
    problems.push({ path, message: `updateStrategy.rollingUpdate.maxUnavailable ${why}; ${REJECTED}`, hint });
}

function checkSelector(spec: JsonObject, problems: Problem[]): void {
  const selector = spec.selector;
  if (!isRecord(selector)) return;
  for (const problem of selectorProblems(selector)) {
    problems.push({
      path: ['spec', 'selector', ...problem.path],
      message: `spec.selector: ${problem.message}; ${REJECTED}`,
      hint: 'In and NotIn need values; Exists and DoesNotExist take none.',
    });
  }
  // An empty selector is sts-selector-mismatch's finding, as workload-selector-mismatch's for other workloads.
}

function checkTopologySpread(podSpec: JsonObject, base: Path, problems: Problem[]): void {
  const constraints = podSpec.topologySpreadConstraints;
  if (!Array.isArray(constraints)) return;
  const seen = new Map<string, number>();
  constraints.forEach((constraint, index) => {
    if (!isRecord(constraint)) return;
    const at = [...base, 'topologySpreadConstraints', index];
    const name = `topologySpreadConstraints[${index}]`;
    const maxSkew = constraint.maxSkew;
    if (!isSet(maxSkew) || (isNumber(maxSkew) && maxSkew < 1)) {
      problems.push({
        path: isSet(maxSkew) ? [...at, 'maxSkew'] : at,
        message: isSet(maxSkew)
          ? `${name}.maxSkew is ${String(maxSkew)}; it must be at least 1 (${NO_PODS})`
          : `${name} has no maxSkew (required, at least 1); ${NO_PODS}`,
        hint: 'Set maxSkew: 1 to keep the pod counts of any two topology domains within one of each other.',
      });
    }
    const topologyKey = constraint.topologyKey;
    if (!written(topologyKey)) {
      problems.push({
        path: isSet(topologyKey) ? [...at, 'topologyKey'] : at,
        message: `${name} has no topologyKey; ${NO_PODS}`,
        hint: 'Set topologyKey to a node label, e.g. topology.kubernetes.io/zone or kubernetes.io/hostname.',
      });
    }
    const when = constraint.whenUnsatisfiable;
    if (!written(when)) {
      problems.push({
        path: isSet(when) ? [...at, 'whenUnsatisfiable'] : at,
        message: `${name} has no whenUnsatisfiable (required); ${NO_PODS}`,
        hint: 'Set whenUnsatisfiable: DoNotSchedule (a hard rule) or ScheduleAnyway (a preference).',
      });
    } else if (when !== 'DoNotSchedule' && when !== 'ScheduleAnyway') {
      problems.push(
        oneOf(
          [...at, 'whenUnsatisfiable'],
          `${name}.whenUnsatisfiable`,
          when,
          ['DoNotSchedule', 'ScheduleAnyway'],
          NO_PODS,
        ),
      );
    }
    const minDomains = constraint.minDomains;
    if (isNumber(minDomains)) {
      if (minDomains < 1) {
        problems.push({
          path: [...at, 'minDomains'],
          message: `${name}.minDomains is ${minDomains}; it must be greater than 0 (${NO_PODS})`,
          hint: 'Set minDomains to 1 or more, or remove it.',
        });
      } else if (written(when) && when !== 'DoNotSchedule') {
        problems.push({
          path: [...at, 'minDomains'],
          message: `${name}.minDomains can only be used with whenUnsatisfiable: DoNotSchedule, not ${when}; ${NO_PODS}`,
          hint: 'Remove minDomains, or set whenUnsatisfiable: DoNotSchedule.',
        });
      }
    }
    for (const field of ['nodeAffinityPolicy', 'nodeTaintsPolicy']) {
      const value = constraint[field];
      if (written(value) && value !== 'Honor' && value !== 'Ignore') {
        problems.push(oneOf([...at, field], `${name}.${field}`, value, ['Honor', 'Ignore'], NO_PODS));
      }
    }
    const labelSelector = constraint.labelSelector;
    for (const problem of selectorProblems(labelSelector)) {
      problems.push({
        path: [...at, 'labelSelector', ...problem.path],
        message: `${name}.labelSelector: ${problem.message}; ${NO_PODS}`,
        hint: 'In and NotIn need values; Exists and DoesNotExist take none.',
      });
    }
    const matchLabelKeys = Array.isArray(constraint.matchLabelKeys) ? constraint.matchLabelKeys : [];
    if (matchLabelKeys.length > 0) {
      const selector = wellFormedSelector(labelSelector);
      if (!isSet(labelSelector)) {
        problems.push({
          path: [...at, 'matchLabelKeys'],
          message: `${name}.matchLabelKeys needs a labelSelector; ${NO_PODS}`,
          hint: 'Add a labelSelector that selects the pods of this StatefulSet.',
        });
      } else if (selector) {
        const selectorKeys = new Set([
          ...Object.keys(selector.matchLabels ?? {}),
          ...(selector.matchExpressions ?? []).map((e) => e.key),
        ]);
        matchLabelKeys.forEach((key, keyIndex) => {
          if (typeof key !== 'string' || !selectorKeys.has(key)) return;
          problems.push({
            path: [...at, 'matchLabelKeys', keyIndex],
            message: `${name}: key ${quote(key)} is in both matchLabelKeys and labelSelector; ${NO_PODS}`,
            hint: `Remove ${quote(key)} from one of them.`,
          });
        });
      }
    }
    // {topologyKey, whenUnsatisfiable} pairs must be unique.
    if (written(topologyKey) && written(when)) {
      const pair = `${topologyKey}\u0000${when}`;
      const first = seen.get(pair);
      if (first === undefined) seen.set(pair, index);
      else
        problems.push({
          path: [...at, 'topologyKey'],
          message:
            `${name} repeats topologyKey ${quote(topologyKey)} with whenUnsatisfiable ${when} of ` +
            `topologySpreadConstraints[${first}]; ${NO_PODS}`,
          hint: 'Merge the two constraints into one, or give them different topology keys.',
        });
    }
  });
}

function checkAffinityTerms(podSpec: JsonObject, base: Path, problems: Problem[]): void {
  const affinity = podSpec.affinity;
  if (!isRecord(affinity)) return;
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const block = affinity[kind];
    if (!isRecord(block)) continue;
    const at = [...base, 'affinity', kind];
    const required = block.requiredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(required)) {
      required.forEach((term, index) => {
        if (!isRecord(term) || written(term.topologyKey)) return;
        problems.push({
          path: isSet(term.topologyKey)
            ? [...at, 'requiredDuringSchedulingIgnoredDuringExecution', index, 'topologyKey']
            : [...at, 'requiredDuringSchedulingIgnoredDuringExecution', index],
          message: `${kind} required term ${index} has no topologyKey; ${NO_PODS}`,
          hint: 'Set topologyKey, e.g. kubernetes.io/hostname (per node) or topology.kubernetes.io/zone.',
        });
      });
    }
    const preferred = block.preferredDuringSchedulingIgnoredDuringExecution;
    if (!Array.isArray(preferred)) continue;
    preferred.forEach((entry, index) => {
      if (!isRecord(entry)) return;
      const entryPath = [...at, 'preferredDuringSchedulingIgnoredDuringExecution', index];
      const weight = entry.weight;
      if (isNumber(weight) && (weight < 1 || weight > 100)) {
        problems.push({
          path: [...entryPath, 'weight'],
          message: `${kind} preferred term ${index} has weight ${weight}; it must be from 1 to 100 (${NO_PODS})`,
          hint: 'Set weight between 1 and 100 (100 is the strongest preference).',
        });
      }
      const term = entry.podAffinityTerm;
      if (isRecord(term) && !written(term.topologyKey)) {
        problems.push({
          path: isSet(term.topologyKey)
            ? [...entryPath, 'podAffinityTerm', 'topologyKey']
            : [...entryPath, 'podAffinityTerm'],
          message: `${kind} preferred term ${index} has no podAffinityTerm.topologyKey; ${NO_PODS}`,
          hint: 'Set topologyKey, e.g. kubernetes.io/hostname (per node) or topology.kubernetes.io/zone.',
        });
      }
    });
  }
}

function checkClaimTemplates(spec: JsonObject, problems: Problem[]): void {
  const templates = spec.volumeClaimTemplates;
  if (!Array.isArray(templates)) return;
  const seen = new Map<string, number>();
  const CLAIM_FAILS = 'the claims (and so the pods) cannot be created';
  templates.forEach((template, index) => {
    if (!isRecord(template)) return;
    const at = ['spec', 'volumeClaimTemplates', index];
    const metadata = isRecord(template.metadata) ? template.metadata : undefined;
    const name = metadata?.name;
    if (!written(name)) {
      problems.push({
        path: metadata ? [...at, 'metadata'] : at,
        message: `volumeClaimTemplates[${index}] has no metadata.name; containers cannot mount it and ${CLAIM_FAILS}`,
        hint: 'Give the template a metadata.name and mount it by that name.',
      });
    } else {
      const first = seen.get(name);
      if (first === undefined) seen.set(name, index);
      else
        problems.push({
          path: [...at, 'metadata', 'name'],
          message: `volumeClaimTemplates[${index}] repeats the name ${quote(name)} of volumeClaimTemplates[${first}]; ${NO_PODS}`,
          hint: 'Give each volumeClaimTemplate its own name.',
        });
    }
    const claimSpec = isRecord(template.spec) ? template.spec : undefined;
    const accessModes = claimSpec?.accessModes;
    const label = written(name) ? quote(name) : `#${index}`;
    if (!Array.isArray(accessModes) || accessModes.length === 0) {
      problems.push({
        path:
          claimSpec && isSet(accessModes) ? [...at, 'spec', 'accessModes'] : claimSpec ? [...at, 'spec'] : at,
        message: `volumeClaimTemplate ${label} has no accessModes (at least one is required); ${CLAIM_FAILS}`,
        hint: "Add accessModes: [ReadWriteOnce] (one node mounts each pod's volume read-write).",
      });
      return;
    }
    accessModes.forEach((mode, modeIndex) => {
      if (typeof mode !== 'string' || ACCESS_MODES.includes(mode)) return;
      problems.push(
        oneOf(
          [...at, 'spec', 'accessModes', modeIndex],
          `volumeClaimTemplate ${label} access mode`,
          mode,
          ACCESS_MODES,
          CLAIM_FAILS,
        ),
      );
    });
    if (accessModes.includes('ReadWriteOncePod') && accessModes.length > 1) {
      problems.push({
        path: [...at, 'spec', 'accessModes'],
        message: `volumeClaimTemplate ${label}: ReadWriteOncePod cannot be combined with other access modes; ${CLAIM_FAILS}`,
        hint: 'Use ReadWriteOncePod alone, or drop it.',
      });
    }
  });
}

export const rule: Rule = {
  meta: {
    id: 'sts-spec-invalid',
    severity: 'error',
    kinds: ['StatefulSet'],
    description:
      'A StatefulSet breaks a rule Kubernetes enforces on it or on the pods and claims it creates ' +
      '(podManagementPolicy, updateStrategy, partition, maxUnavailable, topologySpreadConstraints, ...).',
    rationale:
      'Either the API server rejects the StatefulSet and the release fails at apply time, or it accepts it and ' +
      'the controller then fails to create every pod or claim (the pod template is validated only when pods are ' +
      'created), which leaves a StatefulSet with zero pods that looks applied.',
    example: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  podManagementPolicy: parallel
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec:
      topologySpreadConstraints:
        - { maxSkew: 0, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: nginx } } }
      containers: [{ name: nginx, image: nginx:1.27 }]
`,
      good: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: nginx
  podManagementPolicy: Parallel
  selector: { matchLabels: { app: nginx } }
  template:
    metadata: { labels: { app: nginx } }
    spec:
      topologySpreadConstraints:
        - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: nginx } } }
      containers: [{ name: nginx, image: nginx:1.27 }]
`,
    },
  },
  check({ bundle, report }) {
    for (const sts of statefulSets(bundle)) {
      const { spec } = sts;
      const problems: Problem[] = [];

      const nameProblem = sts.resource.name ? checkName(sts.resource.name) : undefined;
      if (nameProblem) problems.push(nameProblem);

      const policy = spec.podManagementPolicy;
      if (written(policy) && policy !== 'OrderedReady' && policy !== 'Parallel') {
        problems.push(
          oneOf(
            ['spec', 'podManagementPolicy'],
            'spec.podManagementPolicy',
            policy,
            ['OrderedReady', 'Parallel'],
            REJECTED,
          ),
        );
      }
      checkUpdateStrategy(spec, problems);

      const retention = spec.persistentVolumeClaimRetentionPolicy;
      if (isRecord(retention)) {
        for (const field of ['whenDeleted', 'whenScaled']) {
          const value = retention[field];
          if (written(value) && value !== 'Retain' && value !== 'Delete') {
            problems.push(
              oneOf(
                ['spec', 'persistentVolumeClaimRetentionPolicy', field],
                `persistentVolumeClaimRetentionPolicy.${field}`,
                value,
                ['Retain', 'Delete'],
                REJECTED,
              ),
            );
          }
        }
      }

      nonNegative(spec, 'replicas', ['spec', 'replicas'], problems);
      nonNegative(spec, 'minReadySeconds', ['spec', 'minReadySeconds'], problems);
      nonNegative(spec, 'revisionHistoryLimit', ['spec', 'revisionHistoryLimit'], problems);
      if (isRecord(spec.ordinals))
        nonNegative(spec.ordinals, 'start', ['spec', 'ordinals', 'start'], problems);

      const serviceName = spec.serviceName;
      if (written(serviceName) && !isDns1123Label(serviceName)) {
        problems.push({
          path: ['spec', 'serviceName'],
          message:
            `spec.serviceName ${quote(serviceName)} is not a DNS-1123 label; it becomes the pods' DNS subdomain, so ` +
            'the API server rejects it (Kubernetes 1.33+) or every pod creation fails (older versions)',
          hint: "Use the name of a headless Service: lower-case letters, digits and '-', at most 63 characters.",
        });
      }

      checkSelector(spec, problems);

      if (sts.podSpec) {
        const base = sts.podSpecPath;
        const restartPolicy = sts.podSpec.restartPolicy;
        if (written(restartPolicy) && restartPolicy !== 'Always') {
          problems.push({
            path: [...base, 'restartPolicy'],
            message: `spec.template.spec.restartPolicy is ${quote(restartPolicy)}; StatefulSets support only Always (${REJECTED})`,
            hint: 'Remove restartPolicy (it defaults to Always) or set it to Always.',
          });
        }
        if (isSet(sts.podSpec.activeDeadlineSeconds)) {
          problems.push({
            path: [...base, 'activeDeadlineSeconds'],
            message: `spec.template.spec.activeDeadlineSeconds is not allowed in a StatefulSet; ${REJECTED}`,
            hint: 'Remove activeDeadlineSeconds: StatefulSet pods run until replaced.',
          });
        }
        checkTopologySpread(sts.podSpec, base, problems);
        checkAffinityTerms(sts.podSpec, base, problems);
      }
      checkClaimTemplates(spec, problems);

      for (const problem of problems) report({ resource: sts.resource, ...problem });
    }
  },
};
