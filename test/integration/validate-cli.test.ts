/**
 * `slo-gate validate` and `check --manifests` as users run them (node dist/cli.js): files, folders,
 * stdin, formats, exit codes, suppression and severity overrides, bad input.
 */
import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slo-gate-validate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli.js'), ...args], {
    encoding: 'utf8',
    input: options.input,
    cwd: options.cwd ?? dir,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector: {app: web}
  ports:
    - name: http
      port: 80
      targetPort: http
`;

// Line 11 of this file is the backend's service name (counted by hand).
const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: shop
spec:
  ingressClassName: nginx
  defaultBackend:
    service:
      name: web
      port: {name: http}
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: webb
                port: {number: 80}
`;

describe('validate', () => {
  it('passes a correct bundle split across files of a folder, and exits 0', () => {
    write('good/app.yaml', WEB);
    write('good/nested/ingress.yml', INGRESS.replace('name: webb', 'name: web'));
    const run = cli(['validate', 'good', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'pass', findings: [], slos: [], hints: [] });
  });

  it('reports a missing backend Service at its file and line, and exits 1', () => {
    write('bad/app.yaml', WEB);
    write('bad/ingress.yaml', INGRESS);
    const run = cli(['validate', 'bad', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.verdict).toBe('block');
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'ingress-backend-service-missing',
        severity: 'error',
        file: 'bad/ingress.yaml',
        line: 20,
        resource: 'Ingress/shop/shop',
      }),
    ]);
    expect(report.findings[0].message).toContain('webb');
    expect(report.findings[0].hint).toBeTruthy();
  });

  it("reads a stream from stdin with '-', as helm template | slo-gate validate - does", () => {
    const run = cli(['validate', '-', '--format', 'json'], { input: `${WEB}---\n${INGRESS}` });
    expect(run.code).toBe(1);
    const [finding] = JSON.parse(run.stdout).findings;
    // WEB is 31 lines, then the separator: the Ingress starts at line 33; its line 20 is 52.
    expect(finding).toMatchObject({ ruleId: 'ingress-backend-service-missing', file: '<stdin>', line: 52 });
  });

  it('puts resources without a namespace in --namespace', () => {
    const unnamespaced = `${WEB}---\n${INGRESS}`.replace(/\n {2}namespace: shop/g, '');
    const run = cli(['validate', '-', '--namespace', 'store', '--format', 'json'], { input: unnamespaced });
    expect(JSON.parse(run.stdout).findings[0].resource).toBe('Ingress/store/shop');
  });

  it('keeps validating the other documents when one is broken', () => {
    write('mixed/broken.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\n');
    write('mixed/app.yaml', WEB);
    write('mixed/ingress.yaml', INGRESS);
    write('mixed/chart.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n');
    const run = cli(['validate', 'mixed', '--format', 'json']);
    expect(run.code).toBe(1);
    const rules = JSON.parse(run.stdout).findings.map(
      (f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`,
    );
    expect(rules).toEqual(
      expect.arrayContaining([
        'yaml-syntax mixed/broken.yaml',
        'unrendered-template mixed/chart.yaml',
        'ingress-backend-service-missing mixed/ingress.yaml',
      ]),
    );
  });

  it('honours slo-gate.dev/ignore on the resource', () => {
    const ignored = INGRESS.replace(
      '  namespace: shop\n',
      '  namespace: shop\n  annotations:\n    slo-gate.dev/ignore: ingress-backend-service-missing\n',
    );
    const run = cli(['validate', '-', '--format', 'json'], { input: `${WEB}---\n${ignored}` });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).findings).toEqual([]);
  });

  it('takes rule severities from the config, and rejects unknown rule ids with a suggestion', () => {
    const config = write(
      'cfg/slo-gate.yaml',
      'manifests:\n  rules:\n    ingress-backend-service-missing: warning\n',
    );
    const run = cli(['validate', '-', '--config', config, '--format', 'json'], {
      input: `${WEB}---\n${INGRESS}`,
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).findings[0].severity).toBe('warning');
    expect(
      cli(['validate', '-', '--config', config, '--fail-on', 'warn'], { input: `${WEB}---\n${INGRESS}` })
        .code,
    ).toBe(1);

    const typo = write('cfg/typo.yaml', 'manifests:\n  rules:\n    ingress-backend-service-mising: off\n');
    const bad = cli(['validate', '-', '--config', typo], { input: WEB });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean "ingress-backend-service-missing"');
    // `    ingress-backend-service-mising: off` is line 3; its value starts at column 37.
    expect(bad.stderr).toContain(`${typo}:3:37: manifests.rules names an unknown rule`);
  });

  it('writes SARIF with repo-relative URIs', () => {
    write('repo/deploy/app.yaml', WEB);
    write('repo/deploy/ingress.yaml', INGRESS);
    const run = cli(['validate', 'deploy', '--format', 'sarif'], { cwd: join(dir, 'repo') });
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe('2.1.0');
    const [result] = sarif.runs[0].results;
    expect(result.ruleId).toBe('ingress-backend-service-missing');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/ingress.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 20, startColumn: expect.any(Number) },
    });
    expect(sarif.runs[0].tool.driver.rules.length).toBe(
      cli(['rules', '--format', 'json']).stdout
        ? JSON.parse(cli(['rules', '--format', 'json']).stdout).length
        : -1,
    );
  });

  it('text output names file:line, rule and hint', () => {
    const run = cli(['validate', 'bad']);
    expect(run.stdout).toMatch(
      /^ {2}bad\/ingress\.yaml:20:\d+ error ingress-backend-service-missing\n {6}Ingress\/shop\/shop: /m,
    );
    expect(run.stdout).toMatch(/^ {6}hint: /m);
  });

  it('bad paths are usage errors (exit 2, one line)', () => {
    const missing = cli(['validate', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nope.yaml');
    mkdirSync(join(dir, 'empty-folder'), { recursive: true });
    const empty = cli(['validate', 'empty-folder']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('empty-folder');
  });
});

describe('input that holds nothing', () => {
  it.each([
    ['an empty stdin (a failed helm template piped in)', ''],
    ['a stdin of comments only', '# rendered nothing\n---\n# still nothing\n'],
  ])('%s is exit 2 naming stdin, never a pass', (_, input) => {
    const run = cli(['validate', '-'], { input });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no manifests were read from - (stdin)');
  });

  it('empty files are exit 2 naming each file', () => {
    const a = write('nothing/a.yaml', '');
    const b = write('nothing/b.yaml', '# only a comment\n');
    const run = cli(['validate', a, b]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`no manifests were read from ${a}, ${b}`);
  });

  it('a config that checks nothing passes with a warning on stderr and in the report', () => {
    const config = write('nothing/slo-gate.yaml', 'slos: []\n');
    const run = cli(['check', '--config', config, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: nothing was checked');
    const report = JSON.parse(run.stdout) as { verdict: string; hints: { id: string }[] };
    expect(report.verdict).toBe('pass');
    expect(report.hints.map((h) => h.id)).toEqual(['checks-nothing']);
  });
});

describe('control characters from manifests', () => {
  // A resource name cannot hold them, but a label value in a message or an annotation can: the
  // Ingress points at a Service whose name carries ESC and CR sequences.
  const hostile = INGRESS.replace(/name: web\b/g, 'name: "web\\e]0;owned\\a\\rX"');

  it('never reach the terminal in the text format', () => {
    write('hostile/ingress.yaml', hostile);
    const run = cli(['validate', 'hostile/ingress.yaml']);
    expect(run.stdout).toContain('web');
    // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
  });

  it('stay in the JSON format, escaped as JSON escapes them', () => {
    const run = cli(['validate', 'hostile/ingress.yaml', '--format', 'json']);
    expect(run.stdout).toContain('\\u001b]0;owned\\u0007\\rX');
  });
});

describe('rules', () => {
  it('lists every rule with its severity; markdown is docs/rules.md', () => {
    const text = cli(['rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^netpol-dns-egress-blocked +error +/m);
    expect(text.stdout).toMatch(/^sts-no-pdb +warning +/m);
    const markdown = cli(['rules', '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/^### ingress-path-regex-prefix$/m);
  });
});

describe('check --manifests', () => {
  it('adds manifest findings to the verdict of a config without SLOs', () => {
    write('check/app.yaml', WEB);
    write('check/ingress.yaml', INGRESS);
    const config = write('check/slo-gate.yaml', 'manifests:\n  paths: [.]\n');
    const viaConfig = cli(['check', '--config', config, '--format', 'json']);
    expect(viaConfig.code).toBe(1);
    expect(JSON.parse(viaConfig.stdout).findings[0].ruleId).toBe('ingress-backend-service-missing');

    const empty = write('check-empty.yaml', 'slos: []\n');
    const viaFlag = cli(['check', '--config', empty, '--manifests', 'good', '--format', 'json']);
    expect(viaFlag.code).toBe(0);
    expect(JSON.parse(viaFlag.stdout).verdict).toBe('pass');
  });

  it('a manifests path that does not exist: exit 2 before any Prometheus query', async () => {
    let queries = 0;
    const prometheus = createServer((_req, res) => {
      queries++;
      res.writeHead(503).end();
    });
    await new Promise<void>((done) => prometheus.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(prometheus.address() as AddressInfo).port}`;
    const config = write(
      'check-missing/slo-gate.yaml',
      `prometheus:\n  url: ${url}\nslos:\n  - name: shop\n    objective: 99.9\n    window: 30d\n` +
        '    sli:\n      events:\n        errorQuery: sum(rate(errors[{{.window}}]))\n' +
        '        totalQuery: sum(rate(requests[{{.window}}]))\n',
    );
    // Run asynchronously: this process's stand-in Prometheus must be able to answer.
    const run = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = execFile(
        process.execPath,
        [join(process.cwd(), 'dist/cli.js'), 'check', '--config', config, '--manifests', 'deploy/missing'],
        { cwd: dir },
        (_error, _stdout, stderr) => done({ code: child.exitCode, stderr }),
      );
    });
    await new Promise<void>((done) => prometheus.close(() => done()));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('deploy/missing: no such file or folder');
    expect(queries).toBe(0);
  });
});
