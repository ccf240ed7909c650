/**
 * schema/report.schema.json is the published contract of `--format json`: a real report of
 * `node dist/cli.js check` (an SLO burning against a real Prometheus, a manifest with a finding)
 * validates against it, and holds no field the schema does not describe.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import {
  FIXED_END,
  HOUR,
  type RunningPrometheus,
  startPrometheus,
  steady,
  stepChange,
} from '../support/prometheus.js';

const T = FIXED_END;
const STEP = 60;

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as JsonSchema;

let prometheus: RunningPrometheus;
let dir: string;

beforeAll(async () => {
  prometheus = await startPrometheus({
    series: [
      { name: 'http_requests', labels: { route: '/cart', code: '200' }, ratePerSecond: steady(10) },
      // /refund fails at 1 req/s for the last 2 hours: a fast burn the attribution hint names.
      {
        name: 'http_requests',
        labels: { route: '/refund', code: '503' },
        ratePerSecond: stepChange(T - 2 * HOUR, 0, 1),
      },
    ],
    start: T - 2 * 24 * HOUR,
    end: T,
    step: STEP,
  });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-report-schema-'));
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function checkReport(): { code: number | null; stdout: string; stderr: string } {
  const config = join(dir, 'slo-gate.yaml');
  writeFileSync(
    config,
    `slos:
  - name: checkout
    objective: 99.9
    window: 30d
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total[{{.window}}]))
    attribution: [route]
`,
  );
  const manifest = join(dir, 'service.yaml');
  // A Service whose selector matches no pod of the bundle: one service-selects-no-pods finding.
  writeFileSync(
    manifest,
    `apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
`,
  );
  const args = ['dist/cli.js', 'check', '--config', config, '--manifests', manifest];
  const result = spawnSync(
    process.execPath,
    [...args, '--prometheus-url', prometheus.url, '--at', String(T), '--format', 'json'],
    { encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every key of `value` the schema does not name, as dotted paths ("slos.0.extra"). */
function undescribedKeys(value: unknown, at: JsonSchema, path: string[] = []): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, k) => undescribedKeys(item, at.items ?? {}, [...path, String(k)]));
  if (value === null || typeof value !== 'object' || !at.properties) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const described = at.properties![key];
    return described === undefined
      ? [[...path, key].join('.')]
      : undescribedKeys(child, described, [...path, key]);
  });
}

describe('schema/report.schema.json', () => {
  let result: ReturnType<typeof checkReport>;
  beforeAll(() => {
    result = checkReport();
  });

  it('a real check report (SLO, finding and hint) validates against it', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    // The report exercises every part of the schema.
    expect(report.slos).toHaveLength(1);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['service-selects-no-pods']);
    expect(report.hints.length).toBeGreaterThan(0);

    const ajv = new Ajv({ allErrors: true });
    const valid = ajv.validate(schema, report);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the report holds no field the schema does not describe', () => {
    expect(undescribedKeys(JSON.parse(result.stdout), schema)).toEqual([]);
  });

  it('version 1 is printed first', () => {
    expect(result.stdout.startsWith('{\n  "version": 1,\n')).toBe(true);
  });

  it('rejects a report that lost a field or changed its meaning', () => {
    const report = JSON.parse(result.stdout);
    const ajv = new Ajv();
    const withoutVerdict = { ...report };
    delete withoutVerdict.verdict;
    expect(ajv.validate(schema, withoutVerdict)).toBe(false);
    expect(ajv.validate(schema, { ...report, version: 2 })).toBe(false);
    expect(ajv.validate(schema, { ...report, verdict: 'fail' })).toBe(false);
  });
});
