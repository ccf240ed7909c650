/**
 * positionOf reads plain block-style YAML line by line and re-parses anything else. Both must give
 * what the YAML syntax tree says. The oracle below is the rule written once more, independently,
 * over yaml's own parse: a scalar's first character; for a mapping, a list or an empty value the
 * key naming it; for a path that is not written, the nearest written ancestor.
 */
import { readFileSync } from 'node:fs';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Pair,
} from 'yaml';
import { loadText } from '../../src/manifests/load.js';
import type { Path } from '../../src/model/index.js';

const GO_YAML_TAGS: Record<string, unknown> = {
  merge: true,
  // the same reading as kubectl's go-yaml: yes/no/on/off booleans and 0-prefixed octal
  customTags: (tags: unknown[]) => [
    {
      identify: (v: unknown) => typeof v === 'boolean',
      default: true,
      tag: 'tag:yaml.org,2002:bool',
      test: /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/,
      resolve: (text: string) => /^(?:yes|Yes|YES|on|On|ON)$/.test(text),
    },
    {
      identify: (v: unknown) => typeof v === 'number',
      default: true,
      tag: 'tag:yaml.org,2002:int',
      test: /^[-+]?0[0-7]+$/,
      resolve: (text: string) => parseInt(text, 8),
    },
    ...tags,
  ],
};

function pairOf(document: Document, map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  const direct = map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
  if (direct) return direct as Pair;
  for (const pair of map.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'symbol') continue;
    const merged = isAlias(pair.value) ? pair.value.resolve(document) : pair.value;
    for (const source of isSeq(merged) ? merged.items : [merged]) {
      const found = pairOf(document, isAlias(source) ? source.resolve(document) : source, key);
      if (found) return found;
    }
  }
  return undefined;
}

function oracle(document: Document, path: Path): number {
  let node: unknown = document.contents;
  let best = (document.contents as { range: number[] }).range[0]!;
  for (const step of path) {
    if (isAlias(node)) node = node.resolve(document);
    let key: { range?: number[] | null } | undefined;
    let value: unknown;
    if (isMap(node)) {
      const pair = pairOf(document, node, String(step));
      if (!pair) break;
      key = pair.key as typeof key;
      value = pair.value;
    } else if (isSeq(node) && typeof step === 'number' && step < node.items.length) {
      value = node.items[step];
    } else {
      break;
    }
    const resolved = isAlias(value) ? value.resolve(document) : value;
    const atKey =
      !resolved || isMap(resolved) || isSeq(resolved) || (isScalar(resolved) && resolved.value === null);
    const at = atKey && key?.range ? key.range[0] : (value as { range?: number[] } | null)?.range?.[0];
    if (at !== undefined) best = at;
    node = value;
  }
  return best;
}

/** Every path to a value, plus a missing key of each mapping and one index past each list. */
function* pathsOf(value: unknown, path: Path = []): Generator<Path> {
  yield path;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) yield* pathsOf(value[index], [...path, index]);
    yield [...path, value.length];
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value))
      yield* pathsOf((value as Record<string, unknown>)[key], [...path, key]);
    yield [...path, 'notWritten'];
  }
}

function compareAll(text: string): number {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { ...GO_YAML_TAGS, lineCounter } as never) as Document[];
  const { resources, findings } = loadText(text, 'positions.yaml', { defaultNamespace: 'default' });
  expect(findings).toEqual([]);
  let compared = 0;
  for (const resource of resources) {
    // Which document, and where in it: a List item sits under items[index].
    const document = documents.find((candidate) => {
      const start = (candidate.contents as { range: number[] }).range[0]!;
      return lineCounter.linePos(start).line === resource.line;
    });
    let prefix: Path = [];
    let root = document;
    if (!root) {
      root = documents.find(
        (candidate) => String((candidate.contents as { get(k: string): unknown }).get('kind')) === 'List',
      );
      const items = (root!.toJS() as { items: unknown[] }).items;
      prefix = ['items', items.findIndex((item) => JSON.stringify(item) === JSON.stringify(resource.object))];
    }
    for (const path of pathsOf(resource.object)) {
      const { line, col } = lineCounter.linePos(oracle(root!, [...prefix, ...path]));
      expect({ path, ...resource.positionOf(path) }).toEqual({ path, line, column: col });
      compared++;
    }
  }
  return compared;
}

describe('positionOf agrees with the YAML syntax tree', () => {
  it('on every path of a file that mixes every style (block, flow, quotes, anchors, merges, lists)', () => {
    const text = readFileSync(new URL('../fixtures/manifests/positions.yaml', import.meta.url), 'utf8');
    expect(compareAll(text)).toBeGreaterThan(100);
  });

  it('with CRLF line ends', () => {
    const text =
      'apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: crlf\r\n  labels:\r\n    a: b\r\ndata:\r\n  list:\r\n  - one\r\n  - two: 2\r\n    three: 3\r\n';
    expect(compareAll(text)).toBeGreaterThan(10);
  });

  it('on generated workloads written the way helm and kustomize write them', () => {
    const text = Array.from(
      { length: 20 },
      (_, i) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: ns-${i % 3}
  labels:
    app.kubernetes.io/name: app-${i}
spec:
  replicas: ${i}
  selector:
    matchLabels:
      app.kubernetes.io/name: app-${i}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: app-${i}
    spec:
      containers:
      - name: main
        image: "registry.example.com/app:${i}"
        args: ["--port", "8080"]
        ports:
        - containerPort: 8080
          name: http
        env:
        - name: MODE
          value: ${i % 2 ? 'on' : "'on'"}
        resources: {}
`,
    ).join('---\n');
    expect(compareAll(text)).toBeGreaterThan(500);
  });
});
