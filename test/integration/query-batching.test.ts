/**
 * An SLO's window queries asked together (promql/combine.ts), against a real Prometheus: fewer
 * requests (Prometheus's own request counter says how many), the same numbers, and each window asked
 * on its own when the combination fails where its parts would not (a scalar part, a combination of
 * the short windows too slow for the timeout).
 *
 * Data (31 days, step 300 s, last sample T): http_requests_total{service="a"} at a constant 10/s,
 * 0.005/s of it with code="500". Constant rates over series that share sample times, every window
 * inside the history: each window's error ratio is 0.005 / 10 = 0.0005, a burn of 0.5 at 99.9 %
 * (half the budget left).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyOf, close, forwardTo, listen, urlOf } from '../support/http.js';
import {
  DAY,
  FIXED_END,
  type CounterSeries,
  type RunningPrometheus,
  startPrometheus,
} from '../support/prometheus.js';

const T = FIXED_END;
const HELD_MS = 3000;
const series: CounterSeries[] = [
  { name: 'http_requests', labels: { service: 'a', code: '500' }, ratePerSecond: () => 0.005 },
  { name: 'http_requests', labels: { service: 'a', code: '200' }, ratePerSecond: () => 9.995 },
];
const errors = (window: string) => `sum(rate(http_requests_total{service="a",code="500"}[${window}]))`;
const total = (window: string) => `sum(rate(http_requests_total{service="a"}[${window}]))`;

let prometheus: RunningPrometheus;
let proxy: Server;
let dir: string;
let holdCombined = false;

/** Forwards to Prometheus; while holdCombined, the short windows' combined query waits HELD_MS first. */
async function forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await bodyOf(req);
  const query = new URLSearchParams(body).get('query') ?? '';
  if (holdCombined && query.includes('slo_gate_part') && !query.includes('[30d]')) {
    await new Promise((resolve) => setTimeout(resolve, HELD_MS).unref());
    if (res.destroyed || req.socket.destroyed) return;
  }
  await forwardTo(prometheus.url, req, res, body);
}

beforeAll(async () => {
  prometheus = await startPrometheus({ series, start: T - 31 * DAY, end: T, step: 300 });
  proxy = await listen((req, res) => {
    forward(req, res).catch(() => res.destroy());
  });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-batching-'));
}, 180_000);

afterAll(async () => {
  await close(proxy);
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Instant-query requests Prometheus has answered with `code`, from its own metrics. */
async function answered(code: number): Promise<number> {
  const text = await (await fetch(`${prometheus.url}/metrics`)).text();
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`prometheus_http_requests_total{code="${code}",handler="/api/v1/query"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

interface SloReport {
  name: string;
  status: string;
  errorBudgetRemaining: number | null;
  burnRates: Record<string, number | null>;
  slowQueries?: { window: string; promql: string; seconds: number; timedOut?: boolean }[];
}

function runBudget(config: string): Promise<{ code: number | null; slos: SloReport[]; stderr: string }> {
  const file = join(dir, `gate-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, config);
  const args = ['dist/cli.js', 'budget', '--config', file, '--at', String(T), '--format', 'json'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      let slos: SloReport[] = [];
      try {
        slos = (JSON.parse(stdout) as { slos: SloReport[] }).slos;
      } catch {
        // left empty: the assertions say what was expected
      }
      resolve({ code, slos, stderr });
    });
  });
}

const eventsSlo = (name: string) => `  - name: ${name}
    objective: 99.9
    sli:
      events:
        errorQuery: ${errors('{{.window}}')}
        totalQuery: ${total('{{.window}}')}
`;

/** Every window's burn is 0.5 and half the budget is left (see the header). */
function expectHalfBudget(slo: SloReport): void {
  expect(slo.status).toBe('pass');
  expect(Object.keys(slo.burnRates)).toEqual(['5m', '30m', '1h', '2h', '6h', '1d', '3d', '30d']);
  for (const burn of Object.values(slo.burnRates)) expect(Math.abs(burn! - 0.5)).toBeLessThan(1e-9);
  expect(Math.abs(slo.errorBudgetRemaining! - 0.5)).toBeLessThan(1e-9);
}

describe("an SLO's window queries asked together", () => {
  it('sends two requests per SLO (its short windows, its period) and reads the same numbers', async () => {
    const before = await answered(200);
    const run = await runBudget(
      `prometheus:\n  url: ${prometheus.url}\nslos:\n${['x', 'y', 'z'].map(eventsSlo).join('')}`,
    );
    expect(run.code).toBe(0);
    expect(run.slos).toHaveLength(3);
    run.slos.forEach(expectHalfBudget);
    // 16 queries per SLO (errors and total over 8 windows) in 2 requests, not 16.
    expect((await answered(200)) - before).toBe(6);
  }, 60_000);

  it('asks each window on its own when a part is a scalar (label_replace takes vectors only)', async () => {
    const [ok, refused] = [await answered(200), await answered(400)];
    const ratio = `scalar(${errors('{{.window}}')} / ${total('{{.window}}')})`;
    const run = await runBudget(`prometheus:
  url: ${prometheus.url}
slos:
  - name: scalar-ratio
    objective: 99.9
    sli:
      raw:
        errorRatioQuery: ${ratio}
`);
    expect(run.code).toBe(0);
    expectHalfBudget(run.slos[0]!);
    // The seven short windows' combination refused once, then one request per window; the period
    // window has a single query and is asked alone.
    expect((await answered(400)) - refused).toBe(1);
    expect((await answered(200)) - ok).toBe(8);
  }, 60_000);

  it('asks each short window on its own when their combination times out, and reports it as slow', async () => {
    holdCombined = true;
    try {
      const run = await runBudget(`prometheus:
  url: ${urlOf(proxy)}
  timeout: 1s
  retries: 0
slos:
${eventsSlo('held')}`);
      expect(run.code).toBe(0);
      const slo = run.slos[0]!;
      expectHalfBudget(slo);
      const timedOut = (slo.slowQueries ?? []).filter((q) => q.timedOut);
      expect(timedOut).toHaveLength(1);
      expect(timedOut[0]!.window).toBe('5m, 30m, 1h, 2h, 6h, 1d, 3d');
      expect(timedOut[0]!.promql).toContain(
        'label_replace(sum(rate(http_requests_total{service="a",code="500"}[5m]))',
      );
    } finally {
      holdCombined = false;
    }
  }, 60_000);
});
