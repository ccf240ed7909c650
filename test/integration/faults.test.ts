/**
 * What the CLI does when Prometheus misbehaves or the user's input is wrong: verdict, message and
 * exit code. Prometheus is real; the faults come from real HTTP servers placed in front of it
 * (a proxy that fails once, adds warnings, or answers HTML) or in its place (closed port, a server
 * that never answers in time).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DAY, FIXED_END, type RunningPrometheus, startPrometheus, steady } from '../support/prometheus.js';
import { bodyOf, close, forwardTo, listen, urlOf } from '../support/http.js';

const T = FIXED_END;
const TOKEN = 's3cr3t-token-value-never-printed';
let prometheus: RunningPrometheus;
let dir: string;
let tokenFile: string;

beforeAll(async () => {
  prometheus = await startPrometheus({
    series: [
      { name: 'http_requests', labels: { service: 'shop', code: '200' }, ratePerSecond: steady(9.998) },
      { name: 'http_requests', labels: { service: 'shop', code: '500' }, ratePerSecond: steady(0.002) },
    ],
    start: T - 31 * DAY,
    end: T,
    step: 60,
  });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-faults-'));
  tokenFile = join(dir, 'token');
  writeFileSync(tokenFile, `${TOKEN}\n`);
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const SHOP_SLO = `
slos:
  - name: shop
    objective: 99.9
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="shop",code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="shop"}[{{.window}}]))
`;

function writeConfig(body: string): string {
  const file = join(dir, `gate-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, body);
  return file;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking the event loop, so in-process servers can answer it. */
function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/cli.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function check(configBody: string, url: string, extra: string[] = []): Promise<Run> {
  return cli([
    'check',
    '--config',
    writeConfig(configBody),
    '--prometheus-url',
    url,
    '--at',
    String(T),
    '--format',
    'json',
    ...extra,
  ]);
}

/** Forwards to the real Prometheus; `change` may rewrite the answer or answer itself. */
function proxy(change: (n: number, body: string, res: ServerResponse) => boolean | string): Promise<Server> {
  let n = 0;
  return listen(async (req, res) => {
    const request = ++n;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(`${prometheus.url}${req.url}`, {
      method: req.method,
      headers: { 'content-type': req.headers['content-type'] ?? 'application/x-www-form-urlencoded' },
      body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
    });
    const body = await upstream.text();
    const changed = change(request, body, res);
    if (changed === true) return; // answered by `change`
    res.writeHead(upstream.status, { 'content-type': 'application/json' });
    res.end(typeof changed === 'string' ? changed : body);
  });
}

const reportOf = (run: Run) => JSON.parse(run.stdout);

describe('Prometheus faults', () => {
  it('down (connection refused): the SLO is in error and the gate blocks by default', async () => {
    const server = await listen(() => {});
    const url = urlOf(server);
    await close(server); // the port is now closed
    const run = await check(SHOP_SLO, url);
    expect(run.code).toBe(1);
    const report = reportOf(run);
    expect(report.verdict).toBe('block');
    expect(report.slos[0].status).toBe('error');
    // The first three refusals trip the breaker: every query not yet answered says so, naming the cause.
    expect(report.slos[0].reasons[0]).toContain(
      `Prometheus at ${url} did not answer 3 requests in a row (the last: refused the connection)`,
    );
    expect(report.slos[0].reasons[0]).toContain('onPrometheusError: block');
    expect(run.stderr).toContain('refused the connection');
  });

  it('down with onPrometheusError: warn: the gate warns and exits 0', async () => {
    const run = await check(`${SHOP_SLO}policy:\n  onPrometheusError: warn\n`, 'http://127.0.0.1:1');
    expect(run.code).toBe(0);
    expect(reportOf(run).verdict).toBe('warn');
    expect(reportOf(run).slos[0].status).toBe('error');
  });

  it('slower than the timeout: gives up without retrying, in bounded time', async () => {
    let requests = 0;
    const server = await listen((req) => {
      // never answers; the one backend detection (buildinfo) is not a query
      if (req.url?.endsWith('/api/v1/query')) requests += 1;
    });
    const started = Date.now();
    const run = await check(
      `prometheus:\n  url: http://unused\n  timeout: 300ms\n  retries: 1\n${SHOP_SLO}`,
      urlOf(server),
    );
    const elapsed = Date.now() - started;
    await close(server);
    expect(run.code).toBe(1);
    expect(reportOf(run).slos[0].reasons[0]).toMatch(/did not answer within 300ms/);
    // Two requests first (the seven short windows together, the period), none retried. Both time
    // out; the short windows are then asked one by one: 8 of their 14 queries leave (the
    // concurrency), the first of those to time out is the third in a row and opens the breaker, and
    // the rest are never sent. 10 in all; 9 if a timer fires late enough that a slot is still taken.
    expect(requests).toBeGreaterThanOrEqual(9);
    expect(requests).toBeLessThanOrEqual(10);
    // The SLO failed with its first query that timed out, which was not sent again.
    expect(reportOf(run).slos[0].reasons[0]).toMatch(
      /did not answer within 300ms; not retried: the same query would take as long; onPrometheusError: block$/,
    );
    // Two rounds of 300 ms, far from hanging.
    expect(elapsed).toBeLessThan(10_000);
  });

  it('one window slower than the timeout: each of its queries sent once, the reason says it was not retried', async () => {
    const held: string[] = [];
    // Holds the 30m window's queries (never answered); forwards everything else to the real Prometheus.
    const server = await listen(async (req, res) => {
      const body = await bodyOf(req);
      const query = new URLSearchParams(body).get('query') ?? '';
      if (query.includes('[30m]')) {
        held.push(query);
        return;
      }
      await forwardTo(prometheus.url, req, res, body);
    });
    const run = await check(
      `prometheus:\n  url: http://unused\n  timeout: 300ms\n  retries: 2\n${SHOP_SLO}`,
      urlOf(server),
    );
    await close(server);
    // The short windows together once, then (that having timed out) the error query and the total
    // query of the 30m window on their own, once each: 2 retries allowed, none used.
    expect(held).toHaveLength(3);
    expect(new Set(held).size).toBe(3);
    expect(held.filter((query) => query.includes('slo_gate_part'))).toHaveLength(1);
    expect(held.filter((query) => !query.includes('slo_gate_part'))).toEqual(
      expect.arrayContaining([
        'sum(rate(http_requests_total{service="shop",code=~"5.."}[30m]))',
        'sum(rate(http_requests_total{service="shop"}[30m]))',
      ]),
    );
    const slo = reportOf(run).slos[0];
    expect(slo.status).toBe('error');
    expect(slo.reasons[0]).toMatch(
      /^Prometheus at \S+ did not answer within 300ms; not retried: the same query would take as long; onPrometheusError: block$/,
    );
    // The SLO's result is built at its first failure: the other query may time out just after.
    expect(slo.slowQueries).toContainEqual(expect.objectContaining({ window: '30m', timedOut: true }));
    expect(run.code).toBe(1);
  });

  it('a 500 then success: retried, and the verdict is the healthy one', async () => {
    // The first request is the backend detection (buildinfo); the second the first query.
    const server = await proxy((n, _body, res) => {
      if (n !== 2) return false;
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
      return true;
    });
    const run = await check(SHOP_SLO, urlOf(server), ['--verbose']);
    await close(server);
    expect(run.code).toBe(0);
    const report = reportOf(run);
    expect(report.verdict).toBe('pass');
    // 0.002 / 10 errors → burn 0.2x, 80 % of the budget left.
    expect(report.slos[0].errorBudgetRemaining).toBeCloseTo(0.8, 9);
    expect(run.stderr).toMatch(/HTTP 500/);
  });

  it('a body that is not JSON: an error naming what came back', async () => {
    const server = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Sign in</body></html>');
    });
    const run = await check(SHOP_SLO, urlOf(server));
    await close(server);
    expect(run.code).toBe(1);
    const reason = reportOf(run).slos[0].reasons[0];
    expect(reason).toMatch(/did not answer with JSON/);
    expect(reason).toContain('<html>');
  });

  it('control characters in an error body and a manifest reach no markdown, SARIF or text output', async () => {
    const server = await listen((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('overloaded\u001b[2J\u001b]0;owned\u0007\rall fine');
    });
    const manifest = join(dir, 'escape.yaml');
    // YAML's "\e" is ESC, "\r" CR: a name and a selector value carrying terminal sequences.
    writeFileSync(
      manifest,
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: "web\\e[31m"\n  namespace: shop\nspec:\n  selector:\n    app: "x\\r\\e]0;t\\a"\n  ports:\n    - port: 80\n',
    );
    const runs = await Promise.all(
      ['markdown', 'sarif', 'text'].map((format) =>
        check(`prometheus:\n  url: http://unused\n  retries: 0\n${SHOP_SLO}`, urlOf(server), [
          '--format',
          format,
          '--manifests',
          manifest,
        ]),
      ),
    );
    await close(server);
    const [markdown, sarif, text] = runs;
    // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
    const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
    for (const run of runs) {
      expect(run!.code).toBe(1);
      expect(run!.stdout).not.toMatch(control);
    }
    expect(markdown!.stdout).toContain('HTTP 500');
    expect(markdown!.stdout).toContain('overloaded[2J]0;owned all fine');
    expect(text!.stdout).toContain('overloaded[2J]0;owned all fine');
    // SARIF is JSON: no escaped control either, since a viewer shows what it decodes.
    const messages = (
      JSON.parse(sarif!.stdout) as { runs: { results: { message: { text: string } }[] }[] }
    ).runs[0]!.results.map((r) => r.message.text);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toMatch(control);
    expect(messages.join('\n')).toContain('web[31m');
  });

  it('a NaN result (0/0 in a raw ratio query): no data, by onNoData', async () => {
    const raw = `
slos:
  - name: idle
    objective: 99
    onNoData: warn
    sli:
      raw:
        errorRatioQuery: (sum(rate(http_requests_total{service="idle",code=~"5.."}[{{.window}}])) or vector(0)) / (sum(rate(http_requests_total{service="idle"}[{{.window}}])) or vector(0))
`;
    const run = await check(raw, prometheus.url);
    expect(run.code).toBe(0);
    const report = reportOf(run);
    expect(report.verdict).toBe('warn');
    expect(report.slos[0].status).toBe('nodata');
    expect(report.slos[0].burnRates['1h']).toBeNull();
  });

  it('a success with warnings (a Thanos partial response): kept in the report, verdict unchanged', async () => {
    const server = await proxy((_n, body) => {
      const parsed = JSON.parse(body);
      parsed.warnings = ['partial response: store eu-west-1 unavailable'];
      return JSON.stringify(parsed);
    });
    const run = await check(SHOP_SLO, urlOf(server));
    expect(run.code).toBe(0);
    const report = reportOf(run);
    expect(report.verdict).toBe('pass');
    expect(report.slos[0].warnings).toEqual(['partial response: store eu-west-1 unavailable']);
    // A partial answer may leave data out: said as a reason too, where the verdict is explained.
    expect(report.slos[0].reasons).toEqual([
      'the answer may be incomplete: partial response: store eu-west-1 unavailable',
    ]);
    const text = await cli([
      'check',
      '-c',
      writeConfig(SHOP_SLO),
      '--prometheus-url',
      urlOf(server),
      '--at',
      String(T),
    ]);
    await close(server);
    expect(text.stdout).toContain('Prometheus warning: partial response: store eu-west-1 unavailable');
  });

  it('never prints the bearer token, even when the server echoes it back', async () => {
    const server = await listen((req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`upstream rejected ${req.headers.authorization}`);
    });
    const config = `prometheus:\n  url: http://unused\n  bearerTokenFile: ${tokenFile}\n  retries: 0\n${SHOP_SLO}`;
    const runs = await Promise.all(
      ['json', 'text', 'markdown'].map((format) =>
        cli([
          'check',
          '-c',
          writeConfig(config),
          '--prometheus-url',
          urlOf(server),
          '--at',
          String(T),
          '-f',
          format,
          '-v',
        ]),
      ),
    );
    await close(server);
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(TOKEN);
      expect(run.stdout + run.stderr).toContain('HTTP 500');
    }
  });
});

describe('bad input: exit 2 and one line with the place and the fix', () => {
  const cases: [string, string, RegExp][] = [
    ['missing config', '', /cannot read config file ".*nope\.yaml": no such file/],
    ['YAML syntax error', 'slos:\n  - name: [oops\n', /gate-\w+\.yaml:\d+:\d+: /],
    [
      'unknown key',
      'prometheus:\n  url: http://x\n  timout: 5s\n',
      /:3:3: unknown key "timout" in prometheus — did you mean "timeout"\?/,
    ],
    [
      'objective out of range',
      SHOP_SLO.replace('objective: 99.9', 'objective: 120'),
      /:4:16: slos\[0\]\.objective .*120/,
    ],
    [
      'an integer beyond 2^53 (never silently rounded)',
      SHOP_SLO.replace('objective: 99.9', 'objective: 9007199254740993'),
      /:4:16: the integer 9007199254740993 is beyond 2\^53 \(9007199254740992\): it would be read as 9007199254740992/,
    ],
    [
      'unparsable window',
      SHOP_SLO.replace('objective: 99.9', 'objective: 99.9\n    window: 30days'),
      /:5:13: .*window.*30days/,
    ],
    [
      'PromQL syntax error',
      SHOP_SLO.replace(
        'sum(rate(http_requests_total{service="shop",code',
        'sum(rate(http_requests_total{service="shop" code',
      ),
      /:7:65: slos\[0\]\.sli\.events\.errorQuery is not valid PromQL: unexpected 'code'/,
    ],
  ];

  it.each(cases)('%s', async (_name, body, message) => {
    const config = body ? writeConfig(body) : join(dir, 'nope.yaml');
    const run = await cli(['check', '-c', config, '--prometheus-url', prometheus.url, '--at', String(T)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toMatch(/fix|did you mean/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('an unknown option or format is a usage error', async () => {
    expect((await cli(['check', '--format', 'yaml'])).code).toBe(2);
    expect((await cli(['check', '--bogus'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });

  it('--help and --version exit 0', async () => {
    expect((await cli(['--help'])).code).toBe(0);
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('--output writes the report to a file and nothing to stdout', async () => {
    const out = join(dir, 'report.json');
    const run = await cli([
      'check',
      '-c',
      writeConfig(SHOP_SLO),
      '--prometheus-url',
      prometheus.url,
      '--at',
      String(T),
      '-f',
      'json',
      '-o',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).verdict).toBe('pass');
  });
});
