// Benchmark of recording rules as a source (issue 15); bench/run.mjs writes it to docs/benchmarks.md.
//
// One service at the cardinality: 200 counter series scraped every 30 s for 31 days (100
// instances × code 200/500), and the series Sloth's 5m recording rule would have recorded from them
// (slo:sli_error:ratio_rate5m, one series, every 30 s). Timed against a real, backfilled Prometheus:
// 1. the SLO period's (30d) queries alone, posted directly: the raw pair slo-gate sends (error and
//    total, `sum(rate(...[30d]))`) against the one recorded query it sends with `source: sloth`;
// 2. whole `slo-gate budget` runs of that SLO with `source: raw` and `source: sloth` (8 windows).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ensurePrometheus, startPrometheus } from '../scripts/lib/prometheus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line) => process.stderr.write(`bench: ${line}\n`);
const INSTANCES = 100;
const SCRAPE = 30;
const DAY = 86400;
const ROUNDS = 7;
const TOTAL_RATE = 10;
const ERROR_RATE = 0.005;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

async function post(url, query, time) {
  const response = await fetch(`${url}/api/v1/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query, time: String(time) }),
  });
  const body = await response.json();
  if (body.status !== 'success') throw new Error(`${query}: ${body.error}`);
  return body.data.result;
}

/** Wall time of the queries posted one after the other, as the gate's one SLO sends them. */
async function timeQueries(url, queries, time) {
  const started = performance.now();
  for (const query of queries) await post(url, query, time);
  return performance.now() - started;
}

function timeGate(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { elapsed, report: JSON.parse(result.stdout) };
}

async function recordedBenchmark() {
  await ensurePrometheus({ log });
  const end = 1_700_000_100 - (1_700_000_100 % 300);
  const start = end - 31 * DAY;
  const series = [];
  for (let i = 0; i < INSTANCES; i++) {
    const instance = `10.0.${Math.floor(i / 250)}.${i % 250}:8080`;
    series.push(
      {
        name: 'http_requests',
        labels: { service: 'big', instance, code: '200' },
        ratePerSecond: () => (TOTAL_RATE - ERROR_RATE) / INSTANCES,
      },
      {
        name: 'http_requests',
        labels: { service: 'big', instance, code: '500' },
        ratePerSecond: () => ERROR_RATE / INSTANCES,
      },
    );
  }
  // Constant rates: every 5m ratio Sloth's rule records is the rates' ratio.
  const gauges = [
    {
      name: 'slo:sli_error:ratio_rate5m',
      labels: { sloth_id: 'big-availability', sloth_service: 'big', sloth_slo: 'availability' },
      valueAt: () => ERROR_RATE / TOTAL_RATE,
    },
  ];
  const samples = (series.length + gauges.length) * Math.floor((end - start) / SCRAPE + 1);
  log(`backfilling ${series.length} series + 1 recorded, 31 days at ${SCRAPE}s (${samples} samples) ...`);
  const began = performance.now();
  const prometheus = await startPrometheus({ series, gauges, start, end, step: SCRAPE, log });
  log(`Prometheus ready in ${ms(performance.now() - began)}`);
  const dir = mkdtempSync(join(tmpdir(), 'slo-gate-bench-recorded-'));
  try {
    const raw = [
      'sum(rate(http_requests_total{service="big",code=~"5.."}[30d]))',
      'sum(rate(http_requests_total{service="big"}[30d]))',
    ];
    const recorded = ['avg_over_time(slo:sli_error:ratio_rate5m{sloth_id="big-availability"}[30d])'];
    // The raw 30d window reads every sample of the 200 series in it (both ends included).
    const rawSamples = series.length * (30 * (DAY / SCRAPE) + 1);
    // Warm Prometheus's page cache once for both.
    await timeQueries(prometheus.url, [...raw, ...recorded], end);
    const rawTimes = [];
    const recordedTimes = [];
    for (let round = 0; round < ROUNDS; round++) {
      rawTimes.push(await timeQueries(prometheus.url, raw, end));
      recordedTimes.push(await timeQueries(prometheus.url, recorded, end));
    }
    const [rawErrors] = await post(prometheus.url, raw[0], end);
    const [rawTotal] = await post(prometheus.url, raw[1], end);
    const [recordedRatio] = await post(prometheus.url, recorded[0], end);
    const rawRatio = Number(rawErrors.value[1]) / Number(rawTotal.value[1]);

    const gateRuns = {};
    for (const source of ['raw', 'sloth']) {
      const config = join(dir, `${source}.yaml`);
      writeFileSync(
        config,
        `prometheus:\n  url: ${prometheus.url}\n  timeout: 60s\nslos:
  - name: big-availability
    objective: 99.9
    source: ${source}
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="big",code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="big"}[{{.window}}]))
`,
      );
      const args = ['dist/cli.js', 'budget', '--config', config, '--at', String(end), '--format', 'json'];
      const times = [];
      let report;
      for (let round = 0; round < ROUNDS; round++) {
        const run = timeGate(args);
        times.push(run.elapsed);
        report = run.report;
      }
      gateRuns[source] = { time: median(times), budget: report.slos[0].errorBudgetRemaining };
    }
    return {
      rawSamples,
      raw: median(rawTimes),
      recorded: median(recordedTimes),
      rawRatio,
      recordedRatio: Number(recordedRatio.value[1]),
      gateRuns,
      prometheusVersion: execFileSync('prometheus', ['--version'], { encoding: 'utf8' }).split('\n')[0],
    };
  } finally {
    await prometheus.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runRecordedBenchmark() {
  const result = await recordedBenchmark();
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.versions.node}; ${result.prometheusVersion}`;
  const date = new Date().toISOString().slice(0, 10);
  const speedup = result.raw / result.recorded;
  const { raw, sloth } = result.gateRuns;
  return `## Recording rules against raw 30d queries (Sloth's recorded period, 200 series)

Measured ${date} on ${machine}. \`npm run bench recorded\` rewrites this section.

One service at a large cardinality: ${INSTANCES * 2} counter series (${INSTANCES} instances × code 200/500)
scraped every ${SCRAPE} s for 31 days, and Sloth's recorded \`slo:sli_error:ratio_rate5m\` (one series, every
${SCRAPE} s), backfilled with promtool. Every query pinned to the last sample; median of ${ROUNDS} rounds.

### The SLO period (30d): raw against recorded

The queries slo-gate sends for the 30d window, posted directly one after the other: with \`source: raw\`
the error and total queries (\`sum(rate(http_requests_total{...}[30d]))\`, ${result.rawSamples.toLocaleString('en-US')} samples
read), with \`source: sloth\` the one \`avg_over_time(slo:sli_error:ratio_rate5m{sloth_id="big-availability"}[30d])\`.

| 30d window | wall time | error ratio |
|---|---:|---:|
| raw (2 queries) | ${ms(result.raw)} | ${result.rawRatio} |
| recorded (1 query) | ${ms(result.recorded)} | ${result.recordedRatio} |
| speed-up of the window | **${speedup.toFixed(0)}x** (target ≥ 20x) | |
| speed-up per query (raw / 2 against recorded) | ${(speedup / 2).toFixed(0)}x | |

Both sides ran interleaved in the same session; the machine's load average at the end was
${loadavg()[0].toFixed(1)} (absolute times are noisy when other work shares its cores).

### Whole \`slo-gate budget\` runs of that SLO (8 windows, start-up included)

| source | wall time | budget remaining |
|---|---:|---:|
| \`raw\` | ${ms(raw.time)} | ${raw.budget} |
| \`sloth\` | ${ms(sloth.time)} | ${sloth.budget} |

The 50-service run where the raw 30d queries would time out is a test, not a benchmark:
test/integration/bounded-cost.test.ts (a stand-in proxy holds only raw 30d queries; the run ends within
\`--max-duration\` with a reason per SLO, and only the failing service blocks).
`;
}
