/**
 * The Action's sinks for one Report: outputs, the JSON report file, the step log, annotations and the
 * step result, the sticky PR comment, the job summary and SARIF. It only renders: the gate run
 * collected everything shown, the summary's SLO histories included. Only the step result follows the
 * verdict; every other sink that fails says so in one warning and the run goes on.
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
import { buildCommentBody, runSummaryUrl } from './comment-body.js';
import type { ActionInputs } from './inputs.js';
import { reportOutputs } from './outputs.js';
import { pullRequestNumber, readEvent, shouldComment } from './pull-request.js';
import { describeGitHubError, isPermissionDenied, upsertStickyComment } from './sticky-comment.js';
import { stepResult, type StepResult } from './verdict.js';

/** One SLO's recent past as the summary charts it, collected by the gate run. */

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
export function printPlain(text: string): void {
  const token = `slo-gate-${randomUUID()}`;
  process.stdout.write(
    `::stop-commands::${token}\n${text.endsWith('\n') ? text : `${text}\n`}::${token}::\n`,
  );
}

function warn(message: string): void {
  core.warning(message, { title: 'slo-gate' });
}

async function writeReportFile(report: Report, env: PublishRequest['env']): Promise<string | undefined> {
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

const RESULT_KIND: Record<StepResult['kind'], AnnotationKind | undefined> = {
  fail: 'error',
  warning: 'warning',
  notice: 'notice',
  info: undefined,
};

/** The step result first (it takes one slot of its kind), then the findings within GitHub's limits. */
function annotate(request: PublishRequest): void {
  const { report, inputs, env } = request;
  const result = stepResult(report, {
    failOn: inputs.failOn,
    mode: request.mode,
    publishOnly: request.gate === undefined,
  });
  const showAnnotations = inputs.annotations;
  if (result.kind === 'fail') core.setFailed(result.message);
  else if (result.kind === 'warning' && showAnnotations) core.warning(result.message, { title: 'slo-gate' });
  else if (result.kind === 'notice' && showAnnotations) core.notice(result.message, { title: 'slo-gate' });
  else printPlain(result.message);
  if (!showAnnotations) return;

  const reservedKind = RESULT_KIND[result.kind];
  const plan = planAnnotations(report.findings, {
    root: env.GITHUB_WORKSPACE || process.cwd(),
    cwd: process.cwd(),
    reserved: reservedKind ? { [reservedKind]: 1 } : {},
    overflowPointer: inputs.summary ? 'see the job summary' : 'see the step log',
  });
  for (const annotation of plan) {
    const emit =
      annotation.kind === 'error' ? core.error : annotation.kind === 'warning' ? core.warning : core.notice;
    emit(annotation.message, annotation.properties);
  }
}

/** The sticky comment's id, when there is one. */
async function comment(request: PublishRequest): Promise<number | undefined> {
  const { inputs, env, report } = request;
  const event = readEvent(env);
  const number = pullRequestNumber(event, inputs.prNumber);
  if (!shouldComment(inputs.comment, number)) return undefined;
  if (number === undefined) {
    core.info(
      `comment: true, but this run (${event.name || 'no event'}) is not for a pull request: no comment`,
    );
    return undefined;
  }
  if (!inputs.githubToken) {
    warn('no github-token: the pull request comment is skipped (the default is ${{ github.token }})');
    return undefined;
  }
  const body = buildCommentBody(renderMarkdown(report, { advisory: request.mode === 'advisory' }), {
    key: inputs.commentKey,
    summaryUrl: runSummaryUrl(env),
  });
  try {
    // Octokit takes ~100 ms to load: only a run that writes a comment pays for it.
    const { getOctokit, context } = await import('@actions/github');
    const { defaults } = await import('@actions/github/lib/utils');
    const octokit = getOctokit(inputs.githubToken, {
      userAgent: `slo-gate/${packageJson.version}`,
      // One deadline for the whole exchange: a hanging API must not hang the job.
      request: { ...defaults.request, signal: AbortSignal.timeout(60_000) },
      log: {
        debug: () => {},
        info: () => {},
        warn: (m: string) => core.debug(m),
        error: (m: string) => core.debug(m),
      },
    });
    const result = await upsertStickyComment(octokit, { ...context.repo, number }, inputs.commentKey, body);
    core.info(
      `pull request comment ${result.outcome}${result.url ? `: ${result.url}` : ` (id ${result.id})`}`,
    );
    return result.id;
  } catch (error) {
    const why = describeGitHubError(error, request.secrets);
    warn(
      isPermissionDenied(error)
        ? `could not write the pull request comment (${why}). A pull request from a fork gets a read-only ` +
            'token: publish the report from a workflow_run workflow (see the README). Otherwise give the ' +
            'job `permissions: pull-requests: write`. The verdict is unchanged.'
        : `could not write the pull request comment (${why}). The verdict is unchanged.`,
    );
    return undefined;
  }
}

async function summary(request: PublishRequest): Promise<void> {
  if (!request.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set (not on a runner): no job summary');
    return;
  }
  try {
    const histories = request.gate?.histories ?? [];
    await core.summary
      .addRaw(renderSummary(request.report, histories, { advisory: request.mode === 'advisory' }))
      .write();
  } catch (error) {
    warn(`could not write the job summary: ${describeGitHubError(error, request.secrets)}`);
  }
}

async function sarif(request: PublishRequest, file: string): Promise<void> {
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

export async function publish(request: PublishRequest): Promise<void> {
  const { report, inputs } = request;
  for (const [name, value] of Object.entries(reportOutputs(report))) core.setOutput(name, value);
  const reportFile = await writeReportFile(report, request.env);
  core.setOutput('report-file', reportFile ?? '');

  printPlain(renderText(report, { color: false, advisory: request.mode === 'advisory' }));
  annotate(request);
  core.setOutput('comment-id', (await comment(request)) ?? '');
  if (inputs.summary) await summary(request);
  if (inputs.sarifFile) await sarif(request, inputs.sarifFile);
}
