/**
 * Sloth's Kubernetes form: `apiVersion: sloth.slok.dev/v1`, `kind: PrometheusServiceLevel`, the
 * prometheus/v1 spec under `spec:` with camelCase keys (errorQuery, totalQuery, errorRatioQuery,
 * sloPlugins). SLOs are named `<service>-<name>` as Sloth names them; the period is Sloth's
 * default, 30 days. Labels, alerting and SLO plugins only shape Sloth's rules: accepted, ignored.
 */
import { z } from 'zod';
import type { Path, Policy, SloDefinition } from '../../model/index.js';
import { DEFAULT_ON_NO_DATA, DEFAULT_WINDOW } from '../defaults.js';
import { expect, mappingOf, pathLabel } from '../issues.js';
import { buildSlo, errorAt, resolvePolicy } from '../resolve.js';
import { eventsSliSchema, objectivePercent, rawSliSchema, SLO_NAME, sloName } from '../schema.js';
import { compileSli, type WrittenSli } from '../sli.js';
import { parseWith, unsupported, type SpecDocument } from './common.js';
import { rejectMetricsql } from './metricsql.js';

export const SLOTH_API_VERSION = 'sloth.slok.dev/v1';
export const SLOTH_CRD_KIND = 'PrometheusServiceLevel';

const ignored = z.unknown();

const sliSchema = z.strictObject(
  {
    events: eventsSliSchema.optional(),
    raw: rawSliSchema.optional(),
    plugin: ignored.optional(),
  },
  mappingOf(
    ['events', 'raw', 'plugin'],
    'a mapping with events or raw',
    'write sli: { events: { errorQuery: ..., totalQuery: ... } }',
  ),
);

const sloSchema = z.strictObject(
  {
    name: sloName(),
    objective: objectivePercent(),
    description: z.string(expect('a string', 'quote the description')).optional(),
    labels: ignored.optional(),
    plugins: ignored.optional(),
    sli: sliSchema,
    alerting: ignored.optional(),
  },
  mappingOf(
    ['name', 'objective', 'description', 'labels', 'plugins', 'sli', 'alerting'],
    'a mapping with name, objective and sli',
    'write e.g. { name: requests-availability, objective: 99.9, sli: ... }',
  ),
);

const crdSchema = z.strictObject(
  {
    apiVersion: z.literal(SLOTH_API_VERSION),
    kind: z.literal(SLOTH_CRD_KIND),
    metadata: ignored.optional(),
    spec: z.strictObject(
      {
        service: sloName(),
        labels: ignored.optional(),
        sloPlugins: ignored.optional(),
        slos: z
          .array(sloSchema, expect('a list of SLOs', 'write each SLO as a list item: - name: ...'))
          .min(1, expect('a list of at least one SLO', 'add an SLO under spec.slos:')),
      },
      mappingOf(
        ['service', 'labels', 'sloPlugins', 'slos'],
        'a mapping with service and slos',
        'write spec: { service: ..., slos: [...] }',
      ),
    ),
    status: ignored.optional(),
  },
  mappingOf(
    ['apiVersion', 'kind', 'metadata', 'spec', 'status'],
    'a Sloth PrometheusServiceLevel',
    `write apiVersion: ${SLOTH_API_VERSION}, kind: ${SLOTH_CRD_KIND}, metadata: and spec:`,
  ),
);

/** Every SLO of one PrometheusServiceLevel document, with `policy` applied to each. */
export function slothCrdSlos(document: SpecDocument, policy: Policy): SloDefinition[] {
  const { context } = document;
  rejectMetricsql(document);
  const crd = parseWith(crdSchema, document);
  return crd.spec.slos.map((slo, index) => {
    const sloPath = ['spec', 'slos', index];
    const name = `${crd.spec.service}-${slo.name}`;
    if (!SLO_NAME.test(name)) {
      throw errorAt(
        context,
        [...sloPath, 'name'],
        `SLO id "${name}" is not a valid name`,
        'use letters, digits and _ . : -',
      );
    }
    const sli = compileSli(context, writtenSli(document, slo.sli, [...sloPath, 'sli']), {
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
}

function writtenSli(document: SpecDocument, sli: z.infer<typeof sliSchema>, path: Path): WrittenSli {
  if (sli.plugin !== undefined) {
    throw unsupported(
      document.context,
      [...path, 'plugin'],
      'a Sloth SLI plugin',
      'its Go code runs only inside Sloth, so slo-gate has no query to measure',
      'write the SLI the plugin generates as events: { errorQuery: ..., totalQuery: ... } or raw: { errorRatioQuery: ... }',
    );
  }
  if (sli.events && !sli.raw) {
    return {
      kind: 'events',
      errorQuery: { template: sli.events.errorQuery, path: [...path, 'events', 'errorQuery'] },
      totalQuery: { template: sli.events.totalQuery, path: [...path, 'events', 'totalQuery'] },
    };
  }
  if (sli.raw && !sli.events) {
    return {
      kind: 'ratio',
      errorRatioQuery: { template: sli.raw.errorRatioQuery, path: [...path, 'raw', 'errorRatioQuery'] },
    };
  }
  throw errorAt(
    document.context,
    path,
    `${pathLabel(path)} needs exactly one of events (errorQuery and totalQuery) or raw (errorRatioQuery)`,
    'keep one of events: or raw:',
  );
}
