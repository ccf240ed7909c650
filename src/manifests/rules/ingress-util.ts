/**
 * Reading networking.k8s.io/v1 Ingresses from untyped manifest data, for the ingress-* rules.
 * Every accessor tolerates malformed shapes (schema-invalid reports those) and never throws.
 */
import { isRecord } from '../../k8s/labels.js';
import { asPortNumber, type ServicePortReference } from '../../k8s/ports.js';
import type { Bundle, Path, Resource } from '../../model/index.js';

export const INGRESS_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
export const DEFAULT_INGRESS_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';
export const NGINX_ANNOTATION_PREFIX = 'nginx.ingress.kubernetes.io/';

/** A Service backend of an Ingress (defaultBackend or a rule path). Resource backends are not listed. */
export interface IngressServiceBackend {
  serviceName: string;
  port: ServicePortReference;
  /** Path to backend.service: ['spec', 'defaultBackend', 'service'] or [... 'paths', j, 'backend', 'service']. */
  path: Path;
  /** "spec.defaultBackend" or "spec.rules[0].http.paths[1]", for messages. */
  where: string;
  /** The dotted path of backend.service, for hints: "spec.rules[0].http.paths[1].backend.service". */
  serviceField: string;
}

/** One rules[i].http.paths[j] entry. */
export interface IngressPathEntry {
  ruleIndex: number;
  pathIndex: number;
  /** The rule's host; undefined when the rule has none (it matches every host). */
  host: string | undefined;
  /** The path as written; undefined when absent. */
  path: string | undefined;
  /** The pathType as written; undefined when absent. */
  pathType: unknown;
  /** Path to the entry: ['spec', 'rules', i, 'http', 'paths', j]. */
  at: Path;
  where: string;
}

export interface IngressRuleEntry {
  index: number;
  host: string | undefined;
  at: Path;
}

export interface IngressTlsEntry {
  index: number;
  hosts: { host: string; at: Path }[];
  secretName: string | undefined;
  at: Path;
}

function spec(ingress: Resource): Record<string, unknown> {
  return isRecord(ingress.object.spec) ? ingress.object.spec : {};
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** spec.rules with their hosts. */
export function ingressRules(ingress: Resource): IngressRuleEntry[] {
  const rules = spec(ingress).rules;
  if (!Array.isArray(rules)) return [];
  const out: IngressRuleEntry[] = [];
  rules.forEach((rule: unknown, index) => {
    if (!isRecord(rule)) return;
    out.push({ index, host: nonEmptyString(rule.host), at: ['spec', 'rules', index] });
  });
  return out;
}

/** Every rules[i].http.paths[j]. */
export function ingressPaths(ingress: Resource): IngressPathEntry[] {
  const rules = spec(ingress).rules;
  if (!Array.isArray(rules)) return [];
  const out: IngressPathEntry[] = [];
  rules.forEach((rule: unknown, ruleIndex) => {
    if (!isRecord(rule) || !isRecord(rule.http) || !Array.isArray(rule.http.paths)) return;
    rule.http.paths.forEach((entry: unknown, pathIndex) => {
      if (!isRecord(entry)) return;
      out.push({
        ruleIndex,
        pathIndex,
        host: nonEmptyString(rule.host),
        path: typeof entry.path === 'string' ? entry.path : undefined,
        pathType: entry.pathType,
        at: ['spec', 'rules', ruleIndex, 'http', 'paths', pathIndex],
        where: `spec.rules[${ruleIndex}].http.paths[${pathIndex}]`,
      });
    });
  });
  return out;
}

function serviceBackendOf(
  backend: unknown,
  at: Path,
  where: string,
  backendField: string,
): IngressServiceBackend | undefined {
  if (!isRecord(backend) || !isRecord(backend.service)) return undefined;
  const serviceName = nonEmptyString(backend.service.name);
  if (serviceName === undefined) return undefined;
  const port = isRecord(backend.service.port) ? backend.service.port : {};
  return {
    serviceName,
    port: { number: asPortNumber(port.number), name: nonEmptyString(port.name) },
    path: [...at, 'service'],
    where,
    serviceField: `${backendField}.service`,
  };
}

/** spec.defaultBackend and every rule path's backend that is a Service (resource backends are skipped). */
export function ingressServiceBackends(ingress: Resource): IngressServiceBackend[] {
  const out: IngressServiceBackend[] = [];
  const fallback = serviceBackendOf(
    spec(ingress).defaultBackend,
    ['spec', 'defaultBackend'],
    'spec.defaultBackend',
    'spec.defaultBackend',
  );
  if (fallback) out.push(fallback);
  const rules = spec(ingress).rules;
  if (!Array.isArray(rules)) return out;
  rules.forEach((rule: unknown, i) => {
    if (!isRecord(rule) || !isRecord(rule.http) || !Array.isArray(rule.http.paths)) return;
    rule.http.paths.forEach((entry: unknown, j) => {
      if (!isRecord(entry)) return;
      const at = ['spec', 'rules', i, 'http', 'paths', j, 'backend'];
      const where = `spec.rules[${i}].http.paths[${j}]`;
      const backend = serviceBackendOf(entry.backend, at, where, `${where}.backend`);
      if (backend) out.push(backend);
    });
  });
  return out;
}

/** spec.tls entries with their hosts and secretName. */
export function ingressTls(ingress: Resource): IngressTlsEntry[] {
  const tls = spec(ingress).tls;
  if (!Array.isArray(tls)) return [];
  const out: IngressTlsEntry[] = [];
  tls.forEach((entry: unknown, index) => {
    if (!isRecord(entry)) return;
    const hosts: IngressTlsEntry['hosts'] = [];
    if (Array.isArray(entry.hosts)) {
      entry.hosts.forEach((host: unknown, h) => {
        if (typeof host === 'string' && host !== '')
          hosts.push({ host, at: ['spec', 'tls', index, 'hosts', h] });
      });
    }
    out.push({ index, hosts, secretName: nonEmptyString(entry.secretName), at: ['spec', 'tls', index] });
  });
  return out;
}

/** spec.ingressClassName, else the legacy kubernetes.io/ingress.class annotation; undefined when neither. */
export function ingressClassOf(ingress: Resource): string | undefined {
  return (
    nonEmptyString(spec(ingress).ingressClassName) ??
    nonEmptyString(ingress.annotations[INGRESS_CLASS_ANNOTATION])
  );
}

/**
 * The bundle's default IngressClass (annotated ingressclass.kubernetes.io/is-default-class: "true");
 * undefined when it declares none, or several (the API server then refuses class-less Ingresses).
 */
export function defaultIngressClass(bundle: Bundle): string | undefined {
  const defaults = bundle
    .ofKind('IngressClass')
    .filter((c) => c.annotations[DEFAULT_INGRESS_CLASS_ANNOTATION] === 'true');
  return defaults.length === 1 ? defaults[0]!.name : undefined;
}

/**
 * The class an Ingress is served by: its own, else the default class given (see defaultIngressClass),
 * else undefined (the cluster's default, unknown here).
 */
export function effectiveIngressClass(
  ingress: Resource,
  defaultClass: string | undefined,
): string | undefined {
  return ingressClassOf(ingress) ?? defaultClass;
}

/** The annotation ingress-nginx reads as a boolean (its parser accepts Go's strconv.ParseBool forms). */
export function nginxBoolAnnotation(ingress: Resource, name: string): boolean {
  const value = ingress.annotations[NGINX_ANNOTATION_PREFIX + name];
  return value !== undefined && ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value.trim());
}

/**
 * Secrets something in the bundle will create: cert-manager Certificates (spec.secretName),
 * SealedSecrets (their own name) and ExternalSecrets (spec.target.name, else their name).
 * Keyed "namespace/name"; built once per run.
 */
export function secretsCreatedInBundle(bundle: Bundle): Map<string, Resource> {
  const created = new Map<string, Resource>();
  const add = (namespace: string, name: unknown, by: Resource) => {
    if (typeof name === 'string' && name !== '') created.set(`${namespace}/${name}`, by);
  };
  for (const certificate of bundle.ofKind('Certificate')) {
    if (!certificate.apiVersion.startsWith('cert-manager.io/')) continue;
    const spec = isRecord(certificate.object.spec) ? certificate.object.spec : {};
    add(certificate.namespace, spec.secretName, certificate);
  }
  for (const sealed of bundle.ofKind('SealedSecret')) add(sealed.namespace, sealed.name, sealed);
  for (const external of bundle.ofKind('ExternalSecret')) {
    const spec = isRecord(external.object.spec) ? external.object.spec : {};
    const target = isRecord(spec.target) ? spec.target : {};
    add(
      external.namespace,
      typeof target.name === 'string' && target.name !== '' ? target.name : external.name,
      external,
    );
  }
  return created;
}
