/**
 * The Argo CD API client against a real HTTP server on 127.0.0.1 answering as argocd-server does:
 * the bearer token sent, grpc-gateway error bodies turned into one line that says what to do, and
 * the token in no message.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArgoCdError, fetchManagedResources } from '../../src/argocd/client.js';

const TOKEN = 'argocd-tok-91c3e5a7b9d1f3-never-printed';
let server: Server;
let url: string;
let answer: { status: number; body: string };
let seen: { url: string; headers: IncomingHttpHeaders }[];
let dir: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(answer.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-argocd-'));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  seen = [];
  answer = { status: 200, body: '{"items":[]}' };
});

async function failure(options: Partial<Parameters<typeof fetchManagedResources>[0]> = {}): Promise<string> {
  try {
    await fetchManagedResources({ server: url, app: 'shop', token: TOKEN, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(ArgoCdError);
    const message = (error as Error).message;
    expect(message).not.toContain(TOKEN);
    return message;
  }
  throw new Error('expected a failure');
}

describe('fetchManagedResources', () => {
  it('sends the token from a file as a bearer token to the managed-resources path', async () => {
    const file = join(dir, 'token');
    writeFileSync(file, `${TOKEN}\n`);
    answer = {
      status: 200,
      body: JSON.stringify({
        items: [{ kind: 'Service', namespace: 'shop', name: 'web', targetState: '{"kind":"Service"}' }],
      }),
    };
    const parsed = await fetchManagedResources({
      server: url,
      app: 'shop',
      tokenFile: file,
      appNamespace: 'team-a',
    });
    expect(parsed.resources).toEqual([
      {
        group: '',
        kind: 'Service',
        namespace: 'shop',
        name: 'web',
        hook: false,
        target: { kind: 'Service' },
      },
    ]);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('/api/v1/applications/shop/managed-resources?appNamespace=team-a');
    expect(seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('403: names the Argo CD RBAC the token needs, and that the application may not exist', async () => {
    answer = { status: 403, body: '{"error":"permission denied","code":7,"message":"permission denied"}' };
    expect(await failure()).toBe(
      `Argo CD at ${url} denied reading application shop (HTTP 403: permission denied); the token's account needs ` +
        '`applications, get, <project>/shop, allow` in argocd-rbac-cm, or the application does not exist',
    );
  });

  it('401: says how to get a new token', async () => {
    answer = { status: 401, body: '{"code":16,"message":"invalid session: token signature is invalid"}' };
    expect(await failure()).toMatch(
      /^Argo CD at .* rejected the token \(HTTP 401: invalid session: token signature is invalid\); create a new one/,
    );
  });

  it('an answer over the size cap is not read: a message names the cap', async () => {
    // 2,000 items of 15 bytes each (`{"kind":"Pod"},`): about 30 KB against a 16 KiB cap.
    answer = {
      status: 200,
      body: JSON.stringify({ items: Array.from({ length: 2000 }, () => ({ kind: 'Pod' })) }),
    };
    expect(await failure({ maxAnswerBytes: 16 * 1024 })).toBe(
      `Argo CD at ${url} answered with more than the 16 KiB the gate reads from it`,
    );
  });

  it('an answer that is not JSON, a missing token, an unreadable token file', async () => {
    answer = { status: 200, body: '<html>login</html>' };
    expect(await failure()).toBe(`Argo CD at ${url} answered with something that is not JSON`);
    expect(await failure({ token: undefined })).toBe(
      'no Argo CD token: set ARGOCD_TOKEN or ARGOCD_TOKEN_FILE (a mounted Secret)',
    );
    expect(await failure({ token: undefined, tokenFile: join(dir, 'missing') })).toBe(
      `cannot read the Argo CD token file ${join(dir, 'missing')} (ENOENT)`,
    );
  });
});
