// Bundles each entry point into dist/ (committed; CI fails when it is stale).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const entries = { cli: 'src/entry/cli.ts', index: 'src/entry/action.ts', hook: 'src/entry/hook.ts' };

// Chunk names carry content hashes: start empty so no stale chunk is left behind.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  splitting: true, // heavy modules imported lazily land in their own chunks
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node24',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // ajv-formats-draft2019 asks for the userland punycode package by the name of Node's deprecated
  // built-in module; bundle the package so no deprecation warning reaches the user's stderr.
  alias: { punycode: './node_modules/punycode/punycode.js' },
  // CommonJS dependencies inside an ESM bundle need a real `require`.
  banner: {
    js: "import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);",
  },
});
