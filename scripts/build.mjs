// Bundles dist/ (committed; CI fails when it is stale) in three parts:
//   dist/cli.js, index.js, hook.js  tiny entries: refuse Node < 24 in one line, turn on source maps,
//                                   import the bundle of our own code;
//   dist/app/                       our src/ bundled, with source maps pointing at src/;
//   dist/vendor/                    every package src/ imports, bundled apart from our code.
// dist/ is committed, so a change to src/ must not rename or rewrite the 20 MB of dependencies:
// vendor/ depends only on node_modules and on which package paths src/ imports.
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';

const entries = { cli: 'src/entry/cli.ts', index: 'src/entry/action.ts', hook: 'src/entry/hook.ts' };
// The entries users run as commands keep the executable bit git records for them.
const executableEntries = new Set(['cli', 'hook']);

const shared = {
  bundle: true,
  splitting: true, // modules imported lazily stay lazy: their own files, loaded on first use
  platform: 'node',
  target: 'node24',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
};

// Chunk names carry content hashes: start empty so no stale chunk is left behind.
rmSync('dist', { recursive: true, force: true });

/** `@kubernetes/client-node/dist/serializer.js` -> `@kubernetes/client-node/dist/serializer` */
const vendorName = (specifier) => specifier.replace(/\.[cm]?js$/, '');

const packageImports = new Set();
await build({
  ...shared,
  entryPoints: entries,
  outdir: 'dist/app',
  // Entries and chunks side by side, so every file reaches vendor/ by the same relative path.
  chunkNames: '[name]-[hash]',
  sourcemap: 'linked',
  sourcesContent: false, // the maps name src/ files and lines; the sources themselves stay in src/
  plugins: [
    {
      name: 'packages-from-vendor',
      setup(app) {
        app.onResolve({ filter: /^[^./]/ }, ({ path, kind }) => {
          if (kind === 'entry-point') return undefined;
          if (isBuiltin(path)) return { external: true };
          packageImports.add(path);
          return { path: `../vendor/${vendorName(path)}.js`, external: true };
        });
      },
    },
  ],
});

// A CommonJS package bundled as an ES module only has a default export; src/ imports it by name.
// Its facade re-exports each property of module.exports under its own name, as Node does.
const specifiers = [...packageImports].sort();
const vendorEntries = Object.fromEntries(specifiers.map((specifier) => [vendorName(specifier), specifier]));
const probe = await build({
  entryPoints: vendorEntries,
  outdir: 'dist/vendor',
  platform: 'node',
  format: 'esm',
  write: false,
  metafile: true,
  logLevel: 'silent',
});
// specifier -> the file esbuild resolved it to, relative to the repository: the bundle names it in a
// comment, and an absolute path would make dist/ differ from one checkout to another.
const commonJsFiles = new Map();
for (const specifier of specifiers) {
  const { entryPoint } = probe.metafile.outputs[`dist/vendor/${vendorName(specifier)}.js`];
  if (probe.metafile.inputs[entryPoint].format === 'cjs') commonJsFiles.set(specifier, entryPoint);
}
const requireAny = createRequire(import.meta.url);
const identifier = /^[A-Za-z_$][\w$]*$/;
function commonJsFacade(entryPoint) {
  const file = resolve(entryPoint);
  const names = Object.keys(requireAny(file)).filter((name) => identifier.test(name) && name !== 'default');
  return {
    contents: [
      `import commonJs from ${JSON.stringify(file)};`,
      'export default commonJs;',
      ...(names.length > 0 ? [`export const { ${names.sort().join(', ')} } = commonJs;`] : []),
    ].join('\n'),
    resolveDir: dirname(file),
  };
}

await build({
  ...shared,
  entryPoints: vendorEntries,
  outdir: 'dist/vendor',
  chunkNames: 'chunks/[name]-[hash]',
  // ajv-formats-draft2019 asks for the userland punycode package by the name of Node's deprecated
  // built-in module; bundle the package so no deprecation warning reaches the user's stderr.
  alias: { punycode: './node_modules/punycode/punycode.js' },
  // CommonJS dependencies inside an ESM bundle need a real `require`.
  banner: {
    js: "import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);",
  },
  plugins: [
    {
      name: 'commonjs-facades',
      setup(vendor) {
        vendor.onResolve({ filter: /.*/ }, ({ path, kind }) =>
          kind === 'entry-point' && commonJsFiles.has(path)
            ? { path: commonJsFiles.get(path), namespace: 'commonjs-facade' }
            : undefined,
        );
        vendor.onLoad({ filter: /.*/, namespace: 'commonjs-facade' }, ({ path }) => commonJsFacade(path));
      },
    },
  ],
});

// Written by hand so it parses on any Node: the bundles it imports need Node 24.
const entryFile = (
  name,
) => `${executableEntries.has(name) ? '#!/usr/bin/env node\n' : ''}// Generated by scripts/build.mjs.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  process.stderr.write(
    \`slo-gate needs Node.js 24 or newer; this is Node.js \${process.versions.node}. Install Node.js 24 from https://nodejs.org/ (or \\\`nvm install 24\\\`; in GitHub Actions, actions/setup-node with node-version: 24).\\n\`,
  );
  process.exit(2);
}
process.setSourceMapsEnabled(true);
await import('./app/${name}.js');
`;
for (const name of Object.keys(entries)) {
  writeFileSync(`dist/${name}.js`, entryFile(name));
  if (executableEntries.has(name)) chmodSync(`dist/${name}.js`, 0o755);
}
