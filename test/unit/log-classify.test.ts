/**
 * The log pattern table against real crash logs (test/fixtures/logs/, see SOURCES.md) and one-line
 * causes as the programs that hit them print them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyLog, lastLines } from '../../src/hints/logs/classify.js';

const fixture = (name: string) => readFileSync(join('test/fixtures/logs', name), 'utf8');

describe('classifyLog on real crash logs', () => {
  it('a Go panic: the panic line and the first frame of the goroutine', () => {
    expect(classifyLog(fixture('go-panic.txt'))).toEqual({
      kind: 'go-panic',
      summary: 'Go panic: runtime error: invalid memory address or nil pointer dereference',
      frame: 'main.ReadRoutines (/Users/me/go/src/github.com/bcicen/grmon/parse.go:76)',
      quoted: [
        'panic: runtime error: invalid memory address or nil pointer dereference',
        'main.ReadRoutines(0xc000228000, 0xa1, 0x200, 0x10, 0xff, 0x0, 0x0, 0x0)',
        '/Users/me/go/src/github.com/bcicen/grmon/parse.go:76 +0x19c',
      ],
    });
  });

  it('a Java OutOfMemoryError: the first one, the heap it ran out of', () => {
    const found = classifyLog(fixture('java-oom.txt'));
    expect(found?.kind).toBe('java-oom');
    expect(found?.summary).toBe('Java OutOfMemoryError: Java heap space');
    expect(found?.quoted[0]).toBe('java.lang.OutOfMemoryError: Java heap space');
  });

  it('a Python KeyError from os.environ is a missing environment variable, not just a traceback', () => {
    expect(classifyLog(fixture('python-keyerror.txt'))).toEqual({
      kind: 'missing-config',
      summary: 'environment variable LOG_LEVEL is not set',
      frame: '<module> (ginlong-scraper.py:326)',
      quoted: ["get_loglevel = os.environ['LOG_LEVEL']", "KeyError: 'LOG_LEVEL'"],
    });
  });

  it('a Node.js uncaught error: the error line (every frame is Node.js internal, so none is named)', () => {
    expect(classifyLog(fixture('node-module-not-found.txt'))).toEqual({
      kind: 'node-uncaught',
      summary: "Node.js uncaught Error: Cannot find module '/usr/src/app/node.js'",
      frame: undefined,
      quoted: ["Error: Cannot find module '/usr/src/app/node.js'"],
    });
  });
});

describe('classifyLog on one-line causes', () => {
  it.each([
    ['exec /app/server: exec format error', 'exec-format'],
    ['2024/01/02 10:00:00 listen tcp :8080: bind: address already in use', 'address-in-use'],
    ['open /etc/shop/config.yaml: no such file or directory', 'missing-config'],
    ['Error: environment variable DATABASE_URL is not set', 'missing-config'],
    ['mkdir /data/cache: permission denied', 'permission-denied'],
  ])('%s -> %s', (line, kind) => {
    expect(classifyLog(`starting\n${line}\n`)?.kind).toBe(kind);
  });

  it('a refused connection names the dependency', () => {
    const found = classifyLog(
      'level=error msg="cannot connect" err="dial tcp 10.96.12.7:5432: connect: connection refused"',
    );
    expect(found).toMatchObject({ kind: 'connection-refused', dependency: '10.96.12.7:5432' });
  });

  it('an uncaught Java exception with its first frame', () => {
    const log = [
      'Exception in thread "main" java.lang.IllegalStateException: no datasource configured',
      '\tat com.example.shop.App.main(App.java:42)',
    ].join('\n');
    expect(classifyLog(log)).toMatchObject({
      kind: 'java-exception',
      summary: 'uncaught java.lang.IllegalStateException: no datasource configured',
      frame: 'com.example.shop.App.main (App.java:42)',
    });
  });

  it('nothing it knows: no class; the last lines stand in', () => {
    expect(classifyLog('ready\nserving on :8080\n')).toBeUndefined();
    expect(lastLines('a\n\nb\nc\nd\n')).toEqual(['b', 'c', 'd']);
  });
});

describe('quoted lines are redacted', () => {
  it('URL credentials, bearer tokens and password= values', () => {
    const log = [
      'panic: cannot connect to postgres://shop:s3cr3t-pw@db:5432/shop password=hunter22 Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc',
      'goroutine 1 [running]:',
    ].join('\n');
    const quoted = classifyLog(log)!.quoted[0]!;
    expect(quoted).not.toMatch(/s3cr3t-pw|hunter22|eyJhbGciOiJIUzI1NiJ9/);
    expect(quoted).toBe(
      'panic: cannot connect to postgres://***@db:5432/shop password=*** Authorization: Bearer ***',
    );
  });
});
