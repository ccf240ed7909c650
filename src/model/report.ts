/**
 * The report: what one run of the gate found, as every renderer draws it and `--format json` prints it.
 * One zod schema is its definition: the types below are inferred from it, reports read back (the
 * Action's `report` input) are checked with it, and schema/report.schema.json is generated from it.
 */
import { z } from 'zod';

/** Changes only when a field changes meaning or disappears; new fields may appear without it. */
export const REPORT_VERSION = 1;

// Bounds for reports read back from files an untrusted pull request may have written.
const text = z.string().max(10_000);
const ratio = z.number().nullable();

export const VerdictSchema = z
  .enum(['pass', 'warn', 'block'])
  .describe('pass and warn exit 0, block exits 1 (unless the mode is advisory)');
export type Verdict = z.infer<typeof VerdictSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const SloStatusSchema = z.enum(['pass', 'warn', 'block', 'nodata', 'error']);
export type SloStatus = z.infer<typeof SloStatusSchema>;

export const SloQuerySchema = z.object({
  window: text.describe('The window the query was evaluated over, as written ("1h", "30d")'),
  promql: text.describe('The PromQL sent to Prometheus'),
});
export type SloQuery = z.infer<typeof SloQuerySchema>;

export const SlowQuerySchema = z.object({
  window: text.describe('The window the query measured, as written ("30d")'),
  promql: text,
  seconds: z.number().describe('How long Prometheus took to answer (or until the gate gave up)'),
  timedOut: z.boolean().optional().describe('Set when the query did not answer within its timeout'),
});
export type SlowQuery = z.infer<typeof SlowQuerySchema>;

export const SloResultSchema = z.object({
  name: text,
  objective: z.number().describe('Objective as a fraction: 99.9 % is 0.999'),
  window: text.describe('The SLO period as written ("30d"), or "calendar month" / "calendar week"'),
  status: SloStatusSchema,
  errorBudgetRemaining: ratio.describe(
    "Fraction of the period's error budget left (0.25 = 25 %); negative when overspent; null without data",
  ),
  burnRates: z
    .record(z.string().max(20), ratio)
    .describe(
      'Burn rate per window ("1h": 14.4 = budget spent 14.4 times as fast as allowed); null without traffic',
    ),
  exhaustsIn: text
    .nullable()
    .describe('ISO 8601 duration until the budget is gone at the current 1h burn; null when not burning'),
  periodEnd: text
    .optional()
    .describe('RFC 3339: when the calendar period ends and its error budget resets; only for calendar SLOs'),
  reasons: z.array(text),
  queries: z.array(SloQuerySchema),
  warnings: z
    .array(text)
    .optional()
    .describe('Warnings Prometheus (or Thanos, on partial responses) sent with the answers; only when any'),
  slowQueries: z
    .array(SlowQuerySchema)
    .max(100)
    .optional()
    .describe(
      'Queries of this SLO that took a second or more, or timed out: candidates for recording rules; only when any',
    ),
});
export type SloResult = z.infer<typeof SloResultSchema>;

export const FindingSchema = z.object({
  ruleId: text,
  severity: SeveritySchema,
  file: text,
  line: z.number().int().describe('1-based'),
  column: z.number().int().describe('1-based'),
  resource: text.describe('"Kind/namespace/name", or "Kind/name" for cluster-scoped kinds'),
  message: text,
  hint: text.optional().describe('What to change, and where'),
});
export type Finding = z.infer<typeof FindingSchema>;

export const HintSchema = z.object({
  id: text,
  title: text,
  evidence: z.array(text),
  slo: text.optional().describe('The SLO the hint explains, when it explains one'),
});
export type Hint = z.infer<typeof HintSchema>;

export const NetpolCauseSchema = z.object({
  policy: text
    .optional()
    .describe('"namespace/name" of the NetworkPolicy; absent when a workload came or went'),
  file: text.optional(),
  line: z
    .number()
    .int()
    .optional()
    .describe('1-based: the rule, or the policy when the whole policy is the cause'),
  column: z.number().int().optional(),
  rule: text.optional().describe('"spec.ingress[0]"'),
  inBaseline: z.boolean().optional().describe('The location is in the baseline (a policy deleted since)'),
  reason: text,
});
export type NetpolCause = z.infer<typeof NetpolCauseSchema>;

export const NetpolChangeSchema = z.object({
  kind: z.enum(['removed', 'added', 'changed']),
  from: text.describe('"namespace/name[Kind]", or an address range outside the cluster'),
  to: text,
  before: text.describe(
    'Ports allowed in the baseline: "TCP 8080,UDP 53", "All Connections", "No Connections"',
  ),
  after: text,
  lost: text.optional().describe('Ports allowed before and not after; absent when none'),
  undecided: text
    .optional()
    .describe(
      'Ports the manifests no longer let the model judge (undeclared namespace labels, ipBlocks over the pod network)',
    ),
  required: z
    .array(
      z.object({
        from: text,
        to: text,
        port: z.union([z.number(), text]).optional(),
        line: z.number().int().optional(),
      }),
    )
    .describe('network.required entries this change cuts: each blocks'),
  observed: text
    .optional()
    .describe(
      'Traffic Prometheus saw on this removed connection (network.observed): "frontend → checkout:8080 carried 1,240 req/s in the last hour and is denied after this release"; blocks',
    ),
  causes: z.array(NetpolCauseSchema).max(1_000),
});
export type NetpolChange = z.infer<typeof NetpolChangeSchema>;

export const NetpolDiffSchema = z
  .object({
    baseline: text.describe('What the release was compared with: a path, or "REF (git)"'),
    config: text.optional().describe('The config file whose network.required lines `required` gives'),
    verdict: VerdictSchema,
    changes: z.array(NetpolChangeSchema).max(1_000_000),
    notes: z
      .array(text)
      .max(100)
      .optional()
      .describe('What the diff could not check: "observed traffic not checked: <why>"'),
  })
  .describe('NetworkPolicy impact: connections the release removes, adds and changes (network.baseline)');
export type NetpolDiffReport = z.infer<typeof NetpolDiffSchema>;

export const ReportSchema = z
  .object({
    version: z
      .literal(REPORT_VERSION)
      .default(REPORT_VERSION)
      .describe('The report format; a report without it (written before it existed) is version 1'),
    verdict: VerdictSchema,
    evaluatedAt: text.describe(
      'RFC 3339: the pinned evaluation time of every instant query (--at, or the run start, on Thanos and Mimir rounded down to prometheus.alignTime)',
    ),
    slos: z.array(SloResultSchema).max(10_000),
    findings: z.array(FindingSchema).max(100_000),
    hints: z.array(HintSchema).max(10_000),
    netpol: NetpolDiffSchema.optional(),
  })
  .describe('A slo-gate report');
export type Report = z.infer<typeof ReportSchema>;
