/**
 * Container image references as the container runtime resolves them (the distribution reference
 * grammar): "nginx" is docker.io/library/nginx:latest, "ghcr.io/acme/api@sha256:..." is pinned by
 * digest. Pure.
 */

export interface ImageReference {
  /** As written in the manifest. */
  written: string;
  /** Registry host (with port), "docker.io" when the reference names none. */
  registry: string;
  /** Repository path under the registry: "library/nginx", "acme/api". */
  repository: string;
  /** "registry/repository", the form allowlist prefixes are compared with. */
  name: string;
  tag?: string;
  digest?: string;
}

const DOCKER_HUB = 'docker.io';

/** The first path component is a registry host when it has a dot or a port, or is localhost. */
function isRegistryHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

/** The reference split and normalized; undefined when it is not one (empty, spaces, a template left unrendered). */
export function parseImageReference(written: string): ImageReference | undefined {
  if (written === '' || /[\s${}]/.test(written)) return undefined;
  let rest = written;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digest.includes(':')) return undefined;
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === '') return undefined;
  }
  if (rest === '' || rest.startsWith('/') || rest.endsWith('/') || rest.includes('//')) return undefined;
  const components = rest.split('/');
  let registry = DOCKER_HUB;
  if (components.length > 1 && isRegistryHost(components[0]!)) registry = components.shift()!;
  if (registry === 'index.docker.io') registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && components.length === 1) components.unshift('library');
  const repository = components.join('/');
  return {
    written,
    registry,
    repository,
    name: `${registry}/${repository}`,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/**
 * Why an allowlist entry is not a "registry/prefix", or undefined when it is one. Entries name the
 * registry host first so "docker.io/library/" and "ghcr.io/acme/" mean one thing each.
 */
export function allowEntryProblem(entry: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) return 'a registry prefix has no scheme';
  if (/[\s@]/.test(entry)) return 'a registry prefix has no spaces and no digest';
  const host = entry.split('/')[0]!;
  if (!isRegistryHost(host)) return `"${host}" is not a registry host (it needs a dot, a port or localhost)`;
  const last = entry.split('/').at(-1)!;
  if (last.includes(':') && entry.includes('/')) return 'a registry prefix has no tag';
  return undefined;
}

/**
 * Whether an image is under an allowlist entry. The entry matches whole path components:
 * "ghcr.io/acme" allows ghcr.io/acme/api but not ghcr.io/acme-evil/api; "ghcr.io/acme/" the same.
 */
export function imageAllowedBy(image: ImageReference, entry: string): boolean {
  const prefix = entry.replace(/\/+$/, '');
  const normalizedPrefix =
    prefix === 'index.docker.io' || prefix.startsWith('index.docker.io/')
      ? DOCKER_HUB + prefix.slice('index.docker.io'.length)
      : prefix;
  return image.name === normalizedPrefix || image.name.startsWith(`${normalizedPrefix}/`);
}

/** The tag a runtime pulls when it follows the tag: "latest" when none is written; undefined when pinned by digest. */
export function floatingTag(image: ImageReference): string | undefined {
  if (image.digest) return undefined;
  return image.tag ?? 'latest';
}
