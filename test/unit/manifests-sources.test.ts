/**
 * validateManifests on sources other than paths: a text with a display name, and documents already
 * parsed (Argo CD's target manifests) with a display name. Findings show the display name as their
 * file; one bundle holds the resources of every source. Lines were counted by hand.
 */
import type { ManifestSource } from '../../src/manifests/sources.js';
import { validateSchema } from '../../src/manifests/schema.js';
import { validateManifests } from '../../src/manifests/validate.js';

const OPTIONS = { defaultNamespace: 'shop', strictReferences: false, overrides: {} };

const SERVICE_TEXT = [
  'apiVersion: v1', // 1
  'kind: Service', // 2
  'metadata:', // 3
  '  name: web', // 4
  'spec:', // 5
  '  selector:', // 6
  '    app: nope', // 7
  '  ports:', // 8
  '    - port: 80', // 9
].join('\n');

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: 'registry.example.com/web:1.0' }] },
    },
  },
};

const serviceObject = (name: string, app: string) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'shop' },
  spec: { selector: { app }, ports: [{ port: 80 }] },
});

const selectsNoPods = (findings: { ruleId: string }[]) =>
  findings.filter((f) => f.ruleId === 'service-selects-no-pods');

describe('a text source', () => {
  it('is read as YAML and its findings name it, at the line and column of the value', async () => {
    const sources: ManifestSource[] = [{ kind: 'text', name: 'rendered/web.yaml', text: SERVICE_TEXT }];
    const { bundle, findings } = await validateManifests(sources, OPTIONS, validateSchema);
    expect(bundle.resources.map((r) => r.id)).toEqual(['Service/shop/web']);
    // The selector is a mapping: the finding points at the key `selector` (line 6, column 3).
    expect(selectsNoPods(findings)).toMatchObject([{ file: 'rendered/web.yaml', line: 6, column: 3 }]);
  });
});

describe('a documents source', () => {
  it('takes the objects as they are: a string stays a string where YAML would read a boolean', async () => {
    const annotated = {
      ...deployment,
      metadata: { ...deployment.metadata, annotations: { enabled: 'yes' } },
    };
    const sources: ManifestSource[] = [{ kind: 'documents', name: 'argocd:shop', documents: [annotated] }];
    const { bundle } = await validateManifests(sources, OPTIONS, validateSchema);
    expect(bundle.resources[0]!.annotations).toEqual({ enabled: 'yes' });
    expect(bundle.resources[0]!.object).toBe(annotated);
  });

  it("names the source in findings, on the line of the document's number", async () => {
    const sources: ManifestSource[] = [
      {
        kind: 'documents',
        name: 'argocd:shop',
        documents: [
          deployment,
          serviceObject('web', 'web'),
          serviceObject('ghost', 'missing'),
          'not an object',
        ],
      },
    ];
    const { bundle, findings } = await validateManifests(sources, OPTIONS, validateSchema);
    expect(bundle.resources.map((r) => r.id)).toEqual([
      'Deployment/shop/web',
      'Service/shop/web',
      'Service/shop/ghost',
    ]);
    expect(selectsNoPods(findings)).toMatchObject([
      { file: 'argocd:shop', line: 3, column: 1, resource: 'Service/shop/ghost' },
    ]);
    expect(findings.filter((f) => f.ruleId === 'resource-skipped')).toMatchObject([
      { file: 'argocd:shop', line: 4, column: 1, message: expect.stringContaining('is a string') },
    ]);
  });

  it('reads the items of a List as resources of their own', async () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [deployment, serviceObject('web', 'web')] };
    const sources: ManifestSource[] = [{ kind: 'documents', name: 'argocd:shop', documents: [list] }];
    const { bundle } = await validateManifests(sources, OPTIONS, validateSchema);
    expect(bundle.resources.map((r) => [r.id, r.file, r.line])).toEqual([
      ['Deployment/shop/web', 'argocd:shop', 1],
      ['Service/shop/web', 'argocd:shop', 1],
    ]);
  });
});

describe('several sources', () => {
  it('make one bundle: the text Service finds its pods in the in-memory Deployment', async () => {
    const text = SERVICE_TEXT.replace('app: nope', 'app: web');
    const sources: ManifestSource[] = [
      { kind: 'text', name: 'service.yaml', text },
      { kind: 'documents', name: 'argocd:shop', documents: [deployment] },
    ];
    const { bundle, findings } = await validateManifests(sources, OPTIONS, validateSchema);
    expect(bundle.resources.map((r) => `${r.file} ${r.id}`)).toEqual([
      'service.yaml Service/shop/web',
      'argocd:shop Deployment/shop/web',
    ]);
    expect(selectsNoPods(findings)).toEqual([]);
  });
});
