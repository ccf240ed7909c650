/**
 * The previous container's log, read with client-node from the stand-in API server over real HTTP.
 * The stand-in answers as kube-apiserver does: text/plain bodies, tailLines and limitBytes applied,
 * 400 for a container without a previous instance (message as `kubectl logs --previous` prints it:
 * `previous terminated container "liveness-prometheus" in pod "csi-cephfsplugin-provisioner-..." not
 * found`), 403 when the Role lacks get on pods/log.
 */
import { readFileSync } from 'node:fs';
import { logKey, readPreviousLogs } from '../../src/cluster/logs.js';
import { forbidden, type KubeApi, kubeConfigFor, startKubeApi } from '../support/kube-api.js';
import { pod } from '../support/live-objects.js';

const GO_PANIC = readFileSync('test/fixtures/logs/go-panic.txt', 'utf8');

let api: KubeApi;
beforeEach(async () => {
  api = await startKubeApi({
    objects: [
      { ...pod({ name: 'web-1' }), kind: 'Pod', apiVersion: 'v1' },
      { ...pod({ name: 'web-2' }), kind: 'Pod', apiVersion: 'v1' },
    ] as never,
    logs: {
      'shop/web-1/app': { current: 'starting\n', previous: GO_PANIC },
      'shop/web-2/app': { current: 'serving\n' },
    },
  });
});
afterEach(() => api.stop());

describe('the stand-in log endpoint', () => {
  it('answers text/plain; previous=true of a container that never restarted is a 400 Status', async () => {
    const ok = await fetch(
      `${api.url}/api/v1/namespaces/shop/pods/web-1/log?container=app&previous=true&tailLines=2`,
    );
    expect(ok.headers.get('content-type')).toBe('text/plain');
    expect(await ok.text()).toBe(
      'main.main()\n\t/Users/me/go/src/github.com/bcicen/grmon/main.go:202 +0xe7\n',
    );
    const none = await fetch(`${api.url}/api/v1/namespaces/shop/pods/web-2/log?container=app&previous=true`);
    expect(none.status).toBe(400);
    expect(await none.json()).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'previous terminated container "app" in pod "web-2" not found',
      reason: 'BadRequest',
      code: 400,
    });
  });
});

describe('readPreviousLogs', () => {
  const targets = [
    { namespace: 'shop', pod: 'web-1', container: 'app' },
    { namespace: 'shop', pod: 'web-2', container: 'app' },
  ];

  it('reads the previous instance with previous, tailLines and limitBytes', async () => {
    const outcomes = await readPreviousLogs(kubeConfigFor(api.url), targets, { limitBytes: 72 });
    // The first 72 bytes of the 12-line panic: its first line (71 bytes) and its line feed.
    expect(outcomes[0]).toEqual({
      target: targets[0],
      text: 'panic: runtime error: invalid memory address or nil pointer dereference\n',
    });
    expect(outcomes[1]).toEqual({
      target: targets[1],
      missing: 'no previous instance (the API server kept no log of it)',
    });
    const call = api.calls.find((c) => c.path.endsWith('/web-1/log'))!;
    expect(call.query).toEqual({ container: 'app', previous: 'true', tailLines: '100', limitBytes: '72' });
  });

  it('says which permission is missing when the Role lacks pods/log', async () => {
    const denied = forbidden({
      verb: 'get',
      resource: 'pods',
      subresource: 'log',
      namespace: 'shop',
      name: 'web-1',
    });
    // The authorizer names the subresource in "cannot get resource" and the pod in the subject.
    expect((denied.body as { message: string }).message).toBe(
      'pods "web-1" is forbidden: User "system:serviceaccount:shop:slo-gate" cannot get resource "pods/log" in API group "" in the namespace "shop"',
    );
    api.setOverride('GET /api/v1/namespaces/shop/pods/web-1/log', denied);
    const [outcome] = await readPreviousLogs(kubeConfigFor(api.url), targets.slice(0, 1));
    expect(outcome).toEqual({
      target: targets[0],
      missing: 'forbidden (needs get on pods/log in namespace shop)',
      forbidden: true,
    });
  });

  it('gives up on a log that does not come within the budget', async () => {
    api.setOverride('GET /api/v1/namespaces/shop/pods/web-1/log', { delayMs: 5_000 });
    const started = Date.now();
    const [outcome] = await readPreviousLogs(kubeConfigFor(api.url), targets.slice(0, 1), { budgetMs: 300 });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(outcome).toEqual({ target: targets[0], missing: 'not read within the 300 ms log budget' });
  });

  it('reads no more than maxTargets containers', async () => {
    const outcomes = await readPreviousLogs(kubeConfigFor(api.url), targets, { maxTargets: 1 });
    expect(outcomes.map((o) => logKey(o.target))).toEqual(['shop/web-1/app']);
  });
});
