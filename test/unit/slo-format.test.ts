import { clean, readableNumber, readablePercent, readableRate } from '../../src/slo/format.js';

describe('clean', () => {
  it('removes the float noise of 1 − 0.999 (0.0010000000000000009)', () => {
    expect(1 - 0.999).not.toBe(0.001);
    expect(clean(1 - 0.999)).toBe(0.001);
  });

  it('makes 0.02 / (1 − 0.999) exactly 20', () => {
    expect(clean(0.02 / (1 - 0.999))).toBe(20);
  });

  it('keeps real differences: 14.41 stays above 14.4', () => {
    expect(clean(0.01441 / 0.001)).toBe(14.41);
  });

  it.each([0, Infinity, -Infinity])('leaves %d as it is', (value) => expect(clean(value)).toBe(value));

  it('leaves NaN as NaN', () => expect(clean(NaN)).toBeNaN());
});

describe('readableNumber', () => {
  it.each([
    [14.4, '14.4'],
    [14.399999999999986, '14.4'],
    [15.051, '15.05'],
    [20, '20'],
    [-25, '-25'],
    [1234.5678, '1234.57'],
    // Below 1: three significant digits, so 0.125 and 0.005 survive.
    [0.125, '0.125'],
    [0.005, '0.005'],
    [1 / 3, '0.333'],
    [0, '0'],
    [-0, '0'],
  ])('writes %d as %s', (value, text) => expect(readableNumber(value)).toBe(text));
});

describe('readablePercent', () => {
  it.each([
    [0.02, '2%'],
    [0.1, '10%'],
    [-0.25, '-25%'],
    [0, '0%'],
    // 0.00125 = 0.125 %, 1 − 0.999 = 0.1 %, 1 − 0.99995 = 0.005 %.
    [0.00125, '0.125%'],
    [1 - 0.999, '0.1%'],
    [1 - 0.99995, '0.005%'],
    // 75.875 % rounds half up to 75.88 %.
    [0.75875, '75.88%'],
    // 10 × 3600 / 2592000 = 0.013888… = 1.3888… %.
    [(10 * 3600) / 2592000, '1.39%'],
  ])('writes %d as %s', (fraction, text) => expect(readablePercent(fraction)).toBe(text));
});

describe('readableRate', () => {
  it.each([
    [14.4, '14.4x'],
    [6, '6x'],
    [0.9333333333, '0.933x'],
  ])('writes %d as %s', (rate, text) => expect(readableRate(rate)).toBe(text));
});
