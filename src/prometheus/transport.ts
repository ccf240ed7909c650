/**
 * The few HTTP requests the Prometheus client sends, on node:http(s) directly: one request, one body
 * read with a size cap, gzip only when asked for. Every status comes back as an answer (the client
 * judges it); redirects are not followed. A general HTTP library costs more CPU per request than
 * Prometheus spends answering an SLI query (measured in docs/benchmarks.md), so the hot path stays here.
 */
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

export interface HttpAnswer {
  status: number;
  /** Names in lower case. */
  headers: http.IncomingHttpHeaders;
  data: string;
}

/** The body grew past the cap while it streamed in; what arrived was dropped. */
export class BodyTooLargeError extends Error {
  readonly code = 'ERR_BODY_TOO_LARGE';
  constructor(limit: number) {
    super(`response body larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

export interface TransportOptions {
  /** Sent with every request (Authorization and tenant headers included). */
  headers: Record<string, string>;
  agent: http.Agent;
  maxBodyBytes: number;
}

export interface RequestOptions {
  signal: AbortSignal;
  /** In place of the default Accept-Encoding (e.g. gzip for large range answers). */
  acceptEncoding?: string;
}

export type Send = (
  method: 'GET' | 'POST',
  url: URL,
  body: string | undefined,
  options: RequestOptions,
) => Promise<HttpAnswer>;

export function createTransport({ headers, agent, maxBodyBytes }: TransportOptions): Send {
  return (method, url, body, { signal, acceptEncoding }) =>
    new Promise<HttpAnswer>((resolve, reject) => {
      const send = url.protocol === 'https:' ? https.request : http.request;
      const request = send(url, { method, agent, headers, signal });
      if (acceptEncoding) request.setHeader('Accept-Encoding', acceptEncoding);
      if (body !== undefined) request.setHeader('Content-Length', Buffer.byteLength(body));
      request.on('error', reject);
      request.on('response', (response) => {
        response.on('error', reject);
        const stream = decoded(response);
        stream.on('error', reject);
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBodyBytes) {
            const error = new BodyTooLargeError(maxBodyBytes);
            reject(error);
            request.destroy(error);
            return;
          }
          chunks.push(chunk);
        });
        stream.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            data: Buffer.concat(chunks, size).toString('utf8'),
          }),
        );
      });
      request.end(body);
    });
}

/** The body as sent, inflated when the server compressed it. */
function decoded(response: http.IncomingMessage): Readable {
  switch (response.headers['content-encoding']) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}
