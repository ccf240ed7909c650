/**
 * image-not-allowed and image-latest-tag, and the image reference grammar under them. Lines and
 * columns are counted by hand in the YAML (the comments on the right give the line numbers).
 */
import { allowEntryProblem, floatingTag, imageAllowedBy, parseImageReference } from '../../src/k8s/images.js';
import { rule as latestTag } from '../../src/manifests/rules/image-latest-tag.js';
import { rule as notAllowed } from '../../src/manifests/rules/image-not-allowed.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { validateSchema } from '../../src/manifests/schema.js';
import { validateManifests, validateOptionsFor } from '../../src/manifests/validate.js';
import { runRule } from '../support/manifests.js';

const at = (findings: { line: number; column: number }[]) =>
  findings.map(({ line, column }) => [line, column]);

// prettier-ignore
const DEPLOYMENT = [
  'apiVersion: apps/v1',                                   // 1
  'kind: Deployment',                                      // 2
  'metadata: { name: checkout, namespace: shop }',         // 3
  'spec:',                                                 // 4
  '  selector: { matchLabels: { app: checkout } }',        // 5
  '  template:',                                           // 6
  '    metadata: { labels: { app: checkout } }',           // 7
  '    spec:',                                             // 8
  '      initContainers:',                                 // 9
  '        - name: migrate',                               // 10
  '          image: ghcr.io/acme-evil/migrate:2.0',        // 11
  '      containers:',                                     // 12
  '        - name: app',                                   // 13
  '          image: ghcr.io/acme/checkout:1.4.2',          // 14
  '        - name: proxy',                                 // 15
  '          image: envoyproxy/envoy',                     // 16
  '        - name: cache',                                 // 17
  '          image: redis:latest',                         // 18
  '        - name: pinned',                                // 19
  '          image: nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31', // 20
  '',
].join('\n');

const CRONJOB = `apiVersion: batch/v1
kind: CronJob
metadata: { name: report, namespace: shop }
spec:
  schedule: '0 * * * *'
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{ name: report, image: quay.io/other/report:1 }]
`;

describe('image references', () => {
  it('resolves names the way the runtime pulls them', () => {
    expect(parseImageReference('nginx')).toMatchObject({
      registry: 'docker.io',
      repository: 'library/nginx',
      name: 'docker.io/library/nginx',
    });
    expect(parseImageReference('envoyproxy/envoy:v1.31.0')).toMatchObject({
      name: 'docker.io/envoyproxy/envoy',
      tag: 'v1.31.0',
    });
    expect(parseImageReference('localhost:5000/team/app')).toMatchObject({
      registry: 'localhost:5000',
      repository: 'team/app',
    });
    expect(parseImageReference('registry.example.com:8443/a/b:1@sha256:abc')).toMatchObject({
      registry: 'registry.example.com:8443',
      repository: 'a/b',
      tag: '1',
      digest: 'sha256:abc',
    });
    expect(parseImageReference('index.docker.io/library/nginx')?.name).toBe('docker.io/library/nginx');
  });

  it('leaves unrendered templates and broken references alone', () => {
    expect(parseImageReference('{{ .Values.image }}')).toBeUndefined();
    expect(parseImageReference('$(IMAGE)')).toBeUndefined();
    expect(parseImageReference('nginx:')).toBeUndefined();
    expect(parseImageReference('')).toBeUndefined();
  });

  it('matches allowlist prefixes by whole path components', () => {
    const image = parseImageReference('ghcr.io/acme/checkout:1')!;
    expect(imageAllowedBy(image, 'ghcr.io/acme')).toBe(true);
    expect(imageAllowedBy(image, 'ghcr.io/acme/')).toBe(true);
    expect(imageAllowedBy(image, 'ghcr.io')).toBe(true);
    expect(imageAllowedBy(image, 'ghcr.io/ac')).toBe(false);
    expect(imageAllowedBy(parseImageReference('nginx')!, 'docker.io/library/')).toBe(true);
    expect(imageAllowedBy(parseImageReference('nginx')!, 'index.docker.io/library')).toBe(true);
  });

  it('treats a missing tag as latest and a digest as pinned', () => {
    expect(floatingTag(parseImageReference('nginx')!)).toBe('latest');
    expect(floatingTag(parseImageReference('nginx:1.27')!)).toBe('1.27');
    expect(floatingTag(parseImageReference('nginx:latest@sha256:abc')!)).toBeUndefined();
  });

  it('names what is wrong with an allowlist entry', () => {
    expect(allowEntryProblem('ghcr.io/acme/')).toBeUndefined();
    expect(allowEntryProblem('localhost:5000')).toBeUndefined();
    expect(allowEntryProblem('acme/')).toMatch(/"acme" is not a registry host/);
    expect(allowEntryProblem('https://ghcr.io/acme')).toMatch(/no scheme/);
    expect(allowEntryProblem('ghcr.io/acme/app:1.0')).toMatch(/no tag/);
  });
});

describe('image-not-allowed', () => {
  it('reports each container image outside the allowlist at its image field', () => {
    const findings = runRule(notAllowed, DEPLOYMENT, {
      images: { allow: ['ghcr.io/acme', 'docker.io/library/'] },
    });
    // migrate (ghcr.io/acme-evil is not under ghcr.io/acme) and envoy (docker.io/envoyproxy);
    // checkout, redis and nginx are allowed.
    expect(at(findings)).toEqual([
      [11, 18],
      [16, 18],
    ]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('"ghcr.io/acme-evil/migrate:2.0" (ghcr.io/acme-evil/migrate)');
    expect(findings[1]!.message).toContain('(docker.io/envoyproxy/envoy)');
  });

  it('checks CronJob templates too', () => {
    const findings = runRule(notAllowed, CRONJOB, { images: { allow: ['quay.io/acme/'] } });
    // 10 spaces, `containers: [{ name: report, image: ` is 36 more: the value starts at column 47.
    expect(at(findings)).toEqual([[11, 47]]);
  });

  it('checks nothing without an allowlist', () => {
    expect(runRule(notAllowed, DEPLOYMENT)).toEqual([]);
  });
});

describe('image-latest-tag', () => {
  it('warns on :latest and on untagged images, not on tags or digests', () => {
    const findings = runRule(latestTag, DEPLOYMENT);
    // envoyproxy/envoy (no tag) and redis:latest
    expect(at(findings)).toEqual([
      [16, 18],
      [18, 18],
    ]);
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(findings[0]!.message).toContain('without a tag or digest');
    expect(findings[1]!.hint).toContain('docker.io/library/redis:<version>');
  });
});

describe('manifests.images.allow in the config', () => {
  it('reaches the rule through the config, as `slo-gate validate` runs it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slo-gate-images-'));
    const file = join(dir, 'slo-gate.yaml');
    writeFileSync(file, 'manifests:\n  images:\n    allow: [ghcr.io/acme/, docker.io/library/]\n');
    const config = await loadConfig(file);
    expect(config.manifests.images).toEqual({ allow: ['ghcr.io/acme/', 'docker.io/library/'] });
    const options = validateOptionsFor(config.manifests, {});
    const { findings } = await validateManifests(
      [{ kind: 'text', name: 'deploy.yaml', text: DEPLOYMENT }],
      options,
      validateSchema,
    );
    expect(findings.filter((f) => f.ruleId === 'image-not-allowed').map((f) => [f.line, f.column])).toEqual([
      [11, 18],
      [16, 18],
    ]);
  });
});
