/**
 * The Action run the way the runner runs it: `node dist/index.js` with INPUT_* variables (every input
 * of action.yml with its default, as the runner passes them), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, GITHUB_EVENT_PATH naming a pull_request payload, and GITHUB_API_URL pointing at a local HTTP
 * server that serves the REST paths Octokit calls and records every call. SLOs are evaluated against
 * a real Prometheus (through a recording proxy) holding 31 days of history.
 *
 * History (step 60 s, constant rates, 10 req/s per service), so every number is known by hand:
 *   shop-ok     0.002 errors/s  → error ratio 0.0002 → burn 0.2x, budget left 1 − 0.2 = 0.8   → pass
 *   shop-warn   0.008 errors/s  → error ratio 0.0008 → burn 0.8x, budget left 0.2 < 0.25      → warn
 *   shop-block  0.2 errors/s    → error ratio 0.02   → burn 20x > 14.4x, budget left 1 − 20 = −19 → block
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
  ACTIONS_BOT,
  bodyOf,
  close,
  FakeGitHub,
  HUMAN,
  listen,
  type RecordedRequest,
  urlOf,
} from '../support/github-api.js';
import { DAY, FIXED_END, type RunningPrometheus, startPrometheus, steady } from '../support/prometheus.js';
import { forwardTo } from '../support/http.js';

const ROOT = resolve('.');
const T = FIXED_END;
const PROM_TOKEN = 'prom-tok-5f1c9e0a7b3d42e8-never-printed';
const GITHUB_TOKEN = 'ghs_Gh7tok83c1a9e07d5b4f26NeverPrinted';
const MARKER = '<!-- slo-gate:comment-key=default -->';
const REPO_PATH = '/repos/acme/shop';
const PR = 7;
const PULL_REQUEST_EVENT = join(ROOT, 'test/fixtures/github/pull_request.json');
const PUSH_EVENT = join(ROOT, 'test/fixtures/github/push.json');
const WORKFLOW_RUN_EVENT = join(ROOT, 'test/fixtures/github/workflow_run.json');

// ---------------------------------------------------------------------------------------------------
// Running the action as the runner does

interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputsFile: string;
  summary: string;
  commands: WorkflowCommand[];
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Workflow commands as the runner reads stdout: `::name k=v,k=v::message`, honouring stop-commands. */
function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let resumeToken: string | undefined;
  for (const line of stdout.split('\n')) {
    const trimmed = line.trim();
    if (resumeToken !== undefined) {
      if (trimmed === `::${resumeToken}::`) resumeToken = undefined;
      continue;
    }
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(trimmed);
    if (!match) continue;
    const [, command, props, message] = match;
    if (command === 'stop-commands') {
      resumeToken = message;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of (props ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: command!, properties, message: unescapeData(message ?? '') });
  }
  return commands;
}

/** GITHUB_OUTPUT's `name<<delimiter` heredocs; the last value of a name wins, as on the runner. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!heredoc) continue;
    const [, name, delimiter] = heredoc;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}

const actionYml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

let prometheus: RunningPrometheus;
let prometheusProxy: Server;
let prometheusRequests: RecordedRequest[] = [];
const github = new FakeGitHub('acme', 'shop', PR);
/** What test/fixtures/github/workflow_run.json says GitHub built: a fork's commit. */
const RUN_HEAD = { headSha: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432', headRepository: 'contributor/shop' };
let dir: string;
let workspace: string;
let runs = 0;

async function runAction(
  inputs: Record<string, string>,
  options: {
    event?: 'pull_request' | 'push' | 'workflow_run';
    actor?: string;
    eventPath?: string;
    /** Replaces the runner's variables (an unwritable GITHUB_OUTPUT). */
    env?: Record<string, string>;
  } = {},
): Promise<ActionRun> {
  const runDir = join(dir, `run-${++runs}`);
  mkdirSync(join(runDir, 'tmp'), { recursive: true });
  const outputsFile = join(runDir, 'output');
  const summaryFile = join(runDir, 'summary');
  writeFileSync(outputsFile, '');
  writeFileSync(summaryFile, '');
  const event = options.event ?? 'pull_request';
  // A clean environment: nothing of this machine's GITHUB_* or proxy settings leaks in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_ACTOR: options.actor ?? 'dev-alice',
    GITHUB_EVENT_PATH:
      options.eventPath ??
      {
        pull_request: PULL_REQUEST_EVENT,
        push: PUSH_EVENT,
        workflow_run: WORKFLOW_RUN_EVENT,
      }[event],
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(runDir, 'tmp'),
    GITHUB_OUTPUT: outputsFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  // The runner passes every declared input, defaults filled in: INPUT_<NAME> upper-cased, dashes kept.
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = (spec.default ?? '').replace('${{ github.token }}', GITHUB_TOKEN);
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, options.env);

  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (done) => {
      const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], {
        cwd: workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (exit) => done({ code: exit, stdout: out, stderr: err }));
    },
  );
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputsFile, 'utf8')),
    outputsFile: readFileSync(outputsFile, 'utf8'),
    summary: readFileSync(summaryFile, 'utf8'),
    commands: parseCommands(stdout),
  };
}

const annotations = (run: ActionRun, kind: 'error' | 'warning' | 'notice') =>
  run.commands.filter((c) => c.command === kind);

/** What the runner shows: it keeps the first 10 annotations of each kind of a step and drops the rest. */
const RUNNER_ANNOTATIONS_PER_KIND = 10;
const shownAnnotations = (run: ActionRun, kind: 'error' | 'warning' | 'notice') =>
  annotations(run, kind).slice(0, RUNNER_ANNOTATIONS_PER_KIND);

// ---------------------------------------------------------------------------------------------------
// Fixtures: configs and a manifest bundle with known findings

const sloConfig = (...services: string[]) =>
  `slos:\n${services
    .map(
      (service) => `  - name: ${service}
    objective: 99.9
    sli:
      events:
        errorQuery: sum(rate(http_requests_total{service="${service}",code=~"5.."}[{{.window}}]))
        totalQuery: sum(rate(http_requests_total{service="${service}"}[{{.window}}]))
`,
    )
    .join('')}`;

const SERVICES = 400;
const POLICIES = 12;
const WIDGETS = 3;
/** Line of each Service's `selector:` and each policy's `podSelector:`, counted while writing them. */
const serviceSelectorLines: number[] = [];
const policySelectorLines: number[] = [];

function findingsBundle(): string {
  const lines: string[] = [];
  const doc = (body: string[], selectorAt: number, into?: number[]) => {
    if (lines.length > 0) lines.push('---');
    into?.push(lines.length + 1 + selectorAt);
    lines.push(...body);
  };
  for (let i = 0; i < SERVICES; i++) {
    // `selector:` is the 7th line of the document (index 6).
    doc(
      [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        `  name: checkout-payment-provider-callback-receiver-${i}`,
        '  namespace: shop',
        'spec:',
        '  selector:',
        `    app: payment-callback-receiver-${i}`,
        '  ports:',
        '    - port: 80',
      ],
      6,
      serviceSelectorLines,
    );
  }
  for (let i = 0; i < POLICIES; i++) {
    doc(
      [
        'apiVersion: networking.k8s.io/v1',
        'kind: NetworkPolicy',
        'metadata:',
        `  name: isolate-${i}`,
        '  namespace: shop',
        'spec:',
        '  podSelector:',
        '    matchLabels:',
        `      app: isolated-${i}`,
        '  policyTypes: [Ingress]',
      ],
      6,
      policySelectorLines,
    );
  }
  for (let i = 0; i < WIDGETS; i++) {
    doc(
      ['apiVersion: example.com/v1', 'kind: Widget', 'metadata:', `  name: widget-${i}`, '  namespace: crds'],
      0,
    );
  }
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  const series = (service: string, errorsPerSecond: number) => [
    { name: 'http_requests', labels: { service, code: '200' }, ratePerSecond: steady(10 - errorsPerSecond) },
    { name: 'http_requests', labels: { service, code: '500' }, ratePerSecond: steady(errorsPerSecond) },
  ];
  prometheus = await startPrometheus({
    series: [...series('shop-ok', 0.002), ...series('shop-warn', 0.008), ...series('shop-block', 0.2)],
    start: T - 31 * DAY,
    end: T,
    step: 60,
  });
  // Records what reaches "Prometheus" (headers included), then forwards to the real one.
  prometheusProxy = await listen(async (req, res) => {
    const body = await bodyOf(req);
    prometheusRequests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    await forwardTo(prometheus.url, req, res, body);
  });
  await github.start();

  dir = mkdtempSync(join(tmpdir(), 'slo-gate-action-'));
  workspace = join(dir, 'workspace');
  mkdirSync(join(workspace, 'deploy'), { recursive: true });
  writeFileSync(join(workspace, 'ok.yaml'), sloConfig('shop-ok'));
  writeFileSync(join(workspace, 'warn.yaml'), sloConfig('shop-ok', 'shop-warn'));
  writeFileSync(join(workspace, 'block.yaml'), sloConfig('shop-block'));
  writeFileSync(
    join(workspace, 'down.yaml'),
    `prometheus:\n  url: http://127.0.0.1:1\n  retries: 0\npolicy:\n  onPrometheusError: warn\n${sloConfig('shop-ok')}`,
  );
  writeFileSync(join(workspace, 'findings.yaml'), 'manifests:\n  paths: [deploy/]\n');
  writeFileSync(join(workspace, 'deploy', 'bundle.yaml'), findingsBundle());
}, 180_000);

afterAll(async () => {
  await close(prometheusProxy);
  await close(github.server);
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  github.reset();
  prometheusRequests = [];
});

const slo = (config: string, extra: Record<string, string> = {}) => ({
  config,
  'prometheus-url': urlOf(prometheusProxy),
  at: String(T),
  ...extra,
});

const listCalls = () =>
  github.calls.filter((c) => c.method === 'GET' && c.url.startsWith(`${REPO_PATH}/issues/${PR}/comments`));

// ---------------------------------------------------------------------------------------------------

describe('the sticky pull request comment', () => {
  it('first run creates it; a changed report updates the same one; an unchanged report writes nothing', async () => {
    const first = await runAction(slo('ok.yaml'));
    expect(first.code).toBe(0);
    const [created] = github.writes();
    expect(github.writes()).toHaveLength(1);
    expect(created).toMatchObject({ method: 'POST', url: `${REPO_PATH}/issues/${PR}/comments` });
    const body = JSON.parse(created!.body).body as string;
    expect(body.startsWith(`${MARKER}\n## ✅ slo-gate: pass\n`)).toBe(true);
    expect(body).toContain('Evaluated at `2023-11-14T22:13:00Z`.');
    expect(created!.headers.authorization).toBe(`token ${GITHUB_TOKEN}`);
    const id = github.comments[0]!.id;
    expect(first.outputs['comment-id']).toBe(String(id));

    // An hour earlier: a different report, so the same comment is edited in place.
    github.calls = [];
    const second = await runAction(slo('ok.yaml', { at: String(T - 3600) }));
    expect(second.code).toBe(0);
    expect(github.writes().map((c) => [c.method, c.url])).toEqual([
      ['PATCH', `${REPO_PATH}/issues/comments/${id}`],
    ]);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('Evaluated at `2023-11-14T21:13:00Z`.');
    expect(second.outputs['comment-id']).toBe(String(id));

    // The same report again: read, compared, left alone.
    github.calls = [];
    const third = await runAction(slo('ok.yaml', { at: String(T - 3600) }));
    expect(third.code).toBe(0);
    expect(listCalls()).toHaveLength(1);
    expect(github.writes()).toEqual([]);
    expect(third.outputs['comment-id']).toBe(String(id));
  });

  it('finds its comment on page 3 of 3, ignoring a human who pasted the marker and another key', async () => {
    for (let i = 1; i <= 250; i++) {
      if (i === 5) github.add(`${MARKER}\nI copied this from the bot`, HUMAN, i);
      else if (i === 120) github.add('<!-- slo-gate:comment-key=staging -->\nstaging report', ACTIONS_BOT, i);
      else if (i === 230) github.add(`${MARKER}\nold report`, ACTIONS_BOT, i);
      else github.add(`comment ${i}`, i % 2 ? HUMAN : ACTIONS_BOT, i);
    }
    const run = await runAction(slo('ok.yaml'));
    expect(run.code).toBe(0);
    // Octokit asks for 100 per page and follows the Link header to pages 2 and 3.
    expect(listCalls().map((c) => new URL(c.url, github.url).searchParams.get('page') ?? '1')).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(github.writes().map((c) => [c.method, c.url])).toEqual([
      ['PATCH', `${REPO_PATH}/issues/comments/230`],
    ]);
    expect(github.comments.find((c) => c.id === 5)!.body).toBe(`${MARKER}\nI copied this from the bot`);
    expect(github.comments.find((c) => c.id === 120)!.body).toBe(
      '<!-- slo-gate:comment-key=staging -->\nstaging report',
    );
    expect(run.outputs['comment-id']).toBe('230');
  });

  it('with a user token, its comment is the one written by that user', async () => {
    github.identity = { login: 'release-bot' };
    github.add(`${MARKER}\nwritten with GITHUB_TOKEN`, ACTIONS_BOT, 1);
    github.add(`${MARKER}\nwritten with the PAT`, { login: 'release-bot', id: 77, type: 'User' }, 2);
    const run = await runAction(slo('ok.yaml'));
    expect(run.code).toBe(0);
    expect(github.writes().map((c) => [c.method, c.url])).toEqual([
      ['PATCH', `${REPO_PATH}/issues/comments/2`],
    ]);
  });

  it('403 (a fork, a read-only token): one warning, the verdict and the step result unchanged', async () => {
    github.readOnly = true;
    const run = await runAction(slo('ok.yaml'));
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['comment-id']).toBe('');
    const warnings = annotations(run, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('HTTP 403 Resource not accessible by integration');
    expect(warnings[0]!.message).toContain('workflow_run');
    // The summary is still written.
    expect(run.summary).toContain('## ✅ slo-gate: pass');

    const blocked = await runAction(slo('block.yaml'));
    expect(blocked.code).toBe(1);
    expect(blocked.outputs.verdict).toBe('block');
    expect(annotations(blocked, 'warning').filter((w) => w.message.includes('403'))).toHaveLength(1);
  });

  it('comment defaults to false outside pull requests: a push run calls no GitHub API', async () => {
    const run = await runAction(slo('ok.yaml'), { event: 'push' });
    expect(run.code).toBe(0);
    expect(github.calls).toEqual([]);
    expect(run.outputs['comment-id']).toBe('');
  });
});

describe('a bundle with 415 findings (400 errors, 12 warnings, 3 infos)', () => {
  let run: ActionRun;
  let writes: RecordedRequest[];
  beforeAll(async () => {
    github.reset();
    run = await runAction({
      config: 'findings.yaml',
      'strict-references': 'true',
      'sarif-file': 'out/slo-gate.sarif',
    });
    writes = github.writes(); // beforeEach resets the recorder
  });

  it('blocks: exit code 1 and one ::error:: line with the reason first', () => {
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('block');
    expect(run.outputs.findings).toBe(String(SERVICES + POLICIES + WIDGETS));
    expect(annotations(run, 'error')[0]).toEqual({
      command: 'error',
      properties: {},
      message: `slo-gate blocked: ${SERVICES} error findings`,
    });
  });

  it('annotates 10 per kind, most severe first, with file, lines, column and rule id; then one notice', () => {
    const errors = annotations(run, 'error').slice(1); // after the verdict line
    expect(errors).toHaveLength(9);
    errors.forEach((annotation, i) =>
      expect(annotation.properties).toEqual({
        title: 'service-selects-no-pods',
        file: 'deploy/bundle.yaml',
        line: String(serviceSelectorLines[i]),
        endLine: String(serviceSelectorLines[i]),
        col: '3',
      }),
    );
    expect(errors[0]!.message).toContain(
      `Service/shop/checkout-payment-provider-callback-receiver-0: Service`,
    );
    const warnings = annotations(run, 'warning');
    expect(warnings.map((w) => [w.properties.title, w.properties.line])).toEqual(
      policySelectorLines.slice(0, 10).map((line) => ['netpol-selects-no-pods', String(line)]),
    );
    const notices = annotations(run, 'notice');
    expect(notices.slice(0, 3).map((n) => n.properties.title)).toEqual(Array(3).fill('resource-skipped'));
    // Not annotated: 400 − 9 errors and 12 − 10 warnings.
    expect(notices.slice(3)).toEqual([
      {
        command: 'notice',
        properties: { title: 'slo-gate' },
        message: '393 more findings — see the job summary',
      },
    ]);
    // The error lines come before the warnings, the warnings before the notices.
    const order = run.commands
      .filter((c) => ['error', 'warning', 'notice'].includes(c.command))
      .map((c) => c.command);
    expect(order).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(4).fill('notice'),
    ]);
  });

  it('cuts the oversized comment under 60,000 characters with a pointer to the run summary', () => {
    expect(writes.map((c) => c.method)).toEqual(['POST']);
    const body = JSON.parse(writes[0]!.body).body as string;
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body.startsWith(`${MARKER}\n## ⛔ slo-gate: block\n`)).toBe(true);
    expect(body).toContain(
      'The whole report is in the [run summary](https://github.example/acme/shop/actions/runs/4242).',
    );
    // The job summary holds every finding.
    expect(run.summary).toContain('checkout-payment-provider-callback-receiver-399');
  });

  it('writes SARIF with every finding, paths relative to the workspace', () => {
    const sarif = JSON.parse(readFileSync(join(workspace, 'out/slo-gate.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(SERVICES + POLICIES + WIDGETS);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'deploy/bundle.yaml',
    );
  });

  it('writes the JSON report to report-file in RUNNER_TEMP', () => {
    const file = run.outputs['report-file']!;
    expect(file.startsWith(join(dir))).toBe(true);
    expect(file).toContain(`${join('tmp', 'slo-gate-')}`);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const count = (severity: string) =>
      report.findings.filter((f: { severity: string }) => f.severity === severity).length;
    expect([count('error'), count('warning'), count('info')]).toEqual([SERVICES, POLICIES, WIDGETS]);
  });
});

describe('the step result follows the verdict', () => {
  it('block fails the step with one ::error:: line naming the SLO and its first reason', async () => {
    const run = await runAction(slo('block.yaml', { comment: 'false' }));
    expect(run.code).toBe(1);
    const errors = annotations(run, 'error');
    expect(errors).toHaveLength(1);
    // 1 − 0.02 / 0.001 = −19: the budget is spent 20 times over, the first reason.
    expect(errors[0]!.message).toMatch(
      /^slo-gate blocked: shop-block error budget exhausted: -1900% remaining/,
    );
    expect(errors[0]!.message).not.toContain('\n');
    expect(run.outputs['budget-remaining']).toBe('-19');
    // The summary carries a burn-rate chart for the blocking SLO.
    expect(run.summary).toContain('## ⛔ slo-gate: block');
    expect(run.summary).toContain('xychart-beta');
  });

  it('warn passes the step with a warning; fail-on: warn fails it', async () => {
    const warned = await runAction(slo('warn.yaml', { comment: 'false' }));
    expect(warned.code).toBe(0);
    expect(annotations(warned, 'error')).toEqual([]);
    expect(annotations(warned, 'warning').map((w) => w.message)).toEqual([
      expect.stringMatching(/^slo-gate warned: shop-warn /),
    ]);

    const failed = await runAction(slo('warn.yaml', { comment: 'false', 'fail-on': 'warn' }));
    expect(failed.code).toBe(1);
    expect(annotations(failed, 'error').map((e) => e.message)).toEqual([
      expect.stringMatching(/^slo-gate warned \(fail-on: warn\): shop-warn /),
    ]);
  });

  it('advisory never fails: a block becomes a notice', async () => {
    const run = await runAction(slo('block.yaml', { comment: 'false', mode: 'advisory' }));
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('block');
    expect(annotations(run, 'error')).toEqual([]);
    expect(annotations(run, 'notice').map((n) => n.message)).toEqual([
      expect.stringMatching(/^slo-gate blocked \(mode: advisory, not enforced\): shop-block /),
    ]);
  });

  it('Prometheus down follows onPrometheusError (warn here): the step passes with a warning', async () => {
    const run = await runAction({ config: 'down.yaml', at: String(T), comment: 'false' });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    expect(annotations(run, 'warning')[0]!.message).toContain('refused the connection');
  });

  it('a bad input fails with one line and exit code 1, no stack trace', async () => {
    const run = await runAction({ 'fail-on': 'blok' });
    expect(run.code).toBe(1);
    expect(annotations(run, 'error')).toEqual([
      {
        command: 'error',
        properties: {},
        message: 'input fail-on: "blok" is not one of block, warn — fix: write block or warn',
      },
    ]);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);

    const missing = await runAction({ config: 'missing.yaml' });
    expect(missing.code).toBe(1);
    expect(annotations(missing, 'error')).toHaveLength(1);
    expect(annotations(missing, 'error')[0]!.message).toContain('missing.yaml');
  });
});

describe('outputs and secrets', () => {
  it('keeps the verdict when GITHUB_OUTPUT cannot be written: one warning, no internal error', async () => {
    // A folder where the outputs file should be: appending to it fails as an unwritable file does.
    const unwritable = mkdtempSync(join(dir, 'outputs-'));
    const run = await runAction(slo('warn.yaml'), { env: { GITHUB_OUTPUT: unwritable } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('internal error');
    expect(annotations(run, 'error')).toEqual([]);
    const warnings = annotations(run, 'warning').map((c) => c.message);
    expect(warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('could not set the step output verdict')]),
    );
  });

  it('keeps the verdict when the job summary cannot be written: one warning, the outputs written', async () => {
    const unwritable = mkdtempSync(join(dir, 'summary-'));
    const run = await runAction(slo('warn.yaml'), { env: { GITHUB_STEP_SUMMARY: unwritable } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('internal error');
    expect(annotations(run, 'error')).toEqual([]);
    const warnings = annotations(run, 'warning').map((c) => c.message);
    expect(warnings.filter((w) => w.startsWith('could not write the job summary'))).toHaveLength(1);
    expect(run.outputs.verdict).toBe('warn');
  });

  it('keeps the verdict when sarif-file cannot be written: one warning naming the file and why', async () => {
    // A path below a file: no folder can be made there.
    const run = await runAction(slo('block.yaml', { 'sarif-file': 'ok.yaml/results.sarif' }));
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('internal error');
    expect(annotations(run, 'error').map((c) => c.message)).toEqual([
      expect.stringMatching(/^slo-gate blocked: shop-block /),
    ]);
    const warnings = annotations(run, 'warning').map((c) => c.message);
    expect(
      warnings.filter((w) => w.startsWith('could not write sarif-file ok.yaml/results.sarif: ')),
    ).toEqual([expect.stringMatching(/: (ENOTDIR|EEXIST)$/)]);
    expect(run.outputs.verdict).toBe('block');
    expect(run.summary).toContain('slo-gate: block');
  });

  it('max-duration: a Prometheus that never answers ends in a block at the deadline; outputs and summary written', async () => {
    const silent = await listen(() => {
      // accepts, never answers
    });
    try {
      // A 60 s query timeout would hold the step for minutes; the 2 s deadline ends it.
      writeFileSync(
        join(workspace, 'slow.yaml'),
        `prometheus:\n  url: http://unused\n  timeout: 60s\n${sloConfig('shop-ok')}`,
      );
      const started = Date.now();
      const run = await runAction({
        ...slo('slow.yaml', { 'max-duration': '2s' }),
        'prometheus-url': urlOf(silent),
      });
      const elapsed = Date.now() - started;
      expect(run.code).toBe(1);
      expect(run.outputs.verdict).toBe('block');
      expect(run.summary).toContain("not measured: the run's 2s deadline passed");
      expect(JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')).slos[0].reasons).toEqual([
        "not measured: the run's 2s deadline passed; onPrometheusError: block",
      ]);
      expect(elapsed).toBeLessThan(15_000);
    } finally {
      await close(silent);
    }
  });

  it('never shows a header value a server echoes back, whatever the header is called', async () => {
    const secret = 'xat-51e2c9a07b-never-printed';
    const echo = await listen((req, res) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`rejected ${req.url ?? ''} ${JSON.stringify(req.headers)}`);
    });
    try {
      const run = await runAction({
        ...slo('warn.yaml', { 'prometheus-headers': `X-Auth-Token: ${secret}`, 'sarif-file': 'echo.sarif' }),
        'prometheus-url': urlOf(echo),
      });
      expect(run.stdout).toContain('HTTP 400');
      const stdoutWithoutMasks = run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      const report = readFileSync(run.outputs['report-file']!, 'utf8');
      const sarif = readFileSync(join(workspace, 'echo.sarif'), 'utf8');
      for (const [where, text] of Object.entries({
        stdout: stdoutWithoutMasks,
        stderr: run.stderr,
        summary: run.summary,
        outputs: run.outputsFile,
        report,
        sarif,
        comment: github.comments.map((c) => c.body).join('\n'),
      })) {
        expect([where, text.includes(secret)]).toEqual([where, false]);
      }
    } finally {
      await close(echo);
    }
  });

  it('writes verdict, lowest budget-remaining, findings, report-file and comment-id to GITHUB_OUTPUT', async () => {
    const run = await runAction(slo('warn.yaml'));
    expect(run.outputs.verdict).toBe('warn');
    // min(0.8 for shop-ok, 0.2 for shop-warn)
    expect(Number(run.outputs['budget-remaining'])).toBeCloseTo(0.2, 9);
    expect(run.outputs.findings).toBe('0');
    expect(existsSync(run.outputs['report-file']!)).toBe(true);
    expect(JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')).verdict).toBe('warn');
    expect(run.outputs['comment-id']).toBe(String(github.comments[0]!.id));
    expect(Object.keys(run.outputs).sort()).toEqual(
      ['budget-remaining', 'comment-id', 'findings', 'report-file', 'verdict'].sort(),
    );
  });

  it('never prints the tokens; each goes only to its own server, in the Authorization header', async () => {
    const run = await runAction(
      slo('block.yaml', {
        'prometheus-token': PROM_TOKEN,
        'prometheus-headers': 'X-Scope-OrgID: team-a',
        'sarif-file': 'secret-check.sarif',
      }),
    );
    expect(run.code).toBe(1);
    // Both are masked (the runner learns them from ::add-mask::, which it never shows) ...
    const masks = run.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    expect(masks).toEqual(expect.arrayContaining([PROM_TOKEN, GITHUB_TOKEN]));
    // ... and appear nowhere else.
    const stdoutWithoutMasks = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const report = readFileSync(run.outputs['report-file']!, 'utf8');
    const sarif = readFileSync(join(workspace, 'secret-check.sarif'), 'utf8');
    for (const secret of [PROM_TOKEN, GITHUB_TOKEN]) {
      for (const [where, text] of Object.entries({
        stdout: stdoutWithoutMasks,
        stderr: run.stderr,
        summary: run.summary,
        outputs: run.outputsFile,
        report,
        sarif,
      })) {
        expect([where, text.includes(secret)]).toEqual([where, false]);
      }
    }

    expect(prometheusRequests.length).toBeGreaterThan(0);
    for (const request of prometheusRequests) {
      expect(request.headers.authorization).toBe(`Bearer ${PROM_TOKEN}`);
      expect(request.headers['x-scope-orgid']).toBe('team-a');
      expect(JSON.stringify(request)).not.toContain(GITHUB_TOKEN);
      expect(request.body).not.toContain(PROM_TOKEN);
    }
    expect(github.calls.length).toBeGreaterThan(0);
    for (const call of github.calls) {
      expect(call.headers.authorization).toBe(`token ${GITHUB_TOKEN}`);
      expect(JSON.stringify(call)).not.toContain(PROM_TOKEN);
      expect(call.body).not.toContain(GITHUB_TOKEN);
    }
  });
});

describe("the fork-safe commenter (workflow_run): publishing an earlier run's report", () => {
  it('comments the report on the given pull request without evaluating, and never fails the step', async () => {
    const earlier = await runAction(slo('block.yaml', { comment: 'false' }));
    expect(earlier.code).toBe(1);
    const artifact = join(dir, 'artifact-report.json');
    writeFileSync(artifact, readFileSync(earlier.outputs['report-file']!));
    prometheusRequests = [];
    github.pulls.push({ number: PR, ...RUN_HEAD });

    const run = await runAction(
      { report: artifact, 'pr-number': String(PR), annotations: 'false' },
      { event: 'workflow_run' },
    );
    expect(run.code).toBe(0);
    expect(prometheusRequests).toEqual([]);
    // The pull request was checked against the run's head before anything was written.
    expect(github.calls.map((c) => [c.method, c.url.split('?')[0]])[0]).toEqual([
      'GET',
      `${REPO_PATH}/pulls/${PR}`,
    ]);
    expect(run.outputs.verdict).toBe('block');
    expect(run.outputs['budget-remaining']).toBe('-19');
    expect(annotations(run, 'error')).toEqual([]);
    expect(github.writes().map((c) => [c.method, c.url])).toEqual([
      ['POST', `${REPO_PATH}/issues/${PR}/comments`],
    ]);
    const body = JSON.parse(github.writes()[0]!.body).body as string;
    expect(body.startsWith(`${MARKER}\n## ⛔ slo-gate: block\n`)).toBe(true);
    expect(body).toContain('shop-block');
  });

  it('a report written before reports carried a version reads as version 1', async () => {
    const earlier = await runAction(slo('block.yaml', { comment: 'false' }));
    const { version, ...withoutVersion } = JSON.parse(readFileSync(earlier.outputs['report-file']!, 'utf8'));
    expect(version).toBe(1);
    const artifact = join(dir, 'report-before-version.json');
    writeFileSync(artifact, JSON.stringify(withoutVersion));

    const run = await runAction(
      { report: artifact, 'pr-number': String(PR), annotations: 'false' },
      { event: 'workflow_run' },
    );
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('block');
    const republished = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8'));
    expect(republished).toEqual({ version: 1, ...withoutVersion });
    expect(Object.keys(republished)[0]).toBe('version');
  });

  it('a report of a version this slo-gate does not know fails with one line naming the field', async () => {
    const artifact = join(dir, 'report-version-2.json');
    writeFileSync(
      artifact,
      JSON.stringify({ version: 2, verdict: 'pass', evaluatedAt: 'now', slos: [], findings: [], hints: [] }),
    );
    const run = await runAction({ report: artifact, 'pr-number': String(PR) }, { event: 'workflow_run' });
    expect(run.code).toBe(1);
    expect(annotations(run, 'error').map((e) => e.message)).toEqual([
      expect.stringMatching(/^input report: .*report-version-2\.json is not a slo-gate report \(version: /),
    ]);
    expect(github.calls).toEqual([]);
  });

  it('a report that is not a slo-gate report (tampered artifact) fails with one line, nothing posted', async () => {
    const artifact = join(dir, 'tampered.json');
    writeFileSync(
      artifact,
      JSON.stringify({ verdict: 'pass', evaluatedAt: 'now', slos: 'x', findings: [], hints: [] }),
    );
    const run = await runAction({ report: artifact, 'pr-number': String(PR) }, { event: 'workflow_run' });
    expect(run.code).toBe(1);
    expect(annotations(run, 'error').map((e) => e.message)).toEqual([
      expect.stringMatching(/^input report: .*tampered\.json is not a slo-gate report \(slos: /),
    ]);
    expect(github.calls).toEqual([]);
  });

  it('a pr-number naming another pull request (a forged artifact): no comment, one warning', async () => {
    const earlier = await runAction(slo('ok.yaml', { comment: 'false' }));
    const artifact = join(dir, 'forged-pass.json');
    writeFileSync(artifact, readFileSync(earlier.outputs['report-file']!));
    // PR 8 is someone else's: its head is another commit of another repository.
    github.pulls.push(
      { number: PR, ...RUN_HEAD },
      { number: 8, headSha: '0123456789abcdef0123456789abcdef01234567', headRepository: 'acme/shop' },
    );
    github.add(`${MARKER}\n## ⛔ slo-gate: block\n`, ACTIONS_BOT, 501, 8);

    const run = await runAction({ report: artifact, 'pr-number': '8' }, { event: 'workflow_run' });
    expect(run.code).toBe(0);
    expect(github.writes()).toEqual([]);
    expect(github.comments.find((c) => c.id === 501)!.body).toBe(`${MARKER}\n## ⛔ slo-gate: block\n`);
    expect(run.outputs['comment-id']).toBe('');
    const warnings = annotations(run, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain(
      `pull request #8 is at 0123456789abcdef0123456789abcdef01234567 of acme/shop, ` +
        `but the workflow run built ${RUN_HEAD.headSha} of ${RUN_HEAD.headRepository}`,
    );
  });

  it('the same commit pushed to another repository does not match either; a deleted fork matches nothing', async () => {
    const earlier = await runAction(slo('ok.yaml', { comment: 'false' }));
    const artifact = join(dir, 'other-repo.json');
    writeFileSync(artifact, readFileSync(earlier.outputs['report-file']!));
    github.pulls.push(
      { number: 9, headSha: RUN_HEAD.headSha, headRepository: 'mallory/shop' },
      { number: 10, headSha: RUN_HEAD.headSha, headRepository: null },
    );
    for (const number of ['9', '10']) {
      const run = await runAction({ report: artifact, 'pr-number': number }, { event: 'workflow_run' });
      expect(run.code).toBe(0);
      expect(annotations(run, 'warning')).toHaveLength(1);
      expect(annotations(run, 'warning')[0]!.message).toContain(`pull request #${number} is at`);
    }
    expect(github.writes()).toEqual([]);
  });

  it('a pr-number that is not one of the pull requests GitHub lists for the run is refused without asking', async () => {
    const earlier = await runAction(slo('ok.yaml', { comment: 'false' }));
    const artifact = join(dir, 'listed.json');
    writeFileSync(artifact, readFileSync(earlier.outputs['report-file']!));
    const payload = JSON.parse(readFileSync(WORKFLOW_RUN_EVENT, 'utf8'));
    payload.workflow_run.head_repository.full_name = 'acme/shop';
    payload.workflow_run.pull_requests = [{ id: 1, number: 12, head: { sha: RUN_HEAD.headSha } }];
    const event = join(dir, 'workflow_run-same-repo.json');
    writeFileSync(event, JSON.stringify(payload));

    const run = await runAction(
      { report: artifact, 'pr-number': '8' },
      { event: 'workflow_run', eventPath: event },
    );
    expect(run.code).toBe(0);
    expect(github.calls).toEqual([]);
    expect(annotations(run, 'warning').map((w) => w.message)).toEqual([
      expect.stringContaining('pr-number 8 is not a pull request of the workflow run (GitHub lists #12)'),
    ]);

    // Without pr-number the payload's pull request is the one, once pulls.get confirms its head.
    github.pulls.push({ number: 12, headSha: RUN_HEAD.headSha, headRepository: 'acme/shop' });
    const listed = await runAction({ report: artifact }, { event: 'workflow_run', eventPath: event });
    expect(listed.code).toBe(0);
    expect(github.writes().map((c) => [c.method, c.url])).toEqual([
      ['POST', `${REPO_PATH}/issues/12/comments`],
    ]);
  });

  it('a report from an artifact cannot ping anyone or render HTML in the comment', async () => {
    const earlier = await runAction(slo('block.yaml', { comment: 'false' }));
    const report = JSON.parse(readFileSync(earlier.outputs['report-file']!, 'utf8'));
    report.slos[0].name = '@acme/security-team <img src=x onerror=alert(1)>';
    report.slos[0].reasons = ['cc @octocat <details open><summary>click</summary>'];
    report.slos[0].queries[0].promql = 'sum(rate(x[5m]))\n```\n<script>alert(1)</script>';
    const artifact = join(dir, 'mentions.json');
    writeFileSync(artifact, JSON.stringify(report));
    github.pulls.push({ number: PR, ...RUN_HEAD });

    const run = await runAction({ report: artifact, 'pr-number': String(PR) }, { event: 'workflow_run' });
    expect(run.code).toBe(0);
    const body = JSON.parse(github.writes()[0]!.body).body as string;
    const zeroWidthSpace = '\u200B';
    expect(body).toContain(`@${zeroWidthSpace}acme/security-team &lt;img src=x onerror=alert(1)&gt;`);
    expect(body).toContain(
      `cc @${zeroWidthSpace}octocat &lt;details open&gt;&lt;summary&gt;click&lt;/summary&gt;`,
    );
    expect(body).not.toMatch(/@[A-Za-z0-9]/);
    expect(body).not.toContain('<img');
    // The PromQL stays inside its fence (shown, never run): the report's backticks became quotes.
    expect(body).toContain("```promql\nsum(rate(x[5m]))\n'''\n<script>alert(1)</script>\n```");
    // The JSON report this run writes keeps the text as it was.
    expect(JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')).slos[0].name).toBe(
      report.slos[0].name,
    );
  });
});

describe('what GitHub refuses and what the runner shows', () => {
  it('the comment warning is emitted before the findings: one of the 10 warnings the runner shows', async () => {
    github.readOnly = true;
    const run = await runAction({ config: 'findings.yaml', 'strict-references': 'true' });
    expect(run.code).toBe(1);
    const shown = shownAnnotations(run, 'warning');
    expect(
      shown.filter((w) => w.message.includes('HTTP 403 Resource not accessible by integration')),
    ).toHaveLength(1);
    // 12 netpol warnings, one slot taken by the comment warning: 9 annotated, and never an 11th warning.
    expect(annotations(run, 'warning')).toHaveLength(RUNNER_ANNOTATIONS_PER_KIND);
    expect(shown.filter((w) => w.properties.title === 'netpol-selects-no-pods')).toHaveLength(9);
  });

  it('a Dependabot pull request (read-only token): one warning that says why, the verdict unchanged', async () => {
    github.readOnly = true;
    const run = await runAction(slo('warn.yaml'), { actor: 'dependabot[bot]' });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    const warnings = annotations(run, 'warning').map((w) => w.message);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^slo-gate warned: shop-warn /);
    expect(warnings[1]).toContain('HTTP 403 Resource not accessible by integration');
    expect(warnings[1]).toContain("A Dependabot pull request's run gets a read-only token");
  });
});
