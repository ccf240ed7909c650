/**
 * Container-level hints (pod-oomkilled, pod-crashloop, image-pull, pod-config-error) from pods shaped
 * as the API server lists them. Expected texts are written out by hand from the fixtures.
 */
import type { V1Pod } from '@kubernetes/client-node';
import { liveHints } from '../../src/hints/live/index.js';
import {
  NOW_DATE,
  crashLoopStatus,
  deploymentPod,
  event,
  liveState,
  minutesAgo,
  runningConditions,
  runningStatus,
  waitingStatus,
} from '../support/live-objects.js';

const IMAGE = 'registry.example.com/shop/checkout:1.4.2';
const scope = { workloads: [], now: NOW_DATE };

function crashingPod(
  suffix: string,
  exit: { exitCode: number; reason: string; message?: string },
  restarts = 14,
): V1Pod {
  const name = `checkout-7d9f8c6b5-${suffix}`;
  return deploymentPod('checkout', '7d9f8c6b5', suffix, {
    containers: [
      { name: 'app', image: IMAGE, requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '256Mi' } },
    ],
    conditions: runningConditions(false),
    containerStatuses: [crashLoopStatus('app', IMAGE, { ...exit, finishedMinutesAgo: 2 }, restarts, name)],
  });
}

describe('CrashLoopBackOff and OOM kills', () => {
  it('names the pod, the last exit and the memory limit of an OOM-killed container', () => {
    const hints = liveHints(
      liveState({ pods: [crashingPod('x2k4p', { exitCode: 137, reason: 'OOMKilled' })] }),
      scope,
    );
    expect(hints).toHaveLength(1);
    const [hint] = hints;
    expect(hint!.id).toBe('pod-oomkilled');
    expect(hint!.title).toBe(
      'checkout-7d9f8c6b5-x2k4p: CrashLoopBackOff, last exit 137 (OOMKilled) with memory limit 256Mi',
    );
    expect(hint!.evidence[0]).toBe(hint!.title);
    expect(hint!.evidence).toContain(
      'checkout-7d9f8c6b5-x2k4p on node-a: container app restarted 14 times, last exit 137 (OOMKilled), ' +
        `at ${minutesAgo(2)} (2 min before the check)`,
    );
    const fix = hint!.evidence.at(-1)!;
    expect(fix).toMatch(
      /^fix: raise resources\.limits\.memory of container app in Deployment shop\/checkout above 256Mi/,
    );
  });

  it('reports a container running again after an OOM kill', () => {
    const p = deploymentPod('checkout', '7d9f8c6b5', 'r8m2n', {
      containers: [{ name: 'app', image: IMAGE, limits: { memory: '512Mi' } }],
      containerStatuses: [
        runningStatus('app', IMAGE, true, 3, {
          terminated: {
            exitCode: 137,
            reason: 'OOMKilled',
            startedAt: minutesAgo(70),
            finishedAt: minutesAgo(51),
          },
        }),
      ],
    });
    const [hint] = liveHints(liveState({ pods: [p] }), scope);
    expect(hint!.id).toBe('pod-oomkilled');
    expect(hint!.title).toBe(
      'checkout-7d9f8c6b5-r8m2n: last run OOMKilled (exit 137) with memory limit 512Mi, running again',
    );
  });

  it('says the node ran out of memory when the container has no limit', () => {
    const p = deploymentPod('checkout', '7d9f8c6b5', 'n0lim', {
      containers: [{ name: 'app', image: IMAGE }],
      containerStatuses: [
        crashLoopStatus('app', IMAGE, { exitCode: 137, reason: 'OOMKilled', finishedMinutesAgo: 1 }, 4),
      ],
    });
    const [hint] = liveHints(liveState({ pods: [p] }), scope);
    expect(hint!.title).toBe(
      'checkout-7d9f8c6b5-n0lim: CrashLoopBackOff, last exit 137 (OOMKilled) without a memory limit',
    );
    expect(hint!.evidence.at(-1)).toMatch(
      /^fix: container app has no memory limit, so the node ran out of memory/,
    );
  });

  it('groups 200 crashing pods of one Deployment into one readable hint', () => {
    const pods = Array.from({ length: 200 }, (_, i) =>
      crashingPod(`p${String(i).padStart(3, '0')}`, {
        exitCode: 1,
        reason: 'Error',
        message: 'FATAL: DATABASE_URL is not set',
      }),
    );
    const hints = liveHints(liveState({ pods }), scope);
    expect(hints).toHaveLength(1);
    const [hint] = hints;
    expect(hint!.id).toBe('pod-crashloop');
    expect(hint!.title).toBe(
      'Deployment shop/checkout: 200 of 200 pods in CrashLoopBackOff, last exit 1 (Error)',
    );
    // headline, 5 pods, "and 195 more", the termination message, the fix
    expect(hint!.evidence).toHaveLength(9);
    expect(hint!.evidence[6]).toBe(
      'and 195 more pods in the same state: checkout-7d9f8c6b5-p005, checkout-7d9f8c6b5-p006, checkout-7d9f8c6b5-p007, ' +
        'checkout-7d9f8c6b5-p008, checkout-7d9f8c6b5-p009 and 190 more',
    );
    expect(hint!.evidence[7]).toBe('last termination message: "FATAL: DATABASE_URL is not set"');
    expect(hint!.evidence[8]).toBe(
      'fix: container app of Deployment shop/checkout exits with 1 at run time: its log says why (kubectl logs -n shop ' +
        'checkout-7d9f8c6b5-p000 -c app --previous); usually a setting, Secret or dependency the new version expects; if it ' +
        'began with this release, roll back (kubectl rollout undo deployment/checkout -n shop)',
    );
  });

  it('blames the liveness probe when the kubelet reports it failing', () => {
    const p = crashingPod('lv9q1', { exitCode: 137, reason: 'Error' }, 6);
    const hints = liveHints(
      liveState({
        pods: [p],
        events: [
          event({
            name: p.metadata!.name!,
            uid: p.metadata!.uid,
            reason: 'Unhealthy',
            message: 'Liveness probe failed: HTTP probe failed with statuscode: 500',
            count: 18,
            lastMinutesAgo: 3,
          }),
        ],
      }),
      scope,
    );
    const [hint] = hints;
    expect(hint!.title).toBe(
      'checkout-7d9f8c6b5-lv9q1: CrashLoopBackOff, last exit 137 (Error, killed by SIGKILL)',
    );
    expect(hint!.evidence).toContain(
      `kubelet: "Liveness probe failed: HTTP probe failed with statuscode: 500" (x18, last ${minutesAgo(3)} (3 min before the check))`,
    );
    expect(hint!.evidence.at(-1)).toMatch(
      /^fix: the kubelet kills container app of Deployment shop\/checkout because its liveness\/startup probe fails/,
    );
  });

  it('ignores events of an earlier pod with the same name (another uid)', () => {
    const p = crashingPod('lv9q1', { exitCode: 137, reason: 'Error' }, 6);
    const old = event({
      name: p.metadata!.name!,
      uid: '00000000-dead-4000-8000-000000000000',
      reason: 'Unhealthy',
      message: 'Liveness probe failed: connection refused',
    });
    const [hint] = liveHints(liveState({ pods: [p], events: [old] }), scope);
    expect(hint!.evidence.join('\n')).not.toContain('Liveness probe failed');
    expect(hint!.evidence.at(-1)).toMatch(/stopped from outside \(SIGKILL\)/);
  });

  it('tells a container that exits 0 to stay in the foreground', () => {
    const [hint] = liveHints(
      liveState({ pods: [crashingPod('c0mp1', { exitCode: 0, reason: 'Completed' })] }),
      scope,
    );
    expect(hint!.title).toBe('checkout-7d9f8c6b5-c0mp1: CrashLoopBackOff, last exit 0 (Completed)');
    expect(hint!.evidence.at(-1)).toMatch(
      /^fix: container app of Deployment shop\/checkout exits with 0, and a Deployment restarts it forever/,
    );
  });

  it('gives the same text for times as client-node hands them over (Date objects)', () => {
    const asJson = crashingPod('d4t3s', { exitCode: 137, reason: 'OOMKilled' });
    const withDates = structuredClone(asJson);
    const terminated = withDates.status!.containerStatuses![0]!.lastState!.terminated!;
    terminated.finishedAt = new Date(terminated.finishedAt as unknown as string);
    const a = liveHints(liveState({ pods: [asJson] }), scope);
    const b = liveHints(liveState({ pods: [withDates] }), scope);
    expect(b).toEqual(a);
  });

  it('lists the container when a pod has several', () => {
    const p = deploymentPod('checkout', '7d9f8c6b5', 's1dec', {
      containers: [
        { name: 'app', image: IMAGE },
        { name: 'istio-proxy', image: 'docker.io/istio/proxyv2:1.24.0' },
      ],
      containerStatuses: [
        runningStatus('app', IMAGE),
        crashLoopStatus(
          'istio-proxy',
          'docker.io/istio/proxyv2:1.24.0',
          { exitCode: 255, reason: 'Error', finishedMinutesAgo: 1 },
          9,
        ),
      ],
    });
    const [hint] = liveHints(liveState({ pods: [p] }), scope);
    expect(hint!.title).toBe(
      'checkout-7d9f8c6b5-s1dec (container istio-proxy): CrashLoopBackOff, last exit 255 (Error)',
    );
  });
});

describe('image pulls', () => {
  it('names the image and says the tag does not exist, from the kubelet event', () => {
    const p = deploymentPod('checkout', '5c4d7c974b', 'm2z2t', {
      phase: 'Pending',
      conditions: runningConditions(false),
      containers: [{ name: 'app', image: IMAGE }],
      containerStatuses: [
        waitingStatus('app', IMAGE, 'ImagePullBackOff', `Back-off pulling image "${IMAGE}"`),
      ],
    });
    const pulled = event({
      name: p.metadata!.name!,
      reason: 'Failed',
      message:
        `Failed to pull image "${IMAGE}": rpc error: code = NotFound desc = failed to pull and unpack image "${IMAGE}": ` +
        `failed to resolve reference "${IMAGE}": ${IMAGE}: not found`,
      count: 4,
      lastMinutesAgo: 2,
    });
    const [hint] = liveHints(liveState({ pods: [p], events: [pulled] }), scope);
    expect(hint!.id).toBe('image-pull');
    expect(hint!.title).toBe(
      `checkout-5c4d7c974b-m2z2t: ImagePullBackOff for image ${IMAGE} (not found in the registry)`,
    );
    expect(hint!.evidence).toContain(
      `checkout-5c4d7c974b-m2z2t on node-a: container app ImagePullBackOff: "Back-off pulling image \\"${IMAGE}\\""`,
    );
    expect(hint!.evidence.at(-1)).toBe(
      `fix: ${IMAGE} does not exist: push that tag, or correct the image of container app of Deployment shop/checkout`,
    );
  });

  it('asks for imagePullSecrets when the registry answers 401', () => {
    const message =
      `failed to pull and unpack image "${IMAGE}": failed to resolve reference "${IMAGE}": pulling from host ` +
      'registry.example.com failed with status code [manifests 1.4.2]: 401 Unauthorized';
    const pods = ['a1', 'b2', 'c3'].map((s) =>
      deploymentPod('checkout', '5c4d7c974b', s, {
        phase: 'Pending',
        containerStatuses: [waitingStatus('app', IMAGE, 'ErrImagePull', message)],
      }),
    );
    const [hint] = liveHints(liveState({ pods }), scope);
    expect(hint!.title).toBe(
      `Deployment shop/checkout: 3 of 3 pods in ErrImagePull for image ${IMAGE} (the registry refused access)`,
    );
    expect(hint!.evidence.at(-1)).toMatch(
      /^fix: registry\.example\.com refuses the pull: add imagePullSecrets with credentials for registry\.example\.com/,
    );
  });

  it('counts Docker Hub images as docker.io', () => {
    const image = 'nginx:1.27-doesnotexist';
    const p = deploymentPod('web', '6846f658db', 'w4qhj', {
      containers: [{ name: 'nginx', image }],
      containerStatuses: [
        waitingStatus(
          'nginx',
          image,
          'ErrImagePull',
          `rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/${image}": failed to resolve reference "docker.io/library/${image}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
        ),
      ],
    });
    const [hint] = liveHints(liveState({ pods: [p] }), scope);
    expect(hint!.evidence.at(-1)).toMatch(/^fix: docker\.io refuses the pull/);
  });
});

describe('containers the kubelet cannot create', () => {
  it('names the missing Secret', () => {
    const p = deploymentPod('checkout', '7d9f8c6b5', 'k9x7w', {
      phase: 'Pending',
      containerStatuses: [
        waitingStatus('app', IMAGE, 'CreateContainerConfigError', 'secret "db-credentials" not found'),
      ],
    });
    const [hint] = liveHints(liveState({ pods: [p] }), scope);
    expect(hint!.id).toBe('pod-config-error');
    expect(hint!.title).toBe(
      'checkout-7d9f8c6b5-k9x7w: CreateContainerConfigError: secret "db-credentials" not found',
    );
    expect(hint!.evidence.at(-1)).toBe(
      'fix: create Secret shop/db-credentials before the pods start (or add it to the release), or mark the reference optional: true',
    );
  });

  it('names the missing key', () => {
    const p = deploymentPod('checkout', '7d9f8c6b5', 'k9x7v', {
      phase: 'Pending',
      containerStatuses: [
        waitingStatus(
          'app',
          IMAGE,
          'CreateContainerConfigError',
          "couldn't find key password in Secret shop/db-credentials",
        ),
      ],
    });
    const [hint] = liveHints(liveState({ pods: [p] }), scope);
    expect(hint!.evidence.at(-1)).toBe(
      "fix: add key password to Secret shop/db-credentials, or correct the key in the container's env or volume reference",
    );
  });
});

describe('healthy pods', () => {
  it('give no hint', () => {
    const p = deploymentPod('checkout', '7d9f8c6b5', 'ok001', {
      containerStatuses: [runningStatus('app', IMAGE)],
    });
    expect(liveHints(liveState({ pods: [p] }), scope)).toEqual([]);
  });
});
