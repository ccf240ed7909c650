/**
 * What a fork cannot do: make the workflow_run commenter comment on another pull request, or make a
 * report it wrote ping people or render HTML; and the example workflows run on a fork's pull request.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import {
  pullRequestMismatch,
  workflowRunHead,
  workflowRunPullRequest,
  type WorkflowRunHead,
} from '../../src/github/pull-request.js';
import { inertCode, inertText } from '../../src/github/untrusted-report.js';

const FORK_RUN: WorkflowRunHead = {
  headSha: 'f'.repeat(40),
  headRepository: 'contributor/shop',
  pullRequests: [],
};

describe('the pull request of a workflow_run', () => {
  const event = (workflowRun: unknown) => ({ name: 'workflow_run', payload: { workflow_run: workflowRun } });

  it('reads the head commit, the head repository and the pull requests whose head is that commit', () => {
    expect(
      workflowRunHead(
        event({
          head_sha: 'a1',
          head_repository: { full_name: 'acme/shop' },
          pull_requests: [
            { number: 3, head: { sha: 'a1' } },
            { number: 4, head: { sha: 'b2' } },
          ],
        }),
      ),
    ).toEqual({ headSha: 'a1', headRepository: 'acme/shop', pullRequests: [3] });
    // A deleted fork: no head repository.
    expect(workflowRunHead(event({ head_sha: 'a1', head_repository: null, pull_requests: [] }))).toEqual({
      headSha: 'a1',
      headRepository: undefined,
      pullRequests: [],
    });
    expect(workflowRunHead({ name: 'pull_request', payload: {} })).toBeUndefined();
  });

  it("takes the payload's pull request, else pr-number; a pr-number the payload does not list is refused", () => {
    expect(workflowRunPullRequest({ ...FORK_RUN, pullRequests: [3] }, undefined)).toEqual({ number: 3 });
    expect(workflowRunPullRequest({ ...FORK_RUN, pullRequests: [3] }, 3)).toEqual({ number: 3 });
    expect(workflowRunPullRequest({ ...FORK_RUN, pullRequests: [3] }, 8)).toEqual({
      refused: 'pr-number 8 is not a pull request of the workflow run (GitHub lists #3)',
    });
    expect(workflowRunPullRequest(FORK_RUN, 8)).toEqual({ number: 8 });
    expect(workflowRunPullRequest(FORK_RUN, undefined)).toEqual({
      none: 'the workflow run names no pull request and pr-number is not set',
    });
  });

  it('accepts a pull request only when its head is the commit and repository the run built', () => {
    const head = { sha: 'f'.repeat(40), repo: { full_name: 'contributor/shop' } };
    expect(pullRequestMismatch(7, head, FORK_RUN)).toBeUndefined();
    expect(pullRequestMismatch(8, { ...head, sha: 'e'.repeat(40) }, FORK_RUN)).toBe(
      `pull request #8 is at ${'e'.repeat(40)} of contributor/shop, but the workflow run built ${'f'.repeat(40)} of contributor/shop`,
    );
    expect(pullRequestMismatch(9, { ...head, repo: { full_name: 'mallory/shop' } }, FORK_RUN)).toContain(
      'of mallory/shop, but',
    );
    expect(pullRequestMismatch(10, { ...head, repo: null }, FORK_RUN)).toContain('of a deleted repository');
    expect(pullRequestMismatch(7, head, { ...FORK_RUN, headRepository: undefined })).toContain(
      'deleted fork',
    );
  });
});

describe('the text of a report this run did not produce', () => {
  it('cannot mention anyone: a zero-width space follows every @ before a name', () => {
    expect(inertText('ping @octocat and @acme/team, mail a@b.c, @ alone')).toBe(
      'ping @\u200Boctocat and @\u200Bacme/team, mail a@\u200Bb.c, @ alone',
    );
  });

  it('cannot render HTML: <, > and & are shown as themselves', () => {
    expect(inertText('<img src=x onerror=alert(1)> & <!-- x -->')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &lt;!-- x --&gt;',
    );
  });

  it('cannot leave its code span or fence: backticks become quotes, the rest is shown as is', () => {
    expect(inertCode('sum(x)\n```\n<b>')).toBe("sum(x)\n'''\n<b>");
  });
});

describe('the example workflows', () => {
  const workflow = (name: string) => {
    const document = parseDocument(readFileSync(`examples/workflows/${name}`, 'utf8'));
    expect(document.errors).toEqual([]);
    return document.toJS() as {
      permissions: Record<string, string>;
      jobs: Record<
        string,
        { steps: { name?: string; uses?: string; if?: string; with?: Record<string, string> }[] }
      >;
    };
  };

  it('pr-check.yml uploads SARIF only for pull requests of this repository (a fork cannot write security events)', () => {
    const { jobs, permissions } = workflow('pr-check.yml');
    expect(permissions['security-events']).toBe('write');
    const upload = jobs.gate!.steps.find((step) =>
      step.uses?.startsWith('github/codeql-action/upload-sarif@'),
    );
    expect(upload?.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    const gate = jobs.gate!.steps.find((step) => step.uses?.startsWith('slo-gate/slo-gate@'));
    expect(gate?.with?.comment).toBe(
      '${{ github.event.pull_request.head.repo.full_name == github.repository }}',
    );
  });

  it("fork-safe-comment.yml never checks out the pull request's code and publishes the report", () => {
    const { jobs, permissions } = workflow('fork-safe-comment.yml');
    expect(permissions).toEqual({ contents: 'read', 'pull-requests': 'write', actions: 'read' });
    const steps = jobs.comment!.steps;
    expect(steps.some((step) => step.uses?.startsWith('actions/checkout@'))).toBe(false);
    const gate = steps.find((step) => step.uses?.startsWith('slo-gate/slo-gate@'));
    expect(gate?.with?.report).toBe('slo-gate-report/report.json');
  });
});
