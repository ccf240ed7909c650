// The floor for the budget benchmark: a minimal keep-alive Node client (node:http, no compression)
// posting the given PromQL to Prometheus, at most CONCURRENCY at a time, time pinned. No parsing
// beyond JSON, no evaluation, no retries.
// usage: node bench/floor.mjs URL QUERIES.json TIME CONCURRENCY
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [url, file, time, concurrency] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(file, 'utf8'));
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(concurrency) });
const endpoint = new URL('/api/v1/query', url);

function post(query) {
  const body = new URLSearchParams({ query, time }).toString();
  return new Promise((resolve, reject) => {
    const request = http.request(
      endpoint,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'accept-encoding': 'identity',
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve(JSON.parse(text)));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

let next = 0;
async function worker() {
  while (next < queries.length) {
    const query = queries[next++];
    const answer = await post(query);
    if (answer.status !== 'success') throw new Error(`${query}: ${answer.error}`);
  }
}
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
agent.destroy();
