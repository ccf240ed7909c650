/**
 * Argo CD API client for three reads of one Application: the Application itself (its uid and the
 * sync operation's revision), `/manifests` of that revision (what the sync applies), and
 * `/managed-resources` (the live object of each resource). Authenticated with a bearer token (an Argo CD account or project token, from a Secret). Every
 * failure becomes an ArgoCdError with a one-line message that never contains the token.
 */
import { readFile } from 'node:fs/promises';
import https from 'node:https';
import axios from 'axios';
import { registerSecret } from '../text/redact.js';
import { parseApplication, type ParsedApplication, type SyncRevision } from './application.js';
import { parseManagedResources, type ParsedManagedResources } from './managed-resources.js';
import { parseManifestResponse, type ParsedManifests } from './manifests.js';

export interface ArgoCdOptions {
  /** ARGOCD_SERVER: "argocd-server.argocd" (HTTPS assumed, as the argocd CLI does) or a full URL. */
  server: string;
  /** The Application's name. */
  app: string;
  /** Namespace of the Application when it is not in Argo CD's own ("apps in any namespace"). */
  appNamespace?: string;
  /** A token given directly (ARGOCD_TOKEN / ARGOCD_AUTH_TOKEN). */
  token?: string;
  /** A file holding the token (a mounted Secret). */
  tokenFile?: string;
  /** Skip TLS verification (Argo CD's self-signed certificate; the argocd CLI's --insecure). */
  insecure?: boolean;
  /** CA bundle for the server's certificate. */
  caFile?: string;
  timeoutMs?: number;
  /** Bytes read at most per answer (default MAX_ANSWER_BYTES). */
  maxAnswerBytes?: number;
}

export class ArgoCdError extends Error {
  override name = 'ArgoCdError';
}

const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * Largest answer read from Argo CD: the rendered manifests of a large Application stay well below;
 * more means something else answers, and reading it all would only exhaust the hook's memory.
 */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

/** https:// unless the server names its scheme; no trailing slash. */
export function argoCdBaseUrl(server: string): string {
  const trimmed = server.trim().replace(/\/+$/, '');
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** `/api/v1/applications/{name}{suffix}` with appNamespace and the given query parameters. */
export function applicationUrl(
  options: Pick<ArgoCdOptions, 'server' | 'app' | 'appNamespace'>,
  suffix = '',
  query: [string, string][] = [],
): string {
  const url = new URL(
    `${argoCdBaseUrl(options.server)}/api/v1/applications/${encodeURIComponent(options.app)}${suffix}`,
  );
  if (options.appNamespace) url.searchParams.set('appNamespace', options.appNamespace);
  for (const [name, value] of query) url.searchParams.append(name, value);
  return url.toString();
}

export function managedResourcesUrl(options: Pick<ArgoCdOptions, 'server' | 'app' | 'appNamespace'>): string {
  return applicationUrl(options, '/managed-resources');
}

/**
 * GetManifests' query for the sync's revision: `revision` for one source; for several, each
 * source's 1-based position in `sourcePositions` with its revision at the same index of `revisions`.
 */
export function manifestsUrl(
  options: Pick<ArgoCdOptions, 'server' | 'app' | 'appNamespace'>,
  revision: SyncRevision,
): string {
  const query: [string, string][] =
    revision.revisions !== undefined
      ? revision.revisions.flatMap((r, i): [string, string][] => [
          ['sourcePositions', String(i + 1)],
          ['revisions', r],
        ])
      : revision.revision
        ? [['revision', revision.revision]]
        : [];
  return applicationUrl(options, '/manifests', query);
}

/** The Application: its uid, and the revision(s) the running sync operation applies. */
export async function fetchApplication(options: ArgoCdOptions): Promise<ParsedApplication> {
  return parseApplication(await getJson(options, applicationUrl(options)));
}

/** The manifests Argo CD renders for exactly that revision (not its cache of the last refresh). */
export async function fetchManifests(
  options: ArgoCdOptions,
  revision: SyncRevision,
): Promise<ParsedManifests> {
  return parseManifestResponse(await getJson(options, manifestsUrl(options, revision)));
}

/** Every managed resource with its live object, as the controller's cache last saw it. */
export async function fetchManagedResources(options: ArgoCdOptions): Promise<ParsedManagedResources> {
  return parseManagedResources(await getJson(options, managedResourcesUrl(options)));
}

async function getJson(options: ArgoCdOptions, url: string): Promise<unknown> {
  const token = await readToken(options);
  const where = `Argo CD at ${argoCdBaseUrl(options.server)}`;
  let caCert: Buffer | undefined;
  if (options.caFile) {
    try {
      caCert = await readFile(options.caFile);
    } catch (error) {
      throw new ArgoCdError(`cannot read the Argo CD CA file ${options.caFile} (${codeOf(error)})`);
    }
  }
  const maxBytes = options.maxAnswerBytes ?? MAX_ANSWER_BYTES;
  let response;
  try {
    response = await axios.get(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', 'User-Agent': 'slo-gate' },
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      // Every status is judged below, so axios errors (which carry the headers, token included) never escape.
      validateStatus: () => true,
      responseType: 'text',
      transformResponse: (data: unknown) => data,
      httpsAgent: new https.Agent({ rejectUnauthorized: !options.insecure, ca: caCert }),
      maxRedirects: 0,
      proxy: false,
      maxContentLength: maxBytes,
    });
  } catch (error) {
    if (/maxContentLength/.test((error as Error).message))
      throw new ArgoCdError(
        `${where} answered with more than the ${Math.round(maxBytes / 1024)} KiB the gate reads from it`,
      );
    throw new ArgoCdError(`${where} did not answer (${networkReason(error)})`);
  }
  const body = parseBody(response.data);
  if (response.status === 200) {
    if (body === undefined) throw new ArgoCdError(`${where} answered with something that is not JSON`);
    return body;
  }
  throw new ArgoCdError(describeStatus(response.status, body, options.app, where));
}

async function readToken(options: ArgoCdOptions): Promise<string> {
  const token = await tokenOf(options);
  // A server may echo the Authorization header into an error body: registered, it never shows.
  registerSecret(token);
  return token;
}

async function tokenOf(options: ArgoCdOptions): Promise<string> {
  if (options.token?.trim()) return options.token.trim();
  if (options.tokenFile) {
    let text: string;
    try {
      text = await readFile(options.tokenFile, 'utf8');
    } catch (error) {
      throw new ArgoCdError(`cannot read the Argo CD token file ${options.tokenFile} (${codeOf(error)})`);
    }
    if (text.trim()) return text.trim();
    throw new ArgoCdError(`the Argo CD token file ${options.tokenFile} is empty`);
  }
  throw new ArgoCdError('no Argo CD token: set ARGOCD_TOKEN or ARGOCD_TOKEN_FILE (a mounted Secret)');
}

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

/** Argo CD answers errors as grpc-gateway JSON: {"error": "...", "code": 7, "message": "permission denied"}. */
function describeStatus(status: number, body: unknown, app: string, where: string): string {
  const message =
    typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
      ? oneLine((body as { message: string }).message)
      : '';
  const said = message ? `: ${message}` : '';
  if (status === 401) {
    return `${where} rejected the token (HTTP 401${said}); create a new one with \`argocd account generate-token\` or \`argocd proj role create-token\``;
  }
  if (status === 403) {
    // Argo CD answers 403, not 404, for applications the token may not see, so both are possible.
    return `${where} denied reading application ${app} (HTTP 403${said}); the token's account needs \`applications, get, <project>/${app}, allow\` in argocd-rbac-cm, or the application does not exist`;
  }
  if (status === 404) return `${where} has no application ${app} (HTTP 404${said})`;
  return `${where} answered HTTP ${status}${said}`;
}

function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unreadable';
}

/** Only the error code: axios's messages may hold the URL, its errors the request headers. */
function networkReason(error: unknown): string {
  const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'ECONNABORTED':
    case 'ETIMEDOUT':
      return 'timed out';
    case 'ECONNRESET':
      return 'connection reset';
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return `TLS certificate not trusted (${code}): give ARGOCD_CA_FILE, or ARGOCD_INSECURE=true`;
    default:
      return code ?? 'network error';
  }
}
