import { closestKey, editDistance } from '../../src/text/suggest.js';

describe('editDistance', () => {
  test.each([
    ['kitten', 'sitting', 3], // the textbook example: k->s, e->i, +g
    ['timout', 'timeout', 1], // one letter left out
    ['timoeut', 'timeout', 1], // two neighbours swapped count as one edit
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s -> %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('closestKey', () => {
  const prometheusKeys = [
    'url',
    'headers',
    'bearerTokenFile',
    'basicAuth',
    'tls',
    'timeout',
    'retries',
    'concurrency',
  ];

  test('a typo finds the intended key', () => {
    expect(closestKey('timout', prometheusKeys)).toBe('timeout');
    expect(closestKey('retires', prometheusKeys)).toBe('retries');
    expect(closestKey('bearerTokenFle', prometheusKeys)).toBe('bearerTokenFile');
  });

  test('case and snake_case/camelCase mix-ups always match', () => {
    expect(closestKey('error_query', ['errorQuery', 'totalQuery'])).toBe('errorQuery');
    expect(closestKey('BasicAuth', prometheusKeys)).toBe('basicAuth');
  });

  test('an unrelated key gets no suggestion', () => {
    expect(
      closestKey('alertmanager', ['prometheus', 'slos', 'include', 'policy', 'mode', 'manifests']),
    ).toBeUndefined();
    // Short keys allow a single edit only: "ur" is one from "url", "xy" is three away.
    expect(closestKey('ur', prometheusKeys)).toBe('url');
    expect(closestKey('xy', prometheusKeys)).toBeUndefined();
  });
});
