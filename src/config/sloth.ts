/**
 * Sloth `prometheus/v1` spec files read as SLOs, so a spec written for Sloth works unchanged.
 * https://sloth.dev/specs/prometheus/ — Sloth names an SLO `<service>-<name>`, its queries use the
 * same `{{.window}}` placeholder, and its default SLO period is 30 days. Labels, alerting and
 * plugins only shape Sloth's generated rules: accepted and ignored. Pure: takes parsed YAML.
 */
import { z } from 'zod';
import type { Path as YamlPath, Policy, SloDefinition } from '../model/index.js';
import { DEFAULT_ON_NO_DATA, DEFAULT_WINDOW } from './defaults.js';
import { expect, firstIssueError, mappingOf, problem } from './issues.js';
import { buildSlo, errorAt, resolvePolicy, type DocumentContext } from './resolve.js';
import { objectivePercent, queryTemplate, SLO_NAME, sloName } from './schema.js';
import { compileSli, type WrittenSli } from './sli.js';
import { documentValue, type YamlSource } from './yaml-source.js';

export const SLOTH_VERSION = 'prometheus/v1';

const ignored = z.unknown();

const SLI_KEYS = ['events', 'raw', 'plugin'];
const slothSliSchema = z
  .strictObject(
    {
      events: z
        .strictObject(
          { error_query: queryTemplate(), total_query: queryTemplate() },
          mappingOf(
            ['error_query', 'total_query'],
            'a mapping with error_query and total_query',
            'write error_query: and total_query: under events:',
          ),
        )
        .optional(),
      raw: z
        .strictObject(
          { error_ratio_query: queryTemplate() },
          mappingOf(
            ['error_ratio_query'],
            'a mapping with error_ratio_query',
            'write error_ratio_query: under raw:',
          ),
        )
        .optional(),
      plugin: ignored.optional(),
    },
    mappingOf(
      SLI_KEYS,
      'a mapping with events or raw',
      'write sli: { events: { error_query: ..., total_query: ... } }',
    ),
  )
  .superRefine((sli, ctx) => {
    if (sli.plugin !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['plugin'],
        message: problem(
          'is a Sloth SLI plugin, which is not supported: its Go code runs only inside Sloth, so slo-gate has no query to measure',
          'write the SLI the plugin generates as events: { error_query: ..., total_query: ... } or raw: { error_ratio_query: ... }',
        ),
      });
    } else if ((sli.events === undefined) === (sli.raw === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: problem(
          'needs exactly one of events (error_query and total_query) or raw (error_ratio_query)',
          'keep one of events: or raw:',
        ),
      });
    }
  });

const SLO_KEYS = [
  'name',
  'objective',
  'description',
  'labels',
  'infoLabels',
  'sli',
  'alerting',
  'interval',
  'plugins',
];
const slothSloSchema = z.strictObject(
  {
    name: sloName(),
    objective: objectivePercent(),
    description: z.string(expect('a string', 'quote the description')).optional(),
    labels: ignored.optional(),
    infoLabels: ignored.optional(),
    sli: slothSliSchema,
    alerting: ignored.optional(),
    interval: ignored.optional(),
    plugins: ignored.optional(),
  },
  mappingOf(
    SLO_KEYS,
    'a mapping with name, objective and sli',
    'write e.g. { name: availability, objective: 99.9, sli: ... }',
  ),
);

const SPEC_KEYS = ['version', 'service', 'labels', 'slo_plugins', 'slos'];
const slothSpecSchema = z.strictObject(
  {
    version: z.literal(
      SLOTH_VERSION,
      expect(
        `"${SLOTH_VERSION}"`,
        `slo-gate reads Sloth "${SLOTH_VERSION}" specs: write version: "${SLOTH_VERSION}"`,
      ),
    ),
    service: sloName(),
    labels: ignored.optional(),
    slo_plugins: ignored.optional(),
    slos: z
      .array(slothSloSchema, expect('a list of SLOs', 'write each SLO as a list item: - name: ...'))
      .min(1, expect('a list of at least one SLO', 'add an SLO under slos:')),
  },
  mappingOf(
    SPEC_KEYS,
    'a Sloth prometheus/v1 spec',
    `write a Sloth spec: version: "${SLOTH_VERSION}", service: ..., slos: [...]`,
  ),
);

/** A config's top level is a Sloth spec when it says which spec version it is. */
export function looksLikeSlothSpec(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'version' in value;
}

/** Every SLO of every document in a Sloth spec file, with `policy` applied to each. */
export function slothSlos(source: YamlSource, policy: Policy): SloDefinition[] {
  return source.documents.flatMap((document) => {
    const context: DocumentContext = { source, document };
    const value = documentValue(source, document);
    if (!looksLikeSlothSpec(value)) {
      throw errorAt(
        context,
        [],
        `not a Sloth spec: a Sloth file starts with version: "${SLOTH_VERSION}"`,
        'include only Sloth prometheus/v1 spec files (slo-gate settings belong in the main config)',
      );
    }
    const parsed = slothSpecSchema.safeParse(value);
    if (!parsed.success) throw firstIssueError(source, document, parsed.error.issues);
    const spec = parsed.data;
    return spec.slos.map((slo, index) => {
      const sloPath = ['slos', index];
      const name = `${spec.service}-${slo.name}`;
      if (!SLO_NAME.test(name)) {
        throw errorAt(
          context,
          [...sloPath, 'name'],
          `SLO id "${name}" is not a valid name`,
          'use letters, digits and _ . : -',
        );
      }
      const sli = compileSli(context, writtenSli(slo.sli, [...sloPath, 'sli']), {
        labels: [],
        path: [...sloPath, 'attribution'],
      });
      return buildSlo(context, sloPath, {
        name,
        objectivePercent: slo.objective,
        window: DEFAULT_WINDOW,
        sli,
        onNoData: DEFAULT_ON_NO_DATA,
        // Sloth records this SLO's ratios under sloth_id: read them where they exist.
        recorded: { rules: { tool: 'sloth', slothId: name }, detected: true },
        policy: resolvePolicy(policy, undefined),
      });
    });
  });
}

/** Sloth's `sli:` keys as the compiler reads them. */
function writtenSli(sli: z.infer<typeof slothSliSchema>, path: YamlPath): WrittenSli {
  if (sli.events) {
    return {
      kind: 'events',
      errorQuery: { template: sli.events.error_query, path: [...path, 'events', 'error_query'] },
      totalQuery: { template: sli.events.total_query, path: [...path, 'events', 'total_query'] },
    };
  }
  if (sli.raw) {
    return {
      kind: 'ratio',
      errorRatioQuery: { template: sli.raw.error_ratio_query, path: [...path, 'raw', 'error_ratio_query'] },
    };
  }
  // The schema accepts exactly one of events and raw (a plugin is rejected).
  throw new Error('Sloth sli with neither events nor raw passed validation');
}
