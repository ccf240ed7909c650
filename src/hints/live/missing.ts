/**
 * Objects the bundle refers to that neither the bundle nor the cluster has: the TLS Secrets of its
 * Ingresses, the IngressClasses they name, the StorageClasses of its claims. Judged only where the
 * cluster was read: a namespace whose Secrets could not be listed, or classes that were unreadable,
 * give no hint (the reader's notes say why), since "missing" would then be a guess.
 */
import { isRecord } from '../../k8s/labels.js';
import { ingressTls, secretsCreatedInBundle } from '../../manifests/rules/ingress-util.js';
import type { Hint, Path, Resource } from '../../model/index.js';
import { type LiveContext, MAX_HINTS_PER_FAMILY, MAX_LISTED, namesCapped, plural } from './context.js';

const CERT_MANAGER_ANNOTATIONS = ['cert-manager.io/cluster-issuer', 'cert-manager.io/issuer'];

interface Reference {
  resource: Resource;
  path: Path;
  /** "spec.tls[0].secretName" */
  field: string;
}

interface Missing {
  kind: 'Secret' | 'IngressClass' | 'StorageClass';
  namespace: string;
  name: string;
  references: Reference[];
  /** TLS hosts the Secret would serve. */
  hosts: string[];
}

export function missingHints(context: LiveContext): Hint[] {
  const bundle = context.bundle;
  if (!bundle) return [];
  const missing = new Map<string, Missing>();
  const add = (
    kind: Missing['kind'],
    namespace: string,
    name: string,
    reference: Reference,
    hosts: string[] = [],
  ) => {
    const key = `${kind}/${namespace}/${name}`;
    const entry = missing.get(key) ?? { kind, namespace, name, references: [], hosts: [] };
    entry.references.push(reference);
    for (const host of hosts) if (!entry.hosts.includes(host)) entry.hosts.push(host);
    missing.set(key, entry);
  };
  const { state } = context;

  const created = secretsCreatedInBundle(bundle);
  const liveSecrets = new Set(state.secrets.map((s) => `${s.namespace}/${s.name}`));
  const secretsReadable = (ns: string) =>
    state.namespaces.includes(ns) && !state.unreadable.has(`secrets/${ns}`);
  const bundleClasses = new Set(bundle.ofKind('IngressClass').map((c) => c.name));
  const liveClasses = new Set(state.ingressClasses);
  const classesReadable = !state.unreadable.has('ingressclasses/*');

  for (const ingress of bundle.ofKind('Ingress')) {
    const ns = ingress.namespace;
    const issuedByCertManager =
      CERT_MANAGER_ANNOTATIONS.some((a) => ingress.annotations[a] !== undefined) ||
      ingress.annotations['kubernetes.io/tls-acme'] === 'true';
    if (!issuedByCertManager && secretsReadable(ns)) {
      for (const entry of ingressTls(ingress)) {
        const name = entry.secretName;
        if (
          !name ||
          bundle.get('Secret', ns, name) ||
          created.has(`${ns}/${name}`) ||
          liveSecrets.has(`${ns}/${name}`)
        )
          continue;
        add(
          'Secret',
          ns,
          name,
          {
            resource: ingress,
            path: [...entry.at, 'secretName'],
            field: `spec.tls[${entry.index}].secretName`,
          },
          entry.hosts.map((h) => h.host),
        );
      }
    }
    const spec = isRecord(ingress.object.spec) ? ingress.object.spec : {};
    const className = typeof spec.ingressClassName === 'string' ? spec.ingressClassName : '';
    if (classesReadable && className && !bundleClasses.has(className) && !liveClasses.has(className)) {
      add('IngressClass', '', className, {
        resource: ingress,
        path: ['spec', 'ingressClassName'],
        field: 'spec.ingressClassName',
      });
    }
  }

  const storageReadable = !state.unreadable.has('storageclasses/*');
  const bundleStorage = new Set(bundle.ofKind('StorageClass').map((c) => c.name));
  const liveStorage = new Set(state.storageClasses);
  const needsStorageClass = (name: unknown): name is string =>
    typeof name === 'string' && name !== '' && !bundleStorage.has(name) && !liveStorage.has(name);
  if (storageReadable) {
    for (const sts of bundle.ofKind('StatefulSet')) {
      const templates =
        isRecord(sts.object.spec) && Array.isArray(sts.object.spec.volumeClaimTemplates)
          ? sts.object.spec.volumeClaimTemplates
          : [];
      templates.forEach((template: unknown, i) => {
        const className =
          isRecord(template) && isRecord(template.spec) ? template.spec.storageClassName : undefined;
        if (needsStorageClass(className)) {
          add('StorageClass', '', className, {
            resource: sts,
            path: ['spec', 'volumeClaimTemplates', i, 'spec', 'storageClassName'],
            field: `spec.volumeClaimTemplates[${i}].spec.storageClassName`,
          });
        }
      });
    }
    for (const claim of bundle.ofKind('PersistentVolumeClaim')) {
      const className = isRecord(claim.object.spec) ? claim.object.spec.storageClassName : undefined;
      if (needsStorageClass(className)) {
        add('StorageClass', '', className, {
          resource: claim,
          path: ['spec', 'storageClassName'],
          field: 'spec.storageClassName',
        });
      }
    }
  }

  return [...missing.values()].slice(0, MAX_HINTS_PER_FAMILY).map((m) => missingHint(m, context));
}

function missingHint(missing: Missing, context: LiveContext): Hint {
  const what =
    missing.kind === 'Secret'
      ? `Secret ${missing.namespace}/${missing.name}`
      : `${missing.kind} ${missing.name}`;
  const first = missing.references[0]!;
  const referrers = [...new Set(missing.references.map((r) => r.resource.id))];
  const evidence = missing.references.slice(0, MAX_LISTED).map((r) => {
    const position = r.resource.positionOf(r.path);
    return `${r.resource.id} (${r.resource.file}:${position.line}): ${r.field} ${missing.name}`;
  });
  if (missing.references.length > MAX_LISTED)
    evidence.push(`and ${plural(missing.references.length - MAX_LISTED, 'more reference')}`);
  const { state } = context;
  switch (missing.kind) {
    case 'Secret':
      evidence.push(
        `fix: create a kubernetes.io/tls Secret ${missing.name} in namespace ${missing.namespace} (kubectl create secret tls ` +
          `${missing.name} -n ${missing.namespace} --cert=... --key=...), or let cert-manager issue it (annotate the Ingress with ` +
          `cert-manager.io/cluster-issuer); until then the controller serves its default certificate` +
          (missing.hosts.length > 0 ? ` for ${namesCapped(missing.hosts, 3)}` : ''),
      );
      break;
    case 'IngressClass':
      evidence.push(
        `fix: no controller serves IngressClass ${missing.name}, so ${referrers.length === 1 ? 'this Ingress gets' : 'these Ingresses get'} no traffic: ` +
          (state.ingressClasses.length > 0
            ? `use one of the cluster's classes (${namesCapped(state.ingressClasses, 5)})`
            : 'the cluster has no IngressClass at all; install an ingress controller') +
          `, or install the controller that provides "${missing.name}"`,
      );
      break;
    case 'StorageClass':
      evidence.push(
        `fix: claims of StorageClass ${missing.name} stay Pending and their pods unschedulable: ` +
          (state.storageClasses.length > 0
            ? `use one of the cluster's classes (${namesCapped(state.storageClasses, 5)})`
            : 'the cluster has no StorageClass at all; create one') +
          ` or create StorageClass ${missing.name} (note that volumeClaimTemplates of an existing StatefulSet cannot be changed)`,
      );
      break;
  }
  return {
    id: 'missing-dependency',
    title: `${what} is missing: named by ${namesCapped(referrers, 2)} (${first.field}), in neither the bundle nor the cluster`,
    evidence,
  };
}
