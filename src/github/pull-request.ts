/** Which pull request a run is for, from the event payload the runner wrote (GITHUB_EVENT_PATH). */
import { readFileSync } from 'node:fs';

export interface WorkflowEvent {
  name: string;
  payload: Record<string, unknown>;
}

/** The event as the runner describes it; an empty payload when there is none (a local run). */
export function readEvent(env: Record<string, string | undefined>): WorkflowEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { name, payload: {} };
  try {
    const payload: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return {
      name,
      payload: payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {},
    };
  } catch {
    return { name, payload: {} };
  }
}

function numberField(value: unknown): number | undefined {
  const number = (value as { number?: unknown } | undefined)?.number;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

/**
 * pull_request, pull_request_target, pull_request_review: payload.pull_request.number;
 * issue_comment on a pull request: payload.issue.number. The pr-number input wins over both.
 */
export function pullRequestNumber(event: WorkflowEvent, explicit?: number): number | undefined {
  if (explicit !== undefined) return explicit;
  const fromPullRequest = numberField(event.payload.pull_request);
  if (fromPullRequest !== undefined) return fromPullRequest;
  const issue = event.payload.issue as { pull_request?: unknown } | undefined;
  return issue?.pull_request ? numberField(issue) : undefined;
}

/** comment: auto comments exactly when the run is for a pull request. */
export function shouldComment(setting: boolean | 'auto', pr: number | undefined): boolean {
  return setting === 'auto' ? pr !== undefined : setting;
}

/**
 * What the workflow_run payload says about the run that finished, as GitHub wrote it (trusted, unlike
 * anything in that run's artifacts): the commit, the repository it came from, and its pull requests
 * (GitHub lists only those of the base repository: never a fork's).
 */
export interface WorkflowRunHead {
  headSha: string;
  /** owner/name; undefined when the fork was deleted. */
  headRepository?: string;
  pullRequests: number[];
}

export function workflowRunHead(event: WorkflowEvent): WorkflowRunHead | undefined {
  if (event.name !== 'workflow_run') return undefined;
  const run = event.payload.workflow_run as
    | {
        head_sha?: unknown;
        head_repository?: { full_name?: unknown } | null;
        pull_requests?: { number?: unknown; head?: { sha?: unknown } }[] | null;
      }
    | undefined;
  if (!run || typeof run.head_sha !== 'string') return undefined;
  const fullName = run.head_repository?.full_name;
  const pullRequests = (Array.isArray(run.pull_requests) ? run.pull_requests : [])
    .filter((pr) => pr.head?.sha === undefined || pr.head.sha === run.head_sha)
    .map((pr) => numberField(pr))
    .filter((number): number is number => number !== undefined);
  return {
    headSha: run.head_sha,
    headRepository: typeof fullName === 'string' ? fullName : undefined,
    pullRequests,
  };
}

/**
 * The pull request a workflow_run commenter may comment on, before GitHub confirms it: one of the
 * payload's pull requests, else pr-number (which came from the other run's artifact, so a fork wrote
 * it and pullRequestMatchesRun must confirm it). A string says why there is none.
 */
export function workflowRunPullRequest(
  run: WorkflowRunHead,
  explicit: number | undefined,
): { number: number } | { none: string } | { refused: string } {
  if (run.pullRequests.length > 0) {
    if (explicit === undefined) return { number: run.pullRequests[0]! };
    if (run.pullRequests.includes(explicit)) return { number: explicit };
    return {
      refused:
        `pr-number ${explicit} is not a pull request of the workflow run ` +
        `(GitHub lists ${run.pullRequests.map((n) => `#${n}`).join(', ')})`,
    };
  }
  if (explicit !== undefined) return { number: explicit };
  return { none: 'the workflow run names no pull request and pr-number is not set' };
}

/** The head of a pull request as pulls.get answers it. */
export interface PullRequestHead {
  sha?: string;
  repo?: { full_name?: string } | null;
}

/** Why the pull request is not the one the workflow run built; undefined when it is. */
export function pullRequestMismatch(
  number: number,
  head: PullRequestHead | undefined,
  run: WorkflowRunHead,
): string | undefined {
  if (run.headRepository === undefined) {
    return 'the workflow run has no head repository (a deleted fork): it cannot be matched to a pull request';
  }
  const sha = head?.sha;
  const repository = head?.repo?.full_name;
  if (sha === run.headSha && repository === run.headRepository) return undefined;
  return (
    `pull request #${number} is at ${sha ?? 'no commit'} of ${repository ?? 'a deleted repository'}, ` +
    `but the workflow run built ${run.headSha} of ${run.headRepository}`
  );
}
