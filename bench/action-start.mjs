// Benchmark of the GitHub Action's start (issue 4); bench/run.mjs writes it to docs/benchmarks.md.
//
// `node dist/index.js` started as the runner starts it (every INPUT_* of action.yml with its default,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH files), with a config of one SLO, timed from
// spawn until its first request reaches a stand-in Prometheus (a node:http server in this process);
// the action is stopped there. The floor is `node -e 0`, spawn to exit.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 20;
const TARGET_MS = 300;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(0)} ms`;

/** Spawn to exit of `node -e 0`. */
function floorRun() {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - started));
  });
}

export async function runActionStartBenchmark() {
  const dir = mkdtempSync(join(tmpdir(), 'slo-gate-bench-action-'));
  let onFirstRequest;
  const server = createServer((req, res) => {
    onFirstRequest?.();
    onFirstRequest = undefined;
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"success","data":{"resultType":"vector","result":[]}}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const prometheusUrl = `http://127.0.0.1:${server.address().port}`;

  try {
    writeFileSync(
      join(dir, 'slo-gate.yaml'),
      `slos:
  - name: checkout-availability
    objective: 99.9
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="checkout",code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="checkout"}[{{.window}}]))
`,
    );
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary'), '');
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(root, 'test/fixtures/github/pull_request.json'),
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    };
    const inputs = parse(readFileSync(join(root, 'action.yml'), 'utf8')).inputs;
    for (const [name, spec] of Object.entries(inputs)) {
      env[`INPUT_${name.toUpperCase()}`] = (spec.default ?? '').replace('${{ github.token }}', 'ghs_bench');
    }
    env['INPUT_PROMETHEUS-URL'] = prometheusUrl;

    /** Spawn until the first Prometheus request; the action is then stopped. */
    const actionRun = () =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        const child = spawn(process.execPath, [join(root, 'dist/index.js')], {
          cwd: dir,
          env,
          stdio: 'ignore',
        });
        let elapsed;
        onFirstRequest = () => {
          elapsed = performance.now() - started;
          child.kill();
        };
        child.on('error', reject);
        child.on('exit', (code) =>
          elapsed === undefined
            ? reject(new Error(`dist/index.js exited (${code}) before asking Prometheus`))
            : resolve(elapsed),
        );
      });

    // One of each first, for the page cache.
    await floorRun();
    await actionRun();
    const floor = [];
    const action = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(await floorRun());
      action.push(await actionRun());
    }
    const start = median(action);
    const bare = median(floor);
    const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.versions.node}`;
    const date = new Date().toISOString().slice(0, 10);
    return `## Action start (spawn to the first Prometheus request)

Measured ${date} on ${machine}. \`npm run bench\` rewrites this section.

\`node dist/index.js\` started as the runner starts it (every input of action.yml as an \`INPUT_*\`
variable with its default, \`GITHUB_OUTPUT\`, \`GITHUB_STEP_SUMMARY\` and \`GITHUB_EVENT_PATH\` files), with
a config of one SLO, timed from spawn until its first request reaches a stand-in Prometheus (a
node:http server in the benchmark's process). Median of ${RUNS} runs each, interleaved.

| command | wall time |
|---|---:|
| \`node -e 0\` (floor: spawn to exit) | ${ms(bare)} |
| \`node dist/index.js\` until its first Prometheus request | **${ms(start)}** (target ≤ ${TARGET_MS} ms) |
| above the floor | ${ms(start - bare)} |
`;
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
