/** `slo-gate netpol` as users run it (node dist/cli.js): answers, exit codes, bad input. */
import { spawnSync } from 'node:child_process';
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
