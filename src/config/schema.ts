/**
 * The shape of slo-gate.yaml as written by a user, as zod schemas with the wording of every
 * message. Values are checked here; defaults and policy merging happen in resolve.ts.
 */
import { z } from 'zod';
import { allowEntryProblem } from '../k8s/images.js';
import { isLabelName, isMetricName } from '../promql/index.js';
import { parseDuration } from '../slo/duration.js';
import { expect, mappingOf, problem } from './issues.js';
import { calendarPeriod, sloWindow } from './period.js';

export const SLO_NAME = /^[A-Za-z0-9_.:-]+$/;

const DURATION_FIX =
  'write a Prometheus duration: a whole number and a unit (ms, s, m, h, d, w, y), e.g. "5m", "1h", "30d"';

export function duration() {
  const wording = expect('a duration such as "5m", "1h" or "30d"', DURATION_FIX);
  return z.string(wording).refine((text) => parseDuration(text) !== undefined, wording);
}

/** "99.9", "99.9%" or " 99.9 % " as written in a string. */
const PERCENT_TEXT = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/;

/**
 * An objective in percent, as slo-gate and Sloth write it: 99.9 or "99.9%". A value of 1 or less
 * is refused, because it is almost always a fraction as Pyrra and OpenSLO write it (0.999), which
 * read as a percent would leave nearly all requests as budget and switch the gate off silently.
 */
export function objectivePercent() {
  const wording = expect(
    'a percentage between 0 and 100 (exclusive)',
    'write the objective as a percent, e.g. 99.9 or "99.9%"',
  );
  return z.union([z.number(), z.string()], wording).transform((written, ctx) => {
    const text = typeof written === 'string' ? PERCENT_TEXT.exec(written) : null;
    const value = typeof written === 'number' ? written : text ? Number(text[1]) : undefined;
    const refuse = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (value === undefined || !Number.isFinite(value) || value <= 0 || value > 100) {
      return refuse(wording.error());
    }
    if (value === 100) {
      return refuse(
        problem(
          'is 100 %, which leaves no error budget: any single error would exhaust it',
          'write the objective below 100, e.g. 99.9 or 99.99',
        ),
      );
    }
    if (value <= 1 && typeof written === 'number') {
      const percent = Number((value * 100).toPrecision(12));
      const guess = percent < 100 ? `did you mean ${percent}?` : 'an objective is below 100, e.g. 99.9';
      return refuse(
        problem(
          `${written} looks like a fraction; slo-gate takes percent — ${guess}`,
          percent < 100 ? `write objective: ${percent}` : 'write the objective as a percent, e.g. 99.9',
        ),
      );
    }
    if (value <= 1) {
      return refuse(
        problem(
          `is ${String(written).trim()}, which lets more than 99 % of requests fail; an objective of 1 % or less is refused as a mistake`,
          'write the objective as a percent, e.g. 99.9',
        ),
      );
    }
    return value;
  });
}

export function sloName() {
  const wording = expect(
    'a name of letters, digits and _ . : -',
    'use only letters, digits and _ . : - in the name, e.g. checkout-availability',
  );
  return z.string(wording).regex(SLO_NAME, wording);
}

export function queryTemplate() {
  const wording = expect(
    'a PromQL query template (a string)',
    'write the query as a string, e.g. sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))',
  );
  return z.string(wording).min(1, wording);
}

/** A latency threshold as a duration ("300ms", "1s") or a number of seconds (0.3); seconds out. */
export function latencyThreshold() {
  const wording = expect(
    'a duration such as "300ms" or "1s", or a number of seconds',
    'write e.g. threshold: 300ms (the bucket boundary le="0.3")',
  );
  return z.union([z.string(), z.number()], wording).transform((written, ctx) => {
    const seconds = typeof written === 'number' ? written : thresholdSeconds(written);
    if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) {
      ctx.addIssue({ code: 'custom', message: wording.error() });
      return z.NEVER;
    }
    return { text: String(written).trim(), seconds };
  });
}

/** Seconds of a duration, exact to the millisecond: "300ms" is 0.3, not 300 × 0.001 = 0.30000000000000004. */
function thresholdSeconds(text: string): number | undefined {
  const seconds = parseDuration(text);
  return seconds === undefined ? undefined : Math.round(seconds * 1000) / 1000;
}

/** A PromQL metric name, e.g. a histogram's base name. */
export function metricName(fix: string) {
  const wording = expect('a metric name (letters, digits, _ and :)', fix);
  return z.string(wording).refine(isMetricName, wording);
}

/** A number passing `test`; one wording for "not a number" and "out of range". */
function numberWhere(test: (value: number) => boolean, expected: string, fix: string) {
  const wording = expect(expected, fix);
  return z.number(wording).refine(test, wording);
}

function wholeNumber(min: number, max: number, example: string) {
  return numberWhere(
    (value) => Number.isInteger(value) && value >= min && value <= max,
    `a whole number from ${min} to ${max}`,
    `write e.g. ${example}`,
  );
}

/** Beyond an hour the numbers would be too old to gate a release on. */
const MAX_ALIGN_TIME_SECONDS = 3600;

/**
 * prometheus.alignTime as seconds: a duration up to an hour, or 0 (also "0", "off", false) for the
 * exact evaluation time; undefined when it is neither.
 */
export function alignTimeSeconds(written: number | string | boolean): number | undefined {
  if (written === 0 || written === false || written === '0' || written === 'off') return 0;
  if (typeof written !== 'string') return undefined;
  const seconds = parseDuration(written);
  return seconds !== undefined && seconds <= MAX_ALIGN_TIME_SECONDS ? seconds : undefined;
}

function alignTime() {
  const wording = expect(
    'a duration up to 1h such as "1m", or 0 (off) for the exact evaluation time',
    'write e.g. alignTime: 1m, or alignTime: 0 to query at the exact time',
  );
  return z
    .union([z.number(), z.string(), z.boolean()], wording)
    .refine((written) => alignTimeSeconds(written) !== undefined, wording);
}

function nonEmptyString(expected: string, fix: string) {
  const wording = expect(expected, fix);
  return z.string(wording).min(1, wording);
}

const filePath = (what: string) => nonEmptyString('a file path', `write the path of the ${what}`);

/** http(s) URL without credentials, query or fragment (they would leak into logs, or break path joins). */
export function isPrometheusUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === ''
  );
}

export const PROMETHEUS_URL_EXPECTED = 'an http:// or https:// URL without credentials, query or fragment';
export const PROMETHEUS_URL_FIX =
  'write the base URL, e.g. http://prometheus.monitoring:9090 (a path prefix such as /prometheus is fine; credentials go in basicAuth or bearerTokenFile)';

// RFC 9110 token characters: what Node accepts as a header name.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const BASIC_AUTH_KEYS = ['username', 'password', 'passwordFile'];
const basicAuthSchema = z
  .strictObject(
    {
      username: z.string(expect('a string', 'write the user name')),
      password: z.string(expect('a string', 'quote the password', { secret: true })).optional(),
      passwordFile: filePath('file holding the password').optional(),
    },
    mappingOf(
      BASIC_AUTH_KEYS,
      'a mapping with username and password or passwordFile',
      'write e.g. basicAuth: { username: gate, passwordFile: /secrets/password }',
    ),
  )
  .superRefine((auth, ctx) => {
    if ((auth.password === undefined) === (auth.passwordFile === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: problem(
          'needs exactly one of password or passwordFile',
          'give the password inline (password) or in a file (passwordFile), not both or neither',
        ),
      });
    }
  });

const TLS_KEYS = ['caFile', 'certFile', 'keyFile', 'insecureSkipVerify'];
const tlsSchema = z
  .strictObject(
    {
      caFile: filePath('CA certificate (PEM)').optional(),
      certFile: filePath('client certificate (PEM)').optional(),
      keyFile: filePath('client key (PEM)').optional(),
      insecureSkipVerify: z
        .boolean(expect('true or false', 'write insecureSkipVerify: true or false'))
        .optional(),
    },
    mappingOf(TLS_KEYS, 'a mapping', 'write e.g. tls: { caFile: /etc/ssl/prometheus-ca.pem }'),
  )
  .superRefine((tls, ctx) => {
    if ((tls.certFile === undefined) !== (tls.keyFile === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: problem(
          'needs both certFile and keyFile for a client certificate',
          'give both files, or neither',
        ),
      });
    }
  });

const PROMETHEUS_KEYS = [
  'url',
  'headers',
  'bearerTokenFile',
  'basicAuth',
  'tls',
  'timeout',
  'periodTimeout',
  'maxPeriodSamples',
  'alignTime',
  'retries',
  'concurrency',
];
const prometheusSchema = z
  .strictObject(
    {
      url: z
        .string(expect(PROMETHEUS_URL_EXPECTED, PROMETHEUS_URL_FIX))
        .refine(isPrometheusUrl, expect(PROMETHEUS_URL_EXPECTED, PROMETHEUS_URL_FIX)),
      headers: z
        .record(
          z.string(),
          // Header values may be credentials: never echoed.
          z
            .string(expect('a string', 'quote the header value, e.g. "1234"', { secret: true }))
            .refine(
              (value) => !/[\r\n]/.test(value),
              expect('a single-line string', 'remove the line break from the header value', { secret: true }),
            ),
          expect('a mapping of header names to values', 'write e.g. headers: { X-Scope-OrgID: team-a }'),
        )
        .superRefine((headers, ctx) => {
          for (const name of Object.keys(headers)) {
            if (!HEADER_NAME.test(name)) {
              ctx.addIssue({
                code: 'custom',
                path: [name],
                message: problem(
                  'is not a valid HTTP header name',
                  'use letters, digits and - in header names',
                ),
              });
            }
          }
        })
        .optional(),
      bearerTokenFile: filePath('file holding the bearer token').optional(),
      basicAuth: basicAuthSchema.optional(),
      tls: tlsSchema.optional(),
      timeout: duration().optional(),
      periodTimeout: duration().optional(),
      maxPeriodSamples: numberWhere(
        (value) => Number.isSafeInteger(value) && value >= 1,
        'a whole number of samples, at least 1',
        'write e.g. maxPeriodSamples: 50000000',
      ).optional(),
      alignTime: alignTime().optional(),
      retries: wholeNumber(0, 10, 'retries: 2').optional(),
      concurrency: wholeNumber(1, 256, 'concurrency: 8').optional(),
    },
    mappingOf(
      PROMETHEUS_KEYS,
      'a mapping with at least url',
      'write e.g. prometheus: { url: http://prometheus:9090 }',
    ),
  )
  .superRefine((prometheus, ctx) => {
    if (prometheus.bearerTokenFile !== undefined && prometheus.basicAuth !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['basicAuth'],
        message: problem(
          'cannot be used together with bearerTokenFile (both set the Authorization header)',
          'keep one of basicAuth or bearerTokenFile',
        ),
      });
    }
  });

const ALERT_KEYS = ['long', 'short', 'budgetConsumed', 'factor', 'action'];
const burnRateAlertSchema = z
  .strictObject(
    {
      long: duration(),
      short: duration(),
      budgetConsumed: numberWhere(
        (value) => value > 0 && value <= 1,
        'a fraction of the budget, more than 0 and at most 1',
        'write e.g. budgetConsumed: 0.02 (2 % of the budget)',
      ).optional(),
      factor: numberWhere(
        (value) => value > 0,
        'a burn-rate factor greater than 0',
        'write e.g. factor: 14.4',
      ).optional(),
      action: z.enum(['block', 'warn'], expect('block or warn', 'write action: block or action: warn')),
    },
    mappingOf(
      ALERT_KEYS,
      'a mapping with long, short, budgetConsumed or factor, and action',
      'write e.g. { long: 1h, short: 5m, budgetConsumed: 0.02, action: block }',
    ),
  )
  .superRefine((alert, ctx) => {
    if ((alert.budgetConsumed === undefined) === (alert.factor === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: problem(
          'needs exactly one of budgetConsumed or factor',
          'give the budget share (budgetConsumed: 0.02) or the burn rate (factor: 14.4), not both or neither',
        ),
      });
    }
    const long = parseDuration(alert.long);
    const short = parseDuration(alert.short);
    if (long !== undefined && short !== undefined && short >= long) {
      ctx.addIssue({
        code: 'custom',
        path: ['short'],
        message: problem(
          `must be shorter than the long window (${alert.long})`,
          'use a short window of about 1/12 of the long one, e.g. long: 1h, short: 5m',
        ),
      });
    }
  });

const ACTION_FIX = (key: string) => `write ${key}: pass, warn or block`;

const MAX_BURN_RATE_KEYS = ['factor', 'window'];
const maxBurnRateSchema = z.strictObject(
  {
    factor: numberWhere((value) => value > 0, 'a burn-rate factor greater than 0', 'write e.g. factor: 2.5'),
    window: duration(),
  },
  mappingOf(
    MAX_BURN_RATE_KEYS,
    'a mapping with factor and window',
    'write e.g. maxBurnRate: { factor: 2.5, window: 1h }',
  ),
);

const POLICY_KEYS = [
  'budgetExhausted',
  'budgetWarnBelow',
  'budgetBlockBelow',
  'burnRateAlerts',
  'maxBurnRate',
  'minEvents',
  'onPrometheusError',
];
/** Every key optional: the global policy and an SLO's `policy:` both override the defaults. */
export const policySchema = z
  .strictObject(
    {
      budgetExhausted: z
        .enum(
          ['block', 'warn'],
          expect('block or warn', 'write budgetExhausted: block or budgetExhausted: warn'),
        )
        .optional(),
      budgetWarnBelow: numberWhere(
        (value) => value >= 0 && value <= 1,
        'a fraction from 0 to 1',
        'write e.g. budgetWarnBelow: 0.25 (warn below 25 % remaining)',
      ).optional(),
      budgetBlockBelow: numberWhere(
        (value) => value >= 0 && value <= 1,
        'a fraction from 0 to 1',
        'write e.g. budgetBlockBelow: 0.1 (block below 10 % remaining)',
      ).optional(),
      burnRateAlerts: z
        .array(
          burnRateAlertSchema,
          expect(
            'a list of burn-rate alerts',
            'write e.g. burnRateAlerts: [{ long: 1h, short: 5m, budgetConsumed: 0.02, action: block }]',
          ),
        )
        .optional(),
      maxBurnRate: maxBurnRateSchema.optional(),
      minEvents: numberWhere(
        (value) => value >= 0,
        'a number of events, 0 or more',
        'write e.g. minEvents: 100',
      ).optional(),
      onPrometheusError: z
        .enum(['block', 'warn', 'pass'], expect('block, warn or pass', ACTION_FIX('onPrometheusError')))
        .optional(),
    },
    mappingOf(POLICY_KEYS, 'a mapping of policy settings', 'write e.g. policy: { budgetWarnBelow: 0.25 }'),
  )
  .superRefine((policy, ctx) => {
    const { budgetBlockBelow: block, budgetWarnBelow: warn } = policy;
    if (block !== undefined && warn !== undefined && block >= warn) {
      ctx.addIssue({
        code: 'custom',
        path: ['budgetBlockBelow'],
        message: problem(
          `must be below budgetWarnBelow (${warn}), or the SLO blocks before it ever warns`,
          'lower budgetBlockBelow or raise budgetWarnBelow, e.g. budgetWarnBelow: 0.25 and budgetBlockBelow: 0.1',
        ),
      });
    }
  });
export type PolicyInput = z.infer<typeof policySchema>;

const LATENCY_KEYS = ['histogram', 'selector', 'threshold', 'native'];
const latencySchema = z
  .strictObject(
    {
      histogram: metricName('write the histogram name without a suffix, e.g. http_request_duration_seconds'),
      selector: z
        .string(expect('label matchers (a string)', 'write e.g. selector: \'{service="checkout"}\''))
        .optional(),
      threshold: latencyThreshold(),
      native: z.boolean(expect('true or false', 'write native: true for a native histogram')).optional(),
    },
    mappingOf(
      LATENCY_KEYS,
      'a mapping with histogram and threshold',
      'write e.g. latency: { histogram: http_request_duration_seconds, threshold: 300ms }',
    ),
  )
  .superRefine((latency, ctx) => {
    const suffix = /_(bucket|count|sum)$/.exec(latency.histogram);
    if (suffix && !latency.native) {
      ctx.addIssue({
        code: 'custom',
        path: ['histogram'],
        message: problem(
          `names the ${suffix[1]} series; slo-gate reads both _bucket and _count from the histogram's base name`,
          `write histogram: ${latency.histogram.slice(0, suffix.index)}`,
        ),
      });
    }
  });

/** `events:` and `raw:` as slo-gate and Sloth's Kubernetes form both write them (camelCase keys). */
export const eventsSliSchema = z.strictObject(
  { errorQuery: queryTemplate(), totalQuery: queryTemplate() },
  mappingOf(
    ['errorQuery', 'totalQuery'],
    'a mapping with errorQuery and totalQuery',
    'write errorQuery: and totalQuery: under events:',
  ),
);
export const rawSliSchema = z.strictObject(
  { errorRatioQuery: queryTemplate() },
  mappingOf(['errorRatioQuery'], 'a mapping with errorRatioQuery', 'write errorRatioQuery: under raw:'),
);

const SLI_KINDS = ['events', 'raw', 'latency', 'boolGauge'];
const sliSchema = z
  .strictObject(
    {
      events: eventsSliSchema.optional(),
      raw: rawSliSchema.optional(),
      latency: latencySchema.optional(),
      boolGauge: z
        .strictObject(
          {
            query: z.string(
              expect('a metric selector (a string)', 'write e.g. query: \'probe_success{job="blackbox"}\''),
            ),
          },
          mappingOf(['query'], 'a mapping with query', 'write e.g. boolGauge: { query: \'up{job="api"}\' }'),
        )
        .optional(),
    },
    mappingOf(
      SLI_KINDS,
      'a mapping with events, raw, latency or boolGauge',
      'write sli: { events: { errorQuery: ..., totalQuery: ... } }',
    ),
  )
  .superRefine((sli, ctx) => {
    const written = SLI_KINDS.filter((kind) => sli[kind as keyof typeof sli] !== undefined);
    if (written.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: problem(
          written.length === 0
            ? 'needs exactly one of events (errorQuery and totalQuery) or raw (errorRatioQuery), latency or boolGauge'
            : `needs exactly one of events, raw, latency or boolGauge, not ${written.join(' and ')}`,
          written.length === 0 ? 'write one of events:, raw:, latency: or boolGauge:' : 'keep one of them',
        ),
      });
    }
  });

const SLO_KEYS = [
  'name',
  'objective',
  'description',
  'window',
  'calendar',
  'sli',
  'attribution',
  'onNoData',
  'source',
  'policy',
];
const sloSchema = z.strictObject(
  {
    name: sloName(),
    objective: objectivePercent(),
    description: z.string(expect('a string', 'quote the description')).optional(),
    window: sloWindow().optional(),
    calendar: calendarPeriod().optional(),
    sli: sliSchema,
    attribution: z
      .array(
        z
          .string(expect('a label name', 'write label names such as route or code'))
          .refine(
            isLabelName,
            expect(
              'a label name (letters, digits and _, not starting with a digit)',
              'write label names such as route or code',
            ),
          ),
        expect('a list of label names', 'write e.g. attribution: [route, code]'),
      )
      .optional(),
    onNoData: z
      .enum(['pass', 'warn', 'block'], expect('pass, warn or block', ACTION_FIX('onNoData')))
      .optional(),
    source: z
      .enum(
        ['sloth', 'pyrra', 'raw'],
        expect(
          'sloth, pyrra or raw',
          'write source: sloth (Sloth recording rules), source: pyrra (Pyrra recording rules) or source: raw',
        ),
      )
      .optional(),
    policy: policySchema.optional(),
  },
  mappingOf(
    SLO_KEYS,
    'a mapping with name, objective and sli',
    'write e.g. { name: checkout-availability, objective: 99.9, sli: ... }',
  ),
);
export type SloInput = z.infer<typeof sloSchema>;

const RULE_SEVERITIES = ['off', 'error', 'warning', 'info'] as const;
const MANIFESTS_KEYS = [
  'paths',
  'rules',
  'namespace',
  'strictReferences',
  'dns',
  'ingressController',
  'images',
];
const IMAGES_KEYS = ['allow'];
/** manifests.images: the registry/prefixes of image-not-allowed. */
const imagesSchema = z.strictObject(
  {
    allow: z
      .array(
        z
          .string(expect('a registry/prefix', 'write e.g. registry.example.com/shop/'))
          .superRefine((entry, ctx) => {
            const problem = allowEntryProblem(entry);
            if (problem)
              ctx.addIssue({
                code: 'custom',
                message: expect(
                  `a registry/prefix (${problem})`,
                  'write the registry host first, e.g. ghcr.io/acme/ or docker.io/library/nginx',
                ).error(),
              });
          }),
        expect(
          'a list of registry/prefixes',
          'write e.g. allow: [registry.example.com/shop/, ghcr.io/acme/]',
        ),
      )
      .optional(),
  },
  mappingOf(
    IMAGES_KEYS,
    'a mapping with allow',
    'write e.g. images: { allow: [registry.example.com/shop/] }',
  ),
);
const PODS_KEYS = ['namespace', 'podLabels'];
/** Where a cluster component runs: its namespace and the labels of its pods. */
const podsSchema = (what: string) =>
  z.strictObject(
    {
      namespace: nonEmptyString('a namespace', `write the namespace ${what} runs in`),
      podLabels: z.record(
        z.string(),
        z.string(expect('a string', 'quote the label value')),
        expect('a mapping of pod labels', 'write e.g. podLabels: { app.kubernetes.io/name: ingress-nginx }'),
      ),
    },
    mappingOf(
      PODS_KEYS,
      'a mapping with namespace and podLabels',
      `write the namespace and pod labels of ${what}`,
    ),
  );
const manifestsSchema = z.strictObject(
  {
    namespace: nonEmptyString(
      'a namespace',
      'write the namespace of resources that name none, e.g. default',
    ).optional(),
    strictReferences: z.boolean(expect('true or false', 'write strictReferences: true')).optional(),
    dns: podsSchema('cluster DNS (CoreDNS)').optional(),
    ingressController: podsSchema('the ingress controller').optional(),
    images: imagesSchema.optional(),
    paths: z
      .array(
        nonEmptyString('a path', 'write a file or folder path'),
        expect('a list of paths', 'write e.g. paths: [deploy/]'),
      )
      .optional(),
    rules: z
      .record(
        z.string(),
        z.enum(RULE_SEVERITIES, expect('off, error, warning or info', 'write e.g. sts-no-pdb: off')),
        expect('a mapping of rule ids to severities', 'write e.g. rules: { sts-no-pdb: off }'),
      )
      .optional(),
  },
  mappingOf(MANIFESTS_KEYS, 'a mapping with paths and rules', 'write e.g. manifests: { paths: [deploy/] }'),
);

const HINTS_KEYS = ['metrics', 'memorySaturation'];
const METRICS_LABEL_KEYS = ['namespaceLabel', 'podLabel', 'containerLabel'];
const labelName = (what: string) =>
  z
    .string(expect('a Prometheus label name', `write the label that carries the ${what}, e.g. ${what}`))
    .refine(
      isLabelName,
      expect('a Prometheus label name', `write the label that carries the ${what}, e.g. ${what}`),
    );
/** The hook's root-cause hints: the labels of kube-state-metrics and cAdvisor series, the OOM warning's share. */
const hintsSchema = z.strictObject(
  {
    metrics: z
      .strictObject(
        {
          namespaceLabel: labelName('namespace').optional(),
          podLabel: labelName('pod').optional(),
          containerLabel: labelName('container').optional(),
        },
        mappingOf(
          METRICS_LABEL_KEYS,
          'a mapping with namespaceLabel, podLabel and containerLabel',
          'write e.g. metrics: { podLabel: pod_name }',
        ),
      )
      .optional(),
    memorySaturation: z
      .number(expect('a share between 0 and 1', 'write e.g. memorySaturation: 0.9 (90 % of the limit)'))
      .gt(0, expect('a share between 0 and 1', 'write e.g. memorySaturation: 0.9 (90 % of the limit)'))
      .max(1, expect('a share between 0 and 1', 'write e.g. memorySaturation: 0.9 (90 % of the limit)'))
      .optional(),
  },
  mappingOf(
    HINTS_KEYS,
    'a mapping with metrics and memorySaturation',
    'write e.g. hints: { memorySaturation: 0.9 }',
  ),
);

const NETWORK_KEYS = ['baseline', 'required', 'namespaceLabels', 'podNetworks', 'observed'];
const OBSERVED_KEYS = ['metrics', 'window'];
const observedSchema = z.strictObject(
  {
    metrics: z.enum(
      ['istio', 'linkerd', 'hubble'],
      expect('istio, linkerd or hubble', 'write the mesh whose metrics Prometheus has, e.g. metrics: istio'),
    ),
    window: duration().optional(),
  },
  mappingOf(
    OBSERVED_KEYS,
    'a mapping with metrics and window',
    'write e.g. observed: { metrics: istio, window: 1h }',
  ),
);
const REQUIRED_CONNECTION_KEYS = ['from', 'to', 'port'];
/** A port as `network.required` takes it: 8080, "8080/TCP", "53/UDP". */
const REQUIRED_PORT = /^[0-9]{1,5}(\/(TCP|UDP|SCTP))?$/i;
const requiredConnectionSchema = z.strictObject(
  {
    from: nonEmptyString('a workload', 'write the source workload as name or namespace/name'),
    to: nonEmptyString('a workload', 'write the destination workload as name or namespace/name'),
    port: z
      .union(
        [
          z.number().int().min(1).max(65535),
          z
            .string()
            .regex(REQUIRED_PORT)
            .refine((text) => Number(text.split('/')[0]) <= 65535),
        ],
        expect('a port such as 8080 or "53/UDP"', 'write e.g. port: 8080'),
      )
      .optional(),
  },
  mappingOf(
    REQUIRED_CONNECTION_KEYS,
    'a mapping with from, to and port',
    'write e.g. - { from: frontend, to: checkout, port: 8080 }',
  ),
);
const networkSchema = z.strictObject(
  {
    baseline: nonEmptyString(
      'a path, git ref or live',
      'write the previous manifests as a folder, a git ref such as origin/main, or live (the cluster, in the hook)',
    ).optional(),
    required: z
      .array(
        requiredConnectionSchema,
        expect(
          'a list of connections',
          'write e.g. required: [{ from: frontend, to: checkout, port: 8080 }]',
        ),
      )
      .optional(),
    namespaceLabels: z
      .record(
        z.string(),
        z.record(z.string(), z.string(expect('a string', 'quote the label value'))),
        expect(
          'a mapping of namespaces to their labels',
          'write e.g. namespaceLabels: { shop: { team: web } }',
        ),
      )
      .optional(),
    podNetworks: z
      .array(
        nonEmptyString('a CIDR', 'write the pod network as e.g. 10.244.0.0/16'),
        expect('a list of CIDRs', 'write e.g. podNetworks: [10.244.0.0/16]'),
      )
      .optional(),
    observed: observedSchema.optional(),
  },
  mappingOf(
    NETWORK_KEYS,
    'a mapping with required',
    'write e.g. network: { required: [{ from: frontend, to: checkout, port: 8080 }] }',
  ),
);

export const CONFIG_KEYS = [
  'prometheus',
  'slos',
  'include',
  'policy',
  'mode',
  'manifests',
  'hints',
  'network',
];
export const configSchema = z.strictObject(
  {
    prometheus: prometheusSchema.optional(),
    // `slos:` with every item commented out is an empty list, not a mistake.
    slos: z
      .array(sloSchema, expect('a list of SLOs', 'write each SLO as a list item: - name: ...'))
      .nullish(),
    include: z
      .array(
        nonEmptyString('a file path', 'write the path of a Sloth spec file'),
        expect('a list of file paths', 'write e.g. include: [slos/checkout.sloth.yaml]'),
      )
      .nullish(),
    policy: policySchema.optional(),
    mode: z
      .enum(['enforce', 'advisory'], expect('enforce or advisory', 'write mode: enforce or mode: advisory'))
      .optional(),
    manifests: manifestsSchema.optional(),
    hints: hintsSchema.optional(),
    network: networkSchema.optional(),
  },
  mappingOf(CONFIG_KEYS, 'a mapping', 'start the file with keys such as prometheus: and slos:'),
);
export type ConfigInput = z.infer<typeof configSchema>;
