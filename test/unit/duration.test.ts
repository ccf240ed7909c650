import { formatDuration, formatIsoDuration, parseDuration } from '../../src/slo/duration.js';

describe('parseDuration', () => {
  it.each([
    ['5m', 300],
    ['1h30m', 5400],
    ['30d', 2592000],
    ['1w', 604800],
    ['500ms', 0.5],
    ['2h', 7200],
  ])('reads %s as %d seconds', (text, seconds) => expect(parseDuration(text)).toBe(seconds));

  it.each(['', '5', 'm5', '30 days', '1m1h', '0s', '-5m', '1.5h'])('rejects %j', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );
});

describe('formatDuration', () => {
  it.each([
    [300, '5m'],
    [5400, '1h30m'],
    [2592000, '30d'],
    [93600, '1d2h'],
  ])('writes %d seconds as %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));
});

describe('formatIsoDuration', () => {
  it.each([
    [35 * 3600, 'PT35H'],
    [90 * 60, 'PT1H30M'],
    [90, 'PT2M'], // 1.5 minutes rounds up
    [0, 'PT0S'],
    [3 * 86400, 'PT72H'],
  ])('writes %d seconds as %s', (seconds, text) => expect(formatIsoDuration(seconds)).toBe(text));
});
