// First step of `npm test`: make sure prometheus and promtool are installed (Debian package when root),
// or stop with the exact command to run. Never skips: the integration tests need a real Prometheus.
import process from 'node:process';
import { ensurePrometheus } from './lib/prometheus.mjs';

try {
  const { prometheus, promtool } = await ensurePrometheus({
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stderr.write(`prometheus: ${prometheus}, promtool: ${promtool}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
