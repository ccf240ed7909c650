import {
  clearSecretsForTest,
  maskUrl,
  redact,
  redactDeep,
  redactInlineSecrets,
  registerBasicAuth,
  registerSecret,
  registerUrlCredentials,
  stripControlCharacters,
} from '../../src/text/redact.js';

afterEach(() => clearSecretsForTest());

describe('redact', () => {
  it('removes a registered secret wherever it appears, whatever carried it', () => {
    registerSecret('tok-7f3a9c');
    expect(redact('server said: bad X-Auth-Token tok-7f3a9c (and tok-7f3a9c again)')).toBe(
      'server said: bad X-Auth-Token *** (and *** again)',
    );
  });

  it('removes the percent-encoded and decoded spellings of a secret', () => {
    registerSecret('p@ss/w rd');
    expect(redact('p%40ss%2Fw%20rd | p@ss/w rd | p@ss/w%20rd')).toBe('*** | *** | ***');
  });

  it('removes a secret from JSON text, where its quotes and backslashes are escaped', () => {
    registerSecret('a"b\\c');
    expect(redact('{"message":"token a\\"b\\\\c rejected"}')).toBe('{"message":"token *** rejected"}');
  });

  it('leaves values shorter than three characters alone: scrubbing "ab" would garble text', () => {
    registerSecret('ab');
    expect(redact('table')).toBe('table');
  });

  it.each([
    ['a slash', 'http://admin:pa/ss@prom.example:9090/prefix', 'pa/ss'],
    ['a space', 'http://admin:pa ss@prom.example:9090', 'pa ss'],
    ['an @', 'http://admin:p@ss@prom.example:9090', 'p@ss'],
    ['percent-encoding', 'http://admin:p%2Fss%20x@prom.example', 'p/ss x'],
  ])('registers URL credentials with %s in the password', (_, url, password) => {
    registerUrlCredentials(url);
    const shown = redact(`cannot reach ${url}; password was ${password}`);
    expect(shown).not.toContain(password);
    expect(shown).toContain('prom.example');
  });

  it('registers a token given as the user name of a URL', () => {
    registerUrlCredentials('https://ghp_tokenvalue@prom.example');
    expect(redact('ghp_tokenvalue')).toBe('***');
  });

  it('removes the Basic header value a basic-auth password travels in', () => {
    registerBasicAuth('admin', 'hunter22');
    // base64("admin:hunter22"), worked out by hand with `printf admin:hunter22 | base64`.
    expect(redact('Authorization: Basic YWRtaW46aHVudGVyMjI=')).toBe('Authorization: Basic ***');
  });

  it('masks the userinfo of any URL in a message, registered or not', () => {
    expect(redact('GET http://bob:unknown@host/x failed')).toBe('GET http://***@host/x failed');
  });

  it('masks a URL for messages whatever its password holds', () => {
    expect(maskUrl('http://u:a/b c@host:1/p')).toBe('http://***@host:1/p');
    expect(maskUrl('http://host:1/p')).toBe('http://host:1/p');
  });

  it('redacts every string of a report-shaped value and keeps its shape', () => {
    registerSecret('secret-xyz');
    const report = {
      verdict: 'pass',
      hints: [{ title: 'got secret-xyz', evidence: ['a', 'secret-xyz'] }],
      n: 3,
    };
    expect(redactDeep(report)).toEqual({
      verdict: 'pass',
      hints: [{ title: 'got ***', evidence: ['a', '***'] }],
      n: 3,
    });
  });
});

describe('stripControlCharacters', () => {
  it('removes ESC sequences, CR, BEL and C1 controls, and keeps line feeds and tabs', () => {
    expect(stripControlCharacters('a\u001b[2Jb\rc\u0007d\u009be\n\tf')).toBe('a[2Jbcde\n\tf');
  });
});

describe('redactInlineSecrets: secrets written in text from outside (a crashed container log)', () => {
  it.each([
    ['Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig', 'Authorization: Bearer ***'],
    ['connecting with password=hunter22 user=shop', 'connecting with password=*** user=shop'],
    ['{"api_key": "AKIA1234567890"}', '{"api_key": "***"}'],
    ['DB_PASSWORD: s3cret!', 'DB_PASSWORD: ***'],
    ['amqp://guest:guest-pw@rabbit:5672/', 'amqp://***@rabbit:5672/'],
    ['no secret here: 42 requests', 'no secret here: 42 requests'],
  ])('%s', (text, expected) => {
    expect(redactInlineSecrets(text)).toBe(expected);
  });
});
