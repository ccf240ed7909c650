/**
 * The decision table of src/hints/cause.ts, row by row, and the config keys that tune it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { UsageError } from '../../src/errors.js';
import { chooseCause, type CauseInput } from '../../src/hints/cause.js';
import { classifyLog } from '../../src/hints/logs/classify.js';

const base: CauseInput = {
  problem: 'pod-crashloop',
  logRead: true,
  memorySaturation: 0.9,
  hookOrProbeFailing: false,
};
const panic = classifyLog('panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:9 +0x1d\n')!;

describe('chooseCause', () => {
  it.each<[string, Partial<CauseInput>, string, number]>([
    ['an image pull, whatever else', { problem: 'image-pull', log: panic }, 'image-pull', 1],
    ['a container the kubelet cannot create', { problem: 'pod-config-error' }, 'config-missing', 2],
    ['OOMKilled, even with a panic in the log', { problem: 'pod-oomkilled', log: panic }, 'memory-limit', 3],
    ['a crash loop at 95 % of the memory limit', { memoryShareMax: 0.95, log: panic }, 'memory-limit', 3],
    [
      'a Java OutOfMemoryError',
      { log: classifyLog('java.lang.OutOfMemoryError: Metaspace') },
      'memory-limit',
      4,
    ],
    [
      'a missing env variable',
      { log: classifyLog('environment variable DB_URL is not set') },
      'config-missing',
      5,
    ],
    [
      'a refused connection',
      { log: classifyLog('dial tcp redis:6379: connect: connection refused') },
      'dependency-down',
      6,
    ],
    ['an empty log and probe failures', { hookOrProbeFailing: true }, 'probe-or-hook', 7],
    [
      'a panic, and probe failures too: the panic explains the kills',
      { log: panic, hookOrProbeFailing: true, restartsLastHour: 12 },
      'application-crash',
      8,
    ],
    ['nothing to go on', { logRead: false }, 'unknown', 9],
  ])('%s', (_name, input, cause, row) => {
    expect(chooseCause({ ...base, ...input })).toMatchObject({ cause, row });
  });

  it('names the frame of an application crash', () => {
    expect(chooseCause({ ...base, log: panic }).headline).toBe(
      'application crash at main.main (/src/main.go:9): Go panic: boom',
    );
  });

  it('89 % of the limit is below the default share of 90 %: not a memory cause', () => {
    expect(chooseCause({ ...base, memoryShareMax: 0.89 }).cause).toBe('unknown');
  });
});

describe('config: hints', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'slo-gate-hints-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('fills in the default labels next to the ones given', async () => {
    const config = await loadConfig(
      write('ok.yaml', 'hints:\n  metrics:\n    podLabel: pod_name\n  memorySaturation: 0.8\n'),
    );
    expect(config.hints).toEqual({
      metrics: { namespaceLabel: 'namespace', podLabel: 'pod_name', containerLabel: 'container' },
      memorySaturation: 0.8,
    });
  });

  it('refuses a share above 1 at its line, with the fix', async () => {
    const file = write('bad.yaml', 'hints:\n  memorySaturation: 90\n');
    const error = await loadConfig(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as UsageError).message;
    expect(message).toContain('hints.memorySaturation must be a share between 0 and 1');
    expect(message).toContain('fix: write e.g. memorySaturation: 0.9 (90 % of the limit)');
    expect(`${(error as UsageError).line}`).toBe('2');
  });

  it('refuses a label name with a dash', async () => {
    const error = await loadConfig(write('label.yaml', 'hints:\n  metrics:\n    podLabel: pod-name\n')).catch(
      (e: unknown) => e,
    );
    expect((error as UsageError).message).toContain('hints.metrics.podLabel must be a Prometheus label name');
  });
});
