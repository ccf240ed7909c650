import { Readable } from 'node:stream';
import { loadBytes, loadText } from '../../src/manifests/load.js';
import { loadStream, STDIN_FILE } from '../../src/manifests/sources.js';

const OPTIONS = { defaultNamespace: 'shop' };
const load = (text: string) => loadText(text, 'manifests.yaml', OPTIONS);

describe('loadText: resources of a multi-document stream', () => {
  // Line numbers are counted by hand: the stream starts at line 1.
  const stream = [
    '# leading comment', //             1
    'apiVersion: v1', //                 2
    'kind: Service', //                  3
    'metadata:', //                      4
    '  name: web', //                    5
    '  labels: { app: web, tier: 1 }', // 6
    '  annotations:', //                 7
    '    note: hello', //                8
    'spec:', //                          9
    '  ports:', //                       10
    '    - port: 80', //                 11
    '      targetPort: http', //         12
    '---', //                            13
    'apiVersion: v1', //                 14
    'kind: Namespace', //                15
    'metadata:', //                      16
    '  name: shop', //                   17
    '  namespace: ignored', //           18
    '---', //                            19
    '---', //                            20
    '  # only a comment', //             21
    '---', //                            22
    'apiVersion: apps/v1', //            23
    'kind: Deployment', //               24
    'metadata: { name: api, namespace: payments }', // 25
    '',
  ].join('\n');

  const { resources, findings } = load(stream);

  it('reads every document, skipping empty ones without a finding', () => {
    expect(findings).toEqual([]);
    expect(resources.map((r) => r.id)).toEqual([
      'Service/shop/web',
      'Namespace/shop',
      'Deployment/payments/api',
    ]);
  });

  it('puts namespaced resources without a namespace in the default one, cluster-scoped ones in none', () => {
    expect(resources.map((r) => [r.kind, r.namespace, r.name])).toEqual([
      ['Service', 'shop', 'web'],
      ['Namespace', '', 'shop'],
      ['Deployment', 'payments', 'api'],
    ]);
  });

  it('keeps labels and annotations as strings, and the object as plain data', () => {
    const web = resources[0]!;
    expect(web.labels).toEqual({ app: 'web', tier: '1' });
    expect(web.annotations).toEqual({ note: 'hello' });
    expect(web.apiVersion).toBe('v1');
    expect(web.object).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', labels: { app: 'web', tier: 1 }, annotations: { note: 'hello' } },
      spec: { ports: [{ port: 80, targetPort: 'http' }] },
    });
    expect(web.file).toBe('manifests.yaml');
  });

  it('gives where each document starts (its first key, not the --- line)', () => {
    expect(resources.map((r) => [r.line, r.column])).toEqual([
      [2, 1],
      [14, 1],
      [23, 1],
    ]);
  });

  it('points positionOf at scalar values, at the key of collections, and at the nearest written ancestor', () => {
    const web = resources[0]!;
    expect(web.positionOf(['metadata', 'name'])).toEqual({ line: 5, column: 9 });
    expect(web.positionOf(['spec', 'ports', 0, 'targetPort'])).toEqual({ line: 12, column: 19 });
    expect(web.positionOf(['spec', 'ports', 0])).toEqual({ line: 11, column: 7 });
    expect(web.positionOf(['spec', 'ports'])).toEqual({ line: 10, column: 3 });
    expect(web.positionOf(['metadata', 'labels', 'tier'])).toEqual({ line: 6, column: 29 });
    // Absent: spec.selector is not written -> spec; ports[3] does not exist -> ports.
    expect(web.positionOf(['spec', 'selector', 'app'])).toEqual({ line: 9, column: 1 });
    expect(web.positionOf(['spec', 'ports', 3, 'port'])).toEqual({ line: 10, column: 3 });
    expect(web.positionOf([])).toEqual({ line: 2, column: 1 });
    const api = resources[2]!;
    expect(api.positionOf(['metadata', 'namespace'])).toEqual({ line: 25, column: 35 });
  });

  it('answers right when positions of different documents are asked in turn', () => {
    const [web, namespace, api] = resources;
    expect([
      api!.positionOf(['kind']),
      web!.positionOf(['kind']),
      namespace!.positionOf(['metadata', 'namespace']),
      api!.positionOf(['metadata', 'name']),
    ]).toEqual([
      { line: 24, column: 7 },
      { line: 3, column: 7 },
      { line: 18, column: 14 },
      { line: 25, column: 19 },
    ]);
  });
});

describe('loadText: process.env', () => {
  it('is the real environment again after parsing (and while positions are re-read)', () => {
    const env = process.env;
    const { resources } = load('apiVersion: v1\nkind: Pod\nmetadata: { name: p }\n');
    expect(process.env).toBe(env);
    resources[0]!.positionOf(['metadata', 'name']);
    expect(process.env).toBe(env);
    expect(process.env.PATH).toBeTruthy();
  });
});

describe('loadText: positions through anchors, merge keys, flow style and JSON', () => {
  it('follows aliases and << merges to where the value is written', () => {
    const text = [
      'apiVersion: v1', //             1
      'kind: ConfigMap', //            2
      'metadata:', //                  3
      '  name: settings', //           4
      '  labels: &common', //          5
      '    app: web', //               6
      '  annotations:', //             7
      '    <<: *common', //            8
      '    extra: more', //            9
      'data:', //                      10
      '  copy: *common', //            11
      '',
    ].join('\n');
    const [settings] = load(text).resources;
    expect(settings!.annotations).toEqual({ app: 'web', extra: 'more' });
    expect(settings!.positionOf(['metadata', 'annotations', 'extra'])).toEqual({ line: 9, column: 12 });
    // app comes in through the merge: it is written at line 6.
    expect(settings!.positionOf(['metadata', 'annotations', 'app'])).toEqual({ line: 6, column: 10 });
    expect(settings!.positionOf(['data', 'copy', 'app'])).toEqual({ line: 6, column: 10 });
  });

  it('reads scalars as kubectl (go-yaml) does: yes/no/on/off are booleans, a leading 0 is octal', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: { name: modes, annotations: { a: yes, b: "yes", c: Off, d: y } }',
      'data: { mode: 0644, decimal: 644, explicit: 0o17, word: no-op, zero: 0 }',
    ].join('\n');
    const [modes] = load(text).resources;
    expect(modes!.object.metadata).toEqual({
      name: 'modes',
      annotations: { a: true, b: 'yes', c: false, d: 'y' },
    });
    expect(modes!.object.data).toEqual({ mode: 420, decimal: 644, explicit: 15, word: 'no-op', zero: 0 });
    // Labels and annotations are string maps: the boolean reads back as kubectl would print it.
    expect(modes!.annotations).toEqual({ a: 'true', b: 'yes', c: 'false', d: 'y' });
  });

  it('reads JSON documents with positions', () => {
    const text = '{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "metadata": {"name": "token"}\n}\n';
    const [secret] = loadText(text, 'secret.json', OPTIONS).resources;
    expect(secret!.id).toBe('Secret/shop/token');
    expect(secret!.file).toBe('secret.json');
    expect(secret!.positionOf(['metadata', 'name'])).toEqual({ line: 4, column: 24 });
  });

  it('shows the generateName prefix in the id of a resource without a name', () => {
    const [job] = load('apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\n').resources;
    expect(job!.name).toBe('');
    expect(job!.id).toBe('Job/shop/migrate-*');
  });

  it('strips a UTF-8 byte order mark without shifting columns', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('apiVersion: v1\nkind: Pod\nmetadata: { name: p }\n'),
    ]);
    const { resources, findings } = loadBytes(bytes, 'pod.yaml', OPTIONS);
    expect(findings).toEqual([]);
    expect(resources[0]!.positionOf(['kind'])).toEqual({ line: 2, column: 7 });
  });
});

describe('loadText: kind List is flattened', () => {
  const text = [
    'apiVersion: v1', //                  1
    'kind: List', //                      2
    'items:', //                          3
    '  - apiVersion: v1', //              4
    '    kind: Service', //               5
    '    metadata:', //                   6
    '      name: web', //                 7
    '  - apiVersion: apps/v1', //         8
    '    kind: Deployment', //            9
    '    metadata: { name: web, namespace: prod }', // 10
    '    spec:', //                       11
    '      replicas: 2', //               12
    '  - just a string', //               13
    '---', //                             14
    'apiVersion: apps/v1', //             15
    'kind: DeploymentList', //            16
    'items:', //                          17
    '- apiVersion: apps/v1', //           18
    '  kind: Deployment', //              19
    '  metadata: { name: api }', //       20
    '',
  ].join('\n');
  const { resources, findings } = load(text);

  it('makes every item a resource with its own start line', () => {
    expect(resources.map((r) => [r.id, r.line, r.column])).toEqual([
      ['Service/shop/web', 4, 5],
      ['Deployment/prod/web', 8, 5],
      ['Deployment/shop/api', 18, 3],
    ]);
  });

  it('resolves positions inside each item', () => {
    expect(resources[0]!.positionOf(['metadata', 'name'])).toEqual({ line: 7, column: 13 });
    expect(resources[1]!.positionOf(['spec', 'replicas'])).toEqual({ line: 12, column: 17 });
    expect(resources[1]!.positionOf(['metadata', 'namespace'])).toEqual({ line: 10, column: 39 });
    expect(resources[2]!.positionOf(['spec'])).toEqual({ line: 18, column: 3 });
  });

  it('skips an item that is not an object with an info at its line', () => {
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'resource-skipped',
        severity: 'info',
        line: 13,
        column: 5,
        resource: '',
      }),
    ]);
    expect(findings[0]!.message).toContain('List item 2 is a string');
  });
});

describe('loadText: one bad document never stops the others', () => {
  const service = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}`;

  it('reports a syntax error at its line and reads the documents around it', () => {
    const text = [
      service('before'), // lines 1-4
      '---', //                                5
      'apiVersion: v1', //                     6
      'kind: Service', //                      7
      'metadata:', //                          8
      '  name: broken', //                     9
      ' labels: {}', //                        10  (bad indentation)
      '---', //                                11
      service('after'),
    ].join('\n');
    const { resources, findings } = load(text);
    expect(resources.map((r) => r.name)).toEqual(['before', 'after']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'yaml-syntax',
      severity: 'error',
      file: 'manifests.yaml',
      line: 10,
    });
    expect(findings[0]!.message).toMatch(/^YAML syntax error: /);
    expect(findings[0]!.hint).toBeTruthy();
  });

  it('does not let an unclosed quote swallow the next documents', () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: "web',
      '---',
      service('after'),
    ].join('\n');
    const { resources, findings } = load(text);
    expect(resources.map((r) => r.name)).toEqual(['after']);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'yaml-syntax', line: 4, column: 9 })]);
  });

  it('reports a repeated key with a hint to remove one', () => {
    const text = ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: a', '  name: b', ''].join('\n');
    const { resources, findings } = load(text);
    expect(resources).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'yaml-syntax', line: 5, column: 3 })]);
    expect(findings[0]!.hint).toMatch(/remove one of the two keys/);
  });

  it('bounds an alias bomb ("billion laughs") and reads on', () => {
    const bomb = [
      'apiVersion: v1', //                                     1
      'kind: ConfigMap', //                                    2
      'metadata: { name: lol }', //                            3
      'data:', //                                              4
      '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      '  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      '  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      '  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      '  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      '  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      '  g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      '---',
      service('after'),
    ].join('\n');
    const { resources, findings } = load(bomb);
    expect(resources.map((r) => r.name)).toEqual(['after']);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'yaml-syntax', line: 1, column: 1 })]);
    expect(findings[0]!.message).toMatch(/aliases expand beyond/);
  });

  it.each([
    [
      'block mappings',
      (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
    ],
    ['block sequences', (depth: number) => `a:\n${'- '.repeat(depth)}x`],
    // So deep that the parser itself, not only the composer, runs out of stack.
    ['100,000-deep block sequences', (depth: number) => `a:\n${'- '.repeat(depth * 10)}x`],
    ['flow sequences', (depth: number) => `a: ${'['.repeat(depth)}${']'.repeat(depth)}`],
    ['flow mappings', (depth: number) => `a: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`],
  ])('survives 10,000-deep %s with a finding, and reads on', (_, nest) => {
    const text = `${service('before')}\n---\n# deep\n${nest(10_000)}\n---\n${service('after')}\n`;
    const { resources, findings } = load(text);
    expect(resources.map((r) => r.name)).toEqual(['before', 'after']);
    expect(findings).toHaveLength(1);
    // The deep document's first line is line 7, after "# deep".
    expect(findings[0]).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error', line: 7, column: 1 });
    expect(findings[0]!.message).toMatch(/^YAML nested too deeply to read/);
  });
});

describe('loadText: leftover template syntax', () => {
  it('reports an unquoted Helm action at its line and nothing else for that document', () => {
    const text = [
      'apiVersion: v1', //                         1
      'kind: Service', //                          2
      'metadata:', //                              3
      '  name: {{ include "web.fullname" . }}', // 4
      'spec:', //                                  5
      '  ports:', //                               6
      '    - port: {{ .Values.port }}', //         7
      '---',
      'apiVersion: v1\nkind: Service\nmetadata: { name: rendered }',
    ].join('\n');
    const { resources, findings } = load(text);
    expect(resources.map((r) => r.name)).toEqual(['rendered']);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'unrendered-template',
        severity: 'error',
        line: 4,
        column: 9,
        resource: '',
      }),
    ]);
    expect(findings[0]!.message).toContain('{{ include "web.fullname" . }}');
    expect(findings[0]!.hint).toMatch(/helm template/);
  });

  it('reports template control lines that break the YAML as a template, not a syntax error', () => {
    const text = [
      '{{- if .Values.ingress.enabled }}', // 1
      'apiVersion: networking.k8s.io/v1', //  2
      'kind: Ingress', //                     3
      'metadata:', //                         4
      '  name: web', //                       5
      '{{- end }}', //                        6
    ].join('\n');
    const { resources, findings } = load(text);
    expect(resources).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'unrendered-template', line: 1, column: 1 }),
    ]);
  });

  it('reports Helm objects left inside quoted values', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: "{{ .Release.Name }}-config"',
      '',
    ].join('\n');
    const { resources, findings } = load(text);
    expect(resources).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'unrendered-template', line: 4, column: 10 }),
    ]);
  });

  it('leaves alert and workflow templates alone: their braces are meant literally', () => {
    const text = [
      'apiVersion: monitoring.coreos.com/v1',
      'kind: PrometheusRule',
      'metadata: { name: alerts }',
      'spec:',
      '  groups:',
      '    - name: web',
      '      rules:',
      '        - alert: Down',
      '          expr: up == 0',
      '          annotations:',
      '            summary: Instance {{ $labels.instance }} is down',
      '            description: "{{ $value }} for {{ .Labels.job }}"',
      '---',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Workflow',
      'metadata: { name: wf }',
      'spec:',
      "  arguments: { parameters: [{ name: msg, value: '{{workflow.name}}' }] }",
    ].join('\n');
    const { resources, findings } = load(text);
    expect(findings).toEqual([]);
    expect(resources.map((r) => r.kind)).toEqual(['PrometheusRule', 'Workflow']);
  });
});

describe('loadText: documents that are not resources', () => {
  it('reads empty text, blank lines and comment-only documents as nothing', () => {
    expect(load('')).toEqual({ resources: [], findings: [] });
    expect(load('\n\n   \n')).toEqual({ resources: [], findings: [] });
    expect(load('# nothing\n---\n---\n...\n')).toEqual({ resources: [], findings: [] });
    expect(load('~\n')).toEqual({ resources: [], findings: [] });
  });

  it('skips YAML without apiVersion or kind with an info naming what is missing', () => {
    const text = 'replicaCount: 3\n---\nkind: Service\nmetadata: { name: web }\n---\n- a\n- b\n';
    const { resources, findings } = load(text);
    expect(resources).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([
      ['resource-skipped', 'info', 1, 1],
      ['resource-skipped', 'info', 3, 1],
      ['resource-skipped', 'info', 6, 1],
    ]);
    expect(findings[0]!.message).toBe(
      'the document has no apiVersion and kind: not a Kubernetes object, skipped',
    );
    expect(findings[1]!.message).toBe('the document has no apiVersion: not a Kubernetes object, skipped');
    expect(findings[2]!.message).toBe('the document is a list, not a Kubernetes object: skipped');
  });
});

describe('loadBytes: text checks', () => {
  it('reports binary content without parsing it', () => {
    const { resources, findings } = loadBytes(
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      'chart.yaml',
      OPTIONS,
    );
    expect(resources).toEqual([]);
    expect(findings).toEqual([
      {
        ruleId: 'input-unreadable',
        severity: 'error',
        file: 'chart.yaml',
        line: 1,
        column: 1,
        resource: '',
        message: 'chart.yaml is a binary file, not YAML text',
        hint: expect.any(String),
      },
    ]);
  });

  it('reports bytes that are not UTF-8', () => {
    const latin1 = Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: { name: caf\xe9 }\n', 'latin1');
    const { findings } = loadBytes(latin1, 'cm.yaml', OPTIONS);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'input-unreadable', message: 'cm.yaml is not UTF-8 text' }),
    ]);
  });

  it('reports UTF-16 text with the fix', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kind: Pod\n', 'utf16le')]);
    const { findings } = loadBytes(utf16, 'pod.yaml', OPTIONS);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'input-unreadable', message: 'pod.yaml is UTF-16 text, not UTF-8' }),
    ]);
    expect(findings[0]!.hint).toMatch(/UTF-8/);
  });

  it('reports bytes over the size limit', () => {
    const { findings } = loadBytes(Buffer.alloc(2048, 0x20), 'big.yaml', { ...OPTIONS, maxFileBytes: 1024 });
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'input-unreadable',
        message: 'big.yaml is 2 KiB, over the 1 KiB limit',
      }),
    ]);
  });
});

describe('loadStream (stdin)', () => {
  it('reads a stream of documents', async () => {
    const stream = Readable.from([
      Buffer.from('apiVersion: v1\nkind: Service\nmeta'),
      Buffer.from('data: { name: web }\n'),
    ]);
    const { resources, findings } = await loadStream(stream, STDIN_FILE, OPTIONS);
    expect(findings).toEqual([]);
    expect(resources.map((r) => [r.id, r.file])).toEqual([['Service/shop/web', '<stdin>']]);
  });

  it('stops reading past the size limit with a finding', async () => {
    const stream = Readable.from([Buffer.alloc(600, 0x20), Buffer.alloc(600, 0x20)]);
    const { resources, findings } = await loadStream(stream, STDIN_FILE, { ...OPTIONS, maxFileBytes: 1000 });
    expect(resources).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'input-unreadable',
        file: '<stdin>',
        message: '<stdin> is larger than the 1000 bytes limit',
      }),
    ]);
  });
});
