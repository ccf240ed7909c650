/**
 * How a failed GitHub call is worded, from real Octokit errors over real HTTP: a used-up rate limit
 * is not a permission problem, and a request that got no answer is not an "HTTP 500".
 */
import type { Server } from 'node:http';
import { getOctokit } from '@actions/github';
import { cappedFetch, describeGitHubError, isPermissionDenied } from '../../src/github/sticky-comment.js';
import { close, listen, urlOf } from '../support/github-api.js';

let server: Server | undefined;
afterEach(async () => {
  await close(server);
  server = undefined;
});

/** The error Octokit throws for GET /repos/acme/shop/pulls/7 against `url`. */
async function failureOf(url: string, timeoutMs = 5_000, maxBytes?: number): Promise<unknown> {
  const octokit = getOctokit('ghs_secret', {
    baseUrl: url,
    request: { signal: AbortSignal.timeout(timeoutMs), retries: 0, fetch: cappedFetch(maxBytes) },
  });
  try {
    await octokit.rest.pulls.get({ owner: 'acme', repo: 'shop', pull_number: 7 });
  } catch (error) {
    return error;
  }
  throw new Error('the call did not fail');
}

describe('describeGitHubError', () => {
  it('a 403 with x-ratelimit-remaining: 0 is a used-up rate limit, not a fork permission problem', async () => {
    server = await listen((_req, res) => {
      // 1_800_000_000 s after the epoch is 2027-01-15T08:00:00Z.
      res.writeHead(403, {
        'content-type': 'application/json',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '1800000000',
      });
      res.end(JSON.stringify({ message: 'API rate limit exceeded for installation ID 42.' }));
    });
    const error = await failureOf(urlOf(server));
    expect(isPermissionDenied(error)).toBe(false);
    const line = describeGitHubError(error, ['ghs_secret']);
    expect(line).toMatch(/^HTTP 403 the GitHub API rate limit is used up until 08:00 UTC: /);
    expect(line).toContain('API rate limit exceeded for installation ID 42.');
  });

  it('the "API rate limit exceeded" message alone also marks a rate limit', async () => {
    server = await listen((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'API rate limit exceeded for 203.0.113.7.' }));
    });
    const error = await failureOf(urlOf(server));
    expect(isPermissionDenied(error)).toBe(false);
    expect(describeGitHubError(error, [])).toMatch(/^HTTP 403 the GitHub API rate limit is used up: /);
  });

  it('a read-only token (403 "Resource not accessible by integration") is still a permission problem', async () => {
    server = await listen((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json', 'x-ratelimit-remaining': '4999' });
      res.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
    });
    expect(isPermissionDenied(await failureOf(urlOf(server)))).toBe(true);
  });

  it('no answer in time is a time-out, not "HTTP 500"', async () => {
    server = await listen(() => {
      // never answers
    });
    const line = describeGitHubError(await failureOf(urlOf(server), 200), []);
    expect(line).toMatch(/^no answer from the GitHub API in time/);
    expect(line).not.toContain('500');
  });

  it('a refused connection is "could not be reached", not "HTTP 500"', async () => {
    server = await listen(() => {});
    const url = urlOf(server);
    await close(server);
    server = undefined;
    const line = describeGitHubError(await failureOf(url), []);
    expect(line).toMatch(/^the GitHub API could not be reached: /);
    expect(line).not.toContain('HTTP 500');
  });

  it('a real 500 from GitHub keeps its status', async () => {
    server = await listen((_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Server Error' }));
    });
    expect(describeGitHubError(await failureOf(urlOf(server)), [])).toMatch(/^HTTP 500 /);
  });

  it('an answer over the size cap, with or without content-length, is named as such', async () => {
    // 40 KiB of JSON against a 16 KiB cap.
    const big = JSON.stringify({ title: 'x'.repeat(40 * 1024) });
    server = await listen((req, res) => {
      const chunked = req.url?.includes('/pulls/7') && req.headers['x-chunked'] !== undefined;
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(chunked ? {} : { 'content-length': String(Buffer.byteLength(big)) }),
      });
      res.end(big);
    });
    const expected = 'the GitHub API answered with more than the 16 KiB the gate reads from it';
    expect(describeGitHubError(await failureOf(urlOf(server), 5_000, 16 * 1024), [])).toBe(expected);

    const octokit = getOctokit('ghs_secret', {
      baseUrl: urlOf(server),
      request: { retries: 0, fetch: cappedFetch(16 * 1024) },
    });
    const streamed = await octokit.rest.pulls
      .get({ owner: 'acme', repo: 'shop', pull_number: 7, headers: { 'x-chunked': '1' } })
      .catch((error: unknown) => error);
    expect(describeGitHubError(streamed, [])).toBe(expected);
  });

  it('an answer within the cap reads as usual', async () => {
    server = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ number: 7, title: 'fix checkout' }));
    });
    const octokit = getOctokit('ghs_secret', {
      baseUrl: urlOf(server),
      request: { retries: 0, fetch: cappedFetch(16 * 1024) },
    });
    const { data } = await octokit.rest.pulls.get({ owner: 'acme', repo: 'shop', pull_number: 7 });
    expect(data.title).toBe('fix checkout');
  });
});
