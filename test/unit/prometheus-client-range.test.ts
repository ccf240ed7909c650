/** queryRange against real HTTP servers on 127.0.0.1 (no axios mocks). */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PrometheusConfig } from '../../src/config/types.js';
import {
  createPrometheusClient,
  MAX_POINTS_PER_SERIES,
  PrometheusError,
  type PrometheusClient,
} from '../../src/prometheus/client.js';

interface SeenRequest {
  url: string;
  method: string;
  contentType: string | undefined;
  acceptEncoding: string | undefined;
  body: string;
}

interface TestServer {
  url: string;
  requests: SeenRequest[];
  maxInFlight: number;
  close(): Promise<void>;
}

type Reply = (request: SeenRequest, response: http.ServerResponse, index: number) => void;

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startServer(reply: Reply): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const state = { inFlight: 0, maxInFlight: 0 };
  const server = http.createServer((req, res) => {
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    res.on('close', () => state.inFlight--);
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const seen = {
        url: req.url ?? '',
        method: req.method ?? '',
        contentType: req.headers['content-type'],
        acceptEncoding: req.headers['accept-encoding'],
        body,
      };
      requests.push(seen);
      reply(seen, res, requests.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const testServer: TestServer = {
    url: `http://127.0.0.1:${port}`,
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

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function matrix(
  result: { metric: Record<string, string>; values: [number, string][] }[],
  extra = {},
): object {
  return { status: 'success', data: { resultType: 'matrix', result }, ...extra };
}

const EMPTY_MATRIX = matrix([]);

function config(url: string, overrides: Partial<PrometheusConfig> = {}): PrometheusConfig {
  return { url, headers: {}, timeoutMs: 2000, retries: 2, concurrency: 8, ...overrides };
}

function client(
  cfg: PrometheusConfig,
  onRetry?: (message: string) => void,
  bearerToken?: string,
): PrometheusClient {
  return createPrometheusClient(cfg, { backoffBaseMs: 1, onRetry, bearerToken });
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('expected the query to fail');
}

const START = new Date('2023-11-07T22:13:00.000Z'); // unix 1699395180
const END = new Date('2023-11-14T22:13:00.123Z'); // unix 1699999980.123

describe('request', () => {
  it('POSTs a form with query, start, end and step to query_range under the path prefix', async () => {
    const server = await startServer((_req, res) => json(res, 200, EMPTY_MATRIX));
    await client(config(`${server.url}/prometheus/`)).queryRange(
      'sum(rate(x{a="b c"}[1h]))',
      START,
      END,
      3600,
    );

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('/prometheus/api/v1/query_range');
    expect(request!.contentType).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(request!.body);
    expect([...form.keys()]).toEqual(['query', 'start', 'end', 'step', 'partial_response']);
    expect(form.get('partial_response')).toBe('false');
    // A range answer is large enough for compression to pay.
    expect(request!.acceptEncoding).toBe('gzip');
    expect(form.get('query')).toBe('sum(rate(x{a="b c"}[1h]))');
    expect(form.get('start')).toBe('1699395180.000');
    expect(form.get('end')).toBe('1699999980.123');
    expect(form.get('step')).toBe('3600');
  });
});

describe('answer', () => {
  it('parses a matrix: labels, times and values, NaN and infinities included, with warnings and infos', async () => {
    const server = await startServer((_req, res) =>
      json(
        res,
        200,
        matrix(
          [
            {
              metric: { service: 'checkout', code: '500' },
              values: [
                [1699999980, '0.5'],
                [1700003580, 'NaN'],
                [1700007180, '+Inf'],
              ],
            },
            { metric: {}, values: [[1699999980.5, '-Inf']] },
          ],
          { warnings: ['partial response'], infos: ['PromQL info: metric might not be a counter'] },
        ),
      ),
    );
    const answer = await client(config(server.url)).queryRange('q', START, END, 60);
    expect(answer.warnings).toEqual(['partial response', 'PromQL info: metric might not be a counter']);
    expect(answer.series).toHaveLength(2);
    const [first, second] = answer.series;
    expect(first!.labels).toEqual({ service: 'checkout', code: '500' });
    expect(first!.points.map(([t]) => t)).toEqual([1699999980, 1700003580, 1700007180]);
    expect(first!.points[0]![1]).toBe(0.5);
    expect(first!.points[1]![1]).toBeNaN();
    expect(first!.points[2]![1]).toBe(Infinity);
    expect(second).toEqual({ labels: {}, points: [[1699999980.5, -Infinity]] });
  });

  it('rejects an instant vector where a matrix was asked for', async () => {
    const server = await startServer((_req, res) =>
      json(res, 200, { status: 'success', data: { resultType: 'vector', result: [] } }),
    );
    const error = (await failureOf(
      client(config(server.url)).queryRange('q', START, END, 60),
    )) as PrometheusError;
    expect(error).toBeInstanceOf(PrometheusError);
    expect(error.kind).toBe('invalid_response');
    expect(error.message).toBe(
      `Prometheus at ${server.url} answered an unusable result: result type "vector", expected a range matrix`,
    );
  });

  it('rejects malformed points and native histograms', async () => {
    const answers = [
      matrix([{ metric: {}, values: [['later', '1']] as unknown as [number, string][] }]),
      { status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, histograms: [[1, {}]] }] } },
    ];
    const server = await startServer((_req, res, index) => json(res, 200, answers[index]));
    const prometheus = client(config(server.url));
    expect((await failureOf(prometheus.queryRange('q', START, END, 60))).message).toContain(
      'a sample time is not a number',
    );
    expect((await failureOf(prometheus.queryRange('q', START, END, 60))).message).toContain(
      'native histogram samples are not supported',
    );
  });

  it('names the range endpoint in a 404', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(404);
      res.end('404 page not found');
    });
    const error = await failureOf(client(config(server.url)).queryRange('q', START, END, 60));
    expect(error.message).toBe(
      `Prometheus at ${server.url} answered HTTP 404 for /api/v1/query_range — ` +
        'the URL must be the API base including any path prefix, e.g. http://mimir/prometheus',
    );
  });
});

describe('the 11,000-point limit', () => {
  it('sends a span of exactly 11,000 points per series', async () => {
    const server = await startServer((_req, res) => json(res, 200, EMPTY_MATRIX));
    const prometheus = client(config(server.url));
    // 10,999 steps of 60 s after the start: points at start, start + 60, ... start + 10,999·60.
    const end = new Date(START.getTime() + 10_999 * 60_000);
    await prometheus.queryRange('q', START, end, 60);
    expect(MAX_POINTS_PER_SERIES).toBe(11_000);
    expect(prometheus.requestCount).toBe(1);
  });

  it('refuses one point more before sending, naming the smallest step that fits', async () => {
    const server = await startServer((_req, res) => json(res, 200, EMPTY_MATRIX));
    const prometheus = client(config(server.url));
    // 11,000 steps of 60 s: 11,001 points. 660,000 s over 10,999 steps needs a step of 60.005 s -> 61 s.
    const end = new Date(START.getTime() + 11_000 * 60_000);
    const error = await failureOf(prometheus.queryRange('q', START, end, 60));
    expect(error).not.toBeInstanceOf(PrometheusError);
    expect(error.message).toBe(
      'Prometheus range query of 660000s at a 60s step would return 11001 points per series; ' +
        'Prometheus allows at most 11000 — use a step of at least 61s',
    );
    expect(prometheus.requestCount).toBe(0);
    expect(server.requests).toHaveLength(0);
    // The suggested step does fit: floor(660,000 / 61) + 1 = 10,820 points.
    await prometheus.queryRange('q', START, end, 61);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a step that is not positive and a span that ends before it starts', async () => {
    const server = await startServer((_req, res) => json(res, 200, EMPTY_MATRIX));
    const prometheus = client(config(server.url));
    for (const step of [0, -60, NaN]) {
      expect((await failureOf(prometheus.queryRange('q', START, END, step))).message).toBe(
        `Prometheus range query step must be a positive number of seconds, not ${step}`,
      );
    }
    expect((await failureOf(prometheus.queryRange('q', END, START, 60))).message).toBe(
      'Prometheus range query ends before it starts',
    );
    expect((await failureOf(prometheus.queryRange('q', new Date(NaN), END, 60))).message).toBe(
      'Prometheus range query start or end is not a valid date',
    );
    expect(prometheus.requestCount).toBe(0);
  });

  it("reports Prometheus's own refusal as bad_data, without retrying", async () => {
    const server = await startServer((_req, res) =>
      json(res, 400, {
        status: 'error',
        errorType: 'bad_data',
        error:
          'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)',
      }),
    );
    const prometheus = client(config(server.url));
    // A server with a lower limit than Prometheus (a proxy, say) refusing a span the guard lets through.
    const end = new Date(START.getTime() + 3_600_000);
    const error = (await failureOf(prometheus.queryRange('q', START, end, 1))) as PrometheusError;
    expect(error.kind).toBe('bad_data');
    expect(error.message).toBe(
      'Prometheus rejected the query: exceeded maximum resolution of 11,000 points per timeseries. ' +
        'Try decreasing the query resolution (?step=XX)',
    );
    expect(prometheus.requestCount).toBe(1);
  });
});

describe('shared with instant queries', () => {
  it('retries a 503 with the same form, telling each retry', async () => {
    const server = await startServer((_req, res, index) => {
      if (index < 2) json(res, 503, { status: 'error', errorType: 'unavailable', error: 'try later' });
      else json(res, 200, matrix([{ metric: {}, values: [[1699999980, '1']] }]));
    });
    const retries: string[] = [];
    const prometheus = client(config(server.url, { retries: 2 }), (message) => retries.push(message));
    const answer = await prometheus.queryRange('q', START, END, 3600);
    expect(answer.series[0]!.points).toEqual([[1699999980, 1]]);
    expect(prometheus.requestCount).toBe(3);
    expect(new Set(server.requests.map((r) => r.body)).size).toBe(1);
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(
      new RegExp(
        `^Prometheus at ${server.url} answered HTTP 503 \\(unavailable\\): try later; retrying in \\d+ms \\(attempt 2 of 3\\)$`,
      ),
    );
  });

  it('shares the concurrency limit with instant queries', async () => {
    const server = await startServer((req, res) => {
      const body = req.url.endsWith('/query_range')
        ? EMPTY_MATRIX
        : { status: 'success', data: { resultType: 'vector', result: [] } };
      setTimeout(() => json(res, 200, body), 20);
    });
    const prometheus = client(config(server.url, { concurrency: 2 }));
    await Promise.all([
      prometheus.queryRange('a', START, END, 3600),
      prometheus.query('b', END),
      prometheus.queryRange('c', START, END, 3600),
      prometheus.query('d', END),
    ]);
    expect(server.requests).toHaveLength(4);
    expect(server.maxInFlight).toBe(2);
  });

  it('keeps the bearer token out of error messages', async () => {
    const token = 'range-secret-token-123';
    const server = await startServer((req, res) => {
      res.writeHead(500);
      res.end(`upstream rejected Authorization: Bearer ${token}`);
    });
    const error = await failureOf(
      client(config(server.url, { retries: 0 }), undefined, token).queryRange('q', START, END, 60),
    );
    expect(error.message).toBe(
      `Prometheus at ${server.url} answered HTTP 500: upstream rejected Authorization: Bearer *** (1 attempt)`,
    );
    expect(error.message).not.toContain(token);
  });
});
