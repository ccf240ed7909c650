/** README's first command: `npm run demo` must keep working and tell its story. */
import { spawnSync } from 'node:child_process';

it('npm run demo blocks the bad release and points at /refund 503', () => {
  const demo = spawnSync(process.execPath, ['scripts/demo.mjs'], { encoding: 'utf8' });
  expect(demo.status).toBe(0);
  expect(demo.stdout).toMatch(/^slo-gate: BLOCK at /);
  expect(demo.stdout).toMatch(/^checkout-availability +block /m);
  expect(demo.stdout).toMatch(/^catalog-requests-availability +pass /m);
  // Over the last hour (60 one-minute steps): /refund fails at 0.8/s for 45 of them (36 errors per
  // second-step), /cart at 0.004/s for all 60 (0.24): 36 / 36.24 = 99.34 %.
  expect(demo.stdout).toContain('route=/refund code=503: 99.34% of errors over 1h');
  expect(demo.stderr).toContain('slo-gate exited 1 (block: the release would be stopped)');
  expect(demo.stderr).toContain('Prometheus stopped');
});
