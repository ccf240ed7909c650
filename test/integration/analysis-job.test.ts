/**
 * The Argo Rollouts analysis Job (hooks/rollouts/analysistemplate.yaml) run as the image runs it:
 * its container args, with `{{args.prometheus-url}}` resolved to a real Prometheus, /app/ being
 * dist/ and the config mount a folder holding the example ConfigMap's slo-gate.yaml; `--at` pins
 * the evaluation to the generated history. Its exit code is what Argo Rollouts reads: 0 completes
 * the Job (measurement Successful), anything else fails it (measurement Failed).
 *
 * History (step 60 s, 31 days, every window full):
 *   checkout: 10 req/s, 0.002/s of them 500: error ratio 0.0002 in every window. Objective 99.9 %
 *     (budget 0.001): burn rate 0.2, budget remaining 1 - 0.2 = 0.8 — no alert, pass.
 *   payments: 10 req/s, /pay failing 5/s for the last 2 hours: error ratio 0.5 over 5m and 1h, burn
 *     rate 0.5 / 0.001 = 500 > 14.4 on both windows of the 1h/5m alert — block. Over 30d the errors
 *     are 5·2h of 10·720h = 1/720 = 0.139 %, so the budget is overspent too: 1 - 1.389 = -38.89 %.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  DAY,
  FIXED_END,
  HOUR,
  type CounterSeries,
  type RunningPrometheus,
  startPrometheus,
  steady,
  stepChange,
} from '../support/prometheus.js';

const T = FIXED_END;
const STEP = 60;

interface AnalysisTemplate {
  metadata: { name: string };
  spec: {
    args: { name: string; value: string }[];
    metrics: {
      provider: {
        job: {
          spec: {
            template: {
              spec: { containers: { args: string[]; volumeMounts: { name: string; mountPath: string }[] }[] };
            };
          };
        };
      };
    }[];
  };
}

const template = parseAllDocuments(readFileSync('hooks/rollouts/analysistemplate.yaml', 'utf8'))
  .map((d) => d.toJS() as AnalysisTemplate)
  .find((t) => t.metadata.name === 'slo-gate')!;
const container = template.spec.metrics[0]!.provider.job.spec.template.spec.containers[0]!;
const configMount = container.volumeMounts.find((m) => m.name === 'config')!.mountPath;
const exampleConfig = (
  parseAllDocuments(readFileSync('hooks/configmap.yaml', 'utf8'))[0]!.toJS() as {
    data: Record<string, string>;
  }
).data['slo-gate.yaml']!;

const series: CounterSeries[] = [
  {
    name: 'http_requests',
    labels: { service: 'checkout', route: '/cart', code: '200' },
    ratePerSecond: steady(9.998),
  },
  {
    name: 'http_requests',
    labels: { service: 'checkout', route: '/cart', code: '500' },
    ratePerSecond: steady(0.002),
  },
  {
    name: 'http_requests',
    labels: { service: 'payments', route: '/pay', code: '200' },
    ratePerSecond: stepChange(T - 2 * HOUR, 10, 5),
  },
  {
    name: 'http_requests',
    labels: { service: 'payments', route: '/pay', code: '503' },
    ratePerSecond: stepChange(T - 2 * HOUR, 0, 5),
  },
];

let prometheus: RunningPrometheus;
let dir: string;

beforeAll(async () => {
  prometheus = await startPrometheus({ series, start: T - 31 * DAY, end: T, step: STEP });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-analysis-'));
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The Job's container, run here: config in a folder standing for the mount, args resolved. */
function runAnalysisJob(config: string, prometheusUrl: string) {
  const mount = mkdtempSync(join(dir, 'config-'));
  writeFileSync(join(mount, 'slo-gate.yaml'), config);
  const values = new Map(template.spec.args.map((a) => [a.name, a.value]));
  values.set('prometheus-url', prometheusUrl);
  const args = container.args.map((arg) =>
    arg
      .replace(/\{\{\s*args\.([\w-]+)\s*\}\}/g, (_, name: string) => values.get(name)!)
      .replace(/^\/app\//, 'dist/')
      .replace(new RegExp(`^${configMount}/`), `${mount}/`),
  );
  return spawnSync(process.execPath, [...args, '--at', String(T)], { encoding: 'utf8' });
}

describe('the analysis Job against a real Prometheus', () => {
  it('exits 0 for a healthy service: the Job completes, the measurement is Successful', () => {
    const result = runAnalysisJob(exampleConfig, prometheus.url);
    expect({ code: result.status, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^slo-gate: PASS/);
    expect(result.stdout).toContain('checkout-availability');
  });

  it('exits 1 when the SLO burns during the rollout: the Job fails, the measurement is Failed', () => {
    const burning = exampleConfig.replaceAll('service="checkout"', 'service="payments"');
    const result = runAnalysisJob(burning, prometheus.url);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^slo-gate: BLOCK/);
    expect(result.stdout).toContain('burn rate 500x over 1h and 500x over 5m exceeds 14.4x');
    expect(result.stdout).toContain('-38.89% remaining');
  });

  it('exits 2 on a config error, naming the file and line: the Job fails, the measurement is Failed', () => {
    const broken = exampleConfig.replace('objective: 99.9', 'objectve: 99.9');
    const result = runAnalysisJob(broken, prometheus.url);
    expect(result.status).toBe(2);
    // Line 6, column 5 of the ConfigMap's slo-gate.yaml: the first SLO's second key.
    expect(result.stderr).toContain('slo-gate.yaml:6:5: unknown key "objectve"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 when Prometheus does not answer (onPrometheusError: block): an outage does not wave a rollout through', () => {
    const result = runAnalysisJob(exampleConfig, 'http://127.0.0.1:1');
    expect(result.status).toBe(1);
  });
});
