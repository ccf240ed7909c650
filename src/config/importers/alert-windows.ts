/**
 * Sloth's AlertWindows (`apiVersion: sloth.slok.dev/v1`, `kind: AlertWindows`): the burn-rate
 * alerts of one SLO period. Included like a spec file, a table applies to every SLO whose period
 * is its `sloPeriod` and that writes no burnRateAlerts of its own, as Sloth applies its catalog by
 * period. Page alerts block, ticket alerts warn; budgetConsumed = errorBudgetPercent / 100.
 */
import { z } from 'zod';
import { formatUsageError, UsageError } from '../../errors.js';
import type { BurnRateAlert, SloDefinition, SourceRef } from '../../model/index.js';
import { parseDuration } from '../../slo/duration.js';
import { expect, mappingOf, pathLabel, problem } from '../issues.js';
import { errorAt } from '../resolve.js';
import { duration } from '../schema.js';
import { positionOf } from '../yaml-source.js';
import type { PeriodAlerts } from '../period-alerts.js';
import { parseWith, type SpecDocument } from './common.js';

export const ALERT_WINDOWS_KIND = 'AlertWindows';

/** One alert-window table, ready to replace an SLO's burn-rate alerts. */
export interface AlertWindowsTable {
  period: string;
  periodSeconds: number;
  alerts: BurnRateAlert[];
  source: SourceRef;
}

const windowSchema = z
  .strictObject(
    {
      errorBudgetPercent: z
        .number(
          expect(
            'a percentage of the error budget, more than 0 and at most 100',
            'write e.g. errorBudgetPercent: 2',
          ),
        )
        .refine(
          (value) => value > 0 && value <= 100,
          expect(
            'a percentage of the error budget, more than 0 and at most 100',
            'write e.g. errorBudgetPercent: 2',
          ),
        ),
      shortWindow: duration(),
      longWindow: duration(),
    },
    mappingOf(
      ['errorBudgetPercent', 'shortWindow', 'longWindow'],
      'a mapping with errorBudgetPercent, shortWindow and longWindow',
      'write e.g. { errorBudgetPercent: 2, shortWindow: 5m, longWindow: 1h }',
    ),
  )
  .superRefine((window, ctx) => {
    const short = parseDuration(window.shortWindow);
    const long = parseDuration(window.longWindow);
    if (short !== undefined && long !== undefined && short >= long) {
      ctx.addIssue({
        code: 'custom',
        path: ['shortWindow'],
        message: problem(
          `must be shorter than longWindow (${window.longWindow})`,
          'use a short window of about 1/12 of the long one, e.g. shortWindow: 5m, longWindow: 1h',
        ),
      });
    }
  });

const quickSlow = (severity: string) =>
  z.strictObject(
    { quick: windowSchema, slow: windowSchema },
    mappingOf(
      ['quick', 'slow'],
      'a mapping with quick and slow',
      `write quick: and slow: under ${severity}:`,
    ),
  );

const alertWindowsSchema = z.strictObject(
  {
    apiVersion: z.string(),
    kind: z.string(),
    metadata: z.unknown().optional(),
    spec: z.strictObject(
      { sloPeriod: duration(), page: quickSlow('page'), ticket: quickSlow('ticket') },
      mappingOf(
        ['sloPeriod', 'page', 'ticket'],
        'a mapping with sloPeriod, page and ticket',
        'write spec: { sloPeriod: 30d, page: { quick: ..., slow: ... }, ticket: { quick: ..., slow: ... } }',
      ),
    ),
  },
  mappingOf(
    ['apiVersion', 'kind', 'metadata', 'spec'],
    'a Sloth AlertWindows',
    'write apiVersion: sloth.slok.dev/v1, kind: AlertWindows and spec:',
  ),
);

const ALERTS = [
  { severity: 'page', speed: 'quick', action: 'block' },
  { severity: 'page', speed: 'slow', action: 'block' },
  { severity: 'ticket', speed: 'quick', action: 'warn' },
  { severity: 'ticket', speed: 'slow', action: 'warn' },
] as const;

function seconds(text: string): number {
  const value = parseDuration(text);
  if (value === undefined) throw new Error(`not a duration after validation: ${text}`);
  return value;
}

export function alertWindowsTable(document: SpecDocument): AlertWindowsTable {
  const { context } = document;
  const { spec } = parseWith(alertWindowsSchema, document);
  const periodSeconds = seconds(spec.sloPeriod);
  const alerts = ALERTS.map(({ severity, speed, action }): BurnRateAlert => {
    const window = spec[severity][speed];
    const path = ['spec', severity, speed];
    const longSeconds = seconds(window.longWindow);
    if (longSeconds >= periodSeconds) {
      throw errorAt(
        context,
        [...path, 'longWindow'],
        `${pathLabel(path)}.longWindow ${window.longWindow} is not shorter than sloPeriod ${spec.sloPeriod}: the alert would measure the period against itself`,
        `use a long window shorter than ${spec.sloPeriod}`,
      );
    }
    return {
      long: window.longWindow,
      longSeconds,
      short: window.shortWindow,
      shortSeconds: seconds(window.shortWindow),
      budgetConsumed: Number((window.errorBudgetPercent / 100).toPrecision(15)),
      action,
    };
  });
  const { line, column } = positionOf(context.source, context.document, []);
  return {
    period: spec.sloPeriod,
    periodSeconds,
    alerts,
    source: { file: context.source.file, line, column },
  };
}

/** The SLO with the alerts of the table for its period; undefined when no table has its period. */
export function withAlertWindows(
  slo: SloDefinition,
  tables: readonly AlertWindowsTable[],
): PeriodAlerts | undefined {
  const table = tables.find((candidate) => candidate.periodSeconds === slo.windowSeconds);
  if (!table) return undefined;
  const alerts = table.alerts.map((alert) => ({ ...alert }));
  return { slo: { ...slo, policy: { ...slo.policy, burnRateAlerts: alerts } }, warnings: [] };
}

/** A second table for a period already covered is a mistake: which one would apply is a guess. */
export function rejectDuplicatePeriods(tables: readonly AlertWindowsTable[]): void {
  const seen = new Map<number, AlertWindowsTable>();
  for (const table of tables) {
    const earlier = seen.get(table.periodSeconds);
    if (earlier) {
      const first = `${earlier.source.file}:${earlier.source.line}:${earlier.source.column ?? 1}`;
      throw new UsageError(`AlertWindows for sloPeriod ${table.period} are already given at ${first}`, {
        ...table.source,
        fix: 'keep one AlertWindows per SLO period',
      });
    }
    seen.set(table.periodSeconds, table);
  }
}

/** `file:line:column: warning: ...` for each table whose period no SLO has. */
export function unusedTableWarnings(
  tables: readonly AlertWindowsTable[],
  slos: readonly SloDefinition[],
): string[] {
  return tables
    .filter((table) => !slos.some((slo) => slo.windowSeconds === table.periodSeconds))
    .map((table) =>
      formatUsageError(
        `warning: the AlertWindows for sloPeriod ${table.period} apply to no SLO: no SLO has a ${table.period} period`,
        { ...table.source, fix: 'give the SLOs it is meant for that period, or remove the include' },
      ),
    );
}
