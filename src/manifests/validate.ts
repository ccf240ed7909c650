/** Manifest validation of one run: read the sources, schema, bundle, rules — findings in a stable order. */
import type { ManifestsConfig, RuleSeverityOverride } from '../config/types.js';
import { UsageError } from '../errors.js';
import type { Bundle, Finding, Resource } from '../model/index.js';
import { closestKey } from '../text/suggest.js';
import { createBundle } from './bundle.js';
import { applyOverrides, compareFindings, DEFAULT_RULE_OPTIONS, runRules } from './engine.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import { readSources, type ManifestSource } from './sources.js';
import type { RuleOptions } from './types.js';

export interface ValidateOptions {
  defaultNamespace: string;
  strictReferences: boolean;
  overrides: Record<string, RuleSeverityOverride>;
  ruleOptions?: Partial<Omit<RuleOptions, 'strictReferences'>>;
}

/** Validation settings with the paths to read: what a run's config and flags ask for. */
export interface ManifestSettings extends ValidateOptions {
  paths: string[];
}

/**
 * The schema findings of one resource: validateSchema of ./schema.ts. A parameter because that module
 * loads a few MB of validators; the entry point decides when (a run without manifests never needs it).
 */
export type SchemaCheck = (resource: Resource) => Finding[];

export interface ValidateResult {
  /** Every resource read, indexed: what the hook's live checks work on. */
  bundle: Bundle;
  findings: Finding[];
  /** Files (and streams) read. */
  files: number;
}

/** Config overrides must name real rules: a typo would silently keep a rule on. */
export function checkRuleOverrides(
  overrides: Record<string, RuleSeverityOverride>,
  where: string,
  positions: ManifestsConfig['rulePositions'] = {},
): void {
  for (const id of Object.keys(overrides)) {
    if (RULES_BY_ID.has(id)) continue;
    const suggestion = closestKey(id, [...RULES_BY_ID.keys()]);
    throw new UsageError(`manifests.rules names an unknown rule "${id}"`, {
      file: where,
      ...positions[id],
      fix: suggestion
        ? `did you mean "${suggestion}"? (slo-gate rules lists them)`
        : 'run `slo-gate rules` for the ids',
    });
  }
}

/** The run's options: command-line flags win over the config's manifests section. */
export function validateOptionsFor(
  manifests: ManifestsConfig,
  flags: { paths?: string[]; namespace?: string; strictReferences?: boolean },
): ManifestSettings {
  return {
    paths: flags.paths && flags.paths.length > 0 ? flags.paths : manifests.paths,
    defaultNamespace: flags.namespace ?? manifests.namespace ?? 'default',
    strictReferences: flags.strictReferences ?? manifests.strictReferences ?? false,
    overrides: manifests.rules,
    ruleOptions: {
      ...(manifests.dns ? { dns: manifests.dns } : {}),
      ...(manifests.ingressController ? { ingressController: manifests.ingressController } : {}),
      ...(manifests.images ? { images: manifests.images } : {}),
    },
  };
}

export async function validateManifests(
  sources: readonly ManifestSource[],
  options: ValidateOptions,
  validateSchema: SchemaCheck,
): Promise<ValidateResult> {
  const loaded = await readSources(sources, { defaultNamespace: options.defaultNamespace });
  const preliminary: Finding[] = [...loaded.findings];
  for (const resource of loaded.resources) preliminary.push(...validateSchema(resource));

  const bundle = createBundle(loaded.resources, options.defaultNamespace);
  const ruleOptions: RuleOptions = {
    ...DEFAULT_RULE_OPTIONS,
    ...options.ruleOptions,
    strictReferences: options.strictReferences,
  };
  const annotationsById = new Map(loaded.resources.map((r) => [`${r.file}\u0000${r.id}`, r.annotations]));
  const findings = [
    ...applyOverrides(preliminary, RULES_BY_ID, options.overrides, (id, file) =>
      annotationsById.get(`${file}\u0000${id}`),
    ),
    ...runRules(bundle, { rules: RULES, ruleOptions, overrides: options.overrides }),
  ];
  return { bundle, findings: findings.sort(compareFindings), files: loaded.files };
}
