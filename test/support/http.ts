/** A real HTTP server on 127.0.0.1 for stand-ins, its URL, and a close that drops kept-alive sockets. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

export const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** A request's body, read whole. */
export async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Sends a request on to `upstream` (its method, path, content type and the body already read) and
 * answers with what upstream answered: stand-ins that watch or hold requests in front of the real
 * Prometheus.
 */
export async function forwardTo(
  upstream: string,
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
): Promise<void> {
  const answer = await fetch(`${upstream}${req.url}`, {
    method: req.method,
    headers: { 'content-type': req.headers['content-type'] ?? 'application/x-www-form-urlencoded' },
    body: req.method === 'POST' ? body : undefined,
  });
  res.writeHead(answer.status, { 'content-type': 'application/json' });
  res.end(await answer.text());
}

export const close = (server: Server | undefined) =>
  new Promise<void>((done) => {
    if (!server) return done();
    server.closeAllConnections();
    server.close(() => done());
  });
