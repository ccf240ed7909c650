/**
 * The GitHub stand-in the Action's tests talk to answers as GitHub does: for every endpoint the Action
 * calls, the same fields with the same types as the example body of GitHub's REST docs recorded in
 * test/fixtures/github/api/, and GitHub's refusals with GitHub's bodies.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ACTIONS_BOT, API_EXAMPLES, close, FakeGitHub, MAX_COMMENT_BODY } from '../support/github-api.js';

const errors = JSON.parse(readFileSync(join(resolve('test/fixtures/github/api'), 'errors.json'), 'utf8'));

/** The fields and JSON types of a value, arrays by their first item; values themselves are ignored. */
type Shape = string | Shape[] | { [key: string]: Shape };
function shapeOf(value: unknown): Shape {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length > 0 ? [shapeOf(value[0])] : [];
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as object).map(([key, item]) => [key, shapeOf(item)]));
  }
  return typeof value;
}

const github = new FakeGitHub('acme', 'shop', 7);
const api = (path: string, init: RequestInit = {}) =>
  fetch(`${github.url}${path}`, {
    ...init,
    headers: { authorization: 'token ghs_test', 'content-type': 'application/json', ...init.headers },
  });
const post = (path: string, body: unknown) => api(path, { method: 'POST', body: JSON.stringify(body) });

beforeAll(() => github.start());
afterAll(() => close(github.server));
beforeEach(() => github.reset());

describe('the stand-in answers with the fields and types of GitHub REST docs examples', () => {
  it('the recorded examples name their source', () => {
    for (const example of Object.values(API_EXAMPLES)) {
      expect((example as unknown as { source: string }).source).toMatch(/^github\/rest-api-description, /);
    }
  });

  it('issues.listComments: 200, an array of comments like issue-comment-items', async () => {
    github.add('hello', ACTIONS_BOT);
    const response = await api('/repos/acme/shop/issues/7/comments?per_page=100');
    expect(response.status).toBe(API_EXAMPLES.listComments.status);
    expect(shapeOf(await response.json())).toEqual(shapeOf(API_EXAMPLES.listComments.body));
  });

  it('issues.createComment: 201 with the comment like issue-comment', async () => {
    const response = await post('/repos/acme/shop/issues/7/comments', { body: 'first' });
    expect(response.status).toBe(API_EXAMPLES.createComment.status);
    expect(shapeOf(await response.json())).toEqual(shapeOf(API_EXAMPLES.createComment.body));
  });

  it('issues.updateComment: 200 with the comment like issue-comment', async () => {
    const comment = github.add('before', ACTIONS_BOT);
    const response = await api(`/repos/acme/shop/issues/comments/${comment.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'after' }),
    });
    expect(response.status).toBe(API_EXAMPLES.updateComment.status);
    expect(shapeOf(await response.json())).toEqual(shapeOf(API_EXAMPLES.updateComment.body));
    expect(github.comments[0]!.body).toBe('after');
  });

  it('pulls.get: 200 with the pull request like pull-request, its head as stored', async () => {
    github.pulls.push({ number: 7, headSha: 'a'.repeat(40), headRepository: 'contributor/shop' });
    const response = await api('/repos/acme/shop/pulls/7');
    expect(response.status).toBe(API_EXAMPLES.getPull.status);
    const pull = (await response.json()) as {
      number: number;
      head: { sha: string; repo: { full_name: string } };
    };
    expect(shapeOf(pull)).toEqual(shapeOf(API_EXAMPLES.getPull.body));
    expect([pull.number, pull.head.sha, pull.head.repo.full_name]).toEqual([
      7,
      'a'.repeat(40),
      'contributor/shop',
    ]);
    expect((await api('/repos/acme/shop/pulls/8')).status).toBe(404);
  });
});

describe("the stand-in refuses what GitHub refuses, with GitHub's bodies", () => {
  it(`a comment body of ${MAX_COMMENT_BODY} characters is taken; one more is 422 "body is too long"`, async () => {
    expect(MAX_COMMENT_BODY).toBe(65_536);
    expect((await post('/repos/acme/shop/issues/7/comments', { body: 'x'.repeat(65_536) })).status).toBe(201);

    const tooLong = await post('/repos/acme/shop/issues/7/comments', { body: 'x'.repeat(65_537) });
    expect(tooLong.status).toBe(422);
    const body = (await tooLong.json()) as { errors: unknown };
    expect(body).toEqual(errors.commentTooLong.body);
    expect(body.errors).toEqual([
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: 'body is too long (maximum is 65536 characters)',
      },
    ]);
    const comment = github.comments[0]!;
    const update = await api(`/repos/acme/shop/issues/comments/${comment.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'y'.repeat(65_537) }),
    });
    expect(update.status).toBe(422);
    expect(github.comments).toHaveLength(1);
  });

  it('a read-only token (a fork or Dependabot): 403 "Resource not accessible by integration" on every write', async () => {
    github.readOnly = true;
    const comment = github.add('kept', ACTIONS_BOT);
    const created = await post('/repos/acme/shop/issues/7/comments', { body: 'new' });
    const updated = await api(`/repos/acme/shop/issues/comments/${comment.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'changed' }),
    });
    for (const response of [created, updated]) {
      expect(response.status).toBe(403);
      expect(((await response.json()) as { message: string }).message).toBe(
        'Resource not accessible by integration',
      );
    }
    // Reading is still allowed.
    expect((await api('/repos/acme/shop/issues/7/comments')).status).toBe(200);
    expect(github.comments.map((c) => c.body)).toEqual(['kept']);
  });
});
