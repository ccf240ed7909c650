import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/index.js';
import { UsageError } from '../../src/errors.js';

const DIR = relative(process.cwd(), fileURLToPath(new URL('../fixtures/config/bounded/', import.meta.url)));

describe('prometheus.periodTimeout and maxPeriodSamples', () => {
  it('read as milliseconds and a count of samples', async () => {
    const config = await loadConfig(join(DIR, 'period-timeout.yaml'));
    expect(config.prometheus).toMatchObject({
      timeoutMs: 10_000,
      periodTimeoutMs: 60_000,
      maxPeriodSamples: 50_000_000,
    });
  });

  it('a limit of 0 samples is refused at its line, with the fix', async () => {
    const file = join(DIR, 'max-period-samples-zero.yaml');
    const error = (await loadConfig(file).catch((e: unknown) => e)) as UsageError;
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain(
      'prometheus.maxPeriodSamples must be a whole number of samples, at least 1',
    );
    expect(error).toMatchObject({ file, line: 3, column: 21, fix: 'write e.g. maxPeriodSamples: 50000000' });
  });
});
