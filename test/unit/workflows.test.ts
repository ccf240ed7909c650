/**
 * The GitHub workflows of the repository (.github/workflows/) and the examples users copy
 * (examples/workflows/) parse, use only the keys GitHub's workflow syntax documents, and give each
 * action only the inputs it documents (slo-gate's own: those of action.yml).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = process.cwd();

// "Workflow syntax for GitHub Actions": the keys of a workflow, a job and a step.
const WORKFLOW_KEYS = ['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs'];
const JOB_KEYS = [
  'name',
  'permissions',
  'needs',
  'if',
  'runs-on',
  'environment',
  'concurrency',
  'outputs',
  'env',
  'defaults',
  'steps',
  'timeout-minutes',
  'strategy',
  'continue-on-error',
  'container',
  'services',
  'uses',
  'with',
  'secrets',
];
const STEP_KEYS = [
  'id',
  'if',
  'name',
  'uses',
  'run',
  'working-directory',
  'shell',
  'with',
  'env',
  'continue-on-error',
  'timeout-minutes',
];
// "Assigning permissions to jobs": the scopes of GITHUB_TOKEN.
const PERMISSION_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
];

const slogateInputs = Object.keys(
  (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs,
);
// Each action's inputs as its README / action.yml documents them (the ones these workflows may use).
const ACTION_INPUTS: Record<string, string[]> = {
  'actions/checkout': [
    'repository',
    'ref',
    'token',
    'path',
    'fetch-depth',
    'fetch-tags',
    'persist-credentials',
  ],
  'actions/setup-node': [
    'node-version',
    'node-version-file',
    'architecture',
    'check-latest',
    'registry-url',
    'scope',
    'token',
    'cache',
    'cache-dependency-path',
  ],
  'actions/upload-artifact': [
    'name',
    'path',
    'if-no-files-found',
    'retention-days',
    'compression-level',
    'overwrite',
    'include-hidden-files',
  ],
  'actions/download-artifact': [
    'name',
    'path',
    'pattern',
    'merge-multiple',
    'github-token',
    'repository',
    'run-id',
  ],
  'actions/attest-build-provenance': [
    'subject-path',
    'subject-digest',
    'subject-name',
    'subject-checksums',
    'push-to-registry',
    'show-summary',
    'github-token',
  ],
  'docker/setup-buildx-action': ['version', 'driver', 'driver-opts', 'platforms', 'install'],
  'docker/login-action': ['registry', 'username', 'password', 'ecr', 'logout'],
  'docker/metadata-action': ['images', 'tags', 'flavor', 'labels', 'annotations', 'context', 'github-token'],
  'docker/build-push-action': [
    'context',
    'file',
    'push',
    'load',
    'tags',
    'labels',
    'annotations',
    'platforms',
    'provenance',
    'sbom',
    'build-args',
    'cache-from',
    'cache-to',
    'target',
  ],
  'github/codeql-action/upload-sarif': ['sarif_file', 'category', 'checkout_path', 'ref', 'sha', 'token'],
  'slo-gate/slo-gate': slogateInputs,
  '.': slogateInputs,
};

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  [key: string]: unknown;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  steps?: Step[];
  [key: string]: unknown;
}
interface Workflow {
  on: unknown;
  jobs: Record<string, Job>;
  permissions?: Record<string, string> | string;
  [key: string]: unknown;
}

const files = ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => `${dir}/${file}`),
);

function checkPermissions(permissions: Job['permissions']) {
  if (permissions === undefined || typeof permissions === 'string') return;
  for (const [scope, level] of Object.entries(permissions)) {
    expect(PERMISSION_SCOPES).toContain(scope);
    expect(['read', 'write', 'none']).toContain(level);
  }
}

describe.each(files)('%s', (file) => {
  const workflow = parse(readFileSync(join(ROOT, file), 'utf8')) as Workflow;

  it('has a trigger and jobs, and only documented workflow keys', () => {
    expect(workflow.on).toBeDefined();
    expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
    for (const key of Object.keys(workflow)) expect(WORKFLOW_KEYS).toContain(key);
    checkPermissions(workflow.permissions);
  });

  it('jobs use documented keys; needs names jobs of this workflow', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const key of Object.keys(job)) expect(JOB_KEYS).toContain(key);
      expect(job['runs-on'] ?? job.uses).toBeDefined();
      for (const need of [job.needs ?? []].flat()) expect(Object.keys(workflow.jobs)).toContain(need);
      checkPermissions(job.permissions);
    }
  });

  it('every step runs a command or uses a pinned action with only its documented inputs', () => {
    for (const job of Object.values(workflow.jobs)) {
      const ids = new Set<string>();
      for (const step of job.steps ?? []) {
        for (const key of Object.keys(step)) expect(STEP_KEYS).toContain(key);
        expect([step.uses, step.run].filter((x) => x !== undefined)).toHaveLength(1);
        for (const [, id] of JSON.stringify(step).matchAll(/steps\.([\w-]+)\.outputs/g))
          expect(ids).toContain(id);
        if (step.id) ids.add(step.id);
        if (step.uses === undefined) continue;
        const [action, version] = step.uses.split('@');
        if (action !== '.') expect(version).toMatch(/^v\d+/);
        const documented = ACTION_INPUTS[action!];
        expect(documented).toBeDefined();
        for (const input of Object.keys(step.with ?? {})) expect(documented).toContain(input);
      }
    }
  });
});
