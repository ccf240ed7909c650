// The floor for the budget benchmark: post the given PromQL to Prometheus with fetch, at most
// CONCURRENCY at a time, time pinned. No parsing, no evaluation, no retries.
// usage: node bench/floor.mjs URL QUERIES.json TIME CONCURRENCY
import { readFileSync } from 'node:fs';

const [url, file, time, concurrency] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(file, 'utf8'));
let next = 0;
async function worker() {
  while (next < queries.length) {
    const query = queries[next++];
    const response = await fetch(`${url}/api/v1/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query, time }),
    });
    const body = await response.json();
    if (body.status !== 'success') throw new Error(`${query}: ${body.error}`);
  }
}
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
