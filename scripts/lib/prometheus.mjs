// A real, throw-away Prometheus for tests and the demo: make sure the binaries are there, write counter
// history as OpenMetrics, backfill it with promtool and serve it on a free 127.0.0.1 port.
// Plain ESM with only node built-ins: `npm test` and `npm run demo` run this before anything is compiled.
// Types for TypeScript callers live in prometheus.d.mts next to this file.

import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { access, constants, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import process from 'node:process';
import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { clearTimeout, setTimeout } from 'node:timers';
import { performance } from 'node:perf_hooks';
import { URLSearchParams } from 'node:url';
import { freePort, installExitHook, running } from './child-servers.mjs';

/** The command a non-root user runs to install what the tests and the demo need (Debian/Ubuntu). */
export const INSTALL_COMMAND =
  'sudo apt-get update && sudo apt-get install -y --no-install-recommends prometheus';

/** @typedef {(line: string) => void} Log */
/** @typedef {{ prometheus: string, promtool: string }} PrometheusBinaries */

/** Thrown when prometheus/promtool are missing and cannot be installed from here; `command` fixes it. */
export class PrometheusMissingError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'PrometheusMissingError';
    this.command = INSTALL_COMMAND;
  }
}

const noLog = /** @type {Log} */ (() => {});

/**
 * Absolute path of an executable on PATH, or undefined.
 * @param {string} name
 * @returns {Promise<string | undefined>}
 */
async function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** @returns {Promise<PrometheusBinaries | undefined>} */
async function findBinaries() {
  const [prometheus, promtool] = await Promise.all([findOnPath('prometheus'), findOnPath('promtool')]);
  return prometheus && promtool ? { prometheus, promtool } : undefined;
}

/**
 * Runs a command with its output streamed to our stderr (stdout stays clean for whatever the caller prints).
 * @param {string} command
 * @param {string[]} args
 */
async function runToStderr(command, args) {
  const child = spawn(command, args, {
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  /** @type {[number | null, NodeJS.Signals | null]} */
  const [code, signal] = await new Promise((resolve, reject) => {
    child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    child.once('error', (error) =>
      reject(
        new PrometheusMissingError(
          `prometheus and promtool are not on PATH and \`${command}\` could not run (${error.message}); ` +
            'install Prometheus 2.x so that both are on PATH',
        ),
      ),
    );
  });
  if (code !== 0) {
    throw new PrometheusMissingError(
      `\`${command} ${args.join(' ')}\` failed (${signal ?? `exit code ${code}`}); fix the error above, then run: ${INSTALL_COMMAND}`,
    );
  }
}

/**
 * Makes sure `prometheus` and `promtool` are on PATH and returns their paths. When they are missing:
 * as root, installs Debian's `prometheus` package (apt output goes to stderr); otherwise throws a
 * PrometheusMissingError whose message contains the exact command to run. Never skips silently.
 * @param {{ log?: Log }} [options]
 * @returns {Promise<PrometheusBinaries>}
 */
export async function ensurePrometheus({ log = noLog } = {}) {
  const found = await findBinaries();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new PrometheusMissingError(
      `prometheus and promtool are not on PATH; install them with: ${INSTALL_COMMAND}`,
    );
  }
  log('prometheus/promtool not on PATH: installing the Debian package `prometheus` (apt-get)');
  await runToStderr('apt-get', ['update']);
  await runToStderr('apt-get', ['install', '-y', '--no-install-recommends', 'prometheus']);
  const installed = await findBinaries();
  if (!installed) {
    throw new PrometheusMissingError(
      'apt-get installed `prometheus` but prometheus/promtool are still not on PATH; add /usr/bin to PATH',
    );
  }
  log(`installed ${installed.prometheus} and ${installed.promtool}`);
  return installed;
}

// ---------------------------------------------------------------------------------------------------
// OpenMetrics history
// ---------------------------------------------------------------------------------------------------

/**
 * @typedef {object} CounterSeries
 * @property {string} name metric family name without `_total`, e.g. 'http_requests'
 * @property {Record<string, string>} [labels]
 * @property {(t: number) => number} ratePerSecond increase per second over the step that starts at t (unix s)
 * @property {number} [initial] counter value at the first sample; default 1000
 */

/**
 * A series written with the value `valueAt(t)` at every sample time, as is: a gauge (probe_success),
 * or a histogram's `_bucket` / `_count` series given in closed form.
 * @typedef {object} GaugeSeries
 * @property {string} name the full sample name, e.g. 'probe_success' or 'http_request_duration_seconds_bucket'
 * @property {Record<string, string>} [labels]
 * @property {(t: number) => number | undefined} valueAt the sample value at t (unix s); undefined: no sample (a gap)
 */

/**
 * @typedef {object} SampleGrid
 * @property {number} start unix seconds of the first sample
 * @property {number} end unix seconds; the last sample is the last grid point at or before it
 * @property {number} step seconds between samples
 */

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const DEFAULT_INITIAL = 1000;
const LINES_PER_CHUNK = 4096;

/** @param {SampleGrid} grid */
function validateGrid({ start, end, step }) {
  for (const [key, value] of Object.entries({ start, end, step })) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new Error(`${key} must be a finite number`);
  }
  // promtool accepts millisecond timestamps without complaint and stores them 1000x in the future.
  if (start > 1e11 || end > 1e11) throw new Error('start and end must be unix timestamps in seconds, not ms');
  if (!(step > 0)) throw new Error('step must be > 0 seconds');
  if (end < start) throw new Error('end must not be before start');
}

/**
 * Number of grid intervals: samples are at start + k*step for k = 0..intervals.
 * @param {SampleGrid} grid
 */
function intervalCount({ start, end, step }) {
  // The epsilon keeps end = start + n*step on the grid despite float division.
  return Math.floor((end - start) / step + 1e-9);
}

/**
 * Time of the last sample written for this grid (unix seconds): start + floor((end - start) / step) * step.
 * Query with `time=` pinned to it.
 * @param {SampleGrid} grid
 * @returns {number}
 */
export function lastSampleTimeOf(grid) {
  validateGrid(grid);
  return grid.start + intervalCount(grid) * grid.step;
}

/** @param {string} value */
function escapeLabelValue(value) {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/**
 * @param {CounterSeries[]} series
 * @returns {Map<string, { prefix: string, series: CounterSeries }[]>} family name -> series in input order
 */
function groupByFamily(series) {
  /** @type {Map<string, { prefix: string, series: CounterSeries }[]>} */
  const families = new Map();
  const seen = new Set();
  for (const s of series) {
    if (!METRIC_NAME.test(s.name) || s.name.endsWith('_total')) {
      throw new Error(
        `series name ${JSON.stringify(s.name)} must be a metric name without the _total suffix`,
      );
    }
    if (typeof s.ratePerSecond !== 'function')
      throw new Error(`series ${s.name}: ratePerSecond must be a function`);
    const labels = Object.entries(s.labels ?? {});
    for (const [label] of labels) {
      if (!LABEL_NAME.test(label) || label.startsWith('__')) {
        throw new Error(`series ${s.name}: invalid label name ${JSON.stringify(label)}`);
      }
    }
    const labelText = labels.map(([k, v]) => `${k}="${escapeLabelValue(String(v))}"`).join(',');
    const prefix = `${s.name}_total${labelText ? `{${labelText}}` : ''} `;
    if (seen.has(prefix)) throw new Error(`duplicate series ${prefix.trim()}`);
    seen.add(prefix);
    const family = families.get(s.name) ?? [];
    family.push({ prefix, series: s });
    families.set(s.name, family);
  }
  return families;
}

/**
 * OpenMetrics text in chunks (strings of a few thousand lines), for streaming large histories.
 *
 * Sample layout — what test authors compute expected answers from. With t_k = start + k*step for
 * k = 0..n, n = floor((end - start) / step), every series `name_total{labels}` has one sample per t_k:
 *
 *   value(t_0)     = initial                                   (default 1000)
 *   value(t_{k+1}) = value(t_k) + ratePerSecond(t_k) * step    i.e. the rate is read at the START of
 *                                                              each interval (t_k, t_k + step]
 *   so value(t_k)  = initial + step * sum_{j<k} ratePerSecond(t_j)
 *
 * Example: a step change of the rate at time `at` (on the grid) from r0 to r1 first shows in the sample
 * at at + step. Prometheus 2.x range selectors include both ends, so rate(x[W]) at time T = t_n with W a
 * multiple of step sees the samples t_n - W .. t_n, covering the whole window: no extrapolation, and
 * rate = (value(T) - value(T - W)) / W = mean of ratePerSecond(t_j) for t_j in [T - W, T).
 *
 * Timestamps are in seconds. Families come in input order, each with one `# TYPE name counter`; each
 * series' samples are contiguous and in time order (promtool silently drops out-of-order samples). The
 * text ends with `# EOF`.
 *
 * Gauges (GaugeSeries) come first, each sample exactly `valueAt(t_k)`.
 *
 * @param {CounterSeries[]} series
 * @param {SampleGrid} grid
 * @param {GaugeSeries[]} [gauges]
 * @returns {Generator<string, void, void>}
 */
export function* openMetricsChunks(series, grid, gauges = []) {
  validateGrid(grid);
  const { start, step } = grid;
  const intervals = intervalCount(grid);
  yield* gaugeChunks(gauges, grid);
  for (const [name, members] of groupByFamily(series)) {
    yield `# TYPE ${name} counter\n`;
    for (const { prefix, series: s } of members) {
      let value = s.initial ?? DEFAULT_INITIAL;
      if (!Number.isFinite(value) || value < 0)
        throw new Error(`series ${prefix.trim()}: initial must be >= 0`);
      /** @type {string[]} */
      let lines = [];
      for (let k = 0; k <= intervals; k++) {
        // Multiply instead of accumulating so timestamps do not drift.
        const t = start + k * step;
        lines.push(prefix + value + ' ' + t + '\n');
        if (lines.length === LINES_PER_CHUNK) {
          yield lines.join('');
          lines = [];
        }
        if (k < intervals) {
          const rate = s.ratePerSecond(t);
          if (!Number.isFinite(rate) || rate < 0) {
            throw new Error(
              `series ${prefix.trim()}: ratePerSecond(${t}) = ${rate}; a counter rate must be >= 0`,
            );
          }
          value += rate * step;
        }
      }
      if (lines.length > 0) yield lines.join('');
    }
  }
  yield '# EOF\n';
}

/**
 * Gauge families (each `# TYPE name gauge`), every series with one sample `valueAt(t_k)` per grid time.
 * @param {GaugeSeries[]} gauges
 * @param {SampleGrid} grid
 * @returns {Generator<string, void, void>}
 */
function* gaugeChunks(gauges, grid) {
  const intervals = intervalCount(grid);
  /** @type {Map<string, GaugeSeries[]>} */
  const families = new Map();
  for (const gauge of gauges) {
    if (!METRIC_NAME.test(gauge.name))
      throw new Error(`gauge name ${JSON.stringify(gauge.name)} is not a metric name`);
    families.set(gauge.name, [...(families.get(gauge.name) ?? []), gauge]);
  }
  for (const [name, members] of families) {
    yield `# TYPE ${name} gauge\n`;
    for (const gauge of members) {
      const labels = Object.entries(gauge.labels ?? {});
      const labelText = labels.map(([k, v]) => `${k}="${escapeLabelValue(String(v))}"`).join(',');
      const prefix = `${name}${labelText ? `{${labelText}}` : ''} `;
      /** @type {string[]} */
      const lines = [];
      for (let k = 0; k <= intervals; k++) {
        const t = grid.start + k * grid.step;
        const value = gauge.valueAt(t);
        // undefined: no sample at t (a scrape gap)
        if (value !== undefined) lines.push(prefix + value + ' ' + t + '\n');
      }
      yield lines.join('');
    }
  }
}

/**
 * The whole OpenMetrics text (see openMetricsChunks for the exact sample layout).
 * @param {CounterSeries[]} series
 * @param {SampleGrid} grid
 * @returns {string}
 */
export function renderOpenMetrics(series, grid) {
  return Array.from(openMetricsChunks(series, grid)).join('');
}

/**
 * Streams the OpenMetrics text (see openMetricsChunks) to `file`.
 * @param {string} file
 * @param {CounterSeries[]} series
 * @param {SampleGrid} grid
 * @param {GaugeSeries[]} [gauges]
 * @returns {Promise<{ lastSampleTime: number }>}
 */
export async function writeOpenMetrics(file, series, grid, gauges = []) {
  const chunks = openMetricsChunks(series, grid, gauges); // validates before the file is created
  const out = createWriteStream(file);
  const failed = once(out, 'error').then(([error]) => {
    throw error;
  });
  failed.catch(() => {}); // observed below; avoid an unhandled rejection when everything succeeds
  try {
    for (const chunk of chunks) {
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
    }
  } catch (error) {
    out.destroy();
    throw error;
  }
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return { lastSampleTime: lastSampleTimeOf(grid) };
}

// ---------------------------------------------------------------------------------------------------
// A running Prometheus
// ---------------------------------------------------------------------------------------------------

/**
 * @typedef {object} RunningPrometheus
 * @property {string} url base URL, e.g. http://127.0.0.1:41234 (no trailing slash)
 * @property {number} port
 * @property {string} dataDir TSDB directory
 * @property {number} lastSampleTime unix seconds of the last backfilled sample: pin `time=` to it
 * @property {() => Promise<void>} stop SIGTERM, wait for exit (SIGKILL after 5 s), remove the temp dir
 */

const READY_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 5_000;
const PORT_ATTEMPTS = 5;

/**
 * Runs a command to completion, collecting its output for the error message.
 * @param {string} command
 * @param {string[]} args
 */
async function runQuiet(command, args) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  /** @type {number | null} */
  const code = await new Promise((resolve, reject) => {
    child.once('close', resolve);
    child.once('error', reject);
  });
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${tail(output)}`);
}

/** @param {string} text */
function tail(text, lines = 20) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

// Launches Prometheus through `sh` so that a watchdog outlives a crash of this process. The watchdog
// subshell reads an extra pipe (fd 3; not stdin, which node closes as soon as the child exits) until EOF.
// terminate() writes "stopped" before closing it, after Prometheus has exited: nothing left to do. If this
// process dies instead (even by SIGKILL, or Ctrl-C, which the watchdog ignores) the kernel closes the pipe
// with nothing written: the watchdog sends SIGTERM to Prometheus (which `exec` gave the shell's pid, $$),
// SIGKILL after 5 s, and removes the temp dir. (A killed Prometheus stays a zombie until init reaps it,
// and kill -0 still succeeds on zombies: hence the look at /proc.)
const LAUNCHER = `
dir=$1; shift
(
  trap '' INT HUP
  message=$(cat <&3)
  [ "$message" = stopped ] && exit 0
  kill -TERM $$ 2>/dev/null
  i=0
  alive() { kill -0 $$ 2>/dev/null && [ "$(cut -d' ' -f3 /proc/$$/stat 2>/dev/null)" != Z ]; }
  while alive && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
  alive && kill -KILL $$ 2>/dev/null
  rm -rf "$dir"
) >/dev/null 2>&1 &
exec "$@" </dev/null 3<&-
`;

/**
 * @param {string} url
 * @param {string} query
 * @param {number} time
 * @returns {Promise<number | undefined>} the single value of a scalar-like vector result, if any
 */
export async function queryCount(url, query, time) {
  const response = await fetch(`${url}/api/v1/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query, time: String(time) }),
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) return undefined;
  const body = /** @type {{ data?: { result?: { value: [number, string] }[] } }} */ (await response.json());
  const value = body.data?.result?.[0]?.value[1];
  return value === undefined ? undefined : Number(value);
}

/**
 * Starts Prometheus on a free 127.0.0.1 port with `series` backfilled over the grid. With `series: []`
 * (grid optional) it starts empty and lastSampleTime is the grid's last point, or now.
 * `scrapeConfigs` (written as given under `scrape_configs:`) and `extraFlags` (e.g.
 * `--enable-feature=native-histograms`) are for data that backfill cannot carry: live scrapes.
 * @param {{ series: CounterSeries[], gauges?: GaugeSeries[], start?: number, end?: number, step?: number, scrapeConfigs?: object[], extraFlags?: string[], log?: Log }} options
 * @returns {Promise<RunningPrometheus>}
 */
export async function startPrometheus({
  series,
  gauges = [],
  start,
  end,
  step,
  scrapeConfigs = [],
  extraFlags = [],
  log = noLog,
}) {
  const binaries = await findBinaries();
  if (!binaries) {
    throw new PrometheusMissingError(
      `prometheus and promtool are not on PATH; install them with: ${INSTALL_COMMAND}`,
    );
  }
  const hasGrid = start !== undefined && end !== undefined && step !== undefined;
  const seriesCount = series.length + gauges.length;
  if (seriesCount > 0 && !hasGrid)
    throw new Error('startPrometheus: start, end and step are required with series');
  const grid = hasGrid ? { start, end, step } : undefined;
  const lastSampleTime = grid ? lastSampleTimeOf(grid) : Math.floor(Date.now() / 1000);

  const dir = await mkdtemp(join(tmpdir(), 'slo-gate-prometheus-'));
  const dataDir = join(dir, 'data');
  try {
    await mkdir(dataDir);
    if (seriesCount > 0 && grid) {
      const began = performance.now();
      const omFile = join(dir, 'data.om');
      await writeOpenMetrics(omFile, series, grid, gauges);
      // --max-block-duration is hidden from --help; without it 30 days take minutes instead of seconds.
      await runQuiet(binaries.promtool, [
        'tsdb',
        'create-blocks-from',
        'openmetrics',
        '-q',
        '--max-block-duration=744h',
        omFile,
        dataDir,
      ]);
      await rm(omFile);
      log(`backfilled ${seriesCount} series in ${Math.round(performance.now() - began)} ms`);
    }
    const configFile = join(dir, 'prometheus.yml');
    // JSON is YAML: no YAML writer needed here.
    const config = { global: { scrape_interval: '15s' }, scrape_configs: scrapeConfigs };
    await writeFile(configFile, `${JSON.stringify(config, null, 2)}\n`);

    const began = performance.now();
    const { child, port, stderr } = await launch(binaries.prometheus, dir, configFile, dataDir, extraFlags);
    const url = `http://127.0.0.1:${port}`;
    const instance = { child, dir };
    running.add(instance);
    installExitHook();

    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await terminate(child);
      running.delete(instance);
      await rm(dir, { recursive: true, force: true });
    };
    try {
      if (seriesCount > 0) {
        // Blocks load before /-/ready, but make sure queries pinned to the last sample see every series.
        await pollUntil(
          async () => (await queryCount(url, 'count({__name__=~".+"})', lastSampleTime)) === seriesCount,
          `backfilled series not visible at time=${lastSampleTime}`,
          child,
          stderr,
        );
      }
    } catch (error) {
      await stop();
      throw error;
    }
    log(`prometheus ${url} ready in ${Math.round(performance.now() - began)} ms`);
    return { url, port, dataDir, lastSampleTime, stop };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @returns {import('node:stream').Writable | undefined}
 */
function watchdogPipe(child) {
  return /** @type {import('node:stream').Writable | null | undefined} */ (child.stdio[3]) ?? undefined;
}

/**
 * SIGTERM, wait for exit (SIGKILL after the grace time), then release the watchdog.
 * @param {import('node:child_process').ChildProcess} child
 */
async function terminate(child) {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const forceKill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(forceKill);
  }
  watchdogPipe(child)?.end('stopped');
}

/**
 * Ready, and really ours: if another process grabbed the port between freePort() and the bind, our
 * Prometheus exits with "address already in use" while the intruder may well answer /-/ready.
 * The API answers 503 until Prometheus is ready.
 * @param {number} port
 * @param {string} dataDir
 */
async function isOurPrometheusReady(port, dataDir) {
  // Bounded: whatever holds the port may accept and never answer.
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/status/flags`, {
    signal: AbortSignal.timeout(1000),
  });
  if (!response.ok) return false;
  const body = /** @type {{ data?: Record<string, string> }} */ (await response.json());
  return body.data?.['storage.tsdb.path'] === dataDir;
}

/**
 * Starts Prometheus on a free port, retrying with another port when one was taken in between.
 * @param {string} prometheus
 * @param {string} dir
 * @param {string} configFile
 * @param {string} dataDir
 * @param {string[]} extraFlags
 */
async function launch(prometheus, dir, configFile, dataDir, extraFlags) {
  let lastError;
  for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
    const port = await freePort();
    const child = spawn(
      'sh',
      [
        '-c',
        LAUNCHER,
        'prometheus-launcher',
        dir,
        prometheus,
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${dataDir}`,
        // The default 15d silently deletes older backfilled blocks at start-up.
        '--storage.tsdb.retention.time=90d',
        `--web.listen-address=127.0.0.1:${port}`,
        '--web.enable-lifecycle',
        ...extraFlags,
      ],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    watchdogPipe(child)?.on('error', () => {}); // EPIPE if the watchdog is already gone
    const stderr = { text: '' };
    child.stderr?.on('data', (d) => {
      stderr.text = (stderr.text + d).slice(-20_000);
    });
    try {
      await pollUntil(
        () => isOurPrometheusReady(port, dataDir),
        'prometheus did not become ready',
        child,
        stderr,
      );
      return { child, port, stderr };
    } catch (error) {
      await terminate(child);
      lastError = error;
      if (!/address already in use/i.test(stderr.text)) throw error;
    }
  }
  throw lastError;
}

/**
 * Polls `check` every 50 ms until it returns true; fails early when Prometheus exits, and after
 * READY_TIMEOUT_MS, with the tail of Prometheus's stderr in the message.
 * @param {() => Promise<boolean>} check
 * @param {string} what
 * @param {import('node:child_process').ChildProcess} child
 * @param {{ text: string }} stderr
 */
async function pollUntil(check, what, child, stderr) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${what}: prometheus exited (${child.signalCode ?? `exit code ${child.exitCode}`}); its stderr ends with:\n${tail(stderr.text)}`,
      );
    }
    try {
      if (await check()) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${what} within ${READY_TIMEOUT_MS / 1000} s; its stderr ends with:\n${tail(stderr.text)}`,
      );
    }
    await delay(50);
  }
}
