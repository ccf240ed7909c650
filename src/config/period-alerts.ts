/**
 * Burn-rate alerts fitted to each SLO's period: the default alerts of the period when none are
 * written; written alerts checked against the period. Pure: works on documents already parsed.
 */
import { formatUsageError } from '../errors.js';
import { alertFactor } from '../slo/evaluate.js';
import { readableRate } from '../slo/format.js';
import { defaultBurnRateAlerts } from './defaults.js';
import { pathLabel } from './issues.js';
import { errorAt, type DocumentContext } from './resolve.js';
import type { Path as YamlPath, SloDefinition } from '../model/index.js';
import { positionOf } from './yaml-source.js';

/** Where the burnRateAlerts list an SLO uses was written (its own policy or the global one). */
export interface WrittenAlerts {
  context: DocumentContext;
  path: YamlPath;
}

export interface PeriodAlerts {
  slo: SloDefinition;
  /** Formatted `file:line:column: warning: ...` lines. */
  warnings: string[];
}

/**
 * The SLO with alerts that fit its period. Without written alerts: the defaults of the period.
 * A written alert whose long window is not shorter than the period is an error (it would measure
 * the period against itself); one that fires below 1x is a warning (it fires at a burn rate that
 * would not spend the budget within the period).
 */
export function withPeriodAlerts(slo: SloDefinition, written: WrittenAlerts | undefined): PeriodAlerts {
  if (!written) {
    return {
      slo: { ...slo, policy: { ...slo.policy, burnRateAlerts: defaultBurnRateAlerts(slo.windowSeconds) } },
      warnings: [],
    };
  }
  const warnings: string[] = [];
  slo.policy.burnRateAlerts.forEach((alert, index) => {
    const path = [...written.path, index];
    const label = pathLabel(path);
    if (alert.longSeconds >= slo.windowSeconds) {
      throw errorAt(
        written.context,
        [...path, 'long'],
        `${label}.long ${alert.long} is not shorter than the ${slo.window} period of SLO "${slo.name}": the alert would measure the period against itself`,
        `use a long window shorter than ${slo.window} (the default alerts use 1h, 6h, 1d and 3d), or remove this alert`,
      );
    }
    const factor = alertFactor(alert, slo.windowSeconds);
    if (factor < 1) {
      const { line, column } = positionOf(written.context.source, written.context.document, path);
      warnings.push(
        formatUsageError(
          `warning: ${label} fires at ${readableRate(factor)} for SLO "${slo.name}" (${slo.window} period), a burn rate that would not spend the budget within the period`,
          {
            file: written.context.source.file,
            line,
            column,
            fix: 'raise budgetConsumed or factor so the alert fires above 1x, or remove it',
          },
        ),
      );
    }
  });
  return { slo, warnings };
}
