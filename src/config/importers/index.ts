/**
 * The SLO files slo-gate reads besides its own config, told apart per YAML document by `version`
 * (Sloth prometheus/v1) or `apiVersion` and `kind`: Sloth PrometheusServiceLevel and AlertWindows,
 * OpenSLO v1alpha and v1, Pyrra ServiceLevelObjective. Pure: takes parsed sources, never reads files.
 */
import type { Policy, SloDefinition } from '../../model/index.js';
import { errorAt } from '../resolve.js';
import { looksLikeSlothSpec, slothSlos, SLOTH_VERSION } from '../sloth.js';
import { documentValue, type YamlSource } from '../yaml-source.js';
import {
  ALERT_WINDOWS_KIND,
  alertWindowsTable,
  rejectDuplicatePeriods,
  type AlertWindowsTable,
} from './alert-windows.js';
import { isMapping, type SpecDocument } from './common.js';
import { rejectMetricsql } from './metricsql.js';
import {
  OPENSLO_V1,
  OPENSLO_V1ALPHA,
  opensloV1alphaSlos,
  opensloV1Slos,
  referenceName,
  type OpensloReferences,
} from './openslo.js';
import { looksLikePyrra, pyrraSlos } from './pyrra.js';
import { SLOTH_API_VERSION, SLOTH_CRD_KIND, slothCrdSlos } from './sloth-crd.js';

export { withAlertWindows, unusedTableWarnings, type AlertWindowsTable } from './alert-windows.js';

export interface ImportedSpecs {
  slos: SloDefinition[];
  /** AlertWindows tables, for the SLOs of their period. */
  alertWindows: AlertWindowsTable[];
}

/** A top level that names its format (`version:` or `apiVersion:`) is not a slo-gate config. */
export function looksLikeImportedSpec(value: unknown): boolean {
  return looksLikeSlothSpec(value) || (isMapping(value) && 'apiVersion' in value);
}

/** OpenSLO v1 kinds that describe no SLO of their own, read only when an SLO refers to them. */
const OPENSLO_V1_SUPPORTING_KINDS = new Set([
  'Service',
  'SLI',
  'DataSource',
  'AlertPolicy',
  'AlertCondition',
  'AlertNotificationTarget',
]);

const READABLE =
  `Sloth (version: "${SLOTH_VERSION}", or apiVersion: ${SLOTH_API_VERSION} with kind ${SLOTH_CRD_KIND} or ${ALERT_WINDOWS_KIND}), ` +
  `OpenSLO (apiVersion: ${OPENSLO_V1ALPHA} or ${OPENSLO_V1}, kind SLO) ` +
  'and Pyrra (apiVersion: pyrra.dev/v1alpha1, kind ServiceLevelObjective)';

/**
 * Every SLO and AlertWindows table of every document of `sources`, in file order, with `policy`
 * applied to each SLO. OpenSLO references (indicatorRef, metricSourceRef) resolve across all sources.
 */
export function importSpecs(sources: readonly YamlSource[], policy: Policy): ImportedSpecs {
  const documents: SpecDocument[] = sources.flatMap((source) =>
    source.documents.map((document) => {
      const context = { source, document };
      const value = documentValue(source, document);
      if (!isMapping(value) || !looksLikeImportedSpec(value)) {
        throw errorAt(
          context,
          [],
          `not an SLO spec slo-gate reads: it reads ${READABLE}`,
          'include only such spec files (slo-gate settings belong in the main config)',
        );
      }
      return { context, value };
    }),
  );
  const references = opensloReferences(documents);
  const imported: ImportedSpecs = { slos: [], alertWindows: [] };
  for (const document of documents) {
    const { context, value } = document;
    if (looksLikeSlothSpec(value) && !('apiVersion' in value)) {
      rejectMetricsql(document);
      imported.slos.push(...slothSlos({ ...context.source, documents: [context.document] }, policy));
      continue;
    }
    const { apiVersion, kind } = value;
    if (apiVersion === SLOTH_API_VERSION && kind === SLOTH_CRD_KIND) {
      imported.slos.push(...slothCrdSlos(document, policy));
    } else if (apiVersion === SLOTH_API_VERSION && kind === ALERT_WINDOWS_KIND) {
      imported.alertWindows.push(alertWindowsTable(document));
    } else if (apiVersion === OPENSLO_V1ALPHA && kind === 'SLO') {
      rejectMetricsql(document);
      imported.slos.push(...opensloV1alphaSlos(document, policy));
    } else if (apiVersion === OPENSLO_V1 && kind === 'SLO') {
      rejectMetricsql(document);
      imported.slos.push(...opensloV1Slos(document, policy, references));
    } else if (looksLikePyrra(value)) {
      imported.slos.push(...pyrraSlos({ ...context.source, documents: [context.document] }, policy));
    } else if (
      (apiVersion === OPENSLO_V1 && OPENSLO_V1_SUPPORTING_KINDS.has(String(kind))) ||
      (apiVersion === OPENSLO_V1ALPHA && kind === 'Service')
    ) {
      // Read through references from SLOs, or (Service, alerting) nothing slo-gate measures.
    } else {
      throw errorAt(
        context,
        ['kind'],
        `apiVersion ${String(apiVersion)}, kind ${String(kind)} is not supported: slo-gate reads ${READABLE}`,
        'include only those formats, or leave this document out of slo-gate',
      );
    }
  }
  rejectDuplicatePeriods(imported.alertWindows);
  return imported;
}

function opensloReferences(documents: readonly SpecDocument[]): OpensloReferences {
  const references: OpensloReferences = { slis: new Map(), dataSources: new Map() };
  for (const document of documents) {
    const { apiVersion, kind } = document.value;
    if (apiVersion !== OPENSLO_V1) continue;
    if (kind === 'SLI') references.slis.set(referenceName(document), document);
    if (kind === 'DataSource') references.dataSources.set(referenceName(document), document);
  }
  return references;
}
