/** A query that timed out is not sent again, whatever the retries; other failures still are. Real HTTP servers on 127.0.0.1. */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createPrometheusClient, PrometheusError } from '../../src/prometheus/client.js';
import { close, listen, urlOf } from '../support/http.js';

const AT = new Date(1_700_000_000_000);
let server: Server | undefined;
let requests = 0;

afterEach(async () => {
  await close(server);
  server = undefined;
  requests = 0;
});

async function failureOf(promise: Promise<unknown>): Promise<PrometheusError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PrometheusError) return error;
    throw error;
  }
  throw new Error('expected the query to fail');
}

/** Two retries allowed: any request past the first per query would be a retry. */
const config = (url: string) => ({ url, headers: {}, timeoutMs: 200, retries: 2, concurrency: 8 });

/** Accepts every request and never answers it (until the client gives up and closes the socket). */
function neverAnswer(_req: IncomingMessage, res: ServerResponse): void {
  requests++;
  const timer = setTimeout(() => res.end('{}'), 30_000);
  res.on('close', () => clearTimeout(timer));
}

describe('a query that timed out is not retried', () => {
  it('a server that never answers gets exactly one request for the query', async () => {
    server = await listen(neverAnswer);
    const retries: string[] = [];
    const client = createPrometheusClient(config(urlOf(server)), {
      backoffBaseMs: 1,
      onRetry: (message) => retries.push(message),
    });
    const error = await failureOf(client.query('sum(rate(x[30d]))', AT));
    expect(error.kind).toBe('timeout');
    expect(error.attempts).toBe(1);
    expect(error.message).toBe(
      `Prometheus at ${urlOf(server)} did not answer within 200ms; not retried: the same query would take as long`,
    );
    expect(requests).toBe(1);
    expect(client.requestCount).toBe(1);
    expect(retries).toEqual([]);
  });

  it('one request per query: two queries that time out cost two requests, not six', async () => {
    server = await listen(neverAnswer);
    const client = createPrometheusClient(config(urlOf(server)), { backoffBaseMs: 1 });
    const errors = await Promise.all([
      failureOf(client.query('sum(rate(errors[30d]))', AT)),
      failureOf(client.query('sum(rate(total[30d]))', AT)),
    ]);
    expect(errors.map((e) => e.kind)).toEqual(['timeout', 'timeout']);
    expect(requests).toBe(2);
  });

  it("Prometheus's own errorType timeout is not retried either", async () => {
    server = await listen((_req, res) => {
      requests++;
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"}');
    });
    const client = createPrometheusClient(config(urlOf(server)), { backoffBaseMs: 1 });
    const error = await failureOf(client.query('sum(rate(x[30d]))', AT));
    expect(error.kind).toBe('timeout');
    expect(error.errorType).toBe('timeout');
    expect(error.message).toBe(
      `Prometheus at ${urlOf(server)} timed out evaluating the query: query timed out in expression evaluation; ` +
        'not retried: the same query would take as long',
    );
    expect(requests).toBe(1);
  });

  it('a timeout after a retried 503 ends the retries, and says which attempt it was', async () => {
    server = await listen((req, res) => {
      if (requests === 0) {
        requests++;
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end('{"status":"error","errorType":"unavailable","error":"starting"}');
        return;
      }
      neverAnswer(req, res);
    });
    const client = createPrometheusClient(config(urlOf(server)), { backoffBaseMs: 1 });
    const error = await failureOf(client.query('up', AT));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      `Prometheus at ${urlOf(server)} did not answer within 200ms (attempt 2); not retried: the same query would take as long`,
    );
    // The 503 was retried once; the timeout that followed was not.
    expect(requests).toBe(2);
  });

  it('still retries what is not a timeout: a 503 and then the answer', async () => {
    server = await listen((_req, res) => {
      requests++;
      res.writeHead(requests === 1 ? 503 : 200, { 'content-type': 'application/json' });
      res.end(
        requests === 1
          ? '{"status":"error","errorType":"unavailable","error":"starting"}'
          : '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1700000000,"0.5"]}]}}',
      );
    });
    const client = createPrometheusClient(config(urlOf(server)), { backoffBaseMs: 1 });
    const answer = await client.query('up', AT);
    expect(answer.samples).toEqual([{ labels: {}, value: 0.5 }]);
    expect(requests).toBe(2);
  });
});
