import { formats } from '../../src/manifests/schema/formats.js';

const check = (name: string, value: unknown): boolean => {
  const { validate } = formats[name]!;
  return validate instanceof RegExp
    ? validate.test(String(value))
    : (validate as (v: unknown) => boolean)(value);
};

describe('schema formats (the ones kubernetes-models validators use)', () => {
  it('int32 and int64 take whole numbers in range', () => {
    expect([2147483647, -2147483648, 0].map((v) => check('int32', v))).toEqual([true, true, true]);
    expect([2147483648, -2147483649, 1.5].map((v) => check('int32', v))).toEqual([false, false, false]);
    expect([2 ** 40, 1.5].map((v) => check('int64', v))).toEqual([true, false]);
  });

  it('byte is base64', () => {
    expect(['aHVudGVyMg==', 'YWJj', ''].map((v) => check('byte', v))).toEqual([true, true, true]);
    expect(['hunter2!', 'abc', 'aGk=x'].map((v) => check('byte', v))).toEqual([false, false, false]);
  });

  it('quantity is a signed number with an optional SI, binary or exponent suffix', () => {
    expect(
      ['500m', '1', '1.5Gi', '.5', '2e3', '+1k', '128Mi', '1E'].map((v) => check('quantity', v)),
    ).toEqual(Array(8).fill(true));
    expect(['1Gb', '1.5.5', 'Mi', '1 Gi', '1mi', ''].map((v) => check('quantity', v))).toEqual(
      Array(6).fill(false),
    );
  });

  it('date-time is RFC 3339 with a time zone', () => {
    expect(
      ['2024-02-29T12:00:00Z', '2024-05-01T23:59:60Z', '2024-05-01 10:00:00+02:00'].map((v) =>
        check('date-time', v),
      ),
    ).toEqual([true, true, true]);
    expect(
      ['2023-02-29T12:00:00Z', '2024-05-01T12:00:00', '2024-05-01', 'yesterday'].map((v) =>
        check('date-time', v),
      ),
    ).toEqual([false, false, false, false]);
  });
});
