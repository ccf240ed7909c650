/**
 * The sticky pull request comment: one per comment-key, found by its hidden marker among all pages of
 * the pull request's comments and written by the same account as this token, updated in place, left
 * alone when the body is unchanged, created otherwise. A reporting failure never changes the verdict:
 * the caller turns any error into one warning.
 */
import { readCappedBody } from '../text/capped-body.js';
import type { getOctokit } from '@actions/github';
import { hasMarker, sameBody } from './comment-body.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: string; type?: string } | null;
}

export interface StickyCommentResult {
  outcome: 'created' | 'updated' | 'unchanged';
  id: number;
  url?: string;
}

/** The built-in GITHUB_TOKEN's account. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Whose comments are ours. A personal or user token can ask GET /user for its login. An installation
 * token (GITHUB_TOKEN, a GitHub App) cannot (403): it writes as a Bot account, so a marked comment by
 * a Bot is ours — a person quoting the marker is not.
 */
export async function tokenIdentity(octokit: Octokit): Promise<{ login?: string }> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login };
  } catch {
    return {};
  }
}

/** Our comment among those with the marker: by our login, else by a Bot (github-actions first); oldest first. */
export function pickOwnComment(
  marked: readonly IssueComment[],
  identity: { login?: string },
): IssueComment | undefined {
  if (identity.login) return marked.find((c) => c.user?.login === identity.login);
  const bots = marked.filter((c) => c.user?.type === 'Bot' || c.user?.login === ACTIONS_BOT);
  return bots.find((c) => c.user?.login === ACTIONS_BOT) ?? bots[0];
}

export async function upsertStickyComment(
  octokit: Octokit,
  pr: PullRequestRef,
  key: string,
  body: string,
): Promise<StickyCommentResult> {
  const where = { owner: pr.owner, repo: pr.repo };
  const comments: IssueComment[] = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: pr.number,
    per_page: 100,
  });
  const marked = comments.filter((c) => hasMarker(c.body, key));
  const own = marked.length > 0 ? pickOwnComment(marked, await tokenIdentity(octokit)) : undefined;
  if (own) {
    if (sameBody(own.body, body)) return { outcome: 'unchanged', id: own.id, url: own.html_url };
    const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: own.id, body });
    return { outcome: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: pr.number, body });
  return { outcome: 'created', id: data.id, url: data.html_url };
}

/**
 * Largest answer read from the GitHub API: a page of 100 comments at GitHub's 65,536-character
 * limit stays below; more means something else answers.
 */
export const MAX_GITHUB_ANSWER_BYTES = 16 * 1024 * 1024;

/** An answer from the GitHub API larger than the gate reads. */
export class GitHubAnswerTooLarge extends Error {
  override name = 'GitHubAnswerTooLarge';
}

/**
 * A fetch for Octokit that reads at most `maxBytes` of an answer. The body is read here, whole:
 * Octokit swallows errors while reading a body, and would see an empty answer instead of the cap.
 */
export function cappedFetch(maxBytes = MAX_GITHUB_ANSWER_BYTES, base: typeof fetch = fetch): typeof fetch {
  const tooLarge = () =>
    new GitHubAnswerTooLarge(
      `the GitHub API answered with more than the ${Math.round(maxBytes / 1024)} KiB the gate reads from it`,
    );
  return async (input, init) => {
    const response = await base(input, init);
    const declared = Number(response.headers.get('content-length'));
    if (!response.body) {
      if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
      return response;
    }
    const body = await readCappedBody(
      response.body as ReadableStream<Uint8Array>,
      declared,
      maxBytes,
      tooLarge,
    );
    // 204, 205 and 304 answers must not carry a body.
    const empty = [204, 205, 304].includes(response.status);
    return new Response(empty ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/** One line for the log from an Octokit error, without the token (Octokit redacts it; scrub anyway). */
export function describeGitHubError(error: unknown, secrets: readonly string[]): string {
  const status = (error as { status?: unknown }).status;
  let message = error instanceof Error ? error.message : String(error);
  for (const secret of secrets) if (secret) message = message.split(secret).join('***');
  message = message.replace(/\s*[\r\n]+\s*/g, ' ').slice(0, 300);
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof GitHubAnswerTooLarge) return cause.message;
  // Octokit labels a request that got no answer (time-out, network) "500": GitHub never said that.
  if (isTimedOut(error)) return `no answer from the GitHub API in time (${message})`;
  if (!answered(error)) return `the GitHub API could not be reached: ${message}`;
  if (isRateLimited(error)) {
    const reset = rateLimitReset(error);
    return `HTTP ${String(status)} the GitHub API rate limit is used up${reset ? ` until ${reset}` : ''}: ${message}`;
  }
  return typeof status === 'number' ? `HTTP ${status} ${message}` : message;
}

type OctokitFailure = {
  status?: unknown;
  name?: unknown;
  cause?: { name?: unknown };
  response?: { headers?: Record<string, unknown> };
};

function isTimedOut(error: unknown): boolean {
  const failure = error as OctokitFailure;
  const names = [failure.name, failure.cause?.name];
  return names.includes('TimeoutError') || names.includes('AbortError');
}

/** Whether GitHub answered at all: Octokit's errors for an answer carry the response. */
function answered(error: unknown): boolean {
  const failure = error as OctokitFailure;
  return typeof failure.status !== 'number' || failure.status !== 500 || failure.response !== undefined;
}

/** A 403 or 429 for a used-up rate limit: GitHub's header, or its "API rate limit exceeded" message. */
export function isRateLimited(error: unknown): boolean {
  const failure = error as OctokitFailure;
  if (failure.status !== 403 && failure.status !== 429) return false;
  if (String(failure.response?.headers?.['x-ratelimit-remaining']) === '0') return true;
  const message = error instanceof Error ? error.message : '';
  return /rate limit exceeded/i.test(message);
}

/** "14:05 UTC" from x-ratelimit-reset (epoch seconds), when GitHub sent it. */
function rateLimitReset(error: unknown): string | undefined {
  const seconds = Number((error as OctokitFailure).response?.headers?.['x-ratelimit-reset']);
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  return `${new Date(seconds * 1000).toISOString().slice(11, 16)} UTC`;
}

/** 403 "Resource not accessible by integration": a fork's pull request, or no pull-requests: write. */
export function isPermissionDenied(error: unknown): boolean {
  const status = (error as { status?: unknown }).status;
  if (isRateLimited(error)) return false;
  return status === 403 || status === 401 || status === 404;
}
