import {
  findSyntaxError,
  findTemplateSyntaxError,
  groupBy,
  isLabelName,
  PromqlRewriteError,
  substituteWindow,
  totalQueryUnit,
} from '../../src/promql/index.js';

describe('findSyntaxError', () => {
  it.each([
    'sum(rate(http_requests_total{service="checkout",code=~"5.."}[5m]))',
    'sum(rate(x[5m])) / sum(rate(y[5m]))',
    "x{a='b'}",
    'sum(rate(x[5m])) or vector(0)',
    '1 - (sum(rate(ok[30d])) / sum(rate(all[30d])))',
  ])('accepts valid PromQL: %s', (query) => {
    expect(findSyntaxError(query)).toBeUndefined();
  });

  it('rejects an empty or blank query at offset 0', () => {
    expect(findSyntaxError('')).toEqual({ offset: 0, message: 'the query is empty' });
    expect(findSyntaxError('   ')).toEqual({ offset: 0, message: 'the query is empty' });
  });

  it('points at an unclosed parenthesis', () => {
    // s0 u1 m2 (3: the '(' after sum is never closed.
    expect(findSyntaxError('sum(rate(x[5m])')).toEqual({
      offset: 3,
      message: "unclosed '(': add the matching ')'",
    });
  });

  it('points at the innermost unclosed bracket', () => {
    // rate0-3 (4 x5 [6: the '[' is the first thing left open.
    expect(findSyntaxError('rate(x[5m')).toEqual({
      offset: 6,
      message: "unclosed '[': add the matching ']'",
    });
  });

  it('points at a stray closing parenthesis', () => {
    // "sum(rate(x[5m]))" is 16 characters; the extra ')' is at 16.
    expect(findSyntaxError('sum(rate(x[5m])))')).toEqual({
      offset: 16,
      message: "unexpected ')' with no matching '('",
    });
  });

  it('reports an operator with nothing after it', () => {
    // "sum(x) + " is 9 characters: the expression ends at offset 9.
    expect(findSyntaxError('sum(x) + ')).toEqual({
      offset: 9,
      message: "incomplete expression: nothing after '+'",
    });
    expect(findSyntaxError('x and')).toEqual({
      offset: 5,
      message: "incomplete expression: nothing after 'and'",
    });
  });

  it('names an unexpected word', () => {
    // "foo bar": the second selector starts at 4.
    expect(findSyntaxError('foo bar')).toEqual({ offset: 4, message: "unexpected 'bar'" });
    // "sum(rate(x[5m]) " is 16 characters; 'by' cannot appear inside the call.
    expect(findSyntaxError('sum(rate(x[5m]) by (job)')).toEqual({ offset: 16, message: "unexpected 'by'" });
  });

  it('reports an unterminated string at its opening quote', () => {
    // s0 u1 m2 (3 r4 a5 t6 e7 (8 x9 {10 a11 =12 "13
    expect(findSyntaxError('sum(rate(x{a="b}[5m]))')).toEqual({
      offset: 13,
      message: 'unterminated string: add the closing "',
    });
    // An escaped quote does not close the string: x0 {1 a2 =3 "4
    expect(findSyntaxError('x{a="b\\"}')).toEqual({
      offset: 4,
      message: 'unterminated string: add the closing "',
    });
  });

  it('explains a template placeholder other than {{.window}}', () => {
    // s0 u1 m2 (3 r4 a5 t6 e7 (8 x9 [10 {11
    expect(findSyntaxError('sum(rate(x[{{.windows}}]))')).toEqual({
      offset: 11,
      message: "unexpected '{{.windows}}': the only template placeholder is {{.window}}",
    });
  });
});

describe('substituteWindow', () => {
  it('replaces every placeholder, with or without spaces inside the braces', () => {
    expect(substituteWindow('sum(rate(a[{{.window}}])) / sum(rate(b[{{ .window }}]))', '1h30m')).toBe(
      'sum(rate(a[1h30m])) / sum(rate(b[1h30m]))',
    );
  });

  it('leaves a query without placeholder unchanged', () => {
    expect(substituteWindow('sum(rate(a[5m]))', '30d')).toBe('sum(rate(a[5m]))');
  });

  it('refuses a window that is not a duration (it is spliced into PromQL)', () => {
    expect(() => substituteWindow('rate(a[{{.window}}])', '5m]) or vector(1')).toThrow(
      'not a Prometheus duration',
    );
    expect(() => substituteWindow('rate(a[{{.window}}])', '')).toThrow('not a Prometheus duration');
  });
});

describe('findTemplateSyntaxError', () => {
  it('accepts a valid template', () => {
    expect(findTemplateSyntaxError('sum(rate(x{code=~"5.."}[{{.window}}]))')).toBeUndefined();
    expect(findTemplateSyntaxError('sum(rate(x[{{ .window }}]))')).toBeUndefined();
  });

  it('maps an offset after a placeholder back into the template as written', () => {
    // "sum(rate(x[{{ .window }}]))" is 27 characters; the stray ')' is at 28 after a space.
    // In the substituted query ("sum(rate(x[5m])) )") it is at 17: 28 - 17 = 11 = 13 - 2.
    expect(findTemplateSyntaxError('sum(rate(x[{{ .window }}])) )')).toEqual({
      offset: 28,
      message: "unexpected ')' with no matching '('",
    });
  });

  it('maps an offset after two placeholders', () => {
    // "sum(rate(a[{{.window}}])) / sum(rate(b[{{.window}}]" is 51 characters, then the stray ']'.
    expect(findTemplateSyntaxError('sum(rate(a[{{.window}}])) / sum(rate(b[{{.window}}]]))')).toEqual({
      offset: 51,
      message: "unexpected ']' with no matching '['",
    });
  });

  it('maps an offset before any placeholder unchanged', () => {
    // "foo bar": 'bar' at 4, the placeholder comes later.
    expect(findTemplateSyntaxError('foo bar[{{.window}}]')?.offset).toBe(4);
  });

  it('points at a misplaced placeholder itself and names it as written', () => {
    // "x[5m] " is 6 characters; the placeholder follows.
    expect(findTemplateSyntaxError('x[5m] {{.window}}')).toEqual({
      offset: 6,
      message: "unexpected '{{.window}}'",
    });
  });
});

describe('isLabelName', () => {
  it.each(['route', 'code', '_private', 'a1', 'A_b_9'])('accepts %s', (name) => {
    expect(isLabelName(name)).toBe(true);
  });
  it.each(['', '1route', 'route-name', 'a.b', 'a b', 'x)', 'code) (vector(1)', 'é'])('rejects %j', (name) => {
    expect(isLabelName(name)).toBe(false);
  });
});

describe('groupBy', () => {
  const labels = ['route', 'code'];

  it.each([
    ['a plain sum', 'sum(rate(x[5m]))', 'sum by (route, code) (rate(x[5m]))'],
    ['a sum with a leading by()', 'sum by (job) (rate(x[5m]))', 'sum by (route, code) (rate(x[5m]))'],
    ['a sum with a trailing by()', 'sum(rate(x[5m])) by (job)', 'sum by (route, code) (rate(x[5m]))'],
    ['a sum with without()', 'sum without (instance) (rate(x[5m]))', 'sum by (route, code) (rate(x[5m]))'],
    ['a sum in parentheses', '((sum(rate(x[5m]))))', '((sum by (route, code) (rate(x[5m]))))'],
    ['a plain rate', 'rate(x{code=~"5.."}[5m])', 'sum by (route, code) (rate(x{code=~"5.."}[5m]))'],
    ['a plain increase', 'increase(x[1h])', 'sum by (route, code) (increase(x[1h]))'],
    [
      'a selector (recording rule)',
      'slo:errors:rate5m{service="a"}',
      'sum by (route, code) (slo:errors:rate5m{service="a"})',
    ],
    ['the or vector(0) idiom', 'sum(rate(x[5m])) or vector(0)', 'sum by (route, code) (rate(x[5m]))'],
    [
      'or vector(0) in parentheses',
      '(sum(rate(x[5m])) or vector(0))',
      '(sum by (route, code) (rate(x[5m])))',
    ],
    ['or on() vector(0)', 'sum(rate(x[5m])) or on() vector(0)', 'sum by (route, code) (rate(x[5m]))'],
    [
      'a multi-line query, keeping the inner text as written',
      'sum(\n  rate(x{code=~"5.."}[5m])\n)',
      'sum by (route, code) (\n  rate(x{code=~"5.."}[5m])\n)',
    ],
    [
      'a template, keeping {{.window}}',
      'sum(rate(x[{{.window}}]))',
      'sum by (route, code) (rate(x[{{.window}}]))',
    ],
    [
      'a template with {{ .window }} and or vector(0)',
      'sum(rate(x[{{ .window }}])) or vector(0)',
      'sum by (route, code) (rate(x[{{ .window }}]))',
    ],
  ])('rewrites %s', (_case, query, expected) => {
    const rewritten = groupBy(query, labels);
    expect(rewritten).toBe(expected);
    expect(findTemplateSyntaxError(rewritten)).toBeUndefined();
  });

  it('keeps one copy of a repeated label', () => {
    expect(groupBy('sum(rate(x[5m]))', ['route', 'route'])).toBe('sum by (route) (rate(x[5m]))');
  });

  it.each([
    ['max(rate(x[5m]))', 'the outermost operation is max(), not sum()'],
    ['avg by (job) (rate(x[5m]))', 'the outermost operation is avg(), not sum()'],
    ['topk(3, rate(x[5m]))', 'the outermost operation is topk(), not sum()'],
    ['sum(a) / sum(b)', "the outermost operation is the binary operator '/', not sum()"],
    ['sum(a) or sum(b)', "the outermost operation is the binary operator 'or', not sum()"],
    ['histogram_quantile(0.99, x)', 'the outermost operation is histogram_quantile(), not sum()'],
    ['42', 'the query is a number, not sum()'],
  ])('refuses %s', (query, why) => {
    let thrown: unknown;
    try {
      groupBy(query, labels);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PromqlRewriteError);
    expect((thrown as Error).message).toBe(
      `${why}; the error query must be a sum or a plain rate() for attribution`,
    );
  });

  it('refuses a label that is not a label name, so nothing unchecked reaches the query', () => {
    expect(() => groupBy('sum(rate(x[5m]))', ['route) (vector(1)'])).toThrow(PromqlRewriteError);
    expect(() => groupBy('sum(rate(x[5m]))', ['route) (vector(1)'])).toThrow('is not a label name');
    expect(() => groupBy('sum(rate(x[5m]))', [])).toThrow('at least one label');
  });

  it('refuses a query with a syntax error, saying where', () => {
    expect(() => groupBy('sum(rate(x[5m])', labels)).toThrow(
      "the query is not valid PromQL (offset 3): unclosed '(': add the matching ')'",
    );
  });
});

describe('totalQueryUnit', () => {
  it.each([
    ['sum(rate(x[5m]))', 'per-second'],
    ['rate(x[5m])', 'per-second'],
    ['(sum by (job) (irate(x[1m])))', 'per-second'],
    ['sum(sum by (job) (rate(x[{{.window}}])))', 'per-second'],
    ['sum(rate(x[{{.window}}])) or vector(0)', 'per-second'],
    ['sum(increase(x[1h]))', 'count'],
    ['sum(increase(x[{{ .window }}])) or vector(0)', 'count'],
    ['max(rate(x[5m]))', 'unknown'],
    ['slo:requests:rate5m', 'unknown'],
    ['sum(a) / sum(b)', 'unknown'],
    ['sum(rate(x[5m])', 'unknown'],
  ] as const)('%s is %s', (query, unit) => {
    expect(totalQueryUnit(query)).toBe(unit);
  });
});
