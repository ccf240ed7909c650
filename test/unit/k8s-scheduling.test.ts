/**
 * Exact resource quantities and the scheduler's per-node filters (requests, taints against
 * tolerations, nodeSelector and required node affinity). Expected values are worked out by hand.
 */
import type { V1PodSpec } from '@kubernetes/client-node';
import { formatBytesMilli, formatCpuMilli, parseMilli } from '../../src/k8s/quantity.js';
import {
  describeTaint,
  nodeSelectionProblem,
  podRequests,
  tolerates,
  untoleratedTaints,
} from '../../src/k8s/scheduling.js';

describe('quantities', () => {
  it('parses every suffix exactly, in milli-units', () => {
    expect(parseMilli('100m')).toBe(100n);
    expect(parseMilli('2')).toBe(2000n);
    expect(parseMilli('0.5')).toBe(500n);
    expect(parseMilli('.5')).toBe(500n);
    expect(parseMilli('16Gi')).toBe(16n * 1073741824n * 1000n);
    // 1.5 × 2^30 = 1610612736 bytes
    expect(parseMilli('1.5Gi')).toBe(1610612736000n);
    // 0.9 × 2^30 = 966367641.6 bytes: exact in milli-units
    expect(parseMilli('0.9Gi')).toBe(966367641600n);
    expect(parseMilli('16393216Ki')).toBe(16393216n * 1024n * 1000n);
    expect(parseMilli('129M')).toBe(129_000_000_000n);
    expect(parseMilli('129e6')).toBe(129_000_000_000n);
    expect(parseMilli('1E3')).toBe(1_000_000n);
    expect(parseMilli(3)).toBe(3000n);
  });

  it('rounds a fraction of a milli-unit up, as MilliValue does', () => {
    expect(parseMilli('1n')).toBe(1n);
    expect(parseMilli('1500u')).toBe(2n);
  });

  it('refuses what is not a quantity', () => {
    for (const bad of ['', '1.5 Gi', 'Gi', '1GB', '1gi', '--1', 'abc'])
      expect(parseMilli(bad)).toBeUndefined();
  });

  it('formats bytes with one decimal, rounded down, and cpu in cores or millicores', () => {
    // 8Gi - 4Gi - 0.9Gi = 3.1Gi = 3328599654.4 bytes
    expect(formatBytesMilli(parseMilli('8Gi')! - parseMilli('4Gi')! - parseMilli('0.9Gi')!)).toBe('3.1Gi');
    expect(formatBytesMilli(parseMilli('256Mi')!)).toBe('256Mi');
    expect(formatBytesMilli(parseMilli('1000')!)).toBe('1000');
    expect(formatCpuMilli(3500n)).toBe('3500m');
    expect(formatCpuMilli(4000n)).toBe('4');
  });
});

describe('pod requests', () => {
  it('adds containers and sidecars, keeps the largest init step, adds the overhead', () => {
    const spec: V1PodSpec = {
      initContainers: [
        { name: 'migrate', resources: { requests: { cpu: '2', memory: '256Mi' } } },
        { name: 'mesh', restartPolicy: 'Always', resources: { requests: { cpu: '100m', memory: '64Mi' } } },
        { name: 'warm', resources: { requests: { cpu: '1950m' } } },
      ],
      containers: [
        { name: 'app', resources: { requests: { cpu: '500m', memory: '1Gi' } } },
        { name: 'log', resources: { requests: { cpu: '50m', memory: '32Mi' } } },
      ],
      overhead: { cpu: '10m' },
    };
    const requests = podRequests(spec);
    // cpu: containers 550m + sidecar 100m = 650m; init steps: migrate 2000m, warm 1950m + mesh 100m = 2050m.
    // The larger, 2050m, plus 10m overhead.
    expect(requests.get('cpu')).toBe(2060n);
    // memory: 1Gi + 32Mi + 64Mi = 1120Mi against the init peak 256Mi.
    expect(requests.get('memory')).toBe(1120n * 1048576n * 1000n);
  });
});

describe('taints and tolerations', () => {
  const gpu = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' };

  it('follows ToleratesTaint: key, operator, value and effect', () => {
    expect(tolerates({ key: 'dedicated', operator: 'Equal', value: 'gpu' }, gpu)).toBe(true);
    expect(tolerates({ key: 'dedicated', operator: 'Equal', value: 'cpu' }, gpu)).toBe(false);
    expect(tolerates({ key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' }, gpu)).toBe(true);
    expect(tolerates({ key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }, gpu)).toBe(false);
    expect(tolerates({ operator: 'Exists' }, gpu)).toBe(true);
    expect(tolerates({ operator: 'Equal', value: 'gpu' }, gpu)).toBe(false);
  });

  it('ignores PreferNoSchedule taints, which never keep a pod off', () => {
    const taints = [gpu, { key: 'spot', value: 'true', effect: 'PreferNoSchedule' }];
    expect(untoleratedTaints(taints, []).map(describeTaint)).toEqual(['dedicated=gpu:NoSchedule']);
  });
});

describe('node selection', () => {
  const node = {
    name: 'node-a',
    labels: { 'kubernetes.io/os': 'linux', 'node.kubernetes.io/instance-type': 'm5.large' },
  };

  it('names the nodeSelector label the node lacks', () => {
    expect(nodeSelectionProblem({ containers: [], nodeSelector: { disktype: 'ssd' } }, node)).toBe(
      'nodeSelector disktype=ssd (the node has no disktype)',
    );
    expect(
      nodeSelectionProblem({ containers: [], nodeSelector: { 'kubernetes.io/os': 'linux' } }, node),
    ).toBeUndefined();
  });

  it('ORs the terms of a required node affinity and ANDs their expressions', () => {
    const spec = (terms: unknown[]): V1PodSpec =>
      ({
        containers: [],
        affinity: {
          nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } },
        },
      }) as V1PodSpec;
    const large = { key: 'node.kubernetes.io/instance-type', operator: 'In', values: ['m5.xlarge'] };
    const linux = { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] };
    expect(nodeSelectionProblem(spec([{ matchExpressions: [large] }]), node)).toBe(
      'required node affinity on node.kubernetes.io/instance-type',
    );
    expect(
      nodeSelectionProblem(spec([{ matchExpressions: [large] }, { matchExpressions: [linux] }]), node),
    ).toBeUndefined();
    expect(
      nodeSelectionProblem(
        spec([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-a'] }] }]),
        node,
      ),
    ).toBeUndefined();
  });
});
