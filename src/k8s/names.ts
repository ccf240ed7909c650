/**
 * Kubernetes name and host formats, as k8s.io/apimachinery/pkg/util/validation defines them,
 * and host wildcard matching as Ingress controllers apply it. Pure.
 */

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);
const DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL}$`);
const DNS1035_LABEL_RE = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const WILDCARD_SUBDOMAIN_RE = new RegExp(`^\\*\\.${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);

export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
export const DNS1123_LABEL_MAX_LENGTH = 63;

/** IsDNS1123Subdomain: lower-case alphanumerics, '-' and '.', at most 253 characters. */
export function isDns1123Subdomain(value: string): boolean {
  return value.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && DNS1123_SUBDOMAIN_RE.test(value);
}

/** IsDNS1123Label: one label, at most 63 characters (most object names, port names' shape). */
export function isDns1123Label(value: string): boolean {
  return value.length <= DNS1123_LABEL_MAX_LENGTH && DNS1123_LABEL_RE.test(value);
}

/** IsDNS1035Label: like a DNS-1123 label but starting with a letter (Service names). */
export function isDns1035Label(value: string): boolean {
  return value.length <= DNS1123_LABEL_MAX_LENGTH && DNS1035_LABEL_RE.test(value);
}

/** IsWildcardDNS1123Subdomain: '*.' followed by a DNS-1123 subdomain ('*.example.com'). */
export function isWildcardDns1123Subdomain(value: string): boolean {
  return value.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && WILDCARD_SUBDOMAIN_RE.test(value);
}

/**
 * An IPv4 address as the API server's ParseIPSloppy reads it: four decimal fields of at most 255,
 * leading zeros allowed ("010.1.1.1" counts as an IP, as it does for Kubernetes).
 */
export function isIPv4(value: string): boolean {
  const fields = value.split('.');
  return fields.length === 4 && fields.every((field) => /^[0-9]+$/.test(field) && Number(field) <= 255);
}

/** An IPv6 address (RFC 4291 text forms, with an optional embedded IPv4 tail; no zone). */
export function isIPv6(value: string): boolean {
  if (!value.includes(':') || value.includes('%')) return false;
  let text = value;
  const groupsNeeded = 8;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return false;
    text = text.slice(0, lastColon + 1) + '0:0';
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groupsOf(halves[0]!);
  const rest = halves.length === 2 ? groupsOf(halves[1]!) : [];
  const groups = [...head, ...rest];
  if (!groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return false;
  return halves.length === 2 ? groups.length < groupsNeeded : groups.length === groupsNeeded;
}

export function isIP(value: string): boolean {
  return isIPv4(value) || isIPv6(value);
}

/**
 * Why `host` is not a valid Ingress host, in words a user can act on; undefined when it is valid.
 * The API server's rules: not an IP address; a DNS-1123 subdomain, or '*.' + a DNS-1123 subdomain.
 */
export function ingressHostProblem(host: string): string | undefined {
  if (isIP(host)) return 'is an IP address; Ingress hosts must be DNS names';
  return dnsNameProblem(host, { allowWildcard: true });
}

/**
 * Why `value` is not a DNS-1123 subdomain (or, with allowWildcard, a wildcard one); undefined when it
 * is one. Names the first specific fault: case, port, scheme, empty label, bad character, length.
 */
export function dnsNameProblem(value: string, options: { allowWildcard?: boolean } = {}): string | undefined {
  const wildcard = value.includes('*');
  if (wildcard && options.allowWildcard) {
    if (isWildcardDns1123Subdomain(value)) return undefined;
  } else if (isDns1123Subdomain(value)) {
    return undefined;
  }
  if (value === '') return 'is empty';
  if (value.length > DNS1123_SUBDOMAIN_MAX_LENGTH) {
    return `is ${value.length} characters long; the limit is ${DNS1123_SUBDOMAIN_MAX_LENGTH}`;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'contains a URL scheme; write the host name alone';
  if (value.includes('/')) return "contains '/'; a host has no path";
  if (/:[0-9]+$/.test(value)) return 'contains a port; a host has no port';
  if (wildcard) {
    if (!options.allowWildcard) return "contains '*', which is not allowed here";
    return "has a '*' that is not the whole first label (only '*.example.com' is allowed)";
  }
  if (/[A-Z]/.test(value)) return `contains upper-case letters; use "${value.toLowerCase()}"`;
  const bad = /[^a-z0-9.-]/.exec(value);
  if (bad) return `contains '${bad[0]}'; only lower-case letters, digits, '-' and '.' are allowed`;
  if (value.split('.').some((label) => label === ''))
    return "has an empty label ('..', or a leading or trailing '.')";
  return "has a label that starts or ends with '-'";
}

/**
 * Whether a host pattern covers a host, as Ingress TLS and rules use them: equal, or a wildcard
 * '*.example.com' that stands for exactly one label ('a.example.com', not 'a.b.example.com' or
 * 'example.com'). Comparison ignores case.
 */
export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  if (p === h) return true;
  if (!p.startsWith('*.')) return false;
  const firstDot = h.indexOf('.');
  return firstDot > 0 && h.slice(firstDot) === p.slice(1) && !h.slice(0, firstDot).includes('*');
}

const QUALIFIED_NAME_RE = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
export const QUALIFIED_NAME_MAX_LENGTH = 63;
export const LABEL_VALUE_MAX_LENGTH = 63;
const NAME_SHAPE = "alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";

/**
 * Why `key` is not a label key (IsQualifiedName): an optional DNS-1123 subdomain prefix and '/',
 * then a name of at most 63 characters. Undefined when it is one.
 */
export function labelKeyProblem(key: string): string | undefined {
  const parts = key.split('/');
  if (parts.length > 2) return "has more than one '/' (a key is an optional prefix, '/', and a name)";
  const name = parts.length === 2 ? parts[1]! : parts[0]!;
  if (parts.length === 2) {
    const prefix = parts[0]!;
    if (prefix === '') return "has an empty prefix before '/'";
    if (!isDns1123Subdomain(prefix))
      return `has a prefix "${prefix}" that is not a lower-case DNS subdomain (at most ${DNS1123_SUBDOMAIN_MAX_LENGTH} characters)`;
  }
  if (name === '') return 'has an empty name';
  if (name.length > QUALIFIED_NAME_MAX_LENGTH)
    return `has a name of ${name.length} characters (at most ${QUALIFIED_NAME_MAX_LENGTH})`;
  if (!QUALIFIED_NAME_RE.test(name)) return `has a name "${name}" that is not ${NAME_SHAPE}`;
  return undefined;
}

/** Why `value` is not a label value (IsValidLabelValue): empty, or at most 63 characters of a name's shape. */
export function labelValueProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length > LABEL_VALUE_MAX_LENGTH)
    return `is ${value.length} characters long (at most ${LABEL_VALUE_MAX_LENGTH})`;
  if (!QUALIFIED_NAME_RE.test(value)) return `is not ${NAME_SHAPE} (or empty)`;
  return undefined;
}
