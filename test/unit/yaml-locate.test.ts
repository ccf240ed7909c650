/**
 * The one position finder (src/yaml/locate.ts): path -> line/column for documents read by
 * readYamlStream. Every expected line and column below was counted by hand in the texts.
 */
import { LineIndex } from '../../src/yaml/lines.js';
import { positionOf, type LocatableDocument } from '../../src/yaml/locate.js';
import type { Path } from '../../src/model/index.js';
import { readYamlStream } from '../../src/yaml/read.js';

/** The documents of `text`, each counting how often the finder asked for its syntax tree. */
function documentsOf(text: string): { document: LocatableDocument; treeCalls: () => number }[] {
  const found: { document: LocatableDocument; treeCalls: () => number }[] = [];
  readYamlStream(new LineIndex(text), {
    value({ locatable }) {
      let calls = 0;
      const document = {
        ...locatable,
        tree: () => {
          calls++;
          return locatable.tree();
        },
      };
      found.push({ document, treeCalls: () => calls });
    },
    problem(offset, message) {
      throw new Error(`unexpected problem at ${offset}: ${message}`);
    },
    template(offset) {
      throw new Error(`unexpected template at ${offset}`);
    },
  });
  return found;
}

const BLOCK = [
  'apiVersion: v1', // 1
  'kind: Service', // 2
  'metadata:', // 3
  '  name: web', // 4
  '  labels:', // 5
  '    "app.kubernetes.io/name": web', // 6
  "    'tier': front", // 7
  'spec:', // 8
  '  ports:', // 9
  '    - name: http', // 10
  '      port: 80', // 11
  '    - name: admin', // 12
  '      port: 9090', // 13
  '  selector:', // 14
  '  type: ClusterIP', // 15
];

const FLOW = [
  '---', // 16
  'apiVersion: v1', // 17
  'kind: ConfigMap', // 18
  'metadata: {name: cfg, labels: {a: b}}', // 19
  'data:', // 20
  '  list: [x, "y z"]', // 21
];

const BLOCK_CASES: [string, Path, number, number][] = [
  ['the document itself: its first key', [], 1, 1],
  ['a scalar: its first character', ['metadata', 'name'], 4, 9],
  ['a mapping: the key that names it', ['metadata', 'labels'], 5, 3],
  ['a double-quoted key', ['metadata', 'labels', 'app.kubernetes.io/name'], 6, 31],
  ['a single-quoted key', ['metadata', 'labels', 'tier'], 7, 13],
  ['a list: the key that names it', ['spec', 'ports'], 9, 3],
  ['a list item that is a mapping: its first key', ['spec', 'ports', 1], 12, 7],
  ['a scalar inside a list item', ['spec', 'ports', 1, 'port'], 13, 13],
  ['a key with nothing after it: the key', ['spec', 'selector'], 14, 3],
  ['a missing key: the nearest written ancestor', ['spec', 'missing', 'deeper'], 8, 1],
  ['an index past the end of a list: the list', ['spec', 'ports', 5], 9, 3],
  ['a path through a scalar: the scalar', ['spec', 'type', 'deeper'], 15, 9],
];

describe('positionOf in block-style YAML', () => {
  const { document, treeCalls } = documentsOf(BLOCK.join('\n'))[0]!;

  test.each(BLOCK_CASES)('%s', (_, path, line, column) => {
    expect(positionOf(document, path)).toEqual({ line, column });
  });

  test('reads the lines only: no syntax tree is asked for', () => {
    for (const [, path] of BLOCK_CASES) positionOf(document, path);
    expect(treeCalls()).toBe(0);
  });

  test('CRLF line ends give the same lines and columns', () => {
    const { document: crlf, treeCalls: crlfTreeCalls } = documentsOf(BLOCK.join('\r\n'))[0]!;
    for (const [, path, line, column] of BLOCK_CASES)
      expect(positionOf(crlf, path)).toEqual({ line, column });
    expect(crlfTreeCalls()).toBe(0);
  });
});

describe('positionOf in flow-style YAML and in later documents of a stream', () => {
  const documents = documentsOf([...BLOCK, ...FLOW].join('\n'));
  const { document, treeCalls } = documents[1]!;

  test('a stream of two documents is two documents', () => {
    expect(documents).toHaveLength(2);
  });

  test('the second document starts on its own line (17), not at the top of the text', () => {
    expect(positionOf(document, [])).toEqual({ line: 17, column: 1 });
  });

  test('a flow mapping as a whole: the key that names it, found from the lines', () => {
    expect(positionOf(document, ['metadata'])).toEqual({ line: 19, column: 1 });
    expect(treeCalls()).toBe(0);
  });

  test('a scalar inside a flow mapping: its first character, found in the syntax tree', () => {
    expect(positionOf(document, ['metadata', 'name'])).toEqual({ line: 19, column: 18 });
    expect(positionOf(document, ['metadata', 'labels', 'a'])).toEqual({ line: 19, column: 35 });
    expect(treeCalls()).toBeGreaterThan(0);
  });

  test('a quoted item of a flow list: its opening quote', () => {
    expect(positionOf(document, ['data', 'list', 1])).toEqual({ line: 21, column: 13 });
  });

  test('the CRLF stream gives the same positions', () => {
    const crlf = documentsOf([...BLOCK, ...FLOW].join('\r\n'))[1]!.document;
    expect(positionOf(crlf, ['metadata', 'labels', 'a'])).toEqual({ line: 19, column: 35 });
    expect(positionOf(crlf, ['data', 'list', 1])).toEqual({ line: 21, column: 13 });
  });
});

describe('positionOf through anchors and merge keys (go-yaml reads `<<` as a merge)', () => {
  const text = [
    'base: &base', // 1
    '  image: nginx', // 2
    'spec:', // 3
    '  <<: *base', // 4
    '  replicas: 2', // 5
  ].join('\n');
  const { document } = documentsOf(text)[0]!;

  test('a merged key: where it is written in the anchored mapping', () => {
    expect(positionOf(document, ['spec', 'image'])).toEqual({ line: 2, column: 10 });
  });

  test('a key of the mapping itself, next to the merge', () => {
    expect(positionOf(document, ['spec', 'replicas'])).toEqual({ line: 5, column: 13 });
  });
});
