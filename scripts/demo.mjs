// `npm run demo`: a real Prometheus on 127.0.0.1 with 30 days of generated history for a small
// shop, then `slo-gate check` on examples/slo-gate.yaml at the last sample, then Prometheus stops.
//
// The story: checkout was healthy all month (0.02 % errors). 45 minutes ago a release broke
// /refund, which now answers 503 to 40 % of its calls. The catalog service is healthy.
import './lib/require-node-24.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePrometheus, startPrometheus } from './lib/prometheus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line) => process.stderr.write(`demo: ${line}\n`);

const MINUTE = 60;
const DAY = 86400;
// The last sample, on the minute grid: "now" for the demo.
const end = Math.floor(Date.now() / 1000 / MINUTE) * MINUTE;
const releasedAt = end - 45 * MINUTE;
const afterRelease = (before, after) => (t) => (t < releasedAt ? before : after);

const checkout = (route, code, rate) => ({
  name: 'http_requests',
  labels: { service: 'checkout', route, code },
  ratePerSecond: typeof rate === 'function' ? rate : () => rate,
});
const series = [
  checkout('/cart', '200', 20),
  checkout('/cart', '500', 0.004), // background noise: 0.0125 % of checkout traffic
  checkout('/checkout', '200', 10),
  checkout('/refund', '200', afterRelease(2, 1.2)),
  checkout('/refund', '503', afterRelease(0, 0.8)), // the bad release
  {
    name: 'http_requests',
    labels: { service: 'catalog', route: '/products', code: '200' },
    ratePerSecond: () => 50,
  },
  {
    name: 'http_requests',
    labels: { service: 'catalog', route: '/products', code: '500' },
    ratePerSecond: () => 0.01,
  },
];

if (!existsSync(join(root, 'dist/cli.js'))) {
  log('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}

try {
  await ensurePrometheus({ log });
} catch (error) {
  log(error.message);
  process.exit(2);
}

log('generating 30 days of history and starting Prometheus ...');
const prometheus = await startPrometheus({ series, start: end - 31 * DAY, end, step: MINUTE });
let code;
try {
  log(`Prometheus is up at ${prometheus.url}; running the gate at ${new Date(end * 1000).toISOString()}`);
  const command = [
    'dist/cli.js',
    'check',
    '--config',
    'examples/slo-gate.yaml',
    '--prometheus-url',
    prometheus.url,
    '--at',
    String(end),
    ...process.argv.slice(2),
  ];
  process.stderr.write(`\n$ slo-gate ${command.slice(1).join(' ')}\n\n`);
  const gate = spawnSync(process.execPath, command, { cwd: root, stdio: 'inherit' });
  code = gate.status ?? 2;
  process.stderr.write(
    `\nslo-gate exited ${code}${code === 1 ? ' (block: the release would be stopped)' : ''}.\n`,
  );
} finally {
  await prometheus.stop();
  log('Prometheus stopped');
}
// The demo itself succeeded when the gate ran and decided; its verdict is the point of the demo.
process.exit(code === 2 ? 1 : 0);
