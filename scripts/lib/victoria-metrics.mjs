// A real, throw-away VictoriaMetrics (single node, Debian package `victoria-metrics`) for tests: serve
// on a free 127.0.0.1 port with a temp -storageDataPath and load the same generated history the
// Prometheus harness backfills, through VictoriaMetrics's import API.
// Plain ESM with only node built-ins, like prometheus.mjs; types in victoria-metrics.d.mts.

import { spawn } from 'node:child_process';
import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import process from 'node:process';
import { setTimeout as delay } from 'node:timers/promises';
import { freePort, installExitHook, running } from './child-servers.mjs';
import { lastSampleTimeOf, openMetricsChunks, queryCount } from './prometheus.mjs';

/** What a non-root user runs to install it (Debian/Ubuntu). */
export const VICTORIA_METRICS_INSTALL_COMMAND =
  'sudo apt-get update && sudo apt-get install -y --no-install-recommends victoria-metrics';

const READY_TIMEOUT_MS = 20_000;
const PORT_ATTEMPTS = 5;
/** Lines per import request: a few hundred kB each. */
const IMPORT_LINES = 20_000;

/** @returns {Promise<string | undefined>} the victoria-metrics binary on PATH (or /usr/bin), if any */
export async function findVictoriaMetrics() {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, 'victoria-metrics');
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * The generated history (openMetricsChunks: counters and gauges, timestamps in seconds) as
 * Prometheus text lines with millisecond timestamps, the form /api/v1/import/prometheus reads.
 * @param {Iterable<string>} chunks
 * @returns {Generator<string, void, void>} request bodies of at most IMPORT_LINES lines
 */
function* importBodies(chunks) {
  /** @type {string[]} */
  let lines = [];
  for (const chunk of chunks) {
    for (const line of chunk.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const cut = line.lastIndexOf(' ');
      lines.push(`${line.slice(0, cut)} ${Number(line.slice(cut + 1)) * 1000}`);
      if (lines.length === IMPORT_LINES) {
        yield `${lines.join('\n')}\n`;
        lines = [];
      }
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/**
 * @param {() => Promise<boolean>} check
 * @param {string} what
 * @param {import('node:child_process').ChildProcess} child
 * @param {{ text: string }} output
 */
async function pollUntil(check, what, child, output) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${what}: victoria-metrics exited; its output ends with:\n${output.text.slice(-4000)}`);
    }
    try {
      if (await check()) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${what} within ${READY_TIMEOUT_MS / 1000} s; its output ends with:\n${output.text.slice(-4000)}`,
      );
    }
    await delay(50);
  }
}

/** @param {import('node:child_process').ChildProcess} child */
async function terminate(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(force);
}

/**
 * Starts VictoriaMetrics on a free 127.0.0.1 port with `series` and `gauges` loaded over the grid
 * (the sample layout of openMetricsChunks), waiting until every series is visible at the last sample.
 * @param {{ binary: string, series: import('./prometheus.mjs').CounterSeries[], gauges?: import('./prometheus.mjs').GaugeSeries[], start: number, end: number, step: number, log?: (line: string) => void }} options
 */
export async function startVictoriaMetrics({
  binary,
  series,
  gauges = [],
  start,
  end,
  step,
  log = () => {},
}) {
  const grid = { start, end, step };
  const lastSampleTime = lastSampleTimeOf(grid);
  const dir = await mkdtemp(join(tmpdir(), 'slo-gate-victoria-metrics-'));
  let lastError;
  for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
    const port = await freePort();
    const child = spawn(
      binary,
      [
        `-storageDataPath=${join(dir, 'data')}`,
        `-httpListenAddr=127.0.0.1:${port}`,
        // The history lies years back: the default retention (1 month) would drop it on import.
        '-retentionPeriod=100y',
        // Answers must reflect the import just made, never a cached range.
        '-search.disableCache',
        '-loggerLevel=ERROR',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const output = { text: '' };
    const keep = (/** @type {Buffer} */ d) => {
      output.text = (output.text + d).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const url = `http://127.0.0.1:${port}`;
    const instance = { child, dir };
    running.add(instance);
    installExitHook();
    const stop = async () => {
      await terminate(child);
      running.delete(instance);
      await rm(dir, { recursive: true, force: true });
    };
    try {
      await pollUntil(
        async () => (await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) })).ok,
        'victoria-metrics did not become ready',
        child,
        output,
      );
      const began = Date.now();
      for (const body of importBodies(openMetricsChunks(series, grid, gauges))) {
        const response = await fetch(`${url}/api/v1/import/prometheus`, { method: 'POST', body });
        if (!response.ok) throw new Error(`import failed: HTTP ${response.status} ${await response.text()}`);
      }
      await fetch(`${url}/internal/force_flush`);
      const seriesCount = series.length + gauges.length;
      await pollUntil(
        async () => (await queryCount(url, 'count({__name__=~".+"})', lastSampleTime)) === seriesCount,
        `imported series not visible at time=${lastSampleTime}`,
        child,
        output,
      );
      log(`victoria-metrics ${url}: ${seriesCount} series imported in ${Date.now() - began} ms`);
      return { url, port, lastSampleTime, stop };
    } catch (error) {
      lastError = error;
      await terminate(child);
      running.delete(instance);
      if (!/address already in use/i.test(output.text)) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  await rm(dir, { recursive: true, force: true });
  throw lastError;
}

/**
 * The victoria-metrics binary; as root, installs Debian's package when it is missing. Undefined when
 * it is missing and cannot be installed from here (the caller decides: CI fails, a laptop skips).
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<string | undefined>}
 */
export async function ensureVictoriaMetrics({ log = () => {} } = {}) {
  const found = await findVictoriaMetrics();
  if (found || process.getuid?.() !== 0) return found;
  log('victoria-metrics not on PATH: installing the Debian package `victoria-metrics` (apt-get)');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'victoria-metrics']]) {
    const child = spawn('apt-get', args, {
      stdio: ['ignore', process.stderr, process.stderr],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const [code] = await once(child, 'exit');
    if (code !== 0) return undefined;
  }
  return findVictoriaMetrics();
}
