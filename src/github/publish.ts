/**
 * The Action's sinks for one Report: outputs, the JSON report file, the step log, annotations and the
 * step result, the sticky PR comment, the job summary and SARIF. It only renders: the gate run
 * collected everything shown, the summary's SLO histories included. Only the step result follows the
 * verdict; every other sink that fails says so in one warning and the run goes on. The runner shows
 * 10 annotations of a kind per step and drops the rest, so the sinks run first and their warnings are
 * emitted right after the step result, before the findings, whose plan leaves them room.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import packageJson from '../../package.json' with { type: 'json' };
import { RULES } from '../manifests/rules/index.js';
import type { Report, SloHistory } from '../model/index.js';
import { planAnnotations, type AnnotationKind } from '../report/annotations.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { renderSummary } from '../report/summary.js';
import { renderText } from '../report/text.js';
import { redact, redactDeep, registerSecret } from '../text/redact.js';
import { buildCommentBody, runSummaryUrl } from './comment-body.js';
import type { ActionInputs } from './inputs.js';
import { reportOutputs } from './outputs.js';
import {
  pullRequestMismatch,
  pullRequestNumber,
  readEvent,
  shouldComment,
  workflowRunHead,
  workflowRunPullRequest,
} from './pull-request.js';
import {
  cappedFetch,
  describeGitHubError,
  isPermissionDenied,
  upsertStickyComment,
} from './sticky-comment.js';
import { inertReport } from './untrusted-report.js';
import { stepResult, type StepResult } from './verdict.js';

export interface PublishRequest {
  report: Report;
  inputs: ActionInputs;
  /** The effective mode (input, else the config's). */
  mode: 'enforce' | 'advisory';
  /** The gate run behind the report, with its SLO histories for the summary's charts; absent when publishing a report file. */
  gate?: { histories: SloHistory[] };
  env: Record<string, string | undefined>;
  /** Values to scrub from any message (tokens). */
  secrets: string[];
}

/**
 * Writes text to the log with workflow commands switched off, so a line of user text that starts
 * with `::` (a resource name, a Prometheus message) cannot act as a command.
 */
export function printPlain(written: string): void {
  const token = `slo-gate-${randomUUID()}`;
  const text = redact(written);
  process.stdout.write(
    `::stop-commands::${token}\n${text.endsWith('\n') ? text : `${text}\n`}::${token}::\n`,
  );
}

function emitWarning(message: string): void {
  core.warning(redact(message), { title: 'slo-gate' });
}

/**
 * A step output: a runner whose GITHUB_OUTPUT cannot be written loses the output, not the verdict, so a
 * failure is one sink warning like any other.
 */
function setOutput(name: string, value: string, warn: Warn): void {
  try {
    core.setOutput(name, redact(value));
  } catch (error) {
    warn(
      `could not set the step output ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

async function writeReportFile(
  report: Report,
  env: PublishRequest['env'],
  warn: Warn,
): Promise<string | undefined> {
  try {
    const dir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'slo-gate-'));
    const file = join(dir, 'report.json');
    await writeFile(file, renderJson(report));
    return file;
  } catch (error) {
    warn(`could not write the JSON report: ${(error as Error).message}`);
    return undefined;
  }
}

/** Where the sink warnings wait until annotate() emits them, ahead of the findings. */
type Warn = (message: string) => void;

const RESULT_KIND: Record<StepResult['kind'], AnnotationKind | undefined> = {
  fail: 'error',
  warning: 'warning',
  notice: 'notice',
  info: undefined,
};

/**
 * The step result first (it takes one slot of its kind), then the sinks' warnings, then the findings in
 * the slots left of GitHub's 10 per kind.
 */
function annotate(request: PublishRequest, sinkWarnings: readonly string[]): void {
  const { report, inputs, env } = request;
  const result = stepResult(report, {
    failOn: inputs.failOn,
    mode: request.mode,
    publishOnly: request.gate === undefined,
  });
  const showAnnotations = inputs.annotations;
  const message = redact(result.message);
  if (result.kind === 'fail') core.setFailed(message);
  else if (result.kind === 'warning' && showAnnotations) core.warning(message, { title: 'slo-gate' });
  else if (result.kind === 'notice' && showAnnotations) core.notice(message, { title: 'slo-gate' });
  else printPlain(result.message);
  // A sink's failure is always a warning: it says what the reader of the pull request does not get.
  sinkWarnings.forEach(emitWarning);
  if (!showAnnotations) return;

  const reserved: Partial<Record<AnnotationKind, number>> = { warning: sinkWarnings.length };
  const resultKind = RESULT_KIND[result.kind];
  if (resultKind) reserved[resultKind] = (reserved[resultKind] ?? 0) + 1;
  const plan = planAnnotations(report.findings, {
    root: env.GITHUB_WORKSPACE || process.cwd(),
    cwd: process.cwd(),
    reserved,
    overflowPointer: inputs.summary ? 'see the job summary' : 'see the step log',
  });
  for (const annotation of plan) {
    const emit =
      annotation.kind === 'error' ? core.error : annotation.kind === 'warning' ? core.warning : core.notice;
    emit(redact(annotation.message), annotation.properties);
  }
}

/**
 * The pull request to comment on. On workflow_run the number must belong to the run that produced the
 * report: the payload's head commit and repository are GitHub's word, the artifact's pr-number is the
 * pull request's, so pulls.get must show that head. Undefined: no comment (said in the log or a warning).
 */
async function targetPullRequest(
  request: PublishRequest,
  octokit: Octokit,
  warn: Warn,
): Promise<number | undefined> {
  const { inputs, env } = request;
  const event = readEvent(env);
  const run = workflowRunHead(event);
  if (!run) return pullRequestNumber(event, inputs.prNumber);
  const candidate = workflowRunPullRequest(run, inputs.prNumber);
  if ('none' in candidate) {
    core.info(`comment: ${candidate.none}: no comment`);
    return undefined;
  }
  const refuse = (why: string) =>
    warn(
      `no pull request comment: ${why}. The report is not published on a pull request it does not belong to.`,
    );
  if ('refused' in candidate) {
    refuse(candidate.refused);
    return undefined;
  }
  const repo = repositoryOf(env);
  try {
    const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: candidate.number });
    const mismatch = pullRequestMismatch(candidate.number, data.head, run);
    if (mismatch) {
      refuse(mismatch);
      return undefined;
    }
    return candidate.number;
  } catch (error) {
    refuse(
      `pull request #${candidate.number} could not be read to check it (${describeGitHubError(error, request.secrets)})`,
    );
    return undefined;
  }
}

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

/** owner/name of GITHUB_REPOSITORY, as @actions/github's context reads it. */
function repositoryOf(env: PublishRequest['env']): { owner: string; repo: string } {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return { owner, repo };
}

async function loadOctokit(token: string): Promise<Octokit> {
  // Octokit takes ~100 ms to load: only a run that writes a comment pays for it.
  const { getOctokit } = await import('@actions/github');
  const { defaults } = await import('@actions/github/lib/utils');
  return getOctokit(token, {
    userAgent: `slo-gate/${packageJson.version}`,
    // One deadline for the whole exchange: a hanging API must not hang the job.
    request: { ...defaults.request, signal: AbortSignal.timeout(60_000), fetch: cappedFetch() },
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => core.debug(m),
      error: (m: string) => core.debug(m),
    },
  });
}

function commentRefused(error: unknown, request: PublishRequest): string {
  const why = describeGitHubError(error, request.secrets);
  if (!isPermissionDenied(error))
    return `could not write the pull request comment (${why}). The verdict is unchanged.`;
  const who =
    request.env.GITHUB_ACTOR === 'dependabot[bot]'
      ? "A Dependabot pull request's run gets a read-only token unless the workflow's permissions grant more"
      : "A pull request from a fork gets a read-only token (so does Dependabot's unless the workflow's permissions grant more)";
  return (
    `could not write the pull request comment (${why}). ${who}: publish the report from a workflow_run ` +
    'workflow (see the README). Otherwise give the job `permissions: pull-requests: write`. The verdict is unchanged.'
  );
}

/** The sticky comment's id, when there is one. */
async function comment(request: PublishRequest, warn: Warn): Promise<number | undefined> {
  const { inputs, env } = request;
  if (inputs.comment === false) return undefined;
  const event = readEvent(env);
  const onWorkflowRun = workflowRunHead(event) !== undefined;
  // Outside workflow_run the event alone says whether there is a pull request: no API call to learn it.
  if (!onWorkflowRun) {
    const number = pullRequestNumber(event, inputs.prNumber);
    if (!shouldComment(inputs.comment, number)) return undefined;
    if (number === undefined) {
      core.info(
        `comment: true, but this run (${event.name || 'no event'}) is not for a pull request: no comment`,
      );
      return undefined;
    }
  }
  if (!inputs.githubToken) {
    warn('no github-token: the pull request comment is skipped (the default is ${{ github.token }})');
    return undefined;
  }
  let octokit: Octokit;
  try {
    octokit = await loadOctokit(inputs.githubToken);
  } catch (error) {
    warn(`could not write the pull request comment (${describeGitHubError(error, request.secrets)}).`);
    return undefined;
  }
  const number = await targetPullRequest(request, octokit, warn);
  if (number === undefined) return undefined;
  // A report from an artifact was written by the pull request: its text must not ping or render HTML.
  const shown = request.gate === undefined ? inertReport(request.report) : request.report;
  const body = buildCommentBody(renderMarkdown(shown, { advisory: request.mode === 'advisory' }), {
    key: inputs.commentKey,
    summaryUrl: runSummaryUrl(env),
  });
  try {
    const result = await upsertStickyComment(
      octokit,
      { ...repositoryOf(env), number },
      inputs.commentKey,
      body,
    );
    core.info(
      `pull request comment ${result.outcome}${result.url ? `: ${result.url}` : ` (id ${result.id})`}`,
    );
    return result.id;
  } catch (error) {
    warn(commentRefused(error, request));
    return undefined;
  }
}

async function summary(request: PublishRequest, warn: Warn): Promise<void> {
  if (!request.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set (not on a runner): no job summary');
    return;
  }
  try {
    const histories = request.gate?.histories ?? [];
    // A report from an artifact was written by the pull request: its text must not render HTML.
    const shown = request.gate === undefined ? inertReport(request.report) : request.report;
    await core.summary
      .addRaw(renderSummary(shown, histories, { advisory: request.mode === 'advisory' }))
      .write();
  } catch (error) {
    warn(`could not write the job summary: ${describeGitHubError(error, request.secrets)}`);
  }
}

async function sarif(request: PublishRequest, file: string, warn: Warn): Promise<void> {
  try {
    const text = renderSarif(request.report, {
      rules: RULES.map((rule) => rule.meta),
      version: packageJson.version,
      root: request.env.GITHUB_WORKSPACE || process.cwd(),
    });
    const path = resolve(file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    core.info(`SARIF written to ${file}`);
  } catch (error) {
    warn(
      `could not write sarif-file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

export async function publish(written: PublishRequest): Promise<void> {
  written.secrets.forEach(registerSecret);
  // Every sink below renders this report: redacted once here, no secret reaches any of them.
  const request: PublishRequest = { ...written, report: redactDeep(written.report) };
  const { report, inputs } = request;
  const sinkWarnings: string[] = [];
  const warn: Warn = (message) => sinkWarnings.push(message);
  for (const [name, value] of Object.entries(reportOutputs(report))) setOutput(name, String(value), warn);
  const reportFile = await writeReportFile(report, request.env, warn);
  setOutput('report-file', reportFile ?? '', warn);

  printPlain(renderText(report, { color: false, advisory: request.mode === 'advisory' }));
  setOutput('comment-id', String((await comment(request, warn)) ?? ''), warn);
  if (inputs.summary) await summary(request, warn);
  if (inputs.sarifFile) await sarif(request, inputs.sarifFile, warn);
  annotate(request, sinkWarnings);
}
