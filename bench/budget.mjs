// Benchmark of SLO evaluation and cold start (issue 2); bench/run.mjs writes it to docs/benchmarks.md.
//
// 1. `slo-gate budget` with 200 SLOs x 8 windows against a real, backfilled Prometheus, beside the
//    floor: the same PromQL fired directly by bench/floor.mjs (a minimal keep-alive node:http client,
//    no compression) with the same concurrency. Both are whole processes (start-up included);
//    requests are counted by Prometheus itself. Also measured: the floor sending the combined
//    requests slo-gate sends (an SLO's windows in one).
// 2. Cold start: `node dist/cli.js --version` against `node -e 0`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ensurePrometheus, startPrometheus } from '../scripts/lib/prometheus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line) => process.stderr.write(`bench: ${line}\n`);
const SLOS = 200;
const CONCURRENCY = 8;
const ROUNDS = 5;
const STARTS = 30;
const WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d', '30d'];
// 5-minute samples: Prometheus 2.x ranges include both ends, so [5m] still holds two samples.
const STEP = 300;
const DAY = 86400;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(0)} ms`;

function timeProcess(args, options = {}) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', ...options });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { elapsed, stdout: result.stdout };
}

async function queryRequests(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text
    .split('\n')
    .find((l) => l.startsWith('prometheus_http_requests_total{code="200",handler="/api/v1/query"}'));
  return line ? Number(line.split(' ').pop()) : 0;
}

async function budgetBenchmark() {
  await ensurePrometheus({ log });
  const end = 1_700_000_100 - (1_700_000_100 % STEP);
  const series = [];
  for (let i = 0; i < SLOS; i++) {
    const total = 5 + (i % 20);
    series.push(
      {
        name: 'http_requests',
        labels: { service: `svc-${i}`, code: '200' },
        ratePerSecond: () => total * 0.9995,
      },
      {
        name: 'http_requests',
        labels: { service: `svc-${i}`, code: '500' },
        ratePerSecond: () => total * 0.0005,
      },
    );
  }
  log(`backfilling ${series.length} series x 31 days at ${STEP}s and starting Prometheus ...`);
  const started = performance.now();
  const prometheus = await startPrometheus({ series, start: end - 31 * DAY, end, step: STEP, log });
  log(`Prometheus ready in ${ms(performance.now() - started)}`);
  const dir = mkdtempSync(join(tmpdir(), 'slo-gate-bench-'));
  try {
    const slos = Array.from(
      { length: SLOS },
      (_, i) => `
  - name: svc-${i}-availability
    objective: 99.9
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="svc-${i}",code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="svc-${i}"}[{{.window}}]))`,
    ).join('');
    const config = join(dir, 'slo-gate.yaml');
    writeFileSync(
      config,
      `prometheus:\n  url: ${prometheus.url}\n  concurrency: ${CONCURRENCY}\nslos:${slos}\n`,
    );
    // The floor's query list: the same templates with the windows substituted, nothing else.
    const queries = [];
    for (let i = 0; i < SLOS; i++) {
      for (const w of WINDOWS) {
        queries.push(`sum(rate(http_requests_total{service="svc-${i}",code=~"5.."}[${w}]))`);
        queries.push(`sum(rate(http_requests_total{service="svc-${i}"}[${w}]))`);
      }
    }
    const queryFile = join(dir, 'queries.json');
    writeFileSync(queryFile, JSON.stringify(queries));
    // The requests slo-gate sends (promql/combine.ts): an SLO's short windows in one, its period in
    // another, the parts told apart by a label. Asked by the floor's client, they show what the
    // client itself costs at the same requests.
    const tagged = (parts) =>
      parts.map((q, i) => `label_replace(${q}, "slo_gate_part", "${i}", "", "")`).join(' or ');
    const combined = [];
    const perSlo = WINDOWS.length * 2;
    for (let i = 0; i < queries.length; i += perSlo) {
      combined.push(
        tagged(queries.slice(i, i + perSlo - 2)),
        tagged(queries.slice(i + perSlo - 2, i + perSlo)),
      );
    }
    const combinedFile = join(dir, 'combined.json');
    writeFileSync(combinedFile, JSON.stringify(combined));

    const gateArgs = ['dist/cli.js', 'budget', '--config', config, '--at', String(end), '--format', 'json'];
    const floorArgs = ['bench/floor.mjs', prometheus.url, queryFile, String(end), String(CONCURRENCY)];
    const combinedArgs = ['bench/floor.mjs', prometheus.url, combinedFile, String(end), String(CONCURRENCY)];
    // Warm Prometheus's page cache once for both.
    timeProcess(floorArgs);
    const gate = [];
    const floor = [];
    const together = [];
    let gateRequests = 0;
    let floorRequests = 0;
    let togetherRequests = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let before = await queryRequests(prometheus.url);
      const g = timeProcess(gateArgs);
      gateRequests = (await queryRequests(prometheus.url)) - before;
      gate.push(g.elapsed);
      const report = JSON.parse(g.stdout);
      if (report.slos.length !== SLOS || report.slos.some((s) => s.status !== 'pass')) {
        throw new Error('the gate did not evaluate every SLO as pass');
      }
      before = await queryRequests(prometheus.url);
      floor.push(timeProcess(floorArgs).elapsed);
      floorRequests = (await queryRequests(prometheus.url)) - before;
      before = await queryRequests(prometheus.url);
      together.push(timeProcess(combinedArgs).elapsed);
      togetherRequests = (await queryRequests(prometheus.url)) - before;
    }
    return {
      gate: median(gate),
      floor: median(floor),
      together: median(together),
      gateRequests,
      floorRequests,
      togetherRequests,
      prometheusVersion: execFileSync('prometheus', ['--version'], { encoding: 'utf8' }).split('\n')[0],
    };
  } finally {
    await prometheus.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function coldStart() {
  const version = [];
  const bare = [];
  for (let i = 0; i < STARTS; i++) {
    bare.push(timeProcess(['-e', '0']).elapsed);
    version.push(timeProcess(['dist/cli.js', '--version']).elapsed);
  }
  return { version: median(version), bare: median(bare) };
}

export async function runBudgetBenchmark() {
  const budget = await budgetBenchmark();
  const start = coldStart();
  const ratio = budget.gate / budget.floor;
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.versions.node}; ${budget.prometheusVersion}`;
  const date = new Date().toISOString().slice(0, 10);
  return `## SLO evaluation (\`budget\` against a real Prometheus) and cold start

Measured ${date} on ${machine}. \`npm run bench\` rewrites this section.

### \`slo-gate budget\`: ${SLOS} SLOs x ${WINDOWS.length} windows against a real Prometheus

History: ${SLOS * 2} counter series, 31 days at ${STEP} s, backfilled with promtool. Every query pinned to
the last sample; concurrency ${CONCURRENCY} for both. Median of ${ROUNDS} rounds, whole processes
(start-up, config parsing and report included for slo-gate). The floor is \`bench/floor.mjs\`: the same
PromQL posted directly by a minimal keep-alive node:http client without compression
(\`Accept-Encoding: identity\`), one request per query, nothing else.

slo-gate asks an SLO's short windows in one request and its period in another (each query tagged
with \`label_replace\` and joined with \`or\`; docs/architecture.md), uncompressed (an answer is a few
hundred bytes: inflating it costs more CPU on both sides than the bytes saved), plus one request
for the backend detection (\`/api/v1/status/buildinfo\`).

| run | wall time | HTTP requests (counted by Prometheus) |
|---|---:|---:|
| floor (bench/floor.mjs, one request per query) | ${ms(budget.floor)} | ${budget.floorRequests} |
| slo-gate budget | ${ms(budget.gate)} | ${budget.gateRequests} query + 1 buildinfo |
| ratio | **${ratio.toFixed(2)}x** (target ≤ 1.1x) | |
| floor sending slo-gate's combined requests | ${ms(budget.together)} (${(budget.together / budget.floor).toFixed(2)}x the floor) | ${budget.togetherRequests} |
| slo-gate against that floor (its own cost at the same requests) | ${(budget.gate / budget.together).toFixed(2)}x | |

### Cold start

Median of ${STARTS} starts each.

| command | wall time |
|---|---:|
| \`node -e 0\` (floor) | ${ms(start.bare)} |
| \`node dist/cli.js --version\` | ${ms(start.version)} |
| difference | **${ms(start.version - start.bare)}** (target ≤ 100 ms) |
`;
}
