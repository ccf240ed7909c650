// `npm run demo`: a real Prometheus on 127.0.0.1 with 30 days of generated history for a small
// shop, then `slo-gate check` on examples/slo-gate.yaml at the last sample, then Prometheus stops.
// The story (scripts/lib/demo-shop.mjs): checkout was healthy all month (0.02 % errors). 45 minutes
// ago a release broke /refund, which now answers 503 to 40 % of its calls. The catalog service is healthy.
import './lib/require-node-24.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoShop } from './lib/demo-shop.mjs';
import { ensurePrometheus, startPrometheus } from './lib/prometheus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line) => process.stderr.write(`demo: ${line}\n`);

const MINUTE = 60;
// The last sample, on the minute grid: "now" for the demo.
const end = Math.floor(Date.now() / 1000 / MINUTE) * MINUTE;

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
const prometheus = await startPrometheus(demoShop(end));
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
