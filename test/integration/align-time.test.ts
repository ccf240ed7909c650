/**
 * The times a gate run asks at, as sent on the wire: instant queries at a time rounded down to
 * prometheus.alignTime where the backend is a query-frontend kind (stand-ins answering buildinfo as
 * Thanos and Grafana Mimir do), at the exact time on a real Prometheus; range queries (charts) on
 * multiples of their step everywhere. Every request's form is recorded by a real HTTP server.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSchemaCheck } from '../../src/entry/schema-check.js';
import { runGate, type GateRun } from '../../src/gate/run.js';
import { bodyOf, close, forwardTo, listen, urlOf } from '../support/http.js';
import { FIXED_END, type RunningPrometheus, startPrometheus, steady } from '../support/prometheus.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/prometheus/${name}`, import.meta.url), 'utf8');

interface Sent {
  path: string;
  form: URLSearchParams;
}

let dir: string;
let prometheus: RunningPrometheus;
const servers: Server[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-align-'));
  prometheus = await startPrometheus({
    series: [{ name: 'http_requests', labels: { service: 'shop', code: '200' }, ratePerSecond: steady(10) }],
    start: FIXED_END - 3600,
    end: FIXED_END,
    step: 60,
  });
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => close(server)));
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * A query-frontend stand-in under `prefix`: buildinfo as the recorded body, every query answered
 * with 1 error per 10 requests (a 100x burn at 99.9 %: the SLO blocks, so charts are asked for),
 * every range query with an empty matrix. A combined query (each part in label_replace(…,
 * "slo_gate_part", "<n>", "", ""), joined with or) is answered as a server evaluates it: one sample
 * per part, carrying its tag.
 */
async function frontend(buildinfo: string, prefix = ''): Promise<{ url: string; sent: Sent[] }> {
  const sent: Sent[] = [];
  const server = await listen(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? '').slice(prefix.length);
    res.writeHead(200, { 'content-type': 'application/json' });
    if (path === '/api/v1/status/buildinfo') return res.end(buildinfo);
    const form = new URLSearchParams(Buffer.concat(chunks).toString());
    sent.push({ path, form });
    if (path === '/api/v1/query_range') {
      return res.end('{"status":"success","data":{"resultType":"matrix","result":[]}}');
    }
    const query = form.get('query')!;
    const valueOf = (part: string) => (part.includes('code="500"') ? '1' : '10');
    const parts = [...query.matchAll(/label_replace\((.*?), "slo_gate_part", "(\d+)", "", ""\)/g)];
    const result = parts.length
      ? parts.map(([, part, tag]) => ({ metric: { slo_gate_part: tag }, value: [0, valueOf(part!)] }))
      : [{ metric: {}, value: [0, valueOf(query)] }];
    res.end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }));
  });
  servers.push(server);
  return { url: `${urlOf(server)}${prefix}`, sent };
}

/** A forwarding stand-in in front of the real Prometheus, recording every query's form. */
async function recordingProxy(): Promise<{ url: string; sent: Sent[] }> {
  const sent: Sent[] = [];
  const server = await listen(async (req, res) => {
    const body = await bodyOf(req);
    if (req.method === 'POST') sent.push({ path: req.url ?? '', form: new URLSearchParams(body) });
    await forwardTo(prometheus.url, req, res, body);
  });
  servers.push(server);
  return { url: urlOf(server), sent };
}

function configAt(url: string, prometheusExtra = ''): string {
  const file = join(dir, `slo-gate-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(
    file,
    `prometheus:
  url: ${url}
${prometheusExtra}slos:
  - name: shop
    objective: 99.9
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="shop",code="500"}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="shop"}[{{.window}}]))
`,
  );
  return file;
}

/** A budget run as the CLI makes it, with the clock read around it. */
async function run(
  configFile: string,
  extra: { at?: string; histories?: boolean } = {},
): Promise<{ gate: GateRun; before: number; after: number }> {
  const before = Date.now();
  const gate = await runGate({
    configFile,
    scope: 'budget',
    log: () => undefined,
    loadSchemaCheck,
    ...extra,
  });
  return { gate, before, after: Date.now() };
}

const instantTimes = (sent: Sent[]) =>
  new Set(sent.filter((s) => s.path.endsWith('/api/v1/query')).map((s) => Number(s.form.get('time'))));

describe.each([
  ['Thanos', 'buildinfo-thanos-0.32.json', ''],
  ['Grafana Mimir', 'buildinfo-mimir-2.10.json', '/prometheus'],
])('a %s query-frontend', (_name, buildinfo, prefix) => {
  it('default alignTime (1m): every instant query at the minute the run started in, as the report says', async () => {
    const stand = await frontend(fixture(buildinfo), prefix);
    const { gate, before, after } = await run(configAt(stand.url));
    const times = instantTimes(stand.sent);
    // One pinned time for both requests (the SLO's seven short windows together, its period).
    expect(stand.sent.filter((s) => s.path === '/api/v1/query')).toHaveLength(2);
    expect(times.size).toBe(1);
    const [time] = [...times];
    // A whole minute: the one the run began in (or, if it crossed a minute, the next).
    const minuteOf = (ms: number) => Math.floor(ms / 60_000) * 60;
    expect([minuteOf(before), minuteOf(after)]).toContain(time);
    expect(gate.report.evaluatedAt).toBe(new Date(time! * 1000).toISOString().replace('.000Z', 'Z'));
    expect(gate.at.getTime()).toBe(time! * 1000);
  });

  it('an explicit --at is never moved', async () => {
    const stand = await frontend(fixture(buildinfo), prefix);
    const { gate } = await run(configAt(stand.url), { at: '1700000012.5' });
    expect([...instantTimes(stand.sent)]).toEqual([1_700_000_012.5]);
    expect(gate.report.evaluatedAt).toBe('2023-11-14T22:13:32.500Z');
  });

  it('alignTime: 5m rounds down to a multiple of 300 s; alignTime: 0 keeps the whole second', async () => {
    const aligned = await frontend(fixture(buildinfo), prefix);
    const five = await run(configAt(aligned.url, '  alignTime: 5m\n'));
    const [time] = [...instantTimes(aligned.sent)];
    expect(time! % 300).toBe(0);
    expect(time! * 1000).toBeGreaterThan(five.before - 300_000);
    expect(time! * 1000).toBeLessThanOrEqual(five.after);

    const exact = await frontend(fixture(buildinfo), prefix);
    const off = await run(configAt(exact.url, '  alignTime: 0\n'));
    const [exactTime] = [...instantTimes(exact.sent)];
    expect(exactTime! * 1000).toBeGreaterThanOrEqual(Math.floor(off.before / 1000) * 1000);
    expect(exactTime! * 1000).toBeLessThanOrEqual(off.after);
    expect(off.gate.at.getTime()).toBe(exactTime! * 1000);
  });

  it("the charts' range queries start and end on multiples of their step", async () => {
    const stand = await frontend(fixture(buildinfo), prefix);
    const { gate } = await run(configAt(stand.url), { histories: true });
    expect(gate.report.slos[0]!.status).toBe('block');
    const ranges = stand.sent.filter((s) => s.path === '/api/v1/query_range');
    // Error and total, for the 1h burn over a day (5-minute step) and the budget over 30 days (6 h:
    // 30 days / 199 points = 13,025 s, rounded up to the next clock step).
    expect(ranges.map((r) => Number(r.form.get('step'))).sort((a, b) => a - b)).toEqual([
      300, 300, 21_600, 21_600,
    ]);
    const at = gate.at.getTime() / 1000;
    for (const range of ranges) {
      const step = Number(range.form.get('step'));
      const start = Number(range.form.get('start'));
      const end = Number(range.form.get('end'));
      expect(start % step).toBe(0);
      expect(end % step).toBe(0);
      expect(end).toBeLessThanOrEqual(at);
      expect(at - end).toBeLessThan(step);
      expect(end - start).toBe(step === 300 ? 86_400 : 30 * 86_400);
    }
  });
});

describe('a real Prometheus (no results cache)', () => {
  it('every instant query at the exact second of the run, even with alignTime: 1h', async () => {
    const proxy = await recordingProxy();
    const { gate, before, after } = await run(configAt(proxy.url, '  alignTime: 1h\n'));
    const times = instantTimes(proxy.sent);
    expect(times.size).toBe(1);
    const [time] = [...times];
    // The whole second the run began in (or a later one), not the hour before it.
    expect(time! * 1000).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(time! * 1000).toBeLessThanOrEqual(after);
    expect(gate.at.getTime()).toBe(time! * 1000);
  });
});
