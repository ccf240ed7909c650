/**
 * The one redaction layer. Every configured secret (header values, URL credentials, bearer tokens and
 * token files, basic-auth passwords, the Argo CD token, kubeconfig credentials) is registered here once,
 * where it is loaded; every output — messages, log lines, report files, workflow outputs, PR comments,
 * termination messages, Events — passes through `redact`. Secrets live for the process, as the gate does.
 */

export const REDACTED = '***';

// Shorter values are not scrubbed: replacing every "ab" in a message would garble it and hide nothing.
const MIN_SECRET_LENGTH = 3;

const registered = new Set<string>();

/** The spellings a secret can take on the way out: as given, percent-encoded, percent-decoded, JSON-escaped. */
function spellings(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret), encodeURI(secret), JSON.stringify(secret).slice(1, -1)];
  try {
    forms.push(decodeURIComponent(secret));
  } catch {
    // Not percent-encoded text: the other forms stand.
  }
  return forms;
}

/** Registers a secret (and its percent-encoded forms); empty and very short values are ignored. */
export function registerSecret(secret: string | undefined | null): void {
  if (!secret) return;
  for (const value of [secret, secret.trim()]) {
    for (const form of spellings(value)) {
      if (form.length >= MIN_SECRET_LENGTH) registered.add(form);
    }
  }
}

/** A basic-auth password, and the header value that carries it (`Basic base64(user:password)`). */
export function registerBasicAuth(username: string, password: string | undefined): void {
  if (!password) return;
  registerSecret(password);
  registerSecret(Buffer.from(`${username}:${password}`).toString('base64'));
}

/**
 * The credentials of a URL (`scheme://user:password@host`), in any form: percent-encoded or not, with
 * `/`, spaces or `@` in the password (the userinfo ends at the last `@`). Read by hand: such a URL is
 * often one `new URL` refuses, and its message must still not show the password.
 */
export function registerUrlCredentials(url: string | undefined): void {
  const userinfo = urlUserinfo(url);
  if (userinfo === undefined) return;
  const colon = userinfo.indexOf(':');
  // Without a colon the whole userinfo is the secret (a token as the user name).
  registerSecret(colon === -1 ? userinfo : userinfo.slice(colon + 1));
  registerSecret(userinfo);
  if (colon !== -1)
    registerBasicAuth(safeDecode(userinfo.slice(0, colon)), safeDecode(userinfo.slice(colon + 1)));
}

function urlUserinfo(url: string | undefined): string | undefined {
  const scheme = /^\s*[a-z][a-z0-9+.-]*:\/\//i.exec(url ?? '');
  if (!url || !scheme) return undefined;
  const rest = url.slice(scheme[0].length);
  const at = rest.lastIndexOf('@');
  return at > 0 ? rest.slice(0, at) : undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A URL for messages: its credentials replaced by ***, however they are written. */
export function maskUrl(url: string): string {
  const userinfo = urlUserinfo(url);
  if (userinfo === undefined) return url;
  const at = url.indexOf(userinfo);
  return `${url.slice(0, at)}${REDACTED}${url.slice(at + userinfo.length)}`;
}

/** Text with every registered secret, and the credentials of any URL in it, replaced by ***. */
export function redact(text: string): string {
  let out = text;
  // Longest first: a secret that contains another is replaced whole.
  for (const secret of [...registered].sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, `$1${REDACTED}@`);
}

/**
 * Secrets written inline in text from outside, such as a crashed container's log: bearer and basic
 * credentials, `password=...`/`token: ...` pairs, and URL credentials. These were never registered
 * (the gate did not load them), so they are found by their shape; registered secrets go too.
 */
export function redactInlineSecrets(text: string): string {
  return redact(text)
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, `$1 ${REDACTED}`)
    .replace(INLINE_SECRET, (_match, key: string, separator: string) => `${key}${separator}${REDACTED}`);
}

/** `password=hunter2`, `"api_key": "abc"`, `token: xyz`: the key kept, the value replaced. */
const INLINE_SECRET =
  /\b((?:[a-z0-9]+[_-])?(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|credentials?))(["']?\s*[:=]\s*["']?)(?!\*\*\*)[^\s"'&,;]+/gi;

/** Every string inside a value (a Report, a list of lines) passed through `map`; the shape is kept. */
export function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)])) as T;
  }
  return value;
}

/** A value with every registered secret removed from each of its strings. */
export function redactDeep<T>(value: T): T {
  return mapStrings(value, redact);
}

/**
 * Text for a terminal: control characters from outside (ESC sequences, CR, BEL, C1 controls) removed,
 * so a manifest or a server cannot move the cursor, rewrite a line or retitle a window. Line feeds and
 * tabs stay: they structure the output.
 */
export function stripControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what is matched
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}

/** For tests: forget every registered secret. */
export function clearSecretsForTest(): void {
  registered.clear();
}
