/**
 * Every source registers the credentials it loads, so a server that echoes them back (in an error
 * body, with the request's headers and URL) gets none of them into a message. Real HTTP servers on
 * 127.0.0.1 play Prometheus and Argo CD; they echo what they were sent.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchManagedResources } from '../../src/argocd/client.js';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { loadConfig } from '../../src/config/index.js';
import { createPrometheusClient } from '../../src/prometheus/client.js';
import { clearSecretsForTest, redact } from '../../src/text/redact.js';

const AUTH_TOKEN = 'xat-3b9d1f5a7c-never-printed';
const URL_PASSWORD = 'pa/ss word';
const BEARER = 'bearer-file-7e1c3a-never-printed';
const ARGO_TOKEN = 'argocd-tok-4d2b8f6e-never-printed';
const KUBE_TOKEN = 'kube-tok-0f9e8d7c-never-printed';
// base64 of "client-key-bytes-never-printed", computed with `printf … | base64`.
const KUBE_KEY_DATA = 'Y2xpZW50LWtleS1ieXRlcy1uZXZlci1wcmludGVk';

let echo: Server;
let echoUrl: string;
let dir: string;

beforeAll(async () => {
  // Answers every request with 400 and a body that repeats the request line and every header.
  echo = createServer((req, res) => {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end(`bad request ${req.url ?? ''} ${JSON.stringify(req.headers)}`);
  });
  await new Promise<void>((done) => echo.listen(0, '127.0.0.1', done));
  echoUrl = `127.0.0.1:${(echo.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-redact-'));
});

afterAll(async () => {
  echo.closeAllConnections();
  await new Promise<void>((done) => echo.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => clearSecretsForTest());

async function messageOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a failure');
}

describe('Prometheus credentials from the config', () => {
  it('scrubs a header value whatever its name, and a basic-auth password with / and a space', async () => {
    const config = join(dir, 'gate.yaml');
    writeFileSync(
      config,
      `prometheus:\n  url: http://${echoUrl}\n  retries: 0\n  basicAuth:\n    username: admin\n    password: "${URL_PASSWORD}"\n  headers:\n    X-Auth-Token: ${AUTH_TOKEN}\nslos: []\n`,
    );
    const loaded = await loadConfig(config);
    const client = createPrometheusClient(loaded.prometheus!);
    const message = await messageOf(client.query('up', new Date(0)));
    expect(message).toContain('HTTP 400');
    expect(message).not.toContain(AUTH_TOKEN);
    // The Basic header carries base64("admin:pa/ss word"): `printf 'admin:pa/ss word' | base64`.
    expect(message).not.toContain('YWRtaW46cGEvc3Mgd29yZA==');
  });

  it('scrubs the contents of the bearer token file', async () => {
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, `${BEARER}\n`);
    const config = join(dir, 'gate-token.yaml');
    writeFileSync(
      config,
      `prometheus:\n  url: http://${echoUrl}\n  retries: 0\n  bearerTokenFile: token\nslos: []\n`,
    );
    createPrometheusClient((await loadConfig(config)).prometheus!);
    // The token reaches any later message through the one layer, not only the client's own.
    expect(redact(`echoed: Bearer ${BEARER}`)).toBe('echoed: Bearer ***');
  });

  it('never shows a URL password with a slash in the config error about the URL', async () => {
    const config = join(dir, 'gate-bad-url.yaml');
    writeFileSync(config, `prometheus:\n  url: http://admin:${URL_PASSWORD}@${echoUrl}\nslos: []\n`);
    const message = await messageOf(loadConfig(config));
    expect(message).toContain('prometheus.url');
    expect(message).not.toContain(URL_PASSWORD);
  });

  it('never shows a --prometheus-url password with a space', async () => {
    const config = join(dir, 'gate-plain.yaml');
    writeFileSync(config, 'slos: []\n');
    const message = await messageOf(
      loadConfig(config, { prometheusUrl: `http://admin:${URL_PASSWORD}@${echoUrl}` }),
    );
    expect(message).not.toContain(URL_PASSWORD);
  });
});

describe('Argo CD and kube credentials', () => {
  it('removes the Argo CD token a server echoes back from any message', async () => {
    const message = await messageOf(
      fetchManagedResources({ server: `http://${echoUrl}`, app: 'shop', token: ARGO_TOKEN }),
    );
    expect(redact(`note: ${message} (sent Bearer ${ARGO_TOKEN})`)).not.toContain(ARGO_TOKEN);
  });

  it('registers the kubeconfig user token and client key data', () => {
    const kubeconfig = join(dir, 'kubeconfig');
    writeFileSync(
      kubeconfig,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]',
        `users: [{name: u, user: {token: ${KUBE_TOKEN}, client-key-data: ${KUBE_KEY_DATA}}}]`,
        'contexts: [{name: x, context: {cluster: c, user: u}}]',
        'current-context: x',
        '',
      ].join('\n'),
    );
    loadKubeConfig({ file: kubeconfig });
    expect(redact(`Unauthorized: Bearer ${KUBE_TOKEN}; key ${KUBE_KEY_DATA}`)).toBe(
      'Unauthorized: Bearer ***; key ***',
    );
  });
});
