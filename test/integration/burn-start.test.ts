/**
 * When the burn began, against a real Prometheus holding 10 hours of generated history up to T.
 *
 * Sample layout (as in test/integration/history.test.ts): one sample a minute; in Prometheus 2.x a
 * range [5m] at t holds the samples in [t-5m, t], so the error ratio over 5m at t is the mean of the
 * ratios of the five one-minute steps starting at t-300 ... t-60.
 *
 * checkout, 10 req/s at 99.9 % (budget 0.001): ratio 0.0002 (0.2x) except 0.02 (20x) from T-5h to
 * T-4h (an earlier incident, over) and from INCIDENT = T-2h on. At t = INCIDENT + 60k the 5m window
 * holds k incident minutes: ratio (k·0.02 + (5-k)·0.0002)/5, burn 12.08x for k = 3 and 16.04x for
 * k = 4. The 1h/5m alert's factor is 0.02 × 30d / 1h = 14.4, so the current run above it starts at
 * INCIDENT + 240 s — not at the earlier incident, which ended.
 * steady: 20x since T-8h, longer than the 6 h looked at. recovered: 20x from T-3h to T-1h only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { V1Deployment, V1ReplicaSet } from '@kubernetes/client-node';
import { loadConfig } from '../../src/config/index.js';
import type { GateConfig } from '../../src/config/types.js';
import { burnStart, firingShortWindow, releaseCorrelationHints } from '../../src/gate/burn-start.js';
import { evaluateSlos } from '../../src/gate/slos.js';
import type { MeasurableSli, MeasurableSlo, Report, SloResult } from '../../src/model/index.js';
import { createPrometheusClient, type PrometheusClient } from '../../src/prometheus/client.js';
import { asLive, liveState } from '../support/live-objects.js';
import { FIXED_END, HOUR, type RunningPrometheus, startPrometheus } from '../support/prometheus.js';

const T = FIXED_END;
const INCIDENT = T - 2 * HOUR;
const BASE = 0.0002;
const BURNING = 0.02;
const TOTAL = 10;

const ratioOf = (burning: (t: number) => boolean) => (t: number) => (burning(t) ? BURNING : BASE);
const SERVICES: Record<string, (t: number) => number> = {
  checkout: ratioOf((t) => (t >= T - 5 * HOUR && t < T - 4 * HOUR) || t >= INCIDENT),
  steady: ratioOf((t) => t >= T - 8 * HOUR),
  recovered: ratioOf((t) => t >= T - 3 * HOUR && t < T - HOUR),
};

let prometheus: RunningPrometheus;
let dir: string;
let config: GateConfig<MeasurableSli>;
let client: PrometheusClient;
let results: SloResult[];
const at = new Date(T * 1000);

const slo = (name: string): MeasurableSlo => config.slos.find((s) => s.name === name)!;
const result = (name: string): SloResult => results.find((r) => r.name === name)!;

beforeAll(async () => {
  prometheus = await startPrometheus({
    start: T - 10 * HOUR,
    end: T,
    step: 60,
    series: Object.entries(SERVICES).flatMap(([service, ratio]) => [
      {
        name: 'http_requests',
        labels: { service, code: '200' },
        ratePerSecond: (t: number) => TOTAL * (1 - ratio(t)),
      },
      {
        name: 'http_requests',
        labels: { service, code: '500' },
        ratePerSecond: (t: number) => TOTAL * ratio(t),
      },
    ]),
  });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-burn-start-'));
  const file = join(dir, 'slo-gate.yaml');
  writeFileSync(
    file,
    `prometheus:
  url: ${prometheus.url}
slos:
${Object.keys(SERVICES)
  .map(
    (service) => `  - name: ${service}
    objective: 99.9
    window: 30d
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="${service}",code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="${service}"}[{{.window}}]))`,
  )
  .join('\n')}
`,
  );
  const loaded = await loadConfig(file);
  client = createPrometheusClient(loaded.prometheus!, { backoffBaseMs: 1 });
  const outcomes = await evaluateSlos(loaded.slos, { client, at, log: () => undefined });
  results = outcomes.map((o) => o.result);
  config = { ...loaded, slos: outcomes.flatMap((o) => (o.measured ? [o.measured] : [])) };
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('firingShortWindow', () => {
  it('takes the short window of the fastest firing alert', () => {
    expect(firingShortWindow(slo('checkout'), result('checkout'), at)).toEqual({
      window: '5m',
      seconds: 300,
      factor: 14.4,
    });
  });
});

describe('burnStart', () => {
  it('finds where the 5m burn rate last crossed 14.4x, continuously up to now', async () => {
    const short = firingShortWindow(slo('checkout'), result('checkout'), at)!;
    const burn = await burnStart(client, slo('checkout'), short, at);
    expect(burn).toEqual({
      slo: 'checkout',
      window: '5m',
      factor: 14.4,
      began: new Date((INCIDENT + 240) * 1000),
      lookbackStart: new Date((T - 6 * HOUR) * 1000),
      at,
    });
  });

  it('leaves the start open when the burn covers the whole lookback', async () => {
    const burn = await burnStart(client, slo('steady'), { window: '5m', seconds: 300, factor: 14.4 }, at);
    expect(burn).toEqual({
      slo: 'steady',
      window: '5m',
      factor: 14.4,
      lookbackStart: new Date((T - 6 * HOUR) * 1000),
      at,
    });
  });

  it('finds nothing when the burn is over', async () => {
    expect(
      await burnStart(client, slo('recovered'), { window: '5m', seconds: 300, factor: 14.4 }, at),
    ).toBeUndefined();
  });
});

describe('releaseCorrelationHints', () => {
  it('dates the burn against the live ReplicaSet of the release', async () => {
    // The ReplicaSet of the current revision was created one minute before the incident: the burn
    // (INCIDENT + 240 s) began 5 minutes after it.
    const deployment = asLive<V1Deployment>({
      metadata: {
        name: 'checkout',
        namespace: 'shop',
        annotations: { 'deployment.kubernetes.io/revision': '7' },
      },
      spec: { selector: { matchLabels: { app: 'checkout' } }, template: {} },
      status: {},
    });
    const replicaSet = asLive<V1ReplicaSet>({
      metadata: {
        name: 'checkout-7d9f8c6b5',
        namespace: 'shop',
        creationTimestamp: new Date((INCIDENT - 60) * 1000).toISOString(),
        annotations: { 'deployment.kubernetes.io/revision': '7' },
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: 'checkout', uid: 'u1', controller: true },
        ],
      },
      spec: { selector: {} },
    });
    const report: Report = {
      version: 1,
      verdict: 'block',
      evaluatedAt: at.toISOString(),
      slos: results,
      findings: [],
      hints: [],
    };
    const hints = await releaseCorrelationHints({
      report,
      config,
      client,
      at,
      state: liveState({ deployments: [deployment], replicaSets: [replicaSet] }),
      workloads: [{ kind: 'Deployment', namespace: 'shop', name: 'checkout' }],
    });
    const checkout = hints.find((h) => h.slo === 'checkout');
    expect(checkout?.title).toBe(
      'burn began 5 min after revision checkout-7d9f8c6b5 of Deployment shop/checkout rolled out',
    );
    const steady = hints.find((h) => h.slo === 'steady');
    expect(steady?.title).toBe(
      'the burn predates the last rollout: it was already burning before revision checkout-7d9f8c6b5 of Deployment shop/checkout rolled out',
    );
  });
});
