// Runs one command in this process and reports wall time and peak RSS on stderr as
// "measure-process <wall ms> <maxRSS KiB> <exit code>".
//   node bench/measure-process.mjs dist/cli.js validate FILE ...   (the CLI, in-process)
//   node bench/measure-process.mjs --floor FILE                      (yaml parseAllDocuments alone)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const started = performance.now();
process.on('exit', (code) => {
  const wall = performance.now() - started;
  process.stderr.write(`measure-process ${wall.toFixed(1)} ${process.resourceUsage().maxRSS} ${code}\n`);
});

const [first, ...rest] = process.argv.slice(2);
if (first === '--floor') {
  const { parseAllDocuments } = await import('yaml');
  const docs = parseAllDocuments(readFileSync(rest[0], 'utf8'));
  if (!Array.isArray(docs) || docs.length === 0) process.exitCode = 1;
} else {
  process.argv = [process.argv[0], resolve(first), ...rest];
  await import(pathToFileURL(resolve(first)).href);
}
