/**
 * The Action's inputs (action.yml) read into the gate's options. Pure: it gets a reader for raw
 * values, so the same rules hold for the runner's INPUT_* variables and for tests. A bad value is a
 * UsageError: one line naming the input and what to write instead.
 */
import { UsageError } from '../errors.js';
import { parseDuration } from '../slo/duration.js';

/** Every input and the default action.yml gives it ('' = none); a unit test keeps the two in step. */
export const INPUT_DEFAULTS = {
  config: 'slo-gate.yaml',
  manifests: '',
  'prometheus-url': '',
  'prometheus-headers': '',
  'prometheus-token': '',
  at: '',
  mode: '',
  'fail-on': 'block',
  comment: '',
  'comment-key': 'default',
  'github-token': '${{ github.token }}',
  summary: 'true',
  annotations: 'true',
  'sarif-file': '',
  namespace: '',
  'strict-references': 'false',
  report: '',
  'pr-number': '',
  'max-duration': '5m',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** The raw, trimmed value of an input; '' when the workflow did not set it. */
export type InputReader = (name: InputName) => string;

export interface ActionInputs {
  config: string;
  manifests?: string[];
  prometheusUrl?: string;
  prometheusHeaders: Record<string, string>;
  /** A secret: masked at once by the entry point, never logged. */
  prometheusToken?: string;
  at?: string;
  /** Unset: the config's `mode` decides. */
  mode?: 'enforce' | 'advisory';
  failOn: 'block' | 'warn';
  /** 'auto': comment when the run is for a pull request. */
  comment: boolean | 'auto';
  commentKey: string;
  /** A secret: masked at once by the entry point, never logged. */
  githubToken?: string;
  summary: boolean;
  annotations: boolean;
  sarifFile?: string;
  namespace?: string;
  strictReferences: boolean;
  /** A JSON report of an earlier run to publish instead of evaluating (the fork-safe commenter). */
  report?: string;
  prNumber?: number;
  /** The run's deadline in seconds (`--max-duration`'s parser). */
  maxDurationSeconds: number;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const COMMENT_KEY = /^[A-Za-z0-9._-]{1,64}$/;

function invalid(name: InputName, detail: string, fix: string): UsageError {
  return new UsageError(`input ${name}: ${detail}`, { fix });
}

function oneOf<T extends string>(read: InputReader, name: InputName, choices: readonly T[]): T | undefined {
  const value = read(name) || INPUT_DEFAULTS[name];
  if (value === '') return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw invalid(
    name,
    `${JSON.stringify(value)} is not one of ${choices.join(', ')}`,
    `write ${choices.join(' or ')}`,
  );
}

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function flag(read: InputReader, name: InputName): boolean | undefined {
  const value = read(name) || INPUT_DEFAULTS[name];
  if (value === '') return undefined;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw invalid(name, `${JSON.stringify(value)} is not a boolean`, 'write true or false');
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * `Name: value` per line; blank lines, `#` comments and headers without a value are skipped. A
 * malformed line is named by its number only: it may hold a secret.
 */
export function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (!HEADER_NAME.test(name)) {
      throw invalid(
        'prometheus-headers',
        `line ${index + 1} is not a header`,
        'write one `Name: value` per line, e.g. `X-Scope-OrgID: team-a`',
      );
    }
    // `Name:` alone is a workflow variable that is not set (`X-Scope-OrgID: ${{ vars.TENANT }}`):
    // no header is sent, as if the line were not there.
    if (value === '') return;
    headers[name] = value;
  });
  return headers;
}

export function readInputs(read: InputReader): ActionInputs {
  const value = (name: InputName) => read(name) || INPUT_DEFAULTS[name] || undefined;

  const prometheusUrl = value('prometheus-url');
  if (prometheusUrl !== undefined && !/^https?:\/\/[^\s/]+\S*$/.test(prometheusUrl)) {
    throw invalid(
      'prometheus-url',
      'expected an http(s):// URL',
      'write e.g. http://prometheus.monitoring:9090',
    );
  }

  const commentKey = value('comment-key') ?? 'default';
  if (!COMMENT_KEY.test(commentKey)) {
    throw invalid(
      'comment-key',
      `${JSON.stringify(commentKey)} is not a key`,
      'use 1-64 letters, digits, dots, dashes or underscores, e.g. production',
    );
  }

  const prText = value('pr-number');
  let prNumber: number | undefined;
  if (prText !== undefined) {
    if (!/^[1-9]\d{0,9}$/.test(prText)) {
      throw invalid(
        'pr-number',
        `${JSON.stringify(prText)} is not a pull request number`,
        'write a number such as 42',
      );
    }
    prNumber = Number(prText);
  }

  const durationText = value('max-duration') ?? INPUT_DEFAULTS['max-duration'];
  const maxDurationSeconds = parseDuration(durationText);
  if (maxDurationSeconds === undefined) {
    throw invalid(
      'max-duration',
      `${JSON.stringify(durationText)} is not a duration`,
      "write a duration such as 5m or 90s, well below the job's timeout-minutes",
    );
  }

  const githubToken = read('github-token');
  const manifests = lines(read('manifests'));
  return {
    config: value('config') ?? INPUT_DEFAULTS.config,
    manifests: manifests.length > 0 ? manifests : undefined,
    prometheusUrl,
    prometheusHeaders: parseHeaderLines(read('prometheus-headers')),
    prometheusToken: read('prometheus-token') || undefined,
    at: value('at'),
    mode: oneOf(read, 'mode', ['enforce', 'advisory'] as const),
    failOn: oneOf(read, 'fail-on', ['block', 'warn'] as const) ?? 'block',
    comment: flag(read, 'comment') ?? 'auto',
    commentKey,
    // The runner fills in `${{ github.token }}`; outside a runner there is no token.
    githubToken: githubToken && !githubToken.startsWith('${{') ? githubToken : undefined,
    summary: flag(read, 'summary') ?? true,
    annotations: flag(read, 'annotations') ?? true,
    sarifFile: value('sarif-file'),
    namespace: value('namespace'),
    strictReferences: flag(read, 'strict-references') ?? false,
    report: value('report'),
    prNumber,
    maxDurationSeconds,
  };
}
