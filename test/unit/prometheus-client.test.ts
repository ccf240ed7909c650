/** The Prometheus client against real HTTP(S) servers on 127.0.0.1 (no axios mocks). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrometheusConfig } from '../../src/config/types.js';
import { UsageError } from '../../src/errors.js';
import {
  createPrometheusClient,
  PrometheusError,
  type PrometheusClient,
} from '../../src/prometheus/client.js';

interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

type Reply = (request: SeenRequest, response: http.ServerResponse, index: number) => void | Promise<void>;

interface TestServer {
  url: string;
  requests: SeenRequest[];
  maxInFlight: number;
  /** Told the client port of each new connection. */
  onConnection?: (port: number | undefined) => void;
  close(): Promise<void>;
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startServer(reply: Reply, tls?: https.ServerOptions): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(seen);
      void reply(seen, res, requests.length - 1);
    });
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  server.on('connection', (socket) => testServer.onConnection?.(socket.remotePort));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const testServer: TestServer = {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(testServer);
  return testServer;
}

function json(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function vector(samples: { metric: Record<string, string>; value: string }[], extra: object = {}): object {
  return {
    status: 'success',
    data: {
      resultType: 'vector',
      result: samples.map((s) => ({ metric: s.metric, value: [1700000000, s.value] })),
    },
    ...extra,
  };
}

const ONE_SAMPLE = vector([{ metric: { job: 'api' }, value: '0.5' }]);

function config(url: string, overrides: Partial<PrometheusConfig> = {}): PrometheusConfig {
  return { url, headers: {}, timeoutMs: 2000, retries: 2, concurrency: 8, ...overrides };
}

function fastClient(cfg: PrometheusConfig, onRetry?: (message: string) => void): PrometheusClient {
  return createPrometheusClient(cfg, { backoffBaseMs: 1, onRetry });
}

async function failureOf(promise: Promise<unknown>): Promise<PrometheusError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PrometheusError) return error;
    throw error;
  }
  throw new Error('expected the query to fail');
}

const AT = new Date('2023-11-14T22:13:20.123Z'); // unix 1700000000.123

describe('request shape', () => {
  it('POSTs a form with the query and the pinned time, under the path prefix, tolerating a trailing slash', async () => {
    const server = await startServer((_req, res) => json(res, 200, ONE_SAMPLE));
    const client = fastClient(config(`${server.url}/prometheus/`));
    await client.query('sum(rate(x{a="b c"}[5m]))', AT);

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('/prometheus/api/v1/query');
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(request!.body);
    expect(form.get('query')).toBe('sum(rate(x{a="b c"}[5m]))');
    expect(form.get('time')).toBe('1700000000.123');
    // Thanos fails the query instead of answering without a store's data; others ignore the field.
    expect(form.get('partial_response')).toBe('false');
  });

  it('asks instant queries uncompressed, over one kept-alive connection', async () => {
    const server = await startServer((_req, res) => json(res, 200, ONE_SAMPLE));
    const client = fastClient(config(server.url, { concurrency: 1 }));
    const ports = new Set<number | undefined>();
    server.onConnection = (port) => ports.add(port);
    for (let i = 0; i < 3; i++) await client.query('up', AT);
    expect(server.requests.map((r) => r.headers['accept-encoding'])).toEqual([
      'identity',
      'identity',
      'identity',
    ]);
    expect(server.requests.map((r) => r.headers.connection)).toEqual([
      'keep-alive',
      'keep-alive',
      'keep-alive',
    ]);
    expect(ports.size).toBe(1);
  });

  it('sends configured headers (tenant) and the bearer token read from its file, trimmed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slo-gate-token-'));
    try {
      writeFileSync(join(dir, 'token'), 's3cr3t-token-value\n');
      const server = await startServer((_req, res) => json(res, 200, ONE_SAMPLE));
      const client = fastClient(
        config(server.url, { headers: { 'X-Scope-OrgID': 'team-a' }, bearerTokenFile: join(dir, 'token') }),
      );
      await client.query('up', AT);
      expect(server.requests[0]!.headers['x-scope-orgid']).toBe('team-a');
      expect(server.requests[0]!.headers.authorization).toBe('Bearer s3cr3t-token-value');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends basic auth with a password or a password file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slo-gate-pass-'));
    try {
      writeFileSync(join(dir, 'password'), 'file-pass\n');
      const server = await startServer((_req, res) => json(res, 200, ONE_SAMPLE));
      await fastClient(
        config(server.url, { basicAuth: { username: 'alice', password: 'inline-pass' } }),
      ).query('up', AT);
      await fastClient(
        config(server.url, { basicAuth: { username: 'bob', passwordFile: join(dir, 'password') } }),
      ).query('up', AT);
      // base64("alice:inline-pass") and base64("bob:file-pass"), computed independently.
      expect(server.requests[0]!.headers.authorization).toBe('Basic YWxpY2U6aW5saW5lLXBhc3M=');
      expect(server.requests[1]!.headers.authorization).toBe('Basic Ym9iOmZpbGUtcGFzcw==');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends URL credentials as basic auth and masks them in messages', async () => {
    const server = await startServer((_req, res) =>
      json(res, 500, { status: 'error', errorType: 'internal', error: 'boom' }),
    );
    const withCredentials = server.url.replace('://', '://carol:url-pass-123@');
    const error = await failureOf(fastClient(config(withCredentials, { retries: 0 })).query('up', AT));
    // base64("carol:url-pass-123")
    expect(server.requests[0]!.headers.authorization).toBe('Basic Y2Fyb2w6dXJsLXBhc3MtMTIz');
    expect(error.message).toBe(
      `Prometheus at ${server.url.replace('://', '://***@')} answered HTTP 500 (internal): boom (1 attempt)`,
    );
    expect(error.message).not.toContain('url-pass-123');
    expect(error.message).not.toContain('carol');
  });

  it('rejects an unreadable token file with a UsageError naming the file and the fix', () => {
    expect(() =>
      createPrometheusClient(config('http://127.0.0.1:1', { bearerTokenFile: '/nonexistent/token' })),
    ).toThrow(UsageError);
    expect(() =>
      createPrometheusClient(config('http://127.0.0.1:1', { bearerTokenFile: '/nonexistent/token' })),
    ).toThrow(
      'cannot read prometheus.bearerTokenFile /nonexistent/token (ENOENT) — fix: point prometheus.bearerTokenFile at a readable file',
    );
  });
});

describe('answers', () => {
  it('parses a vector with NaN and infinite values', async () => {
    const server = await startServer((_req, res) =>
      json(
        res,
        200,
        vector([
          { metric: { code: '500' }, value: 'NaN' },
          { metric: { code: '502' }, value: '+Inf' },
          { metric: { code: '503' }, value: '-Inf' },
          { metric: { code: '504' }, value: '1.5e-3' },
        ]),
      ),
    );
    const answer = await fastClient(config(server.url)).query('x', AT);
    expect(answer.warnings).toEqual([]);
    expect(answer.samples).toHaveLength(4);
    expect(answer.samples[0]!.labels).toEqual({ code: '500' });
    expect(answer.samples[0]!.value).toBeNaN();
    expect(answer.samples[1]!.value).toBe(Infinity);
    expect(answer.samples[2]!.value).toBe(-Infinity);
    expect(answer.samples[3]!.value).toBe(0.0015);
  });

  it('turns a scalar into one sample without labels', async () => {
    const server = await startServer((_req, res) =>
      json(res, 200, { status: 'success', data: { resultType: 'scalar', result: [1700000000, '0.25'] } }),
    );
    expect(await fastClient(config(server.url)).query('scalar(x)', AT)).toEqual({
      samples: [{ labels: {}, value: 0.25 }],
      warnings: [],
    });
  });

  it('keeps warnings and infos (Thanos partial responses)', async () => {
    const server = await startServer((_req, res) =>
      json(
        res,
        200,
        vector([{ metric: {}, value: '3' }], {
          warnings: ['partial response: store gateway eu-1 unavailable'],
          infos: ['PromQL info: metric might not be a counter'],
        }),
      ),
    );
    const answer = await fastClient(config(server.url)).query('x', AT);
    expect(answer.samples).toEqual([{ labels: {}, value: 3 }]);
    expect(answer.warnings).toEqual([
      'partial response: store gateway eu-1 unavailable',
      'PromQL info: metric might not be a counter',
    ]);
  });

  it('refuses a matrix result as an invalid response', async () => {
    const server = await startServer((_req, res) =>
      json(res, 200, { status: 'success', data: { resultType: 'matrix', result: [] } }),
    );
    const error = await failureOf(fastClient(config(server.url)).query('x[5m]', AT));
    expect(error.kind).toBe('invalid_response');
    expect(error.message).toContain('result type "matrix", expected an instant vector or scalar');
  });

  it('reports a non-JSON body with an excerpt and the path-prefix hint, without retrying', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html>\n  <body>Grafana login</body>\n</html>');
    });
    const client = fastClient(config(server.url));
    const error = await failureOf(client.query('up', AT));
    expect(error.kind).toBe('invalid_response');
    expect(error.message).toBe(
      `Prometheus at ${server.url} did not answer with JSON (got "<html> <body>Grafana login</body> </html>") — ` +
        'the URL must be the API base including any path prefix, e.g. http://mimir/prometheus',
    );
    expect(client.requestCount).toBe(1);
  });

  it('explains a 404 with the path-prefix hint', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(404);
      res.end('404 page not found');
    });
    const error = await failureOf(fastClient(config(server.url)).query('up', AT));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.message).toContain('the URL must be the API base including any path prefix');
  });
});

describe('retries', () => {
  it('reports a refused connection after the configured retries', async () => {
    const closed = await startServer(() => undefined);
    await closed.close();
    const retries: string[] = [];
    const client = fastClient(config(closed.url, { retries: 2 }), (message) => retries.push(message));
    const error = await failureOf(client.query('up', AT));
    expect(error.kind).toBe('connection');
    expect(error.attempts).toBe(3);
    expect(error.message).toBe(`Prometheus at ${closed.url} refused the connection (3 attempts)`);
    expect(client.requestCount).toBe(3);
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(
      new RegExp(
        `^Prometheus at ${closed.url} refused the connection; retrying in \\d+ms \\(attempt 2 of 3\\)$`,
      ),
    );
  });

  it('does not retry an answer slower than the timeout, and reports the timeout within a bounded time', async () => {
    const server = await startServer((_req, res) => {
      const timer = setTimeout(() => json(res, 200, ONE_SAMPLE), 3000);
      res.on('close', () => clearTimeout(timer));
    });
    const client = fastClient(config(server.url, { timeoutMs: 200, retries: 1 }));
    const started = Date.now();
    const error = await failureOf(client.query('up', AT));
    const elapsed = Date.now() - started;
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      `Prometheus at ${server.url} did not answer within 200ms; not retried: the same query would take as long`,
    );
    expect(client.requestCount).toBe(1);
    // One 200 ms attempt; far below the server's 3 s.
    expect(elapsed).toBeGreaterThanOrEqual(200);
    expect(elapsed).toBeLessThan(1500);
  });

  it('retries a 500 and returns the answer that follows', async () => {
    const server = await startServer((_req, res, index) => {
      if (index === 0) {
        res.writeHead(500);
        res.end('internal error');
      } else json(res, 200, ONE_SAMPLE);
    });
    const retries: string[] = [];
    const client = fastClient(config(server.url), (message) => retries.push(message));
    const answer = await client.query('up', AT);
    expect(answer.samples).toEqual([{ labels: { job: 'api' }, value: 0.5 }]);
    expect(client.requestCount).toBe(2);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatch(
      /^Prometheus at .* answered HTTP 500: internal error; retrying in \d+ms \(attempt 2 of 3\)$/,
    );
  });

  it('reports persistent 500s with the body and the attempt count', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(500);
      res.end('upstream exploded');
    });
    const error = await failureOf(fastClient(config(server.url, { retries: 2 })).query('up', AT));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
    expect(error.message).toBe(
      `Prometheus at ${server.url} answered HTTP 500: upstream exploded (3 attempts)`,
    );
  });

  it('waits for Retry-After on a 429 (even with a tiny backoff base)', async () => {
    const server = await startServer((_req, res, index) => {
      if (index === 0)
        json(
          res,
          429,
          { status: 'error', errorType: 'too_many_requests', error: 'slow down' },
          { 'Retry-After': '1' },
        );
      else json(res, 200, ONE_SAMPLE);
    });
    const retries: string[] = [];
    const client = fastClient(config(server.url), (message) => retries.push(message));
    const started = Date.now();
    await client.query('up', AT);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(client.requestCount).toBe(2);
    expect(retries[0]).toContain('retrying in 1s');
  });

  it("never retries bad_data, and passes on Prometheus's own error text", async () => {
    const server = await startServer((_req, res) =>
      json(res, 400, { status: 'error', errorType: 'bad_data', error: '1:5: parse error: unexpected "}"' }),
    );
    const client = fastClient(config(server.url, { retries: 3 }));
    const error = await failureOf(client.query('up{}}', AT));
    expect(client.requestCount).toBe(1);
    expect(error.kind).toBe('bad_data');
    expect(error.status).toBe(400);
    expect(error.errorType).toBe('bad_data');
    expect(error.message).toBe('Prometheus rejected the query: 1:5: parse error: unexpected "}"');
  });

  it('does not retry an execution error (422)', async () => {
    const server = await startServer((_req, res) =>
      json(res, 422, {
        status: 'error',
        errorType: 'execution',
        error: 'query processing would load too many samples',
      }),
    );
    const client = fastClient(config(server.url));
    const error = await failureOf(client.query('up', AT));
    expect(client.requestCount).toBe(1);
    expect(error.kind).toBe('query_error');
    expect(error.message).toBe(
      'Prometheus could not run the query (execution): query processing would load too many samples',
    );
  });

  it('retries errorType unavailable and returns the answer that follows', async () => {
    const server = await startServer((_req, res, index) => {
      if (index === 0) json(res, 503, { status: 'error', errorType: 'unavailable', error: 'TSDB not ready' });
      else json(res, 200, ONE_SAMPLE);
    });
    const client = fastClient(config(server.url));
    expect((await client.query('up', AT)).samples).toHaveLength(1);
    expect(client.requestCount).toBe(2);
  });

  it('does not retry errorType timeout, and reports it as a timeout', async () => {
    const server = await startServer((_req, res) =>
      json(res, 503, {
        status: 'error',
        errorType: 'timeout',
        error: 'query timed out in expression evaluation',
      }),
    );
    const client = fastClient(config(server.url, { retries: 1 }));
    const error = await failureOf(client.query('up', AT));
    expect(client.requestCount).toBe(1);
    expect(error.kind).toBe('timeout');
    expect(error.errorType).toBe('timeout');
    expect(error.message).toBe(
      `Prometheus at ${server.url} timed out evaluating the query: query timed out in expression evaluation; ` +
        'not retried: the same query would take as long',
    );
  });
});

describe('secrets', () => {
  const TOKEN = 'tok-9f8e7d6c5b4a';
  let dir: string;
  let tokenFile: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'slo-gate-secret-'));
    tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, TOKEN);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the token out of every error and retry message, even when the server echoes it', async () => {
    const echo = (req: SeenRequest) => `seen ${String(req.headers.authorization)}`;
    const server = await startServer((req, res) => {
      if (req.body.includes('five-hundred')) {
        res.writeHead(500);
        res.end(echo(req));
      } else if (req.body.includes('bad-data'))
        json(res, 400, { status: 'error', errorType: 'bad_data', error: echo(req) });
      else if (req.body.includes('html')) res.end(`<p>${echo(req)}</p>`);
      else json(res, 200, vector([], { warnings: [echo(req)] }));
    });
    const closed = await startServer(() => undefined);
    await closed.close();

    const messages: string[] = [];
    const client = createPrometheusClient(config(server.url, { bearerTokenFile: tokenFile, retries: 1 }), {
      backoffBaseMs: 1,
      onRetry: (message) => messages.push(message),
    });
    const refused = createPrometheusClient(config(closed.url, { bearerTokenFile: tokenFile, retries: 1 }), {
      backoffBaseMs: 1,
      onRetry: (message) => messages.push(message),
    });
    const errors = await Promise.all([
      failureOf(client.query('five-hundred', AT)),
      failureOf(client.query('bad-data', AT)),
      failureOf(client.query('html', AT)),
      failureOf(refused.query('up', AT)),
    ]);
    const answer = await client.query('ok', AT);

    // The server did receive the token, so the echo really carried it.
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    for (const error of errors) {
      messages.push(error.message, JSON.stringify(error), String(error.stack));
      expect(Object.keys(error)).not.toContain('cause');
    }
    messages.push(...answer.warnings);
    expect(messages.join('\n')).not.toContain(TOKEN);
    expect(errors[1]!.message).toBe('Prometheus rejected the query: seen Bearer ***');
    expect(answer.warnings).toEqual(['seen Bearer ***']);
  });
});

describe('concurrency', () => {
  it('keeps at most `concurrency` queries in flight and counts every request', async () => {
    const server = await startServer((_req, res) => {
      setTimeout(() => json(res, 200, ONE_SAMPLE), 40);
    });
    const client = fastClient(config(server.url, { concurrency: 3 }));
    await Promise.all(Array.from({ length: 12 }, (_, i) => client.query(`q${i}`, AT)));
    expect(server.maxInFlight).toBe(3);
    expect(client.requestCount).toBe(12);
  });
});

describe('TLS', () => {
  let dir: string;
  let serverTls: https.ServerOptions;
  const file = (name: string) => join(dir, name);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'slo-gate-tls-'));
    const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      '1',
      '-subj',
      '/CN=slo-gate test CA',
    );
    writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1\n');
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'server.key',
      '-out',
      'server.csr',
      '-subj',
      '/CN=127.0.0.1',
    );
    openssl(
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.crt',
      '-days',
      '1',
      '-extfile',
      'server.ext',
    );
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'client.key',
      '-out',
      'client.csr',
      '-subj',
      '/CN=slo-gate',
    );
    openssl(
      'x509',
      '-req',
      '-in',
      'client.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'client.crt',
      '-days',
      '1',
    );
    serverTls = { key: readFileSync(file('server.key')), cert: readFileSync(file('server.crt')) };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('trusts a server certificate signed by the configured CA', async () => {
    const server = await startServer((_req, res) => json(res, 200, ONE_SAMPLE), serverTls);
    const answer = await fastClient(config(server.url, { tls: { caFile: file('ca.crt') } })).query('up', AT);
    expect(answer.samples).toHaveLength(1);
  });

  it('rejects an untrusted certificate with a clear message and no retries', async () => {
    const server = await startServer((_req, res) => json(res, 200, ONE_SAMPLE), serverTls);
    const client = fastClient(config(server.url, { retries: 2 }));
    const error = await failureOf(client.query('up', AT));
    expect(error.kind).toBe('connection');
    expect(error.message).toBe(
      `Prometheus at ${server.url} presented a TLS certificate that is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE) — ` +
        'set prometheus.tls.caFile to the CA that signed it (or tls.insecureSkipVerify: true, for tests only)',
    );
    expect(client.requestCount).toBe(1);
  });

  it('accepts any certificate with insecureSkipVerify', async () => {
    const server = await startServer((_req, res) => json(res, 200, ONE_SAMPLE), serverTls);
    const answer = await fastClient(config(server.url, { tls: { insecureSkipVerify: true } })).query(
      'up',
      AT,
    );
    expect(answer.samples).toHaveLength(1);
  });

  it('presents a client certificate (mutual TLS)', async () => {
    const server = await startServer((_req, res) => json(res, 200, ONE_SAMPLE), {
      ...serverTls,
      ca: readFileSync(file('ca.crt')),
      requestCert: true,
      rejectUnauthorized: true,
    });
    const tls = { caFile: file('ca.crt'), certFile: file('client.crt'), keyFile: file('client.key') };
    expect((await fastClient(config(server.url, { tls })).query('up', AT)).samples).toHaveLength(1);
  });

  it('rejects an unreadable CA file with a UsageError', () => {
    expect(() =>
      createPrometheusClient(config('https://127.0.0.1:1', { tls: { caFile: '/nonexistent/ca.crt' } })),
    ).toThrow('cannot read prometheus.tls.caFile /nonexistent/ca.crt (ENOENT)');
  });
});
