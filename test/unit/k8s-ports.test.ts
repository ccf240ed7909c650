import {
  asIntOrString,
  asPortNumber,
  declaredContainerPorts,
  declaresContainerPort,
  describeServicePorts,
  findNamedContainerPort,
  findServicePort,
  isValidPortName,
  resolveTargetPort,
  servicePorts,
} from '../../src/k8s/ports.js';

const podSpec = {
  initContainers: [
    { name: 'migrate', ports: [{ name: 'init-only', containerPort: 9999 }] },
    { name: 'proxy', restartPolicy: 'Always', ports: [{ name: 'proxy', containerPort: 15001 }] },
  ],
  containers: [
    {
      name: 'app',
      ports: [
        { name: 'http', containerPort: 8080 },
        { name: 'dns', containerPort: 5353, protocol: 'UDP' },
        { containerPort: 9090 },
      ],
    },
    { name: 'no-ports' },
    'not a container',
  ],
};

describe('container ports', () => {
  test('declared ports of containers and sidecar init containers, with defaults and paths', () => {
    expect(declaredContainerPorts(podSpec)).toEqual([
      {
        container: 'app',
        name: 'http',
        containerPort: 8080,
        protocol: 'TCP',
        path: ['containers', 0, 'ports', 0],
      },
      {
        container: 'app',
        name: 'dns',
        containerPort: 5353,
        protocol: 'UDP',
        path: ['containers', 0, 'ports', 1],
      },
      {
        container: 'app',
        name: undefined,
        containerPort: 9090,
        protocol: 'TCP',
        path: ['containers', 0, 'ports', 2],
      },
      {
        container: 'proxy',
        name: 'proxy',
        containerPort: 15001,
        protocol: 'TCP',
        path: ['initContainers', 1, 'ports', 0],
      },
    ]);
  });

  test('a named port must match name and protocol; plain init containers do not serve', () => {
    expect(findNamedContainerPort(podSpec, 'http')?.containerPort).toBe(8080);
    expect(findNamedContainerPort(podSpec, 'dns')).toBeUndefined(); // declared UDP, asked TCP
    expect(findNamedContainerPort(podSpec, 'dns', 'UDP')?.containerPort).toBe(5353);
    expect(findNamedContainerPort(podSpec, 'proxy')?.containerPort).toBe(15001);
    expect(findNamedContainerPort(podSpec, 'init-only')).toBeUndefined();
    expect(declaresContainerPort(podSpec, 9090)).toBe(true);
    expect(declaresContainerPort(podSpec, 5353)).toBe(false);
  });

  test('malformed data gives no ports, never an exception', () => {
    expect(declaredContainerPorts({})).toEqual([]);
    expect(declaredContainerPorts({ containers: 'x' })).toEqual([]);
    expect(
      declaredContainerPorts({
        containers: [{ ports: [{ containerPort: 'http' }, null, { containerPort: 0 }] }],
      }),
    ).toEqual([]);
  });
});

describe('resolveTargetPort (per pod, as the endpoints controller)', () => {
  test('a name resolves to its container port, or not at all', () => {
    expect(resolveTargetPort(podSpec, 'http')).toEqual({ kind: 'resolved', port: 8080, declared: true });
    expect(resolveTargetPort(podSpec, 'metrics')).toEqual({ kind: 'unresolved-name' });
  });

  test('a number is used as is; undeclared only counts when the pod declares other ports', () => {
    expect(resolveTargetPort(podSpec, 9090)).toEqual({ kind: 'resolved', port: 9090, declared: true });
    expect(resolveTargetPort(podSpec, 3000)).toEqual({ kind: 'undeclared-number' });
    expect(resolveTargetPort({ containers: [{ name: 'app' }] }, 3000)).toEqual({
      kind: 'resolved',
      port: 3000,
      declared: false,
    });
  });
});

describe('Service ports', () => {
  const service = {
    spec: {
      ports: [
        { name: 'http', port: 80, targetPort: 'web' },
        { port: 443 },
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 0 },
        { name: 'broken', port: 'eighty' },
      ],
    },
  };

  test('defaults: protocol TCP, targetPort = port (also for targetPort 0); malformed entries skipped', () => {
    expect(servicePorts(service)).toEqual([
      {
        index: 0,
        name: 'http',
        port: 80,
        targetPort: 'web',
        targetPortWritten: true,
        protocol: 'TCP',
        path: ['spec', 'ports', 0],
      },
      {
        index: 1,
        name: undefined,
        port: 443,
        targetPort: 443,
        targetPortWritten: false,
        protocol: 'TCP',
        path: ['spec', 'ports', 1],
      },
      {
        index: 2,
        name: 'dns',
        port: 53,
        targetPort: 53,
        targetPortWritten: false,
        protocol: 'UDP',
        path: ['spec', 'ports', 2],
      },
    ]);
    expect(servicePorts({})).toEqual([]);
  });

  test('an Ingress-style reference: number matches port (not targetPort), name matches name', () => {
    expect(findServicePort(service, { number: 443 })?.index).toBe(1);
    expect(findServicePort(service, { name: 'dns' })?.index).toBe(2);
    expect(findServicePort(service, { number: 8080 })).toBeUndefined();
    expect(findServicePort(service, { name: 'web' })).toBeUndefined(); // a targetPort name is not a Service port name
    expect(findServicePort(service, {})).toBeUndefined();
  });

  test('described for messages', () => {
    expect(describeServicePorts(service)).toBe('80 (http), 443, 53 (dns)');
    expect(describeServicePorts({ spec: {} })).toBe('no ports');
  });
});

describe('value helpers', () => {
  test('port numbers are integers 1..65535', () => {
    expect(asPortNumber(1)).toBe(1);
    expect(asPortNumber(65535)).toBe(65535);
    expect(asPortNumber(0)).toBeUndefined();
    expect(asPortNumber(65536)).toBeUndefined();
    expect(asPortNumber(80.5)).toBeUndefined();
    expect(asPortNumber('80')).toBeUndefined();
  });

  test('IntOrString keeps a quoted number a string, as the API server does', () => {
    expect(asIntOrString(8080)).toBe(8080);
    expect(asIntOrString('8080')).toBe('8080');
    expect(asIntOrString('http')).toBe('http');
    expect(asIntOrString('')).toBeUndefined();
    expect(asIntOrString(null)).toBeUndefined();
  });

  test.each([
    ['http', true],
    ['h2c-8080', true],
    ['a', true],
    ['123456789012345a', false], // 16 characters
    ['8080', false], // needs a letter
    ['HTTP', false],
    ['-http', false],
    ['http-', false],
    ['ht--tp', false],
    ['http_alt', false],
    ['', false],
  ])('port name %j valid: %s', (name, valid) => {
    expect(isValidPortName(name)).toBe(valid);
  });
});
