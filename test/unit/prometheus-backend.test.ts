/**
 * Backend detection: the recorded buildinfo answers of each server (test/fixtures/prometheus/), judged
 * purely, and asked by the client over real HTTP (path prefix and tenant header included).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { identifyBackend } from '../../src/prometheus/backend.js';
import { createPrometheusClient } from '../../src/prometheus/client.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/prometheus/${name}`, import.meta.url), 'utf8');

describe('identifyBackend', () => {
  it('names Prometheus from its buildinfo (version 2.x with goVersion)', () => {
    expect(
      identifyBackend({ status: 200, headers: {}, body: fixture('buildinfo-prometheus-2.42.json') }),
    ).toEqual({
      kind: 'prometheus',
      version: '2.42.0+ds',
    });
  });

  it('names Thanos from its 0.x version in the same shape', () => {
    expect(
      identifyBackend({ status: 200, headers: {}, body: fixture('buildinfo-thanos-0.32.json') }),
    ).toEqual({
      kind: 'thanos',
      version: '0.32.5',
    });
  });

  it('names Mimir from its application field', () => {
    expect(identifyBackend({ status: 200, headers: {}, body: fixture('buildinfo-mimir-2.10.json') })).toEqual(
      {
        kind: 'mimir',
        version: '2.10.3',
      },
    );
  });

  it('names VictoriaMetrics from its X-Server-Hostname header, and from a buildinfo without goVersion', () => {
    const body = fixture('buildinfo-victoriametrics-1.79.json');
    expect(identifyBackend({ status: 200, headers: { 'x-server-hostname': 'vm' }, body })).toEqual({
      kind: 'victoriametrics',
    });
    expect(identifyBackend({ status: 200, headers: {}, body })).toEqual({ kind: 'victoriametrics' });
    // Newer releases answer a Prometheus-compatible version only.
    expect(
      identifyBackend({ status: 200, headers: {}, body: '{"status":"success","data":{"version":"2.24.0"}}' }),
    ).toEqual({ kind: 'victoriametrics', version: '2.24.0' });
  });

  it('leaves a 404 (Cortex, old Prometheus), an HTML page or no answer unknown', () => {
    expect(identifyBackend({ status: 404, headers: {}, body: '404 page not found' })).toEqual({
      kind: 'unknown',
    });
    expect(identifyBackend({ status: 200, headers: {}, body: '<html></html>' })).toEqual({ kind: 'unknown' });
    expect(identifyBackend({ headers: {}, body: '' })).toEqual({ kind: 'unknown' });
  });
});

describe('client.backend()', () => {
  const servers: http.Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  async function serve(handler: http.RequestListener): Promise<string> {
    const server = http.createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('asks buildinfo once under the path prefix with the tenant header, and remembers the answer', async () => {
    const seen: { url?: string; tenant?: string | string[] }[] = [];
    const url = await serve((req, res) => {
      seen.push({ url: req.url, tenant: req.headers['x-scope-orgid'] });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(fixture('buildinfo-mimir-2.10.json'));
    });
    const client = createPrometheusClient({
      url: `${url}/prometheus`,
      headers: { 'X-Scope-OrgID': 'team-a' },
      timeoutMs: 2000,
      retries: 0,
      concurrency: 2,
    });
    expect(await client.backend()).toEqual({ kind: 'mimir', version: '2.10.3' });
    expect(await client.backend()).toEqual({ kind: 'mimir', version: '2.10.3' });
    expect(seen).toEqual([{ url: '/prometheus/api/v1/status/buildinfo', tenant: 'team-a' }]);
  });

  it('reads the VictoriaMetrics header from the real answer shape', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-server-hostname': 'vm-0' });
      res.end(fixture('buildinfo-victoriametrics-1.79.json'));
    });
    const client = createPrometheusClient({ url, headers: {}, timeoutMs: 2000, retries: 0, concurrency: 1 });
    expect(await client.backend()).toEqual({ kind: 'victoriametrics' });
  });

  it('is unknown, without throwing, when the server refuses the connection', async () => {
    const url = await serve(() => undefined);
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const client = createPrometheusClient({ url, headers: {}, timeoutMs: 500, retries: 0, concurrency: 1 });
    expect(await client.backend()).toEqual({ kind: 'unknown' });
  });
});
