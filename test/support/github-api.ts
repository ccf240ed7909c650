/**
 * A stand-in for api.github.com that answers as GitHub does and records every call: issue comments
 * with Link-header pagination, GET /user, pulls.get, and GitHub's refusals — 403 "Resource not
 * accessible by integration" for a read-only token (a fork's or Dependabot's pull request), 422
 * "body is too long" above 65,536 characters. Its answers are built on the example bodies of GitHub's
 * REST docs in test/fixtures/github/api/, and a test checks they keep those fields and types.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { join, resolve } from 'node:path';
import { bodyOf, close, listen, urlOf } from './http.js';

export { bodyOf };

export { close, listen, urlOf };

const FIXTURES = resolve('test/fixtures/github/api');
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as { status: number; body: unknown };

export const API_EXAMPLES = {
  listComments: fixture('issues.listComments'),
  createComment: fixture('issues.createComment'),
  updateComment: fixture('issues.updateComment'),
  getPull: fixture('pulls.get'),
};
const ERRORS = JSON.parse(readFileSync(join(FIXTURES, 'errors.json'), 'utf8')) as Record<
  'commentTooLong' | 'readOnlyToken',
  { status: number; body: unknown }
>;

/** GitHub refuses a comment body longer than this many characters. */
export const MAX_COMMENT_BODY = 65_536;

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Account {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: Account;
}

export interface StoredPullRequest {
  number: number;
  headSha: string;
  /** owner/name of the head repository; null once the fork is deleted. */
  headRepository: string | null;
}

export const ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const HUMAN: Account = { login: 'dev-alice', id: 5120344, type: 'User' };

export class FakeGitHub {
  calls: RecordedRequest[] = [];
  comments: StoredComment[] = [];
  pulls: StoredPullRequest[] = [];
  /** GET /user: a user token's login, or 403 as for GITHUB_TOKEN and other installation tokens. */
  identity: { login: string } | 'installation' = 'installation';
  /** A read-only token (a fork's or Dependabot's pull request): every write is refused with 403. */
  readOnly = false;
  private nextId = 9001;
  server!: Server;

  constructor(
    readonly owner = 'acme',
    readonly repo = 'shop',
    /** The pull request comments go to unless a test names another. */
    readonly defaultIssue = 7,
  ) {}

  get url(): string {
    return urlOf(this.server);
  }

  get repoPath(): string {
    return `/repos/${this.owner}/${this.repo}`;
  }

  reset(): void {
    this.calls = [];
    this.comments = [];
    this.pulls = [];
    this.identity = 'installation';
    this.readOnly = false;
  }

  add(body: string, user: Account, id = this.nextId++, issue = this.defaultIssue): StoredComment {
    const comment = { id, issue, body, user };
    this.comments.push(comment);
    return comment;
  }

  writes(): RecordedRequest[] {
    return this.calls.filter((c) => c.method === 'POST' || c.method === 'PATCH');
  }

  private user(account: Account) {
    const example = (API_EXAMPLES.createComment.body as { user: Record<string, unknown> }).user;
    const base = 'https://api.github.com/users';
    return {
      ...example,
      login: account.login,
      id: account.id,
      node_id: `U_kgDO${account.id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
      url: `${base}/${account.login}`,
      html_url: `https://github.com/${account.login}`,
      followers_url: `${base}/${account.login}/followers`,
      following_url: `${base}/${account.login}/following{/other_user}`,
      gists_url: `${base}/${account.login}/gists{/gist_id}`,
      starred_url: `${base}/${account.login}/starred{/owner}{/repo}`,
      subscriptions_url: `${base}/${account.login}/subscriptions`,
      organizations_url: `${base}/${account.login}/orgs`,
      repos_url: `${base}/${account.login}/repos`,
      events_url: `${base}/${account.login}/events{/privacy}`,
      received_events_url: `${base}/${account.login}/received_events`,
      type: account.type,
      site_admin: false,
    };
  }

  /** A comment as GitHub answers it: the list's items lack `pin`, single comments carry it. */
  private commentJson(comment: StoredComment, shape: 'item' | 'single') {
    const example =
      shape === 'item'
        ? (API_EXAMPLES.listComments.body as Record<string, unknown>[])[0]!
        : (API_EXAMPLES.createComment.body as Record<string, unknown>);
    return {
      ...example,
      id: comment.id,
      node_id: `IC_kwDOKx2x9M${comment.id}`,
      url: `${this.url}${this.repoPath}/issues/comments/${comment.id}`,
      html_url: `https://github.example/${this.owner}/${this.repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.user(comment.user),
      created_at: '2026-11-26T12:00:00Z',
      updated_at: '2026-11-26T12:00:00Z',
      issue_url: `${this.url}${this.repoPath}/issues/${comment.issue}`,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  private pullJson(pull: StoredPullRequest) {
    const example = API_EXAMPLES.getPull.body as Record<string, unknown> & {
      head: Record<string, unknown> & { repo: Record<string, unknown> };
      base: Record<string, unknown> & { repo: Record<string, unknown> };
    };
    const repoJson = (fullName: string) => {
      const [owner = '', name = ''] = fullName.split('/');
      return {
        ...example.head.repo,
        id: 700_000 + fullName.length,
        name,
        full_name: fullName,
        owner: this.user({ login: owner, id: 9_000 + owner.length, type: 'User' }),
        html_url: `https://github.example/${fullName}`,
        url: `${this.url}/repos/${fullName}`,
        fork: fullName !== `${this.owner}/${this.repo}`,
      };
    };
    const headOwner = pull.headRepository?.split('/')[0] ?? 'ghost';
    return {
      ...example,
      url: `${this.url}${this.repoPath}/pulls/${pull.number}`,
      html_url: `https://github.example/${this.owner}/${this.repo}/pull/${pull.number}`,
      issue_url: `${this.url}${this.repoPath}/issues/${pull.number}`,
      number: pull.number,
      head: {
        ...example.head,
        label: `${headOwner}:topic-${pull.number}`,
        ref: `topic-${pull.number}`,
        sha: pull.headSha,
        repo: pull.headRepository === null ? null : repoJson(pull.headRepository),
      },
      base: { ...example.base, repo: repoJson(`${this.owner}/${this.repo}`) },
    };
  }

  async start(): Promise<void> {
    this.server = await listen(async (req, res) => {
      const body = await bodyOf(req);
      this.calls.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const url = new URL(req.url ?? '/', this.url);
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(payload));
      };
      const refuse = (error: { status: number; body: unknown }) => send(error.status, error.body);
      const notFound = () =>
        send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      /** GitHub counts characters, not UTF-16 units. */
      const tooLong = (text: unknown) => typeof text === 'string' && [...text].length > MAX_COMMENT_BODY;

      if (req.method === 'GET' && url.pathname === '/user') {
        if (this.identity === 'installation') return refuse(ERRORS.readOnlyToken);
        return send(200, { ...this.user({ login: this.identity.login, id: 77, type: 'User' }) });
      }
      const pull = new RegExp(`^${this.repoPath}/pulls/(\\d+)$`).exec(url.pathname);
      if (pull && req.method === 'GET') {
        const found = this.pulls.find((p) => p.number === Number(pull[1]));
        return found ? send(200, this.pullJson(found)) : notFound();
      }
      const issueComments = new RegExp(`^${this.repoPath}/issues/(\\d+)/comments$`).exec(url.pathname);
      if (issueComments) {
        const issue = Number(issueComments[1]);
        const onIssue = this.comments.filter((c) => c.issue === issue);
        if (req.method === 'GET') {
          const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
          const page = Number(url.searchParams.get('page') ?? 1);
          const last = Math.max(1, Math.ceil(onIssue.length / perPage));
          const link = (p: number) =>
            `<${this.url}${this.repoPath}/issues/${issue}/comments?per_page=${perPage}&page=${p}>`;
          const links = [];
          if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
          if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
          const items = onIssue
            .slice((page - 1) * perPage, page * perPage)
            .map((c) => this.commentJson(c, 'item'));
          return send(200, items, links.length > 0 ? { link: links.join(', ') } : {});
        }
        if (req.method === 'POST') {
          if (this.readOnly) return refuse(ERRORS.readOnlyToken);
          const text = (JSON.parse(body) as { body?: unknown }).body;
          if (tooLong(text)) return refuse(ERRORS.commentTooLong);
          return send(201, this.commentJson(this.add(String(text), ACTIONS_BOT, undefined, issue), 'single'));
        }
      }
      const match = new RegExp(`^${this.repoPath}/issues/comments/(\\d+)$`).exec(url.pathname);
      if (match && req.method === 'PATCH') {
        if (this.readOnly) return refuse(ERRORS.readOnlyToken);
        const comment = this.comments.find((c) => c.id === Number(match[1]));
        if (!comment) return notFound();
        const text = (JSON.parse(body) as { body?: unknown }).body;
        if (tooLong(text)) return refuse(ERRORS.commentTooLong);
        comment.body = String(text);
        return send(200, this.commentJson(comment, 'single'));
      }
      notFound();
    });
  }
}
