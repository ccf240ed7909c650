// Child servers the test setup starts (Prometheus, VictoriaMetrics): their ports, and their clean-up
// when the process exits without stopping them.
import { rmSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import process from 'node:process';

/** Instances to kill if this process exits without stopping them. */
export const running = new Set(
  /** @type {{ child: import('node:child_process').ChildProcess, dir: string }[]} */ ([]),
);
let exitHookInstalled = false;

export function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers must be synchronous: kill hard and remove the temp dirs.
  process.on('exit', () => {
    for (const { child, dir } of running) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** @returns {Promise<number>} a port that was free a moment ago */
export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}
