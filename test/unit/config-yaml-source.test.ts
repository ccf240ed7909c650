import { UsageError } from '../../src/errors.js';
import { nodeAt, parseYamlSource, positionOf, valueCharPosition } from '../../src/config/yaml-source.js';

// Line numbers and columns below were counted by hand in this text.
const TEXT = [
  'plain: sum(rate(x[5m])) by (job)', // 1
  "single: 'it''s (x'", // 2
  'double: "a\\"b\\" (c"', // 3
  'literal: |', // 4
  '  first line', // 5
  '    second (line)', // 6
  'folded: >', // 7
  '  one', // 8
  '  two (three)', // 9
  'multi: alpha', // 10
  '  beta (gamma)', // 11
  'empty:', // 12
  'nested:', // 13
  '  list: [a, b]', // 14
].join('\n');

const source = parseYamlSource('test.yaml', TEXT);
const document = source.documents[0]!;

function charPosition(key: string, char: string) {
  const node = nodeAt(document, [key])!;
  const value = String((node as unknown as { value: unknown }).value);
  return valueCharPosition(source, node, value.indexOf(char));
}

describe('valueCharPosition maps a character of a value back to the file', () => {
  test('plain scalar: exact column', () => {
    // "sum(rate(x[5m])) " is 17 characters; the value starts at column 8.
    const node = nodeAt(document, ['plain'])!;
    expect(valueCharPosition(source, node, 17)).toEqual({ line: 1, column: 25 });
  });

  test("single-quoted scalar with a '' escape: exact column", () => {
    expect(charPosition('single', '(')).toEqual({ line: 2, column: 16 });
  });

  test('double-quoted scalar with \\" escapes: exact column', () => {
    expect(charPosition('double', '(')).toEqual({ line: 3, column: 17 });
  });

  test('block literal: the line of the character and its column after the indentation', () => {
    expect(charPosition('literal', '(')).toEqual({ line: 6, column: 12 });
  });

  test('folded block: the right line', () => {
    expect(charPosition('folded', '(')).toEqual({ line: 9, column: 7 });
  });

  test('multi-line plain scalar: the continuation line', () => {
    expect(charPosition('multi', '(')).toEqual({ line: 11, column: 8 });
  });

  test('an offset at the end of the value points just after its last character', () => {
    const node = nodeAt(document, ['plain'])!;
    // "sum(rate(x[5m])) by (job)" is 25 characters: columns 8..32.
    expect(valueCharPosition(source, node, 25)).toEqual({ line: 1, column: 33 });
  });
});

describe('positionOf', () => {
  test('a scalar: its first character', () => {
    expect(positionOf(source, document, ['plain'])).toEqual({ line: 1, column: 8 });
  });

  test('a key written with nothing after it: the key', () => {
    expect(positionOf(source, document, ['empty'])).toEqual({ line: 12, column: 1 });
  });

  test('a list value: the key that names it', () => {
    expect(positionOf(source, document, ['nested', 'list'])).toEqual({ line: 14, column: 3 });
  });

  test('an item of a flow list: its first character (the finder manifests use too)', () => {
    // line 14 is "  list: [a, b]": b is the 13th character.
    expect(positionOf(source, document, ['nested', 'list', 1])).toEqual({ line: 14, column: 13 });
  });

  test('a missing key: the nearest enclosing value that exists', () => {
    expect(positionOf(source, document, ['nested', 'missing', 'deeper'])).toEqual({ line: 13, column: 1 });
  });
});

describe('parseYamlSource', () => {
  test('a syntax error is a UsageError at the position the yaml library reports', () => {
    // A flow sequence never closed: the library notices at the start of line 3.
    const parse = () => parseYamlSource('broken.yaml', 'a: 1\nb: [1, 2\nc: 3\n');
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(/^broken\.yaml:3:1: YAML syntax error: .*\]/);
  });

  test('a duplicate key is a syntax error at the second occurrence', () => {
    expect(() => parseYamlSource('dup.yaml', 'mode: enforce\nmode: advisory\n')).toThrow(
      /^dup\.yaml:2:1: YAML syntax error: Map keys must be unique/,
    );
  });

  test('documents holding only comments are left out', () => {
    expect(parseYamlSource('c.yaml', '# only a comment\n').documents).toHaveLength(0);
    expect(parseYamlSource('c.yaml', 'a: 1\n---\n# nothing\n').documents).toHaveLength(1);
  });
});
