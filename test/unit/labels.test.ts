import { describeSelector, mapSelectorMatches, selectorMatches } from '../../src/k8s/labels.js';

describe('selectorMatches (metav1.LabelSelector)', () => {
  const pod = { app: 'web', tier: 'front' };
  it.each([
    [{}, true], // empty selector selects everything
    [{ matchLabels: { app: 'web' } }, true],
    [{ matchLabels: { app: 'db' } }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'In' as const, values: ['front', 'back'] }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn' as const, values: ['front'] }] }, false],
    [{ matchExpressions: [{ key: 'zone', operator: 'NotIn' as const, values: ['a'] }] }, true], // absent key satisfies NotIn
    [{ matchExpressions: [{ key: 'app', operator: 'Exists' as const }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' as const }] }, false],
    [
      {
        matchLabels: { app: 'web' },
        matchExpressions: [{ key: 'tier', operator: 'In' as const, values: ['back'] }],
      },
      false,
    ], // ANDed
  ])('%j -> %s', (selector, expected) => expect(selectorMatches(selector, pod)).toBe(expected));
});

describe('mapSelectorMatches (Service selector)', () => {
  it('needs every pair; an empty map selects nothing', () => {
    expect(mapSelectorMatches({ app: 'web' }, { app: 'web', x: '1' })).toBe(true);
    expect(mapSelectorMatches({ app: 'web', x: '2' }, { app: 'web', x: '1' })).toBe(false);
    expect(mapSelectorMatches({}, { app: 'web' })).toBe(false);
  });
});

describe('describeSelector', () => {
  it('writes selectors as kubectl does', () => {
    expect(
      describeSelector({
        matchLabels: { app: 'zk' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'x', operator: 'Exists' },
        ],
      }),
    ).toBe('app=zk,tier in (a,b),x');
    expect(describeSelector({ app: 'web' })).toBe('app=web');
    expect(describeSelector({})).toBe('(everything)');
  });
});
