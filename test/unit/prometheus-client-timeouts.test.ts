/** retryTimeouts: false (the SLO period's client) against real HTTP servers on 127.0.0.1. */
import type { Server } from 'node:http';
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

const config = (url: string) => ({ url, headers: {}, timeoutMs: 200, retries: 2, concurrency: 8 });

describe('a client that does not retry timeouts', () => {
  it('gives up after one attempt at a query slower than its timeout', async () => {
    server = await listen((_req, res) => {
      requests++;
      const timer = setTimeout(() => res.end('{}'), 3000);
      res.on('close', () => clearTimeout(timer));
    });
    const client = createPrometheusClient(config(urlOf(server)), { backoffBaseMs: 1, retryTimeouts: false });
    const error = await failureOf(client.query('sum(rate(x[30d]))', AT));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`Prometheus at ${urlOf(server)} did not answer within 200ms (1 attempt)`);
    expect(requests).toBe(1);
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
    const client = createPrometheusClient(config(urlOf(server)), { backoffBaseMs: 1, retryTimeouts: false });
    const answer = await client.query('up', AT);
    expect(answer.samples).toEqual([{ labels: {}, value: 0.5 }]);
    expect(requests).toBe(2);
  });
});
