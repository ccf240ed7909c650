/** `slo-gate netpol` as users run it (node dist/cli.js): answers, exit codes, bad input. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ACS = 'test/fixtures/netpol/np-guard/acs-security-demos';
const POLICIES = `${ACS}/acs_netpols.yaml`;

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli.js'), ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('slo-gate netpol explain', () => {
  test('an allowed connection names the rule of each side, with its line, and exits 0', () => {
    const { code, stdout } = cli([
      'netpol',
      'explain',
      '-m',
      ACS,
      '--from',
      'frontend/webapp',
      '--to',
      'backend/checkout',
      '--port',
      '8080/TCP',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'frontend/webapp[Deployment] -> backend/checkout[Deployment] on TCP 8080: allowed',
    );
    // checkout-netpol starts at line 56; its first ingress rule (`- from:`) is written at line 96.
    expect(stdout).toContain(
      `ingress of backend/checkout[Deployment]: allowed by backend/checkout-netpol spec.ingress[0] (${POLICIES}:96)`,
    );
  });

  test('a denied connection names the isolating policies and exits 1', () => {
    const { code, stdout } = cli([
      'netpol',
      'explain',
      '-m',
      ACS,
      '--from',
      'backend/checkout',
      '--to',
      'frontend/webapp',
      '--port',
      '8080',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain('on TCP 8080: denied');
    expect(stdout).toContain(
      `egress of backend/checkout[Deployment]: denied; isolated by backend/checkout-netpol (${POLICIES}:56)`,
    );
  });

  test('a workload not in the manifests is one line with the closest name, exit 2', () => {
    const { code, stdout, stderr } = cli([
      'netpol',
      'explain',
      '-m',
      ACS,
      '--from',
      'frontend/webap',
      '--to',
      'backend/checkout',
      '--port',
      '8080/TCP',
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      'slo-gate: --from frontend/webap: no such workload in the manifests — fix: did you mean frontend/webapp?',
    ]);
  });

  test('a manifests path that does not exist is one line naming it, exit 2', () => {
    const { code, stderr } = cli([
      'netpol',
      'explain',
      '-m',
      'no/such/dir',
      '--from',
      'a/b',
      '--to',
      'c/d',
      '--port',
      '80',
    ]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no/such/dir');
  });

  test('a port that is not one is exit 2 with the form to write', () => {
    const { code, stderr } = cli([
      'netpol',
      'explain',
      '-m',
      ACS,
      '--from',
      'frontend/webapp',
      '--to',
      'backend/checkout',
      '--port',
      '80/XTP',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '--port 80/XTP: not a port — fix: write a port and protocol such as 8080/TCP or 53/UDP',
    );
  });
});

describe('slo-gate netpol list', () => {
  test('every allowed connection, as a matrix with one row per source', () => {
    const { code, stdout } = cli(['netpol', 'list', '-m', ACS]);
    expect(code).toBe(0);
    // frontend/webapp reaches backend/checkout on 8080 (np-guard lists the same).
    const row = stdout.split('\n').find((line) => line.includes('] frontend/webapp[Deployment]'))!;
    expect(row).toContain('TCP 8080');
  });
});

describe('slo-gate netpol diff', () => {
  let repo: string;
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
  const WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata: {name: frontend, namespace: shop}
spec:
  selector: {matchLabels: {app: frontend}}
  template:
    metadata: {labels: {app: frontend}}
    spec: {containers: [{name: c, image: x}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: checkout, namespace: shop}
spec:
  selector: {matchLabels: {app: checkout}}
  template:
    metadata: {labels: {app: checkout}}
    spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]}
`;
  const ALLOW = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: checkout-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: checkout}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: frontend}}}]
    ports: [{port: 8080}]
`;
  const cliIn = (args: string[]) => {
    const result = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli.js'), ...args], {
      encoding: 'utf8',
      cwd: repo,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'slo-gate-netpol-'));
    mkdirSync(join(repo, 'deploy'));
    writeFileSync(join(repo, 'deploy/workloads.yaml'), WORKLOADS);
    writeFileSync(join(repo, 'deploy/policies.yaml'), ALLOW);
    writeFileSync(
      join(repo, 'slo-gate.yaml'),
      'network:\n  required:\n    - {from: frontend, to: checkout, port: 8080}\n',
    );
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'baseline');
    // The release narrows checkout's ingress to port 9090: frontend -> checkout:8080 is cut.
    writeFileSync(join(repo, 'deploy/policies.yaml'), ALLOW.replace('port: 8080', 'port: 9090'));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  test('against a git ref: the required connection cut blocks (exit 1), with the rule line and the config line', () => {
    const { code, stdout } = cliIn(['netpol', 'diff', '--baseline', 'HEAD', '-m', 'deploy']);
    expect(code).toBe(1);
    expect(stdout).toContain('verdict block');
    expect(stdout).toContain(
      'changed shop/frontend[Deployment] -> shop/checkout[Deployment]: TCP 8080 -> TCP 9090  BLOCK: required (slo-gate.yaml:3)',
    );
    // checkout-in's ingress rule is written at line 7 of deploy/policies.yaml.
    expect(stdout).toContain(
      'because shop/checkout-in spec.ingress[0] (deploy/policies.yaml:7): allowed it before',
    );
  });

  test('markdown: the cut connection as a Mermaid flowchart and a table row', () => {
    const { stdout } = cliIn(['netpol', 'diff', '--baseline', 'HEAD', '-m', 'deploy', '-f', 'markdown']);
    expect(stdout).toContain('```mermaid\nflowchart LR');
    expect(stdout).toContain(
      'nshop_frontend_Deployment_ -.->|"BLOCK TCP 8080 cut"| nshop_checkout_Deployment_',
    );
    expect(stdout).toContain(
      '| changed | shop/frontend[Deployment] | shop/checkout[Deployment] | TCP 8080 -> TCP 9090 |',
    );
  });

  test('a baseline that is neither a path nor a git ref is one line naming it, exit 2', () => {
    const { code, stderr } = cliIn(['netpol', 'diff', '--baseline', 'no-such-ref', '-m', 'deploy']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      'slo-gate: --baseline no-such-ref: neither an existing file or folder nor a git ref — fix: give the folder of the previous manifests, or a commit, branch or tag (e.g. origin/main)',
    ]);
  });

  test('--baseline live outside the hook is one line, exit 2', () => {
    const { code, stderr } = cliIn(['netpol', 'diff', '--baseline', 'live', '-m', 'deploy']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      'slo-gate: live baseline: only in the hook — fix: run slo-gate hook in the cluster, or give --baseline a folder or git ref',
    ]);
  });

  test('check with network.baseline: the report carries the diff in `netpol`, and the cut required connection blocks', () => {
    writeFileSync(
      join(repo, 'check.yaml'),
      'manifests:\n  paths: [deploy]\nnetwork:\n  baseline: HEAD\n  required:\n    - {from: frontend, to: checkout, port: 8080}\n',
    );
    const { code, stdout } = cliIn(['check', '-c', 'check.yaml', '-f', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      verdict: string;
      netpol: {
        verdict: string;
        changes: {
          kind: string;
          from: string;
          lost?: string;
          required: { line?: number }[];
          causes: { file?: string; line?: number }[];
        }[];
      };
    };
    expect(report.verdict).toBe('block');
    expect(report.netpol.verdict).toBe('block');
    const change = report.netpol.changes.find((c) => c.from === 'shop/frontend[Deployment]')!;
    expect(change).toMatchObject({ kind: 'changed', lost: 'TCP 8080', required: [{ line: 6 }] });
    expect(change.causes[0]).toMatchObject({ file: 'deploy/policies.yaml', line: 7 });
  });

  test("check with network.baseline: live says the live diff is the hook's, and claims no `netpol`", () => {
    writeFileSync(
      join(repo, 'check-live.yaml'),
      'manifests:\n  paths: [deploy]\nnetwork:\n  baseline: live\n',
    );
    const { stdout, stderr } = cliIn(['check', '-c', 'check-live.yaml', '-f', 'json']);
    expect(stderr).toContain(
      'network.baseline: live is read by slo-gate hook in the cluster only: the NetworkPolicy diff is not checked here',
    );
    expect((JSON.parse(stdout) as { netpol?: unknown }).netpol).toBeUndefined();
  });

  test('a bad network.required entry is a config error with its line, exit 2', () => {
    writeFileSync(
      join(repo, 'bad.yaml'),
      'network:\n  required:\n    - {from: frontend, to: checkout, port: http}\n',
    );
    const { code, stderr } = cliIn([
      'netpol',
      'diff',
      '--baseline',
      'HEAD',
      '-m',
      'deploy',
      '-c',
      'bad.yaml',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('bad.yaml:3');
  });
});
