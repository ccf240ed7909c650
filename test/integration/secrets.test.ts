/**
 * No configured secret reaches any output, even when every server echoes what it was sent: the CLI
 * (dist/cli.js) in every format and the hook (dist/hook.js) with its termination message. The servers
 * are real HTTP on 127.0.0.1 that answer 400 with the request line, every header, and the decoded
 * Basic credentials (those first), the way a chatty proxy or a debug endpoint does.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, listen, urlOf } from '../support/http.js';

const HEADER_SECRET = 'xat-6c1e9b3f-never-printed';
const URL_PASSWORD = 'pa/ss word';
// As written in a URL: "/" and " " percent-encoded.
const URL_PASSWORD_ENCODED = 'pa%2Fss%20word';
// `printf 'gate:pa/ss word' | base64`
const BASIC_HEADER = 'Z2F0ZTpwYS9zcyB3b3Jk';
// The Pushgateway's own, in its URL: `printf 'pusher:push/pass word' | base64`.
const PUSH_PASSWORD = 'push/pass word';
const PUSH_PASSWORD_ENCODED = 'push%2Fpass%20word';
const PUSH_BASIC_HEADER = 'cHVzaGVyOnB1c2gvcGFzcyB3b3Jk';
const TOKEN_FILE_SECRET = 'bearer-file-2d7a5c9e-never-printed';
const ARGOCD_TOKEN_SECRET = 'argocd-file-8b4e0f1a-never-printed';

/** Every spelling in which a secret could come back. */
const SECRETS = [
  HEADER_SECRET,
  URL_PASSWORD,
  URL_PASSWORD_ENCODED,
  BASIC_HEADER,
  PUSH_PASSWORD,
  PUSH_PASSWORD_ENCODED,
  PUSH_BASIC_HEADER,
  TOKEN_FILE_SECRET,
  ARGOCD_TOKEN_SECRET,
];

let echo: Server;
let dir: string;
const echoed: string[] = [];

beforeAll(async () => {
  echo = await listen((req, res) => {
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const decoded = basic ? Buffer.from(basic, 'base64').toString('utf8') : '';
    // The credentials first: a message cut at 200 characters still carries them.
    const body = `rejected basic=${decoded} authorization=${req.headers.authorization ?? ''} ${req.method} ${req.url} headers=${JSON.stringify(req.headers)}`;
    echoed.push(body);
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end(body);
  });
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-secrets-'));
  writeFileSync(join(dir, 'token'), `${TOKEN_FILE_SECRET}\n`);
  writeFileSync(join(dir, 'argocd-token'), `${ARGOCD_TOKEN_SECRET}\n`);
});

afterAll(async () => {
  await close(echo);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const SLO = `slos:
  - name: shop
    objective: 99.9
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total[{{.window}}]))
`;

/** A manifest with a finding, so the SARIF has results (and messages) to check too. */
const MANIFEST = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: http
`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  termination: string;
}

function spawnEntry(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const terminationLog = join(dir, `termination-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', HOME: dir, SLO_GATE_TERMINATION_LOG: terminationLog, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      let termination = '';
      try {
        termination = readFileSync(terminationLog, 'utf8');
      } catch {
        // not written
      }
      resolve({ code, stdout, stderr, termination });
    });
  });
}

function expectNoSecret(outputs: Record<string, string>): void {
  for (const [where, text] of Object.entries(outputs)) {
    for (const secret of SECRETS)
      expect([where, secret, text.includes(secret)]).toEqual([where, secret, false]);
  }
}

/** A URL with the password in its userinfo, "/" and " " percent-encoded as a user writes them. */
const withPassword = (url: string, userinfo = `gate:${URL_PASSWORD_ENCODED}`) =>
  url.replace('http://', `http://${userinfo}@`);

const promConfig = (extra: string) => `prometheus:\n  url: http://unused\n  retries: 0\n${extra}${SLO}`;
const HEADER_AND_BASIC_AUTH = `  headers:\n    X-Auth-Token: ${HEADER_SECRET}\n  basicAuth:\n    username: gate\n    password: "${URL_PASSWORD}"\n`;

describe('secrets echoed back by the servers', () => {
  beforeEach(() => {
    echoed.length = 0;
  });

  it.each(['json', 'markdown', 'sarif', 'text'])(
    'check --format %s: no header value or basic-auth password with / and space in stdout or stderr',
    async (format) => {
      const config = join(dir, `gate-basic-${format}.yaml`);
      const manifest = join(dir, 'service.yaml');
      writeFileSync(manifest, MANIFEST);
      writeFileSync(config, promConfig(HEADER_AND_BASIC_AUTH));
      const run = await spawnEntry([
        'dist/cli.js',
        'check',
        '-c',
        config,
        '--prometheus-url',
        urlOf(echo),
        '-m',
        manifest,
        '-f',
        format,
        '-v',
      ]);
      expect(run.code).toBe(1);
      // The server did echo the secrets: the test would catch them.
      expect(echoed.join('\n')).toContain(HEADER_SECRET);
      expect(echoed.join('\n')).toContain(`basic=gate:${URL_PASSWORD}`);
      expect(run.stdout + run.stderr).toContain('HTTP 400');
      expectNoSecret({ stdout: run.stdout, stderr: run.stderr });
    },
  );

  it('check with a bearer token file: its content is in no format', async () => {
    const config = join(dir, 'gate-token.yaml');
    writeFileSync(config, promConfig('  bearerTokenFile: token\n'));
    for (const format of ['json', 'markdown', 'sarif', 'text']) {
      const run = await spawnEntry([
        'dist/cli.js',
        'check',
        '-c',
        config,
        '--prometheus-url',
        urlOf(echo),
        '-f',
        format,
      ]);
      expect(run.code).toBe(1);
      expect(echoed.join('\n')).toContain(TOKEN_FILE_SECRET);
      expectNoSecret({ [`${format} stdout`]: run.stdout, [`${format} stderr`]: run.stderr });
    }
  });

  it('a Prometheus URL with a password (refused: credentials go in basicAuth) is shown without it', async () => {
    const config = join(dir, 'gate-plain.yaml');
    writeFileSync(config, promConfig(''));
    const run = await spawnEntry([
      'dist/cli.js',
      'check',
      '-c',
      config,
      '--prometheus-url',
      withPassword(urlOf(echo)),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('http://***@127.0.0.1:');
    expectNoSecret({ stdout: run.stdout, stderr: run.stderr });
  });

  it('the hook: no Prometheus, Argo CD or Pushgateway credential in its log, report or termination message', async () => {
    const config = join(dir, 'gate-hook.yaml');
    writeFileSync(config, promConfig(HEADER_AND_BASIC_AUTH));
    const run = await spawnEntry(['dist/hook.js'], {
      SLO_GATE_CONFIG: config,
      PROMETHEUS_URL: urlOf(echo),
      SLO_GATE_FORMAT: 'markdown',
      ARGOCD_APP_NAME: 'shop',
      ARGOCD_SERVER: urlOf(echo),
      ARGOCD_TOKEN_FILE: join(dir, 'argocd-token'),
      // The Pushgateway's basic auth in its URL, password with "/" and " ".
      PUSHGATEWAY_URL: withPassword(urlOf(echo), `pusher:${PUSH_PASSWORD_ENCODED}`),
      POD_NAMESPACE: 'shop',
      JOB_NAME: 'slo-gate',
    });
    expect(run.code).toBe(1);
    expect(run.termination).toMatch(/^slo-gate blocked/);
    const all = echoed.join('\n');
    expect(all).toContain(ARGOCD_TOKEN_SECRET);
    expect(all).toContain(HEADER_SECRET);
    expect(all).toMatch(
      /rejected basic=pusher:push\/pass word .* PUT \/metrics\/job\/slo-gate\/app\/shop\/namespace\/shop /,
    );
    expect(run.stderr).toContain('could not push the gate metrics to the Pushgateway');
    expectNoSecret({ stdout: run.stdout, stderr: run.stderr, termination: run.termination });
  });
});
