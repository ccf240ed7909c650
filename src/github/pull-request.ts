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
