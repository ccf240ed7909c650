import { attributionHint } from '../../src/hints/attribution.js';

describe('attributionHint', () => {
  it('names the label values that carry the errors, largest first, with their share', () => {
    // 0.995 + 0.005 = 1 error/s: /refund 503 carries 99.5 %, /cart 500 the rest.
    const hint = attributionHint(
      'checkout',
      '1h',
      ['route', 'code'],
      [
        { labels: { route: '/cart', code: '500' }, value: 0.005 },
        { labels: { route: '/refund', code: '503' }, value: 0.995 },
      ],
    );
    expect(hint).toEqual({
      id: 'error-attribution',
      title: 'route=/refund code=503: 99.5% of errors over 1h',
      evidence: [
        'route=/refund code=503: 99.5% of errors over 1h',
        'route=/cart code=500: 0.5% of errors over 1h',
      ],
      slo: 'checkout',
    });
  });

  it('stops once 95 % is explained and sums up the rest', () => {
    // 96 + 2 + 1 + 1 = 100: the first contributor already explains 96 %.
    const hint = attributionHint(
      's',
      '6h',
      ['route'],
      [96, 2, 1, 1].map((value, i) => ({ labels: { route: `/r${i}` }, value })),
    );
    expect(hint!.evidence).toEqual([
      'route=/r0: 96% of errors over 6h',
      '3 more label combinations: 4% of errors',
    ]);
  });

  it('lists at most five contributors', () => {
    const hint = attributionHint(
      's',
      '1h',
      ['pod'],
      Array.from({ length: 10 }, (_, i) => ({ labels: { pod: `p${i}` }, value: 1 })),
    );
    // Ten equal contributors: five listed at 10 % each, five more carry the other 50 %.
    expect(hint!.evidence).toHaveLength(6);
    expect(hint!.evidence[5]).toBe('5 more label combinations: 50% of errors');
  });

  it('marks a label the series does not carry', () => {
    const hint = attributionHint('s', '1h', ['route', 'code'], [{ labels: { code: '500' }, value: 2 }]);
    expect(hint!.title).toBe('route=(none) code=500: 100% of errors over 1h');
  });

  it('gives no hint when there are no errors to attribute', () => {
    expect(attributionHint('s', '1h', ['route'], [])).toBeUndefined();
    expect(attributionHint('s', '1h', ['route'], [{ labels: { route: '/' }, value: 0 }])).toBeUndefined();
    expect(attributionHint('s', '1h', ['route'], [{ labels: { route: '/' }, value: NaN }])).toBeUndefined();
  });
});
