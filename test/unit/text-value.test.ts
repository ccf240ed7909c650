import { stringMap } from '../../src/k8s/labels.js';
import { valueText } from '../../src/text/value.js';

describe('valueText', () => {
  it('writes scalars as written and mappings or lists as JSON, never "[object Object]"', () => {
    expect(valueText('web')).toBe('web');
    expect(valueText(8080)).toBe('8080');
    expect(valueText(true)).toBe('true');
    expect(valueText(null)).toBe('null');
    expect(valueText({ app: 'web' })).toBe('{"app":"web"}');
    expect(valueText(['a', 1])).toBe('["a",1]');
  });

  it('keeps a mapping written as a label value readable in label maps', () => {
    expect(stringMap({ app: { name: 'web' }, tier: 2 })).toEqual({ app: '{"name":"web"}', tier: '2' });
  });
});
