/**
 * Ports as Kubernetes resolves them: container ports of a pod spec, Service ports, a Service's
 * targetPort against a pod (the endpoints controller's FindPort), an Ingress backend port against a
 * Service. Pure; tolerant of malformed data (schema-invalid reports that).
 */
import type { JsonObject, Path } from '../model/index.js';
import { isRecord } from './labels.js';

export type Protocol = string;
export const DEFAULT_PROTOCOL: Protocol = 'TCP';

/** A port a container declares, with where it is written relative to the pod spec. */
export interface DeclaredContainerPort {
  container: string;
  name?: string;
  containerPort: number;
  protocol: Protocol;
  /** Path from the pod spec: ['containers', 0, 'ports', 1]. */
  path: Path;
}

/** A Service port with the API server's defaults applied (protocol TCP, targetPort = port). */
export interface ServicePortSpec {
  index: number;
  name?: string;
  port: number;
  /** As written, or `port` when absent: a number, or a named port of the pods. */
  targetPort: number | string;
  /** Whether targetPort was written (false: it defaulted to port). */
  targetPortWritten: boolean;
  protocol: Protocol;
  /** Path from the Service root: ['spec', 'ports', 0]. */
  path: Path;
}

/** A port number from untyped data: an integer 1..65535, else undefined. */
export function asPortNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535
    ? value
    : undefined;
}

/**
 * IntOrString from untyped data: numbers stay numbers; strings stay strings (a quoted "8080" is a
 * string to the API server, which then requires it to be a port name).
 */
export function asIntOrString(value: unknown): number | string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && value !== '') return value;
  return undefined;
}

/**
 * IsValidPortName (IANA_SVC_NAME): 1-15 characters, lower-case alphanumerics and '-', at least one
 * letter, no leading, trailing or doubled '-'.
 */
export function isValidPortName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 15 &&
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name) &&
    !name.includes('--') &&
    /[a-z]/.test(name)
  );
}

function protocolOf(value: unknown): Protocol {
  return typeof value === 'string' && value !== '' ? value : DEFAULT_PROTOCOL;
}

/**
 * Ports declared by the containers that serve traffic: `containers`, and sidecar init containers
 * (restartPolicy: Always), which the endpoints controller also searches. Plain init containers do
 * not serve.
 */
export function declaredContainerPorts(podSpec: JsonObject): DeclaredContainerPort[] {
  const out: DeclaredContainerPort[] = [];
  const collect = (field: 'containers' | 'initContainers') => {
    const list = podSpec[field];
    if (!Array.isArray(list)) return;
    list.forEach((container: unknown, containerIndex) => {
      if (!isRecord(container)) return;
      if (field === 'initContainers' && container.restartPolicy !== 'Always') return;
      if (!Array.isArray(container.ports)) return;
      container.ports.forEach((port: unknown, portIndex) => {
        if (!isRecord(port)) return;
        const containerPort = asPortNumber(port.containerPort);
        if (containerPort === undefined) return;
        out.push({
          container: typeof container.name === 'string' ? container.name : `#${containerIndex}`,
          name: typeof port.name === 'string' && port.name !== '' ? port.name : undefined,
          containerPort,
          protocol: protocolOf(port.protocol),
          path: [field, containerIndex, 'ports', portIndex],
        });
      });
    });
  };
  collect('containers');
  collect('initContainers');
  return out;
}

/** The container port a named port resolves to on this pod (name and protocol must both match). */
export function findNamedContainerPort(
  podSpec: JsonObject,
  name: string,
  protocol: Protocol = DEFAULT_PROTOCOL,
): DeclaredContainerPort | undefined {
  return declaredContainerPorts(podSpec).find((p) => p.name === name && p.protocol === protocol);
}

/** Whether any serving container declares this port number with this protocol. */
export function declaresContainerPort(
  podSpec: JsonObject,
  containerPort: number,
  protocol: Protocol = DEFAULT_PROTOCOL,
): boolean {
  return declaredContainerPorts(podSpec).some(
    (p) => p.containerPort === containerPort && p.protocol === protocol,
  );
}

export type TargetPortResolution =
  /** The port the traffic goes to on this pod. */
  | { kind: 'resolved'; port: number; declared: boolean }
  /** A named port this pod does not declare (with that protocol): the pod is no endpoint of it. */
  | { kind: 'unresolved-name' }
  /** A number the pod's containers do not declare, while they declare other ports. */
  | { kind: 'undeclared-number' };

/**
 * Resolves a Service targetPort on one pod as the endpoints controller does: a name must be a
 * declared container port of that name and protocol; a number is used as is (containers may listen
 * on ports they do not declare), reported as undeclared only when the pod declares ports and none
 * is this number.
 */
export function resolveTargetPort(
  podSpec: JsonObject,
  targetPort: number | string,
  protocol: Protocol = DEFAULT_PROTOCOL,
): TargetPortResolution {
  if (typeof targetPort === 'string') {
    const found = findNamedContainerPort(podSpec, targetPort, protocol);
    return found
      ? { kind: 'resolved', port: found.containerPort, declared: true }
      : { kind: 'unresolved-name' };
  }
  const declared = declaredContainerPorts(podSpec);
  if (declared.some((p) => p.containerPort === targetPort && p.protocol === protocol)) {
    return { kind: 'resolved', port: targetPort, declared: true };
  }
  return declared.length > 0
    ? { kind: 'undeclared-number' }
    : { kind: 'resolved', port: targetPort, declared: false };
}

/** spec.ports of a Service object, defaults applied; malformed entries (no valid port) are skipped. */
export function servicePorts(service: JsonObject): ServicePortSpec[] {
  const spec = service.spec;
  if (!isRecord(spec) || !Array.isArray(spec.ports)) return [];
  const out: ServicePortSpec[] = [];
  spec.ports.forEach((entry: unknown, index) => {
    if (!isRecord(entry)) return;
    const port = asPortNumber(entry.port);
    if (port === undefined) return;
    const written = asIntOrString(entry.targetPort);
    // targetPort 0 (or absent) defaults to port, as the API server's defaulting does.
    const targetPort = written === undefined || written === 0 ? port : written;
    out.push({
      index,
      name: typeof entry.name === 'string' && entry.name !== '' ? entry.name : undefined,
      port,
      targetPort,
      targetPortWritten: written !== undefined && written !== 0,
      protocol: protocolOf(entry.protocol),
      path: ['spec', 'ports', index],
    });
  });
  return out;
}

/** A reference to a Service port by number (its `port`) or by name (its `name`), as Ingress backends use. */
export interface ServicePortReference {
  number?: number;
  name?: string;
}

/** The Service port an Ingress-style reference selects: number matches `port`, name matches `name`. */
export function findServicePort(
  service: JsonObject,
  reference: ServicePortReference,
): ServicePortSpec | undefined {
  const ports = servicePorts(service);
  if (reference.name !== undefined) return ports.find((p) => p.name === reference.name);
  if (reference.number !== undefined) return ports.find((p) => p.port === reference.number);
  return undefined;
}

/** "80 (http), 443 (https)" — a Service's ports, for messages. */
export function describeServicePorts(service: JsonObject): string {
  const ports = servicePorts(service);
  if (ports.length === 0) return 'no ports';
  return ports.map((p) => (p.name ? `${p.port} (${p.name})` : String(p.port))).join(', ');
}
