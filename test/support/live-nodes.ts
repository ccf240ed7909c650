/**
 * Nodes as the API server lists them (kubelet-registered: capacity and allocatable in Ki, the
 * Ready condition with heartbeats, nodeInfo), and the pods bound to them, for the node profile of
 * Pending pods and DaemonSet coverage.
 */
import type { V1Node, V1Pod } from '@kubernetes/client-node';
import { asLive, minutesAgo, pod } from './live-objects.js';

export interface NodeOptions {
  name: string;
  cpu?: string;
  memory?: string;
  pods?: string;
  labels?: Record<string, string>;
  taints?: { key: string; value?: string; effect: string }[];
  unschedulable?: boolean;
}

export function node(options: NodeOptions): V1Node {
  const allocatable = {
    cpu: options.cpu ?? '4',
    'ephemeral-storage': '95491648Ki',
    'hugepages-1Gi': '0',
    'hugepages-2Mi': '0',
    memory: options.memory ?? '16Gi',
    pods: options.pods ?? '110',
  };
  return asLive<V1Node>({
    metadata: {
      name: options.name,
      uid: `9e8d7c6b-0000-4000-8000-${options.name
        .replace(/[^a-z0-9]/g, '')
        .padStart(12, '0')
        .slice(-12)}`,
      resourceVersion: '51234',
      creationTimestamp: minutesAgo(60 * 24 * 40),
      labels: {
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': options.name,
        'kubernetes.io/os': 'linux',
        'node.kubernetes.io/instance-type': 'm6i.xlarge',
        'topology.kubernetes.io/zone': 'eu-west-1a',
        ...options.labels,
      },
      annotations: {
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: '10.244.1.0/24',
      podCIDRs: ['10.244.1.0/24'],
      providerID: `aws:///eu-west-1a/i-0${options.name.length}a1b2c3d4e5f6a7`,
      ...(options.taints ? { taints: options.taints } : {}),
      ...(options.unschedulable ? { unschedulable: true } : {}),
    },
    status: {
      capacity: { ...allocatable },
      allocatable,
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          lastHeartbeatTime: minutesAgo(1),
          lastTransitionTime: minutesAgo(60 * 24 * 40),
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
        },
        {
          type: 'Ready',
          status: 'True',
          lastHeartbeatTime: minutesAgo(1),
          lastTransitionTime: minutesAgo(60 * 24 * 40),
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
        },
      ],
      addresses: [
        { type: 'InternalIP', address: '10.0.1.12' },
        { type: 'Hostname', address: options.name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        containerRuntimeVersion: 'containerd://1.7.22',
        kernelVersion: '6.1.112-124.190.amzn2023.x86_64',
        kubeProxyVersion: 'v1.31.2',
        kubeletVersion: 'v1.31.2',
        operatingSystem: 'linux',
        osImage: 'Amazon Linux 2023.6.20241031',
        bootID: '8a1b2c3d-0000-4000-8000-000000000001',
        machineID: 'ec2a1b2c3d4e5f6a7b8c9d0e1f2a3b4c',
        systemUUID: 'ec2a1b2c-3d4e-5f6a-7b8c-9d0e1f2a3b4c',
      },
    },
  });
}

/** A running pod bound to `nodeName` that requests `requests`, in another namespace. */
export function boundPod(name: string, nodeName: string, requests: Record<string, string>): V1Pod {
  return pod({
    name,
    namespace: 'other',
    nodeName,
    containers: [{ name: 'main', image: 'registry.example.com/other/main:1', requests }],
  });
}
