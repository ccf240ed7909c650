/**
 * The Pushgateway push against real HTTP servers on 127.0.0.1: only a 2xx answer is a push, a server
 * that never answers costs the push its own short timeout (or less, when the caller's time for results
 * runs out first), and an error page is read only as far as the warning needs. Never a thrown error.
 */
import type { Server } from 'node:http';
import type { Report } from '../../src/model/index.js';
import { pushGateMetrics } from '../../src/sinks/pushgateway.js';
import { close, listen, urlOf } from '../support/http.js';

const report: Report = {
  version: 1,
  verdict: 'block',
  evaluatedAt: '2026-11-26T12:00:00Z',
  slos: [],
  findings: [],
  hints: [],
};

let server: Server | undefined;
afterEach(async () => {
  await close(server);
  server = undefined;
});

async function push(
  handler: Parameters<typeof listen>[0],
  options?: Parameters<typeof pushGateMetrics>[3],
): Promise<{ pushed: boolean; warnings: string[]; elapsedMs: number; url: string }> {
  server = await listen(handler);
  const warnings: string[] = [];
  const started = Date.now();
  const pushed = await pushGateMetrics(
    report,
    { url: urlOf(server), grouping: { app: 'shop' } },
    (w) => warnings.push(w),
    options,
  );
  return { pushed, warnings, elapsedMs: Date.now() - started, url: urlOf(server) };
}

describe('pushGateMetrics', () => {
  it('a 202 Accepted is a push: no warning', async () => {
    const result = await push((req, res) => {
      req.resume();
      res.writeHead(202).end();
    });
    expect(result).toMatchObject({ pushed: true, warnings: [] });
  });

  it('a 500 with a 10 MB page: one warning with the status and the start of the page, cut to 200 characters', async () => {
    const result = await push((req, res) => {
      req.resume();
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`storage failure ${'x'.repeat(10 * 1024 * 1024)}`);
    });
    expect(result.pushed).toBe(false);
    expect(result.warnings).toHaveLength(1);
    const [warning] = result.warnings;
    expect(warning).toMatch(
      new RegExp(
        `^could not push the gate metrics to the Pushgateway at ${result.url} \\(push failed with status 500, storage failure x+…\\); the verdict stands$`,
      ),
    );
    // "push failed with status 500, storage failure xxx…" is the 200-character cut.
    const cause = /\((push failed.*)\); the verdict stands$/.exec(warning!)![1]!;
    expect([...cause]).toHaveLength(200);
  });

  it('a redirect is not followed: a warning, the target never asked', async () => {
    let redirected = 0;
    const target = await listen((req, res) => {
      redirected += 1;
      res.writeHead(200).end();
    });
    try {
      const result = await push((req, res) => {
        req.resume();
        res.writeHead(307, { location: `${urlOf(target)}/metrics` }).end();
      });
      expect(result.pushed).toBe(false);
      expect(result.warnings).toHaveLength(1);
      expect(redirected).toBe(0);
    } finally {
      await close(target);
    }
  });

  it('a Pushgateway that never answers: timed out after its own timeout', async () => {
    const result = await push(() => {}, { timeoutMs: 300 });
    expect(result.pushed).toBe(false);
    expect(result.warnings).toEqual([
      `could not push the gate metrics to the Pushgateway at ${result.url} (timed out); the verdict stands`,
    ]);
    expect(result.elapsedMs).toBeLessThan(5000);
  });

  it("the caller's signal ends the push before its own timeout: the time for writing results ran out", async () => {
    const result = await push(() => {}, { timeoutMs: 30_000, signal: AbortSignal.timeout(300) });
    expect(result.pushed).toBe(false);
    expect(result.warnings).toEqual([
      `could not push the gate metrics to the Pushgateway at ${result.url} (the time for writing results ran out); the verdict stands`,
    ]);
    expect(result.elapsedMs).toBeLessThan(5000);
  });
});
